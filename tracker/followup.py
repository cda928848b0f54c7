"""Follow-ups to rejections: the template, the rendered draft, its recipient and a tone check.

The advice this follows: once calm, thank the hiring manager for the chance, wish
the team well, ask to be kept in mind, and never ask why.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from email.utils import formataddr, getaddresses, parseaddr
from importlib import resources
from pathlib import Path

from tracker.classify.senders import names_a_team
from tracker.connector import DraftReply, reply_subject

TEMPLATE_FIELDS = ("your_name", "contact_name", "greeting_name", "company", "role", "role_phrase")


class TemplateError(Exception):
    """A user template is missing or uses a field that does not exist."""


# Per language of the shipped templates: who is greeted when no contact is known
# ("Hi there", "Hallo zusammen"), and how the role is named with and without a title.
_NO_NAME = {"en": "there", "de": "zusammen", "fr": "à toute l'équipe", "es": "a todo el equipo",
            "nl": "allemaal"}  # fmt: skip
_ROLE_PHRASE = {
    "en": ("{role} role", "role"),
    "de": ("die Position als {role}", "diese Position"),
    "fr": ("le poste de {role}", "ce poste"),
    "es": ("el puesto de {role}", "este puesto"),
    "nl": ("de functie van {role}", "deze functie"),
}


@dataclass(frozen=True)
class DraftContext:
    """What a template can say: the fields of TEMPLATE_FIELDS."""

    your_name: str
    company: str
    role: str
    contact_name: str = ""
    language: str = "en"
    """The template's language (tracker.language): the greeting and role phrase follow it."""

    def fields(self) -> dict[str, str]:
        first_name = _first_name(self.contact_name, self.company)
        language = self.language if self.language in _ROLE_PHRASE else "en"
        with_role, without_role = _ROLE_PHRASE[language]
        return {
            "your_name": self.your_name or "",
            "contact_name": self.contact_name,
            "greeting_name": first_name or _NO_NAME[language],
            "company": self.company,
            "role": self.role,
            "role_phrase": with_role.format(role=self.role) if self.role else without_role,
        }


def _first_name(contact: str, company: str) -> str:
    """Give the first name of a contact who is a person; "" for a team or a company
    ("Acme Careers" is greeted as nobody, not as "Acme")."""
    words = contact.split()
    if not words or names_a_team(contact):
        return ""
    folded = {word.casefold().strip(",.()") for word in words}
    # A name holding every word of the company's is the company's ("Brightwave Labs
    # Recruiting"); the rare person named like their employer is greeted as nobody too.
    if company and set(company.casefold().split()) <= folded:
        return ""
    return words[0]


def load_template(name: str, *, config_dir: Path, language: str = "en") -> str:
    """Give the template text: "default" (in `language` when nextround has it in that
    language, else in English), or a .txt file in the config dir's templates folder."""
    if name == "default":
        templates = resources.files("tracker").joinpath("templates")
        localized = templates.joinpath(f"default.{language}.txt")
        chosen = localized if language != "en" and localized.is_file() else None
        return (chosen or templates.joinpath("default.txt")).read_text("utf-8")
    candidates = [
        config_dir / "templates" / name,
        config_dir / "templates" / f"{name}.txt",
        config_dir / name,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_text("utf-8")
    raise TemplateError(
        f"followup.template = {name!r}: no such template; put {name}.txt in {config_dir / 'templates'}"
    )


def render(template: str, context: DraftContext) -> str:
    """Fill a template's {fields}; an unknown field is a TemplateError naming it."""
    fields = context.fields()
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name and field_name not in fields:
            valid = ", ".join(TEMPLATE_FIELDS)
            raise TemplateError(
                f"template uses {{{field_name}}}, which does not exist (fields: {valid})"
            )
    return template.format_map(fields)


_TONE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("asks why you were not chosen", re.compile(r"\bwhy\b[^.?!]*\b(not|n't|rejected|chosen|selected|decided|didn't)\b", re.I)),
    ("asks why", re.compile(r"\bwhy\b[^.!]*\?", re.I)),
    ("asks for the reasons", re.compile(r"\b(the )?reasons?\b[^.?!]*\b(decision|rejection|rejected|not selected|chosen)\b", re.I)),
    ("asks for the reasons", re.compile(r"\b(what|where) (did|went) (i|it)\b[^.?!]*\b(wrong|lacking|miss)", re.I)),
    ("sounds bitter", re.compile(r"\b(waste of (my )?time|your loss|unfair|ridiculous|insulting|disappointed in (you|your)|never (apply|applying) again|shame on|joke of a|unprofessional)\b", re.I)),
)  # fmt: skip


def tone_warnings(text: str) -> list[str]:
    """Give what in a draft goes against the advice (asking why, bitterness); empty when kind."""
    found: list[str] = []
    for warning, pattern in _TONE_RULES:
        if pattern.search(text) and warning not in found:
            found.append(warning)
    return found


_NO_REPLY = re.compile(r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounce[s]?|postmaster|automated|auto-?confirm)([._+-]|@)", re.I)  # fmt: skip


def is_no_reply(address: str) -> bool:
    local = address.split("@", 1)[0]
    return bool(_NO_REPLY.search(local + "@"))


_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
"""An address a draft header can carry as it is (RFC 5322 dot-atoms, ASCII)."""
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


@dataclass(frozen=True)
class Recipient:
    address: str
    name: str
    warning: str = ""


def choose_recipient(
    *, reply_to: str, from_header: str, contact_name: str, contact_email: str
) -> Recipient:
    """Give the rejection's Reply-To or From, unless no-reply; then the contact; else nobody, with a warning."""
    for header in (reply_to, from_header):
        for name, address in getaddresses([header]) if header else []:
            # A strange Reply-To ("@\x1e0") is skipped, not written into a draft's header.
            if _ADDRESS.fullmatch(address) and not is_no_reply(address):
                return Recipient(address, " ".join(_CONTROLS.sub(" ", name).split()))
    if contact_email:
        return Recipient(contact_email, contact_name)
    return Recipient(
        "",
        "",
        "the rejection came from a no-reply address and the application has no contact; "
        "add the recipient in your mail client",
    )


def build_reply(
    *,
    original_subject: str,
    original_message_id: str | None,
    original_references: str,
    thread_key: str | None,
    to: Recipient,
    body: str,
    from_address: str | None,
    replaces_draft_id: str | None,
) -> DraftReply:
    """Give the draft reply threaded under the original (In-Reply-To and References)."""
    references = [r for r in original_references.split() if r.startswith("<")]
    if original_message_id and original_message_id not in references:
        references.append(original_message_id)
    to_header = None
    if to.address:
        to_header = formataddr((to.name, to.address)) if to.name else to.address
        to_header = " ".join(_CONTROLS.sub(" ", to_header).split())
    sender = parseaddr(from_address)[1] if from_address else None
    return DraftReply(
        subject=reply_subject(original_subject),
        body=body,
        to=to_header,
        in_reply_to=original_message_id,
        references=tuple(references),
        thread_key=thread_key,
        from_address=sender or None,
        replaces_draft_id=replaces_draft_id,
    )
