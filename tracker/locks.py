"""One scan per account at a time, across processes (the dashboard's worker, `watch`, the timer).

An exclusive flock on a file per account: the kernel releases it when the
process dies, even by kill -9, so a crashed scan never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ScanBusy(Exception):
    """Another process is scanning this account right now."""


def lock_path(directory: Path, account: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", account)
    return directory / "locks" / f"scan-{safe}.lock"


@contextmanager
def scan_lock(account: str, *, directory: Path, wait: bool = False) -> Iterator[None]:
    """Hold the account's scan lock; raise ScanBusy when another process has it (unless `wait`)."""
    path = lock_path(directory, account)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise ScanBusy(
                f"{account}: another scan of this account is running; try again when it ends"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
