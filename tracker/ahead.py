"""Fetching the next batch while the last one is stored.

A scan waits on two things in turn: the mail server (or the network) for a
batch, then the database and the classifier for what it holds. Running the
connector's generator on a thread of its own, one batch ahead, lets the two
waits overlap. Only that thread touches the connector until the scan is over,
so connectors need not be thread-safe.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_POLL_SECONDS = 0.1
"""How often a blocked producer checks whether the consumer gave up."""


@dataclass(frozen=True)
class _Failed:
    error: BaseException


class _Done:
    pass


_DONE = _Done()


class _Ahead(Generic[T]):
    def __init__(self, source: Iterator[T], depth: int) -> None:
        self._source = source
        self._queue: queue.Queue[T | _Failed | _Done] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="nextround-fetch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            for item in self._source:
                if not self._put(item):
                    return
            self._put(_DONE)
        except BaseException as error:  # noqa: BLE001 - handed over, re-raised by the consumer
            self._put(_Failed(error))
        finally:
            close = getattr(self._source, "close", None)
            if close is not None:
                close()  # the generator runs its cleanup on the thread that ran it

    def _put(self, item: T | _Failed | _Done) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def items(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            if isinstance(item, _Done):
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item

    def stop(self) -> None:
        """Stop fetching and wait for the producer to let go of the connector."""
        self._stop.set()
        self._thread.join()


@contextmanager
def fetched_ahead(source: Iterator[T], *, depth: int = 1) -> Iterator[Iterator[T]]:
    """Give the items of `source`, produced on another thread up to `depth` items ahead.

    An error in `source` is raised here, at the item where it happened; leaving
    the block early stops the producer and waits for it, so the connector is
    free again afterwards.
    """
    ahead = _Ahead(source, depth)
    ahead.start()
    try:
        yield ahead.items()
    finally:
        ahead.stop()
