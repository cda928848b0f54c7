"""The RFC 5322 message of a draft reply, shared by every connector (IMAP, Gmail, Maildir).

Every header value is made one line here, so nothing in a DraftReply (a
hostile subject quoted from a rejection, say) can inject a header.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid, parseaddr

from tracker.connector import DraftReply, reply_subject

log = logging.getLogger(__name__)

# Headers the draft writes itself: extra_headers may not replace them.
_OWN_HEADERS = frozenset(
    {
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references",
        "mime-version", "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # RFC 5322 ftext: printable ASCII except ':'
# Every character str.splitlines() breaks at (the email package folds at them), and NUL.
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\x00\x1c-\x1e\x85\u2028\u2029]+[ \t]*")
_POLICY = SMTP.clone(max_line_length=998)


def one_line(value: str) -> str:
    """Give `value` with every line break (and NUL) replaced by a space: no header injection."""
    return _LINE_BREAKS.sub(" ", value).strip()


def _message_id(value: str) -> str:
    """Give one Message-ID token: no whitespace or line breaks, angle brackets kept."""
    return "".join(one_line(value).split())


@dataclass(frozen=True)
class BuiltDraft:
    """The draft's bytes and the Message-ID they carry (to find it again without APPENDUID)."""

    data: bytes
    message_id: str


def build_draft(reply: DraftReply, *, default_from: str | None = None) -> BuiltDraft:
    """Give the draft for `reply`: threaded by In-Reply-To and References, one "Re:", a new Message-ID."""
    message = EmailMessage(policy=_POLICY)
    sender = one_line(reply.from_address or default_from or "")
    if sender:
        message["From"] = sender
    if reply.to and one_line(reply.to):
        message["To"] = one_line(reply.to)
    message["Subject"] = (
        reply_subject(reply.subject) if reply.in_reply_to else one_line(reply.subject)
    )
    message["Date"] = formatdate(localtime=True)
    # An explicit domain: make_msgid() would otherwise look up this host's name (DNS, slow offline).
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
    message["X-Nextround"] = "follow-up draft"
    message.set_content(reply.body)
    return BuiltDraft(data=message.as_bytes(), message_id=message_id)
