"""Turning a due follow-up into a draft in the mailbox that received the rejection.

Shared by `nextround followups draft` and the dashboard's one key: prepare the
draft (template, recipient, tone check), then save it through the connector and
remember the draft id, so saving again replaces that draft instead of adding one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from tracker.config import Settings
from tracker.connector import Connector, DraftReply
from tracker.followup import (
    DraftContext,
    build_reply,
    choose_recipient,
    load_template,
    render,
    tone_warnings,
)
from tracker.language import language_of
from tracker.models import Application, Company, FollowUp, FollowUpState, Message, utcnow
from tracker.store import writer


class FollowUpError(Exception):
    """The follow-up cannot be drafted (unknown id, already sent, account gone)."""


@dataclass(frozen=True)
class PreparedDraft:
    followup_id: int
    account: str
    reply: DraftReply
    warnings: tuple[str, ...]
    """Tone problems and a missing recipient: shown before saving."""


def prepare_draft(
    session: Session,
    *,
    followup_id: int,
    settings: Settings,
    config_dir: Path,
    body: str | None = None,
) -> PreparedDraft:
    """Give the draft for a follow-up: rendered (or the user's edited `body`), addressed and checked."""
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise FollowUpError(f"no follow-up with id {followup_id} (see `nextround followups list`)")
    if followup.state is FollowUpState.SENT:
        raise FollowUpError(f"follow-up {followup_id} was sent already")
    application = session.get(Application, followup.application_id)
    rejection = session.get(Message, followup.reply_to_message_id)
    assert application is not None and rejection is not None
    company = session.get(Company, application.company_id)
    assert company is not None
    recipient = choose_recipient(
        reply_to=rejection.reply_to,
        from_header=f"{rejection.from_name} <{rejection.from_address}>"
        if rejection.from_address
        else "",
        contact_name=application.contact_name,
        contact_email=application.contact_email,
    )
    if body is None:
        if followup.body:
            body = followup.body
        else:
            # The shipped template answers in the rejection's language (unless the config
            # names one); a user's own template is in whatever language they wrote it.
            language: str = settings.followup.language
            if settings.followup.template != "default":
                language = "en"
            elif language == "auto":
                language = language_of(f"{rejection.subject}\n{rejection.snippet}")
            context = DraftContext(
                your_name=settings.followup.your_name,
                company=company.name,
                role=application.role,
                contact_name=recipient.name or application.contact_name,
                language=language,
            )
            template = load_template(
                settings.followup.template, config_dir=config_dir, language=language
            )
            body = render(template, context)
    reply = build_reply(
        original_subject=rejection.subject,
        original_message_id=rejection.message_id,
        original_references=rejection.references,
        thread_key=rejection.thread_key,
        to=recipient,
        body=body,
        from_address=rejection.to.split(",")[0] if rejection.to else None,
        replaces_draft_id=followup.draft_id,
    )
    warnings = list(tone_warnings(body))
    if recipient.warning:
        warnings.append(recipient.warning)
    assert followup.id is not None
    return PreparedDraft(followup.id, followup.account or rejection.account, reply, tuple(warnings))


def save_draft(
    engine: Engine, connector: Connector, prepared: PreparedDraft, *, now: datetime | None = None
) -> str:
    """Save the prepared draft through the connector and record it on the follow-up; give the draft id."""
    draft_id = connector.save_draft(prepared.reply)
    with Session(writer(engine)) as session:
        followup = session.get(FollowUp, prepared.followup_id)
        assert followup is not None
        followup.state = FollowUpState.DRAFTED
        followup.draft_id = draft_id
        followup.drafted_at = now or utcnow()
        followup.subject = prepared.reply.subject
        followup.body = prepared.reply.body
        followup.recipient = prepared.reply.to or ""
        session.add(followup)
        session.commit()
    return draft_id


def skip_followup(session: Session, *, followup_id: int) -> FollowUp:
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise FollowUpError(f"no follow-up with id {followup_id} (see `nextround followups list`)")
    followup.state = FollowUpState.SKIPPED
    session.add(followup)
    return followup
