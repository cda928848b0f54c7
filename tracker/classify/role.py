"""The job title a message names, from its body or subject."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.classify.names import ROLE_WORDS, is_role_word
from tracker.classify.word_pattern import Gate, WordPattern, is_word_character

if TYPE_CHECKING:
    from tracker.classify.anchors import Anchors

_ROLE = r"((?:[A-Z0-9]|[a-z]{1,3}[A-Z])[^.\n!?;:\"<>\[\]{}]{1,80}?)"
ROLE_NOUNS = ("position", "post", "role", "opening", "opportunity", "job", "vacancy")
"""Nouns after which a title may end ("the Data Analyst role"), each a whole word."""
_SPACED_ROLE_NOUNS = tuple(f" {noun}" for noun in ROLE_NOUNS)
_ROLE_LEAD = re.compile(
    r"(?:^|\s)(?:for|to|in|about|of) (?:the|our|this|your|an?) (?:open |current |advertised )?"
)
_ROLE_START = re.compile(r"[A-Z0-9]|[a-z]{1,3}[A-Z]")
# Every match of the rules on an application holds one of this gate's: "applied for
# the Data Analyst role" does, "the role you applied for." does not.
APPLICATION_GATE = Gate(
    r"appl(?:ying|ied|y|ications?) (?:for|to) (?:the )?(?:[A-Z0-9]|[a-z]{1,3}[A-Z])"
)
ROLE_OF_NOUNS = ("position", "role", "post", "title")
# " of " is found fast; the word before it is checked only there.
ROLE_OF_GATE = Gate(" of (?:" + "|".join(f"(?<={noun} of )" for noun in ROLE_OF_NOUNS) + ")")
# Searched in this order, each only when the message holds a word of its own (every
# match starts with one, see `word_pattern.starts_word`) and its gate is found.
_ROLE_RULES: tuple[tuple[WordPattern, frozenset[str]], ...] = tuple(
    (WordPattern(pattern, re.MULTILINE, gate=gate), frozenset(needs.split()))
    for pattern, needs, gate in (
        (
            rf"\b(?:position|role|post|title) of (?:an? |the )?{_ROLE}"
            r"(?= (?:at|with|in|here|has|is|was)\b|[.,;!(\n]|$)",
            "position role post title",
            ROLE_OF_GATE,
        ),
        (
            rf"\bapplication for (?:the )?{_ROLE}(?: (?:position|role))?"
            r"(?= (?:at|with|has|was|is)\b|[.,;!\n]|$)",
            "application",
            APPLICATION_GATE,
        ),
        (
            rf"\b(?:applying|applied|apply|applications?) (?:for|to) (?:the )?{_ROLE} "
            r"(?:position|role|at|with)\b",
            "applying applied apply application applications",
            APPLICATION_GATE,
        ),
        (r"\bjob \"([^\"\n]{2,80})\"", "job", None),
        (
            rf"\breceived your application for (?:the )?{_ROLE}"
            r"(?= (?:at|with|and|position|role)\b|[.,;!\n]|$)",
            "received",
            APPLICATION_GATE,
        ),
        (rf"\binterest in (?:the|our) {_ROLE} (?:position|role|opening|job)\b", "interest", None),
    )
)
# German, French, Spanish and Dutch: "Ihre Bewerbung als Data Analyst (m/w/d)", "au
# poste de Chargé de projet (H/F)", "para el puesto de Data Analyst", "de functie van
# Data Analyst". The title runs to a gender marker, which those languages' titles
# mostly carry, and is then taken whole; without one it is taken as an English title
# is (cut at its first lower-case word) and only when it ends in a role word, so that
# "senden Sie Ihre Bewerbung als PDF" names no role.
_GENDER_MARKER = r"\s*\((?i:[mwfdhvx]/[mwfdhvx](?:/[mwfdhvx])?|all genders|alle geschlechter)\)"
_TITLE_END = (
    r"[,.;!\n]| (?:bei|ist|in|im|für|und|an|zum|zur|chez|à|au|dans|en|con|para|y|bij|is)\b|$"
)
_ROLE_ELSEWHERE_RULES: tuple[tuple[WordPattern, frozenset[str]], ...] = tuple(
    (
        WordPattern(
            rf"\b(?:{lead})(?P<title>\w[^.\n!?;:\"<>()\[\]{{}}]{{1,80}}?)"
            rf"(?:(?P<marker>{_GENDER_MARKER})|(?={_TITLE_END}))"
        ),
        frozenset(needs.split()),
    )
    for lead, needs in (
        (
            "Bewerbung als |bewerbung als |Stelle als |stelle als |Position als |position als "
            "|Tätigkeit als |tätigkeit als ",
            "bewerbung stelle position tätigkeit",
        ),
        ("poste de |poste d'|poste en tant que |candidature en tant que ", "poste candidature"),
        (
            "puesto de |puesto como |posición de |vacante de |cargo de ",
            "puesto posición vacante cargo",
        ),
        (
            "functie van |functie als |functie |vacature van |vacature |positie van |positie als "
            "|sollicitatie als ",
            "functie vacature positie sollicitatie",
        ),
    )
)
# "Position: Data Analyst" on a line of its own.
_ROLE_LINE = re.compile(
    rf"(?:Position|Job Title|Role|Job)[ \t]*:[ \t]*{_ROLE}[ \t]*$", re.MULTILINE
)
_ROLE_LINE_LABELS = ("Position", "Job Title", "Role", "Job")
# Each with text that every match holds: a subject without it is not searched.
_SUBJECT_ROLE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), need)
    for pattern, need in (
        (rf"\bJob Application: {_ROLE}\s*$", "Job Application: "),
        (
            rf"\b(?:Application|Applying|Interview|Invitation|Offer) (?:for|to interview for) "
            rf"(?:the |our )?{_ROLE}(?: [Pp]osition| [Rr]ole)?(?= at | with | - | – |\s*$)",
            " for ",
        ),
        (rf"\bthe {_ROLE} (?:position|role)\b", "the "),
        (rf"\bYour {_ROLE} application\b", "Your "),
    )
)
_DASHES = re.compile(r"\s+[-–—|]\s+")
_JOB_NOUNS = ("position", "role", "opening", "job", "vacancy")
_TITLE_NOUNS = sorted(ROLE_WORDS - {*_JOB_NOUNS, "program", "programme", "internship"})
_TITLE_WORD = r"(?!(?:the|our|this|your|an?|in|for|to|at|with|of|and|you|we|us)\b)[a-z][a-z-]*"
# A lower-case title needs a job noun after it and a title noun at its end: "for the
# senior data analyst position", never "for the open position".
_LOWER_CASE_ROLE = re.compile(
    r"\b(?:for|to|in) (?:the|our|this|your|an?) "
    rf"((?:{_TITLE_WORD} ){{0,4}}(?:{'|'.join(_TITLE_NOUNS)})) (?:{'|'.join(_JOB_NOUNS)})\b"
)
_LOWER_CASE_LEAD = re.compile(r"(?:for|to|in) (?:the|our|this|your|an?) ")
"""How every `_LOWER_CASE_ROLE` match starts (its leading "\\b" aside)."""
_NOT_IN_RUN = re.compile(r"[^a-z\- ]")
"""A character that no `_LOWER_CASE_ROLE` match holds."""


def find_role(
    subject: str, head: str, flat: str, present: frozenset[str], anchors: Anchors | None = None
) -> str | None:
    """Give the job title the message names, None when it names none.

    `head`, `flat` and `anchors` are as for `company_candidates`.
    """
    if anchors is not None:
        ROLE_OF_GATE.know(flat, anchors.role_of)
        APPLICATION_GATE.know(flat, anchors.application)
    job_nouns: list[int] = []
    for start, noun in anchors.role_nouns if anchors is not None else _role_nouns(flat):
        if noun in _JOB_NOUNS:
            job_nouns.append(start)
        # A title ends in a capitalised word ("the Data Analyst position"); other nouns
        # ("new roles are posted") need no closer look.
        space = flat.rfind(" ", max(0, start - 40), start)
        previous = flat[space + 1 : space + 2] if space >= 0 else flat[:1]
        if not (previous.isupper() or previous.isdigit()):
            continue
        window = flat[max(0, start - 100) : start]
        # The determiner closest to the noun: "a 45-minute screen for the Data Analyst role".
        for lead in reversed(list(_ROLE_LEAD.finditer(window))):
            title = window[lead.end() :]
            role = _clean_role(title) if _ROLE_START.match(title) else None
            if role:
                return role
    for rule, needs in _ROLE_RULES:
        if not needs.isdisjoint(present):
            role = rule.first(flat, _role_in)
            if role:
                return role
    for rule, needs in _ROLE_ELSEWHERE_RULES:
        if not needs.isdisjoint(present):
            role = rule.first(flat, _role_elsewhere)
            if role:
                return role
    if _has_role_label(head):
        for found in _ROLE_LINE.finditer(head):
            role = _clean_role(found.group(1))
            if role:
                return role
    role = _subject_role(subject)
    if role is None and job_nouns and not present.isdisjoint(_JOB_NOUNS):
        # Last: a title written in lower case ("the data analyst position").
        role = _lower_case_role(flat, job_nouns)
    return role


def _role_nouns(flat: str) -> list[tuple[int, str]]:
    """Give where " noun" of `ROLE_NOUNS` stands in `flat` as a whole word, and the noun,
    in order. str.find finds each fast; one pattern for them all, which re would try
    at every space, took a tenth of the time spent naming."""
    found: list[tuple[int, str]] = []
    size = len(flat)
    for needle in _SPACED_ROLE_NOUNS:
        start = flat.find(needle)
        while start >= 0:
            end = start + len(needle)
            # As re's "\b" after the noun: no word character follows.
            if end == size or not is_word_character(flat[end]):
                found.append((start, needle[1:]))
            start = flat.find(needle, end)
    # At most one noun stands at a place (each starts with its space): sorted by place.
    found.sort()
    return found


def _lower_case_role(flat: str, job_nouns: list[int]) -> str | None:
    """Give what `_LOWER_CASE_ROLE.search(flat)` would find, found fast.

    That pattern starts with "\\b" and a choice, so re tries it at every character
    (the slowest search of a message). Its matches are runs of lower-case letters,
    hyphens and spaces that end in a job noun, so only the runs that hold one of the
    message's `job_nouns` (where their space is) are looked at, and in them only where
    a lead such as "for the " is: the first match there is the first of the search.
    """
    searched = 0
    for noun in job_nouns:
        # Leads before the last noun were looked at for it (their matches may end here).
        run = _run_start(flat, noun, searched)
        for lead in _LOWER_CASE_LEAD.finditer(flat, run, noun + 1):
            found = _LOWER_CASE_ROLE.match(flat, lead.start())
            if found:
                return found.group(1)
        searched = noun
    return None


def _run_start(text: str, end: int, floor: int) -> int:
    """Give where the run of lower-case letters, hyphens and spaces that ends at `end`
    starts, `floor` at the earliest. re finds a character fast forwards, not backwards:
    the text before `end` is searched reversed, a short stretch first."""
    size = 128
    while True:
        start = max(floor, end - size)
        found = _NOT_IN_RUN.search(text[start:end][::-1])
        if found:
            return end - found.start()
        if start == floor:
            return floor
        size *= 4


@lru_cache(maxsize=1024)
def _subject_role(subject: str) -> str | None:
    """Give the job title the subject names: subjects recur (one per ATS template and role)."""
    for pattern, need in _SUBJECT_ROLE_RULES:
        if need in subject:
            for found in pattern.finditer(subject):
                role = _clean_role(found.group(1))
                if role:
                    return role
    return _role_from_dashed_subject(subject)


def _has_role_label(head: str) -> bool:
    """Give whether a colon in `head` follows a `_ROLE_LINE` label ("Job Title :").

    re would try that pattern's labels at every character; colons are few.
    """
    colon = head.find(":")
    while colon >= 0:
        end = colon
        while end and head[end - 1] in " \t":
            end -= 1
        if head.endswith(_ROLE_LINE_LABELS, 0, end):
            return True
        colon = head.find(":", colon + 1)
    return False


def _role_in(match: re.Match[str]) -> str | None:
    return _clean_role(match.group(1))


def _role_elsewhere(match: re.Match[str]) -> str | None:
    """Give the title of an `_ROLE_ELSEWHERE_RULES` match (see there), or None."""
    title = match.group("title").strip(" ,-–")
    if match.group("marker"):
        return title if 2 <= len(title) <= 80 and len(title.split()) <= 10 else None
    role = _clean_role(title)
    if role is None or not is_role_word(role.split()[-1].lower()):
        return None
    return role


_ID_IN_PARENTHESES = re.compile(r"\s*\([^()]*\d[^()]*\)$")
_WHERE_IN_PARENTHESES = re.compile(
    r"\s*\((?:open to remote|remote|hybrid|on-?site|open)\)$", re.IGNORECASE
)
_ROLE_CONNECTORS = frozenset(
    ["of", "and", "for", "in", "&", "the", "to", "de", "/", "-", "–", "i", "ii"]
)


@lru_cache(maxsize=4096)
def _clean_role(raw: str) -> str | None:
    """Give a job title tidied: cut at the first lowercase word that is no connector."""
    words = raw.strip(" ,-–:\"'").split()
    if words and words[0].isdigit() and len(words[0]) >= 4:
        words = words[1:]  # "01406712 Associate Software Engineer": an id, then the title
    kept: list[str] = []
    for word in words:
        if word.startswith("(") and word[1:2].islower():
            break  # "(open to remote)"
        if (
            word[:1].islower()
            and word.lower() not in _ROLE_CONNECTORS
            and not any(c.isupper() for c in word)
        ):
            break
        kept.append(word)
    while kept and kept[-1].lower() in _ROLE_CONNECTORS:
        kept.pop()
    role = " ".join(kept)
    if role.endswith(")"):
        role = _ID_IN_PARENTHESES.sub("", role)  # "Analyst (R-0042817)": the id is no part of it
        role = _WHERE_IN_PARENTHESES.sub("", role)
    words = role.split()
    if not words or len(words) > 10 or len(role) < 2:
        return None
    lowered = {w.lower() for w in words}
    if lowered & {"you", "your", "we", "our", "us", "i", "my", "time"}:
        return None
    if words[0].lower() in ("position", "role", "job", "application", "company"):
        return None
    return role


def _role_from_dashed_subject(subject: str) -> str | None:
    """Give the role side of "Acme - Senior Engineer" or "Senior Engineer | Acme" subjects."""
    if not any(mark in subject for mark in "-–—|"):
        return None
    parts = [p.strip() for p in _DASHES.split(subject) if p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        words = [w.lower().strip(".,()") for w in part.split()]
        if not words:
            continue
        if is_role_word(words[-1]) or (
            len(words) > 1 and is_role_word(words[-2]) and len(words[-1]) <= 3
        ):
            return _clean_role(part)
    return None


ROLE_RULE_WORDS: frozenset[str] = frozenset(_JOB_NOUNS).union(
    *(needs for _, needs in (*_ROLE_RULES, *_ROLE_ELSEWHERE_RULES))
)
"""Every word whose presence `find_role` checks."""
