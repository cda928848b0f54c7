"""Where naming's searches start in a body, found in one native pass.

Naming (the company and the role) read the start of a body with re many times over:
for a preposition before a name (" at Acme"), a job noun (" position"), "has
decided", "join Acme". re tries such a pattern at every space of the text; Hyperscan
(see `native`) finds them all in one pass, and naming then looks only there.

Each search is given to Hyperscan as exact patterns of a fixed length, so that where a
match ends tells where it starts. The results are those of the Python searches they
stand for, which a test checks on every kind of text; texts that are not ASCII, and
every text while the engine is not ready or not installed, are searched as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.classify.company_body import (
    DECIDED_AUXILIARIES,
    DECIDED_VERBS,
    NAME_LEADS,
    PREPOSITIONS,
)
from tracker.classify.native import NativeFinder, available
from tracker.classify.role import ROLE_NOUNS, ROLE_OF_NOUNS

_ASCII_NAME_STARTS = (
    ("[A-Z0-9]", 1),
    ("[a-z][A-Z]", 2),
    ("[a-z]{2}[A-Z]", 3),
    ("[a-z]{3}[A-Z]", 4),
)
"""How a name starts in ASCII text (`company_body._NAME_START`), each of a fixed length."""
_ASCII_NAME_START = "(?:[A-Z0-9]|[a-z]{1,3}[A-Z])"


@dataclass(frozen=True, slots=True)
class Anchors:
    """Where naming's searches may find something in a text (`extract` reads them)."""

    prepositions: list[tuple[int, str]]
    """Where " at", " with", ... stand before a name, and which: the matches of
    `company_body._PREPOSITION_BEFORE_NAME`, in order."""
    role_nouns: list[tuple[int, str]]
    """Where " position", " role", ... stand as whole words, and which: `role._role_nouns`."""
    decided: list[int]
    """Where " has decided", " have chosen", ... start: `company_body._DECIDED`."""
    role_of: bool
    """Whether `role.ROLE_OF_GATE` is found."""
    application: bool
    """Whether `role.APPLICATION_GATE` is found."""
    join: bool
    """Whether `company_body.JOIN_GATE` is found."""


_PREPOSITION, _ROLE_NOUN, _DECIDED, _ROLE_OF, _APPLICATION, _JOIN = range(6)


def _patterns() -> tuple[list[str], list[tuple[int, str, int]]]:
    """Give naming's anchor patterns for Hyperscan, and what each marks: its kind, the
    word it stands for, and its length (0 for a gate's, whose place is never read)."""
    patterns: list[str] = []
    meanings: list[tuple[int, str, int]] = []

    def add(pattern: str, kind: int, word: str = "", length: int = 0) -> None:
        patterns.append(pattern)
        meanings.append((kind, word, length))

    for word in PREPOSITIONS:
        for between in (f"{the}{lead}" for the in ("", "the ") for lead in ("", *NAME_LEADS)):
            for start, width in _ASCII_NAME_STARTS:
                length = 2 + len(word) + len(between) + width
                add(f" {word} {between}{start}", _PREPOSITION, word, length)
    for noun in ROLE_NOUNS:
        add(f" {noun}\\b", _ROLE_NOUN, noun, 1 + len(noun))
    for auxiliary in DECIDED_AUXILIARIES:
        for verb in DECIDED_VERBS:
            add(f" {auxiliary} {verb}\\b", _DECIDED, "", 2 + len(auxiliary) + len(verb))
    add(f"(?:{'|'.join(ROLE_OF_NOUNS)}) of ", _ROLE_OF)
    add(f"appl(?:ying|ied|y|ications?) (?:for|to) (?:the )?{_ASCII_NAME_START}", _APPLICATION)
    add(f"join(?:ing)? (?:the |our )?{_ASCII_NAME_START}", _JOIN)
    add(f"part of (?:the |our )?{_ASCII_NAME_START}", _JOIN)
    return patterns, meanings


_PATTERNS, _MEANINGS = _patterns()
_finder = NativeFinder(_PATTERNS) if available() else None


def find_anchors(text: str) -> Anchors | None:
    """Give where naming's searches may find something in `text` (a body's start, its
    line breaks made spaces); None when it is to be searched as before."""
    found = _finder.find(text) if _finder is not None else None
    if found is None:
        return None
    prepositions: dict[int, str] = {}
    role_nouns: list[tuple[int, str]] = []
    decided: list[int] = []
    gates: set[int] = set()
    meanings = _MEANINGS
    for pattern, end in found:
        kind, word, length = meanings[pattern]
        if kind == _PREPOSITION:
            # One place may lead to a name in several ways ("at the Acme": "at t"...).
            prepositions[end - length] = word
        elif kind == _ROLE_NOUN:
            role_nouns.append((end - length, word))
        elif kind == _DECIDED:
            decided.append(end - length)
        else:
            gates.add(kind)
    # Matches come in the order they end; the searches they stand for give them in
    # the order they start.
    role_nouns.sort()
    decided.sort()
    return Anchors(
        prepositions=sorted(prepositions.items()),
        role_nouns=role_nouns,
        decided=decided,
        role_of=_ROLE_OF in gates,
        application=_APPLICATION in gates,
        join=_JOIN in gates,
    )


def wait(timeout: float | None = None) -> bool:
    """Give whether the native pass is ready, once it is (or cannot be): for tests and
    benchmarks, which measure it."""
    return _finder is not None and _finder.wait(timeout)
