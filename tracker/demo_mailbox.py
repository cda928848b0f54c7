"""The bundled demo mailbox: an invented job search, written as a Maildir for `nextround demo`.

The messages live in `tracker/data/demo_mailbox.toml`; their dates are days before
"today", so a fresh demo always has follow-ups due, follow-ups pending and ghosted
applications. Writing is deterministic for a given day: same files, same names, same
bytes, which keeps the demo (and tests built on it) reproducible.
"""

from __future__ import annotations

import email.policy
import mailbox
import os
import re
import tomllib
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.classify.types import LABELS, Label

DEFAULT_TO = "Sam Doe <sam.doe@example.net>"
"""The demo's candidate: the recipient of every entry that names no `to`."""

MESSAGE_ID_DOMAIN = "nextround.invalid"

_DATA_FILE = "demo_mailbox.toml"
# How message files are serialised. At the default 78 columns, CPython moves a header
# value of 70-77 characters whole onto a continuation line, and its own parser then
# reads it back with a leading space (" Re: ..."). RFC 5322's hard limit of 998 keeps
# every demo header on one line; bodies were already encoded for 78 by set_content.
_FILE_POLICY = email.policy.default.clone(max_line_length=998)
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
# RFC 5322 field names: printable ASCII except the colon.
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")
_FIELDS = frozenset(
    {
        "id",
        "days_ago",
        "hour",
        "from",
        "to",
        "subject",
        "body",
        "html",
        "headers",
        "in_reply_to",
        "sent",
        "label",
        "paused",
    }
)
# The writer sets these from the entry's own fields; a second copy through `headers`
# would make a message with two Date or two Content-Type headers.
_RESERVED_HEADERS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)


@dataclass(frozen=True)
class DemoEntry:
    """One message of the demo mailbox, validated."""

    key: str
    """Short stable key: the entry's `id`, or "msg-NN" from its position when it has none."""
    days_ago: int
    hour: int
    minute: int
    """Not in the data file: derived from the key so that times look lived-in yet stay fixed."""
    sender: str
    to: str
    subject: str
    body: str
    label: Label
    """What the classifier should say about this message."""
    html: bool = False
    """The body is HTML and is sent as text/html only."""
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: str | None = None
    """Key of the earlier entry this one answers."""
    sent: bool = False
    """Mail the candidate sent: written to the .Sent folder."""
    paused: bool = False
    """A hiring freeze or role on hold: the application is paused. Labelled rejection when the
    mail lets the candidate go, other when the role is only on hold for now."""

    @property
    def message_id(self) -> str:
        """Give the entry's Message-ID, with angle brackets."""
        return f"<demo-{self.key}@{MESSAGE_ID_DOMAIN}>"

    def sent_at(self, today: date) -> datetime:
        """Give when the message was sent, in UTC, for a demo written on `today`."""
        day = today - timedelta(days=self.days_ago)
        return datetime.combine(day, time(self.hour, self.minute), tzinfo=UTC)


def demo_entries() -> list[DemoEntry]:
    """Give the bundled demo mailbox's entries, in file order (validated once, then cached)."""
    return list(_bundled_entries())


def expected_labels() -> dict[str, str]:
    """Give the label each bundled message should get, keyed by its Message-ID.

    Paused entries (hiring freeze, role on hold) are labelled as the classifier labels
    them: "rejection" when the mail lets the candidate go, "other" when it keeps them
    in play; `DemoEntry.paused` tells them apart.
    """
    return {entry.message_id: entry.label for entry in _bundled_entries()}


def write_demo_maildir(root: Path, *, today: date | None = None) -> Path:
    """Give `root` after writing the demo mailbox into it as a Maildir.

    Received mail goes to the inbox's new/ (unseen), mail the candidate sent to the
    Maildir++ folder .Sent (seen), and an empty .Drafts waits for follow-up drafts.
    `today` (default: the current UTC date) anchors every message's date. `root` must
    not exist yet or be empty: the demo never mixes its mail into a real mailbox.
    """
    day = today if today is not None else datetime.now(UTC).date()
    if root.exists():
        if not root.is_dir() or any(root.iterdir()):
            raise FileExistsError(
                f"{root} is not an empty directory; write the demo mailbox to a new one"
            )
        # mailbox.Maildir only lays out cur/new/tmp when it creates the directory itself.
        root.rmdir()
    root.parent.mkdir(parents=True, exist_ok=True)
    inbox = mailbox.Maildir(root, create=True)
    inbox.add_folder("Drafts")
    inbox.add_folder("Sent")
    sent_folder = root / ".Sent"

    entries = _bundled_entries()
    by_key = {entry.key: entry for entry in entries}
    for entry in entries:
        message = _build_message(entry, today=day, entries=by_key)
        folder = sent_folder if entry.sent else root
        _deliver(folder, entry, message, entry.sent_at(day), seen=entry.sent, colon=inbox.colon)
    return root


