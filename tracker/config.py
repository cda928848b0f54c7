"""Settings: TOML read with tomllib, validated strictly, every error naming file and key.

`load_config(path)` is called by the CLI, never at import time. Key names are a
contract with users' files: add keys freely, rename none without a migration note.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
import warnings
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

APP_NAME = "nextround"
CONFIG_ENV = "NEXTROUND_CONFIG"
CONFIG_FILE_NAME = "config.toml"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class ConfigError(Exception):
    """A config problem, as one line naming the file, the key and what is valid."""


class ConfigWarning(UserWarning):
    """Something that works but should be fixed (a readable file holding a password)."""


def parse_duration(value: object) -> timedelta:
    """Give the timedelta for "90s", "15m", "2h", "1d", "2w" (or a number of seconds)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return timedelta(seconds=float(value))
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            return timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])
    raise ValueError('a duration such as "90s", "15m", "2h", "1d" or "2w"')


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


def _expand_path(value: object) -> object:
    if isinstance(value, str):
        return Path(os.path.expandvars(os.path.expanduser(value)))
    return value


UserPath = Annotated[Path, BeforeValidator(_expand_path)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Section):
    url: str | None = None
    """Any SQLAlchemy URL; default: nextround.db in the platform data dir."""

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str | None) -> str | None:
        if value is not None and "://" not in value:
            raise ValueError('an SQLAlchemy URL such as "sqlite:///path/to/nextround.db"')
        return value


class ScanSettings(_Section):
    every: Duration = timedelta(minutes=15)
    """How often the dashboard, `watch` and the scheduled job scan."""
    auto_apply: Literal["high", "medium", "low"] = "high"
    """Apply detections of this confidence or above; the rest wait in the review queue."""
    ghosted_after: Duration = timedelta(days=30)
    """Silence after which an open application counts as ghosted."""
    keep_bodies: bool = False
    """Keep the text of job mail in the database; off: only a short snippet."""
    snippet_chars: int = Field(default=280, ge=0, le=4000)


class FollowupSettings(_Section):
    delay: Duration = timedelta(days=1)
    """Cool-down between a rejection and its follow-up becoming due."""
    your_name: str = ""
    template: str = "default"
    """"default", or the name of a .txt file in the templates folder of the config dir."""
    language: Literal["auto", "en", "de", "fr", "es", "nl"] = "auto"
    """The default template's language: "auto" answers in the rejection's language."""
    max_age: Duration = timedelta(days=60)
    """Rejections older than this when first scanned get no follow-up (too late to write)."""
    kind_note: bool = True
    """Show a short, kind note in the dashboard when a scan finds a rejection."""


class ClassifierSettings(_Section):
    extra_phrases: dict[
        Literal["rejection", "applied", "interview", "offer", "paused", "other"], list[str]
    ] = Field(default_factory=dict)
    """Extra phrases per label, added to the shipped lists."""
    ignore_senders: list[str] = Field(default_factory=list)
    """Addresses or @domains whose mail is never a job event (newsletters, alerts)."""
    company_aliases: dict[str, str] = Field(default_factory=dict)
    """Alias -> company name ("Alphabet" = "Google")."""


class _AccountBase(_Section):
    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._-]+$")


class _PasswordSources(_Section):
    password_command: str | None = None
    keyring: bool = False
    password_env: str | None = None
    password: SecretStr | None = None
    """Works, but prefer the three above; warns when the file is readable by others."""


class ImapAccount(_AccountBase, _PasswordSources):
    kind: Literal["imap"]
    host: str = Field(min_length=1)
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["tls", "starttls", "plain"] = "tls"
    ca_file: UserPath | None = None
    username: str = Field(min_length=1)
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    drafts_folder: str | None = None
    """Where drafts go; default: the SPECIAL-USE \\Drafts folder, then common names."""
    timeout: Duration = timedelta(seconds=30)
    fetch_bytes: int = Field(default=8192, ge=512, le=1_048_576)
    allow_plain_loopback: bool = False
    """security = "plain" is refused unless this is true and the host is loopback."""

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 993 if self.security == "tls" else 143


class GmailAccount(_AccountBase):
    kind: Literal["gmail"]
    client_secrets: UserPath | None = None
    query: str = "newer_than:365d"
    api_endpoint: str = "https://gmail.googleapis.com/"
    token_store: Literal["file", "keyring"] = "file"
    batch_size: int = Field(default=50, ge=1, le=100)
    include_spam_trash: bool = False


class MaildirAccount(_AccountBase):
    kind: Literal["maildir"]
    path: UserPath
    drafts: UserPath | None = None
    """Maildir for drafts; default: the Drafts folder beside the scanned one."""


