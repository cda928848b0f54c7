"""A demo mailbox, a database and a dashboard at a fixed moment, for the dashboard's tests.

Everything is dated from NOW, so tables and snapshots are the same on any day.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import io
import mailbox
import shutil
import tempfile
import threading
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, ParamSpec

from rich.console import Console
from sqlalchemy.engine import Engine
from textual.widgets import Static

from tracker.config import Account, FollowupSettings, Settings
from tracker.connector import Connector, ConnectorError, Cursor, DraftReply, ScanBatch
from tracker.demo import demo_settings
from tracker.demo_mailbox import write_demo_maildir
from tracker.models import Status
from tracker.plugins import open_connector
from tracker.store import open_store
from tracker.sync import scan_account
from tui.app import NextRoundApp
from tui.context import Dashboard

P = ParamSpec("P")

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@dataclass
class Demo:
    root: Path
    settings: Settings
    engine: Engine

    @property
    def drafts(self) -> Path:
        return self.root / "Mail" / ".Drafts"

    def draft_messages(self) -> list[EmailMessage]:
        """Give the drafts saved in the demo Maildir, parsed."""
        if not self.drafts.exists():
            return []
        found = []
        for message in mailbox.Maildir(self.drafts, create=False):
            parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            found.append(parsed)
        return found

    def real_connector(self, account: Account) -> Connector:
        return open_connector(account, data_dir=self.root)

    def dashboard(self, **changes: object) -> Dashboard:
        dashboard = Dashboard(
            settings=self.settings,
            engine=self.engine,
            config_dir=self.root,
            data_dir=self.root,
            clock=lambda: NOW,
            scan_on_start=False,
        )
        return replace(dashboard, **changes)  # type: ignore[arg-type]

    def app(self, **changes: object) -> NextRoundApp:
        return NextRoundApp(self.dashboard(**changes))


def make_demo(
    root: Path, *, scanned: bool = True, kind_note: bool = True, keys: dict[str, str] | None = None
) -> Demo:
    """Give the demo Maildir dated from NOW with a database beside it, scanned (or not), in `root`.

    The scanned demo is built once per test run and copied: a scan classifies 50 messages,
    and every test wants its own database to change.
    """
    shutil.copytree(_template(scanned), root, dirs_exist_ok=True)
    settings = demo_settings(root).model_copy(
        update={
            "followup": FollowupSettings(your_name="Sam Doe", kind_note=kind_note),
            "keys": dict(keys or {}),
        }
    )
    assert settings.database.url is not None
    return Demo(root, settings, open_store(settings.database.url))


_TEMPLATES: dict[bool, Path] = {}


def _template(scanned: bool) -> Path:
    if scanned not in _TEMPLATES:
        root = Path(tempfile.mkdtemp(prefix="nextround-tui-demo-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        write_demo_maildir(root / "Mail", today=NOW.date())
        settings = demo_settings(root)
        assert settings.database.url is not None
        engine = open_store(settings.database.url)
        if scanned:
            connector = open_connector(settings.accounts[0], data_dir=root)
            scan_account(engine, connector, settings=settings, now=NOW)
        # Closing every connection checkpoints the WAL into the file that gets copied.
        engine.dispose()
        _TEMPLATES[scanned] = root
    return _TEMPLATES[scanned]


class FailingConnector:
    """A mail account whose server is down (or refuses us): every call raises `error`."""

    def __init__(self, account: str, error: ConnectorError) -> None:
        self.account = account
        self.error = error
        self.closed = False

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        raise self.error

    def save_draft(self, reply: DraftReply) -> str:
        raise self.error

    def describe_draft_location(self) -> str:
        return "nowhere"

    def close(self) -> None:
        self.closed = True


class GatedConnector:
    """Wraps a real connector; its scan waits for `gate` before each batch (a slow server)."""

    def __init__(self, inner: Connector, gate: threading.Event) -> None:
        self.inner = inner
        self.account = inner.account
        self.gate = gate
        self.started = threading.Event()

    def scan(self, cursor: Cursor | None) -> Iterator[ScanBatch]:
        self.started.set()
        for batch in self.inner.scan(cursor):
            if not self.gate.wait(timeout=10):
                raise ConnectorError("the test server never answered", account=self.account)
            yield batch

    def save_draft(self, reply: DraftReply) -> str:
        return self.inner.save_draft(reply)

    def describe_draft_location(self) -> str:
        return self.inner.describe_draft_location()

    def close(self) -> None:
        self.inner.close()


def run_async(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async pilot test on a fresh event loop (no pytest async plugin needed)."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def shown_text(widget: Static) -> str:
    """Give the plain text a Static shows (Rich renderables rendered wide, without styles)."""
    console = Console(width=200, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


# A hand-written search for the snapshots: what they show must not move when the
# classifier learns something new about the demo mailbox.
_SEEDED: tuple[tuple[str, str, int, tuple[tuple[str, Status, int], ...]], ...] = (
    # (company, role, applied days ago, ((mail label, status it moved to, days ago), ...))
    ("Brightwave Labs", "Senior Backend Engineer", 44, (("interview", Status.INTERVIEWING, 30), ("rejection", Status.REJECTED, 12))),
    ("Halcyon Games", "Platform Engineer", 40, (("interview", Status.INTERVIEWING, 20), ("offer", Status.OFFER, 3))),
    ("Quillstone", "Backend Engineer, Billing", 25, (("interview", Status.INTERVIEWING, 19),)),
    ("Fernhill Health", "Software Engineer, Patient Scheduling", 20, (("rejection", Status.REJECTED, 1),)),
    ("Starling Civic", "Senior Software Engineer, Public Services", 3, ()),
    ("Tidewater Logistics", "Senior Python Developer", 30, (("rejection", Status.PAUSED, 6),)),
    ("Cobalt Finch", "Senior Software Engineer, Infrastructure", 41, ()),
    ("Mosaic Freight", "Backend Engineer (Go/Python)", 23, ()),
)  # fmt: skip


def make_seeded(root: Path) -> Demo:
    """Give a small store written directly (no scan): applications, timelines, follow-ups, review."""
    from datetime import timedelta

    from sqlmodel import Session

    from tracker.applications import add_event, create_application, recompute_status
    from tracker.models import EventCause, FollowUp, FollowUpState, Message, ReviewState

    root.mkdir(parents=True, exist_ok=True)
    settings = demo_settings(root).model_copy(
        update={"followup": FollowupSettings(your_name="Sam Doe")}
    )
    assert settings.database.url is not None
    engine = open_store(settings.database.url)
    ghosted_after = settings.scan.ghosted_after
    counter = 0

    def mail(company: str, label: str, days: int, application_id: int | None) -> Message:
        nonlocal counter
        counter += 1
        slug = company.split()[0].lower()
        subjects = {
            "applied": f"Thank you for applying to {company}",
            "interview": f"Interview invitation: {company}",
            "offer": f"Your offer from {company}",
            "rejection": f"Your application to {company}",
        }
        return Message(
            account="demo",
            provider_id=f"INBOX:{counter}",
            message_id=f"<seed-{counter}@{slug}.example>",
            from_name=f"{company} Recruiting",
            from_address=f"talent@{slug}.example",
            to="Sam Doe <sam.doe@example.net>",
            subject=subjects[label],
            date=NOW - timedelta(days=days, hours=counter % 5),
            snippet=f"Hello Sam, this is {company} about your application.",
            label=label,
            confidence=0.93,
            reasons=f"{label} cue in body",
            application_id=application_id,
            scanned_at=NOW,
        )

    with Session(engine, expire_on_commit=False) as session:
        for company, role, applied_days, history in _SEEDED:
            application = create_application(
                session,
                company=company,
                role=role,
                applied_at=NOW - timedelta(days=applied_days, hours=2),
            )
            assert application.id is not None
            confirmation = mail(company, "applied", applied_days, application.id)
            session.add(confirmation)
            session.flush()
            add_event(session, application=application, to_status=Status.APPLIED, at=confirmation.date or NOW,
                      cause=EventCause.MAIL, message_id=confirmation.id)  # fmt: skip
            for label, status, days in history:
                message = mail(company, label, days, application.id)
                session.add(message)
                session.flush()
                add_event(session, application=application, to_status=status, at=message.date or NOW,
                          cause=EventCause.MAIL, message_id=message.id)  # fmt: skip
                if status is Status.REJECTED:
                    assert message.id is not None and message.date is not None
                    session.add(FollowUp(application_id=application.id, reply_to_message_id=message.id,
                                         due_at=message.date + timedelta(days=1), account="demo",
                                         state=FollowUpState.PENDING))  # fmt: skip
            recompute_status(session, application=application, now=NOW, ghosted_after=ghosted_after)
        unsure = mail("Redwood Relay", "rejection", 2, None)
        unsure.confidence, unsure.review, unsure.review_reason = (
            0.62,
            ReviewState.PENDING,
            "uncertain rejection (0.62)",
        )
        unsure.company_guess = "Redwood Relay"
        session.add(unsure)
        session.commit()
    return Demo(root, settings, engine)
