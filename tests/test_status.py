"""The status rules of DESIGN.md, one test each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.applications import History
from tracker.models import EventCause, Status
from tracker.status import Event, derive_status, status_for_label

START = datetime(2026, 3, 1, 9, tzinfo=UTC)
NOW = START + timedelta(days=20)
GHOST = timedelta(days=30)


def day(n: int) -> datetime:
    return START + timedelta(days=n)


def mail(status: Status, n: int) -> Event:
    return Event(status, day(n), EventCause.MAIL)


def manual(status: Status, n: int) -> Event:
    return Event(status, day(n), EventCause.MANUAL)


def status_of(*events: Event, now: datetime = NOW) -> Status:
    return derive_status(events, now=now, ghosted_after=GHOST, applied_at=START).status


def test_events_apply_in_date_order_not_scan_order() -> None:
    # scanned newest first: the rejection (day 9) came after the interview (day 5)
    assert status_of(mail(Status.REJECTED, 9), mail(Status.INTERVIEWING, 5)) is Status.REJECTED


def test_a_rejection_after_an_interview_is_a_rejection() -> None:
    assert status_of(mail(Status.INTERVIEWING, 3), mail(Status.REJECTED, 8)) is Status.REJECTED


def test_an_interview_after_a_rejection_reopens() -> None:
    assert status_of(mail(Status.REJECTED, 3), mail(Status.INTERVIEWING, 8)) is Status.INTERVIEWING


def test_an_old_confirmation_scanned_late_does_not_reopen_a_rejection() -> None:
    assert status_of(mail(Status.REJECTED, 4), mail(Status.APPLIED, 1)) is Status.REJECTED


def test_a_late_dated_confirmation_never_moves_backwards() -> None:
    assert status_of(mail(Status.INTERVIEWING, 2), mail(Status.APPLIED, 6)) is Status.INTERVIEWING
    assert status_of(mail(Status.REJECTED, 2), mail(Status.APPLIED, 6)) is Status.REJECTED


def test_a_manual_change_outranks_earlier_mail() -> None:
    # The user knows they are interviewing; a rejection dated before that change is history.
    assert (
        status_of(mail(Status.REJECTED, 4), manual(Status.INTERVIEWING, 6)) is Status.INTERVIEWING
    )


def test_mail_after_a_manual_change_still_counts() -> None:
    assert status_of(manual(Status.INTERVIEWING, 4), mail(Status.REJECTED, 9)) is Status.REJECTED


def test_withdrawn_is_the_users_and_mail_does_not_undo_it() -> None:
    events = (mail(Status.INTERVIEWING, 2), manual(Status.WITHDRAWN, 5), mail(Status.REJECTED, 7))
    assert status_of(*events) is Status.WITHDRAWN


def test_mail_can_never_set_withdrawn_or_accepted() -> None:
    assert status_of(mail(Status.WITHDRAWN, 2)) is Status.APPLIED
    assert status_of(mail(Status.OFFER, 2), mail(Status.ACCEPTED, 3)) is Status.OFFER


def test_paused_is_not_a_rejection_and_a_later_reply_resumes() -> None:
    assert status_of(mail(Status.PAUSED, 4)) is Status.PAUSED
    assert status_of(mail(Status.PAUSED, 4), mail(Status.INTERVIEWING, 9)) is Status.INTERVIEWING
    assert status_for_label("rejection", paused=True) is Status.PAUSED


def test_ghosted_after_silence_and_undone_by_any_later_reply() -> None:
    late = START + timedelta(days=45)
    assert status_of(mail(Status.APPLIED, 0), now=late) is Status.GHOSTED
    assert (
        status_of(mail(Status.APPLIED, 0), mail(Status.INTERVIEWING, 40), now=late)
        is Status.INTERVIEWING
    )
    quiet = derive_status(
        [mail(Status.APPLIED, 0)],
        now=late,
        ghosted_after=GHOST,
        applied_at=START,
        other_activity=[day(40)],
    )
    assert quiet.status is Status.APPLIED


def test_ghosted_threshold_is_configurable() -> None:
    events = [mail(Status.APPLIED, 0)]
    assert (
        derive_status(events, now=day(10), ghosted_after=timedelta(days=7)).status is Status.GHOSTED
    )
    assert (
        derive_status(events, now=day(10), ghosted_after=timedelta(days=14)).status
        is Status.APPLIED
    )


def test_closed_applications_are_never_ghosted() -> None:
    far = START + timedelta(days=200)
    assert status_of(mail(Status.REJECTED, 1), now=far) is Status.REJECTED
    assert status_of(mail(Status.OFFER, 1), now=far) is Status.OFFER


def test_rule_events_do_not_feed_back() -> None:
    events = (mail(Status.APPLIED, 0), Event(Status.GHOSTED, day(30), EventCause.RULE))
    assert status_of(*events, now=day(31)) is Status.GHOSTED
    assert status_of(*events, mail(Status.INTERVIEWING, 32), now=day(33)) is Status.INTERVIEWING


def test_labels_map_to_statuses() -> None:
    assert status_for_label("applied") is Status.APPLIED
    assert status_for_label("interview") is Status.INTERVIEWING
    assert status_for_label("offer") is Status.OFFER
    assert status_for_label("rejection") is Status.REJECTED
    assert status_for_label("other") is None


_STATUSES = st.sampled_from(list(Status))
_CAUSES = st.sampled_from(list(EventCause))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_STATUSES, st.integers(0, 40), _CAUSES), max_size=25),
    st.one_of(st.none(), st.integers(0, 40)),
)
def test_a_history_kept_event_by_event_derives_what_a_new_timeline_derives(
    added: list[tuple[Status, int, EventCause]], applied_day: int | None
) -> None:
    # A scan keeps each history's walk and steps it at every job mail; late mail
    # (dated before the newest event) must fall back to a new walk.
    start = datetime(2024, 1, 1, tzinfo=UTC)
    applied_at = None if applied_day is None else start + timedelta(days=applied_day)
    history = History()
    for to_status, day, cause in added:
        history.add_event(to_status, start + timedelta(days=day), cause)
        now = start + timedelta(days=60)
        kept = derive_status(
            history.events,
            now=now,
            ghosted_after=timedelta(days=21),
            applied_at=applied_at,
            timeline=history.timeline(applied_at),
        )
        fresh = derive_status(
            history.events, now=now, ghosted_after=timedelta(days=21), applied_at=applied_at
        )
        assert kept == fresh