class MboxAccount(_AccountBase):
    kind: Literal["mbox"]
    path: UserPath
    drafts: UserPath | None = None
    """Maildir for drafts; default: a Drafts Maildir beside the mbox file."""


Account = Annotated[
    ImapAccount | GmailAccount | MaildirAccount | MboxAccount, Field(discriminator="kind")
]


class Settings(_Section):
    database: DatabaseSettings = DatabaseSettings()
    scan: ScanSettings = ScanSettings()
    followup: FollowupSettings = FollowupSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    keys: dict[str, str] = Field(default_factory=dict)
    """Dashboard key map: binding id -> key(s)."""
    accounts: list[Account] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_account_names(self) -> Settings:
        seen: set[str] = set()
        for account in self.accounts:
            if account.name in seen:
                raise ValueError(f"two accounts are named {account.name!r}; names must be unique")
            seen.add(account.name)
        return self

    def account(self, name: str) -> Account:
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts) or "none configured"
        raise ConfigError(f"no account named {name!r} (accounts: {known})")


class LoadedConfig(BaseModel):
    """Settings together with where they came from (None: built-in defaults)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    settings: Settings
    path: Path | None


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_config_path() -> Path:
    return config_dir() / CONFIG_FILE_NAME


def find_config(explicit: str | os.PathLike[str] | None) -> Path | None:
    """Give the config file to use: --config, then $NEXTROUND_CONFIG, then the config dir."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file (given with --config)")
        return path
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        path = Path(from_env).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file (given by ${CONFIG_ENV})")
        return path
    path = default_config_path()
    return path if path.is_file() else None


def load_config(explicit: str | os.PathLike[str] | None = None) -> LoadedConfig:
    """Read and validate the config; defaults when no file exists. Raises ConfigError."""
    path = find_config(explicit)
    if path is None:
        return LoadedConfig(settings=Settings(), path=None)
    return LoadedConfig(settings=parse_config(path), path=path)


def parse_config(path: Path) -> Settings:
    """Validate one config file. Raises ConfigError with file, key and what is valid."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        raise ConfigError(f"{path}: {_describe(error, data)}") from None
    _warn_about_exposed_passwords(path, settings)
    return settings


def _describe(error: ValidationError, data: dict[str, Any]) -> str:
    """Turn pydantic's first error into "key: what is valid"."""
    first = error.errors(include_url=False)[0]
    location = _key_path(first["loc"], data)
    kind = first["type"]
    if kind == "extra_forbidden":
        return f"unknown key {location}; see config.example.toml for the valid keys"
    if kind == "union_tag_invalid":
        return f"{location}: kind must be one of imap, gmail, maildir, mbox"
    if kind == "union_tag_not_found":
        return f"{location}: every account needs a kind (imap, gmail, maildir or mbox)"
    if kind == "missing":
        return f"{location}: required key is missing"
    message = str(first["msg"])
    message = message.removeprefix("Value error, ")
    if kind == "literal_error":
        message = message.replace("Input should be", "must be")
    got = first.get("input")
    shown = (
        "" if isinstance(got, dict | list) or location.endswith("password") else f" (got {got!r})"
    )
    return f"{location}: {message}{shown}"


def _key_path(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """Give a TOML-ish key path; accounts are named by their name when they have one."""
    parts: list[str] = []
    node: Any = data
    skip_next = False
    for index, item in enumerate(loc):
        if skip_next:
            skip_next = False
            continue
        if isinstance(item, int):
            name = None
            if isinstance(node, list) and 0 <= item < len(node) and isinstance(node[item], dict):
                name = node[item].get("name")
            label = f"[{name!r}]" if name else f"[{item}]"
            parts[-1] = parts[-1] + label if parts else label
            node = node[item] if isinstance(node, list) and 0 <= item < len(node) else None
            # the discriminated union adds the tag ("imap") as an extra level
            if index + 1 < len(loc) and loc[index + 1] in ("imap", "gmail", "maildir", "mbox"):
                skip_next = True
            continue
        parts.append(str(item))
        node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts)


def _warn_about_exposed_passwords(path: Path, settings: Settings) -> None:
    holders = [a.name for a in settings.accounts if isinstance(a, ImapAccount) and a.password]
    if not holders:
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        warnings.warn(
            f"{path}: holds a password for {', '.join(holders)} and is readable by other users; "
            f"run `chmod 600 {path}` or use password_command, keyring or password_env",
            ConfigWarning,
            stacklevel=2,
        )


def database_url(settings: Settings) -> str:
    """Give the database URL: the configured one, else SQLite in the platform data dir."""
    if settings.database.url:
        return settings.database.url
    return f"sqlite:///{data_dir() / 'nextround.db'}"
