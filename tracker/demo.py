"""The demo: the bundled sample mailbox, a throwaway database, and settings that use both."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.config import (
    DatabaseSettings,
    FollowupSettings,
    LoadedConfig,
    MaildirAccount,
    Settings,
)
from tracker.demo_mailbox import write_demo_maildir


def demo_settings(directory: Path) -> Settings:
    """Give settings that scan the demo Maildir in `directory` into a database beside it."""
    return Settings(
        database=DatabaseSettings(url=f"sqlite:///{directory / 'nextround.db'}"),
        followup=FollowupSettings(your_name="Sam Doe"),
        accounts=[MaildirAccount(name="demo", kind="maildir", path=directory / "Mail")],
    )


@contextmanager
def prepare_demo(directory: Path | None = None) -> Iterator[tuple[LoadedConfig, Path]]:
    """Write the demo mailbox and give its config and directory; a temp dir is removed afterwards."""
    throwaway = directory is None
    root = Path(tempfile.mkdtemp(prefix="nextround-demo-")) if directory is None else directory
    try:
        root.mkdir(parents=True, exist_ok=True)
        if not (root / "Mail").exists():
            write_demo_maildir(root / "Mail")
        yield LoadedConfig(settings=demo_settings(root), path=None), root
    finally:
        if throwaway:
            shutil.rmtree(root, ignore_errors=True)
