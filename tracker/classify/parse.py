"""Raw mail (or the fields of a JSON line) reduced to a ParsedMessage, whatever the input.

This is where the email package's quirks stop: `parse_message` never raises. What
it had to work around is recorded in `ParsedMessage.problems`.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.utils
import functools
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from dateutil import parser as date_parser

from tracker.classify.charset import decode_bytes
from tracker.classify.header_block import plain_headers
from tracker.classify.html_text import html_to_text, looks_like_html
from tracker.classify.types import ParsedMessage

MAX_TEXT_CHARS = 64 * 1024
"""The body text kept: classification reads only its start, snippets less."""
MAX_RAW_BYTES = 2 * 1024 * 1024
"""Raw mail beyond this is not parsed: text parts come first, attachments after."""
MAX_HEADER_CHARS = 1000

# Headers kept in ParsedMessage.headers, besides x-* headers that name an ATS.
KEPT_HEADERS = frozenset(
    {
        "list-unsubscribe", "list-id", "precedence", "auto-submitted", "x-autoreply", "x-autorespond",
        "reply-to", "x-mailer", "x-auto-response-suppress", "x-campaign", "x-mailgun-tag", "feedback-id",
    }
)  # fmt: skip
_ATS_HEADER_HINTS = (
    "greenhouse", "lever", "workday", "ashby", "smartrecruiters", "icims", "workable", "jobvite",
    "taleo", "successfactors", "bamboo", "linkedin", "recruit", "job", "candidate", "ats",
)  # fmt: skip

# What the stdlib parser can raise on hostile input; caught only here, at the boundary.
_EMAIL_ERRORS = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    AssertionError,
    UnicodeError,
    RecursionError,
    email.errors.MessageError,
)
_MSG_ID = re.compile(r"<[^<>\s]{1,500}>")
_DEFECTS = {
    "CloseBoundaryNotFoundDefect": "truncated multipart (no closing boundary)",
    "StartBoundaryNotFoundDefect": "multipart without its start boundary",
    "MultipartInvariantViolationDefect": "multipart declared but not structured as one",
    "MissingHeaderBodySeparatorDefect": "no blank line between headers and body",
    "InvalidBase64PaddingDefect": "bad base64 padding",
    "InvalidBase64CharactersDefect": "bad characters in base64",
    "InvalidBase64LengthDefect": "truncated base64",
    "InvalidMultipartContentTransferEncodingDefect": "multipart with a transfer encoding",
    "NoBoundaryInMultipartDefect": "multipart without a boundary",
}


def parse_message(
    raw: bytes, *, text: str | None = None, sent_by_user: bool = False
) -> ParsedMessage:
    """Give the parsed form of raw RFC 5322 bytes; never raises.

    `text`, when given, is the decoded body a connector fetched apart from `raw`
    and is used as the body.
    """
    problems: list[str] = []
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = b""
        problems.append("no raw bytes given")
    raw = bytes(raw)
    if len(raw) > MAX_RAW_BYTES:
        raw = raw[:MAX_RAW_BYTES]
        problems.append(f"only the first {MAX_RAW_BYTES // (1024 * 1024)} MiB were read")
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
        problems.append("NUL bytes removed")
    items = None
    message: Message | None = None
    if text is not None:
        # The body came apart (an IMAP connector decodes its text part itself): reading
        # the MIME structure of the rest would be work thrown away, and most of the cost.
        raw = _header_block(raw)
        items = plain_headers(raw)
    if items is not None:
        headers = _Headers(items, problems)
    else:
        message = _parse_bytes(raw, problems, headers_only=text is not None)
        headers = _Headers(_raw_items(message, problems), problems)
    if text is not None:
        body = _clean_text(text, problems)
        if looks_like_html(body):
            body = _html(body, problems)
    else:
        assert message is not None
        body = _body_text(message, problems)
    if message is not None:
        _note_defects(message, problems)
    senders = headers.addresses("from")
    name, address = senders[0] if senders else ("", "")
    return ParsedMessage(
        subject=_one_line(headers.get("subject")),
        from_name=name,
        from_address=address,
        to=tuple(a for _, a in headers.addresses("to", "cc") if a),
        reply_to=next((a for _, a in headers.addresses("reply-to") if a), None),
        date=parse_date(headers.get("date")),
        message_id=_first_id(headers.get("message-id")),
        in_reply_to=_first_id(headers.get("in-reply-to")),
        references=tuple(_MSG_ID.findall(headers.get("references") or ""))[-50:],
        headers=headers.kept(),
        text=body[:MAX_TEXT_CHARS],
        sent_by_user=sent_by_user,
        problems=tuple(dict.fromkeys(problems)),
    )


def _parse_bytes(raw: bytes, problems: list[str], *, headers_only: bool = False) -> Message:
    """Give the parsed MIME structure, headers kept as the strings they arrived as.

    The stdlib parser with policy.compat32: this module decodes every header it
    needs itself (RFC 2047 through email.header, addresses through email.utils)
    and every body part through get_payload(decode=True), so the structured
    header objects of policy.default would only be built to be thrown away. On
    typical job mail that makes parsing about ten times faster (measured by
    bench/classify_speed.py), and nothing in a compat32 header can recurse or raise.
    """
    try:
        # headersonly also spares a multipart's boundary regex, compiled afresh per message.
        return BytesParser(policy=policy.compat32).parsebytes(raw, headersonly=headers_only)
    except _EMAIL_ERRORS as error:
        problems.append(f"unparseable message ({type(error).__name__})")
        return EmailMessage()


def _header_block(raw: bytes) -> bytes:
    """Give the header block of raw mail (up to and with its blank line), or all of it."""
    ends = [
        end + len(separator)
        for separator in (b"\r\n\r\n", b"\n\n")
        if (end := raw.find(separator)) >= 0
    ]
    return raw[: min(ends)] if ends else raw


def message_from_fields(
    *,
    subject: str | None,
    sender: str | None,
    body: str | None,
    date: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ParsedMessage:
    """Give a ParsedMessage for fields given apart (`nextround classify --jsonl`); HTML bodies are converted."""
    problems: list[str] = []
    text = _clean_text(body or "", problems)
    if looks_like_html(text):
        text = _html(text, problems)
    name, address = _sender(_clean_text(sender or "", problems))
    kept: dict[str, str] = {}
    for key, value in (headers or {}).items():
        lowered = str(key).strip().lower()
        if _keep_header(lowered):
            kept[lowered] = _one_line(str(value))[:MAX_HEADER_CHARS]
    return ParsedMessage(
        subject=_one_line(_clean_text(subject or "", problems)),
        from_name=name,
        from_address=address,
        reply_to=_first_address(kept.get("reply-to")),
        date=parse_date(date),
        headers=kept,
        text=text[:MAX_TEXT_CHARS],
        problems=tuple(dict.fromkeys(problems)),
    )


def parse_date(value: str | None) -> datetime | None:
    """Give a header date as timezone-aware UTC; None when missing or unparseable."""
    if not value or not value.strip():
        return None
    value = value.strip()[:200]
    usual = _usual_date(value)
    if usual is not None:
        return usual
    parsed: datetime | None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        try:
            parsed = date_parser.parse(value, fuzzy=False)
        except (ValueError, TypeError, OverflowError, IndexError, date_parser.ParserError):
            return None
    try:
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


# The date as nearly every mailer writes it: "Mon, 02 Nov 2026 04:04:00 +0000".
_USUAL_DATE = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"
    r"(?: \([A-Za-z]{1,5}\))?"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


def _usual_date(value: str) -> datetime | None:
    """Give a date in the usual form (see _USUAL_DATE) as parse_date would, in a regular
    expression and a constructor; None for any other form, or a day that does not exist."""
    match = _USUAL_DATE.fullmatch(value)
    if match is None:
        return None
    day, month_name, year, hour, minute, second, sign, zone_hours, zone_minutes = match.groups()
    month = _MONTHS.get(month_name)
    if month is None or year < "0100":
        return None  # the stdlib reads a year below 100 as 19xx or 20xx: its path decides
    offset = int(zone_hours) * 3600 + int(zone_minutes) * 60
    try:
        moment = datetime(
            int(year), month, int(day), int(hour), int(minute), int(second),
            tzinfo=timezone(timedelta(seconds=-offset if sign == "-" else offset)),
        )  # fmt: skip
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None  # "31 Feb", "24:00:00", a zone beyond a day: the general path decides


def _raw_items(message: Message, problems: list[str]) -> list[tuple[str, str]]:
    """Give a parsed message's headers as they arrived, none when they cannot be read."""
    try:
        return list(message.raw_items())
    except _EMAIL_ERRORS:
        problems.append("unreadable headers")
        return []


