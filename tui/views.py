"""What the dashboard shows, read from the store: rows for its lists and the detail of one application.

Plain frozen dataclasses built in one pass over a session, so a widget never holds
a live ORM object and a refresh is one query per list, not one per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker.applications import events_of
from tracker.corrections import review_queue
from tracker.models import (
    Application,
    Company,
    EventCause,
    FollowUp,
    FollowUpState,
    Message,
    Status,
)
from tracker.store import application_with_company, followups, list_applications, messages_for

ARCHIVED = "archived"
"""The filter that shows archived applications instead of the open list."""


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    company: str
    role: str
    status: Status
    last_activity: datetime | None
    days_since: int | None
    next_action: str
    next_action_at: datetime | None
    archived: bool

    def matches(self, text: str) -> bool:
        """Tell whether the search text is in the company or the role (any case)."""
        needle = text.casefold().strip()
        return not needle or needle in f"{self.company} {self.role}".casefold()


def application_rows(
    session: Session, *, now: datetime, status_filter: str | None = None
) -> list[ApplicationRow]:
    """Give the rows of the applications table, most recent activity first.

    `status_filter` is a status value, ARCHIVED for the archived ones, or None for every open one.
    Only the columns the table shows are read: loading whole ORM objects for thousands of
    applications would cost more than everything else the dashboard does at start.
    """
    query = sa.select(
        col(Application.id),
        col(Company.name),
        col(Application.role),
        col(Application.status),
        col(Application.last_activity_at),
        col(Application.next_action_at),
        col(Application.archived),
    ).join(Company, col(Application.company_id) == Company.id)
    if status_filter == ARCHIVED:
        query = query.where(col(Application.archived).is_(True))
    else:
        query = query.where(col(Application.archived).is_(False))
        if status_filter:
            query = query.where(col(Application.status) == status_filter)
    query = query.order_by(
        col(Application.last_activity_at).desc().nulls_last(), col(Application.id).desc()
    )
    pending = _pending_followups(session)
    rows = []
    for application_id, company, role, status, last, next_at, archived in session.execute(
        query
    ).all():
        assert application_id is not None
        action, action_at = _next_action(status, next_at, pending.get(application_id), now)
        rows.append(
            ApplicationRow(
                id=application_id,
                company=company,
                role=role,
                status=status,
                last_activity=last,
                days_since=None if last is None else max((now - last).days, 0),
                next_action=action,
                next_action_at=action_at,
                archived=archived,
            )
        )
    return rows


def _pending_followups(session: Session) -> dict[int, datetime]:
    query = select(FollowUp.application_id, FollowUp.due_at).where(
        FollowUp.state == FollowUpState.PENDING
    )
    soonest: dict[int, datetime] = {}
    for application_id, due_at in session.exec(query).all():
        if application_id not in soonest or due_at < soonest[application_id]:
            soonest[application_id] = due_at
    return soonest


def _next_action(
    status: Status, next_action_at: datetime | None, followup_due: datetime | None, now: datetime
) -> tuple[str, datetime | None]:
    # A follow-up answers a rejection: once the user says it moved on, it is not the next step.
    if followup_due is not None and status is Status.REJECTED:
        if followup_due <= now:
            return "follow-up due", followup_due
        return f"follow-up {followup_due:%b %d}", followup_due
    if next_action_at is not None:
        return f"{next_action_at:%b %d}", next_action_at
    if status is Status.OFFER:
        return "answer the offer", None
    return "", None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime | None
    text: str
    message_id: int | None
    """The mail behind the entry (opens with its headers and snippet), if any."""


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    company: str
    role: str
    status: Status
    archived: bool
    applied_at: datetime | None
    location: str
    source: str
    url: str
    job_id: str | None
    contact_name: str
    contact_email: str
    notes: str
    next_action_at: datetime | None
    timeline: tuple[TimelineEntry, ...]


def application_detail(session: Session, *, application_id: int) -> ApplicationDetail | None:
    """Give everything the detail pane shows for one application, or None when it is gone."""
    found = application_with_company(session, application_id=application_id)
    if found is None:
        return None
    application, company = found
    messages = {m.id: m for m in messages_for(session, application_id=application_id)}
    entries: list[TimelineEntry] = []
    behind_events: set[int] = set()
    for event in events_of(session, application_id=application_id):
        message = messages.get(event.message_id) if event.message_id is not None else None
        if event.message_id is not None:
            behind_events.add(event.message_id)
        entries.append(
            TimelineEntry(
                event.at,
                _event_text(event.to_status, event.cause, event.note, message),
                event.message_id,
            )
        )
    for message_id, message in messages.items():
        if message_id is not None and message_id not in behind_events:
            entries.append(
                TimelineEntry(
                    message.date, f"mail: {message.subject or '(no subject)'}", message_id
                )
            )
    entries.sort(key=lambda e: (e.at is not None, e.at or datetime.min))
    return ApplicationDetail(
        id=application_id,
        company=company.name,
        role=application.role,
        status=application.status,
        archived=application.archived,
        applied_at=application.applied_at,
        location=application.location,
        source=application.source,
        url=application.url,
        job_id=application.job_id,
        contact_name=application.contact_name,
        contact_email=application.contact_email,
        notes=application.notes,
        next_action_at=application.next_action_at,
        timeline=tuple(entries),
    )


def _event_text(status: Status, cause: EventCause, note: str, message: Message | None) -> str:
    if cause is EventCause.MAIL and message is not None:
        return f"{status} (mail: {message.subject or '(no subject)'})"
    if cause is EventCause.MANUAL:
        return f"{status} (set by you{': ' + note if note else ''})"
    return f"{status} ({note or cause})"


@dataclass(frozen=True)
class MessageView:
    """A stored mail as the dashboard opens it: its headers, the classifier's verdict, the snippet."""

    id: int
    headers: tuple[tuple[str, str], ...]
    verdict: str
    reasons: tuple[str, ...]
    snippet: str


