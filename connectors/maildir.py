"""Local mail: a Maildir (mbsync, offlineimap, the bundled demo) or an mbox file (exports).

Read-only on the scanned mail: files are only opened for reading, never moved from
new/ to cur/, never flagged. The only write is a new file in the Drafts Maildir.
"""

from __future__ import annotations

import hashlib
import logging
import mailbox
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from connectors.drafts import build_draft
from tracker.config import MaildirAccount, MboxAccount
from tracker.connector import (
    ConfigurationError,
    Cursor,
    DraftReply,
    FetchedMessage,
    ProtocolError,
    ScanBatch,
    UnavailableError,
)

log = logging.getLogger(__name__)

READ_LIMIT = 256 * 1024
"""Bytes read of each message: headers and the start of the text are all that classify."""

BATCH_SIZE = 200


def open_maildir(account: MaildirAccount, *, data_dir: Path) -> MaildirConnector:
    return MaildirConnector(account.name, account.path, drafts=account.drafts)


def open_mbox(account: MboxAccount, *, data_dir: Path) -> MboxConnector:
    return MboxConnector(account.name, account.path, drafts=account.drafts)


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


class _DraftsMaildir:
    """Saves drafts into a Maildir with the Draft and Seen flags."""

    def __init__(self, account: str, path: Path) -> None:
        self.account = account
        self.path = path

    def save(self, reply: DraftReply) -> str:
        try:
            drafts = mailbox.Maildir(self.path, create=True)
            message = mailbox.MaildirMessage(build_draft(reply).data)
            message.set_subdir("cur")
            message.set_flags("DS")
            key = drafts.add(message)
            if reply.replaces_draft_id and reply.replaces_draft_id != key:
                try:
                    drafts.remove(reply.replaces_draft_id)
                except KeyError:
                    log.info("%s: the earlier draft is gone already; saved a new one", self.account)
        except OSError as error:
            raise UnavailableError(
                f"cannot write the draft to {self.path} ({error.strerror})", account=self.account
            ) from None
        return key


def _raw_prefix(handle: BinaryIO, limit: int) -> tuple[bytes, bool]:
    data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


class _LocalMail:
    """What the Maildir and mbox connectors share: local files, drafts in a Maildir."""

    def __init__(
        self, account: str, path: Path, *, drafts: Path | None = None, batch_size: int = BATCH_SIZE
    ) -> None:
        self.account = account
        self.path = path.expanduser()
        self.batch_size = batch_size
        self._drafts = _DraftsMaildir(account, drafts or self._default_drafts())

    def _default_drafts(self) -> Path:
        return self.path.parent / "Drafts"

    def save_draft(self, reply: DraftReply) -> str:
        return self._drafts.save(reply)

    def describe_draft_location(self) -> str:
        return f"Drafts folder of {self.account} ({self._drafts.path})"

    def close(self) -> None:
        pass  # nothing stays open between calls


