"""The rules compiled for finding cues fast: which patterns a text's words trigger.

Running a few hundred regular expressions over every message is what makes a
classifier slow. Here each place (subject or body) gets its cue patterns as the bits
of one integer, reachable from the words that trigger them (see `triggers.trigger`):
a message is split into words once, a few `|` and `&` give the patterns all of whose
trigger words occur, and only those are searched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from tracker.classify.native import NativeScan, Part, available, source
from tracker.classify.triggers import SEPARATORS

if TYPE_CHECKING:
    from tracker.classify.rules import CueGroup, CuePattern

_BIT_BYTES = bytes.maketrans(b"01", b"\x00\x01")


@dataclass(frozen=True, slots=True)
class IndexedCue:
    """A cue pattern with what searching it needs at hand."""

    group: CueGroup
    regex: re.Pattern[str]
    word_start: bool
    guarded: bool


@dataclass(frozen=True)
class TriggerIndex:
    """Patterns reachable from the words that trigger them, as the bits of one integer.

    Bit i is the i-th pattern. A pattern has up to `levels` trigger sets, and a text
    must meet each with a word. `by_word` maps a word to the patterns whose set of
    each level holds it, the levels side by side in one integer (level l at bit
    l * width): the patterns a text triggers come from one `|` per word it holds.
    """

    by_word: Mapping[str, int]
    words: frozenset[str]
    width: int
    levels: int
    without_level: tuple[int, ...]
    """Per level: the patterns that have no trigger set at that level."""
    untriggered: int
    """Patterns without a trigger: tried on every text that could match them."""
    untriggered_ascii: int
    """The untriggered patterns that can match a text of ASCII characters only."""
    bits: str = field(init=False, repr=False, compare=False)
    """Format of a selection in binary, one digit per pattern."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "bits", f"0{self.width}b")

    def selection(self, present: frozenset[str], ascii_only: bool = False) -> bytes:
        """Give `candidates` as one byte per pattern, 1 for the chosen: for itertools.compress."""
        return self.as_selection(self.candidates(present, ascii_only))

    def as_selection(self, chosen: int) -> bytes:
        """Give patterns chosen as bits as one byte per pattern, 1 for the chosen."""
        if not chosen:
            return b""
        return format(chosen, self.bits).encode("ascii").translate(_BIT_BYTES)[::-1]

    def candidates(self, present: frozenset[str], ascii_only: bool = False) -> int:
        """Give the patterns (bits) whose trigger sets each meet a word of `present`."""
        by_word = self.by_word
        met = 0
        for word in present & self.words:
            met |= by_word[word]
        width = self.width
        chosen = met & ((1 << width) - 1)
        if chosen:
            for level in range(1, self.levels):
                chosen &= (met >> (level * width)) | self.without_level[level]
        return chosen | (self.untriggered_ascii if ascii_only else self.untriggered)


def trigger_index(patterns: Sequence[CuePattern]) -> TriggerIndex:
    """Give the index of `patterns`, bit i standing for patterns[i]."""
    width = len(patterns)
    levels = max((len(cue.triggers) for cue in patterns), default=1) or 1
    by_word: dict[str, int] = {}
    without_level = [0] * levels
    untriggered = untriggered_ascii = 0
    for position, cue in enumerate(patterns):
        bit = 1 << position
        if not cue.triggers:
            untriggered |= bit
            if not cue.non_ascii:
                untriggered_ascii |= bit
            continue
        for level in range(levels):
            if level >= len(cue.triggers):
                without_level[level] |= bit
                continue
            for word in cue.triggers[level]:
                by_word[word] = by_word.get(word, 0) | bit << (level * width)
    return TriggerIndex(
        by_word=MappingProxyType(by_word),
        words=frozenset(by_word),
        width=width,
        levels=levels,
        without_level=tuple(without_level),
        untriggered=untriggered,
        untriggered_ascii=untriggered_ascii,
    )


