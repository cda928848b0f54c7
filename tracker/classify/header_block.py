"""The headers of a plain header block, read as the stdlib would read them, faster.

When a connector fetched the text part apart (IMAP does), only the header block is
parsed. The stdlib's feed parser reads it line by line in Python, with a regular
expression and a policy call per line: about half the cost of reading a message.
Most header blocks are plain: every line a "Name: value" or a folded continuation,
ending in one kind of line break. Those are read here in a few string operations,
giving exactly the (name, value) pairs that `BytesParser(policy=compat32)` gives.
Anything else (a stray carriage return, a line without a colon, a first line that
is a continuation or a Unix "From " line, which the stdlib reports as defects) gives
None, and the stdlib reads the block.
"""

from __future__ import annotations

import re

# Bytes the stdlib's splitlines() breaks at besides \r and \n: a block holding one,
# or a \r that is not followed by \n, is not plain.
_ODD_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e]|\r(?!\n)")
# A header name as the feed parser accepts it: printable ASCII except ":" and space.
_NAME = re.compile(r"[\x21-\x39\x3b-\x7e]+")


def plain_headers(block: bytes) -> list[tuple[str, str]] | None:
    """Give the headers of `block` as compat32 keeps them (name, raw value with its folds),
    or None when the block is not plain (the stdlib must read it)."""
    text = block.decode("ascii", "surrogateescape")
    if _ODD_BREAKS.search(text) or text.startswith("From "):
        return None
    headers: list[tuple[str, str]] = []
    name = ""
    parts: list[str] = []
    for line in text.splitlines(keepends=True):
        if line == "\r\n" or line == "\n":
            break  # the blank line: the body starts
        if line[0] in " \t":
            if not name:
                return None  # a continuation with nothing to continue
            parts.append(line)
            continue
        colon = line.find(":")
        if colon <= 0 or not _NAME.fullmatch(line, 0, colon):
            return None
        if name:
            headers.append((name, _value(parts)))
        name = line[:colon]
        parts = [line[colon + 1 :]]
    if name:
        headers.append((name, _value(parts)))
    return headers


def _value(parts: list[str]) -> str:
    """Give a header's value as compat32's header_source_parse does: the first line's
    leading blanks stripped, folds kept, the final line break removed."""
    return (parts[0].lstrip(" \t") + "".join(parts[1:])).rstrip("\r\n")
