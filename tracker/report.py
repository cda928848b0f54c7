"""What the CLI prints: tables and summaries with rich."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlmodel import Session

from tracker.models import (
    Application,
    Company,
    FollowUp,
    FollowUpState,
    Message,
    Status,
    StatusEvent,
)
from tracker.stats import Stats, compute_stats
from tracker.store import followups, list_applications
from tracker.sync import ScanReport

STATUS_STYLE = {
    Status.APPLIED: "cyan",
    Status.SCREENING: "bright_cyan",
    Status.INTERVIEWING: "bold yellow",
    Status.OFFER: "bold green",
    Status.ACCEPTED: "bold bright_green",
    Status.REJECTED: "red",
    Status.WITHDRAWN: "dim",
    Status.PAUSED: "magenta",
    Status.GHOSTED: "bright_black",
}


def status_text(status: Status) -> Text:
    return Text(str(status), style=STATUS_STYLE.get(status, ""))


def _days_since(when: datetime | None, now: datetime) -> str:
    if when is None:
        return ""
    days = (now - when).days
    return "today" if days <= 0 else f"{days}d"


def print_applications(
    console: Console, rows: Sequence[tuple[Application, Company]], *, now: datetime
) -> None:
    if not rows:
        console.print(
            "No applications yet. Run `nextround scan`, or add one with `nextround apps add`."
        )
        return
    table = Table(title=f"Applications ({len(rows)})", title_justify="left")
    for column, justify in (("id", "right"), ("company", "left"), ("role", "left"), ("status", "left"),
                            ("last activity", "left"), ("since", "right")):  # fmt: skip
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for application, company in rows:
        table.add_row(
            str(application.id),
            company.name,
            application.role or "-",
            status_text(application.status),
            f"{application.last_activity_at:%Y-%m-%d}" if application.last_activity_at else "",
            _days_since(application.last_activity_at, now),
        )
    console.print(table)


def followup_record(
    followup: FollowUp, application: Application, company: Company, *, now: datetime
) -> dict[str, Any]:
    return {
        "id": followup.id,
        "application_id": application.id,
        "company": company.name,
        "role": application.role,
        "state": str(followup.state),
        "due_at": followup.due_at.isoformat(),
        "due": followup.state is FollowUpState.PENDING and followup.due_at <= now,
        "account": followup.account,
        "draft_id": followup.draft_id,
    }


def print_followups(
    console: Console, rows: Sequence[tuple[FollowUp, Application, Company]], *, now: datetime
) -> None:
    if not rows:
        console.print("No follow-ups waiting.")
        return
    table = Table(title="Follow-ups", title_justify="left")
    for column in ("id", "company", "role", "state", "due"):
        table.add_column(column)
    for followup, application, company in rows:
        if followup.state is FollowUpState.PENDING:
            due = "now" if followup.due_at <= now else f"{followup.due_at:%Y-%m-%d %H:%M}"
            state = (
                Text("due", style="bold yellow")
                if followup.due_at <= now
                else Text("cooling down", style="dim")
            )
        else:
            due, state = "", Text(str(followup.state))
        table.add_row(str(followup.id), company.name, application.role or "-", state, due)
    console.print(table)
    if any(f.state is FollowUpState.PENDING and f.due_at <= now for f, _, _ in rows):
        console.print("Save one as a draft with `nextround followups draft ID`.")


def print_summary(console: Console, session: Session, *, now: datetime) -> None:
    rows = list_applications(session)
    print_applications(console, rows, now=now)
    pending = followups(session, states=[FollowUpState.PENDING], still_rejected=True)
    print_followups(console, pending, now=now)
    print_stats(console, compute_stats(session, now=now))


def print_scan(console: Console, result: ScanReport) -> None:
    if result.dry_run:
        console.print(f"[bold]Dry run[/bold]: nothing was written. {result.summary()}", markup=True)
        for change in result.changes:
            console.print(f"  would {change.kind}: {change.text}", markup=False)
    else:
        console.print(result.summary(), markup=False)
    for provider_id, reason in result.skipped[:10]:
        console.print(f"  skipped {provider_id}: {reason}", markup=False)


def print_stats(console: Console, stats: Stats) -> None:
    table = Table(title="Your search", title_justify="left", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("applications", str(stats.applications))
    table.add_row("any response", str(stats.responded))
    table.add_row("interviewing (ever)", str(stats.interviewing))
    table.add_row("offers", str(stats.offers))
    table.add_row("response rate", f"{stats.response_rate:.0%}")
    if stats.median_days_to_first_response is not None:
        table.add_row("median days to first response", f"{stats.median_days_to_first_response:g}")
    if stats.median_days_to_rejection is not None:
        table.add_row("median days to rejection", f"{stats.median_days_to_rejection:g}")
    table.add_row("per week (last 8)", " ".join(str(n) for _, n in stats.per_week))
    console.print(table)


def print_application(
    console: Console,
    application: Application,
    company: Company,
    events: Sequence[StatusEvent],
    messages: Sequence[Message],
) -> None:
    console.print(
        Text.assemble(
            (f"{company.name}", "bold"),
            f"  {application.role or ''}  ",
            status_text(application.status),
        )
    )
    if application.job_id:
        console.print(f"job id: {application.job_id}", markup=False)
    if application.contact_email or application.contact_name:
        console.print(
            f"contact: {application.contact_name} <{application.contact_email}>", markup=False
        )
    if application.notes:
        console.print(f"notes: {application.notes}", markup=False)
    table = Table(title="Timeline", title_justify="left")
    for column in ("when", "change", "cause", "note"):
        table.add_column(column)
    for event in events:
        change = f"{event.from_status or ''} -> {event.to_status}"
        table.add_row(f"{event.at:%Y-%m-%d}", change, str(event.cause), event.note)
    console.print(table)
    if messages:
        mail = Table(title="Mail", title_justify="left")
        for column in ("date", "from", "subject", "label"):
            mail.add_column(column)
        for message in messages:
            mail.add_row(
                f"{message.date:%Y-%m-%d}" if message.date else "",
                message.from_address,
                message.subject,
                f"{message.label} {message.confidence:.2f}",
            )
        console.print(mail)


def review_record(
    message: Message, application: Application | None, company: Company | None
) -> dict[str, Any]:
    return {
        "message_id": message.id,
        "date": message.date.isoformat() if message.date else None,
        "from": message.from_address,
        "subject": message.subject,
        "label": message.label,
        "confidence": round(message.confidence, 2),
        "reason": message.review_reason,
        "company": message.company_guess,
        "role": message.role_guess,
        "application_id": application.id if application else None,
        "application": f"{company.name} {application.role}".strip()
        if company and application
        else None,
    }


def print_review(console: Console, records: Sequence[dict[str, Any]]) -> None:
    if not records:
        console.print("Nothing waiting for review.")
        return
    table = Table(title="Review", title_justify="left")
    for column in ("id", "date", "from", "subject", "detected", "why"):
        table.add_column(column)
    for record in records:
        table.add_row(
            str(record["message_id"]),
            (record["date"] or "")[:10],
            record["from"],
            record["subject"],
            f"{record['label']} {record['confidence']:.2f}",
            record["reason"],
        )
    console.print(table)
    console.print("Use `nextround review accept|relabel|move|dismiss ID`.")
