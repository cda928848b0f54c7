"""Changing applications: new ones, events on them, and the status recomputed from those events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from tracker.models import (
    Application,
    EventCause,
    Message,
    Status,
    StatusEvent,
    new_row,
    utcnow,
)
from tracker.status import OPEN_STATUSES, Derived, Event, derive_status
from tracker.store import get_or_create_company


def create_application(
    session: Session,
    *,
    company: str,
    role: str = "",
    applied_at: datetime | None = None,
    job_id: str | None = None,
    domain: str | None = None,
    first_seen: datetime | None = None,
    **fields: Any,
) -> Application:
    """Give a new application, stored (flushed) with an id.

    `applied_at` None means unknown (the first mail was already an answer): the
    application then starts at `first_seen`, and its response times stay out of the stats.
    """
    company_row = get_or_create_company(session, name=company, domain=domain)
    assert company_row.id is not None
    when = applied_at or first_seen or utcnow()
    application = Application(
        company_id=company_row.id,
        role=role,
        job_id=job_id,
        applied_at=applied_at,
        status=Status.APPLIED,
        status_at=when,
        last_activity_at=when,
        **fields,
    )
    session.add(application)
    session.flush()
    return application


def add_event(
    session: Session,
    *,
    application: Application,
    to_status: Status,
    at: datetime,
    cause: EventCause,
    message_id: int | None = None,
    note: str = "",
) -> StatusEvent:
    assert application.id is not None
    event = new_row(
        StatusEvent,
        application_id=application.id,
        from_status=application.status,
        to_status=to_status,
        at=at,
        cause=cause,
        message_id=message_id,
        note=note,
    )
    session.add(event)
    return event


def events_of(session: Session, *, application_id: int) -> list[StatusEvent]:
    query = (
        select(StatusEvent)
        .where(StatusEvent.application_id == application_id)
        .order_by(col(StatusEvent.at), col(StatusEvent.id))
    )
    return list(session.exec(query).all())


@dataclass
class History:
    """An application's status events and the dates of its mail: what its status derives from.

    Events are kept as (to status, when, cause), in the order they were recorded:
    all that deriving a status needs, without an ORM object for each.
    """

    events: list[tuple[Status, datetime, EventCause]] = field(default_factory=list)
    mail_dates: list[datetime | None] = field(default_factory=list)


_HISTORY_EVENT = (col(StatusEvent.to_status), col(StatusEvent.at), col(StatusEvent.cause))


def load_history(session: Session, *, application_id: int) -> History:
    return load_histories(session, application_ids=[application_id])[application_id]


def load_histories(session: Session, *, application_ids: Sequence[int]) -> dict[int, History]:
    """Give the histories of several applications in two queries (each id gets one, maybe empty)."""
    histories = {application_id: History() for application_id in application_ids}
    events = (
        select(StatusEvent.application_id, *_HISTORY_EVENT)
        .where(col(StatusEvent.application_id).in_(application_ids))
        .order_by(col(StatusEvent.at), col(StatusEvent.id))
    )
    for application_id, to_status, at, cause in session.exec(events).all():
        histories[application_id].events.append((to_status, at, cause))
    dates = select(Message.application_id, Message.date).where(
        col(Message.application_id).in_(application_ids), col(Message.date).is_not(None)
    )
    for owner, date in session.exec(dates).all():
        assert owner is not None
        histories[owner].mail_dates.append(date)
    return histories


def recompute_status(
    session: Session,
    *,
    application: Application,
    now: datetime,
    ghosted_after: timedelta,
    known: History | None = None,
) -> Derived:
    """Derive the status from the stored events and store it on the application.

    `known` is the application's whole history when the caller keeps it (a scan
    does, per batch), saving two queries per message.
    """
    assert application.id is not None
    history = known or load_history(session, application_id=application.id)
    stored, mail_dates = history.events, history.mail_dates
    derived = derive_status(
        # The list is in insertion order for equal times (loaded by (at, id), then appended);
        # its index breaks ties where a row not yet flushed has no id.
        (Event(to, at, cause, order) for order, (to, at, cause) in enumerate(stored)),
        now=now,
        ghosted_after=ghosted_after,
        applied_at=application.applied_at,
        other_activity=[d for d in mail_dates if d is not None],
    )
    if derived.status != application.status and derived.status is Status.GHOSTED:
        # For the timeline only: derive_status ignores rule events, so a later reply undoes it.
        session.add(
            StatusEvent(
                application_id=application.id,
                from_status=application.status,
                to_status=Status.GHOSTED,
                at=derived.since or now,
                cause=EventCause.RULE,
                note=f"no reply for {ghosted_after.days} days",
            )
        )
    application.status = derived.status
    application.status_at = derived.since
    application.last_activity_at = derived.last_activity
    application.updated_at = utcnow()
    if application not in session:
        session.add(application)
    return derived


def change_status(
    session: Session,
    *,
    application: Application,
    to_status: Status,
    now: datetime,
    ghosted_after: timedelta,
    note: str = "",
) -> Derived:
    """Record the user's own status change; it outranks any earlier mail."""
    add_event(
        session,
        application=application,
        to_status=to_status,
        at=now,
        cause=EventCause.MANUAL,
        note=note,
    )
    return recompute_status(session, application=application, now=now, ghosted_after=ghosted_after)


def refresh_all(session: Session, *, now: datetime, ghosted_after: timedelta) -> int:
    """Mark open applications that went quiet as ghosted (it depends on the clock); give how many changed.

    Only applications whose last activity is older than `ghosted_after` can change,
    and the status index finds them without reading the others.
    """
    quiet = select(Application).where(
        col(Application.archived).is_(False),
        col(Application.status).in_([s.value for s in OPEN_STATUSES]),
        col(Application.last_activity_at) <= now - ghosted_after,
    )
    changed = 0
    for application in session.exec(quiet).all():
        before = application.status
        derived = recompute_status(
            session, application=application, now=now, ghosted_after=ghosted_after
        )
        changed += derived.status != before
    return changed
