"""Patterns that are choices of plain text, searched as re searches them fastest.

re tries every branch of "abc|abd|xyz" at every character of a text. Such a pattern
holds a pattern with the branches that start alike merged ("ab(?:c|d)|xyz"), and
re tries that at a character only as often as texts start differently there: what
it finds at first is found at the same place, so whether it finds one is the same.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

# re's own parser (re._parser, typed nowhere) reads a pattern as re would.
_parser: Any = importlib.import_module("re._parser")
_ops: Any = importlib.import_module("re._constants")

_LIMIT = 512
"""Texts a pattern may stand for at most: past that it is searched as it is."""


def texts_of(pattern: str) -> frozenset[str] | None:
    """Give every text `pattern` matches, None when it matches other than a few plain
    texts (a class, a repeat, an anchor, a flag)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    return _expand(parsed.data)


def _expand(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Give the texts a parsed sequence matches, None when it is no choice of texts."""
    found = {""}
    for op, argument in items:
        options = _options(op, argument)
        if options is None:
            return None
        found = {head + tail for head in found for tail in options}
        if len(found) > _LIMIT:
            return None
    return frozenset(found)


def _options(op: Any, argument: Any) -> frozenset[str] | None:
    """Give the texts one parsed item matches, None when it is no choice of texts."""
    if op is _ops.LITERAL:
        return frozenset({chr(argument)})
    if op is _ops.IN:
        if all(kind is _ops.LITERAL for kind, _ in argument):
            return frozenset(chr(code) for _, code in argument)
        return None
    if op is _ops.SUBPATTERN:
        _, added, removed, inner = argument
        return None if added or removed else _expand(inner.data)
    if op is _ops.BRANCH:
        found: set[str] = set()
        for branch in argument[1]:
            texts = _expand(branch.data)
            if texts is None:
                return None
            found |= texts
        return frozenset(found)
    return None


def literal_prefix(pattern: str, flags: int = 0) -> str:
    """Give the plain text every match of `pattern` starts with ("" when it ignores case)."""
    if flags & re.IGNORECASE:
        return ""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    prefix = []
    for op, argument in parsed.data:
        if op is not _ops.LITERAL:
            break
        prefix.append(chr(argument))
    return "".join(prefix)


def common_text(texts: Iterable[str], shortest: int = 3) -> str | None:
    """Give the longest text that all `texts` hold, None when it is shorter than `shortest`."""
    texts = sorted(texts, key=len)
    if not texts:
        return None
    first = texts[0]
    for size in range(len(first), shortest - 1, -1):
        for start in range(len(first) - size + 1):
            part = first[start : start + size]
            if all(part in text for text in texts[1:]):
                return part
    return None


def presence(*regexes: re.Pattern[str]) -> re.Pattern[str] | None:
    """Give a pattern found in a text exactly when one of `regexes` is, searched faster,
    or None when one of them is no choice of plain texts."""
    texts: set[str] = set()
    for regex in regexes:
        found = texts_of(regex.pattern) if not regex.flags & ~re.UNICODE else None
        if found is None:
            return None
        texts |= found
    # A text that holds another is found where that one is: only the shortest count.
    kept = {text for text in texts if not any(other in text for other in texts if other != text)}
    return re.compile(_merged(sorted(kept)))


def _merged(texts: list[str]) -> str:
    """Give one pattern for the choice of `texts` (sorted, none holding another), with
    the branches that start alike merged."""
    if texts == [""]:
        return ""
    by_start: dict[str, list[str]] = {}
    for text in texts:
        by_start.setdefault(text[0], []).append(text[1:])
    branches = []
    for start, rests in by_start.items():
        rest = _merged(rests)
        branches.append(re.escape(start) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(branches)
