"""Horizontal bars drawn with text: a chart that needs no plotting library and snapshots the same."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

BAR_WIDTH = 36
EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, largest: float, width: int = BAR_WIDTH) -> str:
    """Give a bar of `width` cells at most, to one eighth of a cell."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = round(value / largest * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


class BarChart(Static):
    """A titled list of labelled bars with their values."""

    def __init__(
        self,
        title: str,
        bars: Sequence[tuple[str | Text, float]],
        *,
        style: str = "cyan",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="chart")
        self.title_text = title
        self.bars = list(bars)
        self.bar_style = style

    def on_mount(self) -> None:
        self.update(self._table())

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 1))
        table.title = self.title_text
        table.title_style = "bold"
        table.title_justify = "left"
        table.add_column(no_wrap=True, min_width=12)
        table.add_column(width=BAR_WIDTH + 1, no_wrap=True)
        table.add_column(justify="right")
        largest = max((value for _, value in self.bars), default=0)
        for label, value in self.bars:
            table.add_row(label, Text(bar(value, largest), style=self.bar_style), _number(value))
        return table


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
