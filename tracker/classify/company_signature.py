"""Company names in a message's closing lines: team signatures, the line after "Regards,"."""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.classify.names import LAZY_NAME, NAME, Candidate, clean_company

_CLOSING = re.compile(
    r"(?:(?:kind|best|warm|warmest|many|with)?\s*regards|sincerely|best(?: wishes)?|thanks|"
    r"thank you|cheers|respectfully|all the best|yours(?: sincerely| truly| faithfully)?|cordially|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|cordialement|bien à vous|saludos|atentamente|"
    r"met vriendelijke groet(?:en)?|groeten)"
    r"[,.!]?",
    re.IGNORECASE,
)
_TEAM_ONLY_LINE = re.compile(
    r"(?:the )?(?:hr|people|recruiting|recruitment|talent(?: acquisition)?|hiring|human resources)"
    r"(?: team| department)?\.?",
    re.IGNORECASE,
)
_QUALIFIERS = r"(?:Campus|University|Global|Corporate|Technical|Tech|Graduate|Early Careers)"
_SIGNATURE_TEAM = re.compile(
    rf"[\-–—*\s]*(?:The |the )?({LAZY_NAME}) (?:{_QUALIFIERS} )?"
    r"(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|HR|Human Resources|"
    r"People(?: Team| Ops)?|Careers|Staffing)(?: (?:and|&) [A-Z]\w+)?"
    r"(?: [Tt]eam| [Dd]epartment| [Gg]roup)?[.!]?\s*"
)
_TEAM_HINT = re.compile(r"Recruit|Talent|Hiring|HR\b|Human Resources|People|Careers|Staffing")
_SIGNATURE_THE_TEAM = re.compile(rf"[\-–—*\s]*The ({LAZY_NAME}) [Tt]eam[.!]?\s*")
_LINE_NAME = re.compile(rf"[\s\-–—*]*({NAME})[.!]?\s*")

_TEAM_ONLY_LINE_CHARS = 34
"""The longest line `_TEAM_ONLY_LINE` matches ("The Talent Acquisition Department.")."""


def signature_candidates(lines: list[str], found: list[Candidate]) -> None:
    """Add one name per closing line: team signatures, the line after "Regards,", ..."""
    after_closing = 0
    previous = ""
    for line in lines:
        if not line or len(line) > 80:
            if line:
                after_closing = 0
            continue
        name: str | None = None
        kind, team, closing = _signature_line(line)
        if kind == _TEAM_ONLY:
            # "YourCompany" above "The HR Team": the line before names the company.
            name = _line_name(previous)
            score, source = 2.0, "signature"
        elif kind == _TEAM_SIGNATURE:
            name = team
            score, source = 3.0, "signature"
        elif kind == _THE_TEAM:
            name = team
            score, source = 2.0, "signature"
        elif after_closing:
            name = _line_name(line)
            score, source = (1.0 if after_closing == 2 else 0.5), "closing"
        if name:
            found.append(Candidate(name, score, source))
        after_closing = 2 if closing else max(0, after_closing - 1)
        previous = line


_TEAM_ONLY, _TEAM_SIGNATURE, _THE_TEAM = 1, 2, 3


@lru_cache(maxsize=4096)
def _signature_line(line: str) -> tuple[int, str | None, bool]:
    """Give what a closing line is (0, `_TEAM_ONLY`, `_TEAM_SIGNATURE` or `_THE_TEAM`), the
    team's company it names, and whether it is a closing ("Best regards,").

    A sender's closing lines come back in every mail it sends: they are read once.
    """
    kind, name = 0, None
    if len(line) <= _TEAM_ONLY_LINE_CHARS and _TEAM_ONLY_LINE.fullmatch(line):
        kind = _TEAM_ONLY
    elif _TEAM_HINT.search(line) and (match := _SIGNATURE_TEAM.fullmatch(line)):
        kind, name = _TEAM_SIGNATURE, clean_company(match.group(1), keep_the=False)
    elif "The " in line and (match := _SIGNATURE_THE_TEAM.fullmatch(line)):
        kind, name = _THE_TEAM, clean_company(match.group(1), keep_the=False)
    return kind, name, _CLOSING.fullmatch(line) is not None


@lru_cache(maxsize=4096)
def _line_name(line: str) -> str | None:
    match = _LINE_NAME.fullmatch(line)
    return clean_company(match.group(1)) if match else None
