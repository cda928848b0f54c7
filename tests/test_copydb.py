"""Copying an existing SQLite database into a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from mailfactory import NOW, deliver, job_mail, make_maildir
from sqlmodel import Session

from connectors.maildir import MaildirConnector
from tracker.applications import create_application
from tracker.cli import main
from tracker.config import Settings
from tracker.store import StoreError, open_store
from tracker.sync import scan_account
from tracker.transfer import export_applications


def test_copy_sqlite_into_postgresql(tmp_path: Path, postgres_server: Any) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", "Acme", key="a1", days_ago=6))
    deliver(box, job_mail("rejection", "Acme", key="a2", days_ago=2))
    deliver(box, job_mail("interview", "Globex", "Analyst", key="g1", days_ago=1))
    sqlite_url = f"sqlite:///{tmp_path / 'n.db'}"
    source = open_store(sqlite_url)
    scan_account(source, MaildirConnector("m", tmp_path / "Mail"), settings=Settings(), now=NOW)
    with Session(source) as session:
        before = export_applications(session, fmt="json")
    assert before.count('"company"') == 2

    target_url = postgres_server.create_database("copy_target")
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "{sqlite_url}"\n')
    result = CliRunner().invoke(main, ["--config", str(config), "db", "copy", "--to", target_url])
    assert result.exit_code == 0, result.output
    assert "Copied" in result.output

    target = open_store(target_url)
    with Session(target) as session:
        assert export_applications(session, fmt="json") == before
        # the id sequences continue after the copied rows
        added = create_application(session, company="Initech", role="Dev")
        session.commit()
        assert added.id == 3
    with pytest.raises(StoreError, match="copy into an empty database"):
        from tracker.copydb import copy_database

        copy_database(sqlite_url, target_url)
