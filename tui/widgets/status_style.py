"""How each status looks: one colour per meaning, the same in every list."""

from __future__ import annotations

from rich.text import Text

from tracker.models import Status

STATUS_STYLE: dict[Status, str] = {
    Status.APPLIED: "bright_blue",
    Status.SCREENING: "cyan",
    Status.INTERVIEWING: "bold magenta",
    Status.OFFER: "bold green",
    Status.ACCEPTED: "bold bright_green",
    Status.REJECTED: "red",
    Status.WITHDRAWN: "bright_black",
    Status.PAUSED: "yellow",
    Status.GHOSTED: "bright_black italic",
}


def status_text(status: Status) -> Text:
    """Give the status in its colour."""
    return Text(status.value, style=STATUS_STYLE.get(status, ""))
