"""Gmail rate limits, server errors, expired tokens and lost connections, end to end."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httplib2
import pytest
from gmail_server import ALL_SCOPES, COMPOSE, READONLY, GmailServer, connect, quick_mail
from google.oauth2.credentials import Credentials
from googleapiclient.http import HttpMockSequence

from connectors.gmail import open_gmail
from connectors.gmail_errors import SCOPE_READ, describe_http_error
from connectors.gmail_pacing import Backoff, QuotaBucket
from tracker.config import GmailAccount
from tracker.connector import (
    AuthError,
    ConfigurationError,
    ProtocolError,
    QuotaError,
    UnavailableError,
)


@pytest.fixture
def server() -> Iterator[GmailServer]:
    running = GmailServer().start()
    yield running
    running.stop()


class Sleeps:
    """An injected sleep that records how long the connector wanted to wait."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _scan_ids(connector: object) -> list[str]:
    return [m.provider_id for b in connector.scan(None) for m in b.messages]  # type: ignore[attr-defined]


def test_rate_limited_calls_inside_a_batch_are_retried_alone(server: GmailServer) -> None:
    ids = [server.add_message(quick_mail(i)).id for i in range(10)]
    server.inject("messages.get", 429, message_id=ids[3])
    server.inject("messages.get", 500, message_id=ids[7], times=2)
    sleeps = Sleeps()

    fetched = _scan_ids(connect(server, sleep=sleeps))

    assert sorted(fetched) == sorted(ids)
    # first batch of 10, then only the 2 failed calls, then the one still failing
    assert server.stats.batch_sizes == [10, 2, 1]
    assert server.stats.calls["messages.get"] == 13
    assert len(sleeps.waits) == 2


def test_a_refused_batch_is_sent_again(server: GmailServer) -> None:
    ids = [server.add_message(quick_mail(i)).id for i in range(4)]
    server.inject("batch", 503)
    server.inject("batch", 429, retry_after=7)
    sleeps = Sleeps()

    assert sorted(_scan_ids(connect(server, sleep=sleeps))) == sorted(ids)

    assert server.stats.batch_sizes == [4]  # the refused ones never reached the parts
    assert len(sleeps.waits) == 2
    assert sleeps.waits[1] >= 7  # Retry-After is honoured


def test_403_rate_limit_reasons_are_retried_but_other_403s_are_not(server: GmailServer) -> None:
    server.add_message(quick_mail(1))
    server.inject("messages.list", 403, reason="userRateLimitExceeded")
    assert len(_scan_ids(connect(server))) == 1

    server.inject("messages.list", 403, reason="dailyLimitExceeded")
    with pytest.raises(QuotaError, match="daily quota"):
        _scan_ids(connect(server))


def test_a_rate_limit_that_persists_becomes_a_quota_error(server: GmailServer) -> None:
    server.add_message(quick_mail(1))
    server.inject("messages.get", 429, times=50)
    sleeps = Sleeps()

    with pytest.raises(QuotaError, match="rate limiting") as caught:
        _scan_ids(connect(server, sleep=sleeps))

    assert caught.value.account == "personal"
    assert server.stats.calls["messages.get"] == 6  # attempts, then give up
    assert len(sleeps.waits) == 5


def test_server_errors_that_persist_become_unavailable(server: GmailServer) -> None:
    server.inject("profile", 500, times=50)
    with pytest.raises(UnavailableError, match="server error"):
        _scan_ids(connect(server))


def test_backoff_grows_exponentially_with_full_jitter() -> None:
    sleeps = Sleeps()
    backoff = Backoff(attempts=6, base=1.0, cap=10.0, sleep=sleeps, rand=lambda: 1.0)
    for retry in range(1, 6):
        backoff.pause(retry)
    assert sleeps.waits == [1.0, 2.0, 4.0, 8.0, 10.0]
    half = Backoff(base=1.0, rand=lambda: 0.5)
    assert half.delay(3) == 2.0
    assert half.delay(1, retry_after=30) == 30