class NeedleSearch:
    """A pattern's search that first looks for its needle (see `CuePattern.needle`)."""

    __slots__ = ("lead", "needle", "regex")

    def __init__(self, regex: re.Pattern[str], needle: str, lead: re.Pattern[str] | None):
        self.regex, self.needle, self.lead = regex, needle, lead

    def __call__(self, text: str) -> re.Match[str] | None:
        found = text.find(self.needle)
        if self.lead is not None:
            # The lead must match the character just before the needle.
            while found >= 0 and not (found and self.lead.match(text, found - 1)):
                found = text.find(self.needle, found + 1)
        return self.regex.search(text) if found >= 0 else None


@dataclass(frozen=True)
class PlaceIndex:
    """The cue patterns that may match in one place (subject or body)."""

    cues: tuple[IndexedCue, ...]
    """In rule order: hits are reported in this order; bit i of `triggers` is cues[i]."""
    searches: tuple[Callable[[str], re.Match[str] | None], ...]
    """Each cue's first search: its regex's, or a `NeedleSearch`."""
    triggers: TriggerIndex
    native: NativeScan | None = None
    """The same patterns for one native pass over a text (see `native`), with the
    words extraction checks; None where texts are short enough not to need it."""


@dataclass(frozen=True)
class CueIndex:
    """Every cue pattern, per place, reachable from the words that trigger it."""

    subject: PlaceIndex
    body: PlaceIndex
    job_urls: TriggerIndex
    """The ATS job links (`Rules.job_urls`), by trigger word."""
    vocabulary: frozenset[str]
    """Every word the classifier looks for in a text: trigger words of cues and job
    links, and the words extraction checks. A text's other words never matter."""


def build_index(
    groups: tuple[CueGroup, ...], job_urls: tuple[CuePattern, ...], shipped: int | None = None
) -> CueIndex:
    """Give the index of a set of rules' cue groups and job links (see `Rules.index`).

    `shipped`: how many of the groups (the first) are the shipped ones, all when None.
    """
    # Imported here: extract reads the rules, and its words are only needed once they exist.
    from tracker.classify.extract import EXTRACTION_WORDS

    shipped = len(groups) if shipped is None else shipped
    pairs = [(group, cue) for group in groups for cue in group.patterns]
    vocabulary = set(EXTRACTION_WORDS)
    for cue in [cue for _, cue in pairs] + list(job_urls):
        vocabulary.update(word for needed in cue.triggers for word in needed)
    job_index = trigger_index(job_urls)
    # The words extraction checks in a body: found by the body's native pass.
    extraction_words = sorted(EXTRACTION_WORDS | job_index.words)
    shipped_patterns = sum(len(group.patterns) for group in groups[:shipped])
    return CueIndex(
        subject=_place_index(pairs, "subject"),
        body=_place_index(pairs, "body", shipped_patterns, extraction_words),
        job_urls=job_index,
        vocabulary=frozenset(vocabulary),
    )


def _place_index(
    pairs: list[tuple[CueGroup, CuePattern]],
    where: str,
    shipped: int = 0,
    native_words: Sequence[str] | None = None,
) -> PlaceIndex:
    """Give the index of the patterns that may match in `where`; a native pass too when
    `native_words` are given (the first `shipped` pairs are the shipped patterns)."""
    places = [group.where in ("both", where) for group, _ in pairs]
    chosen = [pair for pair, here in zip(pairs, places, strict=True) if here]
    native: NativeScan | None = None
    if native_words is not None and available():
        patterns = tuple(source(cue.regex) for _, cue in chosen)
        split = sum(places[:shipped])
        native = NativeScan(
            shared=Part(0, patterns[:split]),
            own=Part(split, patterns[split:]),
            words=native_words,
            separators=SEPARATORS,
        )
    return PlaceIndex(
        native=native,
        searches=tuple(
            NeedleSearch(cue.regex, cue.needle, cue.lead) if cue.needle else cue.regex.search
            for _, cue in chosen
        ),
        cues=tuple(
            IndexedCue(
                group=group,
                regex=cue.regex,
                word_start=cue.word_start,
                guarded=bool(group.guards),
            )
            for group, cue in chosen
        ),
        triggers=trigger_index([cue for _, cue in chosen]),
    )
