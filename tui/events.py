"""Messages the dashboard's parts send each other (and the scan worker sends the UI)."""

from __future__ import annotations

from textual.message import Message

from tracker.connector import ConnectorError
from tracker.sync import ScanReport


class DataChanged(Message):
    """Something in the store changed: the lists reload, keeping the cursor where it was."""

    def __init__(self, *, select_application: int | None = None) -> None:
        super().__init__()
        self.select_application = select_application


class ApplicationHighlighted(Message):
    """The cursor of the applications table moved to another application (None: the table is empty)."""

    def __init__(self, application_id: int | None) -> None:
        super().__init__()
        self.application_id = application_id


class ScanProgress(Message):
    """A batch of one account's scan is stored; newer progress replaces older queued copies."""

    def __init__(self, account: str, done: int, total: int | None) -> None:
        super().__init__()
        self.account = account
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        # Only the latest figure matters; a fast scan must not flood the UI with stale ones.
        return isinstance(message, ScanProgress)


class AccountScanned(Message):
    """One account's scan finished."""

    def __init__(self, report: ScanReport) -> None:
        super().__init__()
        self.report = report


class AccountFailed(Message):
    """One account's scan stopped on a connector error; batches stored before it are kept."""

    def __init__(self, account: str, error: ConnectorError) -> None:
        super().__init__()
        self.account = account
        self.error = error