class _Headers:
    """Header values decoded (RFC 2047) without letting a malformed header raise."""

    def __init__(self, items: Iterable[tuple[str, str]], problems: list[str]) -> None:
        self._problems = problems
        self._raw: dict[str, list[str]] = {}
        for name, value in items:
            self._raw.setdefault(str(name).strip().lower(), []).append(str(value))

    def get(self, name: str) -> str | None:
        values = self._raw.get(name)
        return self._decode(values[0]) if values else None

    def addresses(self, *names: str) -> list[tuple[str, str]]:
        """Give (display name, address) pairs, split before decoding so an encoded comma stays in its name."""
        values = tuple(v for n in names for v in self._raw.get(n, ()))
        if not values:
            return []
        # The same senders and recipients come back message after message.
        read = _address_pairs if sum(map(len, values)) <= _REMEMBERED_CHARS else _read_addresses
        pairs, problems = read(values)
        self._problems.extend(problems)
        return list(pairs)

    def kept(self) -> dict[str, str]:
        return {
            name: _one_line(self._decode(values[0]))[:MAX_HEADER_CHARS]
            for name, values in self._raw.items()
            if _keep_header(name)
        }

    def _decode(self, value: str) -> str:
        return decode_header(value, self._problems)


_REMEMBERED_CHARS = 500
"""Address headers longer than this (a mail to a crowd) are read afresh, not remembered."""


