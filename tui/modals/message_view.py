"""One stored mail, opened from a timeline or the review list: headers, verdict, snippet."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui.views import MessageView


class MessageModal(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="modal.cancel"),
        Binding("enter", "close", "Close", show=False),
    ]

    def __init__(self, message: MessageView) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        headers = Table.grid(padding=(0, 1))
        headers.add_column(style="bold", no_wrap=True)
        headers.add_column()
        for name, value in self.message.headers:
            headers.add_row(f"{name}:", Text(value))
        headers.add_row("Detected:", Text(self.message.verdict))
        for reason in self.message.reasons:
            headers.add_row("", Text(f"· {reason}", style="dim"))
        with Vertical(classes="dialog message"):
            yield Label("Mail", classes="dialog-title")
            yield Static(headers, classes="message-headers")
            with VerticalScroll(classes="message-body"):
                yield Static(
                    Text(self.message.snippet or "(no text stored)"), classes="message-snippet"
                )
            yield Static(
                "The start of the mail as stored by the scan; the whole mail is in your mailbox.",
                classes="hint",
            )

    def action_close(self) -> None:
        self.dismiss(None)
