"""What the rules work out about each pattern (its trigger words, its needle), kept on disk.

Working it out reads every pattern with re's own parser and walks the result: about
0.4 s of every process that loads the rules (each reader of a big scan, the scan
itself, every command that classifies), more than all the rest of loading them.
The answers depend only on the pattern, on the code in `triggers` and on Python's
parser, so they are saved in the user's cache directory in a file named after
those, and read back in milliseconds. The native engine keeps its compiled
database there too (`native`).

A file that cannot be read or written costs only the time: the answers are
worked out again, and they are the same.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from tracker.classify import triggers

log = logging.getLogger(__name__)

_FORMAT = "1"
"""Part of the file's name: raise it when what is saved changes shape."""

_lock = threading.Lock()
_known: dict[str, Any] | None = None
"""The answers read from the file (and worked out since), by kind and pattern."""
_added = False


def trigger(pattern: str, *, word_start: bool) -> tuple[frozenset[str], ...]:
    """Give `triggers.trigger(pattern, word_start=word_start)`, remembered."""
    found = _remembered(
        f"trigger\0{int(word_start)}\0{pattern}",
        lambda: [sorted(words) for words in triggers.trigger(pattern, word_start=word_start)],
    )
    if isinstance(found, list) and all(
        isinstance(words, list) and all(isinstance(word, str) for word in words) for words in found
    ):
        return tuple(frozenset(words) for words in found)
    return triggers.trigger(pattern, word_start=word_start)  # a file someone changed


def needle(pattern: str) -> tuple[str, int]:
    """Give `triggers.needle(pattern)`, remembered."""
    found = _remembered(f"needle\0{pattern}", lambda: list(triggers.needle(pattern)))
    if isinstance(found, list) and len(found) == 2:
        text, before = found
        if isinstance(text, str) and isinstance(before, int):
            return text, before
    return triggers.needle(pattern)  # a file someone changed


def save() -> None:
    """Write the answers worked out since the file was read (the rules call this once
    they are built); a failure only costs the next process the time.

    Then let the answers go: built rules hold what they need, and the answers about
    every pattern are megabytes in each process that loads the rules (a scan's readers,
    the scan itself). Rules built later in the process read the file again."""
    global _added, _known
    with _lock:
        try:
            _write()
        finally:
            _known = None


def _write() -> None:
    """Write the answers if any were worked out since the file was read (see `save`,
    which holds the lock)."""
    global _added
    if not _added or _known is None:
        return
    path = _file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Atomically: another process may read the file or write its own at once.
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(_known, file, separators=(",", ":"))
        os.replace(name, path)
        _added = False
    except OSError as error:
        log.info("pattern analyses not saved (%s)", error)


def _remembered(key: str, work_out: Callable[[], object]) -> object:
    """Give the answer saved under `key`, as the file holds it (callers check its shape),
    else the one `work_out` gives, which is saved with the others."""
    global _added
    with _lock:
        known = _read() if _known is None else _known
        if key in known:
            return known[key]
    value = work_out()
    with _lock:
        known[key] = value
        _added = True
    return value


def _read() -> dict[str, Any]:
    """Read the file once per process (see `_remembered`, which holds the lock)."""
    global _known
    try:
        loaded = json.loads(_file().read_text(encoding="utf-8"))
        _known = loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        _known = {}  # not there yet, or damaged: worked out again and saved
    return _known


def _file() -> Path:
    """Give the file for this code and this Python: another of either keeps its own."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}\0{sys.version}\0".encode())
    digest.update(Path(triggers.__file__).read_bytes())
    directory = Path(platformdirs.user_cache_dir("nextround")) / "patterns"
    return directory / f"{digest.hexdigest()[:32]}.json"
