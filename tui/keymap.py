"""The binding ids a user can remap in the config's [keys] table, found in the dashboard's classes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding
from textual.dom import DOMNode

from tui.modals.application_form import ApplicationFormModal
from tui.modals.choice import ChoiceModal
from tui.modals.message_view import MessageModal
from tui.modals.notice import NoticeModal
from tui.modals.text_editor import TextEditorModal
from tui.modals.tone_warning import ToneWarningModal
from tui.screens.main import MainScreen, SearchBox
from tui.screens.stats import StatsScreen
from tui.widgets.applications_table import ApplicationsTable
from tui.widgets.detail_pane import Timeline
from tui.widgets.followups_list import FollowUpsList
from tui.widgets.review_list import ReviewList

KEYED: tuple[type[DOMNode], ...] = (
    MainScreen,
    SearchBox,
    ApplicationsTable,
    Timeline,
    FollowUpsList,
    ReviewList,
    StatsScreen,
    ApplicationFormModal,
    ChoiceModal,
    MessageModal,
    NoticeModal,
    TextEditorModal,
    ToneWarningModal,
)


def binding_ids(classes: Iterable[type[DOMNode]] = KEYED) -> list[str]:
    """Give every binding id of these classes, sorted."""
    ids: set[str] = set()
    for cls in classes:
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.id:
                ids.add(binding.id)
    return sorted(ids)


def unknown_binding_ids(keymap: Mapping[str, str]) -> list[str]:
    """Give the ids in a [keys] table that name no binding (a typo would otherwise do nothing)."""
    known = set(binding_ids())
    return sorted(name for name in keymap if name not in known)
