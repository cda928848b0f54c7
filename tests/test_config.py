"""Config lookup, strict validation with file and key in every error, secrets."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.config import (
    ConfigError,
    ConfigWarning,
    ImapAccount,
    MaildirAccount,
    default_config_path,
    load_config,
    parse_config,
    parse_duration,
)
from tracker.secrets import SecretError, resolve_password

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def test_example_file_is_valid_and_documents_every_setting() -> None:
    settings = parse_config(EXAMPLE)
    assert settings.accounts == []
    text = EXAMPLE.read_text()
    for section in ("database", "scan", "followup", "classifier"):
        model = getattr(settings, section)
        for key in type(model).model_fields:
            assert re.search(rf"^#? ?{key} =", text, re.M), (
                f"{section}.{key} is not in config.example.toml"
            )


def test_example_accounts_are_valid_when_uncommented(tmp_path: Path) -> None:
    lines = EXAMPLE.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# [[accounts]]"))
    uncommented = [line[2:] if line.startswith("# ") else "" for line in lines[start:]]
    body = "\n".join(line for line in uncommented if not line.lstrip().startswith("#"))
    settings = parse_config(write(tmp_path, body))
    kinds = {account.kind for account in settings.accounts}
    assert kinds == {"imap", "gmail", "maildir"}
    for account in settings.accounts:
        for key in type(account).model_fields:
            if key != "password":  # documented as discouraged, not shown
                assert key in EXAMPLE.read_text(), f"accounts.{key} is not documented"


def test_lookup_order_option_then_env_then_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_dir = default_config_path()
    in_dir.parent.mkdir(parents=True, exist_ok=True)
    in_dir.write_text('[scan]\nevery = "1h"\n')
    assert load_config(None).settings.scan.every == timedelta(hours=1)
    from_env = write(tmp_path, '[scan]\nevery = "2h"\n', "env.toml")
    monkeypatch.setenv("NEXTROUND_CONFIG", str(from_env))
    assert load_config(None).settings.scan.every == timedelta(hours=2)
    explicit = write(tmp_path, '[scan]\nevery = "3h"\n', "explicit.toml")
    loaded = load_config(str(explicit))
    assert loaded.settings.scan.every == timedelta(hours=3)
    assert loaded.path == explicit


def test_no_config_anywhere_gives_defaults() -> None:
    loaded = load_config(None)
    assert loaded.path is None
    assert loaded.settings.followup.delay == timedelta(days=1)


def test_missing_explicit_file_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"nope\.toml: no such config file \(given with --config\)"
    ):
        load_config(str(tmp_path / "nope.toml"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[scan]\nevry = "15m"\n', r"unknown key scan\.evry;"),
        ("[scna]\n", r"unknown key scna;"),
        ('[scan]\nevery = "soon"\n', r"scan\.every: a duration such as .*\(got 'soon'\)"),
        ('[scan]\nauto_apply = "always"\n', r"scan\.auto_apply: must be 'high', 'medium' or 'low'"),
        (
            '[[accounts]]\nname = "w"\nkind = "pop3"\n',
            r"accounts\['w'\]: kind must be one of imap, gmail, maildir, mbox",
        ),
        (
            '[[accounts]]\nname = "w"\nkind = "imap"\nhost = "h"\n',
            r"accounts\['w'\]\.username: required key is missing",
        ),
        (
            '[[accounts]]\nname = "w"\nkind = "imap"\nhost = "h"\nusername = "u"\nport = 99999\n',
            r"accounts\['w'\]\.port: .*65535",
        ),
        (
            '[[accounts]]\nname = "w"\nkind = "imap"\nhost = "h"\nusername = "u"\nsecurity = "ssl"\n',
            r"accounts\['w'\]\.security: must be 'tls', 'starttls' or 'plain'",
        ),
        (
            '[[accounts]]\nname = "m"\nkind = "maildir"\npath = "/x"\nfolder = "y"\n',
            r"unknown key accounts\['m'\]\.folder;",
        ),
        (
            '[[accounts]]\nname = "a"\nkind = "maildir"\npath = "/x"\n[[accounts]]\nname = "a"\nkind = "mbox"\npath = "/y"\n',
            r"two accounts are named 'a'",
        ),
        ("[scan\n", r"not valid TOML"),
    ],
)
def test_bad_values_name_file_key_and_what_is_valid(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message
    assert re.search(expected, message), message


def test_error_never_echoes_a_password(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[accounts]]\nname = "w"\nkind = "imap"\nhost = "h"\nusername = "u"\npassword = 12345678\n',
    )
    with pytest.raises(ConfigError) as caught:
        parse_config(path)
    assert "12345678" not in str(caught.value)


def test_password_in_a_readable_file_works_but_warns(tmp_path: Path) -> None:
    text = '[[accounts]]\nname = "w"\nkind = "imap"\nhost = "h"\nusername = "u"\npassword = "hunter2-secret"\n'
    path = write(tmp_path, text)
    with warnings_as_list() as seen:
        settings = parse_config(path)
    assert seen == []
    path.chmod(0o644)
    with pytest.warns(ConfigWarning, match="readable by other users") as caught:
        settings = parse_config(path)
    assert all("hunter2-secret" not in str(w.message) for w in caught)
    account = settings.accounts[0]
    assert isinstance(account, ImapAccount)
    assert resolve_password(account) == "hunter2-secret"
    assert "hunter2-secret" not in repr(account)
    assert "hunter2-secret" not in repr(settings)


class warnings_as_list:
    def __enter__(self) -> list[object]:
        import warnings

        self._catcher = warnings.catch_warnings(record=True)
        seen = self._catcher.__enter__()
        warnings.simplefilter("always")
        return seen

    def __exit__(self, *args: object) -> None:
        self._catcher.__exit__(*args)


def imap(**extra: object) -> ImapAccount:
    return ImapAccount.model_validate(
        {"name": "w", "kind": "imap", "host": "h", "username": "u", **extra}
    )


def test_password_command_env_and_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_password(imap(password_command="printf 's3cret\\nignored'")) == "s3cret"
    with pytest.raises(SecretError, match="exit code 3") as caught:
        resolve_password(imap(password_command="echo leaked; exit 3"))
    assert "leaked" not in str(caught.value)
    monkeypatch.setenv("MAIL_PW", "from-env")
    assert resolve_password(imap(password_env="MAIL_PW")) == "from-env"
    with pytest.raises(SecretError, match="MISSING_PW is not set"):
        resolve_password(imap(password_env="MISSING_PW"))
    with pytest.raises(SecretError, match="no password in the keyring"):
        resolve_password(imap(keyring=True))  # the test keyring (null backend) is empty
    with pytest.raises(SecretError, match="no password source"):
        resolve_password(imap())


def test_paths_expand_home(tmp_path: Path) -> None:
    account = MaildirAccount.model_validate({"name": "l", "kind": "maildir", "path": "~/Mail"})
    assert account.path == Path(os.environ["HOME"]) / "Mail"


def test_durations() -> None:
    assert parse_duration("90s") == timedelta(seconds=90)
    assert parse_duration("15m") == timedelta(minutes=15)
    assert parse_duration("2w") == timedelta(weeks=2)
    for bad in ("", "15", "m", "-1d", "1y", True):
        with pytest.raises(ValueError):
            parse_duration(bad)
