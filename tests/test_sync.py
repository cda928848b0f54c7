"""Scans end to end on real SQLite and a real Maildir: idempotent, crash-safe, dry runs write nothing."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from mailfactory import NOW, deliver, job_mail, make_maildir
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from connectors.maildir import MaildirConnector
from tracker.applications import change_status
from tracker.classify import Classification, classify, load_rules, parse_message
from tracker.config import Settings
from tracker.connector import Cursor, FetchedMessage, ScanBatch, UnavailableError
from tracker.corrections import save_sender_rule
from tracker.models import (
    AccountState,
    Application,
    Company,
    FollowUp,
    Message,
    ReviewState,
    Status,
    StatusEvent,
)
from tracker.reading import Read, read_message
from tracker.store import open_store, session_scope
from tracker.sync import _snippet, scan_account

SETTINGS = Settings()


@pytest.fixture
def engine(database_url: str) -> Engine:
    """A fresh store on SQLite and on PostgreSQL."""
    return open_store(database_url)


def seed(path: Path) -> None:
    box = make_maildir(path)
    deliver(box, job_mail("applied", "Acme", "Data Engineer", key="a1", days_ago=20))
    deliver(
        box,
        job_mail(
            "interview",
            "Acme",
            "Data Engineer",
            key="a2",
            days_ago=12,
            in_reply_to="<a1@test.nextround.invalid>",
        ),
    )
    deliver(
        box,
        job_mail(
            "rejection",
            "Acme",
            "Data Engineer",
            key="a3",
            days_ago=3,
            reply_to="Dana Park <dana@acme.com>",
        ),
    )
    deliver(box, job_mail("applied", "Globex", "Platform Engineer", key="g1", days_ago=15))
    deliver(box, job_mail("offer", "Globex", "Platform Engineer", key="g2", days_ago=2))
    deliver(box, job_mail("applied", "Initech", "Analyst", key="i1", days_ago=50))
    for n in range(6):
        deliver(box, job_mail("other", key=f"o{n}", days_ago=n))


def snapshot(engine: Engine) -> dict[str, object]:
    """Give the state a user could see, without ids or scan timestamps."""
    with Session(engine) as session:
        apps = sorted(
            (a.role, str(a.status), str(a.applied_at))
            for a in session.exec(select(Application)).all()
        )
        messages = sorted(
            (m.message_id, m.label, m.application_id is not None)
            for m in session.exec(select(Message)).all()
        )
        events = sorted(
            (str(e.to_status), str(e.at), str(e.cause))
            for e in session.exec(select(StatusEvent)).all()
        )
        followups = sorted(str(f.due_at) for f in session.exec(select(FollowUp)).all())
    return {"applications": apps, "messages": messages, "events": events, "followups": followups}


def test_a_scan_builds_applications_statuses_and_followups(tmp_path: Path, engine: Engine) -> None:
    seed(tmp_path / "Mail")
    report = scan_account(
        engine,
        MaildirConnector("mail", tmp_path / "Mail", batch_size=4),
        settings=SETTINGS,
        now=NOW,
    )
    assert report.fetched == 12
    assert report.not_job_mail == 6
    assert report.new_applications == 3
    with Session(engine) as session:
        statuses = {a.role: a.status for a in session.exec(select(Application)).all()}
        assert statuses == {
            "Data Engineer": Status.REJECTED,
            "Platform Engineer": Status.OFFER,
            "Analyst": Status.GHOSTED,
        }
        followup = session.exec(select(FollowUp)).one()
        rejection = session.get(Message, followup.reply_to_message_id)
        assert rejection is not None and rejection.message_id == "<a3@test.nextround.invalid>"
        assert followup.due_at == rejection.date + SETTINGS.followup.delay  # type: ignore[operator]
        assert followup.account == "mail"
        state = session.get(AccountState, "mail")
        assert state is not None and state.cursor
        # only job mail is kept, and only a snippet of it
        assert all(
            m.body is None and len(m.snippet) <= 280 for m in session.exec(select(Message)).all()
        )


def test_rescanning_duplicates_nothing(tmp_path: Path, engine: Engine) -> None:
    seed(tmp_path / "Mail")
    connector = MaildirConnector("mail", tmp_path / "Mail", batch_size=5)
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    first = snapshot(engine)
    again = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert again.stored == 0
    # Forget the cursor: everything is read again and still nothing doubles.
    with Session(engine) as session:
        session.delete(session.get(AccountState, "mail"))
        session.commit()
    full = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert full.fetched == 12 and full.stored == 0 and full.duplicates == 6
    assert snapshot(engine) == first


def test_new_mail_is_picked_up_incrementally(tmp_path: Path, engine: Engine) -> None:
    seed(tmp_path / "Mail")
    connector = MaildirConnector("mail", tmp_path / "Mail")
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("interview", "Initech", "Analyst", key="i2", days_ago=0))
    report = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert report.stored == 1
    assert report.fetched < 12  # only the files at or after the cursor's mark
    with Session(engine) as session:
        analyst = session.exec(select(Application).where(Application.role == "Analyst")).one()
        assert analyst.status is Status.INTERVIEWING  # the reply undid "ghosted"


class CrashingConnector:
    """The real Maildir connector, with the connection dropping after some batches."""

    def __init__(self, inner: MaildirConnector, *, fail_after: int) -> None:
        self.inner = inner
        self.account = inner.account
        self.fail_after = fail_after

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        for number, batch in enumerate(self.inner.scan(cursor)):
            if number == self.fail_after:
                raise UnavailableError("the connection dropped", account=self.account)
            yield batch

    def save_draft(self, reply: object) -> str:  # pragma: no cover - not used
        raise NotImplementedError

    def describe_draft_location(self) -> str:  # pragma: no cover
        return ""

    def close(self) -> None:
        pass


@pytest.mark.parametrize("fail_after", [0, 1, 2])
def test_a_scan_stopped_between_batches_resumes_without_loss_or_duplicates(
    tmp_path: Path, engine: Engine, fail_after: int
) -> None:
    seed(tmp_path / "Mail")
    clean_engine = open_store(f"sqlite:///{tmp_path / 'clean.db'}")
    scan_account(
        clean_engine,
        MaildirConnector("mail", tmp_path / "Mail", batch_size=3),
        settings=SETTINGS,
        now=NOW,
    )

    crashing = CrashingConnector(
        MaildirConnector("mail", tmp_path / "Mail", batch_size=3), fail_after=fail_after
    )
    with pytest.raises(UnavailableError):
        scan_account(engine, crashing, settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        kept = len(session.exec(select(Message)).all())
    assert kept <= 6
    scan_account(
        engine,
        MaildirConnector("mail", tmp_path / "Mail", batch_size=3),
        settings=SETTINGS,
        now=NOW,
    )
    assert snapshot(engine) == snapshot(clean_engine)


def test_a_crash_inside_a_batch_rolls_the_whole_batch_back(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(tmp_path / "Mail")
    from tracker import sync

    real = sync.save_cursor
    calls = {"n": 0}

    def dying_save_cursor(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is stopped while committing batch 2
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync, "save_cursor", dying_save_cursor)
    with pytest.raises(KeyboardInterrupt):
        scan_account(
            engine,
            MaildirConnector("mail", tmp_path / "Mail", batch_size=6),
            settings=SETTINGS,
            now=NOW,
        )
    with Session(engine) as session:
        stored = session.exec(select(Message.message_id)).all()
        cursor = session.get(AccountState, "mail")
    assert cursor is not None
    monkeypatch.setattr(sync, "save_cursor", real)
    scan_account(
        engine,
        MaildirConnector("mail", tmp_path / "Mail", batch_size=6),
        settings=SETTINGS,
        now=NOW,
    )
    with Session(engine) as session:
        after = session.exec(select(Message.message_id)).all()
    assert len(after) == len(set(after)) == 6
    assert set(stored) <= set(after)


def test_dry_run_writes_nothing_and_says_what_would_change(tmp_path: Path, engine: Engine) -> None:
    seed(tmp_path / "Mail")
    report = scan_account(
        engine,
        MaildirConnector(
            "mail", tmp_path / "Mail", batch_size=4
        ),  # several batches, one transaction
        settings=SETTINGS,
        dry_run=True,
        now=NOW,
    )
    assert report.dry_run and report.new_applications == 3 and report.followups == 1
    kinds = {change.kind for change in report.changes}
    assert {"new application", "status", "follow-up"} <= kinds
    with Session(engine) as session:
        assert session.exec(select(Message)).all() == []
        assert session.exec(select(Application)).all() == []
        assert session.get(AccountState, "mail") is None


def test_uncertain_or_sent_mail_waits_for_review(tmp_path: Path, engine: Engine) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", "Data Engineer", key="x1", days_ago=5))
    sent = box.add_folder("Sent")
    sent.add(job_mail("rejection", "Acme", "Data Engineer", key="x2", days_ago=1))
    scan_account(engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        pending = session.exec(
            select(Message).where(col(Message.review) == ReviewState.PENDING)
        ).all()
        assert [m.message_id for m in pending] == ["<x2@test.nextround.invalid>"]
        assert pending[0].review_reason == "mail you sent"
        assert session.exec(select(Application)).one().status is Status.APPLIED


def test_old_rejections_get_no_followup(tmp_path: Path, engine: Engine) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("rejection", "Acme", key="old", days_ago=200))
    settings = Settings.model_validate({"followup": {"max_age": "60d"}})
    scan_account(engine, MaildirConnector("mail", tmp_path / "Mail"), settings=settings, now=NOW)
    with Session(engine) as session:
        assert session.exec(select(Application)).one().status is Status.REJECTED
        assert session.exec(select(FollowUp)).all() == []
    assert timedelta(days=200) > settings.followup.max_age


def test_an_application_first_seen_in_an_answer_has_no_applied_date(
    tmp_path: Path, engine: Engine
) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("rejection", "Hooli", "SRE", key="h1", days_ago=3))
    deliver(box, job_mail("applied", "Acme", "Data Engineer", key="a1", days_ago=9))
    deliver(box, job_mail("rejection", "Acme", "Data Engineer", key="a2", days_ago=2))
    scan_account(engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        apps = {a.role: a for a in session.exec(select(Application)).all()}
        assert apps["SRE"].applied_at is None  # we only know the answer, not when you applied
        assert apps["SRE"].status is Status.REJECTED
        assert apps["Data Engineer"].applied_at == NOW - timedelta(days=9)
        from tracker.stats import compute_stats

        stats = compute_stats(session, now=NOW)
    # days to the rejection count only where the application date is known (7 days)
    assert stats.median_days_to_rejection == 7.0


class InKeyOrder(CrashingConnector):
    """The real Maildir connector, its batches in the order of the messages' keys.

    Files delivered within one clock tick share a ctime, so Maildir's own order
    among them is the order of their random names.
    """

    def __init__(self, inner: MaildirConnector) -> None:
        super().__init__(inner, fail_after=-1)

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        for batch in self.inner.scan(cursor):
            ordered = sorted(batch.messages, key=lambda m: m.raw.split(b"Message-ID:")[1][:20])
            yield replace(batch, messages=ordered)


def test_mail_of_the_same_instant_applies_in_the_order_it_was_stored(
    tmp_path: Path, engine: Engine
) -> None:
    """Events at one instant keep their insertion order, though a batch flushes them later."""
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", key="s1", days_ago=10))
    deliver(box, job_mail("interview", key="s2", days_ago=3))
    time.sleep(0.05)  # a later ctime: the rejection comes in the second batch
    deliver(box, job_mail("rejection", key="s3", days_ago=3))
    connector = InKeyOrder(MaildirConnector("mail", tmp_path / "Mail", batch_size=2))
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        assert application.status is Status.REJECTED
        followup = session.exec(select(FollowUp)).one()
        rejection = session.get(Message, followup.reply_to_message_id)
        assert rejection is not None and rejection.message_id == "<s3@test.nextround.invalid>"


class ChangedBetweenBatches(CrashingConnector):
    """The real Maildir connector; between its batches the user withdraws from an application."""

    def __init__(self, inner: MaildirConnector, engine: Engine) -> None:
        super().__init__(inner, fail_after=-1)
        self.engine = engine

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        for number, batch in enumerate(self.inner.scan(cursor)):
            if number == 1:
                self.withdraw_once_stored()
            yield batch

    def withdraw_once_stored(self) -> None:
        # The scan stores batch 0 meanwhile, on another thread: wait for its commit.
        for _ in range(200):
            with session_scope(self.engine) as session:
                application = session.exec(select(Application)).first()
                if application is not None:
                    change_status(
                        session,
                        application=application,
                        to_status=Status.WITHDRAWN,
                        now=NOW - timedelta(days=1),
                        ghosted_after=SETTINGS.scan.ghosted_after,
                    )
                    return
            time.sleep(0.05)
        raise AssertionError("batch 0 was never stored")


def test_a_change_made_between_batches_is_seen_by_the_next_batch(tmp_path: Path) -> None:
    """Applications held across batches are read again when someone else changed them."""
    engine = open_store(f"sqlite:///{tmp_path / 'nextround.db'}")
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", key="w1", days_ago=10))
    time.sleep(0.05)  # a later ctime: the interview comes in the second batch
    deliver(
        box, job_mail("interview", key="w2", days_ago=5, in_reply_to="<w1@test.nextround.invalid>")
    )
    connector = ChangedBetweenBatches(
        MaildirConnector("mail", tmp_path / "Mail", batch_size=1), engine
    )
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        # Withdrawn a day ago by hand: an interview invitation from five days ago does not undo it.
        assert application.status is Status.WITHDRAWN
        causes = [e.cause.value for e in session.exec(select(StatusEvent)).all()]
        assert sorted(causes) == ["mail", "mail", "manual"]


def test_scans_apply_the_classifier_settings_of_the_config(tmp_path: Path, engine: Engine) -> None:
    """Ignored senders and extra phrases from [classifier] count in a scan, not only in `classify`."""
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("rejection", "Acme", key="c1", days_ago=2))
    deliver(box, job_mail("rejection", "Globex", key="c2", days_ago=2))
    settings = Settings.model_validate({"classifier": {"ignore_senders": ["@acme.com"]}})
    report = scan_account(
        engine, MaildirConnector("mail", tmp_path / "Mail"), settings=settings, now=NOW
    )
    assert (report.not_job_mail, report.new_applications) == (1, 1)
    with Session(engine) as session:
        assert [m.message_id for m in session.exec(select(Message)).all()] == [
            "<c2@test.nextround.invalid>"
        ]


def test_a_role_put_on_hold_pauses_the_application_without_a_rejection(
    tmp_path: Path, engine: Engine
) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", key="h1", days_ago=20))
    deliver(box, job_mail("hold", key="h2", days_ago=5, in_reply_to="<h1@test.nextround.invalid>"))
    report = scan_account(
        engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW
    )
    assert report.followups == 0
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        assert application.status is Status.PAUSED
        hold = session.exec(
            select(Message).where(Message.message_id == "<h2@test.nextround.invalid>")
        ).one()
        assert (hold.label, hold.outcome, hold.application_id) == (
            "other",
            "paused",
            application.id,
        )
        assert session.exec(select(FollowUp)).all() == []


def test_mail_stored_earlier_in_a_batch_counts_when_an_application_is_read_later(
    tmp_path: Path,
) -> None:
    """A batch's new rows are written before an application's history is read in that batch.

    The reply (no job mail, a day old) is stored with the application it answers;
    the interview then reaches that application only through the reply's thread,
    so its history is read mid-batch and must include the reply, which keeps the
    application from counting as ghosted.
    """
    engine = open_store(f"sqlite:///{tmp_path / 'nextround.db'}")
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="q1", days_ago=100))
    connector = MaildirConnector("mail", tmp_path / "Mail")
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    time.sleep(0.05)  # later ctimes: both come in the second scan, reply first
    deliver(box, job_mail("other", key="q2", days_ago=1, in_reply_to="<q1@test.nextround.invalid>"))
    time.sleep(0.05)
    deliver(
        box,
        job_mail(
            "interview", "Initech", key="q3", days_ago=40, in_reply_to="<q2@test.nextround.invalid>"
        ),
    )
    report = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert (report.stored, report.new_applications) == (2, 0)
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        assert application.status is Status.INTERVIEWING
        assert application.last_activity_at == NOW - timedelta(days=1)
        owners = {m.message_id: m.application_id for m in session.exec(select(Message)).all()}
        assert set(owners.values()) == {application.id}


@pytest.mark.parametrize("size", [0, 1, 5, 40, 280])
def test_the_snippet_is_the_start_of_the_text_with_whitespace_collapsed(size: int) -> None:
    rng = random.Random(size)
    pieces = ["a", "word", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "é", "x" * 300, " " * 700]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        assert _snippet(text, size) == " ".join(text.split())[:size], repr(text)


# --- "other" mail is read without its company, role and job id; kept, it is named -----


def recruiter_note(key: str, *, in_reply_to: str | None = None) -> bytes:
    """Give a recruiter's note with no application cue ("other") that names Acme and a job id."""
    message = EmailMessage()
    message["From"] = "Dana Park <dana@acme.com>"
    message["To"] = "Sam Doe <sam.doe@example.net>"
    message["Subject"] = "Visitor parking at the Acme office"
    message["Date"] = format_datetime(NOW - timedelta(days=2))
    message["Message-ID"] = f"<{key}@test.nextround.invalid>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(
        "Hi Sam,\n\nVisitor parking is behind the building at 100 Main Street.\n"
        "Reference: job ID R-12345.\n\nDana Park\nAcme"
    )
    return message.as_bytes()


