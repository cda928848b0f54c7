"""The RFC 5322 message of a draft reply, shared by every connector that saves raw mail."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from tracker.connector import DraftReply
from tracker.models import utcnow


def _one_line(value: str) -> str:
    """Strip CR and LF so a hostile subject cannot inject headers into the draft."""
    return " ".join(value.replace("\r", " ").replace("\n", " ").replace("\x00", "").split())


def compose_draft(
    reply: DraftReply, *, default_from: str | None = None, domain: str | None = None
) -> EmailMessage:
    """Give the draft as an email message: Re: subject, In-Reply-To, References, new Message-ID."""
    message = EmailMessage(policy=SMTP)
    sender = reply.from_address or default_from
    if sender:
        message["From"] = _one_line(sender)
    if reply.to:
        message["To"] = _one_line(reply.to)
    message["Subject"] = _one_line(reply.subject)
    message["Date"] = format_datetime(utcnow())
    # make_msgid would otherwise ask DNS for our host name, which hangs offline.
    message["Message-ID"] = make_msgid(domain=domain or _domain_of(sender) or "nextround.invalid")
    if reply.in_reply_to:
        message["In-Reply-To"] = _one_line(reply.in_reply_to)
    references = " ".join(_one_line(r) for r in reply.references if r.strip())
    if references:
        message["References"] = references
    for name, value in reply.extra_headers.items():
        message[_one_line(name)] = _one_line(value)
    message["X-Nextround"] = "follow-up draft"
    message.set_content(reply.body)
    return message


def _domain_of(address: str | None) -> str | None:
    if address and "@" in address:
        return address.rsplit("@", 1)[1].strip("<> ").lower() or None
    return None
