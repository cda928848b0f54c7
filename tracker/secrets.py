"""Passwords for mail accounts: from a command, the system keyring, or the environment.

Nothing here logs, repeats or stores a secret; errors say where the secret was
looked for, never what it was.
"""

from __future__ import annotations

import os
import subprocess
from typing import Protocol

KEYRING_SERVICE = "nextround"


class SecretError(Exception):
    """The secret could not be had; the message says where it was looked for."""


class PasswordSources(Protocol):
    """What an account's settings say about its password (read-only, as the frozen settings are)."""

    @property
    def name(self) -> str: ...

    @property
    def password_command(self) -> str | None: ...

    @property
    def keyring(self) -> bool: ...

    @property
    def password_env(self) -> str | None: ...

    @property
    def password(self) -> object: ...


def resolve_password(account: PasswordSources, *, timeout: float = 60.0) -> str:
    """Give the account's password from the first source the config names."""
    if account.password_command:
        return _from_command(account.name, account.password_command, timeout)
    if account.keyring:
        return _from_keyring(account.name)
    if account.password_env:
        value = os.environ.get(account.password_env)
        if not value:
            raise SecretError(
                f"{account.name}: environment variable {account.password_env} is not set"
            )
        return value
    stored = account.password
    if stored is not None and hasattr(stored, "get_secret_value"):
        value = stored.get_secret_value()
        if isinstance(value, str) and value:
            return value
    raise SecretError(
        f"{account.name}: no password source; set password_command, keyring = true or password_env"
    )


def _from_command(account: str, command: str, timeout: float) -> str:
    # The command is the user's own, like mbsync's PassCmd: run it through the shell
    # so `pass show x | head -1` works. Its output is never echoed.
    try:
        done = subprocess.run(
            command,
            shell=True,
            capture_output=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise SecretError(f"{account}: password_command did not finish in {timeout:.0f}s") from None
    if done.returncode != 0:
        raise SecretError(f"{account}: password_command failed with exit code {done.returncode}")
    value = done.stdout.decode("utf-8", "replace").splitlines()
    if not value or not value[0]:
        raise SecretError(f"{account}: password_command printed nothing")
    return value[0]


def _from_keyring(account: str) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, account)
    except KeyringError as error:
        raise SecretError(
            f"{account}: the system keyring is not available ({type(error).__name__})"
        ) from None
    if not value:
        raise SecretError(
            f"{account}: no password in the keyring; store one with "
            f"`keyring set {KEYRING_SERVICE} {account}`"
        )
    return value