def full_verdict(raw: bytes) -> Classification:
    """Give the verdict `classify` gives with naming, and check a scan reads it unnamed."""
    rules = load_rules(SETTINGS.classifier)
    read = read_message(FetchedMessage(provider_id="INBOX:1:1", raw=raw), rules)
    assert isinstance(read, Read) and not read.verdict.named
    verdict = classify(parse_message(raw), rules)
    assert verdict.label == "other" and verdict.company == "Acme" and verdict.job_id
    return verdict


def test_other_mail_in_a_known_thread_is_stored_with_its_company_guess(
    tmp_path: Path, engine: Engine
) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="n1", days_ago=20))
    note = recruiter_note("n2", in_reply_to="<n1@test.nextround.invalid>")
    deliver(box, note)
    deliver(box, recruiter_note("n3"))  # the same note outside any thread is dropped
    full = full_verdict(note)
    report = scan_account(
        engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW
    )
    assert (report.stored, report.not_job_mail) == (2, 1)
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        stored = session.exec(
            select(Message).where(Message.message_id == "<n2@test.nextround.invalid>")
        ).one()
        assert (
            stored.label,
            stored.company_guess,
            stored.role_guess,
            stored.job_id,
            stored.reasons,
            stored.application_id,
        ) == (
            "other",
            full.company,
            full.role,
            full.job_id,
            "\n".join(full.reasons),
            application.id,
        )


