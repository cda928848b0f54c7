"""A list to pick one thing from (a status, a label, an application), optionally searchable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

T = TypeVar("T")


class ChoiceModal(ModalScreen[T | None], Generic[T]):
    """Give the value of the chosen line, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Back", id="modal.cancel")]

    def __init__(
        self,
        title: str,
        choices: Sequence[tuple[str | Text, T]],
        *,
        current: T | None = None,
        searchable: bool = False,
        numbered: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.current = current
        self.searchable = searchable
        # Digits pick a line at once (s then 3: interviewing); a search box needs them for typing.
        self.numbered = numbered and not searchable and len(choices) <= 9

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog choice"):
            yield Label(self.title_text, classes="dialog-title")
            if self.searchable:
                yield Input(placeholder="type to narrow the list", id="choice-search")
            yield OptionList(*self._options(""), id="choice-list")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for _, value in self.choices]
        if self.current is not None and self.current in values:
            options.highlighted = values.index(self.current)
        elif self.choices:
            options.highlighted = 0
        if not self.searchable:
            options.focus()

    def _options(self, needle: str) -> list[Option]:
        wanted = needle.casefold().strip()
        return [
            Option(self._numbered(index, text), id=str(index))
            for index, (text, _) in enumerate(self.choices)
            if not wanted or wanted in _plain(text).casefold()
        ]

    def _numbered(self, index: int, text: str | Text) -> str | Text:
        if not self.numbered:
            return text
        line = Text(f"{index + 1} ", style="dim")
        line.append_text(text if isinstance(text, Text) else Text(text))
        return line

    def on_key(self, event: events.Key) -> None:
        if self.numbered and event.character and event.character in "123456789":
            index = int(event.character) - 1
            if index < len(self.choices):
                event.stop()
                self.dismiss(self.choices[index][1])

    @on(Input.Changed, "#choice-search")
    def _narrow(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        if options.option_count:
            options.highlighted = 0

    @on(Input.Submitted, "#choice-search")
    def _take_first(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted))

    def key_down(self) -> None:
        # From the search box, the arrow keys move in the list.
        if self.searchable and isinstance(self.focused, Input):
            self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option)

    def _choose(self, option: Option) -> None:
        assert option.id is not None
        self.dismiss(self.choices[int(option.id)][1])

    def action_cancel(self) -> None:
        self.dismiss(None)


def _plain(text: str | Text) -> str:
    return text.plain if isinstance(text, Text) else text
