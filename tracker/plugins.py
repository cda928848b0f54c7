"""Finding connectors and the dashboard through entry points.

The core never imports `connectors` or `tui` (the import direction of DESIGN.md);
the installed distribution names them in its entry points instead, the way
harlequin finds its database adapters.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, cast

from tracker.config import Account, ConfigError
from tracker.connector import Connector

CONNECTORS_GROUP = "nextround.connectors"
AUTH_GROUP = "nextround.auth"
DASHBOARD_GROUP = "nextround.dashboard"


def _load(group: str, name: str) -> Callable[..., Any] | None:
    for entry in entry_points(group=group):
        if entry.name == name:
            return cast(Callable[..., Any], entry.load())
    return None


def open_connector(account: Account, *, data_dir: Path) -> Connector:
    """Give a connector for the account. Raises ConfigError when its kind is not installed."""
    factory = _load(CONNECTORS_GROUP, account.kind)
    if factory is None:
        raise ConfigError(
            f"account {account.name!r}: no connector for kind {account.kind!r} is installed "
            "(reinstall nextround: pip install .)"
        )
    return cast(Connector, factory(account, data_dir=data_dir))


def authorizer(kind: str) -> Callable[..., str] | None:
    """Give the function that authorizes accounts of this kind (Gmail's OAuth flow), if any."""
    return _load(AUTH_GROUP, kind)


def dashboard() -> Callable[..., int] | None:
    """Give the dashboard's entry function, or None when the dashboard is not installed."""
    return _load(DASHBOARD_GROUP, "textual")