def _read_addresses(
    values: tuple[str, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Give the (display name, address) pairs of address header values, and the problems met."""
    problems: list[str] = []
    raw = [_surrogates_out(value, problems) for value in values]
    pairs = tuple(
        (decode_header(display, problems), address) for display, address in _addresses(raw)
    )
    return pairs, tuple(problems)


_address_pairs = functools.lru_cache(maxsize=1024)(_read_addresses)
"""About 1 MB at most, however varied the mail: a big scan's readers count their memory."""


def decode_header(value: str, problems: list[str] | None = None) -> str:
    """Give a header value with RFC 2047 encoded words decoded, tolerating bad charsets."""
    if "=?" not in value:
        return _surrogates_out(value, problems)
    try:
        chunks = email.header.decode_header(value)
    except _EMAIL_ERRORS:
        if problems is not None:
            problems.append("malformed encoded header")
        return _surrogates_out(value, problems)
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            parts.append(chunk)
            continue
        # Whitespace between encoded words is already dropped, plain chunks keep theirs.
        decoded, problem = decode_bytes(chunk, charset)
        if problem and problems is not None:
            problems.append(f"header: {problem}")
        parts.append(decoded)
    return "".join(parts)


def _surrogates_out(value: str, problems: list[str] | None) -> str:
    """Give `value` with the surrogate escapes of undecodable 8-bit header bytes repaired."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    data = value.encode("utf-8", "surrogateescape")
    text, problem = decode_bytes(data, "utf-8")
    if problems is not None:
        problems.append("8-bit bytes in a header")
        if problem:
            problems.append(f"header: {problem}")
    return text


def _keep_header(name: str) -> bool:
    if name in KEPT_HEADERS:
        return True
    return name.startswith("x-") and any(hint in name for hint in _ATS_HEADER_HINTS)


def _body_text(message: Message, problems: list[str]) -> str:
    """Give the body as text: the plain part, else the HTML part converted, else any text part."""
    plain: Message | None = None
    html: Message | None = None
    try:
        parts: Iterable[Message] = list(message.walk())
    except _EMAIL_ERRORS:
        parts = [message]
        problems.append("unreadable MIME structure")
    for part in parts:
        try:
            if part.is_multipart():
                continue
            content_type = part.get_content_type()
            disposition = (part.get_content_disposition() or "").lower()
        except _EMAIL_ERRORS:
            problems.append("unreadable part header")
            continue
        if disposition == "attachment" or not content_type.startswith("text/"):
            continue
        if content_type == "text/plain" and plain is None:
            plain = part
        elif content_type == "text/html" and html is None:
            html = part
        elif (
            plain is None
            and html is None
            and content_type not in ("text/calendar", "text/x-vcard", "text/vcard")
        ):
            plain = part
    text = _part_text(plain, problems) if plain is not None else ""
    if text.strip():
        return text
    if html is not None:
        return _html(_part_text(html, problems), problems)
    return text


def _part_text(part: Message, problems: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
        charset = part.get_param("charset")
    except _EMAIL_ERRORS:
        problems.append("undecodable part")
        return ""
    if isinstance(charset, tuple):  # RFC 2231 form: (charset, language, value)
        charset = charset[2]
    if not isinstance(payload, bytes):
        return ""
    text, problem = decode_bytes(payload, str(charset) if charset else None)
    if problem:
        problems.append(problem)
    if (
        text.lstrip()[:1] == "<"
        and part.get_content_type() == "text/plain"
        and looks_like_html(text)
    ):
        problems.append("HTML in a text/plain part")
        return _html(text, problems)
    return _clean_text(text, problems)


def _html(html: str, problems: list[str]) -> str:
    try:
        return html_to_text(html)
    except AssertionError:
        # html.parser asserts on a few malformed declarations ("<![if"): keep the words.
        problems.append("malformed HTML")
        return re.sub(r"<[^>]*>", " ", html)


def _clean_text(text: str, problems: list[str]) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
        problems.append("NUL bytes removed")
    return _surrogates_out(text, problems)


def _note_defects(message: Message, problems: list[str]) -> None:
    try:
        defects = [d for part in message.walk() for d in getattr(part, "defects", [])]
    except _EMAIL_ERRORS:
        return
    for defect in defects:
        name = type(defect).__name__
        if name in _DEFECTS:
            problems.append(_DEFECTS[name])


def _sender(value: str | None) -> tuple[str, str]:
    pairs = _addresses([value] if value else [])
    if not pairs:
        return "", ""
    name, address = pairs[0]
    return decode_header(name), address


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """Give (display name, lower-cased address) pairs; unparseable entries are skipped."""
    if not values:
        return []
    pairs = _plain_addresses(values)
    if pairs is None:
        try:
            pairs = email.utils.getaddresses([v.replace("\n", " ") for v in values])
        except _EMAIL_ERRORS:
            return []
    return _normalized(pairs)


def _normalized(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    result = []
    for name, address in pairs:
        address = address.strip().lower()
        if address and "@" not in address:
            address = ""
        if name or address:
            result.append((_one_line(name).strip('"').strip(), address))
    return result


# One address in its everyday forms: "Name <a@b>", "\"Name\" <a@b>", "<a@b>" or "a@b", with
# none of RFC 5322's specials in the name. email.utils.getaddresses gives the same pair for
# these (tests/test_parse.py holds them side by side) at about a tenth of the cost.
_SPECIALS = r'"<>(),;:@\\\[\]'
_PLAIN_ADDRESS = re.compile(
    rf'\s*(?:"(?P<quoted>[^"\\]*)"|(?P<name>[^{_SPECIALS}]*?))\s*'
    rf"<(?P<bracketed>[^{_SPECIALS}\s]+@[^{_SPECIALS}\s]+)>\s*"
    rf"|\s*(?P<bare>[^{_SPECIALS}\s]+@[^{_SPECIALS}\s]+)\s*"
)


def _plain_addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """Give the pairs when every value is one plain address; None sends them to the full parser."""
    pairs = []
    for value in values:
        match = _PLAIN_ADDRESS.fullmatch(value)
        if match is None:
            return None
        name = match["quoted"] if match["quoted"] is not None else (match["name"] or "")
        pairs.append((name, match["bracketed"] or match["bare"]))
    return pairs


def _first_address(value: str | None) -> str | None:
    pairs = _addresses([value] if value else [])
    for _, address in pairs:
        if address:
            return address
    return None


def _first_id(value: str | None) -> str | None:
    if not value:
        return None
    match = _MSG_ID.search(value)
    if match:
        return match.group(0)
    value = value.strip()
    return f"<{value}>" if value and " " not in value and len(value) < 500 else None


def _one_line(value: str | None) -> str:
    if not value:
        return ""
    return " ".join(value.split())
