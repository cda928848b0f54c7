"""Reading fetched mail on worker processes gives what reading it here gives, and survives a dead worker."""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Iterator

import pytest
from mailfactory import job_mail

from tracker.classify import load_rules
from tracker.config import ClassifierSettings
from tracker.connector import FetchedMessage, ScanBatch
from tracker.reading import Read, Readers, Unreadable, read_message

KINDS = ["applied", "interview", "rejection", "offer", "other"]


def batches(count: int, size: int) -> Iterator[ScanBatch]:
    messages = [
        FetchedMessage(
            provider_id=f"m{n}",
            raw=job_mail(KINDS[n % len(KINDS)], f"Company{n % 7}", key=f"k{n}")
            if n % 50
            else b"\xff\xfe not mail at all \x00",
        )
        for n in range(count)
    ]
    for start in range(0, count, size):
        yield ScanBatch(messages=messages[start : start + size], cursor={"n": start})


def verdicts(outcomes: list[Read | Unreadable]) -> list[tuple[str, str | None]]:
    return [
        (o.verdict.label, o.verdict.company) if isinstance(o, Read) else ("unreadable", o.reason)
        for o in outcomes
    ]


def test_workers_read_big_batches_as_this_process_would() -> None:
    settings = ClassifierSettings(ignore_senders=["@company3.com"])
    rules = load_rules(settings)
    expected = [
        verdicts([read_message(m, rules) for m in batch.messages]) for batch in batches(900, 300)
    ]
    with Readers(rules, settings=settings, workers=2) as readers:
        got = [
            (batch.cursor, verdicts(outcomes))
            for batch, outcomes in readers.ahead(batches(900, 300))
        ]
        assert readers._pool is not None  # the batches were big enough for workers
    assert [cursor for cursor, _ in got] == [{"n": 0}, {"n": 300}, {"n": 600}]
    assert [found for _, found in got] == expected
    assert {label for found in expected for label, _ in found} >= {"rejection", "other"}


def test_small_batches_and_rules_without_settings_are_read_here() -> None:
    rules = load_rules()
    with Readers(rules, settings=ClassifierSettings(), workers=2) as readers:
        list(readers.ahead(batches(100, 50)))
        assert readers._pool is None
    with Readers(rules, settings=None, workers=2) as readers:
        list(readers.ahead(batches(600, 300)))
        assert readers._pool is None


def test_a_worker_that_dies_leaves_the_batch_to_this_process() -> None:
    settings = ClassifierSettings()
    rules = load_rules(settings)
    source = batches(900, 300)
    readers = Readers(rules, settings=settings, workers=1)
    with readers:
        results = []
        for number, (_, outcomes) in enumerate(readers.ahead(source)):
            results.append(verdicts(outcomes))
            if number == 0:
                assert readers._pool is not None
                for pid in list(readers._pool._processes):  # the way an OOM killer would
                    os.kill(pid, signal.SIGKILL)
        assert readers._pool is None  # given up: the rest was read here
    expected = [verdicts([read_message(m, rules) for m in b.messages]) for b in batches(900, 300)]
    assert results == expected


class CapturedStderr(io.StringIO):
    """What the dashboard makes of sys.stderr: Textual's capture has no file descriptor."""

    def fileno(self) -> int:
        return -1


def test_workers_start_when_stderr_has_no_descriptor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", CapturedStderr())
    settings = ClassifierSettings()
    rules = load_rules(settings)
    with Readers(rules, settings=settings, workers=1) as readers:
        got = [verdicts(outcomes) for _, outcomes in readers.ahead(batches(400, 200))]
        assert readers._pool is not None and not readers._pool_failed
    expected = [verdicts([read_message(m, rules) for m in b.messages]) for b in batches(400, 200)]
    assert got == expected
    assert isinstance(sys.stderr, CapturedStderr)  # given back


def test_workers_that_cannot_start_leave_the_reading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr("tracker.reading.ProcessPoolExecutor", refuse)
    settings = ClassifierSettings()
    rules = load_rules(settings)
    with Readers(rules, settings=settings, workers=1) as readers:
        got = [verdicts(outcomes) for _, outcomes in readers.ahead(batches(400, 200))]
        assert readers._pool is None and readers._pool_failed
    assert got == [
        verdicts([read_message(m, rules) for m in b.messages]) for b in batches(400, 200)
    ]