def test_a_sender_rule_that_makes_other_mail_a_rejection_names_its_company(
    tmp_path: Path, engine: Engine
) -> None:
    """Matched by company alone (no thread), the rejection needs the company it was read without."""
    with Session(engine) as session:
        save_sender_rule(session, sender="dana@acme.com", label="rejection")
        session.commit()
    box = make_maildir(tmp_path / "Mail")
    connector = MaildirConnector("mail", tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="s1", days_ago=20))
    scan_account(engine, connector, settings=SETTINGS, now=NOW)
    note = recruiter_note("s2")
    deliver(box, note)
    full = full_verdict(note)
    report = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert (report.stored, report.status_changes, report.for_review) == (1, 1, 0)
    with Session(engine) as session:
        application = session.exec(select(Application)).one()
        assert application.status is Status.REJECTED
        stored = session.exec(
            select(Message).where(Message.message_id == "<s2@test.nextround.invalid>")
        ).one()
        assert (stored.label, stored.company_guess, stored.job_id, stored.application_id) == (
            "rejection",
            "Acme",
            full.job_id,
            application.id,
        )
        assert stored.reasons == "\n".join(
            ("your rule: mail from this sender is rejection", *full.reasons)
        )


def test_a_scan_that_finds_no_new_mail_loads_no_rules(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(tmp_path / "Mail")
    connector = MaildirConnector("mail", tmp_path / "Mail")
    scan_account(engine, connector, settings=SETTINGS, now=NOW)

    def refuse(*args: object) -> None:
        raise AssertionError("the classifier's rules were loaded")

    # Scheduled scans mostly find nothing: loading the classifier would be most of their cost.
    monkeypatch.setattr("tracker.sync.load_rules", refuse)
    report = scan_account(engine, connector, settings=SETTINGS, now=NOW)
    assert report.fetched == 0


def test_mail_that_cannot_be_named_is_kept_unnamed_and_the_scan_goes_on(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="n1", days_ago=20))
    deliver(box, recruiter_note("n2", in_reply_to="<n1@test.nextround.invalid>"))
    deliver(box, job_mail("rejection", "Globex", key="g1", days_ago=1))

    def hostile(*args: object) -> Classification:
        raise RecursionError("a pathological message")

    monkeypatch.setattr("tracker.reading.named", hostile)
    report = scan_account(
        engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW
    )
    assert report.stored == 3  # the note in Acme's thread too, only without names
    with Session(engine) as session:
        note = session.exec(
            select(Message).where(Message.message_id == "<n2@test.nextround.invalid>")
        ).one()
        assert (note.label, note.company_guess, note.job_id) == ("other", None, None)