def message_view(session: Session, *, message_id: int) -> MessageView | None:
    message = session.get(Message, message_id)
    if message is None:
        return None
    sender = (
        f"{message.from_name} <{message.from_address}>"
        if message.from_name
        else message.from_address
    )
    headers = [
        ("From", sender),
        ("To", message.to),
        ("Date", f"{message.date:%Y-%m-%d %H:%M} UTC" if message.date else ""),
        ("Subject", message.subject),
        ("Account", message.account),
        ("Message-ID", message.message_id or ""),
    ]
    if message.reply_to:
        headers.insert(1, ("Reply-To", message.reply_to))
    verdict = f"{message.label} ({message.confidence:.2f})"
    if message.outcome:
        verdict += f", {message.outcome}"
    return MessageView(
        id=message_id,
        headers=tuple((name, value) for name, value in headers if value),
        verdict=verdict,
        reasons=tuple(line for line in message.reasons.splitlines() if line.strip()),
        snippet=message.snippet,
    )


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    application_id: int
    company: str
    role: str
    state: FollowUpState
    due_at: datetime
    account: str

    @property
    def label(self) -> str:
        return "drafted" if self.state is FollowUpState.DRAFTED else "due"


@dataclass(frozen=True)
class FollowUpList:
    rows: tuple[FollowUpRow, ...]
    waiting: int
    """Follow-ups still in their cool-down (not shown until due)."""


def due_followups(session: Session, *, now: datetime) -> FollowUpList:
    """Give the follow-ups to act on now (due, or drafted and open to re-saving), and how many wait."""
    rows: list[FollowUpRow] = []
    waiting = 0
    for followup, application, company in followups(
        session, states=[FollowUpState.PENDING, FollowUpState.DRAFTED]
    ):
        if application.archived:
            continue
        if followup.state is FollowUpState.PENDING and application.status is not Status.REJECTED:
            continue  # the user reopened it (an interview after all): nothing to answer
        if followup.state is FollowUpState.PENDING and followup.due_at > now:
            waiting += 1
            continue
        assert followup.id is not None
        rows.append(
            FollowUpRow(
                id=followup.id,
                application_id=followup.application_id,
                company=company.name,
                role=application.role,
                state=followup.state,
                due_at=followup.due_at,
                account=followup.account,
            )
        )
    # Due ones first: a drafted follow-up only needs a look if the user wants to change it.
    rows.sort(key=lambda r: (r.state is FollowUpState.DRAFTED, r.due_at))
    return FollowUpList(tuple(rows), waiting)


@dataclass(frozen=True)
class ReviewRow:
    message_id: int
    date: datetime | None
    sender: str
    subject: str
    label: str
    confidence: float
    reason: str
    application: str
    """The application the detection was matched to ("" when none)."""


def review_rows(session: Session) -> list[ReviewRow]:
    """Give the detections waiting for the user: uncertain labels and ambiguous matches."""
    rows = []
    for message, application, company in review_queue(session):
        assert message.id is not None
        target = ""
        if application is not None:
            target = " ".join(filter(None, [company.name if company else "", application.role]))
        rows.append(
            ReviewRow(
                message_id=message.id,
                date=message.date,
                sender=message.from_name or message.from_address,
                subject=message.subject,
                label=message.label + (" (paused)" if message.outcome == "paused" else ""),
                confidence=message.confidence,
                reason=message.review_reason,
                application=target,
            )
        )
    return rows


@dataclass(frozen=True)
class ApplicationChoice:
    id: int
    text: str


def application_choices(session: Session) -> list[ApplicationChoice]:
    """Give every open application as a one-line choice (for moving a mail to another one)."""
    return [
        ApplicationChoice(app.id, f"{company.name} — {app.role or '(no role)'} [{app.status}]")
        for app, company in list_applications(session)
        if app.id is not None
    ]


def companies(session: Session) -> Sequence[str]:
    return sorted(session.exec(select(Company.name).order_by(col(Company.name))).all())
