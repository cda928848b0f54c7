"""The application state machine: a status derived from the dated events behind it.

Status is never edited in place: it is recomputed from every StatusEvent, so a
rescan, a late message or a correction always lands on the same answer.

The rules:
- events apply in the order they happened (their date), not by priority, so a
  rejection after an interview is a rejection, and an interview invitation after a
  rejection reopens the application;
- mail never moves an application backwards: an "applied" confirmation scanned late
  (or arriving after a later stage) changes nothing;
- a manual change outranks mail: mail dated before the newest manual change is kept
  in the timeline but does not change the status;
- withdrawn and accepted are the user's: only a manual change leaves them;
- paused (hiring freeze, role on hold) is its own status, not a rejection;
- ghosted is derived: an open application with no activity for `ghosted_after`
  is ghosted, and any later event undoes it because it is never stored as a cause.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.models import EventCause, Status

OPEN_STATUSES = frozenset({Status.APPLIED, Status.SCREENING, Status.INTERVIEWING})
"""Statuses that can go quiet and become ghosted."""

ACTIVE_STATUSES = frozenset({*OPEN_STATUSES, Status.OFFER, Status.PAUSED, Status.GHOSTED})
"""Statuses of applications that are still in play (used by matching)."""

USER_ONLY = frozenset({Status.WITHDRAWN, Status.ACCEPTED})

_PROGRESS = {Status.APPLIED: 0, Status.SCREENING: 1, Status.INTERVIEWING: 2, Status.OFFER: 3}


@dataclass(frozen=True)
class Event:
    """What the state machine needs of a StatusEvent."""

    to_status: Status
    at: datetime
    cause: EventCause
    order: int = 0
    """Tie-breaker for events at the same instant (insertion order)."""


@dataclass(frozen=True)
class Derived:
    status: Status
    since: datetime | None
    last_activity: datetime | None


class Timeline:
    """An application's events in the order they happened, with the status after each.

    A scan keeps one per application it touches and adds each job mail's event: the
    walk then resumes from where the event falls (mail dated after the rest: one
    step), instead of sorting and walking the whole history at every job mail.
    """

    def __init__(self, events: Iterable[Event], *, applied_at: datetime | None) -> None:
        self.applied_at = applied_at
        self._events = sorted((e for e in events if e.cause is not EventCause.RULE), key=_when)
        self._after: list[tuple[Status, datetime | None]] = [(Status.APPLIED, applied_at)] * len(
            self._events
        )
        # The newest manual change outranks all mail before it, wherever that mail comes.
        self._last_manual = max(
            (e.at for e in self._events if e.cause is EventCause.MANUAL), default=None
        )
        self._walk_from(0)

    @property
    def status(self) -> Status:
        """The status after the newest event (applied when there is none)."""
        return self._after[-1][0] if self._after else Status.APPLIED

    @property
    def since(self) -> datetime | None:
        """When that status began (the application date when there is no event)."""
        return self._after[-1][1] if self._after else self.applied_at

    @property
    def latest(self) -> datetime | None:
        """The date of the newest event."""
        return self._events[-1].at if self._events else None

    def add(self, event: Event) -> None:
        """Add an event (one caused by a rule is not walked) and walk on from its place."""
        if event.cause is EventCause.RULE:
            return
        place = bisect_right(self._events, _when(event), key=_when)
        self._events.insert(place, event)
        self._after.insert(place, (Status.APPLIED, None))
        if event.cause is EventCause.MANUAL and (
            self._last_manual is None or event.at > self._last_manual
        ):
            # Mail before it that counted until now no longer does: walk it all again.
            self._last_manual = event.at
            self._walk_from(0)
            return
        self._walk_from(place, settle=True)

    def _walk_from(self, place: int, *, settle: bool = False) -> None:
        """Walk the events from `place` on. With `settle`, the statuses after `place` are
        those of the walk before an event was inserted there: once the walk meets one
        again, the rest is unchanged too (a step depends only on the status before it)."""
        status, since = self._after[place - 1] if place else (Status.APPLIED, self.applied_at)
        last_manual = self._last_manual
        after = self._after
        for index in range(place, len(self._events)):
            event = self._events[index]
            if event.cause is EventCause.MAIL and (
                (last_manual is not None and event.at < last_manual)
                or status in USER_ONLY
                or event.to_status in USER_ONLY
                or _is_backwards(status, event.to_status)
            ):
                pass  # mail that moves nothing: the status stays
            else:
                status, since = event.to_status, event.at
            if settle and index > place and after[index] == (status, since):
                return
            after[index] = (status, since)


def _when(event: Event) -> tuple[datetime, int]:
    """Give the order events happened in: their date, then the order they were recorded."""
    return event.at, event.order


def derive_status(
    events: Iterable[Event],
    *,
    now: datetime,
    ghosted_after: timedelta,
    applied_at: datetime | None = None,
    other_activity: Iterable[datetime] = (),
    timeline: Timeline | None = None,
) -> Derived:
    """Give the status that the events imply at `now`.

    `other_activity` holds the dates of mail that changes no status (a recruiter's
    reply in the thread): it still counts as a sign of life against ghosting.
    `timeline` is the timeline of `events` when the caller keeps it up to date.
    """
    timeline = timeline if timeline is not None else Timeline(events, applied_at=applied_at)
    status, since = timeline.status, timeline.since
    activity = list(other_activity)
    if timeline.latest is not None:
        activity.append(timeline.latest)
    if applied_at is not None:
        activity.append(applied_at)
    last_activity = max(activity, default=None)
    if (
        status in OPEN_STATUSES
        and last_activity is not None
        and now - last_activity >= ghosted_after
    ):
        return Derived(Status.GHOSTED, last_activity + ghosted_after, last_activity)
    return Derived(status, since, last_activity)


def _is_backwards(current: Status, proposed: Status) -> bool:
    """Mail that would move an application backwards (a late confirmation) is ignored."""
    if proposed is Status.APPLIED:
        return current is not Status.APPLIED
    if current in _PROGRESS and proposed in _PROGRESS:
        return _PROGRESS[proposed] < _PROGRESS[current]
    return False


LABEL_TO_STATUS: dict[str, Status] = {
    "applied": Status.APPLIED,
    "interview": Status.INTERVIEWING,
    "offer": Status.OFFER,
    "rejection": Status.REJECTED,
}


def status_for_label(label: str, *, paused: bool = False) -> Status | None:
    """Give the status a classified message moves its application to (None: no change)."""
    if paused:
        return Status.PAUSED
    return LABEL_TO_STATUS.get(label)
