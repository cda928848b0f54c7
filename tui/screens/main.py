"""The dashboard: applications and their detail, follow-ups due, the review list, background scans."""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Label, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from tracker.connector import QuotaError, UnavailableError
from tracker.models import Status
from tracker.sync import ScanReport
from tui import operations
from tui.context import dashboard_of
from tui.events import (
    AccountFailed,
    AccountScanned,
    ApplicationHighlighted,
    DataChanged,
    ScanProgress,
)
from tui.modals.application_form import ApplicationFormModal
from tui.modals.choice import ChoiceModal
from tui.modals.notice import KIND_NOTE_TITLE, NoticeModal, kind_note
from tui.scanning import rejections_in, scan_accounts, scan_due
from tui.screens.stats import StatsScreen
from tui.store_session import read
from tui.views import (
    ARCHIVED,
    application_detail,
    application_rows,
    due_followups,
    review_rows,
)
from tui.widgets.applications_table import ApplicationsTable
from tui.widgets.detail_pane import DetailPane, Timeline
from tui.widgets.followups_list import FollowUpsList
from tui.widgets.review_list import ReviewList
from tui.widgets.status_style import status_text

SCAN_GROUP = "scan"
SEARCH_PAUSE_SECONDS = 0.2
DETAIL_PAUSE_SECONDS = 0.06
TABLE_REFRESH_SECONDS = 0.5
"""While a scan runs, the table reloads at most this often (a big first scan lands many batches)."""


