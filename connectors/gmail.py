"""The Gmail connector: batched scans through the Gmail API and drafts threaded under a rejection.

Scans
-----
A full scan (no cursor, or an expired one) reads the mailbox's historyId with
users.getProfile *before* listing, so mail that arrives while the listing runs
is caught by the next incremental scan. It then lists ids with the account's
query (pages of 500) and fetches them with messages.get in multipart batches of
`batch_size` calls. Only the last batch carries {"history_id": H}; every
earlier batch carries {"history_id": None}, which makes an interrupted full scan
start over. That repeats work but never skips mail: the store dedupes on
(account, provider_id), while resuming from a saved page token could silently
miss messages if Gmail's page tokens shift as mail arrives, which Google does
not document either way.

An incremental scan pages through history.list(messageAdded) from the cursor.
The batches of a history page carry the cursor the page started from, except the
page's last batch, which carries the page's last record id (the mailbox's
historyId on the final page), so a rerun repeats at most one page. A scan that
finds nothing still yields one empty batch with the new historyId, which keeps
the cursor fresh: Gmail forgets history ids after about a week. A 404 from
history.list (an id too old) falls back to a full scan.

Limits
------
429s, 403 rateLimitExceeded/userRateLimitExceeded and 5xx answers are retried
with exponential backoff and full jitter, per call inside a batch too (only the
failed calls are sent again). A token bucket keeps the account under Gmail's
250 quota units per second. Connection failures are not retried: they end the
scan with an UnavailableError and the batches stored so far stay stored.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from tracker.config import GmailAccount
from tracker.connector import Cursor, DraftReply, FetchedMessage, ScanBatch

from .gmail_auth import has_scope, load_credentials
from .gmail_errors import (
    SCOPE_DRAFTS,
    SCOPE_READ,
    ApiFailure,
    describe_http_error,
    scope_missing,
    translate_api_failure,
    translate_refresh_error,
    translate_transport_error,
)
from .gmail_message import b64url, draft_message, fetched_from_resource
from .gmail_pacing import (
    COST_DRAFTS_CREATE,
    COST_DRAFTS_UPDATE,
    COST_HISTORY_LIST,
    COST_MESSAGES_GET,
    COST_MESSAGES_LIST,
    COST_PROFILE,
    USER_UNITS_PER_SECOND,
    Backoff,
    QuotaBucket,
)

log = logging.getLogger(__name__)

LIST_PAGE_SIZE = 500
"""Ids per messages.list page: Gmail's maximum, so a 10,000-message scan lists in 20 calls."""
HISTORY_PAGE_SIZE = 500
MessageFormat = Literal["full", "raw"]
T = TypeVar("T")


class _NotFound(Exception):
    """A 404 the caller handles itself (expired history id, a draft that was deleted)."""


def full_scan_query(query: str) -> str:
    """Give the messages.list query of a full scan: the account's, minus drafts and chats."""
    terms = {term.lower().lstrip("-") for term in query.split()}
    extra = []
    if not terms & {"in:drafts", "in:draft", "is:draft", "label:draft", "label:drafts"}:
        extra.append("-in:drafts")
    if not terms & {"in:chats", "in:chat", "is:chat", "label:chats", "label:chat"}:
        extra.append("-in:chats")
    return " ".join([query.strip(), *extra]).strip()


