"""Figures over the whole search: the funnel, response rate, time to answers, pace."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from statistics import median
from typing import Any

from sqlmodel import Session, col, select

from tracker.models import Application, EventCause, Status, StatusEvent

RESPONSES = {
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
    Status.REJECTED,
    Status.PAUSED,
    Status.ACCEPTED,
}
INTERVIEW_OR_LATER = {Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED}


@dataclass(frozen=True)
class Stats:
    applications: int
    by_status: dict[str, int]
    responded: int
    interviewing: int
    offers: int
    response_rate: float
    median_days_to_first_response: float | None
    median_days_to_rejection: float | None
    per_week: list[tuple[str, int]] = field(default_factory=list)
    """(ISO week start, applications) for the last eight weeks, oldest first."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def compute_stats(session: Session, *, now: datetime, weeks: int = 8) -> Stats:
    applications = list(
        session.exec(select(Application).where(col(Application.archived).is_(False))).all()
    )
    events: dict[int, list[StatusEvent]] = {}
    for event in session.exec(select(StatusEvent).order_by(col(StatusEvent.at))).all():
        events.setdefault(event.application_id, []).append(event)
    by_status = Counter(str(a.status) for a in applications)
    responded = interviewing = offers = 0
    to_first: list[float] = []
    to_rejection: list[float] = []
    for application in applications:
        assert application.id is not None
        reached = {
            e.to_status for e in events.get(application.id, []) if e.cause is not EventCause.RULE
        }
        reached.add(application.status)
        if reached & RESPONSES:
            responded += 1
        if reached & INTERVIEW_OR_LATER:
            interviewing += 1
        if reached & {Status.OFFER, Status.ACCEPTED}:
            offers += 1
        start = application.applied_at
        if start is None:
            continue
        answers = [
            e
            for e in events.get(application.id, [])
            if e.to_status in RESPONSES and e.cause is EventCause.MAIL
        ]
        if answers:
            to_first.append(_days(answers[0].at - start))
        rejections = [e for e in answers if e.to_status is Status.REJECTED]
        if rejections:
            to_rejection.append(_days(rejections[-1].at - start))
    week_start = (now - timedelta(days=now.weekday())).date()
    starts = [week_start - timedelta(weeks=w) for w in reversed(range(weeks))]
    counts = Counter(
        (a.applied_at.date() - timedelta(days=a.applied_at.weekday()))
        for a in applications
        if a.applied_at
    )
    total = len(applications)
    return Stats(
        applications=total,
        by_status=dict(sorted(by_status.items())),
        responded=responded,
        interviewing=interviewing,
        offers=offers,
        response_rate=round(responded / total, 3) if total else 0.0,
        median_days_to_first_response=round(median(to_first), 1) if to_first else None,
        median_days_to_rejection=round(median(to_rejection), 1) if to_rejection else None,
        per_week=[(start.isoformat(), counts.get(start, 0)) for start in starts],
    )


def _days(delta: timedelta) -> float:
    return max(delta.total_seconds(), 0.0) / 86400
