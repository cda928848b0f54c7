"""Reliability report: crash-and-resume rounds, fuzz cases, injected faults; nothing lost or duplicated.

Run: .venv/bin/python bench/resilience.py [--messages 3000] [--rounds 10] [--fuzz 2000]
Prints the report; copy its figures into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from crashkit import crash_and_resume, make_mailbox, scan_command, snapshot, write_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.classify import classify, parse_message
from tracker.classify.types import LABELS


def crash_rounds(messages: int, rounds: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="nextround-resilience-") as name:
        root = Path(name)
        make_mailbox(root / "Mail", messages)
        clean_db = root / "clean.db"
        started = time.perf_counter()
        subprocess.run(
            scan_command(write_config(root, root / "Mail", clean_db)),
            check=True,
            capture_output=True,
        )
        clean_seconds = time.perf_counter() - started
        clean = snapshot(clean_db)
        survived = kills = lost = duplicated = 0
        for number in range(rounds):
            directory = root / f"round{number}"
            directory.mkdir()
            database = directory / "n.db"
            config = write_config(directory, root / "Mail", database)
            outcome = crash_and_resume(config, database, clean, rounds=rng.randint(1, 3), rng=rng,
                                       window=(0.3, max(0.5, clean_seconds * 0.9)))  # fmt: skip
            kills += outcome.kills
            lost += outcome.missing
            duplicated += outcome.duplicated
            survived += outcome.identical
    return {"rounds": rounds, "kills": kills, "survived": survived, "lost": lost, "duplicated": duplicated,
            "clean_scan_s": round(clean_seconds, 2), "messages": messages}  # fmt: skip


def fuzz(cases: int) -> dict[str, int]:
    count = {"cases": 0, "crashes": 0}

    @settings(
        max_examples=cases, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.binary(max_size=8192))
    def run(raw: bytes) -> None:
        count["cases"] += 1
        try:
            verdict = classify(parse_message(raw))
            assert verdict.label in LABELS
        except Exception:  # noqa: BLE001 - counting crashes is the point
            count["crashes"] += 1

    run()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--fuzz", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    crash = crash_rounds(args.messages, args.rounds, args.seed)
    print(f"crash and resume: {crash['rounds']} rounds over a {crash['messages']}-message Maildir "
          f"(clean scan {crash['clean_scan_s']} s), {crash['kills']} scans killed with SIGKILL")  # fmt: skip
    print(f"  rounds identical to a clean scan: {crash['survived']}/{crash['rounds']}; "
          f"messages lost: {crash['lost']}; duplicated: {crash['duplicated']}")  # fmt: skip
    fuzzed = fuzz(args.fuzz)
    print(
        f"fuzz: {fuzzed['cases']} random messages parsed and classified, {fuzzed['crashes']} crashes"
    )


if __name__ == "__main__":
    main()
