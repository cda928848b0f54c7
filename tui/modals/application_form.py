"""The form to add or edit an application by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tui.operations import ApplicationFields

_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("company", "Company", "required, e.g. Acme"),
    ("role", "Role", "e.g. Backend Engineer"),
    ("location", "Location", "e.g. Remote, Berlin"),
    ("source", "Source", "where you found it, e.g. referral"),
    ("url", "Link", "the job posting"),
    ("applied_at", "Applied on", "YYYY-MM-DD (empty: today)"),
    ("contact_name", "Contact", "the recruiter or hiring manager"),
    ("contact_email", "Contact email", "name@company.com"),
    ("next_action_at", "Next action", "YYYY-MM-DD (optional)"),
)


class FormError(ValueError):
    """A field holds something the form cannot use; the message names the field."""


def parse_day(text: str, field: str) -> datetime | None:
    """Give midday UTC of a YYYY-MM-DD date (midday: the same day in every time zone), or None."""
    text = text.strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise FormError(f"{field}: a date such as 2026-03-14") from None
    return datetime.combine(day, time(12), tzinfo=UTC)


def read_fields(values: dict[str, str]) -> ApplicationFields:
    """Give the application fields from the form's text, or raise FormError naming the field."""
    company = values.get("company", "").strip()
    if not company:
        raise FormError("Company: required")
    email = values.get("contact_email", "").strip()
    if email and "@" not in email:
        raise FormError("Contact email: an address such as name@company.com")
    return ApplicationFields(
        company=company,
        role=values.get("role", "").strip(),
        location=values.get("location", "").strip(),
        source=values.get("source", "").strip(),
        url=values.get("url", "").strip(),
        applied_at=parse_day(values.get("applied_at", ""), "Applied on"),
        contact_name=values.get("contact_name", "").strip(),
        contact_email=email,
        next_action_at=parse_day(values.get("next_action_at", ""), "Next action"),
    )


def _text_of(fields: ApplicationFields | None, name: str) -> str:
    if fields is None:
        return ""
    value = getattr(fields, name)
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value or "")


class ApplicationFormModal(ModalScreen[ApplicationFields | None]):
    """Give the typed-in fields on save, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="modal.cancel"),
    ]

    def __init__(self, *, title: str, fields: ApplicationFields | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form"):
            yield Label(self.title_text, classes="dialog-title")
            with Grid(classes="form-grid"):
                for name, label, placeholder in _FIELDS:
                    yield Label(label, classes="form-label")
                    yield Input(
                        _text_of(self.fields, name), placeholder=placeholder, id=f"field-{name}"
                    )
            yield Static("", id="form-error", classes="form-error")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#field-company", Input).focus()

    def on_input_submitted(self) -> None:
        # Enter in the last field saves; elsewhere it moves on, like a paper form.
        if self.focused is self.query_one("#field-next_action_at", Input):
            self.action_save()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        values = {name: self.query_one(f"#field-{name}", Input).value for name, _, _ in _FIELDS}
        try:
            fields = read_fields(values)
        except FormError as error:
            self.query_one("#form-error", Static).update(str(error))
            return
        self.dismiss(fields)

    def action_cancel(self) -> None:
        self.dismiss(None)
