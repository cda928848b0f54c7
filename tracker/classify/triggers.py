"""Trigger words: whole words one of which must occur in a text for a pattern to match it.

Running a few hundred regular expressions over every message is slow; checking a
handful of words against the message's word set is not. Each pattern's triggers are
read from its parse tree, so the data files stay plain regular expressions. When no
trigger can be told (the pattern has no mandatory whole word), the pattern always runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from itertools import product
from typing import Any

# re's own parser: private, but this is only a speed-up. On any surprise a pattern
# simply has no trigger and always runs.
try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Pythons
    _parser = None

# Characters that separate words, in texts (see `words`) and in patterns alike.
SEPARATORS = frozenset(
    " \t\n\r\f\v.,;:!?()[]{}\"'`-/\\*<>=+&@#%_|~$^"
    "\u00b0\u2022\u00b7\u2026\u00ab\u00bb\u00a9\u00ae\u2122\u20ac\u00a3\u00a1\u00bf"
)
_TO_SPACE = str.maketrans(dict.fromkeys(SEPARATORS, " "))
_PATTERN_TO_SPACE = str.maketrans({**dict.fromkeys(SEPARATORS, " "), "\x01": " "})
_ASCII_TO_SPACE = bytes(32 if chr(code) in SEPARATORS else code for code in range(256))
_UNKNOWN = "\x00"
"""A pattern position that may be any character."""
_EDGE = "\x01"
"""A pattern position known to be a word boundary."""
_MAX_EXPANSIONS = 256
_MAX_TRIGGER_SETS = 8
_RANKS = 3
"""Words of each spelling tried as triggers: its best, second best and third best."""
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "for",
        "you",
        "your",
        "we",
        "our",
        "in",
        "on",
        "at",
        "with",
        "and",
        "or",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "this",
        "that",
        "it",
        "i",
        "not",
        "will",
        "would",
        "as",
        "by",
        "from",
        "us",
        "me",
        "my",
        "was",
        "were",
        "any",
        "all",
        "can",
        "if",
    ]
)

# Words found in most job mail: poor triggers when a rarer word will do.
_COMMON = frozenset(
    [
        "application",
        "applications",
        "applying",
        "apply",
        "applied",
        "position",
        "positions",
        "role",
        "roles",
        "job",
        "jobs",
        "team",
        "thank",
        "thanks",
        "interest",
        "interested",
        "time",
        "like",
        "could",
        "should",
        "might",
        "found",
        "opportunity",
        "opportunities",
        "candidate",
        "candidates",
        "process",
        "hiring",
        "open",
        "please",
        "best",
        "regards",
        "company",
        "offer",
        "work",
        "forward",
        "more",
        "about",
        "there",
        "their",
        "they",
        "them",
        "what",
        "when",
        "which",
        "who",
        "also",
        "just",
        "only",
        "other",
        "some",
        "into",
        "your",
        "sincerely",
        "recruiting",
        "talent",
        "information",
        "review",
        "reviewed",
        "careers",
        "career",
    ]
)


def words(text: str) -> frozenset[str]:
    """Give the set of words in a normalized text, split as trigger words are."""
    if text.isascii():
        # bytes.translate is a table lookup in C; str.translate calls back into a dict.
        return frozenset(text.encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii").split())
    return frozenset(text.translate(_TO_SPACE).split())


def words_in(text: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """Give the words of `vocabulary` that a normalized text holds, split as `words` splits.

    Cheaper than `words(text) & vocabulary`: no set of every word is built.
    """
    if text.isascii():
        return vocabulary.intersection(
            text.encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii").split()
        )
    return vocabulary.intersection(text.translate(_TO_SPACE).split())


def trigger(pattern: str, *, word_start: bool = True) -> tuple[frozenset[str], ...]:
    """Give word sets that every match of `pattern` meets, each with at least one whole word.

    A text can only match when it has a word of every set. The most selective sets
    come first; an empty tuple means no set is known (the pattern must always run).
    `word_start`: matches start at a word boundary (the classifier checks that).
    """
    if _parser is None:
        return ()
    try:
        items = list(_parser.parse(pattern))
        candidates = _sequence(items, left_edge=word_start, right_edge=False)
    except (ValueError, TypeError, AttributeError, IndexError):
        return ()
    usable = sorted({c for c in candidates if c and all(_spaced(w) for w in c)}, key=_selectivity)
    # A set holding another adds nothing: a text that meets the smaller meets it too.
    usable = [c for c in usable if not any(other < c for other in usable)]
    selective = [c for c in usable if _selectivity(c)[0] < 2][:_MAX_TRIGGER_SETS]
    # Sets of stopwords select little, but they cost little to check after the others.
    common = [c for c in usable if _selectivity(c)[0] == 2 and len(c) <= 2][:2]
    return tuple(selective + common) if selective else tuple(common[:1])


def needle(pattern: str) -> tuple[str, int]:
    """Give the longest run of literal characters that every match of `pattern` holds,
    and how many items of the pattern come before it (0: the pattern starts with it);
    ("", -1) when none is known.

    re scans fast for a pattern that starts with a literal, and slowly for one that
    does not ("\\d+ new jobs") or that ignores case: for those, `text.find(needle)`
    tells cheaply whether a match is possible at all.
    """
    if _parser is None:
        return "", -1
    try:
        items = _merge_literals(list(_parser.parse(pattern)))
    except (ValueError, TypeError, AttributeError, IndexError):
        return "", -1
    if items and items[0][0] == "TEXT":
        return items[0][1], 0  # re itself scans for a literal start
    best, before = "", -1
    for index, (op, value) in enumerate(items):
        if op == "TEXT" and len(value) > len(best):
            best, before = value, index
    return best, before


def _selectivity(words: frozenset[str]) -> tuple[int, int, int, str]:
    return (max(_penalty(w) for w in words), len(words), -min(len(w) for w in words), min(words))


def _best(candidates: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """Give the most selective candidate: no stopwords, few words, long words.

    Words of scripts written without spaces (Chinese, Japanese) are never triggers:
    such text is not split into words.
    """
    usable = [c for c in candidates if c and all(_spaced(w) for w in c)]
    if not usable:
        return None
    return min(usable, key=_selectivity)


def _penalty(word: str) -> int:
    """Give how poor a trigger `word` is: 2 for stopwords, 1 for words common in job mail."""
    if word in _STOPWORDS:
        return 2
    if word in _COMMON or len(word) < 4:
        return 1
    return 0


def _spaced(word: str) -> bool:
    return all(ord(char) < 0x2E80 for char in word)


def _sequence(items: list[Any], left_edge: bool, right_edge: bool) -> list[frozenset[str]]:
    """Give candidate trigger sets for a parsed sequence.

    Each item with few spellings gives the words its spellings contain whole; runs of
    such items are also spelled out together (this undoes the parser's factoring of
    "offer|offering" into "offer" plus a branch). Other items are looked into.
    """
    items = _merge_literals(items)
    spellings = [[value] if str(op) == "TEXT" else _expand([(op, value)]) for op, value in items]
    count = len(items)
    # edge_before[i]: the text before item i always ends at a word boundary.
    edge_before = [left_edge] + [False] * count
    for i, options in enumerate(spellings):
        if options is None:
            edge_before[i + 1] = edge_before[i] and _ends_with_separator(*items[i])
        else:
            edge_before[i + 1] = all(_is_edge(s[-1]) if s else edge_before[i] for s in options)
    # edge_after[i]: the text from item i on always starts at a word boundary.
    edge_after = [False] * count + [right_edge]
    for i in range(count - 1, -1, -1):
        options = spellings[i]
        if options is not None:
            edge_after[i] = all(_is_edge(s[0]) if s else edge_after[i + 1] for s in options)
        else:
            op, value = items[i]
            edge_after[i] = _starts_with_separator(op, value, edge_after[i + 1])
    candidates: list[frozenset[str]] = []
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for i in range(count + 1):
        options = spellings[i] if i < count else None
        if options is not None:
            candidates += _segment_candidates(options, edge_before[i], edge_after[i + 1])
            if run_start is None:
                run_start = i
            continue
        if run_start is not None and i - run_start > 1:
            runs.append((run_start, i))
        run_start = None
        if i < count:
            op, value = items[i]
            candidates += _inner(op, value, edge_before[i], edge_after[i + 1])
    # Runs spelled out together give whole words the parser's factoring split
    # ("(?:candidate|applicant)s?"); this costs time only when the rules are built.
    for start, stop in runs:
        joint = _joint(spellings[start:stop])
        if joint is not None:
            candidates += _segment_candidates(joint, edge_before[start], edge_after[stop])
    return candidates


def _merge_literals(items: list[Any]) -> list[Any]:
    """Give the items with each run of literal characters made one ("TEXT", string) item."""
    merged: list[Any] = []
    for op, value in items:
        if str(op) == "LITERAL":
            if merged and merged[-1][0] == "TEXT":
                merged[-1] = ("TEXT", merged[-1][1] + chr(value))
            else:
                merged.append(("TEXT", chr(value)))
        else:
            merged.append((op, value))
    return merged


def _joint(runs: list[list[str] | None]) -> list[str] | None:
    joint = [""]
    for options in runs:
        if options is None or len(joint) * len(options) > _MAX_EXPANSIONS:
            return None
        joint = [a + b for a, b in product(joint, options)]
    return joint


def _inner(op: Any, value: Any, left: bool, right: bool) -> list[frozenset[str]]:
    """Give the candidates an item that is not expanded always contains."""
    name = str(op)
    if name == "SUBPATTERN":
        return _sequence(list(value[-1]), left, right)
    if name == "ATOMIC_GROUP":
        return _sequence(list(value), left, right)
    if name == "BRANCH":
        per_branch = [_best(_sequence(list(branch), left, right)) for branch in value[1]]
        if all(b is not None for b in per_branch):
            return [frozenset().union(*(b for b in per_branch if b is not None))]
        return []
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = value
        if low >= 1:
            once = high == 1
            return _sequence(list(body), once and left, once and right)
    return []


def _expand(items: list[Any]) -> list[str] | None:
    """Give every string a parsed sequence can match, or None when there are too many."""
    spellings = [""]
    for op, value in items:
        name = str(op)
        options: list[str] | None
        if name == "LITERAL":
            options = [chr(value)]
        elif name == "AT":
            options = [_EDGE]
        elif name in ("ASSERT", "ASSERT_NOT"):
            options = [""]
        elif name == "IN":
            options = _charset(value)
        elif name == "BRANCH":
            options = []
            for branch in value[1]:
                expanded = _expand(list(branch))
                if expanded is None:
                    return None
                options += expanded
        elif name == "SUBPATTERN":
            options = _expand(list(value[-1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = value
            inner = _expand(list(body))
            if inner is None or high > 2:
                return None
            options = []
            for count in range(low, high + 1):
                options += ["".join(parts) for parts in product(inner, repeat=count)]
        else:
            return None
        if options is None or len(spellings) * len(options) > _MAX_EXPANSIONS:
            return None
        spellings = [a + b for a, b in product(spellings, options)]
    return spellings


def _charset(value: Any) -> list[str] | None:
    chars = []
    for op, member in value:
        if str(op) != "LITERAL":
            return None
        chars.append(chr(member))
    return chars if len(chars) <= 4 else None


def _segment_candidates(segment: list[str], left: bool, right: bool) -> list[frozenset[str]]:
    """Give word sets that every spelling meets: its best word, its second best, ...

    Empty when some spelling has no whole word.
    """
    head = _EDGE if left else _UNKNOWN
    tail = _EDGE if right else _UNKNOWN
    ranked: list[list[str]] = []
    for spelling in segment:
        found = sorted(
            set(_whole_words(head + spelling + tail)), key=lambda w: (_penalty(w), -len(w), w)
        )
        if not found:
            return []
        ranked.append(found)
    return [
        frozenset(found[min(rank, len(found) - 1)] for found in ranked) for rank in range(_RANKS)
    ]


def _ends_with_separator(op: Any, value: Any) -> bool:
    if str(op) not in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return False
    body = list(value[2])
    if not body:
        return False
    last_op, last_value = body[-1]
    return str(last_op) == "LITERAL" and chr(last_value) in SEPARATORS


def _starts_with_separator(op: Any, value: Any, then: bool) -> bool:
    """Give True when a repeated item always starts with a separator ("(?:/[a-z]+)?"), or
    may match nothing and `then` (the text after it starts at a word boundary)."""
    if str(op) not in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return False
    low, _, body = value
    items = list(body)
    while items and str(items[0][0]) == "SUBPATTERN":
        items = list(items[0][1][-1])
    if not items:
        return False
    first_op, first_value = items[0]
    starts = str(first_op) == "LITERAL" and chr(first_value) in SEPARATORS
    return starts and (low >= 1 or then)


def _is_edge(char: str) -> bool:
    return char == _EDGE or char in SEPARATORS


def _whole_words(chars: str) -> list[str]:
    """Give the runs of word characters bounded on both sides by a separator or an edge."""
    # Separators and edges become spaces; a run touching an unknown position keeps
    # its NUL and is dropped.
    return [
        word
        for word in chars.translate(_PATTERN_TO_SPACE).split(" ")
        if word and _UNKNOWN not in word
    ]
