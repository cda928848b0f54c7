"""The command palette's provider: every keyed action of the dashboard, found by name.

It reads the bindings of the widgets on the current screen, so a new binding shows
up here without a second list to keep in step, and runs each action on the widget
that owns it (focusing that widget first, as the key would need).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.widget import Widget

from tui.context import dashboard_of

SECTION = {
    "ApplicationsTable": "Application",
    "FollowUpsList": "Follow-up",
    "ReviewList": "Review",
    "Timeline": "Timeline",
}


def palette_commands(
    screen: Widget, keymap: Mapping[str, str] | None = None
) -> Iterator[tuple[str, str, Widget, str]]:
    """Give (title, help, owner, action) for every described binding on the screen and its widgets."""
    keymap = keymap or {}
    seen: set[tuple[int, str]] = set()
    nodes: list[Widget] = [screen, *screen.query("*")]
    for node in nodes:
        for binding in _bindings(node):
            if not binding.description or (id(node), binding.action) in seen:
                continue
            seen.add((id(node), binding.action))
            section = SECTION.get(type(node).__name__, "")
            title = f"{section}: {binding.description}" if section else binding.description
            key = keymap.get(binding.id, binding.key) if binding.id else binding.key
            yield title, f"key: {key}", node, binding.action


def _bindings(node: Widget) -> list[Binding]:
    found: list[Binding] = []
    for cls in type(node).__mro__:
        if cls.__module__.startswith("tui."):
            found.extend(Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))
    return found


class DashboardCommands(Provider):
    async def _run(self, node: Widget, action: str) -> None:
        if node.focusable:
            node.focus()
        await node.run_action(action)

    def _commands(self) -> Iterator[tuple[str, str, Widget, str]]:
        return palette_commands(self.screen, dashboard_of(self.screen).settings.keys)

    async def discover(self) -> Hits:
        for title, help_text, node, action in self._commands():
            yield DiscoveryHit(title, partial(self._run, node, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, node, action in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self._run, node, action),
                    help=help_text,
                )
