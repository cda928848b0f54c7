"""A scan of every account, run in a thread worker: progress and results go back as messages.

Each account's scan opens its own database sessions (tracker.sync does), so the
UI thread's reads never share a session with it. A connector error stops that
account only; the other accounts are still scanned.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session
from textual.message import Message

from tracker.config import Settings
from tracker.connector import ConnectorError, UnavailableError
from tracker.locks import ScanBusy, scan_lock
from tracker.models import AccountState, Status
from tracker.sync import ScanReport, record_failure, scan_account
from tui.context import Dashboard
from tui.events import AccountFailed, AccountScanned, ScanProgress

log = logging.getLogger(__name__)


class ScanCancelled(Exception):
    """The dashboard is closing: stop after the batch that is stored."""


def scan_accounts(
    dashboard: Dashboard,
    *,
    post: Callable[[Message], object],
    cancelled: Callable[[], bool],
) -> list[ScanReport]:
    """Scan every configured account in turn; give the reports of those that finished.

    Raises ConfigError when an account's kind has no connector installed: that needs
    the user's attention, not a passing notice.
    """
    reports: list[ScanReport] = []
    for account in dashboard.settings.accounts:
        if cancelled():
            break

        def progress(done: int, total: int | None, name: str = account.name) -> None:
            # Called after each batch is committed: stopping here loses nothing.
            if cancelled():
                raise ScanCancelled
            post(ScanProgress(name, done, total))

        with contextlib.ExitStack() as held:
            try:
                # One scan per account across processes: watch or the timer may be scanning it.
                held.enter_context(scan_lock(account.name, directory=dashboard.data_dir))
            except ScanBusy as busy:
                post(AccountFailed(account.name, UnavailableError(str(busy))))
                continue
            try:
                connector = dashboard.open_connector(account)
            except ConnectorError as error:
                record_failure(dashboard.engine, account=account.name, error=str(error))
                post(AccountFailed(account.name, error))
                continue
            try:
                report = scan_account(
                    dashboard.engine,
                    connector,
                    settings=dashboard.settings,
                    now=dashboard.now(),
                    progress=progress,
                    workers=True,
                )
            except ConnectorError as error:
                record_failure(dashboard.engine, account=account.name, error=str(error))
                post(AccountFailed(account.name, error))
                continue
            except ScanCancelled:
                log.info("%s: scan stopped, the dashboard is closing", account.name)
                break
            finally:
                connector.close()
            reports.append(report)
            post(AccountScanned(report))
    return reports


def rejections_in(report: ScanReport) -> list[str]:
    """Give the applications this scan moved to rejected ("Acme Engineer")."""
    found = []
    suffix = f" -> {Status.REJECTED.value}"
    for change in report.changes:
        if change.kind == "status" and change.text.endswith(suffix):
            found.append(change.text.split(":", 1)[0])
    return found


def scan_due(session: Session, *, settings: Settings, now: datetime) -> bool:
    """Tell whether any account was never scanned, or not within scan.every."""
    for account in settings.accounts:
        state = session.get(AccountState, account.name)
        if state is None or state.last_scan_at is None:
            return True
        if now - state.last_scan_at >= settings.scan.every:
            return True
    return False
