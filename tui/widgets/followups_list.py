"""Follow-ups due: one key drafts the reply into the account that received the rejection.

Saving talks to the mail server, so it runs off the UI thread; the rendering, the
tone check and the user's choices happen here, between modals.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from tracker.config import ConfigError
from tracker.connector import ConnectorError
from tracker.drafting import FollowUpError, PreparedDraft, save_draft
from tracker.followup import TemplateError
from tracker.models import FollowUpState
from tui import operations
from tui.context import Dashboard, dashboard_of
from tui.events import DataChanged
from tui.modals.message_view import MessageModal
from tui.modals.text_editor import TextEditorModal
from tui.modals.tone_warning import ToneWarningModal
from tui.store_session import read
from tui.views import FollowUpRow, message_view


def save_through_account(dashboard: Dashboard, prepared: PreparedDraft) -> str:
    """Save the draft through the account that received the rejection; give where it went.

    Runs in a worker thread: the connector may talk to a slow server.
    """
    account = dashboard.settings.account(prepared.account)
    connector = dashboard.open_connector(account)
    try:
        save_draft(dashboard.engine, connector, prepared, now=dashboard.now())
        return connector.describe_draft_location()
    finally:
        connector.close()


class FollowUpsList(DataTable[str | Text]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "draft", "Save draft", id="followup.draft"),
        Binding("e", "edit", "Edit draft", id="followup.edit"),
        Binding("s", "skip", "Skip", id="followup.skip"),
        Binding("enter", "open_rejection", "Open the rejection", id="followup.open"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", **kwargs)
        self.rows_shown: list[FollowUpRow] = []

    def on_mount(self) -> None:
        self.add_column("Company", key="company", width=18)
        self.add_column("Role", key="role", width=22)
        self.add_column("State", key="state", width=8)

    def show(self, rows: Sequence[FollowUpRow]) -> None:
        keep = self.current.id if self.current else None
        self.rows_shown = list(rows)
        self.clear()
        for row in rows:
            state = Text(row.label, style="bold yellow" if row.label == "due" else "green")
            self.add_row(row.company, row.role or "—", state, key=str(row.id))
        index = next((i for i, r in enumerate(self.rows_shown) if r.id == keep), 0)
        if rows:
            self.move_cursor(row=index, animate=False)

    @property
    def current(self) -> FollowUpRow | None:
        if not self.rows_shown or self.cursor_row >= len(self.rows_shown):
            return None
        return self.rows_shown[max(self.cursor_row, 0)]

    def action_draft(self) -> None:
        if self.current is not None:
            self.draft_flow(self.current, edit=False)

    def action_edit(self) -> None:
        if self.current is not None:
            self.draft_flow(self.current, edit=True)

    def action_skip(self) -> None:
        row = self.current
        if row is None:
            return
        try:
            operations.skip(dashboard_of(self).engine, row.id)
        except FollowUpError as error:
            self.notify(str(error), severity="error")
            return
        self.notify(f"Skipped the follow-up to {row.company}")
        self.post_message(DataChanged())

    def action_open_rejection(self) -> None:
        row = self.current
        if row is None:
            return
        from tracker.models import FollowUp

        dashboard = dashboard_of(self)

        def query(session: Any) -> Any:
            followup = session.get(FollowUp, row.id)
            return (
                None
                if followup is None
                else message_view(session, message_id=followup.reply_to_message_id)
            )

        view = read(dashboard.engine, query)
        if view is not None:
            self.app.push_screen(MessageModal(view))

    @work(exclusive=True, group="followup", exit_on_error=False)
    async def draft_flow(self, row: FollowUpRow, *, edit: bool) -> None:
        """Render, optionally edit, check the tone, then save the draft in the mailbox."""
        dashboard = dashboard_of(self)
        try:
            prepared = operations.prepare(
                dashboard.engine,
                row.id,
                settings=dashboard.settings,
                config_dir=dashboard.config_dir,
            )
            while True:
                if edit:
                    body = await self._edit(dashboard, prepared)
                    if body is None:
                        return
                    prepared = operations.prepare(
                        dashboard.engine,
                        row.id,
                        settings=dashboard.settings,
                        config_dir=dashboard.config_dir,
                        body=body,
                    )
                if not prepared.warnings:
                    break
                choice = await self.app.push_screen_wait(ToneWarningModal(prepared.warnings))
                if choice is None:
                    return
                if choice == "save":
                    break
                edit = True
        except (FollowUpError, TemplateError) as error:
            self.notify(str(error), severity="error", title="Cannot draft this follow-up")
            return
        self.notify(f"Saving the draft to {row.company}…", timeout=2)
        try:
            location = await asyncio.to_thread(save_through_account, dashboard, prepared)
        except (ConnectorError, ConfigError) as error:
            self.notify(str(error), severity="error", title="The draft was not saved", timeout=10)
            return
        again = " again" if row.state is FollowUpState.DRAFTED else ""
        self.notify(f"Draft to {row.company} saved{again} in {location}", title="Draft saved")
        self.post_message(DataChanged())

    async def _edit(self, dashboard: Dashboard, prepared: PreparedDraft) -> str | None:
        reply = prepared.reply
        header = f"To: {reply.to or '(nobody yet)'}\nSubject: {reply.subject}"
        if dashboard.editor:
            try:
                return self._edit_outside(dashboard.editor, reply.body)
            except SuspendNotSupported:
                pass  # no terminal to hand over (a web or test driver): edit in place
            except OSError as error:
                self.notify(
                    f"Cannot start {dashboard.editor} ({error.strerror}); editing here instead",
                    severity="warning",
                )
        return await self.app.push_screen_wait(
            TextEditorModal("Edit the follow-up", reply.body, header=header)
        )

    def _edit_outside(self, editor: str, text: str) -> str | None:
        """Give the text as edited in $EDITOR (None when the editor failed)."""
        handle, name = tempfile.mkstemp(prefix="nextround-draft-", suffix=".txt")
        path = Path(name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            with self.app.suspend():
                result = subprocess.run([*shlex.split(editor), str(path)], check=False)
            if result.returncode != 0:
                self.notify(
                    f"{editor} exited with {result.returncode}; nothing saved", severity="warning"
                )
                return None
            return path.read_text(encoding="utf-8")
        finally:
            path.unlink(missing_ok=True)
