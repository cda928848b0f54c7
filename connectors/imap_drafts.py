"""Drafts for IMAP: the message to APPEND, the folder to put it in, and its id.

Pure functions; the connector does the I/O. Every header value is stripped of
CR and LF here, so nothing in a DraftReply can inject a header.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid, parseaddr

from tracker.connector import DraftReply

log = logging.getLogger(__name__)

# Looked for, in order, when the server marks no folder \Drafts (RFC 6154).
DRAFTS_NAMES = ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts", "INBOX/Drafts")
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")

# Headers the connector writes itself: extra_headers may not replace them.
_OWN_HEADERS = frozenset(
    {
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references",
        "mime-version", "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # RFC 5322 ftext: printable ASCII except ':'
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def one_line(value: str) -> str:
    """Give `value` with every CR and LF replaced by a space (no header injection)."""
    return _LINE_BREAKS.sub(" ", value).strip()


def reply_subject(subject: str, *, is_reply: bool) -> str:
    """Give a one-line subject with a single "Re: " when it is a reply, never "Re: Re:"."""
    clean = one_line(subject)
    stripped = _REPLY_PREFIX.sub("", clean)
    if is_reply or stripped != clean:
        return f"Re: {stripped}"
    return clean


def _message_id(value: str) -> str:
    """Give one Message-ID token: no whitespace or line breaks, angle brackets kept."""
    return "".join(one_line(value).split())


@dataclass(frozen=True)
class BuiltDraft:
    """The bytes to APPEND and the Message-ID they carry."""

    data: bytes
    message_id: str


def build_draft(reply: DraftReply, *, default_from: str) -> BuiltDraft:
    """Give the RFC 5322 draft for `reply`, threaded by In-Reply-To and References."""
    message = EmailMessage()
    sender = one_line(reply.from_address or default_from)
    message["From"] = sender
    if reply.to and one_line(reply.to):
        message["To"] = one_line(reply.to)
    message["Subject"] = reply_subject(reply.subject, is_reply=bool(reply.in_reply_to))
    message["Date"] = formatdate(localtime=True)
    # An explicit domain: make_msgid() would otherwise look up this host's FQDN (DNS).
    address = parseaddr(sender)[1]
    domain = _message_id(address.rpartition("@")[2]) if "@" in address else ""
    message_id = make_msgid(domain=domain or "nextround.invalid")
    message["Message-ID"] = message_id
    references = [_message_id(ref) for ref in reply.references if _message_id(ref)]
    if reply.in_reply_to and _message_id(reply.in_reply_to):
        parent = _message_id(reply.in_reply_to)
        message["In-Reply-To"] = parent
        if parent not in references:
            references.append(parent)
    if references:
        message["References"] = " ".join(references)
    for name, value in reply.extra_headers.items():
        if not _HEADER_NAME.match(name) or name.lower() in _OWN_HEADERS:
            log.warning("draft header %r skipped: not a header the draft may carry", name[:40])
            continue
        message[name] = one_line(value)
    message.set_content(reply.body)
    return BuiltDraft(data=message.as_bytes(policy=SMTP), message_id=message_id)


def parse_appenduid(response: bytes | str | None) -> tuple[int, int] | None:
    """Give (uidvalidity, uid) from an APPEND response's [APPENDUID v u] code, if present."""
    if response is None:
        return None
    data = response.encode() if isinstance(response, str) else response
    match = _APPENDUID.search(data)
    return (int(match.group(1)), int(match.group(2))) if match else None


@dataclass(frozen=True)
class DraftId:
    """A draft's provider id, f"{folder}:{uidvalidity}:{uid}"."""

    folder: str
    uidvalidity: int
    uid: int

    def __str__(self) -> str:
        return f"{self.folder}:{self.uidvalidity}:{self.uid}"

    @classmethod
    def parse(cls, value: str) -> DraftId | None:
        """Give the parts of a draft id, None when it is not one of ours (folder may hold ':')."""
        folder, _, rest = value.rpartition(":")
        folder, _, validity = folder.rpartition(":")
        if not folder or not validity.isdigit() or not rest.isdigit():
            return None
        return cls(folder=folder, uidvalidity=int(validity), uid=int(rest))


FolderListing = Sequence[tuple[Sequence[bytes], object, str]]
"""imapclient's list_folders(): (flags, delimiter, name) per folder."""


def folders_with_flag(listing: FolderListing, flag: bytes) -> list[str]:
    """Give the names of folders that carry a SPECIAL-USE flag such as \\Drafts."""
    wanted = flag.lower()
    return [name for flags, _, name in listing if any(f.lower() == wanted for f in flags)]


def pick_drafts_folder(listing: FolderListing, configured: str | None) -> str | None:
    """Give the drafts folder: the configured one, the \\Drafts folder, then a common name."""
    if configured:
        return configured
    marked = folders_with_flag(listing, b"\\Drafts")
    if marked:
        return marked[0]
    names = [name for _, _, name in listing]
    for candidate in DRAFTS_NAMES:
        if candidate in names:
            return candidate
    by_lower = {name.lower(): name for name in names}
    for candidate in DRAFTS_NAMES:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def some_folders(names: Iterable[str], limit: int = 8) -> str:
    """Give a short list of folder names for an error message."""
    shown = sorted(names, key=lambda name: (name != "INBOX", name.lower()))
    text = ", ".join(shown[:limit])
    return text + (", ..." if len(shown) > limit else "") if text else "none"
