"""How much the scan's own process spends storing batches of mail that is already read.

Usage: python bench/store_speed.py [--messages N] [--rounds R] [--profile]

Generates bench/imap_scan.py's mailbox (same seed: ~55% job mail), parses and
classifies it once, then stores it R times, each time into a fresh SQLite database,
exactly as tracker.sync.scan_account stores a scan's batches (batches of the IMAP
connector's size, 200: one writing transaction each, with the cursor). Only the storing is timed: the figure
is what the scan's process adds per job mail on top of fetching it. Prints the best
and median round, and --profile the functions the storing spends most time in.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from imap_scan import BATCH, generate  # noqa: E402
from sqlmodel import Session  # noqa: E402

from tracker.classify import load_rules  # noqa: E402
from tracker.config import Settings  # noqa: E402
from tracker.connector import FetchedMessage  # noqa: E402
from tracker.reading import Read, read_message  # noqa: E402
from tracker.store import open_store, save_cursor, writer  # noqa: E402
from tracker.sync import ScanReport, _Scan  # noqa: E402

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def read_batches(count: int, settings: Settings) -> list[list[Read]]:
    """Give the bench mailbox parsed and classified, in the batches a connector hands out."""
    rules = load_rules(settings.classifier)
    reads: list[Read] = []
    for number, raw in enumerate(generate(count), 1):
        outcome = read_message(FetchedMessage(provider_id=f"INBOX:1:{number}", raw=raw), rules)
        assert isinstance(outcome, Read), outcome
        reads.append(outcome)
    return [reads[start : start + BATCH] for start in range(0, len(reads), BATCH)]


def store_all(
    workdir: Path, batches: Sequence[list[Read]], settings: Settings, scan_class: type = _Scan
) -> tuple[float, float, ScanReport]:
    """Store every batch into a fresh database as scan_account does; give the seconds it took.

    Both wall-clock and this process's CPU seconds: the second moves less when other
    work shares the machine.
    """
    engine = open_store(f"sqlite:///{workdir / f'store-{time.monotonic_ns()}.db'}")
    report = ScanReport(account="bench")
    scan = scan_class(
        settings=settings, rules=load_rules(settings.classifier), report=report, now=NOW
    )
    started, cpu_started = time.perf_counter(), time.process_time()
    for number, reads in enumerate(batches, 1):
        report.fetched += len(reads)
        with Session(writer(engine), expire_on_commit=False) as session:
            scan.begin(session)
            if number == 1:
                scan.load(session)
            scan.store(session, reads)
            save_cursor(session, account=report.account, cursor={"uid": number}, when=NOW)
            session.commit()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    engine.dispose()
    return elapsed, cpu, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    settings = Settings()
    started = time.perf_counter()
    batches = read_batches(options.messages, settings)
    print(f"read {options.messages} messages in {time.perf_counter() - started:.1f} s")
    workdir = Path(tempfile.mkdtemp(prefix="nextround-store-"))
    try:
        walls, cpus = [], []
        report = ScanReport(account="bench")
        for _ in range(options.rounds):
            elapsed, cpu, report = store_all(workdir, batches, settings)
            walls.append(elapsed)
            cpus.append(cpu)
        stored = report.stored
        print(f"  {report.summary()}")
        for clock, times in (("wall", walls), ("cpu", cpus)):
            for name, value in (("best", min(times)), ("median", statistics.median(times))):
                print(
                    f"  store ({clock}), {name} of {options.rounds}: {value:6.3f} s"
                    f"  = {value / stored * 1000:.3f} ms per job mail stored"
                    f"  ({value / options.messages * 1000:.3f} ms per message read)"
                )
        if options.profile:
            profiler = cProfile.Profile()
            profiler.runcall(store_all, workdir, batches, settings)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
