"""The connector protocol: what the core asks of a mail source and draft sink.

It lives in the core so that `tracker.sync` can type the connector it is handed
without importing `connectors` (the import direction of DESIGN.md runs the
other way). `connectors.base` re-exports everything here for connector authors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

# A cursor is owned by its connector: a JSON-serialisable mapping (IMAP keeps
# UIDVALIDITY and the last UID per folder, Gmail a historyId, Maildir the keys
# seen). The store keeps it as JSON next to the messages it covers.
Cursor = Mapping[str, Any]


@dataclass(frozen=True)
class FetchedMessage:
    """One message as a connector fetched it: enough to classify, never the whole mailbox."""

    provider_id: str
    """Stable id inside the account (IMAP folder:uidvalidity:uid, Gmail id, Maildir key)."""
    raw: bytes
    """RFC 5322 headers and the first part of the body (may be truncated); only the
    headers when `text` holds the body, decoded apart."""
    thread_key: str | None = None
    """The provider's thread id (Gmail threadId, X-GM-THRID) when it has one."""
    folder: str | None = None
    sent_by_user: bool = False
    """True for mail found in the user's sent folder or carrying Gmail's SENT label."""
    text: str | None = None
    """Decoded body text when the connector fetched it apart from `raw` (e.g. one IMAP part)."""
    truncated: bool = False


@dataclass(frozen=True)
class ScanBatch:
    """A batch of new messages and the cursor that is valid once they are stored."""

    messages: Sequence[FetchedMessage]
    cursor: Cursor
    done: int = 0
    """Messages handed out so far in this scan, this batch included (for progress)."""
    total: int | None = None
    """Messages this scan expects to hand out, when the connector knows."""


@dataclass(frozen=True)
class DraftReply:
    """A reply to save as a draft in the account that received the original."""

    subject: str
    body: str
    to: str | None
    in_reply_to: str | None
    references: tuple[str, ...] = ()
    thread_key: str | None = None
    from_address: str | None = None
    replaces_draft_id: str | None = None
    """The draft saved earlier for the same follow-up: replace it instead of adding a copy."""
    extra_headers: Mapping[str, str] = field(default_factory=dict)


def reply_subject(original: str) -> str:
    """Give "Re: <original>" without stacking "Re: Re:" and without line breaks."""
    subject = " ".join(original.replace("\r", " ").replace("\n", " ").split())
    stripped = re.sub(r"^(\s*(re|aw|sv|antw)\s*(\[\d+\])?\s*:\s*)+", "", subject, flags=re.I)
    return f"Re: {stripped}" if stripped else "Re: your message"


@runtime_checkable
class Connector(Protocol):
    """A mail account: scans for new mail and saves drafts. Never sends, never marks mail."""

    account: str

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        """Yield batches of mail that is new since `cursor` (everything when None).

        Raises a ConnectorError subclass for anything a person has to act on.
        """
        ...

    def save_draft(self, reply: DraftReply) -> str:
        """Save `reply` as a draft and give its provider id. Raises ConnectorError."""
        ...

    def describe_draft_location(self) -> str:
        """Say where drafts go, in the user's words ("Drafts folder of work")."""
        ...

    def close(self) -> None:
        """Release connections and files. Safe to call twice."""
        ...


@runtime_checkable
class OpensElsewhere(Protocol):
    """A connector that another process can open again, to fetch a big scan there."""

    def opener(self) -> Callable[[], Connector] | None:
        """Give a picklable callable that opens this account's connector anew (it
        connects on first use); None when it cannot be rebuilt in another process."""
        ...


class ConnectorError(Exception):
    """A failure a person can act on; `str(error)` is one sentence saying what to do.

    Messages never contain passwords or tokens.
    """

    def __init__(self, message: str, *, account: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.account = account

    def __str__(self) -> str:
        if self.account:
            return f"{self.account}: {self.message}"
        return self.message


class AuthError(ConnectorError):
    """Credentials were refused or have expired."""


class UnavailableError(ConnectorError):
    """The server could not be reached, or the connection dropped."""


class QuotaError(ConnectorError):
    """The provider is rate limiting us; try again later."""


class ProtocolError(ConnectorError):
    """The server answered something we cannot use (NO/BAD, malformed reply, missing folder)."""


class ConfigurationError(ConnectorError):
    """The account's settings cannot work (missing file, plain text to a remote host, ...)."""
