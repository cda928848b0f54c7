"""The IMAP connector: batched, read-only scans by UID, drafts by APPEND, IDLE for `watch`.

Read-only by construction: folders are opened with EXAMINE and bodies fetched
with BODY.PEEK, so nothing is marked read. The only writes are APPEND of a draft
and, when a draft replaces an earlier one, STORE \\Deleted + UID EXPUNGE of that
one UID in the drafts folder (never a plain EXPUNGE).

The cursor is {"folders": {name: {"uidvalidity": int, "last_uid": int}}}: a
folder whose UIDVALIDITY changed is scanned again from UID 1, and the store
deduplicates the messages it already has by Message-ID.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Protocol, cast

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from connectors import imap_fetch
from connectors.base import (
    ConfigurationError,
    Cursor,
    DraftReply,
    FetchedMessage,
    ProtocolError,
    ScanBatch,
    UnavailableError,
)
from connectors.imap_drafts import (
    DRAFT_FLAGS,
    DraftId,
    FolderListing,
    build_draft,
    folders_with_flag,
    parse_appenduid,
    pick_drafts_folder,
    some_folders,
)
from connectors.imap_errors import imap_boundary
from connectors.imap_parts import (
    TextPart,
    chunked,
    decode_part,
    find_text_part,
    group_by_section,
)
from tracker.secrets import SecretError, resolve_password

if TYPE_CHECKING:
    from tracker.config import ImapAccount

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 200
"""UIDs per FETCH: large enough to amortise round trips (and to be read on workers, see
tracker.reading.PARALLEL_FROM), small enough for the command line; and each batch
held in flight costs memory (200 rather than 500: a 20,000-message scan's process
peaks about 30 MB lower, no slower in turns)."""
POLL_INTERVAL = 5.0
"""Seconds between NOOPs when the server has no IDLE."""
IDLE_RENEW = 20 * 60.0
"""RFC 2177: re-issue IDLE at least every 29 minutes so the server does not log us out."""


class ClientFactory(Protocol):
    """Makes a connected, not yet logged-in imapclient (IMAPClient's own signature)."""

    def __call__(
        self,
        host: str,
        port: int,
        *,
        ssl: bool,
        ssl_context: ssl.SSLContext | None,
        timeout: float,
    ) -> IMAPClient: ...


def is_loopback(host: str) -> bool:
    """Give True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_security(account: ImapAccount) -> None:
    """Refuse settings that cannot work or would send the password in clear (before any I/O)."""
    if account.security == "plain":
        if not is_loopback(account.host):
            raise ConfigurationError(
                f"security = plain would send the password unencrypted to {account.host}; "
                f"use security = tls or starttls (plain is only for loopback test servers)",
                account=account.name,
            )
        if not account.allow_plain_loopback:
            raise ConfigurationError(
                f"security = plain to {account.host} needs allow_plain_loopback = true; "
                f"otherwise use security = tls or starttls",
                account=account.name,
            )
    if account.ca_file is not None and not Path(account.ca_file).is_file():
        raise ConfigurationError(
            f"ca_file {account.ca_file} does not exist; point it at the server's CA certificate",
            account=account.name,
        )


def make_ssl_context(account: ImapAccount) -> ssl.SSLContext:
    """Give a verifying TLS context, trusting ca_file when set."""
    cafile = str(account.ca_file) if account.ca_file else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as error:
        raise ConfigurationError(
            f"ca_file {account.ca_file} is not a readable PEM certificate ({error}); "
            f"point ca_file at the server's CA certificate",
            account=account.name,
        ) from None


@dataclass(frozen=True)
class FolderState:
    """Where the last scan of one folder stopped."""

    uidvalidity: int
    last_uid: int

    def as_json(self) -> dict[str, int]:
        return {"uidvalidity": self.uidvalidity, "last_uid": self.last_uid}


def read_cursor(cursor: Cursor | None) -> dict[str, FolderState]:
    """Give the per-folder states in a cursor; unknown or malformed entries are dropped."""
    folders = (cursor or {}).get("folders")
    states: dict[str, FolderState] = {}
    if not isinstance(folders, Mapping):
        return states
    for name, entry in folders.items():
        if not isinstance(entry, Mapping):
            continue
        validity, last = entry.get("uidvalidity"), entry.get("last_uid")
        if isinstance(validity, int) and isinstance(last, int) and last >= 0:
            states[str(name)] = FolderState(uidvalidity=validity, last_uid=last)
    return states


def write_cursor(states: Mapping[str, FolderState]) -> dict[str, Any]:
    """Give the JSON-able cursor for per-folder states."""
    return {"folders": {name: state.as_json() for name, state in states.items()}}


@dataclass(frozen=True)
class _FolderPlan:
    """What one scan fetches from one folder."""

    folder: str
    uidvalidity: int
    uids: Sequence[int]
    start: FolderState
    sent: bool


def _fetch_items(gmail: bool, fetch_bytes: int) -> list[str]:
    items = [
        "BODY.PEEK[HEADER]",
        f"BODY.PEEK[TEXT]<0.{fetch_bytes}>",
        "BODYSTRUCTURE",
        "RFC822.SIZE",
    ]
    if gmail:
        items.append("X-GM-THRID")
    return items


def _bytes(value: object) -> bytes:
    return value if isinstance(value, bytes) else b""


class _PlainAccount(SimpleNamespace):
    """An account's settings as plain values, for the process that fetches a big scan:
    unpickling an ImapAccount there would import every config model (about 13 MB)."""

    @property
    def effective_port(self) -> int:
        port: int = self.port_in_effect
        return port


def _plain_copy(account: ImapAccount) -> ImapAccount:
    """Give `account`'s values (a stored password stays a SecretStr) as a `_PlainAccount`,
    which the connector reads as it reads the settings: by attribute."""
    if isinstance(account, _PlainAccount):
        return account
    copy = _PlainAccount(**dict(account), port_in_effect=account.effective_port)
    return cast("ImapAccount", copy)


class ImapConnector:
    """One IMAP account: scans folders by UID, saves drafts, waits for new mail.

    Connects on first use and keeps the connection until close(); a dropped
    connection is replaced on the next call.
    """

    def __init__(
        self,
        account: ImapAccount,
        *,
        client_factory: ClientFactory | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        check_security(account)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.account = account.name
        self._settings = account
        self._factory: ClientFactory = client_factory or IMAPClient
        self._batch_size = batch_size
        self._client: IMAPClient | None = None
        self._listing: FolderListing | None = None
        self._drafts_folder: str | None = account.drafts_folder
        self._seen_uidnext: dict[str, int] = {}

    def __repr__(self) -> str:
        settings = self._settings
        return (
            f"ImapConnector(account={self.account!r}, host={settings.host!r}, "
            f"port={settings.effective_port}, security={settings.security!r})"
        )

    def opener(self) -> Callable[[], ImapConnector] | None:
        """Give a picklable callable that opens this account again (see `OpensElsewhere`):
        a big scan fetches in a process of its own. None with a client factory of the
        caller's, which another process could not rebuild."""
        if self._factory is not IMAPClient:
            return None
        return functools.partial(
            ImapConnector, _plain_copy(self._settings), batch_size=self._batch_size
        )

    # -- connection -----------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        settings = self._settings
        try:
            password = resolve_password(settings)
        except SecretError as error:
            # SecretError already says which account; keep one prefix.
            message = str(error).removeprefix(f"{self.account}: ")
            raise ConfigurationError(message, account=self.account) from None
        context = None if settings.security == "plain" else make_ssl_context(settings)
        with imap_boundary(settings, f"connecting to {settings.host}"):
            client = self._factory(
                settings.host,
                settings.effective_port,
                ssl=settings.security == "tls",
                ssl_context=context,
                timeout=settings.timeout.total_seconds(),
            )
            _quiet_imaplib(client)
            try:
                if settings.security == "starttls":
                    if b"STARTTLS" not in client.capabilities():
                        raise ConfigurationError(
                            f"{settings.host}:{settings.effective_port} does not offer STARTTLS; "
                            f"use security = tls (usually port 993)",
                            account=self.account,
                        )
                    client.starttls(context)
                client.login(settings.username, password)
            except BaseException:
                _shutdown(client)
                raise
        log.info("%s: logged in to %s as %s", self.account, settings.host, settings.username)
        return client

    def _ensure_client(self) -> IMAPClient:
        """Give a live, logged-in client, replacing one the server has dropped."""
        if self._client is not None:
            try:
                self._client.noop()
                return self._client
            except (OSError, EOFError, IMAPClientError, ssl.SSLError):
                # Idle connections are dropped by servers and NATs: start a fresh one.
                self._discard_client()
        self._client = self._connect()
        return self._client

    def _discard_client(self) -> None:
        if self._client is not None:
            _shutdown(self._client)
        self._client = None
        self._listing = None

    def _guarded(self, action: str) -> _Guard:
        return _Guard(self, action)

    def _folders(self, client: IMAPClient) -> FolderListing:
        if self._listing is None:
            self._listing = client.list_folders()
        return self._listing

    def _refuse_missing(self, client: IMAPClient, folder: str, *, what: str, fix: str) -> None:
        """Raise a ProtocolError naming real folders when `folder` does not exist; else return."""
        names = [name for _, _, name in self._folders(client)]
        if folder not in names:
            raise ProtocolError(
                f"{what} {folder!r} does not exist on {self._settings.host}; folders there "
                f"include {some_folders(names)}; {fix}",
                account=self.account,
            ) from None

    def _examine(self, client: IMAPClient, folder: str) -> dict[bytes, Any]:
        """Give the EXAMINE response of `folder`; ProtocolError naming real folders if missing."""
        try:
            info: dict[bytes, Any] = client.select_folder(folder, readonly=True)
        except IMAPClientError as error:
            if isinstance(error, IMAPClientAbortError):
                raise
            self._refuse_missing(client, folder, what="folder", fix="fix folders in the config")
            raise
        return info

    # -- scan -----------------------------------------------------------------------

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        """Yield batches of mail new since `cursor`, each with the cursor valid after it.

        Raises a ConnectorError; batches yielded before it stay valid.
        """
        before = read_cursor(cursor)
        states = dict(before)
        with self._guarded("listing new mail"):
            client = self._ensure_client()
            plans = [
                self._plan(client, folder, before.get(folder)) for folder in self._folders_to_scan()
            ]
        total = sum(len(plan.uids) for plan in plans)
        done = 0
        # A folder's start state is safe to store at once: its last_uid only moves after a batch.
        states.update((plan.folder, plan.start) for plan in plans)
        handed_out = write_cursor(before)
        selected = plans[-1].folder if plans else None
        for plan in plans:
            if not plan.uids:
                continue
            if selected != plan.folder:
                with self._guarded(f"opening {plan.folder}"):
                    info = self._examine(client, plan.folder)
                selected = plan.folder
                if int(info.get(b"UIDVALIDITY", -1)) != plan.uidvalidity:
                    log.warning(
                        "%s: %s changed during the scan; the next scan reads it again",
                        self.account,
                        plan.folder,
                    )
                    continue
            for uids in chunked(plan.uids, self._batch_size):
                with self._guarded(f"fetching mail from {plan.folder}"):
                    messages = self._fetch(client, plan, uids)
                done += len(messages)
                states[plan.folder] = FolderState(plan.uidvalidity, max(uids))
                handed_out = write_cursor(states)
                yield ScanBatch(messages=messages, cursor=handed_out, done=done, total=total)
        if write_cursor(states) != handed_out:
            # No mail left to hand out, but a folder was seen for the first time or its
            # UIDVALIDITY changed: hand out the cursor that records it.
            yield ScanBatch(messages=(), cursor=write_cursor(states), done=done, total=total)

    def _folders_to_scan(self) -> list[str]:
        return list(dict.fromkeys(self._settings.folders))

    def _plan(self, client: IMAPClient, folder: str, state: FolderState | None) -> _FolderPlan:
        info = self._examine(client, folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = int(info.get(b"UIDNEXT", 0))
        self._seen_uidnext[folder] = uidnext
        if state is None or state.uidvalidity != uidvalidity:
            if state is not None:
                log.info("%s: UIDVALIDITY of %s changed; reading it again", self.account, folder)
            start = FolderState(uidvalidity, 0)
        else:
            start = state
        first = start.last_uid + 1
        if uidnext and uidnext <= first:
            uids: list[int] = []  # UIDNEXT says nothing is new: skip the SEARCH
        else:
            # UID SEARCH n:* answers the highest UID even when it is below n: filter.
            uids = sorted(uid for uid in client.search(["UID", f"{first}:*"]) if uid >= first)
        sent = folder in folders_with_flag(self._folders(client), b"\\Sent")
        return _FolderPlan(
            folder=folder, uidvalidity=uidvalidity, uids=uids, start=start, sent=sent
        )

    def _fetch(
        self, client: IMAPClient, plan: _FolderPlan, uids: list[int]
    ) -> list[FetchedMessage]:
        """Give the messages for `uids`: one FETCH for all, one more per text-part section."""
        settings = self._settings
        gmail = b"X-GM-EXT-1" in client.capabilities()
        text_key = b"BODY[TEXT]<0>"
        response = imap_fetch.fetch(client, uids, _fetch_items(gmail, settings.fetch_bytes))
        parts: dict[int, TextPart] = {}
        texts: dict[int, str] = {}
        for uid, data in response.items():
            part = find_text_part(data.get(b"BODYSTRUCTURE"))
            if part is None:
                continue
            if part.section == "TEXT":
                texts[uid] = decode_part(_bytes(data.get(text_key)), part)
            else:
                parts[uid] = part
        for section, section_uids in group_by_section(parts.items()).items():
            key = f"BODY[{section}]<0>".encode()
            fetched = imap_fetch.fetch(
                client, section_uids, [f"BODY.PEEK[{section}]<0.{settings.fetch_bytes}>"]
            )
            for uid, data in fetched.items():
                texts[uid] = decode_part(_bytes(data.get(key)), parts[uid])
        messages: list[FetchedMessage] = []
        for uid in uids:
            data = response.get(uid)
            if data is None:
                continue  # expunged between SEARCH and FETCH
            header = _bytes(data.get(b"BODY[HEADER]"))
            body = _bytes(data.get(text_key))
            size = data.get(b"RFC822.SIZE")
            thread = data.get(b"X-GM-THRID")
            messages.append(
                FetchedMessage(
                    provider_id=f"{plan.folder}:{plan.uidvalidity}:{uid}",
                    # The text part decoded apart holds all a reader needs of the body;
                    # carrying its raw bytes too only costs memory and copying.
                    raw=header if uid in texts else header + body,
                    thread_key=str(thread) if thread is not None else None,
                    folder=plan.folder,
                    sent_by_user=plan.sent,
                    text=texts.get(uid),
                    truncated=isinstance(size, int) and size > len(header) + len(body),
                )
            )
        return messages

    # -- drafts ---------------------------------------------------------------------

    def describe_draft_location(self) -> str:
        """Say where drafts go, e.g. "Drafts folder of work (imap.example.com)"."""
        folder = self._drafts_folder or "Drafts"
        return f"{folder} folder of {self.account} ({self._settings.host})"

    def save_draft(self, reply: DraftReply) -> str:
        """Save `reply` in the drafts folder and give its id, f"{folder}:{uidvalidity}:{uid}"."""
        built = build_draft(reply, default_from=self._settings.username)
        with self._guarded("saving a draft"):
            client = self._ensure_client()
            folder = self._find_drafts_folder(client)
            try:
                response = client.append(folder, built.data, flags=DRAFT_FLAGS)
            except IMAPClientError as error:
                if isinstance(error, IMAPClientAbortError):
                    raise
                self._refuse_missing(client, folder, what="drafts folder", fix="fix drafts_folder")
                raise
            appended = parse_appenduid(response)
            if appended is None:
                appended = self._find_by_message_id(client, folder, built.message_id)
            draft = DraftId(folder=folder, uidvalidity=appended[0], uid=appended[1])
            if reply.replaces_draft_id and reply.replaces_draft_id != str(draft):
                self._remove_old_draft(client, folder, reply.replaces_draft_id)
        log.info("%s: saved draft %s", self.account, draft)
        return str(draft)

    def _find_drafts_folder(self, client: IMAPClient) -> str:
        folder = pick_drafts_folder(self._folders(client), self._settings.drafts_folder)
        if folder is None:
            names = [name for _, _, name in self._folders(client)]
            raise ConfigurationError(
                f"{self._settings.host} marks no folder as \\Drafts and has none named Drafts "
                f"(folders: {some_folders(names)}); set drafts_folder for this account",
                account=self.account,
            )
        self._drafts_folder = folder
        return folder

    def _find_by_message_id(
        self, client: IMAPClient, folder: str, message_id: str
    ) -> tuple[int, int]:
        """Give (uidvalidity, uid) of the draft just appended, for servers without UIDPLUS."""
        info = client.select_folder(folder, readonly=True)
        found = client.search(["HEADER", "Message-ID", message_id])
        if not found:
            raise ProtocolError(
                f"{self._settings.host} accepted the draft but it cannot be found in {folder}; "
                f"look for it in your mail program",
                account=self.account,
            )
        return int(info[b"UIDVALIDITY"]), max(found)

    def _remove_old_draft(self, client: IMAPClient, folder: str, old_id: str) -> None:
        """Delete the replaced draft by UID only; leave it (and log) whenever that is unsafe."""
        old = DraftId.parse(old_id)
        if old is None or old.folder != folder:
            log.warning(
                "%s: earlier draft %s is not in %s; left as it is", self.account, old_id, folder
            )
            return
        info = client.select_folder(folder, readonly=False)
        if int(info[b"UIDVALIDITY"]) != old.uidvalidity:
            log.warning(
                "%s: %s was recreated since draft %s; left as it is", self.account, folder, old_id
            )
            return
        flags = client.get_flags([old.uid]).get(old.uid)
        if flags is None:
            log.info("%s: earlier draft %s is already gone", self.account, old_id)
            return
        if b"\\Draft" not in flags:
            log.warning("%s: %s is no longer a draft; left as it is", self.account, old_id)
            return
        if not client.has_capability("UIDPLUS"):
            # A plain EXPUNGE would also remove whatever else the user marked deleted.
            log.warning(
                "%s: %s has no UIDPLUS, so the earlier draft %s is left in %s; delete it by hand",
                self.account, self._settings.host, old_id, folder,
            )  # fmt: skip
            return
        client.add_flags([old.uid], [b"\\Deleted"], silent=True)
        client.uid_expunge([old.uid])
        log.info("%s: replaced draft %s", self.account, old_id)

    # -- watch ----------------------------------------------------------------------

    def wait_for_change(self, timeout: float) -> bool:
        """Give True as soon as new mail arrives in the first folder, False after `timeout` s.

        Uses IDLE when the server has it, else a NOOP every few seconds. Mail that
        arrived since the last scan counts too (UIDNEXT moved on).
        """
        folder = self._settings.folders[0]
        deadline = time.monotonic() + max(timeout, 0.0)
        with self._guarded(f"waiting for mail in {folder}"):
            client = self._ensure_client()
            info = self._examine(client, folder)
            seen = self._seen_uidnext.get(folder)
            if seen is not None and int(info.get(b"UIDNEXT", 0)) > seen:
                return True
            exists = int(info.get(b"EXISTS", 0))
            if client.has_capability("IDLE"):
                return _idle_until(client, exists, deadline)
            return _poll_until(client, exists, deadline)

    # -- lifetime -------------------------------------------------------------------

    def close(self) -> None:
        """Log out; safe to call twice."""
        client, self._client = self._client, None
        self._listing = None
        if client is None:
            return
        try:
            client.logout()
        except (OSError, EOFError, IMAPClientError, ssl.SSLError):
            _shutdown(client)


class _Guard:
    """The error boundary of one connector call; forgets a dropped connection."""

    def __init__(self, connector: ImapConnector, action: str) -> None:
        self._connector = connector
        self._inner = imap_boundary(connector._settings, action)

    def __enter__(self) -> None:
        self._inner.__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: Any
    ) -> None:
        # imap_boundary never swallows an error: it re-raises it translated.
        try:
            self._inner.__exit__(kind, error, tb)
        except UnavailableError:
            self._connector._discard_client()
            raise


def _arrived(responses: Sequence[tuple[Any, ...]], exists: int) -> tuple[bool, int]:
    """Give (new mail?, message count) after untagged EXISTS/EXPUNGE responses."""
    arrived = False
    for response in responses:
        if len(response) >= 2 and isinstance(response[0], int):
            if response[1] == b"EXISTS":
                arrived = arrived or response[0] > exists
                exists = response[0]
            elif response[1] == b"EXPUNGE":
                exists = max(exists - 1, 0)
    return arrived, exists


def _idle_until(client: IMAPClient, exists: int, deadline: float) -> bool:
    while (remaining := deadline - time.monotonic()) > 0:
        client.idle()
        arrived = False
        try:
            renew_at = time.monotonic() + min(remaining, IDLE_RENEW)
            while not arrived and (left := renew_at - time.monotonic()) > 0:
                arrived, exists = _arrived(client.idle_check(timeout=left), exists)
        finally:
            _, late = client.idle_done()
        arrived = arrived or _arrived(late, exists)[0]
        if arrived:
            return True
    return False


def _poll_until(client: IMAPClient, exists: int, deadline: float) -> bool:
    while True:
        arrived, exists = _arrived(client.noop()[1], exists)
        if arrived:
            return True
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(POLL_INTERVAL, remaining))


def _shutdown(client: IMAPClient) -> None:
    """Close the socket without a word to the server (it may be gone already)."""
    try:
        client.shutdown()
    except (OSError, EOFError, IMAPClientError):
        log.debug("socket already closed")


def _quiet_imaplib(client: IMAPClient) -> None:
    """Stop imaplib formatting a debug line for every line it reads, unless one is logged.

    imapclient turns imaplib's debugging on (level 5) and sends its lines to the
    "imapclient.imaplib" logger: imaplib then builds the repr of every response line
    and of every message it reads before that logger drops it, a fifth or more of the
    CPU a scan spends fetching. With that logger at DEBUG the lines still come.
    """
    imap = getattr(client, "_imap", None)
    logged = logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG)
    if imap is not None and not logged:
        imap.debug = 0


def open_imap(
    account: ImapAccount,
    *,
    data_dir: Path,
    client_factory: ClientFactory | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ImapConnector:
    """Give the connector for an IMAP account; connects on first use.

    Raises ConfigurationError at once for settings that cannot work (plain text
    to a remote host, a missing ca_file). `data_dir` is unused: IMAP keeps its
    state in the cursor.
    """
    del data_dir
    return ImapConnector(account, client_factory=client_factory, batch_size=batch_size)
