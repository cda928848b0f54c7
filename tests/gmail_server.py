"""A Gmail API server on 127.0.0.1 for the real google-api-python-client to talk to.

It mimics the parts of Gmail that nextround uses, with the behaviour that
matters to a client: users.getProfile, messages.list (pages of at most 500 ids,
a subset of the search language), messages.get (raw, full, metadata),
history.list (paging, 404 for an expired start id), drafts.create/update/get
(threading decided the way Gmail decides it), multipart/mixed batches at
/batch/gmail/v1, bearer tokens with scopes, and the OAuth endpoints (consent
and token, with PKCE) for the installed-app flow.

Faults are injected per operation, also for calls inside a batch, so retry
paths are exercised through the real client. Counters record round trips and
calls, which the tests and bench/gmail_scan.py read.

Run it alone with `python tests/gmail_server.py --port N` (the bench does);
then /_control/* endpoints add mail and read the counters.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.header
import email.policy
import hashlib
import itertools
import json
import re
import secrets
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

READONLY = "https://www.googleapis.com/auth/gmail.readonly"
COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
MODIFY = "https://www.googleapis.com/auth/gmail.modify"
FULL = "https://mail.google.com/"
ALL_SCOPES = frozenset({READONLY, COMPOSE})

_READ_SCOPES = frozenset({READONLY, MODIFY, FULL})
_DRAFT_SCOPES = frozenset({COMPOSE, MODIFY, FULL})
_PROFILE_SCOPES = _READ_SCOPES | _DRAFT_SCOPES

CLIENT_ID = "test-client.apps.googleusercontent.com"
CLIENT_SECRET = "test-client-secret"  # a fixture value, not a secret
ADDRESS = "sam.doe@example.com"

_IN_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "drafts": "DRAFT",
    "draft": "DRAFT",
    "chats": "CHAT",
    "chat": "CHAT",
    "spam": "SPAM",
    "trash": "TRASH",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "unread": "UNREAD",
}
_AGE_UNITS = {"d": 86400, "m": 30 * 86400, "y": 365 * 86400}
_RE_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv)\s*:\s*)+", re.IGNORECASE)


def b64url(data: bytes) -> str:
    """Give unpadded base64url, as Gmail sends `raw` and body data."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    """Give the bytes of base64url text, padded or not."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    label_ids: list[str]
    internal_date: int
    """Milliseconds since the epoch, as Gmail's internalDate."""
    history_id: int
    parsed: Message
    full_payload: dict[str, Any] | None = None


@dataclass
class Draft:
    id: str
    message_id: str


@dataclass
class Fault:
    operation: str
    status: int
    reason: str | None
    remaining: int
    message_id: str | None
    retry_after: int | None


@dataclass
class Stats:
    round_trips: int = 0
    """HTTP requests to the API (a batch counts once); OAuth endpoints are not counted."""
    calls: Counter[str] = field(default_factory=Counter)
    """Calls per operation, the calls inside batches included."""
    batch_sizes: list[int] = field(default_factory=list)
    bytes_out: int = 0
    refreshes: int = 0


