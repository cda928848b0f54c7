"""Parsing and classifying fetched mail: in the scan's own process, or on other cores for big scans.

Reading a message (parse, then classify) needs no database, and in a first scan of
a large mailbox it is most of the work. Done on worker processes, one batch ahead,
it overlaps with storing the batch before, which only the scan's process can do.
Small scans (the usual incremental ones) never start a worker: a process costs
more to start than a few messages cost to read.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context, parent_process, resource_tracker
from multiprocessing.connection import wait

from tracker.classify import Rules, classify, load_rules, parse_message
from tracker.classify.types import Classification, ParsedMessage
from tracker.config import ClassifierSettings
from tracker.connector import FetchedMessage, ScanBatch

log = logging.getLogger(__name__)

PARALLEL_FROM = 200
"""Batches smaller than this are read in-process (an incremental scan is, typically)."""
MAX_WORKERS = 3


@dataclass(frozen=True)
class Read:
    """A message parsed and classified, before anything is stored."""

    fetched: FetchedMessage
    parsed: ParsedMessage
    verdict: Classification


@dataclass(frozen=True)
class Unreadable:
    """A message that could not be read, and why (for the scan report)."""

    fetched: FetchedMessage
    reason: str


Outcome = Read | Unreadable
_Result = tuple[ParsedMessage, Classification] | str


def read_message(fetched: FetchedMessage, rules: Rules) -> Outcome:
    """Give the message parsed and classified; never raises."""
    return _outcome(fetched, _read(fetched, rules))


def _outcome(fetched: FetchedMessage, result: _Result) -> Outcome:
    return Unreadable(fetched, result) if isinstance(result, str) else Read(fetched, *result)


def _read(fetched: FetchedMessage, rules: Rules) -> _Result:
    try:
        parsed = parse_message(fetched.raw, text=fetched.text, sent_by_user=fetched.sent_by_user)
        return parsed, classify(parsed, rules)
    except Exception as error:  # noqa: BLE001 - hostile mail must never stop a scan
        return f"could not be read ({type(error).__name__})"


class Readers:
    """Reads the batches of a scan, on worker processes when they are big enough to pay."""

    def __init__(
        self, rules: Rules, *, settings: ClassifierSettings | None, workers: int | None = None
    ) -> None:
        self._rules = rules
        # Workers rebuild the rules from the settings (compiled rules do not pickle);
        # rules given any other way are read in-process.
        self._settings = settings
        cores = os.cpu_count() or 1
        self._workers = min(MAX_WORKERS, cores - 1) if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None
        self._pool_failed = False

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def ahead(self, batches: Iterator[ScanBatch]) -> Iterator[tuple[ScanBatch, list[Outcome]]]:
        """Give each batch with its messages read; big batches are read one batch ahead."""
        pending: deque[tuple[ScanBatch, list[Future[list[_Result]]]]] = deque()
        for batch in batches:
            pool = self._pool_for(batch.messages)
            jobs = self._submit(pool, batch.messages) if pool is not None else None
            if jobs is None:
                while pending:
                    yield self._collect(*pending.popleft())
                yield batch, [read_message(m, self._rules) for m in batch.messages]
                continue
            pending.append((batch, jobs))
            if len(pending) > 1:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _pool_for(self, messages: Sequence[FetchedMessage]) -> ProcessPoolExecutor | None:
        if self._pool is not None:
            return self._pool
        if (
            self._pool_failed
            or self._settings is None
            or self._workers < 1
            or len(messages) < PARALLEL_FROM
        ):
            return None
        native = self._rules.index.body.native
        if native is not None:
            native.warm()  # compiled here once, not in every worker
        # spawn, not fork: the scan already runs a fetching thread, and forking a
        # process with threads can copy a lock some thread holds.
        try:
            with _stderr_with_a_descriptor():
                resource_tracker.ensure_running()
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._settings,),
            )
        except (OSError, ValueError, RuntimeError) as error:
            self._give_up(error)
        return self._pool

    def _submit(
        self, pool: ProcessPoolExecutor, messages: Sequence[FetchedMessage]
    ) -> list[Future[list[_Result]]] | None:
        """Hand the messages to the workers; None when they cannot be started."""
        size = max(50, -(-len(messages) // self._workers))
        try:
            with _stderr_with_a_descriptor(), _main_module_hidden():  # workers start here
                return [
                    pool.submit(_read_chunk, list(messages[start : start + size]))
                    for start in range(0, len(messages), size)
                ]
        except (OSError, ValueError, RuntimeError) as error:  # BrokenProcessPool is one
            self._give_up(error)
            return None

    def _give_up(self, error: BaseException) -> None:
        log.warning("worker processes are unavailable (%s): reading here", error)
        self._pool_failed = True
        self.close()

    def _collect(
        self, batch: ScanBatch, jobs: list[Future[list[_Result]]]
    ) -> tuple[ScanBatch, list[Outcome]]:
        results: list[_Result] = []
        for job in jobs:
            try:
                results.extend(job.result())
            except Exception as error:  # noqa: BLE001 - a dead worker must not stop the scan
                self._give_up(error)
                results = [_read(m, self._rules) for m in batch.messages]
                break
        return batch, [_outcome(m, r) for m, r in zip(batch.messages, results, strict=True)]


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Give sys.stderr a real file descriptor while worker processes start.

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
    """Keep spawned workers from running the program's main module again.

    A spawned process imports the parent's __main__ (by name, or by running its file)
    before it unpickles its work. For nextround that is the whole CLI, about 1.5 s and
    40 MB of imports a worker does not need, and for a script that calls scan_account
    without an `if __name__ == "__main__"` guard it would be the whole script again.
    multiprocessing skips that step when __main__ has neither a spec nor a file, so
    they are hidden while workers start: a worker imports only what it unpickles,
    this module and the classifier.
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


_WORKER_RULES: Rules | None = None


def _start_worker(settings: ClassifierSettings) -> None:
    global _WORKER_RULES
    # Ctrl-C is the scan's to handle: it stops the pool, and a worker's traceback
    # would only scribble over the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker has nothing to say, and its standard output and error are still the
    # terminal (or the dashboard's screen).
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, 1)
    os.dup2(nowhere, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker
    # A scan killed outright (kill -9, a closed terminal) cannot stop its pool: a
    # worker that outlives it ends itself instead of waiting for work forever.
    parent = parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()
    _WORKER_RULES = load_rules(settings)


def _end_with(sentinel: int) -> None:
    wait([sentinel])
    os._exit(0)


def _read_chunk(messages: list[FetchedMessage]) -> list[_Result]:
    assert _WORKER_RULES is not None, "the pool's initializer sets the rules"
    return [_read(message, _WORKER_RULES) for message in messages]
