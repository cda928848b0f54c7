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
from tracker.status import OPEN_STATUSES, Derived, Event, Timeline, derive_status
from tracker.store import NewRows, get_or_create_company


def create_application(
    session: Session,
    *,
    company: str,
    role: str = "",
    applied_at: datetime | None = None,
    job_id: str | None = None,
    domain: str | None = None,
    first_seen: datetime | None = None,
    reserved_id: int | None = None,
    **fields: Any,
) -> Application:
    """Give a new application with its id, stored (flushed) at once unless its id was reserved.

    `applied_at` None means unknown (the first mail was already an answer): the
    application then starts at `first_seen`, and its response times stay out of the stats.
    `reserved_id` is an id reserved for it (store.NewRows.reserve): the application is
    then INSERTed with the session's next flush, and this one flushes nothing else.
    A scan creates applications while the ones it changed wait unflushed; a flush
    here would UPDATE them all each time.
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
    if reserved_id is not None:
        application.id = reserved_id
        session.add(application)
        return application
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
    rows: NewRows | None = None,
) -> None:
    """Record a status event of `application` (in `rows` when given, else in the session)."""
    assert application.id is not None
    values = {
        "application_id": application.id,
        "from_status": application.status,
        "to_status": to_status,
        "at": at,
        "cause": cause,
        "message_id": message_id,
        "note": note,
    }
    if rows is not None:
        rows.add(StatusEvent, **values)
    else:
        session.add(new_row(StatusEvent, **values))


def events_of(session: Session, *, application_id: int) -> list[StatusEvent]:
    query = (
        select(StatusEvent)
        .where(StatusEvent.application_id == application_id)
        .order_by(col(StatusEvent.at), col(StatusEvent.id))
    )
    return list(session.exec(query).all())


@dataclass
class History:
    """An application's status events and its latest mail: what its status derives from.

    Events are kept as the state machine reads them, in the order they were recorded
    (their `order` is their place in the list): all that deriving a status needs,
    without an ORM object for each, and built once rather than at every recompute.
    Of its mail only the latest date counts (as a sign of life against ghosting).
    """

    events: list[Event] = field(default_factory=list)
    last_mail: datetime | None = None
    _timeline: Timeline | None = field(default=None, repr=False, compare=False)
    _in_timeline: int = field(default=0, repr=False, compare=False)
    """How many of `events` the timeline holds."""

    def add_event(self, to_status: Status, at: datetime, cause: EventCause) -> None:
        """Record an event after those already kept."""
        self.events.append(Event(to_status, at, cause, len(self.events)))

    def timeline(self, applied_at: datetime | None) -> Timeline:
        """Give the timeline of the events; the events added since the last call are only
        added to the timeline kept from then (see `status.Timeline`)."""
        timeline = self._timeline
        if timeline is None or timeline.applied_at != applied_at:
            timeline = self._timeline = Timeline(self.events, applied_at=applied_at)
        else:
            for event in self.events[self._in_timeline :]:
                timeline.add(event)
        self._in_timeline = len(self.events)
        return timeline

    def add_mail(self, date: datetime | None) -> None:
        """Record a message of the application (undated mail is no sign of life)."""
        if date is not None and (self.last_mail is None or date > self.last_mail):
            self.last_mail = date


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
        histories[application_id].add_event(to_status, at, cause)
    dates = select(Message.application_id, Message.date).where(
        col(Message.application_id).in_(application_ids), col(Message.date).is_not(None)
    )
    for owner, date in session.exec(dates).all():
        assert owner is not None
        histories[owner].add_mail(date)
    return histories


def recompute_status(
    session: Session,
    *,
    application: Application,
    now: datetime,
    ghosted_after: timedelta,
    known: History | None = None,
    rows: NewRows | None = None,
) -> Derived:
    """Derive the status from the stored events and store it on the application.

    `known` is the application's whole history when the caller keeps it (a scan
    does, per batch), saving two queries per message; `rows` takes a new event
    (ghosted) and the application's new status when the caller keeps its new rows
    and changes there (a scan does, for applications its session holds).
    """
    assert application.id is not None
    history = known or load_history(session, application_id=application.id)
    derived = derive_status(
        # The list is in insertion order for equal times (loaded by (at, id), then appended);
        # its index breaks ties where a row not yet written has no id.
        history.events,
        now=now,
        ghosted_after=ghosted_after,
        applied_at=application.applied_at,
        other_activity=[] if history.last_mail is None else [history.last_mail],
        timeline=history.timeline(application.applied_at),
    )
    if derived.status != application.status and derived.status is Status.GHOSTED:
        # For the timeline only: derive_status ignores rule events, so a later reply undoes it.
        add_event(
            session,
            application=application,
            to_status=Status.GHOSTED,
            at=derived.since or now,
            cause=EventCause.RULE,
            note=f"no reply for {ghosted_after.days} days",
            rows=rows,
        )
    if rows is not None:
        # A scan recomputes at every job mail: its batch writes the last values at once.
        rows.change(
            application,
            status=derived.status,
            status_at=derived.since,
            last_activity_at=derived.last_activity,
            updated_at=utcnow(),
        )
        return derived
    # Only what changed is set: each assignment to a row costs an ORM attribute event.
    if application.status != derived.status:
        application.status = derived.status
    if application.status_at != derived.since:
        application.status_at = derived.since
    if application.last_activity_at != derived.last_activity:
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
