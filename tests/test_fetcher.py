"""A big scan's rest fetched by a process of its own, against a real Dovecot on loopback."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from pathlib import Path
from typing import Any

import pytest
from dovecot import Dovecot
from imapclient import IMAPClient
from test_imap import connect, job_mail, message_id_of

from connectors.base import FetchedMessage, ScanBatch, UnavailableError
from tracker import fetcher
from tracker.config import Settings
from tracker.fetcher import scan_batches
from tracker.store import open_store
from tracker.sync import scan_account

pytestmark = pytest.mark.dovecot


@pytest.fixture
def server(dovecot_server: Dovecot) -> Dovecot:
    return dovecot_server


@pytest.fixture
def user(server: Dovecot) -> str:
    name = server.new_user()
    # Bodies of 2 KB make each batch of 100 larger than a pipe holds, so that the fetcher
    # waits for the scan and stays at most a batch or two ahead, as with real mail.
    body = "We received your application. " * 70
    server.seed_maildir(name, (job_mail(n, body=f"{n}: {body}") for n in range(1, 601)))
    return name


@pytest.fixture(autouse=True)
def small_hand_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # 600 messages in batches of 100: after the first, 500 are left to hand over.
    monkeypatch.setattr(fetcher, "HAND_OVER_FROM", 300)


def fetcher_alive() -> bool:
    return any(p.name == "nextround-fetcher" for p in multiprocessing.active_children())


def from_the_fetcher(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    return [r for r in records if r.process != os.getpid()]


def ids_of(messages: list[FetchedMessage]) -> list[str]:
    return [message_id_of(m) for m in messages]


def test_the_rest_of_a_big_scan_is_fetched_elsewhere_and_is_the_same_mail(
    server: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    at_home = list(connect(server, user, batch_size=100).scan(None))
    batches = list(scan_batches(connect(server, user, batch_size=100), None, elsewhere=True))

    assert [m.provider_id for b in batches for m in b.messages] == [
        m.provider_id for b in at_home for m in b.messages
    ]
    assert [m.raw for b in batches for m in b.messages] == [
        m.raw for b in at_home for m in b.messages
    ]
    # Progress counts from the start of the scan, as the connector's own batches do.
    assert [(b.done, b.total) for b in batches] == [(b.done, b.total) for b in at_home]
    assert batches[-1].cursor == at_home[-1].cursor
    # The fetcher logged in on its own, and its log reached this process.
    assert any("logged in" in r.getMessage() for r in from_the_fetcher(caplog.records))
    assert not fetcher_alive()


def test_the_fetcher_logs_at_the_levels_of_the_scans_loggers(
    server: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The CLI keeps imaplib's trace (which holds mail) off even at -vv: so must the
    # fetcher, while its other debug lines still come.
    caplog.set_level(logging.DEBUG)
    trace = logging.getLogger("imapclient.imaplib")
    trace.setLevel(logging.INFO)
    try:
        list(scan_batches(connect(server, user, batch_size=100), None, elsewhere=True))
    finally:
        trace.setLevel(logging.NOTSET)
    theirs = from_the_fetcher(caplog.records)
    assert any(r.name == "imapclient.imapclient" and r.levelno == logging.DEBUG for r in theirs)
    assert not any(r.name == "imapclient.imaplib" for r in theirs)


def test_small_scans_and_connectors_without_an_opener_fetch_here(
    server: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    not_elsewhere = list(scan_batches(connect(server, user, batch_size=100), None, elsewhere=False))
    own_client = connect(
        server, user, batch_size=100, factory=lambda *args, **kwargs: IMAPClient(*args, **kwargs)
    )  # a caller's client factory: another process could not rebuild it
    assert own_client.opener() is None
    no_opener = list(scan_batches(own_client, None, elsewhere=True))
    for batches in (not_elsewhere, no_opener):
        assert sum(len(b.messages) for b in batches) == 600
    assert from_the_fetcher(caplog.records) == []


def test_when_no_fetcher_can_start_the_rest_is_fetched_here(
    server: Dovecot, user: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*args: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(fetcher, "_start_fetcher", refuse)
    at_home = list(connect(server, user, batch_size=100).scan(None))
    batches = list(scan_batches(connect(server, user, batch_size=100), None, elsewhere=True))
    assert [m.provider_id for b in batches for m in b.messages] == [
        m.provider_id for b in at_home for m in b.messages
    ]
    assert [(b.done, b.total) for b in batches] == [(b.done, b.total) for b in at_home]
    assert "no process to fetch in (no more processes): fetching here" in caplog.text


def test_a_fetcher_that_dies_ends_the_scan_with_a_clear_error_and_the_next_scan_resumes(
    server: Dovecot, user: str
) -> None:
    received: list[FetchedMessage] = []
    committed: Any = None
    with pytest.raises(UnavailableError, match=r"stopped before the end.*scan again"):
        for batch in scan_batches(connect(server, user, batch_size=100), None, elsewhere=True):
            received.extend(batch.messages)
            committed = batch.cursor
            if len(received) == 200:
                (process,) = [
                    p for p in multiprocessing.active_children() if p.name == "nextround-fetcher"
                ]
                assert process.pid is not None
                os.kill(process.pid, signal.SIGKILL)
    rest = [m for b in connect(server, user, batch_size=100).scan(committed) for m in b.messages]
    assert sorted(ids_of(received + rest)) == sorted(
        f"<seed-{n}@test.invalid>" for n in range(1, 601)
    )


def test_a_dropped_connection_in_the_fetcher_is_the_connectors_own_error(
    server: Dovecot, user: str
) -> None:
    received = 0
    with pytest.raises(UnavailableError, match=r"dropped|failed") as raised:
        for batch in scan_batches(connect(server, user, batch_size=100), None, elsewhere=True):
            received += len(batch.messages)
            if received == 200:
                for pid in server.imap_process_ids(user):
                    os.kill(pid, signal.SIGKILL)
    assert "stopped before the end" not in str(raised.value)
    # What the fetcher had fetched before the drop still arrives, then its error.
    assert 200 <= received < 600
    assert not fetcher_alive()


def test_a_scan_that_stops_early_leaves_no_fetcher_behind(server: Dovecot, user: str) -> None:
    batches = scan_batches(connect(server, user, batch_size=100), None, elsewhere=True)
    taken: list[ScanBatch] = []
    for batch in batches:
        taken.append(batch)
        if len(taken) == 2:
            break
    batches.close()  # type: ignore[attr-defined]
    assert not fetcher_alive()


def test_a_big_scan_with_helpers_stores_all_of_it(
    server: Dovecot, user: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    engine = open_store(f"sqlite:///{tmp_path / 'scan.db'}")
    report = scan_account(
        engine, connect(server, user, batch_size=100), settings=Settings(), workers=True
    )
    assert report.fetched == 600
    assert report.stored == 600
    assert from_the_fetcher(caplog.records)