def _build_message(
    entry: DemoEntry, *, today: date, entries: Mapping[str, DemoEntry]
) -> EmailMessage:
    """Give the RFC 5322 message for `entry`, dated relative to `today`.

    `entries` maps keys to entries, to thread a reply under the messages it answers.
    """
    message = EmailMessage()
    message["From"] = entry.sender
    message["To"] = entry.to
    message["Subject"] = entry.subject
    message["Date"] = format_datetime(entry.sent_at(today))
    message["Message-ID"] = entry.message_id
    references = _references(entry, entries)
    if references:
        message["In-Reply-To"] = references[-1]
        message["References"] = " ".join(references)
    for name, value in entry.headers:
        message[name] = value
    message.set_content(entry.body, subtype="html" if entry.html else "plain")
    return message


def parse_demo_mailbox(text: str) -> list[DemoEntry]:
    """Give the validated entries of a demo mailbox document (TOML, [[message]] tables).

    Raises ValueError naming the entry and the field for anything wrong.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"demo mailbox: not valid TOML ({error})") from error
    unknown = sorted(set(document) - {"message"})
    if unknown:
        raise ValueError(f"demo mailbox: unknown top-level key {unknown[0]!r}; use [[message]]")
    tables = document.get("message")
    if not isinstance(tables, list) or not tables:
        raise ValueError("demo mailbox: no [[message]] entries")

    entries: list[DemoEntry] = []
    by_key: dict[str, DemoEntry] = {}
    for position, table in enumerate(tables, start=1):
        entry = _EntryReader(position, table, by_key).entry()
        by_key[entry.key] = entry
        entries.append(entry)
    return entries


@cache
def _bundled_entries() -> tuple[DemoEntry, ...]:
    text = (resources.files("tracker") / "data" / _DATA_FILE).read_text(encoding="utf-8")
    return tuple(parse_demo_mailbox(text))


def _references(entry: DemoEntry, entries: Mapping[str, DemoEntry]) -> tuple[str, ...]:
    """Give the Message-IDs of the thread above `entry`, oldest first (RFC 5322 References)."""
    chain: list[str] = []
    parent_key = entry.in_reply_to
    while parent_key is not None:
        parent = entries[parent_key]
        chain.append(parent.message_id)
        parent_key = parent.in_reply_to
    return tuple(reversed(chain))


def _deliver(
    folder: Path,
    entry: DemoEntry,
    message: EmailMessage,
    when: datetime,
    *,
    seen: bool,
    colon: str,
) -> None:
    """Write `message` into a Maildir folder the way a delivery agent does (tmp/, then rename).

    mailbox.Maildir.add names files after the clock, the pid and the host; the demo
    names them after the date and the key instead, so a given day always gives the
    same files.
    """
    stamp = int(when.timestamp())
    name = f"{stamp}.demo-{entry.key}.nextround"
    staged = folder / "tmp" / name
    staged.write_bytes(message.as_bytes(policy=_FILE_POLICY))
    final = folder / "cur" / f"{name}{colon}2,S" if seen else folder / "new" / name
    os.replace(staged, final)
    # Mail readers show a Maildir file's mtime as its arrival time.
    os.utime(final, (stamp, stamp))


class _EntryReader:
    """Reads one [[message]] table, with errors that name the entry."""

    def __init__(self, position: int, table: object, earlier: Mapping[str, DemoEntry]) -> None:
        self.position = position
        self.earlier = earlier
        self.name = f"#{position}"
        if not isinstance(table, dict):
            raise self.fail("is not a table")
        self.table: dict[str, Any] = table
        entry_id = table.get("id")
        if isinstance(entry_id, str):
            self.name = f"#{position} (id {entry_id!r})"
        elif isinstance(table.get("subject"), str):
            self.name = f"#{position} (subject {table['subject']!r})"

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"demo mailbox entry {self.name}: {problem}")

    def entry(self) -> DemoEntry:
        unknown = sorted(set(self.table) - _FIELDS)
        if unknown:
            raise self.fail(f"unknown field {unknown[0]!r}")
        key = self._key()
        days_ago = self._integer("days_ago", low=0, high=3650)
        checksum = zlib.crc32(key.encode())
        hour = self._integer("hour", low=0, high=23, default=8 + checksum % 11)
        label = self._label()
        sent = self._flag("sent")
        paused = self._flag("paused")
        if paused and label not in ("rejection", "other"):
            raise self.fail('paused = true needs label = "rejection" or "other"')
        if sent and "to" not in self.table:
            raise self.fail("sent mail needs a `to`")
        html = self._flag("html")
        body = self._text("body")
        if html and "<" not in body:
            raise self.fail("html = true but the body has no HTML markup")
        entry = DemoEntry(
            key=key,
            days_ago=days_ago,
            hour=hour,
            minute=(checksum >> 8) % 60,
            sender=self._address("from"),
            to=self._address("to", default=DEFAULT_TO),
            subject=self._header_text("subject"),
            body=body,
            label=label,
            html=html,
            headers=self._headers(),
            in_reply_to=self._parent(),
            sent=sent,
            paused=paused,
        )
        if entry.in_reply_to is not None:
            parent = self.earlier[entry.in_reply_to]
            reference_day = date(2000, 1, 1)
            if entry.sent_at(reference_day) <= parent.sent_at(reference_day):
                raise self.fail(
                    f"answers {entry.in_reply_to!r} but is not dated after it "
                    "(raise days_ago of the original or the hour of the reply)"
                )
        return entry

    def _key(self) -> str:
        if "id" not in self.table:
            key = f"msg-{self.position:02d}"
        else:
            key = self._text("id")
            if not _KEY.match(key):
                raise self.fail("id must be lower-case letters, digits and '-', at most 48")
        if key in self.earlier:
            raise self.fail(f"duplicate id {key!r}")
        return key

    def _text(self, field: str, *, default: str | None = None) -> str:
        value = self.table.get(field, default)
        if value is None:
            raise self.fail(f"missing `{field}`")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"`{field}` must be a non-empty string")
        return value

    def _header_text(self, field: str, *, default: str | None = None) -> str:
        value = self._text(field, default=default)
        if "\n" in value or "\r" in value:
            raise self.fail(f"`{field}` must be a single line")
        return value

    def _address(self, field: str, *, default: str | None = None) -> str:
        value = self._header_text(field, default=default)
        _, address = parseaddr(value)
        local, _, domain = address.partition("@")
        if not local or "." not in domain:
            raise self.fail(f'`{field}` must be "Display Name <user@domain>" or an address')
        return value

    def _integer(self, field: str, *, low: int, high: int, default: int | None = None) -> int:
        value = self.table.get(field, default)
        if value is None:
            raise self.fail(f"missing `{field}`")
        # bool is an int subclass in Python; `hour = true` is a mistake, not 1.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"`{field}` must be a whole number from {low} to {high}")
        return value

    def _flag(self, field: str) -> bool:
        value = self.table.get(field, False)
        if not isinstance(value, bool):
            raise self.fail(f"`{field}` must be true or false")
        return value

    def _label(self) -> Label:
        value = self._text("label")
        for label in LABELS:
            if value == label:
                return label
        raise self.fail(f"`label` must be one of {', '.join(LABELS)}, not {value!r}")

    def _headers(self) -> tuple[tuple[str, str], ...]:
        table = self.table.get("headers", {})
        if not isinstance(table, dict):
            raise self.fail("`headers` must be a table of name = value")
        headers: list[tuple[str, str]] = []
        for name, value in table.items():
            if not _HEADER_NAME.match(name):
                raise self.fail(f"header name {name!r} is not a valid field name")
            if name.lower() in _RESERVED_HEADERS:
                raise self.fail(f"header {name!r} is set by the writer; use the entry's fields")
            if not isinstance(value, str) or not value.strip() or "\n" in value or "\r" in value:
                raise self.fail(f"header {name!r} must be a non-empty single-line string")
            headers.append((name, value))
        return tuple(headers)

    def _parent(self) -> str | None:
        if "in_reply_to" not in self.table:
            return None
        parent = self._text("in_reply_to")
        if parent not in self.earlier:
            raise self.fail(f"in_reply_to {parent!r} is not the id of an earlier entry")
        return parent
