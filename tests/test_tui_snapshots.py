"""Snapshots of the dashboard: the main screen, the detail pane, the follow-up editor, the stats.

The store is written by hand (no scan, so a better classifier moves nothing here) and dated
from a fixed NOW, so the pictures are the same on any day. After a
deliberate change to the look, refresh them with `pytest tests/test_tui_snapshots.py
--snapshot-update` and look at the report before keeping them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import TextArea
from tui_harness import make_seeded

from tui.screens.main import MainScreen
from tui.widgets.applications_table import ApplicationsTable

SIZE = (160, 48)


def test_main_screen(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(make_seeded(tmp_path).app(), terminal_size=SIZE)


def test_detail_pane_with_a_timeline(snap_compare: Any, tmp_path: Path) -> None:
    async def select_longest_history(pilot: Pilot[Any]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        table = screen.query_one(ApplicationsTable)
        table.sort_by("company", reverse=False)
        brightwave = next(r.id for r in table.rows_shown if r.company == "Brightwave Labs")
        table.show(table.rows_shown, select=brightwave)
        await pilot.pause()
        await pilot.press("enter")

    assert snap_compare(
        make_seeded(tmp_path).app(), terminal_size=SIZE, run_before=select_longest_history
    )


def test_followup_editor(snap_compare: Any, tmp_path: Path) -> None:
    async def open_editor(pilot: Pilot[Any]) -> None:
        await pilot.press("2", "e")
        await pilot.pause()
        pilot.app.screen.query_one(TextArea).cursor_blink = False

    assert snap_compare(make_seeded(tmp_path).app(), terminal_size=SIZE, run_before=open_editor)


def test_stats_screen(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(make_seeded(tmp_path).app(), terminal_size=SIZE, press=["g"])
