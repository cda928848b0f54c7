"""One scan of one account: batches from the connector, classified, matched, committed with the cursor.

Each batch is stored in one transaction together with the cursor that follows
it, so a crash or a dropped connection loses nothing that was committed and a
rerun neither misses nor duplicates a message. A dry run goes through the very
same steps inside one transaction that is rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from tracker.ahead import fetched_ahead
from tracker.applications import (
    History,
    create_application,
    load_histories,
    load_history,
    refresh_all,
)
from tracker.attach import attach
from tracker.classify import Rules, load_rules
from tracker.classify.types import LABELS, Classification, ParsedMessage
from tracker.config import Settings
from tracker.connector import Connector, FetchedMessage
from tracker.corrections import rule_for, sender_rules
from tracker.fetcher import scan_batches
from tracker.match import Candidate, MatchResult, match_message
from tracker.models import (
    Application,
    Company,
    Message,
    ReviewState,
    utcnow,
)
from tracker.reading import Outcome, Read, Readers, named_for_keeping, read_messages
from tracker.status import ACTIVE_STATUSES
from tracker.store import (
    NewRows,
    load_cursor,
    normalize_company,
    record_scan_result,
    save_cursor,
    writer,
)

log = logging.getLogger(__name__)

CONFIDENCE_FLOOR = {"high": 0.8, "medium": 0.6, "low": 0.0}

Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class Change:
    """One thing a scan changed (or, in a dry run, would change), in the user's words."""

    kind: str
    text: str


