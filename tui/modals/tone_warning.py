"""The check before a draft is saved: what in it goes against the advice, and what to do."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

ToneChoice = Literal["edit", "save"]


class ToneWarningModal(ModalScreen[ToneChoice | None]):
    """Give "edit" (go back to the text), "save" (save anyway), or None (do nothing)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "choose('edit')", "Edit", id="tone.edit"),
        Binding("a", "choose('save')", "Save anyway", id="tone.save"),
        Binding("escape", "choose('')", "Cancel", id="modal.cancel"),
    ]

    def __init__(self, warnings: tuple[str, ...]) -> None:
        super().__init__()
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tone"):
            yield Label("Before you save this draft", classes="dialog-title")
            yield Static(
                "\n".join(f"• {describe(w)}" for w in self.warnings),
                classes="notice-text",
                markup=False,
            )
            if any(w.startswith(("asks", "sounds")) for w in self.warnings):
                yield Static(
                    "A follow-up works best as a thank-you: never ask why.", classes="hint"
                )
            with Horizontal(classes="buttons"):
                yield Button("Edit (e)", variant="primary", id="edit")
                yield Button("Save anyway (a)", variant="warning", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#edit", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(event.button.id or "")

    def action_choose(self, choice: str) -> None:
        if choice == "edit":
            self.dismiss("edit")
        elif choice == "save":
            self.dismiss("save")
        else:
            self.dismiss(None)


def describe(warning: str) -> str:
    """Give a warning as a sentence: tone problems say what the draft does ("asks why")."""
    if warning.startswith(("asks", "sounds")):
        return f"The draft {warning}."
    sentence = warning[:1].upper() + warning[1:]
    return sentence if sentence.endswith(".") else sentence + "."
