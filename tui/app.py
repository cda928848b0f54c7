"""The dashboard app: wires the screens to the store and runs them. The work lives elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import Engine
from textual.app import App
from textual.worker import Worker, WorkerState

from tracker.config import Settings
from tui.commands import DashboardCommands
from tui.context import Dashboard
from tui.keymap import binding_ids, unknown_binding_ids
from tui.modals.notice import NoticeModal
from tui.screens.main import MainScreen


class NextRoundApp(App[int]):
    TITLE = "nextround"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {DashboardCommands}
    # q quits from the dashboard (MainScreen); ctrl+q, Textual's own, works everywhere.
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, dashboard: Dashboard) -> None:
        super().__init__()
        self.dashboard = dashboard

    def on_mount(self) -> None:
        # [keys] in the config: binding id -> key(s), e.g. scan = "ctrl+r".
        keys = dict(self.dashboard.settings.keys)
        self.set_keymap(keys)
        self.push_screen(MainScreen())
        unknown = unknown_binding_ids(keys)
        if unknown:
            self.notify(
                f"[keys] in the config: no binding called {', '.join(unknown)}; "
                f"the ids are: {', '.join(binding_ids())}",
                severity="warning",
                timeout=15,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Turn a failed worker (an unexpected error in an action) into a dialog, not a crash."""
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            self.push_screen(
                NoticeModal(
                    "Something went wrong",
                    f"{type(error).__name__}: {error}\n\nNothing else was changed. "
                    "Run with -v from a terminal for details.",
                    error=True,
                )
            )


def run(*, settings: Settings, engine: Engine, config_dir: Path, data_dir: Path) -> int:
    """Run the dashboard until the user quits; give the exit code."""
    dashboard = Dashboard(
        settings=settings,
        engine=engine,
        config_dir=config_dir,
        data_dir=data_dir,
        editor=os.environ.get("VISUAL") or os.environ.get("EDITOR") or None,
    )
    result = NextRoundApp(dashboard).run()
    return result or 0