@dataclass
class ScanReport:
    account: str
    dry_run: bool = False
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    not_job_mail: int = 0
    new_applications: int = 0
    status_changes: int = 0
    followups: int = 0
    for_review: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Messages that could not be read: (provider id, reason)."""
    changes: list[Change] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would store" if self.dry_run else "stored"
        parts = [
            f"{self.fetched} messages read",
            f"{verb} {self.stored} job mails",
            f"{self.new_applications} new applications",
            f"{self.status_changes} status changes",
            f"{self.followups} follow-ups",
            f"{self.for_review} for review",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} unreadable")
        return f"{self.account}: " + ", ".join(parts)


class _Scan:
    """The state one scan keeps between messages: candidates and the thread index."""

    def __init__(
        self, *, settings: Settings, rules: Rules | None, report: ScanReport, now: datetime
    ) -> None:
        self.settings = settings
        self._rules = rules
        self.report = report
        self.now = now
        self.floor = CONFIDENCE_FLOOR[settings.scan.auto_apply]
        self.candidates: dict[int, Candidate] = {}
        self.by_company: dict[str, set[int]] = {}
        self.by_job: dict[str, set[int]] = {}
        self.threads: dict[str, int] = {}
        self.applications: dict[int, Application] = {}
        """The applications this scan read or created, held until someone else changes them."""
        self.histories: dict[int, History] = {}
        """The histories of those applications (only of those): application -> history."""
        self.rows: NewRows | None = None
        """The batch's new messages, events and follow-ups, INSERTed together (store.NewRows)."""
        self.seen_providers: set[str] = set()
        self.seen_message_ids: set[str] = set()
        self.sender_rules: dict[str, str] = {}

    @property
    def rules(self) -> Rules:
        """The classifier's rules (the user's settings in them), loaded at first use: a
        scan that finds no new mail needs none, and a big one reads on workers."""
        if self._rules is None:
            self._rules = load_rules(self.settings.classifier)
        return self._rules

    def begin(self, session: Session) -> None:
        """Start a batch: its own transaction, in which what earlier batches read may be stale.

        Between two batches the write lock is free, and the dashboard, a correction or
        another account's scan may change an application. Every such change stamps
        `updated_at` (recompute_status does, and so do edits), so one query tells which
        of the applications held from earlier batches are still as this scan left them;
        only the others are read again.
        """
        self.rows = NewRows(session)
        if session.get_bind().dialect.name != "sqlite":
            # Elsewhere writers do not queue for one write lock, so a change could land
            # between our read and our commit unseen: read everything afresh per batch.
            self.applications.clear()
            self.histories.clear()
            return
        held = sorted(self.applications)
        unchanged: set[int] = set()
        for chunk in _chunks(held, 500):
            query = select(Application.id, Application.updated_at).where(
                col(Application.id).in_(chunk)
            )
            unchanged.update(
                application_id
                for application_id, updated_at in session.exec(query).all()
                if application_id is not None
                and updated_at == self.applications[application_id].updated_at
            )
        for application_id in held:
            if application_id in unchanged:
                session.add(self.applications[application_id])  # back into this transaction
            else:
                del self.applications[application_id]
                self.histories.pop(application_id, None)

    def load(self, session: Session) -> None:
        """Read what matching and deduplication need once, instead of a query per message."""
        self.sender_rules = sender_rules(session)
        account = self.report.account
        self.seen_providers = set(
            session.exec(select(Message.provider_id).where(Message.account == account)).all()
        )
        self.seen_message_ids = {
            m
            for m in session.exec(
                select(Message.message_id).where(col(Message.message_id).is_not(None))
            ).all()
            if m
        }
        rows = session.exec(
            select(Application, Company).join(Company, col(Application.company_id) == Company.id)
        )
        for application, company in rows.all():
            self._remember(application, company)
        query = select(
            Message.message_id, Message.thread_key, Message.account, Message.application_id
        ).where(col(Message.application_id).is_not(None))
        for message_id, thread_key, account, application_id in session.exec(query).all():
            assert application_id is not None
            if message_id:
                self.threads[message_id] = application_id
            if thread_key:
                self.threads[f"{account}:{thread_key}"] = application_id

    def _remember(self, application: Application, company: Company) -> None:
        assert application.id is not None
        candidate = Candidate(
            application_id=application.id,
            company=company.name,
            role=application.role,
            job_id=application.job_id,
            active=application.status in ACTIVE_STATUSES and not application.archived,
            company_aliases=tuple(filter(None, company.aliases.split(","))),
        )
        self.candidates[application.id] = candidate
        for key in candidate.company_keys:
            self.by_company.setdefault(key, set()).add(application.id)
        if candidate.job_id:
            self.by_job.setdefault(candidate.job_id.lower(), set()).add(application.id)

    def _candidates_for(self, verdict: Classification) -> list[Candidate]:
        """Give the applications a message could belong to: same company or same job id."""
        return [self.candidates[i] for i in sorted(self._candidate_ids(verdict))]

    def _candidate_ids(self, verdict: Classification) -> set[int]:
        ids: set[int] = set()
        if verdict.company:
            ids |= self.by_company.get(normalize_company(verdict.company), set())
        if verdict.job_id:
            ids |= self.by_job.get(verdict.job_id.lower(), set())
        return ids

    def count(self, outcomes: Sequence[Outcome]) -> list[Read]:
        """Count a batch's messages into the report; give the readable ones."""
        report = self.report
        report.fetched += len(outcomes)
        reads = []
        for outcome in outcomes:
            if isinstance(outcome, Read):
                reads.append(outcome)
                continue
            report.skipped.append((outcome.fetched.provider_id, outcome.reason))
            log.warning(
                "%s: message %s %s", report.account, outcome.fetched.provider_id, outcome.reason
            )
        return reads

    def prefetch(self, session: Session, reads: Sequence[Read]) -> None:
        """Read, in a few queries, the applications and histories this batch can touch.

        Without it each application would cost its own queries, each after writing
        whatever the batch had stored so far (_history).
        """
        wanted: set[int] = set()
        held = self.applications.keys()
        for item in reads:
            verdict = item.verdict
            if not _moves_an_application(verdict):
                continue
            thread_ids = self._thread_ids(item.fetched, item.parsed)
            # A match names a candidate or the application of a thread: when all of
            # those are held already (as they mostly are after a few batches), there is
            # nothing to read, whichever the match would be.
            threads = self.threads
            possible = self._candidate_ids(verdict)
            possible.update(threads[key] for key in thread_ids if key in threads)
            if possible <= held:
                continue
            # The application it will most likely go to; one made later in this batch,
            # or a match that changes meanwhile, is read when it comes (_application).
            match = self._match(verdict, thread_ids)
            if match.application_id is not None:
                wanted.add(match.application_id)
        wanted -= held
        for chunk in _chunks(sorted(wanted), 500):
            for application in session.exec(
                select(Application).where(col(Application.id).in_(chunk))
            ).all():
                assert application.id is not None
                self.applications[application.id] = application
            for application_id, history in load_histories(session, application_ids=chunk).items():
                self.histories[application_id] = history

    def store(self, session: Session, reads: Sequence[Read]) -> None:
        """Store a batch of read messages: match, attach, index."""
        if self.sender_rules:
            reads = [replace(item, verdict=self._with_sender_rule(item)) for item in reads]
        self.prefetch(session, reads)
        for item in reads:
            self.process(session, item)
        assert self.rows is not None, "begin() starts every batch"
        self.rows.write()

    def process(self, session: Session, item: Read) -> None:
        report = self.report
        fetched, parsed = item.fetched, item.parsed
        verdict = item.verdict
        if fetched.provider_id in self.seen_providers or (
            parsed.message_id and parsed.message_id in self.seen_message_ids
        ):
            report.duplicates += 1
            return
        thread_ids = self._thread_ids(fetched, parsed)
        known_thread = next((self.threads[k] for k in thread_ids if k in self.threads), None)
        if not _moves_an_application(verdict):
            if known_thread is None:
                report.not_job_mail += 1
                return
            # Read without its company, role and job id (reading.py): kept, it needs them.
            verdict = named_for_keeping(verdict, parsed, self.rules)
            message = self._store_message(
                session, fetched, parsed, verdict, application_id=known_thread
            )
            self._index(message, thread_ids)
            application = self._application(session, known_thread)
            # Its history changed: other scans must read it again.
            assert self.rows is not None, "begin() starts every batch"
            self.rows.change(application, updated_at=utcnow())
            if known_thread in self.histories:
                self.histories[known_thread].add_mail(message.date)
            return
        self._apply(session, fetched, parsed, verdict, thread_ids)

    def _with_sender_rule(self, item: Read) -> Classification:
        """Give the verdict, overruled by the user's rule for this sender when there is one."""
        verdict = item.verdict
        label = rule_for(self.sender_rules, item.parsed.from_address)
        if label is None or label not in LABELS:
            return verdict
        reason = f"your rule: mail from this sender is {label}"
        relabelled = replace(
            verdict, label=label, outcome=None, confidence=1.0, reasons=(reason, *verdict.reasons)
        )
        if not _moves_an_application(relabelled):
            return relabelled
        # Mail read as "other" was read without its company, role and job id
        # (reading.py); relabelled, it moves an application, which needs them.
        return named_for_keeping(relabelled, item.parsed, self.rules)

    def _thread_ids(self, fetched: FetchedMessage, parsed: ParsedMessage) -> list[str]:
        keys = [f"{self.report.account}:{fetched.thread_key}"] if fetched.thread_key else []
        if parsed.in_reply_to:
            keys.append(parsed.in_reply_to)
        keys.extend(reversed(parsed.references))
        return keys

    def _index(self, message: _NewMail, thread_ids: list[str]) -> None:
        if message.application_id is None:
            return
        if message.message_id:
            self.threads[message.message_id] = message.application_id
        for key in thread_ids:
            self.threads.setdefault(key, message.application_id)

    def _store_message(
        self,
        session: Session,
        fetched: FetchedMessage,
        parsed: ParsedMessage,
        verdict: Classification,
        *,
        application_id: int | None,
        review_reason: str | None = None,
    ) -> _NewMail:
        """Store a message with its application (or review state) known: a row of the batch's INSERT."""
        scan = self.settings.scan
        assert self.rows is not None, "begin() starts every batch"
        row = self.rows.add(
            Message,
            account=self.report.account,
            provider_id=fetched.provider_id,
            message_id=parsed.message_id,
            thread_key=fetched.thread_key,
            in_reply_to=parsed.in_reply_to,
            references=" ".join(parsed.references),
            from_name=parsed.from_name,
            from_address=parsed.from_address,
            reply_to=parsed.headers.get("reply-to") or parsed.reply_to or "",
            to=", ".join(parsed.to),
            subject=parsed.subject,
            date=parsed.date,
            snippet=_snippet(parsed.text, scan.snippet_chars),
            body=parsed.text if scan.keep_bodies else None,
            sent_by_user=fetched.sent_by_user,
            label=verdict.label,
            outcome=verdict.outcome,
            confidence=verdict.confidence,
            reasons="\n".join(verdict.reasons),
            company_guess=verdict.company,
            role_guess=verdict.role,
            job_id=verdict.job_id,
            application_id=application_id,
            review=ReviewState.APPLIED if review_reason is None else ReviewState.PENDING,
            review_reason=review_reason or "",
        )
        self.seen_providers.add(fetched.provider_id)
        if parsed.message_id:
            self.seen_message_ids.add(parsed.message_id)
        self.report.stored += 1
        return _NewMail(
            id=row["id"],
            account=self.report.account,
            message_id=parsed.message_id,
            date=parsed.date,
            label=verdict.label,
            outcome=verdict.outcome,
            sent_by_user=fetched.sent_by_user,
            application_id=application_id,
        )

    def _apply(
        self,
        session: Session,
        fetched: FetchedMessage,
        parsed: ParsedMessage,
        verdict: Classification,
        thread_ids: list[str],
    ) -> None:
        report = self.report
        match = self._match(verdict, thread_ids)
        if (
            verdict.confidence < self.floor
            or match.kind in ("ambiguous", "unknown")
            or fetched.sent_by_user
        ):
            self._to_review(session, fetched, parsed, verdict, match)
            return
        when = parsed.date or self.now
        if match.kind == "new":
            assert verdict.company is not None and self.rows is not None
            application = create_application(
                session,
                company=verdict.company,
                role=verdict.role or "",
                # A confirmation says when you applied; an answer only that you did, earlier.
                applied_at=when if verdict.label == "applied" else None,
                first_seen=when,
                job_id=verdict.job_id,
                domain=_domain(parsed.from_address),
                reserved_id=self.rows.reserve(Application),
            )
            company = session.get(Company, application.company_id)
            assert company is not None and application.id is not None
            self._remember(application, company)
            self.applications[application.id] = application
            report.new_applications += 1
            report.changes.append(
                Change("new application", f"{company.name} {application.role}".strip())
            )
        else:
            assert match.application_id is not None
            application = self._application(session, match.application_id)
            if verdict.job_id and not application.job_id:
                application.job_id = verdict.job_id
            if verdict.role and not application.role:
                application.role = verdict.role
        message = self._store_message(
            session, fetched, parsed, verdict, application_id=application.id
        )
        self._index(message, thread_ids)
        attached = attach(
            session,
            message=message,
            application=application,
            settings=self.settings,
            now=self.now,
            note=verdict.reasons[0] if verdict.reasons else "",
            fresh=True,
            history=self._history(session, application, new=match.kind == "new"),
            rows=self.rows,
        )
        name = self._name(application)
        if attached.after != attached.before:
            report.status_changes += 1
            report.changes.append(
                Change("status", f"{name}: {attached.before} -> {attached.after}")
            )
        self._remember_status(application)
        if attached.followup_due is not None:
            report.followups += 1
            report.changes.append(
                Change("follow-up", f"{name}: due {attached.followup_due:%Y-%m-%d}")
            )

    def _match(self, verdict: Classification, thread_ids: list[str]) -> MatchResult:
        return match_message(
            company=verdict.company,
            role=verdict.role,
            job_id=verdict.job_id,
            thread_ids=thread_ids,
            thread_index=self.threads,
            candidates=self._candidates_for(verdict),
            proposes_new=verdict.label == "applied",
        )

    def _application(self, session: Session, application_id: int) -> Application:
        found = self.applications.get(application_id)
        if found is None:
            found = session.get(Application, application_id)
            assert found is not None, "applications are never deleted during a scan"
            self.applications[application_id] = found
        return found

    def _history(self, session: Session, application: Application, *, new: bool) -> History:
        assert application.id is not None
        if application.id not in self.histories:
            if not new:
                # The history is read from the database: this batch's rows must be in it.
                assert self.rows is not None, "begin() starts every batch"
                self.rows.write()
            self.histories[application.id] = (
                History() if new else load_history(session, application_id=application.id)
            )
        return self.histories[application.id]

    def _remember_status(self, application: Application) -> None:
        assert application.id is not None
        known = self.candidates[application.id]
        role, job_id = application.role, application.job_id
        active = application.status in ACTIVE_STATUSES and not application.archived
        if (known.role, known.job_id, known.active) == (role, job_id, active):
            return  # as it was (most mail changes none of these), and indexed already
        candidate = replace(known, role=role, job_id=job_id, active=active)
        self.candidates[application.id] = candidate
        if candidate.job_id:
            self.by_job.setdefault(candidate.job_id.lower(), set()).add(application.id)

    def _name(self, application: Application) -> str:
        assert application.id is not None
        candidate = self.candidates.get(application.id)
        company = candidate.company if candidate else "?"
        return f"{company} {application.role}".strip()

    def _to_review(
        self,
        session: Session,
        fetched: FetchedMessage,
        parsed: ParsedMessage,
        verdict: Classification,
        match: MatchResult,
    ) -> None:
        if fetched.sent_by_user:
            reason = "mail you sent"
        elif verdict.confidence < self.floor:
            reason = f"uncertain {verdict.label} ({verdict.confidence:.2f})"
        else:
            reason = match.reason
        likely = match.application_id if match.kind == "existing" else None
        self._store_message(
            session, fetched, parsed, verdict, application_id=likely, review_reason=reason
        )
        self.report.for_review += 1
        who = verdict.company or parsed.from_address or "unknown sender"
        self.report.changes.append(Change("review", f"{who}: {reason}"))