def test_mail_in_other_languages_builds_applications(tmp_path: Path, engine: Engine) -> None:
    # A confirmation that says what happens if you are not selected, then a rejection
    # two weeks later, in each language beyond English (the classifier's .eml fixtures).
    fixtures = Path(__file__).parent / "fixtures" / "eml"
    box = make_maildir(tmp_path / "Mail")
    for language in ("de", "fr", "es", "nl"):
        deliver(box, (fixtures / f"conditional_confirmation_{language}.eml").read_bytes())
        rejection = (fixtures / f"rejection_{language}.eml").read_bytes()
        deliver(box, rejection.replace(b"Date: Tue, 04 Jun", b"Date: Tue, 18 Jun", 1))
    report = scan_account(
        engine, MaildirConnector("mail", tmp_path / "Mail"), settings=SETTINGS, now=NOW
    )
    assert (report.fetched, report.new_applications) == (8, 4)
    with Session(engine) as session:
        found = {}
        for application in session.exec(select(Application)).all():
            company = session.get(Company, application.company_id)
            assert company is not None
            found[(company.name, application.role)] = (
                application.status,
                application.applied_at is not None,
            )
    assert found == {
        ("Hafenkran Logistik", "Data Analyst"): (Status.REJECTED, True),
        ("Atelier Lumière", "Chargée de projet data"): (Status.REJECTED, True),
        ("Brisamar", "Data Analyst"): (Status.REJECTED, True),
        ("Dijkstra Bouw", "Data Analyst"): (Status.REJECTED, True),
    }
