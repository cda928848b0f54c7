"""The stats screen: the funnel, how often and how fast companies answer, the pace of applying."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tracker.models import Status
from tracker.stats import Stats, compute_stats
from tui.context import dashboard_of
from tui.store_session import read
from tui.widgets.bar_chart import BarChart
from tui.widgets.status_style import STATUS_STYLE


class StatsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="stats.back"),
        Binding("g", "app.pop_screen", "Back", show=False, id="stats.close"),
    ]

    def compose(self) -> ComposeResult:
        dashboard = dashboard_of(self)
        stats = read(dashboard.engine, lambda s: compute_stats(s, now=dashboard.now()))
        yield Header(icon="»")
        with VerticalScroll(id="stats"):
            yield Static(_figures(stats), id="stats-figures")
            with Horizontal(classes="charts"):
                yield BarChart("Funnel", _funnel(stats), style="green", id="funnel")
                yield BarChart("Applications per week", _weeks(stats), id="per-week")
            yield BarChart(
                "Where they stand now", _by_status(stats), style="magenta", id="by-status"
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "stats"


def _funnel(stats: Stats) -> list[tuple[str | Text, float]]:
    return [
        ("applied", stats.applications),
        ("any response", stats.responded),
        ("interviewing", stats.interviewing),
        ("offer", stats.offers),
    ]


def _weeks(stats: Stats) -> list[tuple[str | Text, float]]:
    return [
        (f"week of {date.fromisoformat(start):%b %d}", count) for start, count in stats.per_week
    ]


def _by_status(stats: Stats) -> list[tuple[str | Text, float]]:
    return [
        (Text(name, style=STATUS_STYLE.get(Status(name), "")), count)
        for name, count in stats.by_status.items()
    ]


def _figures(stats: Stats) -> Table:
    def days(value: float | None) -> str:
        return "—" if value is None else f"{value:g} days"

    table = Table.grid(padding=(0, 3))
    for _ in range(4):
        table.add_column()
    table.add_row(
        _figure("applications", str(stats.applications)),
        _figure("response rate", f"{stats.response_rate:.0%}"),
        _figure("median to first response", days(stats.median_days_to_first_response)),
        _figure("median to rejection", days(stats.median_days_to_rejection)),
    )
    return table


def _figure(label: str, value: str) -> Text:
    text = Text(value + "\n", style="bold")
    text.append(label, style="dim")
    return text
