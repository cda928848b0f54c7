"""What the dashboard is handed to work with: settings, the database, its dirs, a clock, connectors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from textual.dom import DOMNode

from tracker.config import Account, Settings
from tracker.connector import Connector
from tracker.models import utcnow
from tracker.plugins import open_connector

Connect = Callable[[Account], Connector]


@dataclass(frozen=True)
class Dashboard:
    """The dashboard's dependencies, injected so tests can fix the clock and fake a mail server."""

    settings: Settings
    engine: Engine
    config_dir: Path
    data_dir: Path
    clock: Callable[[], datetime] = utcnow
    connect: Connect | None = None
    """Opens an account's connector; None: the installed connector for its kind."""
    scan_on_start: bool = True
    """Scan once at start when an account's last scan is older than scan.every."""
    editor: str | None = field(default=None)
    """The external editor command ($EDITOR); None: the built-in editor."""

    def now(self) -> datetime:
        return self.clock()

    def open_connector(self, account: Account) -> Connector:
        """Give a connector for the account (raises ConfigError or ConnectorError)."""
        if self.connect is not None:
            return self.connect(account)
        return open_connector(account, data_dir=self.data_dir)


def dashboard_of(node: DOMNode) -> Dashboard:
    """Give the dashboard dependencies of the app a widget or screen belongs to."""
    dashboard = getattr(node.app, "dashboard", None)
    if not isinstance(dashboard, Dashboard):
        raise RuntimeError("this widget belongs in the nextround dashboard app")
    return dashboard
