"""Company names a message's subject, body and signature offer, each with a score."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.classify.company_body import body_candidates
from tracker.classify.company_signature import signature_candidates
from tracker.classify.names import NAME, Candidate, clean_company, has_role_word

if TYPE_CHECKING:
    from tracker.classify.anchors import Anchors

_TAIL_LINES = 14
"""Closing lines searched for a signature ("The Acme Recruiting Team")."""
_CHINESE_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:有限公司|股份公司|集团|公司)")

# Each with text that every match holds: a subject without it is not searched.
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), needs)
    for pattern, needs in (
        (
            r"\b(?:application|applying|applied|apply|interest|interested|candidacy) "
            rf"(?:to|at|with|in|for joining) (?:the )?({NAME})",
            ("appl", "interest", "candidacy"),
        ),
        (
            r"\b(?:interview|offer|update|news|invitation|message|invite|call|chat) "
            rf"(?:with|from|at) (?:the )?({NAME})",
            (" with ", " from ", " at "),
        ),
        (
            rf"\b(?:application was sent to|application was viewed by|sent to) ({NAME})",
            ("sent to", "viewed by"),
        ),
        (rf"\b(?:at|with) ({NAME})(?:\s*[!.]?$|\s+[-–—|:]\s)", ("at ", "with ")),
        (rf"^Your ({NAME}) (?:application|interview|offer)", ("Your ",)),
    )
)
_SUBJECT_SPLIT = re.compile(r"\s+[-–—|]\s+|:\s+")
_WHOLE_NAME = re.compile(NAME)


def company_candidates(
    subject: str,
    head: str,
    flat: str,
    signature: str,
    present: frozenset[str],
    anchors: Anchors | None = None,
) -> list[Candidate]:
    """Give every plausible company name in the subject, body and signature.

    `head` is the start of the body that extraction reads (`MAX_EXTRACT_CHARS`),
    `flat` the same with line breaks made spaces; `present` holds the words of all
    three that the rules look for (see `triggers.words_in`); `anchors` are where
    naming's searches may find something in `flat`, when a native pass found them.
    """
    found = list(_subject_candidates(subject))
    # Names and titles run across wrapped lines; signatures are read line by line.
    body_candidates(flat, present, found, anchors)
    if not head.isascii():
        for match in _CHINESE_COMPANY.finditer(head):
            found.append(Candidate(match.group(0), 3.0, "body"))
    lines = [line.strip() for line in head.rsplit("\n", _TAIL_LINES)[-_TAIL_LINES:]]
    if signature:
        lines += [line.strip() for line in signature.split("\n", _TAIL_LINES)[:_TAIL_LINES]]
    signature_candidates(lines, found)
    return found


@lru_cache(maxsize=1024)
def _subject_candidates(subject: str) -> tuple[Candidate, ...]:
    """Give the names the subject holds: subjects recur (one per ATS template and company)."""
    found: list[Candidate] = []
    for pattern, needs in _SUBJECT_RULES:
        if not any(need in subject for need in needs):
            continue
        for match in pattern.finditer(subject):
            name = clean_company(match.group(1))
            if name:
                found.append(Candidate(name, 4.0, "subject"))
    # "Acme - Senior Engineer", "Senior Engineer | Acme": the side without a role word.
    if not any(mark in subject for mark in "-–—|:"):
        return tuple(found)
    parts = [p.strip() for p in _SUBJECT_SPLIT.split(subject) if p.strip()]
    if len(parts) == 2:
        roles = [has_role_word(p) for p in parts]
        names = [_WHOLE_NAME.fullmatch(p) is not None for p in parts]
        side: str | None = None
        if roles[0] != roles[1]:
            side = parts[1] if roles[0] else parts[0]
        elif names[0] != names[1]:
            side = parts[0] if names[0] else parts[1]  # "Acme: let's schedule your interview"
        whole = _WHOLE_NAME.fullmatch(side) if side else None
        name = clean_company(whole.group(0)) if whole else None
        if name:
            found.append(Candidate(name, 3.0, "subject"))
    return tuple(found)
