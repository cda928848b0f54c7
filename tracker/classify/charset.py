"""Bytes of a mail part turned into text whatever charset the part claims."""

from __future__ import annotations

import codecs

# Charsets that decode any byte sequence: a wrong label among them shows up only
# as mojibake, so valid UTF-8 with non-ASCII bytes is taken as UTF-8 instead.
_SINGLE_BYTE_LATIN = frozenset({"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"})
_ALIASES = {
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-user-defined": "cp1252",
    "latin1": "latin-1",
}


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Give the text of `data` and, when the declared charset could not be used, why.

    Tries the declared charset, then UTF-8, then cp1252, then latin-1 (which never fails).
    """
    name = (declared or "").strip().strip('"').lower()
    codec = _codec_name(name) if name else None
    problem: str | None = None
    if name and codec is None:
        problem = f"unknown charset {name[:40]!r}"
    if codec is not None:
        if codec in _SINGLE_BYTE_LATIN and not data.isascii():
            utf8 = _try(data, "utf-8")
            if utf8 is not None:
                return utf8, f"declared {name[:40]!r} but the text is UTF-8"
        text = _try(data, codec)
        if text is not None:
            return text, None
        problem = f"declared {name[:40]!r} but the text is not"
    for fallback in ("utf-8", "cp1252"):
        if fallback == codec:
            continue
        text = _try(data, fallback)
        if text is not None:
            return text, problem
    return data.decode("latin-1"), problem


def _codec_name(name: str) -> str | None:
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name)
    except (LookupError, UnicodeError):  # a name with surrogates from 8-bit header bytes
        return None
    # A mail charset names a text encoding; refuse codecs such as "base64" or "rot13".
    if not getattr(codec, "_is_text_encoding", True):
        return None
    return codec.name


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
