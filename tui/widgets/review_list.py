"""The review list: detections the scan was unsure of, to accept, relabel, move or dismiss with one key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from tui import operations
from tui.context import dashboard_of
from tui.events import DataChanged
from tui.modals.choice import ChoiceModal
from tui.modals.message_view import MessageModal
from tui.store_session import read
from tui.views import ReviewRow, application_choices, message_view

RELABELS: tuple[tuple[str, str], ...] = (
    ("applied (a confirmation)", "applied"),
    ("interview", "interview"),
    ("offer", "offer"),
    ("rejection", "rejection"),
    ("paused (hiring freeze, role on hold)", "paused"),
    ("other (not about an application)", "other"),
)

NEW_APPLICATION = -1


class ReviewList(DataTable[str | Text]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", id="review.accept"),
        Binding("l", "relabel", "Relabel", id="review.relabel"),
        Binding("v", "move", "Move to…", id="review.move"),
        Binding("x", "dismiss", "Dismiss", id="review.dismiss"),
        Binding("enter", "open", "Open mail", id="review.open"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", **kwargs)
        self.rows_shown: list[ReviewRow] = []

    def on_mount(self) -> None:
        self.add_column("Detected", key="label", width=16)
        self.add_column("From", key="from", width=18)
        self.add_column("Subject", key="subject", width=26)
        self.add_column("Why", key="why", width=30)

    def show(self, rows: Sequence[ReviewRow]) -> None:
        keep = self.current.message_id if self.current else None
        self.rows_shown = list(rows)
        self.clear()
        for row in rows:
            self.add_row(
                Text(f"{row.label} {row.confidence:.0%}"),
                Text(row.sender, overflow="ellipsis", no_wrap=True),
                Text(row.subject, overflow="ellipsis", no_wrap=True),
                Text(
                    row.reason + (f" → {row.application}" if row.application else ""), style="dim"
                ),
                key=str(row.message_id),
            )
        index = next((i for i, r in enumerate(self.rows_shown) if r.message_id == keep), 0)
        if rows:
            self.move_cursor(row=index, animate=False)

    @property
    def current(self) -> ReviewRow | None:
        if not self.rows_shown or self.cursor_row >= len(self.rows_shown):
            return None
        return self.rows_shown[max(self.cursor_row, 0)]

    def action_accept(self) -> None:
        row = self.current
        if row is None:
            return
        dashboard = dashboard_of(self)
        operations.accept(
            dashboard.engine, row.message_id, settings=dashboard.settings, now=dashboard.now()
        )
        self.notify(f"Accepted: {row.label} from {row.sender}")
        self.post_message(DataChanged())

    @work(exclusive=True, group="review", exit_on_error=False)
    async def action_relabel(self) -> None:
        row = self.current
        if row is None:
            return
        label = await self.app.push_screen_wait(
            ChoiceModal[str](f"What is this mail from {row.sender}?", list(RELABELS), numbered=True)
        )
        if label is None:
            return
        dashboard = dashboard_of(self)
        operations.relabel(
            dashboard.engine,
            row.message_id,
            label,
            settings=dashboard.settings,
            now=dashboard.now(),
        )
        self.notify(f"Relabelled as {label}")
        self.post_message(DataChanged())

    @work(exclusive=True, group="review", exit_on_error=False)
    async def action_move(self) -> None:
        row = self.current
        if row is None:
            return
        dashboard = dashboard_of(self)
        choices: list[tuple[str | Text, int]] = [
            (Text("+ a new application from this mail", style="bold"), NEW_APPLICATION)
        ]
        choices.extend((c.text, c.id) for c in read(dashboard.engine, application_choices))
        target = await self.app.push_screen_wait(
            ChoiceModal[int]("Which application is this mail about?", choices, searchable=True)
        )
        if target is None:
            return
        application_id = operations.move(
            dashboard.engine,
            row.message_id,
            None if target == NEW_APPLICATION else target,
            settings=dashboard.settings,
            now=dashboard.now(),
        )
        self.notify("Moved" if target != NEW_APPLICATION else "Added a new application")
        self.post_message(DataChanged(select_application=application_id))

    def action_dismiss(self) -> None:
        row = self.current
        if row is None:
            return
        operations.dismiss(dashboard_of(self).engine, row.message_id)
        self.notify(f"Dismissed the mail from {row.sender}")
        self.post_message(DataChanged())

    def action_open(self) -> None:
        row = self.current
        if row is None:
            return
        view = read(dashboard_of(self).engine, lambda s: message_view(s, message_id=row.message_id))
        if view is not None:
            self.app.push_screen(MessageModal(view))
