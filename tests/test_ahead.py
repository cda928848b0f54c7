"""Fetching one batch ahead: order kept, errors surface where they happened, the producer stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tracker.ahead import fetched_ahead


def test_items_arrive_in_order_from_another_thread() -> None:
    threads: list[str] = []

    def source() -> Iterator[int]:
        for number in range(50):
            threads.append(threading.current_thread().name)
            yield number

    with fetched_ahead(source()) as items:
        assert list(items) == list(range(50))
    assert set(threads) == {"nextround-fetch"}


def test_an_error_in_the_source_is_raised_after_the_items_before_it() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise ConnectionResetError("dropped")

    seen: list[int] = []
    with pytest.raises(ConnectionResetError, match="dropped"), fetched_ahead(source()) as items:
        for item in items:
            seen.append(item)
    assert seen == [1, 2]


def test_leaving_early_stops_the_producer_and_runs_its_cleanup() -> None:
    produced: list[int] = []
    cleaned = threading.Event()

    def source() -> Iterator[int]:
        try:
            for number in range(1_000):
                produced.append(number)
                yield number
        finally:
            cleaned.set()

    with pytest.raises(RuntimeError), fetched_ahead(source(), depth=1) as items:
        for item in items:
            if item == 3:
                raise RuntimeError("the database failed")
    assert cleaned.is_set()
    assert len(produced) <= 6  # one item in hand, one queued, one blocked: never the whole source
    assert not any(t.name == "nextround-fetch" for t in threading.enumerate())