@dataclass(frozen=True, slots=True)
class _NewMail:
    """A message this scan stores (its row waits in NewRows): what attaching and indexing read."""

    id: int
    account: str
    message_id: str | None
    date: datetime | None
    label: str
    outcome: str | None
    sent_by_user: bool
    application_id: int | None


def _snippet(text: str, size: int) -> str:
    """Give the first `size` characters of `text` with each run of whitespace made one space.

    The same as `" ".join(text.split())[:size]`, without splitting all of a long text
    for a snippet of a few hundred characters: the start of a text, its whitespace
    collapsed, is the start of the whole text collapsed (a word cut at the end of the
    window is the start of that word).
    """
    window = 2 * size + 64
    while window < len(text):
        head = " ".join(text[:window].split())
        if len(head) >= size:
            return head[:size]
        window *= 4
    return " ".join(text.split())[:size]


def _moves_an_application(verdict: Classification) -> bool:
    """Say whether the message is an event: any job label, or a role put on hold (paused)."""
    return verdict.label != "other" or verdict.is_paused


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _domain(address: str) -> str | None:
    return address.rsplit("@", 1)[1].lower() if "@" in address else None


def scan_account(
    engine: Engine,
    connector: Connector,
    *,
    settings: Settings,
    rules: Rules | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
    workers: bool = False,
) -> ScanReport:
    """Scan one account from its stored cursor and give what changed.

    `workers` lets big batches (200 messages or more) be read on spawned worker
    processes, one batch ahead of the store (tracker.reading), and the rest of a big
    scan be fetched by a process of its own (tracker.fetcher). nextround's commands and
    dashboard ask for them; other callers get the scan's own process unless they ask.

    Raises the connector's ConnectorError after keeping every batch committed before it.
    """
    account = connector.account
    report = ScanReport(account=account, dry_run=dry_run)
    # The user's own phrases, ignored senders and company aliases count in scans too.
    scan = _Scan(settings=settings, rules=rules, report=report, now=now or utcnow())
    if dry_run:
        _dry_run(engine, connector, scan, progress)
        return report
    with Session(engine, expire_on_commit=False) as session:
        cursor = load_cursor(session, account=account)
    loaded = False
    # Workers rebuild the rules from the settings; rules handed in are read in-process.
    readers = Readers(
        lambda: scan.rules,
        settings=settings.classifier if rules is None else None,
        workers=None if workers else 0,
    )
    with fetched_ahead(scan_batches(connector, cursor, elsewhere=workers)) as batches, readers:
        # Read (parse, classify) before taking the write lock: it needs no database.
        for batch, outcomes in readers.ahead(batches):
            reads = scan.count(outcomes)
            with Session(writer(engine), expire_on_commit=False) as session:
                scan.begin(session)
                if batch.messages and not loaded:
                    # Only now: a scan that finds nothing new should cost next to nothing.
                    scan.load(session)
                    loaded = True
                scan.store(session, reads)
                save_cursor(session, account=account, cursor=dict(batch.cursor), when=scan.now)
                session.commit()
            if progress:
                progress(batch.done or report.fetched, batch.total)
    with Session(writer(engine)) as session:
        refresh_all(session, now=scan.now, ghosted_after=settings.scan.ghosted_after)
        record_scan_result(session, account=account, result=report.summary())
        session.commit()
    return report


def _dry_run(engine: Engine, connector: Connector, scan: _Scan, progress: Progress | None) -> None:
    # A writer too: it flushes (then rolls back) exactly what a real scan would write.
    with Session(writer(engine)) as session:
        try:
            scan.begin(session)
            scan.load(session)
            for batch in connector.scan(load_cursor(session, account=connector.account)):
                scan.begin(session)
                outcomes = read_messages(batch.messages, scan.rules)
                scan.store(session, scan.count(outcomes))
                if progress:
                    progress(batch.done or scan.report.fetched, batch.total)
        finally:
            session.rollback()


def record_failure(engine: Engine, *, account: str, error: str) -> None:
    """Note a failed scan on the account (what `scan` and the dashboard show as the last result)."""
    with Session(writer(engine)) as session:
        record_scan_result(session, account=account, result="failed", error=error)
        session.commit()