class GmailServer:
    """A mailbox and the HTTP server that serves it on 127.0.0.1."""

    def __init__(self, *, port: int = 0, address: str = ADDRESS) -> None:
        self.address = address
        self.lock = threading.RLock()
        self.messages: dict[str, StoredMessage] = {}
        self.order: list[str] = []
        self.drafts: dict[str, Draft] = {}
        self.history: list[dict[str, Any]] = []
        self.history_id = 1000
        self.oldest_history_id = 1000
        self.faults: list[Fault] = []
        self.stats = Stats()
        self._ids = itertools.count(0x18C0_0000_0000)
        self._by_message_id: dict[str, str] = {}
        self.access_tokens: dict[str, frozenset[str]] = {}
        self.refresh_tokens: dict[str, frozenset[str]] = {}
        self._codes: dict[str, tuple[frozenset[str], str, str | None]] = {}
        self.grant_scopes: frozenset[str] | None = None
        """Scopes the consent screen grants (None: all requested), to play a user who unticks one."""
        self.consent_error: str | None = None
        self.latency = 0.0
        """Seconds each API request waits before its answer: a network round trip, simulated."""
        self.access_token = self.issue_access_token(ALL_SCOPES)
        self._http = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self._http.daemon_threads = True
        self._http.gmail = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        """Give the api_endpoint to configure ("http://127.0.0.1:PORT/")."""
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> GmailServer:
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def client_secrets(self) -> dict[str, Any]:
        """Give a client_secrets.json body whose OAuth endpoints are this server."""
        return {
            "installed": {
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "project_id": "nextround-tests",
                "auth_uri": self.url + "o/oauth2/auth",
                "token_uri": self.url + "token",
                "redirect_uris": ["http://localhost"],
            }
        }

    # ---- tokens ------------------------------------------------------------

    def issue_access_token(self, scopes: Iterable[str] = ALL_SCOPES) -> str:
        token = "ya29.test-" + secrets.token_urlsafe(12)
        self.access_tokens[token] = frozenset(scopes)
        return token

    def issue_refresh_token(self, scopes: Iterable[str] = ALL_SCOPES) -> str:
        token = "1//test-" + secrets.token_urlsafe(12)
        self.refresh_tokens[token] = frozenset(scopes)
        return token

    def revoke(self, token: str) -> None:
        """Forget an access or refresh token, as when a user revokes access or it expires."""
        self.access_tokens.pop(token, None)
        self.refresh_tokens.pop(token, None)

    # ---- mailbox -------------------------------------------------------------

    def add_message(
        self,
        raw: bytes,
        *,
        labels: Iterable[str] = ("INBOX", "UNREAD"),
        internal_date: float | None = None,
        thread_id: str | None = None,
    ) -> StoredMessage:
        """Deliver a message; it gets an id, a thread and a messageAdded history record."""
        parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
        with self.lock:
            message_id = f"{next(self._ids):x}"
            if thread_id is None:
                thread_id = self._thread_for(parsed) or message_id
            when = time.time() if internal_date is None else internal_date
            self.history_id += 1
            stored = StoredMessage(
                id=message_id,
                thread_id=thread_id,
                raw=raw,
                label_ids=list(labels),
                internal_date=int(when * 1000),
                history_id=self.history_id,
                parsed=parsed,
            )
            self.messages[message_id] = stored
            self.order.append(message_id)
            header_id = (parsed.get("Message-ID") or "").strip()
            if header_id:
                self._by_message_id[header_id] = message_id
            self.history.append(
                {
                    "id": str(self.history_id),
                    "messages": [{"id": message_id, "threadId": thread_id}],
                    "messagesAdded": [
                        {
                            "message": {
                                "id": message_id,
                                "threadId": thread_id,
                                "labelIds": list(stored.label_ids),
                            }
                        }
                    ],
                }
            )
            return stored

    def label_change(self, message_id: str, add: Iterable[str]) -> None:
        """Record a labelsAdded history event (which a scan for new mail must ignore)."""
        with self.lock:
            stored = self.messages[message_id]
            added = [label for label in add if label not in stored.label_ids]
            stored.label_ids.extend(added)
            self.history_id += 1
            self.history.append(
                {
                    "id": str(self.history_id),
                    "messages": [{"id": message_id, "threadId": stored.thread_id}],
                    "labelsAdded": [
                        {
                            "message": {"id": message_id, "threadId": stored.thread_id},
                            "labelIds": added,
                        }
                    ],
                }
            )

    def expire_history(self) -> None:
        """Make every history id issued so far too old, as after about a week unused."""
        with self.lock:
            self.oldest_history_id = self.history_id + 1

    def inject(
        self,
        operation: str,
        status: int,
        *,
        times: int = 1,
        reason: str | None = None,
        message_id: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Answer the next `times` calls of `operation` with an error.

        Operations: profile, messages.list, messages.get, history.list,
        drafts.create, drafts.update, drafts.get, batch (the outer request).
        """
        with self.lock:
            self.faults.append(Fault(operation, status, reason, times, message_id, retry_after))

    def _thread_for(self, parsed: Message) -> str | None:
        """Give the thread a delivered message joins: one it references, same subject."""
        refs = " ".join(str(parsed.get(h) or "") for h in ("In-Reply-To", "References"))
        subject = _normal_subject(str(parsed.get("Subject") or ""))
        for ref in re.findall(r"<[^>]+>", refs):
            parent = self._by_message_id.get(ref)
            if parent is not None:
                stored = self.messages[parent]
                if _normal_subject(str(stored.parsed.get("Subject") or "")) == subject:
                    return stored.thread_id
        return None

    # ---- dispatch --------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: Message | dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one API call; the batch endpoint calls this once per inner request."""
        url = urllib.parse.urlsplit(target)
        query = urllib.parse.parse_qs(url.query)
        path = url.path
        if path.startswith("/_control/"):
            return self._control(method, path, body)
        if path == "/token" and method == "POST":
            return self._token(headers, body)
        if path == "/o/oauth2/auth" and method == "GET":
            return self._consent(query)
        if path == "/batch/gmail/v1" and method == "POST":
            return self._batch(headers, body)
        match = re.fullmatch(r"/gmail/v1/users/([^/]+)/(.+)", path)
        if match is None or match.group(1) not in ("me", self.address):
            return _error(404, "Not Found", "notFound")
        route = match.group(2)
        operation, needed, argument = _route(method, route)
        if operation is None:
            return _error(404, f"no such method {method} {route}", "notFound")
        with self.lock:
            self.stats.calls[operation] += 1
        token = _bearer(headers)
        scopes = self.access_tokens.get(token or "")
        if scopes is None:
            return _error(
                401,
                "Request had invalid authentication credentials. Expected OAuth 2 access token.",
                "authError",
                status_text="UNAUTHENTICATED",
            )
        if not scopes & needed:
            return _error(
                403,
                "Request had insufficient authentication scopes.",
                "insufficientPermissions",
                status_text="PERMISSION_DENIED",
            )
        fault = self._take_fault(operation, argument)
        if fault is not None:
            return _fault_response(fault)
        with self.lock:
            return self._serve(operation, argument, query, body)

    def _take_fault(self, operation: str, argument: str | None) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.operation != operation or fault.remaining <= 0:
                    continue
                if fault.message_id is not None and fault.message_id != argument:
                    continue
                fault.remaining -= 1
                return fault
        return None

    def _serve(
        self, operation: str, argument: str | None, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if operation == "profile":
            return _json(
                200,
                {
                    "emailAddress": self.address,
                    "messagesTotal": len(self.messages),
                    "threadsTotal": len({m.thread_id for m in self.messages.values()}),
                    "historyId": str(self.history_id),
                },
            )
        if operation == "messages.list":
            return self._list(query)
        if operation == "messages.get":
            return self._get(argument or "", query)
        if operation == "history.list":
            return self._history(query)
        if operation in ("drafts.create", "drafts.update"):
            return self._save_draft(argument, body)
        if operation == "drafts.get":
            draft = self.drafts.get(argument or "")
            if draft is None:
                return _error(404, "Requested entity was not found.", "notFound")
            return _json(200, self._draft_resource(draft))
        return _error(404, "not implemented by the test server", "notFound")

    # ---- messages ----------------------------------------------------------------

    def _list(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        try:
            matches = _compile_query(_first(query, "q") or "")
        except ValueError as error:
            return _error(400, f"Invalid query: {error}", "invalidArgument")
        include_spam_trash = (_first(query, "includeSpamTrash") or "false") == "true"
        for label in query.get("labelIds", []):
            matches.append(lambda m, label=label: label in m.label_ids)
        now = time.time()
        found = [
            m
            for m in self.messages.values()
            if (include_spam_trash or _explicit_spam_trash(query) or not _in_spam_trash(m))
            and all(test(m) if not _is_age(test) else test(m, now) for test in matches)
        ]
        found.sort(key=lambda m: (m.internal_date, m.id), reverse=True)
        size = min(int(_first(query, "maxResults") or 100), 500)
        start = int(_first(query, "pageToken") or 0)
        page = found[start : start + size]
        result: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            result["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if start + size < len(found):
            result["nextPageToken"] = str(start + size)
        return _json(200, result)

    def _get(
        self, message_id: str, query: dict[str, list[str]]
    ) -> tuple[int, dict[str, str], bytes]:
        stored = self.messages.get(message_id)
        if stored is None:
            return _error(404, "Requested entity was not found.", "notFound")
        shape = _first(query, "format") or "full"
        result: dict[str, Any] = {
            "id": stored.id,
            "threadId": stored.thread_id,
            "labelIds": list(stored.label_ids),
            "snippet": _snippet(stored.parsed),
            "historyId": str(stored.history_id),
            "internalDate": str(stored.internal_date),
            "sizeEstimate": len(stored.raw),
        }
        if shape == "raw":
            result["raw"] = b64url(stored.raw)
        elif shape == "full":
            if stored.full_payload is None:
                stored.full_payload = _payload(stored.parsed, "")
            result["payload"] = stored.full_payload
        elif shape == "metadata":
            wanted = {h.lower() for h in query.get("metadataHeaders", [])}
            headers = _headers(stored.parsed)
            if wanted:
                headers = [h for h in headers if h["name"].lower() in wanted]
            result["payload"] = {
                "partId": "",
                "mimeType": stored.parsed.get_content_type(),
                "filename": "",
                "headers": headers,
                "body": {"size": 0},
            }
        elif shape == "minimal":
            pass
        else:
            return _error(400, f"Invalid value at 'format' ({shape})", "invalidArgument")
        return _json(200, result)

    # ---- history -----------------------------------------------------------------

    def _history(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        start_text = _first(query, "startHistoryId")
        if not start_text or not start_text.isdigit():
            return _error(400, "Invalid startHistoryId", "invalidArgument")
        start = int(start_text)
        if start < self.oldest_history_id - 1 or start > self.history_id:
            return _error(404, "Requested entity was not found.", "notFound")
        types = set(query.get("historyTypes", []))
        records = [r for r in self.history if int(r["id"]) > start]
        if types:
            keys = {_HISTORY_KEYS[t] for t in types if t in _HISTORY_KEYS}
            records = [r for r in records if keys & r.keys()]
        size = min(int(_first(query, "maxResults") or 100), 500)
        offset = int(_first(query, "pageToken") or 0)
        page = records[offset : offset + size]
        result: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            result["history"] = [_filter_record(r, types) for r in page]
        if offset + size < len(records):
            result["nextPageToken"] = str(offset + size)
        return _json(200, result)

    # ---- drafts ------------------------------------------------------------------

    def _save_draft(self, draft_id: str | None, body: bytes) -> tuple[int, dict[str, str], bytes]:
        try:
            request = json.loads(body or b"{}")
            message = request["message"]
            raw = unb64url(message["raw"])
        except (ValueError, KeyError, TypeError):
            return _error(
                400, "Invalid draft: expected {'message': {'raw': ...}}", "invalidArgument"
            )
        existing = None
        if draft_id is not None:
            existing = self.drafts.get(draft_id)
            if existing is None:
                return _error(404, "Requested entity was not found.", "notFound")
        parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
        wanted_thread = message.get("threadId")
        thread_id: str | None = None
        if wanted_thread:
            if not any(m.thread_id == wanted_thread for m in self.messages.values()):
                return _error(404, "Requested entity was not found.", "notFound")
            # Gmail keeps a draft in the requested thread only when the subject
            # matches and the headers reference a message of that thread.
            candidate = self._thread_for(parsed)
            if candidate == wanted_thread:
                thread_id = wanted_thread
        if existing is not None:
            old = self.messages.pop(existing.message_id, None)
            if old is not None:
                self.order.remove(old.id)
        stored = self.add_message(raw, labels=("DRAFT",), thread_id=thread_id)
        if existing is None:
            draft = Draft(id="r" + secrets.token_hex(8), message_id=stored.id)
            self.drafts[draft.id] = draft
        else:
            existing.message_id = stored.id
            draft = existing
        return _json(200, self._draft_resource(draft))

    def _draft_resource(self, draft: Draft) -> dict[str, Any]:
        stored = self.messages[draft.message_id]
        return {
            "id": draft.id,
            "message": {
                "id": stored.id,
                "threadId": stored.thread_id,
                "labelIds": list(stored.label_ids),
            },
        }

    def draft_message(self, draft_id: str) -> StoredMessage:
        """Give the stored message of a draft (for tests to inspect)."""
        return self.messages[self.drafts[draft_id].message_id]

    # ---- batch -------------------------------------------------------------------

    def _batch(
        self, headers: Message | dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        fault = self._take_fault("batch", None)
        if fault is not None:
            return _fault_response(fault)
        content_type = _header(headers, "content-type") or ""
        envelope = email.message_from_bytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body,
            policy=email.policy.compat32,
        )
        if not envelope.is_multipart():
            return _error(400, "Batch body is not multipart/mixed", "invalidArgument")
        parts = envelope.get_payload()
        assert isinstance(parts, list)
        if len(parts) > 100:
            return _error(400, "Too many requests in batch (the limit is 100)", "invalidArgument")
        with self.lock:
            self.stats.batch_sizes.append(len(parts))
        boundary = "batch_" + secrets.token_hex(12)
        out: list[bytes] = []
        for part in parts:
            assert isinstance(part, Message)
            content_id = str(part.get("Content-ID") or "")
            inner = part.get_payload(decode=False)
            assert isinstance(inner, str)
            status, inner_headers, inner_body = self._inner(inner)
            reason = _REASONS.get(status, "Error")
            lines = [
                f"--{boundary}",
                "Content-Type: application/http",
                f"Content-ID: <response-{content_id.strip('<>')}>",
                "",
                f"HTTP/1.1 {status} {reason}",
                *(f"{k}: {v}" for k, v in inner_headers.items()),
                f"Content-Length: {len(inner_body)}",
                "",
                "",
            ]
            out.append("\r\n".join(lines).encode("utf-8") + inner_body + b"\r\n")
        out.append(f"--{boundary}--\r\n".encode())
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, b"".join(out)

    def _inner(self, text: str) -> tuple[int, dict[str, str], bytes]:
        """Answer one application/http part of a batch: request line, headers, body."""
        request_line, _, rest = text.partition("\n")
        method, target, _version = request_line.strip().split(" ", 2)
        head, _, inner_body = rest.replace("\r\n", "\n").partition("\n\n")
        headers = email.message_from_string(head + "\n\n", policy=email.policy.compat32)
        return self.handle(method, target, headers, inner_body.encode("utf-8"))

    # ---- OAuth -------------------------------------------------------------------

    def _consent(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        """Play Google's consent screen: redirect back with a code (or an error)."""
        redirect = _first(query, "redirect_uri") or ""
        state = _first(query, "state") or ""
        if _first(query, "client_id") != CLIENT_ID or not redirect.startswith("http://"):
            return 400, {"Content-Type": "text/plain"}, b"Error 400: invalid_request"
        if self.consent_error:
            target = _with_query(redirect, error=self.consent_error, state=state)
            return 302, {"Location": target}, b""
        requested = frozenset((_first(query, "scope") or "").split())
        granted = requested if self.grant_scopes is None else requested & self.grant_scopes
        code = "4/test-" + secrets.token_urlsafe(10)
        self._codes[code] = (granted, redirect, _first(query, "code_challenge"))
        target = _with_query(redirect, state=state, code=code, scope=" ".join(sorted(granted)))
        return 302, {"Location": target}, b""

    def _token(
        self, headers: Message | dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        form = urllib.parse.parse_qs(body.decode("ascii"))
        grant = _first(form, "grant_type")
        client = (_first(form, "client_id"), _first(form, "client_secret"))
        basic = _header(headers, "authorization") or ""
        if basic.lower().startswith("basic "):
            # Google accepts the client credentials in the form or as HTTP Basic auth.
            user, _, password = base64.b64decode(basic[6:]).decode().partition(":")
            client = (urllib.parse.unquote(user), urllib.parse.unquote(password))
        if client != (CLIENT_ID, CLIENT_SECRET):
            return _json(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        if grant == "authorization_code":
            entry = self._codes.pop(_first(form, "code") or "", None)
            if entry is None:
                return _json(400, {"error": "invalid_grant", "error_description": "Bad Request"})
            granted, redirect, challenge = entry
            if _first(form, "redirect_uri") != redirect:
                return _json(400, {"error": "redirect_uri_mismatch"})
            verifier = _first(form, "code_verifier") or ""
            if (
                challenge is not None
                and b64url(hashlib.sha256(verifier.encode()).digest()) != challenge
            ):
                return _json(
                    400, {"error": "invalid_grant", "error_description": "Invalid code verifier."}
                )
            refresh = self.issue_refresh_token(granted)
        elif grant == "refresh_token":
            refresh = _first(form, "refresh_token") or ""
            if refresh not in self.refresh_tokens:
                return _json(
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
            granted = self.refresh_tokens[refresh]
            with self.lock:
                self.stats.refreshes += 1
        else:
            return _json(400, {"error": "unsupported_grant_type"})
        answer: dict[str, Any] = {
            "access_token": self.issue_access_token(granted),
            "expires_in": 3599,
            "scope": " ".join(sorted(granted)),
            "token_type": "Bearer",
        }
        if grant == "authorization_code":
            answer["refresh_token"] = refresh
        return _json(200, answer)

    # ---- control (for a server in another process) -----------------------------

    def _control(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if path == "/_control/stats" and method == "GET":
            with self.lock:
                return _json(
                    200,
                    {
                        "round_trips": self.stats.round_trips,
                        "calls": dict(self.stats.calls),
                        "batch_sizes": self.stats.batch_sizes,
                        "bytes_out": self.stats.bytes_out,
                        "access_token": self.access_token,
                        "messages": len(self.messages),
                    },
                )
        if path == "/_control/latency" and method == "POST":
            self.latency = float(json.loads(body)["seconds"])
            return _json(200, {})
        if path == "/_control/reset" and method == "POST":
            with self.lock:
                self.stats = Stats()
            return _json(200, {})
        if path == "/_control/messages" and method == "POST":
            for item in json.loads(body):
                self.add_message(
                    unb64url(item["raw"]),
                    labels=item.get("labels", ["INBOX"]),
                    internal_date=item.get("internal_date"),
                )
            return _json(200, {"messages": len(self.messages)})
        return _error(404, "no such control endpoint", "notFound")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without this a keep-alive client waits for delayed ACKs: ~20 requests/s instead of ~280.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _any(self) -> None:
        gmail: GmailServer = self.server.gmail  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        counted = not (self.path.startswith(("/_control/", "/token", "/o/oauth2/")))
        if counted and gmail.latency:
            time.sleep(gmail.latency)
        status, headers, content = gmail.handle(self.command, self.path, self.headers, body)
        if counted:
            with gmail.lock:
                gmail.stats.round_trips += 1
                gmail.stats.bytes_out += len(content)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = _any


# ---- helpers ---------------------------------------------------------------------

_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}
_REASONS |= {429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
_HISTORY_KEYS = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}


def _route(method: str, route: str) -> tuple[str | None, frozenset[str], str | None]:
    """Give (operation, scopes that allow it, path argument) for a users/me/... route."""
    parts = route.split("/")
    if method == "GET" and parts == ["profile"]:
        return "profile", _PROFILE_SCOPES, None
    if method == "GET" and parts == ["messages"]:
        return "messages.list", _READ_SCOPES, None
    if method == "GET" and len(parts) == 2 and parts[0] == "messages":
        return "messages.get", _READ_SCOPES, parts[1]
    if method == "GET" and parts == ["history"]:
        return "history.list", _READ_SCOPES, None
    if method == "POST" and parts == ["drafts"]:
        return "drafts.create", _DRAFT_SCOPES, None
    if method == "PUT" and len(parts) == 2 and parts[0] == "drafts":
        return "drafts.update", _DRAFT_SCOPES, parts[1]
    if method == "GET" and len(parts) == 2 and parts[0] == "drafts":
        return "drafts.get", _DRAFT_SCOPES, parts[1]
    return None, frozenset(), None


def _json(status: int, data: Any) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json; charset=UTF-8"}, json.dumps(data).encode()


def _error(
    status: int, message: str, reason: str, *, status_text: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    error: dict[str, Any] = {
        "code": status,
        "message": message,
        "errors": [{"message": message, "domain": "global", "reason": reason}],
    }
    if status_text:
        error["status"] = status_text
    return _json(status, {"error": error})


def _fault_response(fault: Fault) -> tuple[int, dict[str, str], bytes]:
    default_reason = {429: "rateLimitExceeded", 403: "rateLimitExceeded"}.get(
        fault.status, "backendError"
    )
    reason = fault.reason or default_reason
    message = {
        "rateLimitExceeded": "Rate Limit Exceeded",
        "userRateLimitExceeded": "User-rate limit exceeded.",
        "dailyLimitExceeded": "Daily Limit Exceeded",
        "accessNotConfigured": "Gmail API has not been used in project 42 before or it is disabled.",
        "backendError": "Backend Error",
    }.get(reason, reason)
    status, headers, body = _error(fault.status, message, reason)
    if fault.retry_after is not None:
        headers["Retry-After"] = str(fault.retry_after)
    return status, headers, body


def _bearer(headers: Message | dict[str, str]) -> str | None:
    value = _header(headers, "authorization") or ""
    return value[7:].strip() if value.lower().startswith("bearer ") else None


def _header(headers: Message | dict[str, str], name: str) -> str | None:
    if isinstance(headers, dict):
        for key, value in headers.items():
            if key.lower() == name:
                return value
        return None
    found = headers.get(name)
    return None if found is None else str(found)


def _first(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


def _with_query(url: str, **params: str) -> str:
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params)


def _normal_subject(subject: str) -> str:
    return _RE_PREFIX.sub("", " ".join(subject.split())).lower()


def _in_spam_trash(message: StoredMessage) -> bool:
    return "SPAM" in message.label_ids or "TRASH" in message.label_ids


def _explicit_spam_trash(query: dict[str, list[str]]) -> bool:
    q = (_first(query, "q") or "").lower()
    return any(term in q.split() for term in ("in:spam", "in:trash", "in:anywhere"))


class _Age:
    def __init__(self, seconds: int, newer: bool) -> None:
        self.seconds = seconds
        self.newer = newer

    def __call__(self, message: StoredMessage, now: float) -> bool:
        age = now - message.internal_date / 1000
        return age <= self.seconds if self.newer else age > self.seconds


def _is_age(test: Any) -> bool:
    return isinstance(test, _Age)


def _compile_query(q: str) -> list[Any]:
    """Give predicates for the subset of Gmail search the server knows; ValueError otherwise."""
    tests: list[Any] = []
    for term in q.split():
        negate = term.startswith("-")
        word = term[1:] if negate else term
        key, _, value = word.partition(":")
        key, value = key.lower(), value.lower()
        test: Any
        if key in ("newer_than", "older_than"):
            match = re.fullmatch(r"(\d+)([dmy])", value)
            if match is None or negate:
                raise ValueError(term)
            tests.append(
                _Age(int(match.group(1)) * _AGE_UNITS[match.group(2)], key == "newer_than")
            )
            continue
        if key == "in" and value == "anywhere":
            continue
        if key in ("in", "is") and value in _IN_LABELS:
            label = _IN_LABELS[value]
            test = lambda m, label=label: label in m.label_ids  # noqa: E731
        elif key == "label":
            test = lambda m, value=value: value in {x.lower() for x in m.label_ids}  # noqa: E731
        elif key == "from":
            test = lambda m, value=value: value in str(m.parsed.get("From") or "").lower()  # noqa: E731
        elif key == "subject":
            test = lambda m, value=value: value in str(m.parsed.get("Subject") or "").lower()  # noqa: E731
        else:
            raise ValueError(f"the test server does not know {term!r}")
        tests.append((lambda m, t=test: not t(m)) if negate else test)
    return tests


def _filter_record(record: dict[str, Any], types: set[str]) -> dict[str, Any]:
    if not types:
        return record
    keep = {"id", "messages"} | {_HISTORY_KEYS[t] for t in types if t in _HISTORY_KEYS}
    return {k: v for k, v in record.items() if k in keep}


def _decoded(value: str) -> str:
    """Give a header value with RFC 2047 words decoded and folding removed, as Gmail shows it."""
    unfolded = re.sub(r"\r?\n[ \t]+", " ", value)
    try:
        return str(email.header.make_header(email.header.decode_header(unfolded)))
    except (email.errors.HeaderParseError, LookupError, UnicodeDecodeError):
        return unfolded


def _headers(part: Message) -> list[dict[str, str]]:
    return [{"name": name, "value": _shown(name, str(value))} for name, value in part.items()]


def _shown(name: str, value: str) -> str:
    """Give a header value as Gmail shows it: encoded words decoded, quoting kept valid."""
    try:
        return str(email.policy.default.header_factory(name, re.sub(r"\r?\n[ \t]+", " ", value)))
    except (email.errors.HeaderParseError, ValueError, IndexError, TypeError):
        return _decoded(value)


def _payload(part: Message, part_id: str) -> dict[str, Any]:
    """Give the `full` payload of a MIME part: headers, body data (not attachments), parts."""
    payload: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": _headers(part),
    }
    if part.is_multipart():
        children = part.get_payload()
        assert isinstance(children, list)
        payload["body"] = {"size": 0}
        payload["parts"] = [
            _payload(child, f"{part_id}.{index}" if part_id else str(index))
            for index, child in enumerate(children)
        ]
        return payload
    data = part.get_payload(decode=True)
    data = data if isinstance(data, bytes) else b""
    if payload["filename"]:
        # Attachments come as an id to fetch separately, never inline.
        payload["body"] = {"attachmentId": "ANGjdJ" + secrets.token_hex(8), "size": len(data)}
    else:
        payload["body"] = {"size": len(data), "data": b64url(data)}
    return payload


def _snippet(parsed: Message) -> str:
    for part in parsed.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                charset = part.get_content_charset() or "utf-8"
                try:
                    text = data.decode(charset, "replace")
                except LookupError:
                    text = data.decode("utf-8", "replace")
                return " ".join(text.split())[:200]
    return ""


def iter_ids(server: GmailServer) -> Iterator[str]:
    """Give message ids newest first, as messages.list orders them."""
    with server.lock:
        ordered = sorted(
            server.messages.values(), key=lambda m: (m.internal_date, m.id), reverse=True
        )
    return (m.id for m in ordered)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Serve a loopback Gmail API for the bench")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = GmailServer(port=args.port)
    print(server.url, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server._http.serve_forever()


# ---- test helpers ------------------------------------------------------------------

_seq = itertools.count(1)


def make_mail(
    *,
    subject: str = "Your application to Acme",
    sender: str = "Acme Recruiting <no-reply@acme.example>",
    to: str = ADDRESS,
    text: str = "Thank you for applying to Acme.",
    html: str | None = None,
    attachment: bytes | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """Give an RFC 5322 message written for the tests (plain, alternative, with attachment)."""
    from datetime import UTC, datetime
    from email.message import EmailMessage
    from email.utils import format_datetime

    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = message_id or f"<m{next(_seq)}.{secrets.token_hex(4)}@mail.example>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    for name, value in (extra_headers or {}).items():
        message[name] = value
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    if attachment is not None:
        message.add_attachment(
            attachment, maintype="application", subtype="pdf", filename="offer-letter.pdf"
        )
    return message.as_bytes()


def connect(
    server: GmailServer,
    *,
    token: str | None = None,
    credentials: Any = None,
    sleep: Any = None,
    quota_units_per_second: float | None = None,
    message_format: str = "full",
    data_dir: Any = None,
    **settings: Any,
) -> Any:
    """Give a GmailConnector for an account on `server` (real client, loopback http)."""
    from pathlib import Path

    import httplib2
    from google.oauth2.credentials import Credentials

    from connectors.gmail import open_gmail
    from tracker.config import GmailAccount

    account = GmailAccount.model_validate(
        {"name": "personal", "kind": "gmail", "api_endpoint": server.url, **settings}
    )
    if credentials is None:
        credentials = Credentials(token=token or server.access_token)  # type: ignore[no-untyped-call]
    return open_gmail(
        account,
        data_dir=data_dir or Path("/nonexistent"),
        http=httplib2.Http(timeout=10),
        credentials=credentials,
        sleep=sleep or (lambda seconds: None),
        quota_units_per_second=quota_units_per_second,
        message_format=message_format,  # type: ignore[arg-type]
    )


def quick_mail(number: int, *, subject: str | None = None) -> bytes:
    """Give a small plain message fast (for tests that need hundreds)."""
    return (
        f"From: Recruiting <jobs{number % 7}@acme.example>\r\n"
        f"To: {ADDRESS}\r\n"
        f"Subject: {subject or f'Application {number}'}\r\n"
        f"Message-ID: <q{number}.{next(_seq)}@mail.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Thank you for applying ({number}).\r\n"
    ).encode()