class GmailConnector:
    """One Gmail account, reached through an authorized googleapiclient service."""

    def __init__(
        self,
        account: GmailAccount,
        *,
        service: Any,
        http: Any,
        granted_scopes: Sequence[str] | None = None,
        message_format: MessageFormat = "full",
        quota_units_per_second: float | None = USER_UNITS_PER_SECOND,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        attempts: int = 6,
    ) -> None:
        self.account = account.name
        self._settings = account
        self._service = service
        self._users = service.users()
        # Building a resource object creates every method from the discovery
        # document (about 4 ms); build each once, not once per message.
        self._messages = self._users.messages()
        self._history = self._users.history()
        self._drafts = self._users.drafts()
        self._http = http
        self._granted = None if granted_scopes is None else frozenset(granted_scopes)
        self._format = message_format
        self._endpoint = _endpoint(account.api_endpoint)
        # Batch requests do not follow api_endpoint in googleapiclient: build the URI here.
        self._batch_uri = self._endpoint + "batch/gmail/v1"
        self.quota = QuotaBucket(quota_units_per_second, clock=clock, sleep=sleep)
        self.backoff = Backoff(attempts=attempts, sleep=sleep, rand=rand)
        self._closed = False

    def __repr__(self) -> str:
        return f"GmailConnector(account={self.account!r}, endpoint={self._endpoint!r})"

    # ---- the Connector protocol ---------------------------------------------

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        """Yield batches of mail new since `cursor`; a full scan when there is none."""
        self._check_open()
        self._require(SCOPE_READ)
        history_id = (cursor or {}).get("history_id")
        if history_id:
            try:
                yield from self._incremental(str(history_id))
                return
            except _NotFound:
                log.info(
                    "%s: history id %s has expired; scanning in full", self.account, history_id
                )
        yield from self._full_scan()

    def save_draft(self, reply: DraftReply) -> str:
        """Save `reply` in Gmail's drafts, threaded under the original, and give the draft id."""
        self._check_open()
        self._require(SCOPE_DRAFTS)
        message: dict[str, Any] = {"raw": b64url(draft_message(reply))}
        if reply.thread_key:
            message["threadId"] = reply.thread_key
        if reply.replaces_draft_id:
            draft_id = reply.replaces_draft_id
            try:
                updated = self._call(
                    self._drafts.update,
                    {"userId": "me", "id": draft_id, "body": {"id": draft_id, "message": message}},
                    cost=COST_DRAFTS_UPDATE,
                    action="update the draft",
                    scope=SCOPE_DRAFTS,
                    missing_ok=True,
                )
                return str(updated["id"])
            except _NotFound:
                log.info("%s: draft %s is gone; saving a new one", self.account, draft_id)
        try:
            created = self._create_draft(message)
        except _NotFound:
            # The thread was deleted meanwhile; the headers still thread it for the recipient.
            message.pop("threadId", None)
            created = self._create_draft(message)
        return str(created["id"])

    def describe_draft_location(self) -> str:
        """Give where drafts go, in the user's words."""
        return f"Gmail drafts of {self.account}"

    def close(self) -> None:
        """Release the HTTP connections. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        connections = getattr(getattr(self._http, "http", self._http), "connections", None)
        if isinstance(connections, dict):
            for connection in list(connections.values()):
                connection.close()
            connections.clear()

    # ---- scans -----------------------------------------------------------------

    def _full_scan(self) -> Iterator[ScanBatch]:
        # The historyId is read before listing: mail arriving during the listing is
        # then either listed now or found by the next incremental scan, never lost.
        profile = self._call(
            self._users.getProfile,
            {"userId": "me"},
            cost=COST_PROFILE,
            action="read the mailbox profile",
            scope=SCOPE_READ,
        )
        final_cursor = {"history_id": str(profile["historyId"])}
        query = full_scan_query(self._settings.query)
        page_token: str | None = None
        seen: set[str] = set()
        done = 0
        total: int | None = None
        while True:
            listing = self._call(
                self._messages.list,
                {
                    "userId": "me",
                    "q": query,
                    "maxResults": LIST_PAGE_SIZE,
                    "pageToken": page_token,
                    "includeSpamTrash": self._settings.include_spam_trash,
                },
                cost=COST_MESSAGES_LIST,
                action="list messages",
                scope=SCOPE_READ,
            )
            # Pages can overlap when mail arrives during the listing: fetch each id once.
            ids = [
                i for i in (str(m["id"]) for m in listing.get("messages") or []) if i not in seen
            ]
            seen.update(ids)
            page_token = listing.get("nextPageToken")
            if total is None:
                total = int(listing.get("resultSizeEstimate") or 0)
            last_page = not page_token
            chunks = _chunks(ids, self._settings.batch_size)
            if last_page and not chunks:
                yield ScanBatch(messages=[], cursor=final_cursor, done=done, total=done)
                return
            for index, chunk in enumerate(chunks):
                messages = self._fetch(chunk)
                done += len(chunk)
                final = last_page and index == len(chunks) - 1
                yield ScanBatch(
                    messages=messages,
                    cursor=final_cursor if final else {"history_id": None},
                    done=done,
                    # resultSizeEstimate is only an estimate: never let progress pass 100%.
                    total=done if final else max(total, done),
                )
            if last_page:
                return

    def _incremental(self, start: str) -> Iterator[ScanBatch]:
        skip = {"DRAFT", "CHAT"}
        if not self._settings.include_spam_trash:
            skip |= {"SPAM", "TRASH"}
        seen: set[str] = set()
        cursor_now = start
        page_token: str | None = None
        done = 0
        while True:
            page = self._call(
                self._history.list,
                {
                    "userId": "me",
                    "startHistoryId": start,
                    "historyTypes": ["messageAdded"],
                    "maxResults": HISTORY_PAGE_SIZE,
                    "pageToken": page_token,
                },
                cost=COST_HISTORY_LIST,
                action="read the mailbox history",
                scope=SCOPE_READ,
                missing_ok=True,
            )
            records = page.get("history") or []
            ids: list[str] = []
            for record in records:
                for added in record.get("messagesAdded") or []:
                    message = added.get("message") or {}
                    message_id = str(message.get("id") or "")
                    if (
                        not message_id
                        or message_id in seen
                        or skip & set(message.get("labelIds") or [])
                    ):
                        continue
                    seen.add(message_id)
                    ids.append(message_id)
            page_token = page.get("nextPageToken")
            last_page = not page_token
            if last_page:
                page_cursor = str(
                    page.get("historyId") or (records[-1]["id"] if records else start)
                )
            else:
                page_cursor = str(records[-1]["id"]) if records else cursor_now
            chunks = _chunks(ids, self._settings.batch_size)
            if not chunks and last_page:
                yield ScanBatch(
                    messages=[], cursor={"history_id": page_cursor}, done=done, total=done
                )
                return
            for index, chunk in enumerate(chunks):
                messages = self._fetch(chunk)
                done += len(chunk)
                page_done = index == len(chunks) - 1
                yield ScanBatch(
                    messages=messages,
                    cursor={"history_id": page_cursor if page_done else cursor_now},
                    done=done,
                    total=done + sum(len(c) for c in chunks[index + 1 :]) if last_page else None,
                )
            cursor_now = page_cursor
            if last_page:
                return

    def _fetch(self, ids: Sequence[str]) -> list[FetchedMessage]:
        """Give the messages of `ids` from batched messages.get calls (deleted ones skipped)."""
        from googleapiclient.errors import HttpError
        from googleapiclient.http import BatchHttpRequest

        answers: dict[str, Any] = {}
        failures: dict[str, Any] = {}

        def collect(request_id: str, response: Any, exception: Any) -> None:
            if exception is not None:
                failures[request_id] = exception
            else:
                answers[request_id] = response

        pending = list(dict.fromkeys(ids))  # a batch refuses two calls with one id
        retry = 0
        while pending:
            failures.clear()
            batch = BatchHttpRequest(callback=collect, batch_uri=self._batch_uri)
            for message_id in pending:
                batch.add(
                    self._messages.get(userId="me", id=message_id, format=self._format),
                    request_id=message_id,
                )
            self.quota.take(COST_MESSAGES_GET * len(pending))
            try:
                with _TransportBoundary(self.account, self._endpoint):
                    batch.execute(http=self._http)
            except HttpError as error:
                # The whole batch was refused (rate limit, server trouble): send it again.
                failure = describe_http_error(error)
                retry = self._after_failure(
                    failure, retry, action="fetch messages", scope=SCOPE_READ
                )
                continue
            retryable: list[str] = []
            worst: ApiFailure | None = None
            for message_id in pending:
                if message_id not in failures:
                    continue
                failure = describe_http_error(failures[message_id])
                if failure.status == 404:
                    continue  # deleted between listing and fetching
                if not failure.retryable:
                    raise translate_api_failure(
                        failure, account=self.account, action="fetch messages", scope=SCOPE_READ
                    )
                retryable.append(message_id)
                worst = failure
            pending = retryable
            if worst is not None:
                log.info(
                    "%s: %d calls of a batch failed (%d); retrying them",
                    self.account,
                    len(pending),
                    worst.status,
                )
                retry = self._after_failure(worst, retry, action="fetch messages", scope=SCOPE_READ)
        return [fetched_from_resource(answers[m]) for m in ids if m in answers]

    # ---- calls, retries, errors ----------------------------------------------------

    def _create_draft(self, message: dict[str, Any]) -> Any:
        return self._call(
            self._drafts.create,
            {"userId": "me", "body": {"message": message}},
            cost=COST_DRAFTS_CREATE,
            action="save the draft",
            scope=SCOPE_DRAFTS,
            missing_ok="threadId" in message,
        )

    def _call(
        self,
        method: Callable[..., Any],
        params: dict[str, Any],
        *,
        cost: int,
        action: str,
        scope: str,
        missing_ok: bool = False,
    ) -> Any:
        """Give the answer of one API call, retrying rate limits and server errors."""
        from googleapiclient.errors import HttpError

        retry = 0
        while True:
            self.quota.take(cost)
            try:
                with _TransportBoundary(self.account, self._endpoint):
                    return method(**params).execute()
            except HttpError as error:
                failure = describe_http_error(error)
                if failure.status == 404 and missing_ok:
                    raise _NotFound(action) from None
                retry = self._after_failure(failure, retry, action=action, scope=scope)

    def _after_failure(self, failure: ApiFailure, retry: int, *, action: str, scope: str) -> int:
        """Sleep before the next try and give its number, or raise when it should not be tried."""
        retry += 1
        if not failure.retryable or retry >= self.backoff.attempts:
            raise translate_api_failure(
                failure, account=self.account, action=action, scope=scope, attempts=retry
            )
        self.backoff.pause(retry, failure.retry_after)
        return retry

    def _require(self, scope: str) -> None:
        if not has_scope(self._granted, scope):
            raise scope_missing(self.account, scope)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"{self!r} is closed")


class _TransportBoundary:
    """Turns token refresh and connection failures inside a call into ConnectorErrors."""

    def __init__(self, account: str, endpoint: str) -> None:
        self.account = account
        self.endpoint = endpoint

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _tb: object
    ) -> None:
        if error is None:
            return
        import httplib2
        from google.auth.exceptions import RefreshError, TransportError

        if isinstance(error, RefreshError):
            raise translate_refresh_error(error, account=self.account) from None
        if isinstance(error, (TransportError, httplib2.HttpLib2Error, OSError)):
            raise translate_transport_error(
                error, account=self.account, endpoint=self.endpoint
            ) from None


def _endpoint(api_endpoint: str) -> str:
    return api_endpoint if api_endpoint.endswith("/") else api_endpoint + "/"


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def open_gmail(
    account: GmailAccount,
    *,
    data_dir: Path,
    http: Any = None,
    credentials: Any = None,
    sleep: Callable[[float], None] = time.sleep,
    quota_units_per_second: float | None = USER_UNITS_PER_SECOND,
    message_format: MessageFormat = "full",
) -> GmailConnector:
    """Give a connector for a Gmail account, authorized with its stored token.

    Tests inject `http` (an httplib2.Http) and `credentials`; by default the token
    comes from the account's token store and a fresh httplib2.Http is used.
    """
    import httplib2
    from google_auth_httplib2 import AuthorizedHttp
    from googleapiclient.discovery import build

    if credentials is None:
        credentials = load_credentials(account, data_dir=data_dir)
    authed = AuthorizedHttp(
        credentials, http=http if http is not None else httplib2.Http(timeout=60)
    )
    # static_discovery: the discovery document shipped in the package, never fetched.
    service = build(
        "gmail",
        "v1",
        http=authed,
        client_options={"api_endpoint": _endpoint(account.api_endpoint)},
        cache_discovery=False,
        static_discovery=True,
    )
    granted = getattr(credentials, "granted_scopes", None) or getattr(credentials, "scopes", None)
    return GmailConnector(
        account,
        service=service,
        http=authed,
        granted_scopes=list(granted) if granted else None,
        message_format=message_format,
        quota_units_per_second=quota_units_per_second,
        sleep=sleep,
    )
