"""One scan per account across processes; a killed process never leaves a stale lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.locks import ScanBusy, lock_path, scan_lock

HOLDER = """
import sys, time
from pathlib import Path
from tracker.locks import scan_lock
with scan_lock("work", directory=Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_process_is_refused_until_the_first_dies(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with (
            pytest.raises(ScanBusy, match="another scan of this account is running"),
            scan_lock("work", directory=tmp_path),
        ):
            pass
        with scan_lock("personal", directory=tmp_path):  # other accounts are free
            pass
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 5
        while True:
            try:
                with scan_lock("work", directory=tmp_path):
                    break
            except ScanBusy:
                assert time.monotonic() < deadline, "the lock outlived its process"
                time.sleep(0.05)
    finally:
        holder.kill()
        holder.wait()
    assert lock_path(tmp_path, "work").stat().st_mode & 0o777 == 0o600


def test_the_lock_is_reentrant_after_release(tmp_path: Path) -> None:
    for _ in range(3):
        with scan_lock("a/b c", directory=tmp_path):
            pass
    assert lock_path(tmp_path, "a/b c").name == "scan-a_b_c.lock"
