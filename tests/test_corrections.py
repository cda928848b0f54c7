"""Corrections: accept, relabel, move, dismiss; statuses recomputed; sender rules used by the next scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from mailfactory import NOW, deliver, job_mail, make_maildir
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from connectors.maildir import MaildirConnector
from tracker.applications import create_application
from tracker.config import Settings
from tracker.corrections import (
    CorrectionError,
    accept,
    dismiss,
    move,
    relabel,
    review_queue,
    save_sender_rule,
)
from tracker.models import Application, Correction, FollowUp, Message, ReviewState, Status
from tracker.store import open_store
from tracker.sync import scan_account

SETTINGS = Settings()


@pytest.fixture
def engine(database_url: str) -> Engine:
    """A fresh store on SQLite and on PostgreSQL."""
    return open_store(database_url)


def scanned(engine: Engine, tmp_path: Path, *mails: bytes) -> None:
    box = make_maildir(tmp_path / "Mail")
    for raw in mails:
        deliver(box, raw)
    scan_account(engine, MaildirConnector("m", tmp_path / "Mail"), settings=SETTINGS, now=NOW)


def by_message_id(session: Session, key: str) -> Message:
    return session.exec(
        select(Message).where(Message.message_id == f"<{key}@test.nextround.invalid>")
    ).one()


def test_relabel_recomputes_the_status_and_the_followup(engine: Engine, tmp_path: Path) -> None:
    scanned(
        engine,
        tmp_path,
        job_mail("applied", key="a", days_ago=9),
        job_mail("rejection", key="r", days_ago=2),
    )
    with Session(engine) as session:
        app = session.exec(select(Application)).one()
        assert app.status is Status.REJECTED
        assert len(session.exec(select(FollowUp)).all()) == 1
        rejection = by_message_id(session, "r")
        assert rejection.id is not None
        relabel(session, message_id=rejection.id, label="interview", settings=SETTINGS, now=NOW)
        session.commit()
        assert session.get(Application, app.id).status is Status.INTERVIEWING  # type: ignore[union-attr]
        assert session.exec(select(FollowUp)).all() == []  # no rejection, no follow-up
        correction = session.exec(select(Correction)).one()
        assert (correction.kind, correction.old_label, correction.new_label) == (
            "relabel",
            "rejection",
            "interview",
        )
        relabel(
            session,
            message_id=rejection.id,
            label="rejection",
            paused=True,
            settings=SETTINGS,
            now=NOW,
        )
        assert session.get(Application, app.id).status is Status.PAUSED  # type: ignore[union-attr]


def test_move_to_another_application_updates_both(engine: Engine, tmp_path: Path) -> None:
    scanned(engine, tmp_path, job_mail("applied", "Acme", "Data Engineer", key="a", days_ago=9),
            job_mail("rejection", "Acme", "Data Engineer", key="r", days_ago=2))  # fmt: skip
    with Session(engine) as session:
        first = session.exec(select(Application)).one()
        other = create_application(session, company="Acme", role="ML Engineer", applied_at=NOW)
        rejection = by_message_id(session, "r")
        assert rejection.id is not None and other.id is not None
        move(session, message_id=rejection.id, application_id=other.id, settings=SETTINGS, now=NOW)
        session.commit()
        assert session.get(Application, first.id).status is Status.APPLIED  # type: ignore[union-attr]
        assert session.get(Application, other.id).status is Status.REJECTED  # type: ignore[union-attr]
        followup = session.exec(select(FollowUp)).one()
        assert followup.application_id == other.id
        new_id = move(
            session, message_id=rejection.id, application_id=None, settings=SETTINGS, now=NOW
        )
        assert new_id not in (first.id, other.id)
        assert session.get(Application, other.id).status is Status.APPLIED  # type: ignore[union-attr]


def test_accept_and_dismiss_empty_the_review_queue(engine: Engine, tmp_path: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", "Data Engineer", key="a", days_ago=9))
    sent = box.add_folder("Sent")
    sent.add(job_mail("interview", "Acme", "Data Engineer", key="s1", days_ago=3))
    sent.add(job_mail("offer", "Globex", "Analyst", key="s2", days_ago=3))
    scan_account(engine, MaildirConnector("m", tmp_path / "Mail"), settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        queue = review_queue(session)
        assert len(queue) == 2
        for message, application, _company in queue:
            assert message.id is not None
            if message.company_guess == "Acme":
                assert application is not None  # its likely application is known
                accept(session, message_id=message.id, settings=SETTINGS, now=NOW)
            else:
                dismiss(session, message_id=message.id)
        session.commit()
        assert review_queue(session) == []
        acme = session.exec(select(Application)).one()
        assert acme.status is Status.INTERVIEWING
        states = {m.message_id: m.review for m in session.exec(select(Message)).all()}
        assert states["<s2@test.nextround.invalid>"] is ReviewState.DISMISSED


def test_bad_corrections_are_clear_errors(engine: Engine) -> None:
    with Session(engine) as session:
        with pytest.raises(CorrectionError, match="no message with id 5"):
            dismiss(session, message_id=5)
        with pytest.raises(CorrectionError, match="not one of"):
            relabel(session, message_id=1, label="maybe", settings=SETTINGS, now=NOW)
        with pytest.raises(CorrectionError, match="needs an address"):
            save_sender_rule(session, sender="newsletter", label="other")


def test_a_sender_rule_decides_the_next_scan(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        save_sender_rule(session, sender="@acme.com", label="other")
        session.commit()
    scanned(engine, tmp_path, job_mail("rejection", "Acme", key="r", days_ago=1),
            job_mail("applied", "Globex", key="g", days_ago=1))  # fmt: skip
    with Session(engine) as session:
        names = [m.company_guess for m in session.exec(select(Message)).all()]
        assert names == ["Globex"]


def test_review_commands(engine: Engine, tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "{engine.url}"\n')
    box = make_maildir(tmp_path / "Mail")
    box.add_folder("Sent").add(job_mail("rejection", "Acme", key="s", days_ago=1))
    scan_account(engine, MaildirConnector("m", tmp_path / "Mail"), settings=SETTINGS, now=NOW)

    def cli(*args: str) -> str:
        result = CliRunner().invoke(
            __import__("tracker.cli").cli.main, ["--config", str(config), *args]
        )
        assert result.exit_code == 0, result.output
        return result.output

    (item,) = json.loads(cli("review", "list", "--json"))
    assert item["reason"] == "mail you sent"
    cli("review", "relabel", str(item["message_id"]), "other", "--sender-rule")
    assert json.loads(cli("review", "list", "--json")) == []
    with Session(engine) as session:
        assert session.exec(select(Message).where(col(Message.label) == "other")).one()
    moved = CliRunner().invoke(
        __import__("tracker.cli").cli.main, ["--config", str(config), "review", "move", "1", "x"]
    )
    assert moved.exit_code == 2 and "or 'new'" in moved.output
