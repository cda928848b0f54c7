"""Fixtures shared by every test.

The autouse `isolated_home` keeps every test away from the developer's real
config, data dir and keyring.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the tests marked python_classifier where the classifier runs compiled (a
    non-editable install: setup.py)."""
    marked = [item for item in items if item.get_closest_marker("python_classifier")]
    if not marked:
        return
    from tracker.classify import classifier

    if classifier.__file__.endswith(".py"):
        return
    skip = pytest.mark.skip(reason="replaces a function the compiled classifier calls directly")
    for item in marked:
        item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME, the XDG dirs and the keyring at a fresh temp dir for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.delenv("NEXTROUND_CONFIG", raising=False)
    # A keyring that keeps nothing: tests that need one install their own.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    yield home


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """One PostgreSQL for the session; skipped when missing unless NEXTROUND_REQUIRE_POSTGRES=1."""
    from postgres import REQUIRE_ENV, running_postgres

    with running_postgres() as server:
        if server is None:
            message = "PostgreSQL is not installed (scripts/test.sh installs Debian's postgresql)"
            if os.environ.get(REQUIRE_ENV) == "1":
                pytest.fail(message)
            pytest.skip(message)
        yield server


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[object]:
    """One Dovecot on loopback for the session (tests/dovecot.py); every test that uses
    it logs in as a new user, so it starts from an empty mailbox."""
    from dovecot import running_dovecot

    with running_dovecot() as server:
        yield server


_database_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend the store supports."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nextround.db'}"
    server = request.getfixturevalue("postgres_server")
    return str(server.create_database(f"test_{os.getpid()}_{next(_database_numbers)}"))
