"""Which body part of an IMAP message to read as its text, and how to decode it.

A multipart message's BODY[TEXT] starts with MIME boundaries and part headers,
and its text part may be base64 or quoted-printable in any charset, so the
classifier would see noise. The connector fetches BODYSTRUCTURE with the
headers, picks the first text/plain part (else text/html) here, fetches only
that part's first bytes, and decodes them here.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html import unescape
from typing import Any


@dataclass(frozen=True)
class TextPart:
    """Where a message's readable text is and how it is encoded."""

    section: str
    """IMAP body section ("1", "1.2"); "TEXT" for a message that is not multipart."""
    subtype: str
    """"plain" or "html"."""
    encoding: str
    """Content-Transfer-Encoding, lower-cased ("7bit", "base64", "quoted-printable")."""
    charset: str


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    if isinstance(value, str):
        return value.lower()
    return ""


def _params(value: Any) -> dict[str, str]:
    """Give BODYSTRUCTURE's (key value key value ...) list as a dict with lower-case keys."""
    if not isinstance(value, tuple | list):
        return {}
    items = list(value)
    return {_text(key): _text(val) for key, val in zip(items[::2], items[1::2], strict=False)}


def _is_attachment(part: Sequence[Any]) -> bool:
    # For text/* leaves the extension data starts after the line count: md5 at 8,
    # disposition at 9, as ("attachment", (params)) or None.
    disposition = part[9] if len(part) > 9 else None
    return isinstance(disposition, tuple | list) and _text(disposition[0]) == "attachment"


def _leaves(structure: Sequence[Any], prefix: str) -> Iterator[tuple[str, Sequence[Any]]]:
    """Give (section, leaf) for every non-multipart part, depth first, in message order."""
    first = structure[0] if structure else None
    if isinstance(first, list):  # imapclient nests a multipart's children in a list
        for number, child in enumerate(first, start=1):
            section = f"{prefix}.{number}" if prefix else str(number)
            yield from _leaves(child, section)
        return
    yield (prefix or "1"), structure


def find_text_part(structure: Sequence[Any] | None) -> TextPart | None:
    """Give the part to read as text: the first inline text/plain, else text/html, else None.

    `structure` is imapclient's parsed BODYSTRUCTURE. Forwarded messages
    (message/rfc822) are not entered: their text is not this message's.
    """
    if not structure:
        return None
    multipart = isinstance(structure[0], list)
    found: dict[str, TextPart] = {}
    for section, leaf in _leaves(structure, ""):
        if len(leaf) < 6 or _text(leaf[0]) != "text" or _is_attachment(leaf):
            continue
        subtype = _text(leaf[1])
        if subtype not in ("plain", "html") or subtype in found:
            continue
        found[subtype] = TextPart(
            section=section if multipart else "TEXT",
            subtype=subtype,
            encoding=_text(leaf[5]) or "7bit",
            charset=_params(leaf[2]).get("charset") or "us-ascii",
        )
    return found.get("plain") or found.get("html")


_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_NOT_BASE64 = bytes(sorted(set(range(256)) - set(_BASE64_ALPHABET)))
"""Every byte base64 text may hold besides its alphabet (line breaks): deleted."""
_PARTIAL_QP_ESCAPE = re.compile(rb"=[0-9A-Fa-f]?$")
_QP_TAIL = 4
"""A `_PARTIAL_QP_ESCAPE` match ends at the end or before a last line break: it lies
within the last four bytes."""


def decode_transfer(data: bytes, encoding: str) -> bytes:
    """Give the bytes under a Content-Transfer-Encoding, tolerating a cut-off end.

    The connector fetches only the first N bytes of a part, so base64 may stop
    mid-quantum and quoted-printable mid-escape: drop the incomplete tail.
    """
    if encoding == "base64":
        clean = data.translate(None, _NOT_BASE64)
        padding = clean.find(b"=")
        if padding >= 0:  # the end of the data: keep whole quanta up to the padding
            clean = clean[: padding + (-padding % 4)]
        clean = clean[: len(clean) - len(clean) % 4]
        try:
            return binascii.a2b_base64(clean)
        except binascii.Error:
            return b""
    if encoding == "quoted-printable":
        # Only the end may be cut off: searching the whole text tried every "=".
        tail = max(0, len(data) - _QP_TAIL)
        escape = _PARTIAL_QP_ESCAPE.search(data, tail)
        if escape is not None:
            data = data[: escape.start()] + data[escape.end() :]
        return binascii.a2b_qp(data)
    return data


def decode_charset(data: bytes, charset: str) -> str:
    """Give text decoded from `charset`, UTF-8 when the charset is unknown; never raises."""
    try:
        codec = codecs.lookup(charset or "us-ascii").name
    except LookupError:
        codec = "utf-8"
    if codec == "ascii":
        # Mislabelled 8-bit mail is common; UTF-8 is a strict superset of ASCII.
        codec = "utf-8"
    return data.decode(codec, "replace")


def decode_part(data: bytes, part: TextPart) -> str:
    """Give the readable text of a fetched part: transfer- and charset-decoded, HTML made plain."""
    text = decode_charset(decode_transfer(data, part.encoding), part.charset)
    return html_to_text(text) if part.subtype == "html" else text


# Regular expressions rather than html.parser: about 40x faster on the 8 KiB of
# HTML a scan reads per message, and a cut-off tag at the end does no harm.
_INVISIBLE = re.compile(r"<(script|style|head|title)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_BLOCK = re.compile(r"<\s*/?\s*(?:br|p|div|tr|li|h[1-6]|table|hr)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*(?:>|$)")


def html_to_text(html: str) -> str:
    """Give the visible text of an HTML fragment, one block per line (a cut-off end is fine).

    Runs of whitespace, non-breaking spaces included, become one space; at most one
    blank line separates blocks.
    """
    text = _COMMENT.sub("", html)
    text = _INVISIBLE.sub("", text)
    text = _BLOCK.sub("\n", text)
    text = unescape(_TAG.sub("", text))
    lines: list[str] = []
    for line in text.split("\n"):
        words = " ".join(line.split())
        if words or (lines and lines[-1]):
            lines.append(words)
    return "\n".join(lines).strip()


def chunked(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    """Give `uids` in lists of at most `size`, in order."""
    for start in range(0, len(uids), size):
        yield list(uids[start : start + size])


def group_by_section(parts: Iterable[tuple[int, TextPart]]) -> dict[str, list[int]]:
    """Give, per body section, the UIDs whose text lives there (one FETCH per section)."""
    groups: dict[str, list[int]] = {}
    for uid, part in parts:
        groups.setdefault(part.section, []).append(uid)
    return groups