class SearchBox(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear the search", id="search.clear")
    ]

    async def action_clear(self) -> None:
        self.value = ""
        await self.screen.run_action("end_search")


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "scan", "Scan", id="scan"),
        Binding("n", "new", "New", id="new"),
        Binding("slash", "search", "Search", id="search"),
        Binding("f", "filter", "Filter", id="filter"),
        Binding("g", "stats", "Stats", id="stats"),
        Binding("q", "app.quit", "Quit", id="quit"),
        Binding("1", "focus_table", "Applications", show=False, id="focus.applications"),
        Binding("2", "focus_followups", "Follow-ups", show=False, id="focus.followups"),
        Binding("3", "focus_review", "Review", show=False, id="focus.review"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.status_filter: str | None = None
        self.scanning = False
        self._last_table_refresh = 0.0
        self._rejections: list[str] = []
        self._detail_for: int | None = None
        self._search_timer: Timer | None = None
        self._detail_timer: Timer | None = None
        self._title = Text()
        self._scan_asked = False

    def compose(self) -> ComposeResult:
        yield Header(icon="»")
        with Horizontal(id="top"):
            with Vertical(id="applications-pane"):
                yield SearchBox(placeholder="search company or role (esc clears)", id="search")
                yield Label(id="applications-title", classes="section-title")
                yield ApplicationsTable(id="applications")
            yield DetailPane(id="detail")
        with Horizontal(id="bottom"):
            with Vertical(id="followups-pane"):
                yield Label(id="followups-title", classes="section-title")
                yield FollowUpsList(id="followups")
            with Vertical(id="review-pane"):
                yield Label(id="review-title", classes="section-title")
                yield ReviewList(id="review")
        with Horizontal(id="scan-bar"):
            yield Label(id="scan-label")
            yield ProgressBar(id="scan-progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        dashboard = dashboard_of(self)
        self.reload()
        self.query_one(ApplicationsTable).focus()
        every = dashboard.settings.scan.every.total_seconds()
        if dashboard.settings.accounts and every > 0:
            self.set_interval(every, self._scheduled_scan, name="scheduled scan")
        if (
            dashboard.scan_on_start
            and dashboard.settings.accounts
            and read(
                dashboard.engine,
                lambda s: scan_due(s, settings=dashboard.settings, now=dashboard.now()),
            )
        ):
            self.call_after_refresh(self.action_scan)

    # Loading -----------------------------------------------------------------

    def reload(self, *, select: int | None = None) -> None:
        """Read every list again from the store, keeping the cursors where they were."""
        dashboard = dashboard_of(self)
        now = dashboard.now()
        rows = read(
            dashboard.engine,
            lambda s: application_rows(s, now=now, status_filter=self.status_filter),
        )
        due = read(dashboard.engine, lambda s: due_followups(s, now=now))
        review = read(dashboard.engine, review_rows)
        table = self.query_one(ApplicationsTable)
        table.show(rows, select=select)
        self.query_one(FollowUpsList).show(due.rows)
        self.query_one(ReviewList).show(review)
        self._update_titles()
        waiting = f" · {due.waiting} in their cool-down" if due.waiting else ""
        self.query_one("#followups-title", Label).update(
            f"Follow-ups due ({sum(1 for r in due.rows if r.label == 'due')}){waiting}"
        )
        self.query_one("#review-title", Label).update(f"Review ({len(review)})")
        self._last_table_refresh = time.monotonic()
        self._show_detail(table.current_id, force=True)

    def _update_titles(self) -> None:
        table = self.query_one(ApplicationsTable)
        title = Text(f"Applications ({table.matching:,})", style="bold")
        if table.matching > len(table.rows_shown):
            title.append(
                f" · the first {len(table.rows_shown):,}: / or f to narrow", style="yellow"
            )
        if self.status_filter == ARCHIVED:
            title.append(" · archived", style="yellow")
        elif self.status_filter:
            title.append(" · ")
            title.append_text(status_text(Status(self.status_filter)))
        if table.search:
            title.append(f" · “{table.search}”", style="yellow")
        title.append(f" · sorted by {table.sort_description}", style="dim")
        # Every cursor move lands here; an unchanged title must not cost a relayout.
        if title != self._title:
            self._title = title
            self.query_one("#applications-title", Label).update(title)

    def _show_detail(self, application_id: int | None, *, force: bool = False) -> None:
        if application_id == self._detail_for and not force:
            return
        self._detail_for = application_id
        detail = None
        if application_id is not None:
            detail = read(
                dashboard_of(self).engine,
                lambda s: application_detail(s, application_id=application_id),
            )
        self.query_one(DetailPane).show(detail)

    @on(ApplicationHighlighted)
    def _highlighted(self, event: ApplicationHighlighted) -> None:
        # The table refilled or its cursor moved: the search, sort and count may have changed too.
        self._update_titles()
        if self._detail_timer is not None:
            self._detail_timer.stop()
        # The detail pane follows once the cursor rests: holding a key down moves the
        # cursor at key-repeat speed instead of relaying out the pane for every row passed.
        self._detail_timer = self.set_timer(
            DETAIL_PAUSE_SECONDS, lambda: self._show_detail(event.application_id)
        )

    @on(DataChanged)
    def _changed(self, event: DataChanged) -> None:
        self.reload(select=event.select_application)

    # Search, filter, focus ------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one(SearchBox)
        box.add_class("shown")
        box.focus()

    def action_end_search(self) -> None:
        box = self.query_one(SearchBox)
        if not box.value:
            box.remove_class("shown")
        self.query_one(ApplicationsTable).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        table = self.query_one(ApplicationsTable)
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        if table.holds_many:
            # A long list refills in a fraction of a second: wait until the typing pauses.
            self._search_timer = self.set_timer(
                SEARCH_PAUSE_SECONDS, lambda: table.set_search(event.value)
            )
        else:
            table.set_search(event.value)

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.action_end_search()

    @work(exclusive=True, group="filter", exit_on_error=False)
    async def action_filter(self) -> None:
        choices: list[tuple[str | Text, str]] = [("every open application", "")]
        choices.extend((status_text(s), s.value) for s in Status)
        choices.append((Text("archived", style="dim"), ARCHIVED))
        chosen = await self.app.push_screen_wait(
            ChoiceModal[str](
                "Show applications that are…",
                choices,
                current=self.status_filter or "",
                numbered=True,
            )
        )
        if chosen is None:
            return
        self.status_filter = chosen or None
        self.reload()

    def action_focus_table(self) -> None:
        self.query_one(ApplicationsTable).focus()

    def action_focus_timeline(self) -> None:
        self.query_one(Timeline).focus()

    def action_focus_followups(self) -> None:
        self.query_one(FollowUpsList).focus()

    def action_focus_review(self) -> None:
        self.query_one(ReviewList).focus()

    def action_stats(self) -> None:
        self.app.push_screen(StatsScreen())

    @work(exclusive=True, group="new", exit_on_error=False)
    async def action_new(self) -> None:
        fields = await self.app.push_screen_wait(ApplicationFormModal(title="A new application"))
        if fields is None:
            return
        dashboard = dashboard_of(self)
        application_id = operations.add_application(dashboard.engine, fields, now=dashboard.now())
        self.notify(f"Added {fields.company}")
        if self.status_filter not in (None, Status.APPLIED.value):
            self.status_filter = None
        self.query_one(ApplicationsTable).focus()
        self.reload(select=application_id)

    # Scans ---------------------------------------------------------------------

    def _scheduled_scan(self) -> None:
        if not self.scanning:
            self._start_scan(asked=False)

    def action_scan(self) -> None:
        self._start_scan(asked=True)

    def _start_scan(self, *, asked: bool) -> None:
        dashboard = dashboard_of(self)
        if not dashboard.settings.accounts:
            self.notify(
                "No mail accounts yet: run `nextround init` and add one to the config file",
                severity="warning",
            )
            return
        if self.scanning:
            self.notify("A scan is running already", timeout=2)
            return
        self.scanning = True
        self._scan_asked = asked
        self._rejections = []
        self.query_one("#scan-bar").add_class("shown")
        self.query_one("#scan-label", Label).update("Scanning…")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.scan_worker()

    @work(thread=True, group=SCAN_GROUP, exit_on_error=False, name="scan")
    def scan_worker(self) -> list[ScanReport]:
        worker = get_current_worker()
        return scan_accounts(
            dashboard_of(self), post=self.post_message, cancelled=lambda: worker.is_cancelled
        )

    @on(ScanProgress)
    def _scan_progress(self, event: ScanProgress) -> None:
        total = f"/{event.total}" if event.total else ""
        self.query_one("#scan-label", Label).update(
            f"Scanning {event.account}: {event.done}{total}"
        )
        self.query_one(ProgressBar).update(total=event.total, progress=event.done)
        if time.monotonic() - self._last_table_refresh >= TABLE_REFRESH_SECONDS:
            self.reload()

    @on(AccountScanned)
    def _account_scanned(self, event: AccountScanned) -> None:
        self._rejections.extend(rejections_in(event.report))
        self.reload()

    @on(AccountFailed)
    def _account_failed(self, event: AccountFailed) -> None:
        error = event.error
        if isinstance(error, UnavailableError | QuotaError):
            # Passing trouble: the next scan may well work.
            self.notify(str(error), title="Scan failed", severity="error", timeout=10)
        else:
            self.app.push_screen(
                NoticeModal(
                    f"The scan of {event.account} failed",
                    f"{error}\n\nMail stored before the error is kept. Fix the account in the "
                    "config file, then press r to scan again.",
                    error=True,
                )
            )

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != SCAN_GROUP or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        event.stop()
        self.scanning = False
        self.query_one("#scan-bar").remove_class("shown")
        self.reload()
        if event.state is WorkerState.ERROR:
            self.app.push_screen(
                NoticeModal("The scan stopped", f"{event.worker.error}", error=True)
            )
            return
        if event.state is WorkerState.SUCCESS:
            reports: list[ScanReport] = event.worker.result or []
            self._scan_finished(reports)

    def _scan_finished(self, reports: list[ScanReport]) -> None:
        found = sum(r.stored for r in reports)
        changes = sum(r.status_changes + r.new_applications for r in reports)
        # A scan the user asked for always answers; a scheduled one only when it found something.
        if reports and (self._scan_asked or found):
            self.notify(
                f"{found} new job mails, {changes} changes, {sum(r.for_review for r in reports)} to review",
                title="Scan done",
                timeout=4,
            )
        if self._rejections and dashboard_of(self).settings.followup.kind_note:
            self.app.push_screen(NoticeModal(KIND_NOTE_TITLE, kind_note(self._rejections)))
