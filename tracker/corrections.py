"""The user correcting a scan: accept, relabel, move or dismiss a message, and rules per sender.

Every correction is stored, and the applications it touches have their status
recomputed from their events, so the result is what a scan would have given
had it known better.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from tracker.applications import create_application
from tracker.attach import attach, detach
from tracker.classify.types import LABELS
from tracker.config import Settings
from tracker.models import (
    Application,
    Company,
    Correction,
    Message,
    ReviewState,
    SenderRule,
)


class CorrectionError(Exception):
    """The correction cannot be made (unknown message or application, bad label)."""


def _message(session: Session, message_id: int) -> Message:
    message = session.get(Message, message_id)
    if message is None:
        raise CorrectionError(f"no message with id {message_id}")
    return message


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise CorrectionError(f"no application with id {application_id}")
    return application


def review_queue(session: Session) -> list[tuple[Message, Application | None, Company | None]]:
    """Give the messages waiting for the user, oldest first, with the application they probably belong to."""
    query = (
        select(Message)
        .where(col(Message.review) == ReviewState.PENDING.value)
        .order_by(col(Message.date).nulls_first(), col(Message.id))
    )
    rows: list[tuple[Message, Application | None, Company | None]] = []
    for message in session.exec(query).all():
        application = (
            session.get(Application, message.application_id) if message.application_id else None
        )
        company = session.get(Company, application.company_id) if application else None
        rows.append((message, application, company))
    return rows


def accept(session: Session, *, message_id: int, settings: Settings, now: datetime) -> None:
    """Apply a message waiting for review as it was detected (to its likely or a new application)."""
    message = _message(session, message_id)
    if message.label == "other" and message.outcome != "paused":
        dismiss(session, message_id=message_id)
        return
    if message.application_id is None:
        if not message.company_guess:
            raise CorrectionError(
                "the company of this message is unknown: move it to an application instead"
            )
        move(session, message_id=message_id, application_id=None, settings=settings, now=now)
        return
    application = _application(session, message.application_id)
    attach(
        session,
        message=message,
        application=application,
        settings=settings,
        now=now,
        note="accepted",
    )
    message.review = ReviewState.APPLIED
    _record(session, message, "accept", message.label, message.application_id)


def relabel(
    session: Session,
    *,
    message_id: int,
    label: str,
    paused: bool = False,
    settings: Settings,
    now: datetime,
) -> None:
    """Give a message another label; its application's status follows."""
    if label not in LABELS:
        raise CorrectionError(f"label {label!r} is not one of {', '.join(LABELS)}")
    message = _message(session, message_id)
    old_label = message.label
    message.label = label
    message.outcome = "paused" if paused else None
    message.confidence = 1.0
    message.review = ReviewState.CORRECTED
    application = (
        session.get(Application, message.application_id) if message.application_id else None
    )
    if application is not None:
        attach(
            session,
            message=message,
            application=application,
            settings=settings,
            now=now,
            note="relabelled",
        )
    session.add(message)
    _record(session, message, "relabel", label, message.application_id, old_label=old_label)


def move(
    session: Session,
    *,
    message_id: int,
    application_id: int | None,
    settings: Settings,
    now: datetime,
) -> int:
    """Move a message to another application (None: a new one from the message); give its id."""
    message = _message(session, message_id)
    old_application_id = message.application_id
    if application_id is None:
        if not message.company_guess:
            raise CorrectionError(
                "the company of this message is unknown; add the application first"
            )
        target = create_application(
            session,
            company=message.company_guess,
            role=message.role_guess or "",
            applied_at=(message.date or now) if message.label == "applied" else None,
            first_seen=message.date or now,
            job_id=message.job_id,
        )
    else:
        target = _application(session, application_id)
    if old_application_id is not None and old_application_id != target.id:
        detach(session, message=message, settings=settings, now=now)
    message.review = ReviewState.CORRECTED
    attach(session, message=message, application=target, settings=settings, now=now, note="moved")
    assert target.id is not None
    _record(
        session, message, "move", message.label, target.id, old_application_id=old_application_id
    )
    return target.id


def dismiss(session: Session, *, message_id: int) -> None:
    """Take a message out of the review queue without changing any application."""
    message = _message(session, message_id)
    message.review = ReviewState.DISMISSED
    session.add(message)
    _record(session, message, "dismiss", message.label, message.application_id)


def save_sender_rule(session: Session, *, sender: str, label: str) -> SenderRule:
    """Remember that mail from `sender` (an address or @domain) always has `label`."""
    sender = sender.strip().lower()
    if not sender or ("@" not in sender):
        raise CorrectionError(
            "a sender rule needs an address (jobs@acme.com) or a domain (@acme.com)"
        )
    if label not in LABELS:
        raise CorrectionError(f"label {label!r} is not one of {', '.join(LABELS)}")
    rule = session.exec(
        select(SenderRule).where(SenderRule.sender == sender)
    ).first() or SenderRule(sender=sender, label=label)
    rule.label = label
    session.add(rule)
    session.flush()
    return rule


def sender_rules(session: Session) -> dict[str, str]:
    """Give the user's sender rules: sender (address or @domain) -> label."""
    return {rule.sender: rule.label for rule in session.exec(select(SenderRule)).all()}


def rule_for(rules: dict[str, str], address: str) -> str | None:
    """Give the label a sender rule sets for this address, the address before its domain."""
    address = address.lower()
    if address in rules:
        return rules[address]
    domain = "@" + address.rsplit("@", 1)[-1] if "@" in address else None
    return rules.get(domain) if domain else None


def _record(
    session: Session,
    message: Message,
    kind: str,
    new_label: str,
    new_application_id: int | None,
    *,
    old_label: str | None = None,
    old_application_id: int | None = None,
) -> None:
    assert message.id is not None
    session.add(
        Correction(
            message_id=message.id,
            kind=kind,
            old_label=old_label if old_label is not None else message.label,
            new_label=new_label,
            old_application_id=old_application_id
            if old_application_id is not None
            else message.application_id,
            new_application_id=new_application_id,
        )
    )
    if message.review == ReviewState.PENDING:
        message.review = ReviewState.CORRECTED if kind != "dismiss" else ReviewState.DISMISSED
        session.add(message)
    session.flush()
