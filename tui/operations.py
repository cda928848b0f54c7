"""What the dashboard's actions change in the store, each in one transaction.

The screens call these on the UI thread: they are local database writes of a few
rows. Anything that talks to a mail server runs in a worker instead (see scanning.py
and the follow-up flow).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from tracker import corrections
from tracker.applications import change_status, create_application, recompute_status
from tracker.config import Settings
from tracker.drafting import PreparedDraft, prepare_draft, skip_followup
from tracker.models import Application, Company, Status, utcnow
from tracker.store import get_or_create_company, session_scope


@dataclass(frozen=True)
class ApplicationFields:
    """What the add/edit form gives: every field a person types in."""

    company: str
    role: str = ""
    location: str = ""
    source: str = ""
    url: str = ""
    applied_at: datetime | None = None
    contact_name: str = ""
    contact_email: str = ""
    next_action_at: datetime | None = None


def add_application(engine: Engine, fields: ApplicationFields, *, now: datetime) -> int:
    """Store a new application from the form; give its id."""
    with session_scope(engine) as session:
        application = create_application(
            session,
            company=fields.company,
            role=fields.role,
            applied_at=fields.applied_at or now,
            location=fields.location,
            source=fields.source,
            url=fields.url,
            contact_name=fields.contact_name,
            contact_email=fields.contact_email,
            next_action_at=fields.next_action_at,
        )
        assert application.id is not None
        return application.id


def edit_application(
    engine: Engine,
    application_id: int,
    fields: ApplicationFields,
    *,
    settings: Settings,
    now: datetime,
) -> None:
    """Store the edited fields; the status is recomputed when the applied date moved."""
    with session_scope(engine) as session:
        application = _get(session, application_id)
        company = get_or_create_company(session, name=fields.company)
        assert company.id is not None
        application.company_id = company.id
        application.role = fields.role
        application.location = fields.location
        application.source = fields.source
        application.url = fields.url
        application.contact_name = fields.contact_name
        application.contact_email = fields.contact_email
        application.next_action_at = fields.next_action_at
        # The form works in days: the same day keeps the stored time (and the status as it is).
        before = application.applied_at
        moved = fields.applied_at is not None and (
            before is None or fields.applied_at.date() != before.date()
        )
        if moved:
            application.applied_at = fields.applied_at
        application.updated_at = utcnow()
        session.add(application)
        if moved:
            recompute_status(
                session,
                application=application,
                now=now,
                ghosted_after=settings.scan.ghosted_after,
            )


def set_status(
    engine: Engine, application_id: int, status: Status, *, settings: Settings, now: datetime
) -> Status:
    """Record the user's status change; give the status that results (it outranks mail)."""
    with session_scope(engine) as session:
        application = _get(session, application_id)
        derived = change_status(
            session,
            application=application,
            to_status=status,
            now=now,
            ghosted_after=settings.scan.ghosted_after,
        )
        return derived.status


def save_notes(engine: Engine, application_id: int, notes: str) -> None:
    with session_scope(engine) as session:
        application = _get(session, application_id)
        application.notes = notes
        application.updated_at = utcnow()
        session.add(application)


def toggle_archived(engine: Engine, application_id: int) -> bool:
    """Archive the application, or bring it back when archived; give whether it is archived now."""
    with session_scope(engine) as session:
        application = _get(session, application_id)
        application.archived = not application.archived
        application.updated_at = utcnow()
        session.add(application)
        return application.archived


def fields_of(engine: Engine, application_id: int) -> tuple[ApplicationFields, str]:
    """Give the form fields of a stored application, and its notes."""
    with session_scope(engine) as session:
        application = _get(session, application_id)
        company = session.get(Company, application.company_id)
        assert company is not None
        return (
            ApplicationFields(
                company=company.name,
                role=application.role,
                location=application.location,
                source=application.source,
                url=application.url,
                applied_at=application.applied_at,
                contact_name=application.contact_name,
                contact_email=application.contact_email,
                next_action_at=application.next_action_at,
            ),
            application.notes,
        )


def _get(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise LookupError(f"application {application_id} is gone (deleted elsewhere?)")
    return application


# Follow-ups ------------------------------------------------------------------


def prepare(
    engine: Engine,
    followup_id: int,
    *,
    settings: Settings,
    config_dir: Path,
    body: str | None = None,
) -> PreparedDraft:
    """Give the rendered (or edited) draft of a follow-up with its tone warnings."""
    with session_scope(engine) as session:
        return prepare_draft(
            session, followup_id=followup_id, settings=settings, config_dir=config_dir, body=body
        )


def skip(engine: Engine, followup_id: int) -> None:
    with session_scope(engine) as session:
        skip_followup(session, followup_id=followup_id)


# Review ----------------------------------------------------------------------


def accept(engine: Engine, message_id: int, *, settings: Settings, now: datetime) -> None:
    with session_scope(engine) as session:
        corrections.accept(session, message_id=message_id, settings=settings, now=now)


def relabel(
    engine: Engine, message_id: int, label: str, *, settings: Settings, now: datetime
) -> None:
    """Give the detection another label; "paused" is a rejection-like outcome kept apart."""
    paused = label == "paused"
    with session_scope(engine) as session:
        corrections.relabel(
            session,
            message_id=message_id,
            label="rejection" if paused else label,
            paused=paused,
            settings=settings,
            now=now,
        )


def move(
    engine: Engine,
    message_id: int,
    application_id: int | None,
    *,
    settings: Settings,
    now: datetime,
) -> int:
    """Put the mail under another application (None: a new one from it); give that application's id."""
    with session_scope(engine) as session:
        return corrections.move(
            session,
            message_id=message_id,
            application_id=application_id,
            settings=settings,
            now=now,
        )


def dismiss(engine: Engine, message_id: int) -> None:
    with session_scope(engine) as session:
        corrections.dismiss(session, message_id=message_id)