class MaildirConnector(_LocalMail):
    """A Maildir scanned for files delivered since the cursor's high-water mark."""

    def _default_drafts(self) -> Path:
        for candidate in (
            self.path / ".Drafts",
            self.path.parent / "Drafts",
            self.path.parent / ".Drafts",
        ):
            if _is_maildir(candidate):
                return candidate
        return self.path / ".Drafts"

    def _folders(self) -> list[tuple[str, Path, bool]]:
        """Give (name, path, sent) for the inbox and its Maildir++ subfolders except drafts and trash."""
        folders = [("INBOX", self.path, False)]
        for child in sorted(self.path.iterdir()):
            name = child.name
            if not name.startswith(".") or not _is_maildir(child):
                continue
            if name.lower() in (".drafts", ".trash", ".junk", ".spam"):
                continue
            folders.append((name[1:], child, name.lower() == ".sent"))
        return folders

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        if not _is_maildir(self.path):
            raise ConfigurationError(
                f"{self.path} is not a Maildir (it needs cur/, new/ and tmp/)", account=self.account
            )
        # The cursor is a high-water mark of change times (ctime), not modification
        # times: delivery renames a file into new/, which sets its ctime, while mtime
        # can be set to the message's Date (offlineimap's utime_from_header) and
        # would hide late-delivered old mail. Files whose flags changed come back
        # too; the store already has them. Keys at the mark itself are remembered.
        mark = int(cursor.get("ctime_ns", 0)) if cursor else 0
        at_mark = set(cursor.get("at_mark", ())) if cursor else set()
        found: list[tuple[int, str, Path, str, bool]] = []
        try:
            for folder, path, sent in self._folders():
                for sub in ("new", "cur"):
                    with os.scandir(path / sub) as entries:
                        for entry in entries:
                            if entry.name.startswith(".") or not entry.is_file():
                                continue
                            changed = entry.stat().st_ctime_ns
                            key = f"{folder}/{entry.name.split(':2,')[0]}"
                            if changed > mark or (changed == mark and key not in at_mark):
                                found.append((changed, key, Path(entry.path), folder, sent))
        except OSError as error:
            raise UnavailableError(
                f"cannot read {self.path} ({error.strerror})", account=self.account
            ) from None
        found.sort()
        total = len(found)
        for start in range(0, total, self.batch_size):
            chunk = found[start : start + self.batch_size]
            messages = []
            for changed, key, path, folder, sent in chunk:
                if changed > mark:
                    mark, at_mark = changed, set()
                at_mark.add(key)
                try:
                    with path.open("rb") as handle:
                        raw, truncated = _raw_prefix(handle, READ_LIMIT)
                except FileNotFoundError:
                    continue  # renamed by a mail client since listing: its new ctime brings it back
                except OSError as error:
                    raise UnavailableError(
                        f"cannot read {path} ({error.strerror})", account=self.account
                    ) from None
                messages.append(
                    FetchedMessage(
                        provider_id=key,
                        raw=raw,
                        folder=folder,
                        sent_by_user=sent,
                        truncated=truncated,
                    )
                )
            cursor_after = {"ctime_ns": mark, "at_mark": sorted(at_mark)}
            yield ScanBatch(
                messages=messages, cursor=cursor_after, done=start + len(chunk), total=total
            )


class MboxConnector(_LocalMail):
    """An mbox file, read from the byte offset where the last scan stopped."""

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        if not self.path.is_file():
            raise ConfigurationError(f"{self.path}: no such mbox file", account=self.account)
        offset = int(cursor.get("offset", 0)) if cursor else 0
        size = self.path.stat().st_size
        if offset > size:
            # The file was rewritten (a message deleted, compacted): read it all again;
            # content-derived ids keep the store from duplicating anything.
            offset = 0
        box = mailbox.mbox(self.path, create=False)
        try:
            try:
                keys = [int(key) for key in box.iterkeys()]
                # mailbox keeps each message's byte span in _toc: the spans make the cursor
                toc: dict[int, tuple[int, int]] = box._toc  # type: ignore[attr-defined]
                spans = [toc[key] for key in keys]
            except (OSError, mailbox.Error) as error:
                raise ProtocolError(
                    f"cannot read the mbox file {self.path} ({error})", account=self.account
                ) from None
            todo = [(key, span) for key, span in zip(keys, spans, strict=True) if span[0] >= offset]
            total = len(todo)
            for start in range(0, total, self.batch_size):
                chunk = todo[start : start + self.batch_size]
                messages = []
                for _key, (begin, end) in chunk:
                    raw, truncated = self._read(begin, end)
                    digest = hashlib.sha256(raw[:65536]).hexdigest()[:24]
                    messages.append(
                        FetchedMessage(provider_id=digest, raw=raw, truncated=truncated)
                    )
                last_end = chunk[-1][1][1]
                yield ScanBatch(
                    messages=messages,
                    cursor={"offset": last_end},
                    done=start + len(chunk),
                    total=total,
                )
        finally:
            box.close()

    def _read(self, begin: int, end: int) -> tuple[bytes, bool]:
        with self.path.open("rb") as handle:
            handle.seek(begin)
            length = end - begin
            data = handle.read(min(length, READ_LIMIT))
        # drop the mbox "From " separator line; what follows is the RFC 5322 message
        if data.startswith(b"From "):
            data = data.split(b"\n", 1)[1] if b"\n" in data else b""
        return data, length > READ_LIMIT
