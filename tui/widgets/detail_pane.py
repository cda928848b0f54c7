"""The detail pane: the highlighted application, its contact and notes, and its timeline."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.context import dashboard_of
from tui.modals.message_view import MessageModal
from tui.store_session import read
from tui.views import ApplicationDetail, message_view
from tui.widgets.status_style import status_text


class Timeline(OptionList):
    """The status events and mail of one application, oldest first; enter opens the mail."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_mail", "Open mail", id="timeline.open"),
        Binding("escape", "back", "Back to the list", id="timeline.back"),
    ]

    def action_open_mail(self) -> None:
        if self.highlighted is None:
            return
        option = self.get_option_at_index(self.highlighted)
        if not option.id:
            self.notify("No mail behind this entry (a change you made, or a rule)", timeout=3)
            return
        view = read(
            dashboard_of(self).engine, lambda s: message_view(s, message_id=int(option.id or 0))
        )
        if view is None:
            self.notify("That mail is no longer stored", severity="warning")
            return
        self.app.push_screen(MessageModal(view))

    async def action_back(self) -> None:
        await self.screen.run_action("focus_table")

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_mail()


class DetailPane(Vertical):
    def compose(self) -> ComposeResult:
        yield Static(id="detail-summary")
        yield Label("Timeline", classes="section-title")
        yield Timeline(id="timeline")

    def show(self, detail: ApplicationDetail | None) -> None:
        summary = self.query_one("#detail-summary", Static)
        timeline = self.query_one(Timeline)
        timeline.clear_options()
        if detail is None:
            summary.update(Text("No application selected. Press n to add one.", style="dim"))
            return
        summary.update(_summary(detail))
        options = [
            Option(
                _entry_text(entry.at, entry.text, entry.message_id is not None),
                id=str(entry.message_id) if entry.message_id else None,
            )
            for entry in detail.timeline
        ]
        timeline.add_options(options or [Option(Text("nothing yet", style="dim"), disabled=True)])
        if options:
            # The newest entry is what a person opens first.
            timeline.highlighted = len(options) - 1


def _summary(detail: ApplicationDetail) -> Group:
    title = Text(detail.company, style="bold")
    if detail.role:
        title.append(f" — {detail.role}")
    facts = Table.grid(padding=(0, 1))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    status = status_text(detail.status)
    if detail.archived:
        status.append(" (archived)", style="dim")
    facts.add_row("Status", status)
    rows: list[tuple[str, Any]] = [
        ("Applied", f"{detail.applied_at:%Y-%m-%d}" if detail.applied_at else ""),
        ("Location", detail.location),
        ("Source", detail.source),
        ("Link", detail.url),
        ("Job id", detail.job_id or ""),
        ("Contact", _contact(detail)),
        ("Next", f"{detail.next_action_at:%Y-%m-%d}" if detail.next_action_at else ""),
    ]
    for name, value in rows:
        if value:
            facts.add_row(name, Text(value))
    notes = Text(detail.notes) if detail.notes else Text("no notes (m to add)", style="dim")
    return Group(title, facts, Text("Notes", style="bold"), notes)


def _contact(detail: ApplicationDetail) -> str:
    if detail.contact_name and detail.contact_email:
        return f"{detail.contact_name} <{detail.contact_email}>"
    return detail.contact_name or detail.contact_email


def _entry_text(at: Any, text: str, has_mail: bool) -> Text:
    line = Text(f"{at:%Y-%m-%d} " if at else "           ", style="dim")
    line.append(text)
    if has_mail:
        line.append(" ✉", style="cyan")
    return line
