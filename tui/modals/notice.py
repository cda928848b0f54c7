"""A short text to read and close: the kind note after a rejection, or an error's details."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class NoticeModal(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="modal.cancel"),
        Binding("enter", "close", "Close", show=False),
    ]

    def __init__(self, title: str, text: str, *, error: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog notice" + (" error" if self.error else "")):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.text, classes="notice-text", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("OK", variant="primary", id="ok")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


KIND_NOTE_TITLE = "A rejection came in"


def kind_note(applications: list[str]) -> str:
    """Give the short note shown when a scan finds a rejection."""
    which = applications[0] if len(applications) == 1 else f"{len(applications)} applications"
    return (
        f"{which}: not this time.\n\n"
        "It is normal to feel bad about it for a while. Go easy on yourself: the role may "
        "have gone to an internal candidate or been cancelled, and a rejection says nothing "
        "about what you can do.\n\n"
        "A short thank-you note will be ready under Follow-ups once the cool-down has passed; "
        "there is nothing to do now."
    )
