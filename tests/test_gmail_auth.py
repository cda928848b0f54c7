"""`nextround auth gmail`: the installed-app OAuth flow end to end, and the token on disk."""

from __future__ import annotations

import json
import os
import queue
import stat
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from gmail_server import ADDRESS, READONLY, GmailServer, quick_mail
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from connectors.gmail import open_gmail
from connectors.gmail_auth import KEYRING_SERVICE, authorize, load_credentials, token_path
from tracker.config import GmailAccount
from tracker.connector import AuthError, ConfigurationError, DraftReply, UnavailableError


@pytest.fixture
def server() -> Iterator[GmailServer]:
    running = GmailServer().start()
    yield running
    running.stop()


@pytest.fixture
def account(server: GmailServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GmailAccount:
    # Our loopback token endpoint is plain http; Google's is https.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    secrets = tmp_path / "client_secret.json"
    secrets.write_text(json.dumps(server.client_secrets()))
    return GmailAccount(
        name="personal", kind="gmail", client_secrets=secrets, api_endpoint=server.url
    )


class Browser:
    """Plays the user's browser: opens the URL the flow prints and follows Google's redirect."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._urls: queue.Queue[str] = queue.Queue()
        self.landing: str | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def echo(self, line: str) -> None:
        self.lines.append(line)
        if line.startswith("http"):
            self._urls.put(line)

    def _run(self) -> None:
        url = self._urls.get(timeout=10)
        with urllib.request.urlopen(url, timeout=10) as answer:
            self.landing = answer.read().decode()

    def join(self) -> None:
        self._thread.join(timeout=10)


def _authorize(account: GmailAccount, data_dir: Path, **kwargs: Any) -> tuple[str, Browser]:
    browser = Browser()
    summary = authorize(account, data_dir=data_dir, echo=browser.echo, timeout=10, **kwargs)
    browser.join()
    return summary, browser


def test_the_flow_stores_a_private_token_that_scans_work_with(
    server: GmailServer, account: GmailAccount, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    summary, browser = _authorize(account, data_dir)

    assert summary == f"Authorized gmail account personal as {ADDRESS} (scopes: read, drafts)"
    assert browser.landing is not None and "close this tab" in browser.landing
    url = next(line for line in browser.lines if line.startswith("http"))
    assert "code_challenge=" in url and "access_type=offline" in url
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
    path = token_path(account, data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["personal.json"]  # no temp file left
    stored = json.loads(path.read_text())
    assert stored["refresh_token"] in server.refresh_tokens
    # Nothing printed carries a token.
    assert not any(
        stored["refresh_token"] in line or stored["token"] in line for line in browser.lines
    )

    server.add_message(quick_mail(1))
    connector = open_gmail(account, data_dir=data_dir)
    assert [len(b.messages) for b in connector.scan(None)] == [1]
    assert stored["token"] not in repr(connector)


def test_an_unticked_scope_is_named_with_what_will_not_work(
    server: GmailServer, account: GmailAccount, tmp_path: Path
) -> None:
    server.grant_scopes = frozenset({READONLY})

    summary, _ = _authorize(account, tmp_path)

    assert summary.startswith(f"Authorized gmail account personal as {ADDRESS} (scopes: read)")
    assert "drafts access was not granted, so follow-up drafts cannot be saved" in summary
    assert "nextround auth gmail --account personal" in summary
    assert '"Manage drafts and send emails"' in summary
    connector = open_gmail(account, data_dir=tmp_path)
    with pytest.raises(AuthError, match=r"gmail\.compose"):
        connector.save_draft(DraftReply(subject="Re: x", body="Thanks", to=None, in_reply_to=None))


def test_no_scope_at_all_is_an_error(
    server: GmailServer, account: GmailAccount, tmp_path: Path
) -> None:
    server.grant_scopes = frozenset()
    with pytest.raises(AuthError, match="neither scan nor save drafts"):
        _authorize(account, tmp_path)
    assert not token_path(account, tmp_path).exists()


def test_declined_consent_is_an_auth_error(
    server: GmailServer, account: GmailAccount, tmp_path: Path
) -> None:
    server.consent_error = "access_denied"
    with pytest.raises(AuthError, match="access_denied"):
        _authorize(account, tmp_path)


def test_no_browser_answer_times_out(account: GmailAccount, tmp_path: Path) -> None:
    with pytest.raises(UnavailableError, match="no answer from the browser"):
        authorize(account, data_dir=tmp_path, echo=lambda line: None, timeout=0.2)


@pytest.mark.parametrize("where", [None, "missing.json"])
def test_missing_client_secrets_points_at_the_setup_guide(
    account: GmailAccount, tmp_path: Path, where: str | None
) -> None:
    changed = account.model_copy(update={"client_secrets": where and tmp_path / where})
    with pytest.raises(ConfigurationError, match=r"docs/gmail-setup\.md"):
        authorize(changed, data_dir=tmp_path, echo=lambda line: None)


def test_a_token_others_can_read_is_refused(account: GmailAccount, tmp_path: Path) -> None:
    _authorize(account, tmp_path)
    path = token_path(account, tmp_path)
    os.chmod(path, 0o644)
    with pytest.raises(ConfigurationError, match=f"chmod 600 {path}"):
        open_gmail(account, data_dir=tmp_path)


def test_no_token_yet_says_how_to_authorize(account: GmailAccount, tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="nextround auth gmail --account personal"):
        load_credentials(account, data_dir=tmp_path)


def test_a_damaged_token_file_is_a_configuration_error(
    account: GmailAccount, tmp_path: Path
) -> None:
    path = token_path(account, tmp_path)
    path.parent.mkdir(mode=0o700)
    path.write_text("{not json")
    path.chmod(0o600)
    with pytest.raises(ConfigurationError, match="cannot be read"):
        load_credentials(account, data_dir=tmp_path)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_token_can_live_in_the_keyring(
    server: GmailServer, account: GmailAccount, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    in_keyring = account.model_copy(update={"token_store": "keyring"})
    _authorize(in_keyring, tmp_path)

    assert not token_path(in_keyring, tmp_path).exists()
    stored = json.loads(memory_keyring.values[(KEYRING_SERVICE, "personal")])
    assert stored["refresh_token"] in server.refresh_tokens
    server.add_message(quick_mail(1))
    assert [len(b.messages) for b in open_gmail(in_keyring, data_dir=tmp_path).scan(None)] == [1]


def test_an_unusable_keyring_says_what_to_do(account: GmailAccount, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        in_keyring = account.model_copy(update={"token_store": "keyring"})
        with pytest.raises(ConfigurationError, match='token_store = "file"'):
            _authorize(in_keyring, tmp_path)
    finally:
        keyring.set_keyring(previous)
