"""Widgets grouped by feature: the applications table, the detail pane, follow-ups, review, charts."""
