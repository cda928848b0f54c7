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
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context, resource_tracker

from tracker.classify import Rules, classify, classify_all, load_rules, named, parse_message
from tracker.classify.types import Classification, ParsedMessage
from tracker.config import ClassifierSettings
from tracker.connector import FetchedMessage, ScanBatch
from tracker.spawning import become_quiet_helper, starting_processes

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
    """Give the message parsed and classified as a scan reads it; never raises.

    Mail labelled "other" (not paused) is not named: a scan drops most of it, and
    names the rest, mail of a thread it knows, when it keeps it (tracker.sync).
    """
    return _outcome(fetched, _read(fetched, rules))


def read_messages(messages: Sequence[FetchedMessage], rules: Rules) -> list[Outcome]:
    """Give the messages read as `read_message` reads each, faster (see `classify_all`)."""
    return [_outcome(m, r) for m, r in zip(messages, _read_all(messages, rules), strict=True)]


def named_for_keeping(
    verdict: Classification, parsed: ParsedMessage, rules: Rules
) -> Classification:
    """Give the verdict of mail a scan keeps with the company, role and job id that
    reading left out (see `read_message`); never raises: hostile mail is kept unnamed,
    its reasons saying so (and `named` set: looking again would fail again)."""
    try:
        return named(verdict, parsed, rules)
    except Exception as error:  # noqa: BLE001 - hostile mail must never stop a scan
        log.warning("a kept message could not be named (%s)", type(error).__name__)
        reason = f"company, role and job id could not be read ({type(error).__name__})"
        return replace(verdict, named=True, reasons=(*verdict.reasons, reason))


def _outcome(fetched: FetchedMessage, result: _Result) -> Outcome:
    return Unreadable(fetched, result) if isinstance(result, str) else Read(fetched, *result)


def _read(fetched: FetchedMessage, rules: Rules) -> _Result:
    parsed = _parse(fetched)
    return parsed if isinstance(parsed, str) else _classify_alone(parsed, rules)


def _read_all(messages: Sequence[FetchedMessage], rules: Rules) -> list[_Result]:
    parsed = [_parse(fetched) for fetched in messages]
    readable = [message for message in parsed if not isinstance(message, str)]
    try:
        verdicts = iter(classify_all(readable, rules, name_other_mail=False))
    except Exception:  # noqa: BLE001 - one hostile message must not cost the others theirs
        return [m if isinstance(m, str) else _classify_alone(m, rules) for m in parsed]
    return [m if isinstance(m, str) else (m, next(verdicts)) for m in parsed]


def _parse(fetched: FetchedMessage) -> ParsedMessage | str:
    """Give the message parsed, or why it could not be."""
    try:
        return parse_message(fetched.raw, text=fetched.text, sent_by_user=fetched.sent_by_user)
    except Exception as error:  # noqa: BLE001 - hostile mail must never stop a scan
        return f"could not be read ({type(error).__name__})"


def _classify_alone(parsed: ParsedMessage, rules: Rules) -> _Result:
    try:
        # Naming (company, role, job id) is about half of classifying, wasted on the
        # mail a scan drops; workers read through here too.
        return parsed, classify(parsed, rules, name_other_mail=False)
    except Exception as error:  # noqa: BLE001 - hostile mail must never stop a scan
        return f"could not be read ({type(error).__name__})"


class Readers:
    """Reads the batches of a scan, on worker processes when they are big enough to pay."""

    def __init__(
        self,
        rules: Callable[[], Rules],
        *,
        settings: ClassifierSettings | None,
        workers: int | None = None,
    ) -> None:
        # The rules are asked for only when this process reads or starts workers:
        # loading them costs a scan that finds no new mail more than the rest of it.
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
                yield batch, read_messages(batch.messages, self._rules())
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
        # spawn, not fork: the scan already runs a fetching thread, and forking a
        # process with threads can copy a lock some thread holds.
        try:
            with starting_processes():
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
            with starting_processes():  # workers start here
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
                results = _read_all(batch.messages, self._rules())
                break
        return batch, [_outcome(m, r) for m, r in zip(batch.messages, results, strict=True)]


_WORKER_RULES: Rules | None = None


def _start_worker(settings: ClassifierSettings) -> None:
    global _WORKER_RULES
    become_quiet_helper()
    _WORKER_RULES = load_rules(settings)


def _read_chunk(messages: list[FetchedMessage]) -> list[_Result]:
    assert _WORKER_RULES is not None, "the pool's initializer sets the rules"
    return _read_all(messages, _WORKER_RULES)
