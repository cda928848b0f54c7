"""How extraction searches a text: word-start patterns over the start of a body.

re scans fast for a pattern that starts with a literal, so every pattern starts with
one, and a search for one answer stops at the first good match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from tracker.classify.literals import common_text, literal_prefix
from tracker.classify.rules import variants
from tracker.classify.triggers import SEPARATORS

_T = TypeVar("_T")


def starts_word(text: str, start: int) -> bool:
    """Give whether a word starts at `start` (> 0) of `text` as the message's words are
    split (`triggers.words`): after a separator or a space, not after a letter or a sign
    such as "✓". So a match's first word is one of the message's words, and a search
    skipped for want of it in `present` could have found nothing."""
    before = text[start - 1]
    return before in SEPARATORS or before.isspace()


def is_word_character(character: str) -> bool:
    """Give whether re's \\w matches `character`."""
    return character.isalnum() or character == "_"


class Gate:
    """Patterns with a literal start (re scans for that fast), one of which every match
    of some slower patterns holds: a text without them needs no search for those.

    Patterns may share a gate: its answer for the last text is kept, so one text is
    scanned for it once.
    """

    def __init__(self, *patterns: str) -> None:
        """`patterns`: found in the text if any one of them is."""
        self.regexes = tuple(re.compile(pattern) for pattern in patterns)
        # One attribute, set at once: a thread never reads one text's answer for another.
        self._last: tuple[str | None, bool] = (None, False)

    def know(self, text: str, found: bool) -> None:
        """Take whether the gate is found in `text` from elsewhere (a native pass found
        its patterns): `found_in` of that text gives it without a search."""
        self._last = (text, found)

    def found_in(self, text: str) -> bool:
        """Give whether one of the gate's patterns is found in `text`."""
        last_text, found = self._last
        if last_text is not text:
            found = any(regex.search(text) for regex in self.regexes)
            self._last = (text, found)
        return found


class WordPattern:
    """A pattern searched as literal-first variants, whose matches start a word.

    re scans fast for a literal start but slowly for a leading "\\b" or "(?:a|b)";
    the word start is checked here instead (see `starts_word`).
    """

    def __init__(self, pattern: str, flags: int = 0, *, gate: Gate | None = None) -> None:
        """`gate`: found in every text that has a match; one scan for it spares the
        scans of every variant in the texts without it."""
        body = pattern.removeprefix("\\b")
        self.regexes = tuple(re.compile(variant, flags) for variant in variants(body))
        self.gate = gate
        # Text every variant's literal start holds (" als " in "Bewerbung als ", "Stelle
        # als ", ...): one str search of a text without it spares a search per variant.
        self.needle = (
            common_text(literal_prefix(regex.pattern, flags) for regex in self.regexes)
            if len(self.regexes) > 1 and gate is None
            else None
        )

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Give every match that starts a word, in order of where it starts."""
        if self.gate is not None and not self.gate.found_in(text):
            return []
        if self.needle is not None and self.needle not in text:
            return []
        found = [
            match
            for regex in self.regexes
            for match in regex.finditer(text)
            if match.start() == 0 or starts_word(text, match.start())
        ]
        if len(self.regexes) > 1:
            found.sort(key=lambda match: match.start())
        return found

    def first(self, text: str, accept: Callable[[re.Match[str]], _T | None]) -> _T | None:
        """Give `accept` of the first match (in `finditer` order) that it accepts, else None.

        Each variant stops at its first accepted match: matches of one variant come
        in order, so the earliest of those firsts is the first of all.
        """
        if self.gate is not None and not self.gate.found_in(text):
            return None
        if self.needle is not None and self.needle not in text:
            return None
        best: _T | None = None
        best_start = -1
        for regex in self.regexes:
            for match in regex.finditer(text):
                start = match.start()
                if best_start >= 0 and start >= best_start:
                    break  # an earlier variant already gave one at or before here
                if start and not starts_word(text, start):
                    continue
                value = accept(match)
                if value is not None:
                    best, best_start = value, start
                    break
        return best


MAX_EXTRACT_CHARS = 6000
"""Only the start of a body is searched: names and ids come early."""
