"""The store on real SQLite: migrations, backups, pragmas, and the schema matching the models."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import Session, SQLModel, select

import tracker.migrations
from tracker.applications import create_application
from tracker.models import Application, Company, Message, ReviewState, StatusEvent, new_row
from tracker.store import (
    create_engine,
    current_revision,
    find_company,
    migrate,
    normalize_company,
    open_store,
    schema_head,
)


def test_open_store_creates_the_schema_at_head_with_wal_and_busy_timeout(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'nextround.db'}"
    engine = open_store(url)
    assert current_revision(engine) == schema_head()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert list(tmp_path.joinpath("sub").glob("*.bak")) == []  # a new file needs no backup


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == [], "the models changed without a migration"


def test_an_existing_database_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "nextround.db"
    engine = open_store(f"sqlite:///{db}")
    with Session(engine) as session:
        create_application(session, company="Acme", role="Data Engineer")
        session.commit()
    engine.dispose()

    # A newer nextround: the shipped migrations plus one more revision.
    scripts = tmp_path / "migrations"
    shutil.copytree(Path(tracker.migrations.__file__).parent, scripts)
    (scripts / "versions" / "0002_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        "revision = '0002'\ndown_revision = '0001'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n    op.add_column('application', sa.Column('salary', sa.String(), nullable=True))\n"
        "def downgrade():\n    op.drop_column('application', 'salary')\n"
    )
    engine = create_engine(f"sqlite:///{db}")
    migrate(engine, script_location=str(scripts))
    assert current_revision(engine) == "0002"
    backups = list(tmp_path.glob("nextround.db.before-0002-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("select version_num from alembic_version").fetchone() == ("0001",)
        assert old.execute("select role from application").fetchall() == [("Data Engineer",)]
    with engine.connect() as connection:
        columns = [c["name"] for c in sa.inspect(connection).get_columns("application")]
    assert "salary" in columns
    # Migrating again is a no-op and makes no second copy.
    migrate(engine, script_location=str(scripts))
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_companies_match_across_legal_suffixes_and_aliases(tmp_path: Path) -> None:
    assert normalize_company("Acme, Inc.") == normalize_company("ACME") == "acme"
    assert normalize_company("The Widget Company") == "widget"
    engine = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    with Session(engine) as session:
        create_application(session, company="Acme Inc.", role="A")
        create_application(session, company="acme", role="B")
        session.commit()
        assert len(session.exec(select(Company)).all()) == 1
        assert len(session.exec(select(Application)).all()) == 2
        company = find_company(session, name="ACME LLC")
        assert company is not None and company.name == "Acme Inc."


def test_a_bad_database_url_is_a_clear_error() -> None:
    import pytest

    from tracker.store import StoreError

    with pytest.raises(StoreError, match="not a valid SQLAlchemy URL"):
        open_store("not a url")


def test_new_row_builds_what_the_constructor_builds(tmp_path: Path) -> None:
    values = {
        "account": "work",
        "provider_id": "INBOX:1:7",
        "message_id": "<r@acme.example>",
        "subject": "Your application",
        "label": "rejection",
        "confidence": 0.9,
        "review": ReviewState.PENDING,
    }
    fast = new_row(Message, **values)
    slow = Message(**values)
    for name in Message.model_fields:
        if name != "scanned_at":  # a default factory: the clock moved between the two
            assert getattr(fast, name) == getattr(slow, name), name
    assert fast.scanned_at is not None and fast.body is None and fast.references == ""
    engine = open_store(f"sqlite:///{tmp_path / 'rows.db'}")
    with Session(engine) as session:
        session.add(fast)
        session.commit()
        stored = session.exec(select(Message)).one()
        assert (stored.provider_id, stored.review) == ("INBOX:1:7", ReviewState.PENDING)
    with pytest.raises(TypeError, match="no field colour"):
        new_row(Message, colour="blue", **values)
    with pytest.raises(TypeError, match="needs to_status"):
        new_row(StatusEvent, application_id=1)
