"""No password, token or refresh token in logs, errors, reprs or output, even at DEBUG.

Scans and draft saves run through the real IMAP (Dovecot) and Gmail (the Google
client against the loopback server) stacks with every logger at DEBUG;
everything logged or printed, every error and every repr is then searched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot import PASSWORD, Dovecot, running_dovecot
from gmail_server import ALL_SCOPES, GmailServer, connect, quick_mail
from google.oauth2.credentials import Credentials
from mailfactory import NOW, job_mail
from sqlmodel import Session, select

from connectors.imap import open_imap
from tracker.config import ImapAccount, Settings
from tracker.connector import AuthError, ConnectorError
from tracker.drafting import prepare_draft, save_draft
from tracker.models import FollowUp
from tracker.store import open_store
from tracker.sync import scan_account

CLIENT_SECRET = "test-client-secret"  # what the loopback server expects


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    with running_dovecot() as running:
        yield running


@pytest.fixture
def everything_at_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in (
        "imapclient",
        "imapclient.imaplib",
        "googleapiclient",
        "google",
        "urllib3",
        "tracker",
        "connectors",
    ):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog


def assert_nowhere(secrets: list[str], *texts: str) -> None:
    for secret in secrets:
        assert len(secret) >= 6
        for text in texts:
            assert secret not in text, (
                f"a secret leaked: ...{text[max(0, text.find(secret) - 60) :][:120]}..."
            )


@pytest.mark.dovecot
def test_imap_scan_and_draft_at_debug_leak_no_password(
    dovecot: Dovecot, tmp_path: Path, everything_at_debug: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    user = dovecot.new_user()
    login = dovecot.client(user)
    login.append("INBOX", job_mail("applied", "Acme", key="s1", days_ago=5, now=NOW))
    login.append("INBOX", job_mail("rejection", "Acme", key="s2", days_ago=1, now=NOW))
    login.logout()

    monkeypatch.setenv("NEXTROUND_TEST_IMAP_PASSWORD", PASSWORD)
    base = dovecot.account(user)
    account = ImapAccount.model_validate(
        {**base.model_dump(), "password": None, "password_env": "NEXTROUND_TEST_IMAP_PASSWORD"}
    )
    engine = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    settings = Settings(accounts=[account])
    connector = open_imap(account, data_dir=tmp_path)
    report = scan_account(engine, connector, settings=settings, now=NOW)
    assert report.followups == 1
    with Session(engine) as session:
        followup_id = session.exec(select(FollowUp.id)).one()
        prepared = prepare_draft(
            session, followup_id=followup_id, settings=settings, config_dir=tmp_path
        )  # type: ignore[arg-type]
    save_draft(engine, connector, prepared)
    texts = [repr(connector), repr(account), str(account), repr(settings)]
    connector.close()

    wrong = ImapAccount.model_validate({**base.model_dump(), "password": "Wr0ng-Secret-Pass"})
    with pytest.raises(AuthError) as caught:
        list(open_imap(wrong, data_dir=tmp_path).scan(None))
    texts += [str(caught.value), repr(caught.value), repr(wrong)]

    assert any(
        "LOGIN" in r.getMessage() for r in everything_at_debug.records
    )  # the log did see the login
    out = capsys.readouterr()
    assert_nowhere(
        [PASSWORD, "Wr0ng-Secret-Pass"], everything_at_debug.text, out.out, out.err, *texts
    )


def test_gmail_scan_refresh_and_draft_at_debug_leak_no_token(
    tmp_path: Path,
    everything_at_debug: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = GmailServer().start()
    try:
        server.add_message(quick_mail(1, subject="Your application to Acme"))
        refresh = server.issue_refresh_token(ALL_SCOPES)
        credentials = Credentials(  # type: ignore[no-untyped-call]
            token="expired-access-token-123",
            refresh_token=refresh,
            token_uri=server.url + "token",
            client_id="test-client.apps.googleusercontent.com",
            client_secret=CLIENT_SECRET,
        )
        connector = connect(server, credentials=credentials)
        batches = list(connector.scan(None))
        assert sum(len(b.messages) for b in batches) == 1
        from tracker.connector import DraftReply

        connector.save_draft(
            DraftReply(subject="Re: Your application", body="Thank you", to=None, in_reply_to=None)
        )
        fresh_token = credentials.token
        assert fresh_token and fresh_token != "expired-access-token-123"
        texts = [repr(connector)]

        revoked = Credentials(  # type: ignore[no-untyped-call]
            token="expired-access-token-456", refresh_token="1//revoked-refresh-token",
            token_uri=server.url + "token", client_id="c", client_secret=CLIENT_SECRET,
        )  # fmt: skip
        with pytest.raises(ConnectorError) as caught:
            list(connect(server, credentials=revoked).scan(None))
        texts += [str(caught.value), repr(caught.value)]
        connector.close()
    finally:
        server.stop()
    out = capsys.readouterr()
    secrets = [
        refresh,
        fresh_token,
        "expired-access-token-123",
        "1//revoked-refresh-token",
        CLIENT_SECRET,
    ]
    assert_nowhere(secrets, everything_at_debug.text, out.out, out.err, *texts)
