"""Kill -9 a real `nextround scan` at random points, rerun it, and compare with a clean scan.

Used by tests/test_crash.py (a few rounds) and bench/resilience.py (many).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from mailfactory import NOW, job_mail, make_maildir
from sqlmodel import Session, select

from tracker.models import Application, FollowUp, Message, StatusEvent
from tracker.store import open_store

COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
]
KINDS = ["applied", "applied", "interview", "rejection", "other", "other", "other", "offer"]


def make_mailbox(path: Path, count: int, *, seed: int = 7) -> None:
    """Write `count` messages: many companies and roles, job mail and alerts, written as raw files."""
    rng = random.Random(seed)
    box = make_maildir(path)
    for number in range(count):
        company = f"{rng.choice(COMPANIES)} {number % 97}"
        role = rng.choice(["Data Engineer", "Backend Engineer", "Analyst", "SRE"])
        box.add(
            job_mail(
                rng.choice(KINDS),
                company,
                role,
                key=f"m{number}",
                days_ago=rng.randint(0, 90),
                now=NOW,
            )
        )


def write_config(directory: Path, mail: Path, database: Path) -> Path:
    config = directory / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{database}"\n[[accounts]]\nname = "big"\nkind = "maildir"\npath = "{mail}"\n'
    )
    return config


def scan_command(config: Path) -> list[str]:
    return [sys.executable, "-m", "tracker.cli", "--config", str(config), "scan"]


def snapshot(database: Path) -> dict[str, object]:
    """Give what a user could see, without ids or scan timestamps."""
    engine = open_store(f"sqlite:///{database}")
    with Session(engine) as session:
        messages = sorted(
            (m.message_id or "", m.label) for m in session.exec(select(Message)).all()
        )
        apps = sorted((a.role, str(a.status)) for a in session.exec(select(Application)).all())
        events = sorted(
            (str(e.to_status), str(e.at)) for e in session.exec(select(StatusEvent)).all()
        )
        followups = sorted(str(f.due_at) for f in session.exec(select(FollowUp)).all())
    engine.dispose()
    return {"messages": messages, "applications": apps, "events": events, "followups": followups}


@dataclass
class Outcome:
    kills: int
    """Scans killed before they finished."""
    missing: int
    duplicated: int
    identical: bool


def crash_and_resume(config: Path, database: Path, clean: dict[str, object], *, rounds: int, rng: random.Random,
                     window: tuple[float, float]) -> Outcome:  # fmt: skip
    """Kill `rounds` scans with SIGKILL at random moments in `window`, then finish and compare."""
    kills = 0
    for _ in range(rounds):
        process = subprocess.Popen(
            scan_command(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(*window))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    subprocess.run(scan_command(config), check=True, capture_output=True, timeout=600)
    after = snapshot(database)
    ids_after = [m[0] for m in after["messages"]]  # type: ignore[attr-defined]
    ids_clean = [m[0] for m in clean["messages"]]  # type: ignore[attr-defined]
    missing = len(set(ids_clean) - set(ids_after))
    duplicated = len(ids_after) - len(set(ids_after))
    return Outcome(kills, missing, duplicated, after == clean)
