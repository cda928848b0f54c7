"""Pacing for Gmail calls: a quota token bucket and exponential backoff with jitter.

Gmail allows 250 quota units per user per second (a moving average that
tolerates short bursts); a messages.get costs 5, so a batch of 50 gets spends
one second of budget. Staying under the limit is cheaper than being told off
with 429s. Sleep, clock and randomness are injected so tests run instantly.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

USER_UNITS_PER_SECOND = 250.0

# Quota units per method (developers.google.com/gmail/api/reference/quota).
COST_PROFILE = 1
COST_HISTORY_LIST = 2
COST_MESSAGES_LIST = 5
COST_MESSAGES_GET = 5
COST_DRAFTS_CREATE = 10
COST_DRAFTS_UPDATE = 15


class QuotaBucket:
    """Gives out quota units at a steady rate and makes callers wait when they run ahead."""

    def __init__(
        self,
        units_per_second: float | None = USER_UNITS_PER_SECOND,
        *,
        capacity: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = units_per_second
        """None turns pacing off (a loopback server, a benchmark)."""
        self.capacity = capacity if capacity is not None else (units_per_second or 0.0)
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.capacity
        self._last = clock()
        self.waited = 0.0
        """Seconds spent waiting for quota so far (reported by the bench)."""

    def take(self, units: float) -> None:
        """Spend `units`, first sleeping for as long as the budget needs to cover them."""
        if self.rate is None or units <= 0:
            return
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now
        # Spending ahead of the budget is allowed once; the debt is paid by sleeping,
        # and the refill on the next call (from `_last`) covers the time slept.
        self._tokens -= units
        if self._tokens < 0:
            wait = -self._tokens / self.rate
            self.waited += wait
            self._sleep(wait)


class Backoff:
    """Gives the waits between retries: exponential, capped, with full jitter."""

    def __init__(
        self,
        *,
        attempts: int = 6,
        base: float = 1.0,
        cap: float = 32.0,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.attempts = attempts
        """Tries in all, the first one included."""
        self.base = base
        self.cap = cap
        self._sleep = sleep
        self._rand = rand
        self.slept: list[float] = []

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Give the seconds to wait before retry number `retry` (1 for the first retry)."""
        # Full jitter spreads clients that were throttled together (AWS architecture blog);
        # a Retry-After from the server is a floor, never shortened.
        ceiling = min(self.cap, self.base * 2.0 ** (retry - 1))
        wait = self._rand() * ceiling
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait

    def pause(self, retry: int, retry_after: float | None = None) -> None:
        """Sleep before retry number `retry`."""
        wait = self.delay(retry, retry_after)
        self.slept.append(wait)
        self._sleep(wait)
