"""Starting the scan's helper processes (readers, a big scan's fetcher) safely.

They are spawned, not forked: the scan already runs threads, and forking a process
with threads can copy a lock some thread holds. Spawning has its own traps, handled
here once: a dashboard's stderr without a file descriptor, a main module that would
run again in every process, and processes that outlive a killed scan.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing import parent_process
from multiprocessing.connection import wait

_starting = threading.RLock()
"""Held while processes start: a scan starts its fetcher on its fetching thread while
its main thread starts readers, and both change process-wide state for the time."""


@contextmanager
def starting_processes() -> Iterator[None]:
    """Make starting spawned processes safe for the duration of the block (one thread
    at a time: another waits, or it would restore what this one still needs hidden)."""
    with _starting, _stderr_with_a_descriptor(), _main_module_hidden():
        yield


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Give sys.stderr a real file descriptor while processes start.

    multiprocessing hands sys.stderr's descriptor to the processes it starts; in the
    dashboard sys.stderr is Textual's capture, whose fileno() is -1, and starting a
    process fails with "bad value(s) in fds_to_keep". Their stderr goes nowhere then.
    """
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    saved = sys.stderr
    with open(os.devnull, "w") as nowhere:
        sys.stderr = nowhere
        try:
            yield
        finally:
            sys.stderr = saved


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Keep spawned processes from running the program's main module again.

    A spawned process imports the parent's __main__ (by name, or by running its file)
    before it unpickles its work. For nextround that is the whole CLI, about 1.5 s and
    40 MB of imports a helper does not need, and for a script that calls scan_account
    without an `if __name__ == "__main__"` guard it would be the whole script again.
    multiprocessing skips that step when __main__ has neither a spec nor a file, so
    they are hidden while processes start: a helper imports only what it unpickles.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    hidden = ("__spec__", "__file__")
    saved: dict[str, object] = {
        name: main.__dict__[name] for name in hidden if name in main.__dict__
    }
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def become_quiet_helper() -> None:
    """Set up a spawned helper: silent, deaf to Ctrl-C, and ended with its scan."""
    # Ctrl-C is the scan's to handle: it stops its helpers, and a helper's traceback
    # would only scribble over the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A helper has nothing to say, and its standard output and error are still the
    # terminal (or the dashboard's screen).
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, 1)
    os.dup2(nowhere, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the helper
    # A scan killed outright (kill -9, a closed terminal) cannot stop its helpers: a
    # helper that outlives it ends itself instead of waiting for work forever.
    parent = parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    wait([sentinel])
    os._exit(0)
