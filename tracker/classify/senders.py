"""What a sender says about the employer: ATS relays, display names, mail domains."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tracker.classify.rules import AtsRelay, Rules

# Subdomains that name a mail system, not the organisation ("careers.acme.com").
_SERVICE_LABELS = frozenset(
    {
        "mail", "email", "e", "em", "careers", "career", "jobs", "job", "hr", "talent", "recruiting",
        "recruitment", "notifications", "notification", "news", "info", "mg", "mailer", "bounce",
        "reply", "www", "app", "apply", "hire", "people", "us", "eu", "corp", "smtp", "mx", "msg",
    }
)  # fmt: skip
# Second-level labels under a country code ("acme.co.uk" names acme).
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gob", "gouv"}
)
# Words around a company in a display name: "Acme Hiring Team", "Jane from Acme".
_TEAM_WORDS = (
    r"(?:campus |university |global |corporate |technical |tech )?"
    r"(?:recruiting|recruitment|recruiter|talent acquisition|talent|hiring|hr|human resources|people|"
    r"careers?|jobs|staffing|people ops|people operations|"
    # German, French, Spanish, Dutch
    r"karriere|personalabteilung|recrutement|carrières|talento|empleo|reclutamiento|werving)"
    r"(?: team| department| group| ops)?"
)
_TEAM_SUFFIX = re.compile(rf"[\s,-]+(?:the )?{_TEAM_WORDS}\s*$", re.IGNORECASE)
_TEAM_ONLY = re.compile(rf"^(?:the )?(?:{_TEAM_WORDS}|team|no-?reply)$", re.IGNORECASE)
_TEAM_WORD = re.compile(rf"\b(?:{_TEAM_WORDS}|team)\b", re.IGNORECASE)
_VIA = re.compile(r"^(.+?)\s+(?:via|through|@|on behalf of)\s+\S.*$", re.IGNORECASE)
_AT_COMPANY = re.compile(r"^.+?\s+(?:at|from|@|\||-|–)\s+(.+)$", re.IGNORECASE)
_PLAIN_NAME = re.compile(r"[^a-z0-9]")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_LOCAL_PART_MARKS = re.compile(r"[+._-]")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class SenderFacts:
    """The sender as the classifier sees it."""

    address: str
    domain: str
    relay: AtsRelay | None
    relay_domain: str | None
    company: str | None
    """The employer named by the display name, a relay tenant or the domain; None when unknown."""
    company_source: str
    """Where `company` came from: "display name", "ats tenant", "domain" or ""."""


def sender_facts(name: str, address: str, rules: Rules) -> SenderFacts:
    """Give what the From header says about the relay and the employer."""
    address = address.lower()
    local, _, domain = address.rpartition("@")
    relay: AtsRelay | None = None
    relay_domain: str | None = None
    covered = rules.relay_of(domain)
    if covered is not None:
        relay, relay_domain = covered
    company, source = _from_display_name(name, domain, relay, rules)
    if company is not None and relay is not None and _names_person(company, local):
        # "Jane Doe <jane.doe@hire.lever.co>": a recruiter writing through the relay.
        company, source = None, ""
    if company is None and relay is not None:
        company = _tenant(local, domain, relay_domain or "", relay, rules)
        source = "ats tenant" if company else ""
    if company is None and relay is None:
        company = domain_company(domain, rules)
        source = "domain" if company else ""
    return SenderFacts(
        address=address,
        domain=domain,
        relay=relay,
        relay_domain=relay_domain,
        company=company,
        company_source=source,
    )


def domain_company(domain: str, rules: Rules) -> str | None:
    """Give the organisation a mail domain names ("careers.acme.co.uk" -> "Acme"), None for free mail."""
    if not domain or domain in rules.free_mail or "." not in domain:
        return None
    labels = [label for label in domain.split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        core = labels[:-2]
    else:
        core = labels[:-1]
    core = [label for label in core if label not in _SERVICE_LABELS]
    if not core:
        return None
    name = core[-1]
    if name in rules.generic_names or len(name) < 2:
        return None
    return name.replace("-", " ").title()


def _from_display_name(
    name: str, domain: str, relay: AtsRelay | None, rules: Rules
) -> tuple[str | None, str]:
    name = " ".join(name.replace('"', " ").split())
    if not name or ("@" in name and " " not in name):
        return None, ""
    via = _VIA.match(name)
    if via is not None:
        return _clean_name(via.group(1), relay, rules), "display name"
    stripped = _TEAM_SUFFIX.sub("", name)
    if stripped != name:
        return _clean_name(stripped, relay, rules), "display name"
    at_company = _AT_COMPANY.match(name)
    if at_company is not None and relay is None:
        cleaned = _clean_name(at_company.group(1), relay, rules)
        if cleaned is not None:
            return cleaned, "display name"
    if relay is not None:
        # A relay's display name is the employer unless it names the relay itself.
        return _clean_name(name, relay, rules), "display name"
    # An employer's own mail: trust the display name only when it matches the domain
    # ("Stripe <jobs@stripe.com>"); otherwise it is most likely a person.
    company = domain_company(domain, rules)
    if company is not None and _same_name(name, company):
        return name.removeprefix("The "), "display name"
    return None, ""


def _same_name(display: str, domain_name: str) -> bool:
    """Give True when a display name spells the domain's name ("Müller & Söhne", mueller-soehne)
    or starts with it ("Sable Systems" for sable.example)."""
    domain_plain = _PLAIN_NAME.sub("", domain_name.lower())
    if len(domain_plain) < 3:
        return False
    for variant in folded(display.lower().removeprefix("the ")):
        plain = _PLAIN_NAME.sub("", variant)
        if plain == domain_plain or (plain.startswith(domain_plain) and len(display.split()) <= 4):
            return True
    return False


def folded(text: str) -> tuple[str, ...]:
    """Give `text` with accents spelled out two ways: German ("ü" -> "ue") and dropped ("ü" -> "u")."""
    if text.isascii():
        return (text,)
    german = text.translate(_GERMAN)
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", german) if not unicodedata.combining(c)
    )
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return (text, plain, bare)


def names_a_team(name: str) -> bool:
    """Give whether a display name names a team, not a person ("Acme Careers",
    "Talent Team", "Hafenkran Logistik Karriere"): a follow-up greets no one by it."""
    return _TEAM_WORD.search(name) is not None


def _names_person(name: str, local: str) -> bool:
    """Give True when the address's local part spells the display name (jane.doe for Jane Doe)."""
    words = [w for w in _NOT_LETTERS.split(name.lower()) if len(w) >= 2]
    return len(words) >= 2 and all(w in local for w in words[:2])


def _clean_name(name: str, relay: AtsRelay | None, rules: Rules) -> str | None:
    name = _TEAM_SUFFIX.sub("", name.strip(" ,-|:")).strip(" ,-|:")
    if not name or _TEAM_ONLY.match(name):
        return None
    lowered = name.lower()
    if lowered in rules.generic_names or lowered.replace(" ", "-") in rules.generic_names:
        return None
    if lowered in rules.relay_names:
        return None
    if relay is not None and lowered in (relay.name.lower(), *relay.domains):
        return None
    return name


def _tenant(
    local: str, domain: str, relay_domain: str, relay: AtsRelay, rules: Rules
) -> str | None:
    """Give the employer a relay address names (accenture@myworkday.com, acme.wd5.myworkday.com)."""
    if relay.tenant_local and local and local not in rules.generic_names:
        name = _LOCAL_PART_MARKS.split(local)[0]
        if len(name) >= 2 and name not in rules.generic_names:
            return name.title()
    if relay.tenant_sub and domain != relay_domain:
        for label in domain[: -len(relay_domain) - 1].split("."):
            if (
                label
                and label not in rules.generic_names
                and label not in _SERVICE_LABELS
                and not label[-1].isdigit()
            ):
                return label.replace("-", " ").title()
    return None
