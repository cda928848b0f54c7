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

_ODD_CHARS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e")
"""What the stdlib's splitlines() breaks at besides \\r and \\n: a block holding one is
not plain, nor is one holding a \\r that no \\n follows."""
# A header name as the feed parser accepts it: printable ASCII except ":" and space.
_NAME = re.compile(r"[\x21-\x39\x3b-\x7e]+")


def plain_headers(block: bytes) -> list[tuple[str, str]] | None:
    """Give the headers of `block` as compat32 keeps them (name, raw value with its folds),
    or None when the block is not plain (the stdlib must read it)."""
    text = block.decode("ascii", "surrogateescape")
    if (
        any(odd in text for odd in _ODD_CHARS)
        or text.count("\r") != (crlf := text.count("\r\n"))
        or text.startswith("From ")
    ):
        return None
    if "\n " in text or "\n\t" in text or text[:1] in (" ", "\t") or 0 < crlf < text.count("\n"):
        return _line_by_line(text)  # folded lines, or line breaks of both kinds
    # The usual block: a header a line. str methods split it (a Python loop reading
    # lines and their parts cost about half of parsing a message's headers).
    headers = []
    for line in text.split("\r\n" if crlf else "\n"):
        if not line:
            break  # the blank line (or the end of the block)
        name, colon, value = line.partition(":")
        if not colon or not name or not name.isascii() or not name.isprintable() or " " in name:
            return None
        headers.append((name, value.lstrip(" \t")))
    return headers


def _line_by_line(text: str) -> list[tuple[str, str]] | None:
    """Give the headers of a plain block that may hold folded lines (see plain_headers)."""
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