def test_quota_bucket_paces_calls_to_the_rate() -> None:
    now = [0.0]
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        now[0] += seconds

    bucket = QuotaBucket(250, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        bucket.take(250)  # a batch of 50 messages.get
    assert sleeps.waits == [1.0, 1.0, 1.0]  # the first batch fits the initial budget
    assert now[0] == 3.0
    bucket.take(1)
    assert sleeps.waits[-1] == pytest.approx(1 / 250)
    free = QuotaBucket(None, clock=lambda: 0.0, sleep=sleep)
    free.take(10_000)
    assert len(sleeps.waits) == 4


def test_the_connector_spends_quota_for_each_call(server: GmailServer) -> None:
    for i in range(30):
        server.add_message(quick_mail(i))
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    connector = connect(server, sleep=sleep, quota_units_per_second=100, batch_size=10)
    connector.quota = QuotaBucket(100, clock=lambda: now[0], sleep=sleep)
    assert len(_scan_ids(connector)) == 30
    # 1 (profile) + 5 (list) + 3 x 50 (gets) = 156 units at 100/s with 100 in the bucket
    assert now[0] == pytest.approx(0.56)


def test_expired_access_token_is_refreshed_at_the_loopback_token_endpoint(
    server: GmailServer,
) -> None:
    server.add_message(quick_mail(1))
    refresh = server.issue_refresh_token(ALL_SCOPES)
    credentials = Credentials(  # type: ignore[no-untyped-call]
        token="expired-token",
        refresh_token=refresh,
        token_uri=server.url + "token",
        client_id="test-client.apps.googleusercontent.com",
        client_secret="test-client-secret",
    )

    assert len(_scan_ids(connect(server, credentials=credentials))) == 1
    assert server.stats.refreshes >= 1
    assert credentials.token in server.access_tokens


def test_revoked_refresh_token_says_to_authorize_again_and_mentions_testing_expiry(
    server: GmailServer,
) -> None:
    credentials = Credentials(  # type: ignore[no-untyped-call]
        token="expired-token",
        refresh_token="1//revoked",
        token_uri=server.url + "token",
        client_id="test-client.apps.googleusercontent.com",
        client_secret="test-client-secret",
    )

    with pytest.raises(AuthError) as caught:
        _scan_ids(connect(server, credentials=credentials))

    message = str(caught.value)
    assert "nextround auth gmail --account personal" in message
    assert "7 days" in message and "Testing" in message
    assert "1//revoked" not in message and "expired-token" not in message


def test_missing_scope_names_the_scope_and_what_will_not_work(server: GmailServer) -> None:
    drafts_only = server.issue_access_token({COMPOSE})
    with pytest.raises(AuthError) as caught:
        _scan_ids(connect(server, token=drafts_only))
    assert "gmail.readonly" in str(caught.value)
    assert "scans cannot read your mail" in str(caught.value)


def test_missing_scope_known_from_the_token_fails_before_any_call(server: GmailServer) -> None:
    credentials = Credentials(  # type: ignore[no-untyped-call]
        token=server.issue_access_token({READONLY}), scopes=[READONLY]
    )
    connector = connect(server, credentials=credentials)
    from tracker.connector import DraftReply

    with pytest.raises(AuthError, match=r"gmail\.compose"):
        connector.save_draft(DraftReply(subject="Re: x", body="Thanks", to=None, in_reply_to=None))
    assert server.stats.round_trips == 0


def test_a_refused_connection_is_unavailable(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connections are refused
        account = GmailAccount(
            name="personal", kind="gmail", api_endpoint=f"http://127.0.0.1:{port}/"
        )
        connector = open_gmail(
            account,
            data_dir=tmp_path,
            http=httplib2.Http(timeout=5),
            credentials=Credentials(token="x"),  # type: ignore[no-untyped-call]
        )
        with pytest.raises(UnavailableError, match=re.escape(f"127.0.0.1:{port}")):
            list(connector.scan(None))


def _mocked(tmp_path: Path, responses: list[tuple[dict[str, str], bytes]]) -> object:
    account = GmailAccount(name="personal", kind="gmail", api_endpoint="http://127.0.0.1:9/")
    return open_gmail(
        account,
        data_dir=tmp_path,
        http=HttpMockSequence(responses),
        credentials=Credentials(token="x"),  # type: ignore[no-untyped-call]
        sleep=lambda seconds: None,
    )


def _error_body(status: int, reason: str, message: str = "m") -> bytes:
    import json

    return json.dumps(
        {"error": {"code": status, "message": message, "errors": [{"reason": reason}]}}
    ).encode()


@pytest.mark.parametrize(
    ("status", "reason", "expected", "words"),
    [
        (400, "invalidArgument", ProtocolError, "answered 400"),
        (403, "accessNotConfigured", ConfigurationError, "not enabled"),
        (403, "forbidden", AuthError, "refused"),
        (401, "authError", AuthError, "auth gmail --account personal"),
    ],
)
def test_small_error_branches_map_to_the_connector_errors(
    tmp_path: Path, status: int, reason: str, expected: type[Exception], words: str
) -> None:
    connector = _mocked(tmp_path, [({"status": str(status)}, _error_body(status, reason))])
    with pytest.raises(expected, match=words):
        _scan_ids(connector)


def test_scope_error_detail_is_recognised(tmp_path: Path) -> None:
    import json

    body = json.dumps(
        {
            "error": {
                "code": 403,
                "message": "Request had insufficient authentication scopes.",
                "status": "PERMISSION_DENIED",
                "details": [{"reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT"}],
            }
        }
    ).encode()
    connector = _mocked(tmp_path, [({"status": "403"}, body)])
    with pytest.raises(AuthError, match=SCOPE_READ):
        _scan_ids(connector)


def test_describe_reads_retry_after_and_survives_non_json() -> None:
    from googleapiclient.errors import HttpError

    response = httplib2.Response({"status": "503", "retry-after": "12"})
    failure = describe_http_error(HttpError(response, b"<html>busy</html>"))
    assert (failure.status, failure.retry_after, failure.retryable) == (503, 12.0, True)
