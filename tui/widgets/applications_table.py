"""The applications table: sortable, searchable, one key per change to the highlighted application."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

from tracker.models import Status
from tui import operations
from tui.context import dashboard_of
from tui.events import ApplicationHighlighted, DataChanged
from tui.modals.application_form import ApplicationFormModal
from tui.modals.choice import ChoiceModal
from tui.modals.text_editor import TextEditorModal
from tui.views import ApplicationRow
from tui.widgets.status_style import status_text

_EPOCH = datetime.min.replace(tzinfo=UTC)
_FAR = datetime.max.replace(tzinfo=UTC)

SortKey = Callable[[ApplicationRow], Any]

SORTS: tuple[tuple[str, str, SortKey, bool], ...] = (
    # (column key, what the user reads, key, newest/largest first)
    ("activity", "last activity", lambda r: r.last_activity or _EPOCH, True),
    ("company", "company", lambda r: (r.company.casefold(), r.role.casefold()), False),
    ("role", "role", lambda r: r.role.casefold(), False),
    ("status", "status", lambda r: (list(Status).index(r.status), r.company.casefold()), False),
    ("days", "days since", lambda r: -1 if r.days_since is None else r.days_since, True),
    ("next", "next action", lambda r: r.next_action_at or _FAR, False),
)
MAX_ROWS = 1_000
"""Rows the table holds at most: a DataTable fills at about 4 rows per millisecond, so a coach's
5,000 applications would take more than a second per sort; search and filter reach the rest."""

_SORT_INDEX = {key: index for index, (key, *_rest) in enumerate(SORTS)}

COLUMNS: tuple[tuple[str, str, int], ...] = (
    # (key, heading, width): fixed widths keep a long role from pushing the rest off screen
    ("company", "Company", 20),
    ("role", "Role", 28),
    ("status", "Status", 12),
    ("activity", "Last activity", 13),
    ("days", "Days", 5),
    ("next", "Next action", 16),
)


class ApplicationsTable(DataTable[str | Text]):
    """Shows application rows; the screen hands it rows, the table keeps search and sort."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "timeline", "Timeline", id="table.timeline"),
        Binding("e", "edit", "Edit", id="table.edit"),
        Binding("s", "status", "Status", id="table.status"),
        Binding("m", "notes", "Notes", id="table.notes"),
        Binding("x", "archive", "Archive", id="table.archive"),
        Binding("o", "sort", "Sort", id="table.sort"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.rows_shown: list[ApplicationRow] = []
        self.matching = 0
        """Rows that match the search, shown or not (see MAX_ROWS)."""
        self._all: list[ApplicationRow] = []
        self.search = ""
        self.sort_key = "activity"
        self.sort_reverse = True

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    # Showing rows ----------------------------------------------------------

    def show(self, rows: Sequence[ApplicationRow], *, select: int | None = None) -> None:
        """Show these rows (searched and sorted), keeping the cursor on `select` or where it was."""
        keep = select if select is not None else self.current_id
        self._all = list(rows)
        self._fill(keep)

    def set_search(self, text: str) -> None:
        self.search = text
        self._fill(self.current_id)

    def sort_by(self, key: str, *, reverse: bool | None = None) -> None:
        _, _, _, newest_first = SORTS[_SORT_INDEX[key]]
        if reverse is None:
            reverse = not self.sort_reverse if key == self.sort_key else newest_first
        self.sort_key, self.sort_reverse = key, reverse
        self._fill(self.current_id)

    @property
    def sort_description(self) -> str:
        _, name, _, _ = SORTS[_SORT_INDEX[self.sort_key]]
        return f"{name} {'↓' if self.sort_reverse else '↑'}"

    @property
    def current_id(self) -> int | None:
        if not self.rows_shown or self.cursor_row >= len(self.rows_shown):
            return None
        return self.rows_shown[max(self.cursor_row, 0)].id

    def _fill(self, keep: int | None) -> None:
        _, _, key, _ = SORTS[_SORT_INDEX[self.sort_key]]
        shown = [row for row in self._all if row.matches(self.search)]
        shown.sort(key=key, reverse=self.sort_reverse)
        self.matching = len(shown)
        if len(shown) > MAX_ROWS:
            chosen = next((row for row in shown[MAX_ROWS:] if row.id == keep), None)
            shown = shown[:MAX_ROWS] + ([chosen] if chosen else [])
        self.rows_shown = shown
        self.clear()
        for row in shown:
            self.add_row(*_cells(row), key=str(row.id))
        index = next((i for i, row in enumerate(shown) if row.id == keep), 0)
        if shown:
            self.move_cursor(row=index, animate=False)
        self.post_message(ApplicationHighlighted(self.current_id))

    @property
    def holds_many(self) -> bool:
        """Tell whether refilling is slow enough that a search should wait for a typing pause."""
        return len(self._all) > MAX_ROWS // 2

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        # DataTable measures every new cell to size auto-width columns; ours all have fixed
        # widths, so that is 6 measurements per row for nothing (2 s for 5,000 rows).
        if any(column.auto_width for column in self.columns.values()):
            super()._update_dimensions(new_rows)
        else:
            super()._update_dimensions(())

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(ApplicationHighlighted(self.current_id))

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        key = event.column_key.value
        if key in _SORT_INDEX:
            self.sort_by(key)

    # Actions -----------------------------------------------------------------

    async def action_timeline(self) -> None:
        await self.screen.run_action("focus_timeline")

    def action_sort(self) -> None:
        index = (_SORT_INDEX[self.sort_key] + 1) % len(SORTS)
        self.sort_by(SORTS[index][0], reverse=SORTS[index][3])
        self.notify(f"Sorted by {self.sort_description}", timeout=2)

    @work(exclusive=True, group="table-action", exit_on_error=False)
    async def action_edit(self) -> None:
        application_id = self.current_id
        if application_id is None:
            return
        dashboard = dashboard_of(self)
        fields, _ = operations.fields_of(dashboard.engine, application_id)
        edited = await self.app.push_screen_wait(
            ApplicationFormModal(title="Edit the application", fields=fields)
        )
        if edited is None:
            return
        operations.edit_application(
            dashboard.engine,
            application_id,
            edited,
            settings=dashboard.settings,
            now=dashboard.now(),
        )
        self.notify(f"Saved {edited.company}")
        self.post_message(DataChanged(select_application=application_id))

    @work(exclusive=True, group="table-action", exit_on_error=False)
    async def action_status(self) -> None:
        row = self._current_row()
        if row is None:
            return
        choice = await self.app.push_screen_wait(
            ChoiceModal[Status](
                f"Status of {row.company}",
                [(_status_choice(s), s) for s in Status if s is not Status.GHOSTED],
                current=row.status,
                numbered=True,
            )
        )
        if choice is None or choice is row.status:
            return
        dashboard = dashboard_of(self)
        result = operations.set_status(
            dashboard.engine, row.id, choice, settings=dashboard.settings, now=dashboard.now()
        )
        self.notify(f"{row.company}: {result}")
        self.post_message(DataChanged(select_application=row.id))

    @work(exclusive=True, group="table-action", exit_on_error=False)
    async def action_notes(self) -> None:
        row = self._current_row()
        if row is None:
            return
        dashboard = dashboard_of(self)
        _, notes = operations.fields_of(dashboard.engine, row.id)
        edited = await self.app.push_screen_wait(
            TextEditorModal(f"Notes on {row.company} {row.role}".strip(), notes)
        )
        if edited is None or edited == notes:
            return
        operations.save_notes(dashboard.engine, row.id, edited)
        self.notify("Notes saved")
        self.post_message(DataChanged(select_application=row.id))

    def action_archive(self) -> None:
        row = self._current_row()
        if row is None:
            return
        archived = operations.toggle_archived(dashboard_of(self).engine, row.id)
        if archived:
            self.notify(
                f"Archived {row.company}; the Archived filter (f) shows it, x brings it back"
            )
        else:
            self.notify(f"{row.company} is back in the list")
        self.post_message(DataChanged())

    def _current_row(self) -> ApplicationRow | None:
        current = self.current_id
        return next((r for r in self.rows_shown if r.id == current), None)


def _status_choice(status: Status) -> Text:
    return status_text(status)


def _cells(row: ApplicationRow) -> tuple[str | Text, ...]:
    last = f"{row.last_activity:%Y-%m-%d}" if row.last_activity else ""
    days = (
        "" if row.days_since is None else ("today" if row.days_since == 0 else f"{row.days_since}d")
    )
    next_action = (
        Text(row.next_action, style="bold yellow")
        if row.next_action.startswith("write")
        else Text(row.next_action)
    )
    return (
        Text(row.company, overflow="ellipsis", no_wrap=True),
        Text(row.role or "—", overflow="ellipsis", no_wrap=True),
        status_text(row.status),
        last,
        Text(days, justify="right"),
        next_action,
    )
