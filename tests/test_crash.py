"""Crash safety: a scan killed with SIGKILL at random points loses nothing and duplicates nothing."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest
from crashkit import crash_and_resume, make_mailbox, scan_command, snapshot, write_config


@pytest.mark.slow
def test_kill_9_mid_scan_then_rerun_equals_a_clean_scan(tmp_path: Path) -> None:
    make_mailbox(tmp_path / "Mail", 1500)
    clean_db = tmp_path / "clean.db"
    clean_config = write_config(tmp_path, tmp_path / "Mail", clean_db)
    subprocess.run(scan_command(clean_config), check=True, capture_output=True)
    clean = snapshot(clean_db)
    assert len(clean["messages"]) > 500  # type: ignore[arg-type]

    crashed_dir = tmp_path / "crashed"
    crashed_dir.mkdir()
    crashed_db = crashed_dir / "n.db"
    config = write_config(crashed_dir, tmp_path / "Mail", crashed_db)
    outcome = crash_and_resume(
        config, crashed_db, clean, rounds=3, rng=random.Random(11), window=(0.8, 2.5)
    )
    assert outcome.kills >= 1, "no scan was killed: the window is too late for this machine"
    assert outcome.missing == 0 and outcome.duplicated == 0
    assert outcome.identical
