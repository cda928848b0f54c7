"""The ATS job or requisition id a message shows."""

from __future__ import annotations

import re

from tracker.classify.rules import Rules
from tracker.classify.triggers import SEPARATORS
from tracker.classify.word_pattern import MAX_EXTRACT_CHARS, WordPattern

# Job ids, searched in the lower-cased text; the id itself is read from the original.
_ID = r"([a-z]{0,5}[-_]?\d[\w-]{1,24})"
_ID_WORDS = (
    r"\s*(?:id|number|no\.?|num|#|code|ref(?:erence)?(?:\s*(?:id|no\.?|number))?)\s*[:#.]?\s*"
)
_REF_FORMS: tuple[str, ...] = (
    "ref",
    "reference",
    *(f"{ref}{end}" for ref in ("ref", "reference") for end in ("id", "no", "number")),
)
_ID_WORD_FORMS: tuple[str, ...] = ("id", "number", "no", "num", "code", *_REF_FORMS)
"""How `_ID_WORDS` may run on from the word before it without a break ("jobid", "reqno")."""


def _needs(*words: str) -> frozenset[str]:
    """Give the words one of which a match starts with: `words`, or one run on into its
    id word. (An id run on into them, "req12345", is in no word list: see
    `_BARE_REQUISITION`.)"""
    return frozenset(words) | {word + form for word in words for form in _ID_WORD_FORMS}


_JOB_ID_RULES: tuple[tuple[WordPattern, frozenset[str]], ...] = tuple(
    (WordPattern(pattern), needs)
    for pattern, needs in (
        (rf"\bjob{_ID_WORDS}{_ID}", _needs("job")),
        (rf"\breq(?:uisition)?(?:{_ID_WORDS}|\s*[:#]?\s*){_ID}", _needs("req", "requisition")),
        (rf"\brequisition{_ID_WORDS}{_ID}", _needs("requisition")),
        (rf"\bposting{_ID_WORDS}{_ID}", _needs("posting")),
        (rf"\bposition{_ID_WORDS}{_ID}", _needs("position")),
        (rf"\bvacancy{_ID_WORDS}{_ID}", _needs("vacancy")),
        (rf"\bopening{_ID_WORDS}{_ID}", _needs("opening")),
        (
            r"\bref(?:erence)?(?:\.|\s*(?:no\.?|number|#|id)?\s*:)\s*([a-z]{0,5}[-_]?\d[\w-]{1,24})",
            # "reference:" too: the pattern's "ref" is no whole word there.
            frozenset(_REF_FORMS),
        ),
    )
)
# Workday-style requisition ids standing alone ("Software Engineer, R-0012345"), and
# a requisition number run on into its label ("Req12345", which no word list holds).
_BARE_REQUISITION = re.compile(r"(?<![\w/-])((?:JR|R|REQ|Req|req)-?\d{4,}[A-Z]?)(?![\w-])")


def find_job_id(text: str, present: frozenset[str], rules: Rules) -> str | None:
    """Give the ATS job or requisition id the message shows, None when it shows none."""
    text = text[:MAX_EXTRACT_CHARS]
    lowered = text.lower()
    # These patterns ignore case, which keeps re from scanning for their literal text
    # fast: in ASCII text, that text is looked for first.
    plain = text.isascii()
    links = rules.index.job_urls.candidates(present)
    while links:
        lowest = links & -links
        links ^= lowest
        link = rules.job_urls[lowest.bit_length() - 1]
        if plain and link.needle and link.needle not in lowered:
            continue
        match = link.regex.search(text)
        while match and link.word_start and _inside_a_word(text, match.start()):
            # Its trigger words start words ("jobs.lever.co"): "xjobs.lever.co" is
            # another site, as the word index that chose this link already says.
            match = link.regex.search(text, match.start() + 1)
        if match:
            return match.group(1)
    if len(lowered) == len(text):  # lower() kept every position: ids are read from `text`

        def job_id_in(match: re.Match[str]) -> str | None:
            job_id = text[match.start(1) : match.end(1)].strip("-_.")
            if any(ch.isdigit() for ch in job_id) and len(job_id) >= 3:
                return job_id
            return None

        for pattern, needs in _JOB_ID_RULES:
            if not needs.isdisjoint(present):
                job_id = pattern.first(lowered, job_id_in)
                if job_id:
                    return job_id
    if "R-" in text or "JR" in text or "REQ" in text or "eq" in text:
        match = _BARE_REQUISITION.search(text)
        if match:
            return match.group(1)
    return None


def _inside_a_word(text: str, start: int) -> bool:
    """Give whether `start` continues a word (see `triggers.SEPARATORS`)."""
    return start > 0 and text[start - 1] not in SEPARATORS


JOB_ID_WORDS: frozenset[str] = frozenset().union(*(needs for _, needs in _JOB_ID_RULES))
"""Every word whose presence `find_job_id` checks."""
