"""Dashboard start and keypress figures: 5,000 applications and 50,000 messages beside an empty database.

Each database is opened in its own child process so that peak memory (ru_maxrss) is
the dashboard's alone. For each: the time from creating the app to its first paint
(the main screen mounted, every list loaded, one refresh done), the peak memory, and
the time the table takes to answer a key (cursor down, sort, one search letter).

    .venv/bin/python bench/tui_start.py

Targets (issue 6): first paint under 1 s, a keypress under 50 ms, memory under 250 MB.
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from tracker.config import DatabaseSettings, Settings
from tracker.models import (
    Application,
    Company,
    EventCause,
    FollowUp,
    Message,
    ReviewState,
    Status,
    StatusEvent,
)
from tracker.store import normalize_company, open_store

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
APPLICATIONS = 5_000
MESSAGES = 50_000
COMPANIES = 1_200
KEY_PRESSES = 40
TARGETS = {"first paint": "< 1 s", "keypress": "< 50 ms", "memory": "< 250 MB"}


def _table(model: type[SQLModel]) -> sa.Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sa.Table)
    return table


def _values(row: SQLModel) -> dict[str, Any]:
    """Give a model object's column values, enums as their stored text."""
    table = _table(type(row))
    return {column.name: getattr(row, column.name) for column in table.columns}


def fill(url: str, *, applications: int, messages: int) -> None:
    """Write companies, applications, their mail, events and follow-ups straight into the store."""
    engine = open_store(url)
    rng = random.Random(6)
    statuses = [
        Status.APPLIED,
        Status.SCREENING,
        Status.INTERVIEWING,
        Status.REJECTED,
        Status.GHOSTED,
        Status.OFFER,
    ]
    # Rows are built as model objects (so new columns get their defaults) and written in bulk.
    companies = [
        Company(id=i + 1, name=f"Company {i + 1:04d}", key=normalize_company(f"Company {i + 1:04d}"), domains=f"c{i + 1}.example")
        for i in range(COMPANIES)
    ]  # fmt: skip
    applications_rows = []
    for i in range(applications):
        applied = NOW - timedelta(days=rng.randint(1, 180), minutes=rng.randint(0, 1440))
        applications_rows.append(
            Application(
                id=i + 1, company_id=rng.randint(1, COMPANIES), role=f"Engineer {i % 97}", location="Remote",
                applied_at=applied, status=rng.choice(statuses), status_at=applied,
                last_activity_at=applied + timedelta(days=rng.randint(0, 20)), archived=i % 50 == 0,
            )
        )  # fmt: skip
    mail = []
    events = []
    for m in range(messages):
        application_id = m % applications + 1 if applications else None
        date = NOW - timedelta(days=rng.randint(0, 180), minutes=rng.randint(0, 1440))
        pending = m % 400 == 0
        mail.append(
            Message(
                id=m + 1, account="bench", provider_id=f"INBOX:1:{m + 1}", message_id=f"<m{m + 1}@bench.invalid>",
                from_name="Recruiting", from_address=f"jobs@c{m % COMPANIES + 1}.example", to="me@example.net",
                subject=f"Your application {m + 1}", date=date, snippet="Thank you for applying. " * 8,
                label=rng.choice(["applied", "interview", "rejection", "other"]), confidence=0.9, reasons="bench",
                application_id=application_id, review=ReviewState.PENDING if pending else ReviewState.APPLIED,
                review_reason="uncertain" if pending else "",
            )
        )  # fmt: skip
        if application_id is not None and m % 5 == 0:
            events.append(
                StatusEvent(
                    application_id=application_id, from_status=Status.APPLIED, to_status=rng.choice(statuses),
                    at=date, cause=EventCause.MAIL, message_id=m + 1,
                )
            )  # fmt: skip
    followups = [
        FollowUp(application_id=i + 1, reply_to_message_id=i + 1, due_at=NOW - timedelta(days=i % 3), account="bench")
        for i in range(0, min(applications, messages), 40)
    ]  # fmt: skip
    with engine.begin() as connection:
        for model, rows in (
            (Company, companies),
            (Application, applications_rows),
            (Message, mail),
            (StatusEvent, events),
            (FollowUp, followups),
        ):
            if rows:
                connection.execute(sa.insert(_table(model)), [_values(row) for row in rows])
    engine.dispose()


