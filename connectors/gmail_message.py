"""Gmail message resources to FetchedMessage, and DraftReply to the RFC 5322 Gmail wants.

A scan asks messages.get for format "full": Gmail then sends the headers and the
decoded text parts but only an id for each attachment, so a PDF offer letter or
a newsletter's images never cross the wire (format "raw" sends the whole
message, attachments included, base64 encoded). From the full payload we
rebuild a small RFC 5322 message: the original headers and one text part of at
most TEXT_LIMIT characters, which is what the parser and the classifier read.
"""

from __future__ import annotations

import base64
import email.errors
import email.header
import email.policy
import re
from collections.abc import Iterator, Mapping
from email.headerregistry import HeaderRegistry
from typing import Any

from connectors.drafts import build_draft, one_line
from tracker.connector import DraftReply, FetchedMessage

TEXT_LIMIT = 8192
"""Characters of body text kept per message: "the first few KiB" of DESIGN.md."""

RAW_LIMIT = 65536
"""Bytes kept of a format "raw" message (headers stay whole; the body is cut)."""

# Headers that describe the original MIME structure; the rebuilt message has its own.
_STRUCTURAL = frozenset(
    {"content-type", "content-transfer-encoding", "mime-version", "content-disposition"}
)
_POLICY = email.policy.SMTP.clone(max_line_length=998)
_REGISTRY = HeaderRegistry()


def b64url(data: bytes) -> str:
    """Give unpadded base64url, the alphabet Gmail uses for `raw` and body data."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    """Give the bytes of base64url text, padded or not."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fetched_from_resource(resource: Mapping[str, Any]) -> FetchedMessage:
    """Give the FetchedMessage of a messages.get answer in format "full" or "raw"."""
    labels = resource.get("labelIds") or []
    provider_id = str(resource["id"])
    thread_key = str(resource["threadId"]) if resource.get("threadId") else None
    sent_by_user = "SENT" in labels
    if "raw" in resource:
        raw = unb64url(str(resource["raw"]))
        return FetchedMessage(
            provider_id=provider_id,
            raw=raw[:RAW_LIMIT],
            thread_key=thread_key,
            sent_by_user=sent_by_user,
            truncated=len(raw) > RAW_LIMIT,
        )
    payload = resource.get("payload") or {}
    part = _best_text_part(payload)
    text, truncated = ("", False) if part is None else _part_text(part)
    mime_type = "text/plain" if part is None else str(part.get("mimeType") or "text/plain")
    lines = [
        _encode_header(str(h.get("name") or ""), str(h.get("value") or ""))
        for h in payload.get("headers") or []
        if str(h.get("name") or "").lower() not in _STRUCTURAL and h.get("name")
    ]
    lines += [
        "MIME-Version: 1.0",
        f'Content-Type: {mime_type}; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii", "replace") + text.encode("utf-8")
    return FetchedMessage(
        provider_id=provider_id,
        raw=raw,
        thread_key=thread_key,
        sent_by_user=sent_by_user,
        text=text if mime_type == "text/plain" else None,
        truncated=truncated,
    )


def _walk(part: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield part
    for child in part.get("parts") or []:
        yield from _walk(child)


def _is_attachment(part: Mapping[str, Any]) -> bool:
    body = part.get("body") or {}
    return bool(part.get("filename")) or "attachmentId" in body


def _best_text_part(payload: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """Give the first inline text/plain part, else the first text/html one."""
    found: dict[str, Mapping[str, Any]] = {}
    for part in _walk(payload):
        kind = str(part.get("mimeType") or "").lower()
        if kind in ("text/plain", "text/html") and not _is_attachment(part):
            found.setdefault(kind, part)
    return found.get("text/plain") or found.get("text/html")


def _part_text(part: Mapping[str, Any]) -> tuple[str, bool]:
    """Give the decoded text of a part (cut at TEXT_LIMIT) and whether it was cut."""
    data = unb64url(str((part.get("body") or {}).get("data") or ""))
    charset = "utf-8"
    for header in part.get("headers") or []:
        if str(header.get("name") or "").lower() == "content-type":
            match = re.search(r'charset\s*=\s*"?([\w.:-]+)', str(header.get("value") or ""), re.I)
            if match:
                charset = match.group(1)
    try:
        text = data.decode(charset, "replace")
    except LookupError:  # an unknown charset name: utf-8 is the best guess today
        text = data.decode("utf-8", "replace")
    return text[:TEXT_LIMIT], len(text) > TEXT_LIMIT


def _encode_header(name: str, value: str) -> str:
    """Give one header line, with non-ASCII values encoded as RFC 2047 words."""
    name = one_line(name).replace(":", "")
    value = one_line(value)
    if value.isascii():
        return f"{name}: {value}"
    # Gmail shows header values decoded; the parser expects them encoded again, and an
    # address header must keep its address outside the encoded words.
    try:
        header = _REGISTRY(name, value)
        return header.fold(policy=_POLICY).rstrip("\r\n")
    except (email.errors.HeaderParseError, ValueError, IndexError, TypeError):
        return f"{name}: {email.header.Header(value, 'utf-8').encode(linesep=chr(13) + chr(10))}"


def draft_message(reply: DraftReply) -> bytes:
    """Give the RFC 5322 bytes of a reply draft, threaded by In-Reply-To and References."""
    return build_draft(reply).data
