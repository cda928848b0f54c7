"""A message body split into what the sender wrote now, what it quotes, and its signature."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import methodcaller

MAX_SCAN_CHARS = 12_000
"""Only the start of a body is read: job mail says what it is early."""

# "On Mon, 3 Jun 2024 at 10:00, Jane <jane@x> wrote:" may be wrapped over two lines.
_ATTRIBUTION = re.compile(
    r"^(?:on|le|am|el|op|il)\s.{0,200}?(?:wrote|écrit|schrieb|escribió|schreef|scritto)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
_SEPARATORS = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message|weitergeleitete nachricht|message d'origine|"
    r"mensaje original|oorspronkelijk bericht)\s*-{2,}|begin forwarded message:|_{20,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Outlook's quoted header block: "From: ..." followed by "Sent: ..." or "Date: ..." within a few lines.
_OUTLOOK_HEADER = re.compile(
    r"^\*?from:\*?\s.+\n(?:.*\n){0,2}?\*?(?:sent|date):\*?\s", re.IGNORECASE | re.MULTILINE
)
_SIGNATURE = re.compile(r"^--[ \t]?$", re.MULTILINE)
_MOBILE_SIGNATURE = re.compile(r"^sent from my \w+", re.IGNORECASE | re.MULTILINE)
# Cheap tests that most mail fails: an attribution line ends in a colon; separators,
# quoted headers and signatures start a line with one of these. re scans for a colon
# or a line break fast, and each test tells whether the patterns above can match.
_COLON_AT_LINE_END = re.compile(r":\s*$", re.MULTILINE)
_MARK = r"(?:--|__|begin forwarded|\*?from:|sent from my )"
_MARKED_FIRST_LINE = re.compile(_MARK, re.IGNORECASE)
_MARKED_LINE = re.compile("\n" + _MARK, re.IGNORECASE)
_ATTRIBUTION_WORDS = ("wrote", "écrit", "schrieb", "escribió", "schreef", "scritto")
_QUOTE_MARKS = (
    (_SEPARATORS, ("--", "__", "forwarded")),
    (_OUTLOOK_HEADER, ("from:",)),
)
_strip_spaces = methodcaller("strip", " ")
# ASCII whitespace (what str.split() splits on) made a space.
_ASCII_SPACES = bytes(32 if code < 128 and chr(code).isspace() else code for code in range(256))

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u00a0": " ", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Body:
    """The parts of a body that matter for deciding and for naming the company."""

    new: str
    """What the sender wrote: quoted lines, quoted replies, forwarded mail and signature removed."""
    signature: str
    """Lines after a "-- " delimiter: they name the sender's team, never decide a label."""
    quoted: bool
    """True when something was cut as quoted or forwarded."""


def split_body(text: str) -> Body:
    """Give the new text of a body apart from what it quotes and its signature."""
    text = text[:MAX_SCAN_CHARS]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lowered = ""
    cut = len(text)
    quoted = False
    # Each pattern is tried only when text it needs is there: most mail quotes nothing.
    if _COLON_AT_LINE_END.search(text):
        lowered = text.lower()
        if any(word in lowered for word in _ATTRIBUTION_WORDS):
            match = _ATTRIBUTION.search(text, 0, cut)
            if match is not None:
                cut = match.start()
                quoted = True
    marked = _MARKED_FIRST_LINE.match(text) is not None or _MARKED_LINE.search(text) is not None
    if marked:
        lowered = lowered or text.lower()
        for pattern, needs in _QUOTE_MARKS:
            if any(word in lowered for word in needs):
                match = pattern.search(text, 0, cut)
                if match is not None:
                    cut = match.start()
                    quoted = True
    head = text[:cut]
    if ">" in head:
        lines = [line for line in head.split("\n") if not line.lstrip().startswith(">")]
        if len(lines) != head.count("\n") + 1:
            quoted = True
            head = "\n".join(lines)
    signature = ""
    match = None
    if marked:
        if "\n--" in head or head.startswith("--"):
            match = _SIGNATURE.search(head)
        if match is None and "sent from my" in lowered:
            match = _MOBILE_SIGNATURE.search(head)
    if match is not None:
        signature = head[match.end() :].strip("\n")
        head = head[: match.start()]
    return Body(new=head.strip(), signature=signature, quoted=quoted)


def normalize(text: str) -> str:
    """Give `text` as the cue patterns read it: lower case, straight quotes, single spaces."""
    if not text.isascii():
        return " ".join(text.translate(_QUOTES).lower().split())
    # The same as joining the words with single spaces, without making a string of
    # every word: whitespace becomes spaces, and each run of spaces one space.
    lowered = text.lower()
    if (
        "\t" in lowered
        or "\r" in lowered
        or "\x0b" in lowered
        or "\x0c" in lowered
        or "\x1c" in lowered
        or "\x1d" in lowered
        or "\x1e" in lowered
        or "\x1f" in lowered
    ):
        spaced = lowered.encode("ascii").translate(_ASCII_SPACES).decode("ascii")
    else:
        spaced = lowered.replace("\n", " ")
    parts = spaced.split("  ")
    if len(parts) > 1:
        # Each run of two or more spaces is cut out, with the spaces around a cut (a run
        # of three or more leaves one there) and the parts it leaves empty: the parts
        # joined with one space are the text with each run one space, as
        # re.sub("  +", " ", spaced) gives it, ends aside. str.split finds "  " far
        # faster than re, and it is one pass over the text when there is none.
        spaced = " ".join(filter(None, map(_strip_spaces, parts)))
    return spaced.strip(" ")


def tidy(text: str) -> str:
    """Give `text` with typographic quotes and dashes made plain, case and lines kept."""
    return text if text.isascii() else text.translate(_QUOTES)
