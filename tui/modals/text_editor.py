"""A text to edit in place: a follow-up draft or an application's notes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea


class TextEditorModal(ModalScreen[str | None]):
    """Give the edited text on ctrl+s, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="editor.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="modal.cancel"),
    ]

    def __init__(self, title: str, text: str, *, header: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.header = header

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog editor"):
            yield Label(self.title_text, classes="dialog-title")
            if self.header:
                yield Static(self.header, classes="editor-header", markup=False)
            yield TextArea(self.text, id="editor-text", soft_wrap=True, show_line_numbers=False)
            yield Static("ctrl+s save · esc cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
