"""The dashboard, driven with Textual's pilot: every flow a person goes through, checked in the store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlmodel import Session, col, select
from textual.widgets import Input, Static, TextArea
from tui_harness import (
    NOW,
    Demo,
    FailingConnector,
    GatedConnector,
    make_demo,
    run_async,
    shown_text,
)

from tracker.config import Account
from tracker.connector import AuthError, Connector, UnavailableError
from tracker.models import (
    AccountState,
    Application,
    EventCause,
    FollowUp,
    FollowUpState,
    Message,
    ReviewState,
    Status,
    StatusEvent,
)
from tui.app import NextRoundApp
from tui.commands import palette_commands
from tui.modals.application_form import ApplicationFormModal
from tui.modals.choice import ChoiceModal
from tui.modals.message_view import MessageModal
from tui.modals.notice import KIND_NOTE_TITLE, NoticeModal
from tui.modals.text_editor import TextEditorModal
from tui.modals.tone_warning import ToneWarningModal
from tui.screens.main import MainScreen
from tui.screens.stats import StatsScreen
from tui.widgets.applications_table import ApplicationsTable
from tui.widgets.followups_list import FollowUpsList
from tui.widgets.review_list import ReviewList

SIZE = (160, 48)


@pytest.fixture
def demo(tmp_path: Path) -> Demo:
    return make_demo(tmp_path)


def table(app: NextRoundApp) -> ApplicationsTable:
    main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
    return main.query_one(ApplicationsTable)


def open_count(demo: Demo) -> int:
    with Session(demo.engine) as session:
        return len(
            session.exec(select(Application).where(col(Application.archived).is_(False))).all()
        )


def application(demo: Demo, application_id: int) -> Application:
    with Session(demo.engine) as session:
        found = session.get(Application, application_id)
        assert found is not None
        return found


async def choose(pilot: object, app: NextRoundApp, text: str) -> None:
    """Pick the line of the open ChoiceModal whose text starts with `text`."""
    modal = app.screen
    assert isinstance(modal, ChoiceModal)
    lines = [str(label.plain if hasattr(label, "plain") else label) for label, _ in modal.choices]
    index = next(i for i, line in enumerate(lines) if line.startswith(text))
    modal.dismiss(modal.choices[index][1])
    await pilot.pause()  # type: ignore[attr-defined]


# The main screen ---------------------------------------------------------------


@run_async
async def test_main_screen_shows_every_open_application_with_followups_and_review(
    demo: Demo,
) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert len(table(app).rows_shown) == open_count(demo) > 10
        with Session(demo.engine) as session:
            due = session.exec(
                select(FollowUp).where(
                    FollowUp.state == FollowUpState.PENDING, FollowUp.due_at <= NOW
                )
            ).all()
            pending_review = session.exec(
                select(Message).where(Message.review == ReviewState.PENDING)
            ).all()
        assert len(app.screen.query_one(FollowUpsList).rows_shown) == len(due) > 0
        assert len(app.screen.query_one(ReviewList).rows_shown) == len(pending_review) > 0
        # Most recent activity first.
        shown = [r.last_activity for r in table(app).rows_shown if r.last_activity]
        assert shown == sorted(shown, reverse=True)


@run_async
async def test_search_narrows_the_table_and_escape_brings_everything_back(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "l", "a", "r", "c", "h")
        rows = table(app).rows_shown
        assert rows and all("larch" in r.company.lower() or "larch" in r.role.lower() for r in rows)
        assert len(rows) < open_count(demo)
        await pilot.press("escape")
        assert len(table(app).rows_shown) == open_count(demo)
        assert table(app).has_focus


@run_async
async def test_sort_key_cycles_and_header_click_sorts(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        companies = [r.company.casefold() for r in table(app).rows_shown]
        assert table(app).sort_key == "company"
        assert companies == sorted(companies)
        table(app).sort_by("days", reverse=True)
        days = [r.days_since or 0 for r in table(app).rows_shown]
        assert days == sorted(days, reverse=True)


@run_async
async def test_filter_by_status(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await choose(pilot, app, "rejected")
        rows = table(app).rows_shown
        assert rows and {r.status for r in rows} == {Status.REJECTED}


# Manual work -------------------------------------------------------------------


@run_async
async def test_add_an_application_with_the_form(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, ApplicationFormModal)
        app.screen.query_one("#field-company", Input).value = "Acme Rockets"
        app.screen.query_one("#field-role", Input).value = "Flight Software Engineer"
        app.screen.query_one("#field-applied_at", Input).value = "2026-02-27"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        current = table(app).current_id
        assert current is not None
        added = application(demo, current)
        assert added.role == "Flight Software Engineer"
        assert added.status is Status.APPLIED
        assert added.applied_at is not None and added.applied_at.date().isoformat() == "2026-02-27"


@run_async
async def test_the_form_refuses_a_missing_company_and_a_bad_date(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        before = open_count(demo)
        await pilot.press("n")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ApplicationFormModal)
        assert "Company" in shown_text(app.screen.query_one("#form-error", Static))
        app.screen.query_one("#field-company", Input).value = "Acme"
        app.screen.query_one("#field-applied_at", Input).value = "last tuesday"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ApplicationFormModal)
        await pilot.press("escape")
        assert open_count(demo) == before


@run_async
async def test_edit_an_application(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        current = table(app).current_id
        assert current is not None
        await pilot.press("e")
        assert isinstance(app.screen, ApplicationFormModal)
        app.screen.query_one("#field-role", Input).value = "Principal Engineer"
        app.screen.query_one("#field-contact_name", Input).value = "Dana Reyes"
        app.screen.query_one("#field-contact_email", Input).value = "dana@example.org"
        await pilot.press("ctrl+s")
        await pilot.pause()
        edited = application(demo, current)
        assert (edited.role, edited.contact_email) == ("Principal Engineer", "dana@example.org")
        assert table(app).current_id == current


@run_async
async def test_change_the_status_with_one_key(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        row = next(r for r in table(app).rows_shown if r.status is Status.APPLIED)
        table(app).show(table(app).rows_shown, select=row.id)
        await pilot.press("s")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("3")  # the third status in the picker: interviewing
        await pilot.pause()
        assert application(demo, row.id).status is Status.INTERVIEWING
        with Session(demo.engine) as session:
            events = session.exec(
                select(StatusEvent).where(StatusEvent.application_id == row.id)
            ).all()
        assert any(
            e.cause is EventCause.MANUAL and e.to_status is Status.INTERVIEWING for e in events
        )
        shown = next(r for r in table(app).rows_shown if r.id == row.id)
        assert shown.status is Status.INTERVIEWING


@run_async
async def test_notes_are_saved_and_shown(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        current = table(app).current_id
        assert current is not None
        await pilot.press("m")
        assert isinstance(app.screen, TextEditorModal)
        app.screen.query_one(TextArea).text = "Call Dana on Friday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert application(demo, current).notes == "Call Dana on Friday"
        assert "Call Dana on Friday" in shown_text(app.screen.query_one("#detail-summary", Static))


@run_async
async def test_archive_hides_and_the_archived_filter_restores(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        current = table(app).current_id
        assert current is not None
        await pilot.press("x")
        assert application(demo, current).archived
        assert current not in [r.id for r in table(app).rows_shown]
        await pilot.press("f")
        await choose(pilot, app, "archived")
        assert [r.id for r in table(app).rows_shown] == [current]
        await pilot.press("x")
        assert not application(demo, current).archived


@run_async
async def test_the_timeline_opens_the_mail_behind_an_event(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        timeline = app.screen.query_one("#timeline")
        assert timeline.has_focus
        await pilot.press("enter")
        assert isinstance(app.screen, MessageModal)
        headers = dict(app.screen.message.headers)
        assert headers["Subject"] and headers["From"]
        await pilot.press("escape", "escape")
        assert table(app).has_focus


# Follow-ups --------------------------------------------------------------------


async def focus_followup(pilot: object, app: NextRoundApp, *, clean: bool) -> FollowUp:
    """Put the cursor on a due follow-up whose draft has (or has not) warnings; give it."""
    from tui import operations

    followups = app.screen.query_one(FollowUpsList)
    followups.focus()
    dashboard = app.dashboard
    for index, row in enumerate(followups.rows_shown):
        prepared = operations.prepare(
            dashboard.engine, row.id, settings=dashboard.settings, config_dir=dashboard.config_dir
        )
        if (not prepared.warnings) == clean:
            followups.move_cursor(row=index)
            await pilot.pause()  # type: ignore[attr-defined]
            with Session(dashboard.engine) as session:
                found = session.get(FollowUp, row.id)
                assert found is not None
                return found
    raise AssertionError("the demo has no such follow-up")


def rejection_of(demo: Demo, followup: FollowUp) -> Message:
    with Session(demo.engine) as session:
        message = session.get(Message, followup.reply_to_message_id)
        assert message is not None
        return message


@run_async
async def test_one_key_saves_the_draft_threaded_under_the_rejection(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        followup = await focus_followup(pilot, app, clean=True)
        rejection = rejection_of(demo, followup)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        drafts = demo.draft_messages()
        assert len(drafts) == 1
        draft = drafts[0]
        assert draft["Subject"] == f"Re: {rejection.subject}"
        assert draft["In-Reply-To"] == rejection.message_id
        assert rejection.message_id in draft["References"]
        reply_address = rejection.reply_to or rejection.from_address
        assert reply_address.split("<")[-1].rstrip(">") in draft["To"]
        assert "Sam Doe" in draft.get_content()
        with Session(demo.engine) as session:
            saved = session.get(FollowUp, followup.id)
            assert saved is not None and saved.state is FollowUpState.DRAFTED and saved.draft_id
        assert any("Drafts" in n.message for n in app._notifications)

        # The drafted follow-up stays in the list and saves again over the same draft.
        followups = app.screen.query_one(FollowUpsList)
        index = next(i for i, r in enumerate(followups.rows_shown) if r.id == followup.id)
        followups.move_cursor(row=index)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(demo.draft_messages()) == 1


@run_async
async def test_editing_shows_the_tone_warning_and_goes_back_to_the_text(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        followup = await focus_followup(pilot, app, clean=True)
        await pilot.press("e")
        assert isinstance(app.screen, TextEditorModal)
        assert "Sam Doe" in app.screen.query_one(TextArea).text
        app.screen.query_one(TextArea).text = "Why was I not chosen? This was a waste of my time."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ToneWarningModal)
        assert "asks why you were not chosen" in app.screen.warnings
        assert demo.draft_messages() == []
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, TextEditorModal)
        assert "waste of my time" in app.screen.query_one(TextArea).text
        kind = "Thank you for the chance to meet the team. I wish you all the best.\n\nSam"
        app.screen.query_one(TextArea).text = kind
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        drafts = demo.draft_messages()
        assert len(drafts) == 1 and drafts[0].get_content().strip() == kind.strip()
        with Session(demo.engine) as session:
            saved = session.get(FollowUp, followup.id)
            assert saved is not None and saved.body.strip() == kind.strip()


@run_async
async def test_save_anyway_keeps_the_users_words(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await focus_followup(pilot, app, clean=True)
        await pilot.press("e")
        assert isinstance(app.screen, TextEditorModal)
        app.screen.query_one(TextArea).text = "Could you tell me why I was not selected?"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ToneWarningModal)
        await pilot.press("a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [d.get_content().strip() for d in demo.draft_messages()] == [
            "Could you tell me why I was not selected?"
        ]


@run_async
async def test_a_missing_recipient_is_a_warning_before_saving(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await focus_followup(pilot, app, clean=False)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ToneWarningModal)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        assert demo.draft_messages() == []


@run_async
async def test_skip_a_followup(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        followup = await focus_followup(pilot, app, clean=True)
        await pilot.press("s")
        await pilot.pause()
        with Session(demo.engine) as session:
            skipped = session.get(FollowUp, followup.id)
            assert skipped is not None and skipped.state is FollowUpState.SKIPPED
        assert followup.id not in [r.id for r in app.screen.query_one(FollowUpsList).rows_shown]


@run_async
async def test_a_dead_server_when_saving_is_a_notice_not_a_crash(demo: Demo) -> None:
    dead = FailingConnector("demo", UnavailableError("cannot reach the server", account="demo"))
    app = demo.app(connect=lambda account: dead)
    async with app.run_test(size=SIZE) as pilot:
        followup = await focus_followup(pilot, app, clean=True)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("cannot reach the server" in n.message for n in app._notifications)
        assert dead.closed
        with Session(demo.engine) as session:
            unchanged = session.get(FollowUp, followup.id)
            assert unchanged is not None and unchanged.state is FollowUpState.PENDING


# Review ------------------------------------------------------------------------


def review_state(demo: Demo, message_id: int) -> Message:
    with Session(demo.engine) as session:
        message = session.get(Message, message_id)
        assert message is not None
        return message


@run_async
async def test_accept_a_detection_in_review(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        review = app.screen.query_one(ReviewList)
        assert review.has_focus
        before = len(review.rows_shown)
        first = review.rows_shown[0]
        await pilot.press("a")
        await pilot.pause()
        assert review_state(demo, first.message_id).review is not ReviewState.PENDING
        assert len(review.rows_shown) == before - 1


@run_async
async def test_relabel_a_detection_in_review(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        first = app.screen.query_one(ReviewList).rows_shown[0]
        await pilot.press("l")
        assert isinstance(app.screen, ChoiceModal)
        await choose(pilot, app, "other")
        message = review_state(demo, first.message_id)
        assert message.label == "other"
        assert message.review is not ReviewState.PENDING


@run_async
async def test_move_a_detection_to_a_new_application(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        before = open_count(demo)
        await pilot.press("3")
        first = app.screen.query_one(ReviewList).rows_shown[0]
        await pilot.press("v")
        assert isinstance(app.screen, ChoiceModal)
        await choose(pilot, app, "+ a new application")
        message = review_state(demo, first.message_id)
        assert message.application_id is not None
        assert open_count(demo) == before + 1
        assert table(app).current_id == message.application_id


# Scans -------------------------------------------------------------------------


@run_async
async def test_a_background_scan_fills_the_table_and_shows_the_kind_note(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, scanned=False)
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        assert table(app).rows_shown == []
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(table(app).rows_shown) == open_count(demo) > 10
        assert isinstance(app.screen, NoticeModal)
        assert app.screen.title_text == KIND_NOTE_TITLE
        assert "internal" in app.screen.text and "normal to feel bad" in app.screen.text
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)


@run_async
async def test_no_kind_note_when_the_config_turns_it_off(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, scanned=False, kind_note=False)
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table(app).rows_shown
        assert isinstance(app.screen, MainScreen)


@run_async
async def test_the_ui_answers_while_a_slow_server_scans(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, scanned=False, kind_note=False)
    gate = threading.Event()
    slow = GatedConnector(demo.real_connector(demo.settings.accounts[0]), gate)
    app = demo.app(connect=lambda account: slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert slow.started.wait(timeout=5)
        # The scan is stuck on the server; the dashboard still takes keys.
        await pilot.press("r")
        assert any("running already" in n.message for n in app._notifications)
        await pilot.press("n")
        assert isinstance(app.screen, ApplicationFormModal)
        await pilot.press("escape")
        assert app.screen.query_one("#scan-bar").has_class("shown")
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(table(app).rows_shown) == open_count(demo) > 10
        assert not app.screen.query_one("#scan-bar").has_class("shown")


@run_async
async def test_an_unreachable_server_is_a_notice_and_recorded(demo: Demo) -> None:
    dead = FailingConnector(
        "demo", UnavailableError("cannot reach mail.example.org", account="demo")
    )
    app = demo.app(connect=lambda account: dead)
    async with app.run_test(size=SIZE) as pilot:
        rows = len(table(app).rows_shown)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any(
            "cannot reach mail.example.org" in n.message and n.severity == "error"
            for n in app._notifications
        )
        assert len(table(app).rows_shown) == rows
        assert dead.closed
        with Session(demo.engine) as session:
            state = session.get(AccountState, "demo")
            assert state is not None and state.last_result == "failed"
        # One failure does not block the next scan.
        await pilot.press("r")
        await app.workers.wait_for_complete()


@run_async
async def test_refused_credentials_open_a_dialog(demo: Demo) -> None:
    refused = FailingConnector("demo", AuthError("the server refused the password", account="demo"))
    app = demo.app(connect=lambda account: refused)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NoticeModal)
        assert "refused the password" in app.screen.text


@run_async
async def test_a_scan_is_started_when_the_last_one_is_old(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, scanned=False, kind_note=False)
    app = demo.app(scan_on_start=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table(app).rows_shown


# Keys, palette, stats ------------------------------------------------------------


@run_async
async def test_the_keymap_in_the_config_rebinds_keys(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, keys={"table.status": "t", "stats": "ctrl+g"})
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("escape")
        await pilot.press("ctrl+g")
        assert isinstance(app.screen, StatsScreen)


@run_async
async def test_the_command_palette_offers_every_action(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        titles = {title for title, *_ in palette_commands(app.screen, {"scan": "ctrl+r"})}
        for expected in (
            "Scan",
            "New",
            "Application: Status",
            "Application: Archive",
            "Follow-up: Save draft",
            "Follow-up: Skip",
            "Review: Accept",
            "Review: Relabel",
            "Timeline: Open mail",
        ):
            assert expected in titles
        helps = {
            title: help_text
            for title, help_text, *_ in palette_commands(app.screen, {"scan": "ctrl+r"})
        }
        assert helps["Scan"] == "key: ctrl+r"
        # Running one from the palette acts like its key.
        owner, action = next(
            (o, a) for t, _, o, a in palette_commands(app.screen) if t == "Review: Accept"
        )
        before = len(app.screen.query_one(ReviewList).rows_shown)
        owner.focus()
        await owner.run_action(action)
        await pilot.pause()
        assert len(app.screen.query_one(ReviewList).rows_shown) == before - 1


@run_async
async def test_stats_screen_shows_the_funnel(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, StatsScreen)
        figures = shown_text(app.screen.query_one("#stats-figures", Static))
        assert "response rate" in figures
        funnel = app.screen.query_one("#funnel")
        assert [label for label, _ in funnel.bars] == [  # type: ignore[attr-defined]
            "applied",
            "any response",
            "interviewing",
            "offer",
        ]
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@run_async
async def test_an_unknown_binding_id_in_the_config_is_pointed_out(tmp_path: Path) -> None:
    demo = make_demo(tmp_path, keys={"sacn": "ctrl+r"})
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        warning = next(n.message for n in app._notifications if "[keys]" in n.message)
        assert "sacn" in warning and "scan" in warning


@run_async
async def test_without_a_terminal_to_hand_over_the_draft_is_edited_in_place(demo: Demo) -> None:
    app = demo.app(editor="vi")
    async with app.run_test(size=SIZE) as pilot:
        await focus_followup(pilot, app, clean=True)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, TextEditorModal)


@run_async
async def test_scans_repeat_on_the_configured_interval(tmp_path: Path) -> None:
    from datetime import timedelta

    from tracker.config import ScanSettings

    demo = make_demo(tmp_path, scanned=False, kind_note=False)
    settings = demo.settings.model_copy(update={"scan": ScanSettings(every=timedelta(seconds=0.2))})
    app = demo.app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        assert table(app).rows_shown == []
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table(app).rows_shown


@run_async
async def test_reopening_a_rejected_application_takes_its_followup_off_the_list(demo: Demo) -> None:
    app = demo.app()
    async with app.run_test(size=SIZE) as pilot:
        followup = await focus_followup(pilot, app, clean=True)
        table(app).show(table(app).rows_shown, select=followup.application_id)
        table(app).focus()
        await pilot.press("s", "3")
        await pilot.pause()
        assert application(demo, followup.application_id).status is Status.INTERVIEWING
        assert followup.id not in [r.id for r in app.screen.query_one(FollowUpsList).rows_shown]
        row = next(r for r in table(app).rows_shown if r.id == followup.application_id)
        assert "follow-up" not in row.next_action


@run_async
async def test_a_scan_held_by_another_process_is_a_notice(demo: Demo) -> None:
    from tracker.locks import scan_lock

    opened: list[str] = []

    def connect(account: Account) -> Connector:
        opened.append(account.name)
        return demo.real_connector(account)

    app = demo.app(connect=connect)
    # `nextround watch` (or the timer) holds the account's lock while the dashboard asks to scan.
    with scan_lock("demo", directory=demo.root):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("r")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            assert any(
                "another scan of this account is running" in n.message for n in app._notifications
            )
    assert opened == []  # the connector was never opened