async def measure(url: str) -> dict[str, Any]:
    """Give first paint, key timings and peak memory of the dashboard on this database."""
    from tui.app import NextRoundApp
    from tui.context import Dashboard
    from tui.screens.main import MainScreen
    from tui.widgets.applications_table import ApplicationsTable

    settings = Settings(database=DatabaseSettings(url=url))
    engine = open_store(url)
    directory = Path(tempfile.mkdtemp(prefix="nextround-bench-"))
    dashboard = Dashboard(
        settings=settings, engine=engine, config_dir=directory, data_dir=directory,
        clock=lambda: NOW, scan_on_start=False,
    )  # fmt: skip
    started = time.perf_counter()
    app = NextRoundApp(dashboard)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        first_paint = time.perf_counter() - started
        table = app.screen.query_one("#applications", ApplicationsTable)
        rows = table.row_count
        down = []
        for _ in range(KEY_PRESSES):
            began = time.perf_counter()
            await pilot.press("down")
            down.append(time.perf_counter() - began)
        began = time.perf_counter()
        await pilot.press("o")
        sort = time.perf_counter() - began
        # Search waits for a pause in typing on long lists; time the refill itself.
        screen = app.screen
        assert isinstance(screen, MainScreen)
        began = time.perf_counter()
        screen.query_one("#applications", ApplicationsTable).set_search("en")
        await pilot.pause()
        search = time.perf_counter() - began
        # The detail pane follows the cursor once it rests: time one update.
        current = screen.query_one("#applications", ApplicationsTable).current_id
        began = time.perf_counter()
        screen._show_detail(current, force=True)
        await pilot.pause()
        detail = time.perf_counter() - began
    engine.dispose()
    return {
        "rows": rows,
        "first_paint_s": first_paint,
        "down_median_ms": statistics.median(down) * 1000,
        "down_p95_ms": sorted(down)[int(len(down) * 0.95) - 1] * 1000,
        "sort_ms": sort * 1000,
        "search_letter_ms": search * 1000,
        "detail_ms": detail * 1000,
        "peak_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> float:
    """Give this process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str) -> None:
    print(json.dumps(asyncio.run(measure(url))))


def run_child(url: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", url], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="nextround-bench-") as directory:
        empty = f"sqlite:///{Path(directory) / 'empty.db'}"
        full = f"sqlite:///{Path(directory) / 'full.db'}"
        fill(empty, applications=0, messages=0)
        began = time.perf_counter()
        fill(full, applications=APPLICATIONS, messages=MESSAGES)
        print(
            f"generated {APPLICATIONS:,} applications and {MESSAGES:,} messages in {time.perf_counter() - began:.1f} s"
        )
        results = {"empty": run_child(empty), "5k apps / 50k mails": run_child(full)}
    print(
        f"{'':22}{'first paint':>12}{'key down p50':>14}{'p95':>8}{'sort':>9}{'search':>9}{'detail':>9}{'peak RSS':>10}{'rows':>7}"
    )
    for name, r in results.items():
        print(
            f"{name:22}{r['first_paint_s']:>10.2f} s{r['down_median_ms']:>11.1f} ms{r['down_p95_ms']:>5.1f} ms"
            f"{r['sort_ms']:>6.0f} ms{r['search_letter_ms']:>6.0f} ms{r['detail_ms']:>6.0f} ms{r['peak_mb']:>7.0f} MB{r['rows']:>7}"
        )
    big, small = results["5k apps / 50k mails"], results["empty"]
    print(
        f"ratio to empty: first paint x{big['first_paint_s'] / small['first_paint_s']:.1f}, "
        f"memory +{big['peak_mb'] - small['peak_mb']:.0f} MB"
    )
    print(
        "key times include the test pilot's own wait for the screen to settle: compare with the empty row"
    )
    print("targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
