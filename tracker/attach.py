"""Attaching a classified message to an application: its event, the new status, its follow-up.

Used by scans and by corrections alike, so a relabelled or moved message ends
up exactly where a scan would have put it had the label been right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlmodel import Session, col, delete, select

from tracker.applications import History, add_event, recompute_status
from tracker.config import Settings
from tracker.models import (
    Application,
    EventCause,
    FollowUp,
    FollowUpState,
    Message,
    Status,
    StatusEvent,
    new_row,
)
from tracker.status import status_for_label
from tracker.store import NewRows


@dataclass(frozen=True)
class Attached:
    before: Status
    after: Status
    followup_due: datetime | None
    """When the follow-up this attachment created is due; None when it created none."""


class Mail(Protocol):
    """What attaching reads of a message: a stored Message, or a scan's new row."""

    @property
    def id(self) -> int | None: ...
    @property
    def account(self) -> str: ...
    @property
    def date(self) -> datetime | None: ...
    @property
    def label(self) -> str: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def sent_by_user(self) -> bool: ...


def attach(
    session: Session,
    *,
    message: Mail,
    application: Application,
    settings: Settings,
    now: datetime,
    note: str = "",
    fresh: bool = False,
    history: History | None = None,
    rows: NewRows | None = None,
) -> Attached:
    """Tie `message` to `application` with the event its label implies; recompute the status.

    Any earlier event of the same message is replaced, so attaching twice is harmless.
    `fresh` says the message was stored just now (by a scan), so it has no event or
    follow-up yet; `history` is the application's history as the caller keeps it
    (this message's event and date are added to it). Both only skip lookups.
    `rows` takes the new event and follow-up when the caller keeps its new rows there
    (a scan does, and its messages are new rows too: they name their application already).
    """
    assert message.id is not None and application.id is not None
    if not fresh:
        session.exec(delete(StatusEvent).where(col(StatusEvent.message_id) == message.id))
    if isinstance(message, Message):
        message.application_id = application.id
        if message not in session:  # read in this session it is in it; add() would walk cascades
            session.add(message)
    before = application.status
    when = message.date or now
    target = status_for_label(message.label, paused=message.outcome == "paused")
    if target is not None:
        add_event(
            session,
            application=application,
            to_status=target,
            at=when,
            cause=EventCause.MAIL,
            message_id=message.id,
            note=note,
            rows=rows,
        )
    if history is not None:
        if target is not None:
            history.add_event(target, when, EventCause.MAIL)
        history.add_mail(message.date)
    derived = recompute_status(
        session,
        application=application,
        now=now,
        ghosted_after=settings.scan.ghosted_after,
        known=history,
        rows=rows,
    )
    followup_due = _settle_followup(
        session,
        message=message,
        application=application,
        settings=settings,
        now=now,
        fresh=fresh,
        rows=rows,
    )
    return Attached(before, derived.status, followup_due)


def detach(session: Session, *, message: Message, settings: Settings, now: datetime) -> None:
    """Untie a message from its application: drop its event and pending follow-up, recompute."""
    assert message.id is not None
    old = session.get(Application, message.application_id) if message.application_id else None
    session.exec(delete(StatusEvent).where(col(StatusEvent.message_id) == message.id))
    _drop_pending_followup(session, message_id=message.id)
    message.application_id = None
    session.add(message)
    session.flush()
    if old is not None:
        recompute_status(
            session, application=old, now=now, ghosted_after=settings.scan.ghosted_after
        )


def _settle_followup(
    session: Session,
    *,
    message: Mail,
    application: Application,
    settings: Settings,
    now: datetime,
    fresh: bool = False,
    rows: NewRows | None = None,
) -> datetime | None:
    """Give when the follow-up a fresh rejection calls for is due, creating it (None: none made).

    A pending follow-up that no longer fits is dropped.
    """
    assert message.id is not None and application.id is not None
    existing = (
        None
        if fresh
        else session.exec(
            select(FollowUp).where(FollowUp.reply_to_message_id == message.id)
        ).first()
    )
    when = message.date or now
    wanted = (
        message.label == "rejection"
        and message.outcome != "paused"
        and not message.sent_by_user
        and application.status is Status.REJECTED
        and now - when <= settings.followup.max_age
    )
    if wanted and existing is None:
        values = {
            "application_id": application.id,
            "reply_to_message_id": message.id,
            "due_at": when + settings.followup.delay,
            "account": message.account,
        }
        if rows is not None:
            rows.add(FollowUp, **values)
        else:
            session.add(new_row(FollowUp, **values))
        return when + settings.followup.delay
    if existing is not None:
        if not wanted:
            _drop_pending_followup(session, message_id=message.id)
        elif existing.application_id != application.id:
            existing.application_id = application.id
            session.add(existing)
    return None


def _drop_pending_followup(session: Session, *, message_id: int) -> None:
    # A drafted follow-up stays: its draft is in the user's mailbox.
    session.exec(
        delete(FollowUp).where(
            col(FollowUp.reply_to_message_id) == message_id,
            col(FollowUp.state) == FollowUpState.PENDING.value,
        )
    )
