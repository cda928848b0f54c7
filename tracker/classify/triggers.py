"""Trigger words: whole words one of which must occur in a text for a pattern to match it.

Running a few hundred regular expressions over every message is slow; checking a
handful of words against the message's word set is not. Each pattern's triggers are
read from its parse tree, so the data files stay plain regular expressions. When no
trigger can be told (the pattern has no mandatory whole word), the pattern always runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

# re's own parser; private but stable across 3.11+, and only a speed-up: on any
# surprise a pattern simply has no trigger and always runs.
try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Pythons
    _parser = None

# Characters that separate words, in texts (see `words`) and in patterns alike.
SEPARATORS = frozenset(
    " \t\n\r\f\v.,;:!?()[]{}\"'`-/\\*<>=+&@#%_|~$^"
    "\u00b0\u2022\u00b7\u2026\u00ab\u00bb\u00a9\u00ae\u2122\u20ac\u00a3"
)
_TO_SPACE = str.maketrans({char: " " for char in SEPARATORS})
_UNKNOWN = "\x00"
"""A pattern position that may be any character, or nothing."""
_EDGE = "\x01"
"""A pattern position known to be a word boundary."""
_STOPWORDS = frozenset(
    """a an the to of for you your we our in on at with and or is are be been has have this that it i
    not will would as by from us me my was were any all can if""".split()
)


def words(text: str) -> frozenset[str]:
    """Give the set of words in a normalized text, split as trigger words are."""
    return frozenset(text.translate(_TO_SPACE).split())


def trigger(pattern: str) -> frozenset[str] | None:
    """Give words one of which every match of `pattern` contains whole; None when unknown.

    The match is assumed to start at a word boundary (the classifier checks that).
    """
    if _parser is None:
        return None
    try:
        parsed = list(_parser.parse(pattern))
        candidates = _sequence(parsed, left_edge=True, right_edge=False)
    except (ValueError, TypeError, AttributeError, IndexError):
        return None
    return _best(candidates)


def _best(candidates: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """Give the most selective candidate: no stopwords, few words, long words.

    Words in scripts written without spaces (Chinese, Japanese) are never triggers:
    such a text is not split into words.
    """
    usable = [c for c in candidates if c and all(_spaced(w) for w in c)]
    if not usable:
        return None
    return min(
        usable, key=lambda c: (any(w in _STOPWORDS for w in c), len(c), -min(len(w) for w in c))
    )


def _spaced(word: str) -> bool:
    return all(ord(char) < 0x2E80 for char in word)


def _sequence(items: list[Any], left_edge: bool, right_edge: bool) -> list[frozenset[str]]:
    """Give the candidate trigger sets of a sequence of parsed items."""
    chars: list[str] = [_EDGE if left_edge else _UNKNOWN]
    candidates: list[frozenset[str]] = []
    for index, (op, value) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(value))
        elif name == "AT":
            chars.append(_EDGE)
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            body = value[-1] if name == "SUBPATTERN" else value
            candidates += _sequence(
                list(body), _is_edge(chars[-1]), _next_is_edge(items, index, right_edge)
            )
            chars.append(_UNKNOWN)
        elif name == "BRANCH":
            left, right = _is_edge(chars[-1]), _next_is_edge(items, index, right_edge)
            per_branch = [_best(_sequence(list(branch), left, right)) for branch in value[1]]
            if all(b is not None for b in per_branch):
                candidates.append(frozenset().union(*(b for b in per_branch if b is not None)))
            chars.append(_UNKNOWN)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = value
            if low >= 1:
                once = high == 1
                candidates += _sequence(
                    list(body),
                    once and _is_edge(chars[-1]),
                    once and _next_is_edge(items, index, right_edge),
                )
            chars.append(_UNKNOWN)
        else:
            chars.append(_UNKNOWN)
    chars.append(_EDGE if right_edge else _UNKNOWN)
    candidates += [frozenset({word}) for word in _whole_words(chars)]
    return candidates


def _is_edge(char: str) -> bool:
    return char == _EDGE or char in SEPARATORS


def _next_is_edge(items: list[Any], index: int, right_edge: bool) -> bool:
    if index + 1 >= len(items):
        return right_edge
    op, value = items[index + 1]
    name = str(op)
    if name == "LITERAL":
        return chr(value) in SEPARATORS
    return name == "AT"


def _whole_words(chars: list[str]) -> list[str]:
    """Give the runs of word characters bounded on both sides by a separator or an edge."""
    found: list[str] = []
    run: list[str] = []
    bounded_left = False
    for char in chars:
        if char == _UNKNOWN or char == _EDGE or char in SEPARATORS:
            edge = char != _UNKNOWN
            if run and bounded_left and edge:
                found.append("".join(run))
            run = []
            bounded_left = edge
        else:
            run.append(char)
    return found
