"""The store on real SQLite: migrations, backups, pragmas, and the schema matching the models."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.dialects import sqlite
from sqlmodel import Session, SQLModel, col, select

import tracker.migrations
from tracker.applications import create_application
from tracker.models import (
    Application,
    Company,
    Message,
    ReviewState,
    Status,
    StatusEvent,
    UtcDateTime,
    new_row,
    row_values,
    sqlite_text,
)
from tracker.store import (
    SCHEMA_HEAD,
    NewRows,
    StoreError,
    create_engine,
    current_revision,
    find_company,
    migrate,
    normalize_company,
    open_store,
    schema_head,
    session_scope,
    write_many,
    writer,
)


def test_open_store_creates_the_schema_at_head_with_wal_and_busy_timeout(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'nextround.db'}"
    engine = open_store(url)
    assert current_revision(engine) == schema_head() == SCHEMA_HEAD
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert list(tmp_path.joinpath("sub").glob("*.bak")) == []  # a new file needs no backup


def test_a_sqlite_uri_names_its_file_not_a_directory_called_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "data dir" / "n.db"
    open_store(f"sqlite:///file:{db.as_posix().replace(' ', '%20')}?mode=rwc&uri=true").dispose()
    assert db.exists()
    # Read-only opens make no directory, and none is ever made in the working directory.
    with pytest.raises(StoreError):
        open_store(f"sqlite:///file:{tmp_path / 'missing' / 'n.db'}?mode=ro&uri=true")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data dir"]


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == [], "the models changed without a migration"


@pytest.mark.parametrize("form", ["{path}", "file:{path}?uri=true"])
def test_an_existing_database_is_copied_before_it_is_migrated(tmp_path: Path, form: str) -> None:
    db = tmp_path / "nextround.db"
    url = "sqlite:///" + form.format(path=db)
    engine = open_store(url)
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
    engine = create_engine(url)
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


def test_new_rows_get_their_ids_up_front_and_are_inserted_parents_first(
    database_url: str,
) -> None:
    engine = open_store(database_url)
    at = datetime(2026, 11, 2, 9, tzinfo=UTC)
    with Session(writer(engine), expire_on_commit=False) as session:
        application = create_application(session, company="Acme", role="A")
        assert application.id is not None
        rows = NewRows(session)
        first = rows.add(Message, account="work", provider_id="INBOX:1:1", date=at)
        assert rows and session.exec(select(Message)).all() == []  # not written yet
        rows.write()
        assert not rows
        # An event kept before the message it refers to (by the id the message will
        # get: ids come in order): the message is still inserted first, or the
        # foreign key would refuse the event.
        event = rows.add(
            StatusEvent,
            application_id=application.id,
            to_status=Status.REJECTED,
            at=at,
            message_id=first["id"] + 1,
        )
        second = rows.add(Message, account="work", provider_id="INBOX:1:2")
        assert second["id"] == first["id"] + 1
        rows.write()
        stored = session.exec(select(Message).order_by(col(Message.id))).all()
        assert [(m.id, m.provider_id, m.date) for m in stored] == [
            (first["id"], "INBOX:1:1", at),
            (second["id"], "INBOX:1:2", None),
        ]
        assert stored[0].review is ReviewState.APPLIED and stored[0].scanned_at is not None
        written = session.exec(select(StatusEvent)).one()
        assert (written.id, written.message_id, written.to_status) == (
            event["id"],
            second["id"],
            Status.REJECTED,
        )
        session.rollback()  # new rows belong to the transaction: nothing of them stays
    with Session(engine) as session:
        assert session.exec(select(Message)).all() == []
        assert session.exec(select(StatusEvent)).all() == []


def test_row_values_are_what_new_row_gives() -> None:
    values = {"account": "work", "provider_id": "INBOX:1:7", "label": "rejection"}
    plain = row_values(Message, **values)
    built = new_row(Message, **values)
    assert set(plain) == set(Message.model_fields)
    for name in Message.model_fields:
        if name != "scanned_at":  # made per row by the clock
            assert plain[name] == getattr(built, name), name
    with pytest.raises(TypeError, match="no field colour"):
        row_values(Message, colour="blue", **values)
    with pytest.raises(TypeError, match="needs to_status"):
        row_values(StatusEvent, application_id=1)


def test_changes_kept_in_new_rows_are_read_at_once_and_written_in_one_update(
    database_url: str,
) -> None:
    engine = open_store(database_url)
    at = datetime(2026, 11, 2, 9, tzinfo=UTC)
    with Session(writer(engine), expire_on_commit=False) as session:
        acme = create_application(session, company="Acme", role="A")
        rows = NewRows(session)
        globex = create_application(
            session, company="Globex", role="B", reserved_id=rows.reserve(Application)
        )
        assert globex.id is not None and globex.id > (acme.id or 0)
        rows.change(acme, status=Status.REJECTED, status_at=at)
        rows.change(globex, status=Status.INTERVIEWING)
        rows.change(acme, last_activity_at=at)
        assert (acme.status, acme.last_activity_at) == (Status.REJECTED, at)
        assert acme not in session.dirty  # nothing for the unit of work: write() does it
        rows.write()
        session.commit()
    with Session(engine) as session:
        stored = {
            a.role: (a.status, a.status_at, a.last_activity_at)
            for a in session.exec(select(Application)).all()
        }
    assert stored["A"] == (Status.REJECTED, at, at)
    assert stored["B"][0] is Status.INTERVIEWING


def test_rows_written_through_the_driver_are_stored_as_sqlalchemy_stores_them(
    tmp_path: Path,
) -> None:
    """write_many hands SQLite's driver values it converted itself: each must be stored
    exactly as SQLAlchemy's own path stores it (dates in any zone, enums as members and
    as strings, None, booleans), or later queries and sorting would read them wrong."""
    paris = timezone(timedelta(hours=1))
    rows = [
        row_values(
            Application,
            id=n,
            company_id=1,
            role=f"Role {n}",
            applied_at=[datetime(2026, 11, 2, 9, tzinfo=UTC), None][n % 2],
            status=[Status.REJECTED, "interviewing", Status.APPLIED][n % 3],
            status_at=datetime(2026, 11, 2, 10, 30, 5, 123, tzinfo=paris),
            last_activity_at=datetime(2026, 11, 2, 23, 59),  # naive: taken as UTC
            archived=n % 2 == 0,
            job_id=None if n % 2 else f"R-{n}",
        )
        for n in range(1, 7)
    ]
    changes = [
        {"row_id": 2, "status": Status.OFFER, "status_at": datetime(2027, 1, 1, tzinfo=paris)},
        {"row_id": 5, "status": "ghosted", "status_at": None},
    ]
    stored = []
    for way in ("sqlalchemy", "driver"):
        engine = open_store(f"sqlite:///{tmp_path / way}.db")
        table = SQLModel.metadata.tables["application"]
        with Session(writer(engine)) as session:
            session.add(Company(id=1, name="Acme", key="acme"))
            session.flush()
            connection = session.connection()
            if way == "driver":
                write_many(connection, table, "insert", tuple(rows[0]), rows)
                write_many(connection, table, "update", ("status", "status_at"), changes)
            else:
                connection.execute(sa.insert(table), rows)
                connection.execute(
                    sa.update(table).where(table.c.id == sa.bindparam("row_id")), changes
                )
            session.commit()
        with sqlite3.connect(tmp_path / f"{way}.db") as raw:
            stored.append(raw.execute("SELECT * FROM application ORDER BY id").fetchall())
    assert stored[0] == stored[1]
    assert len(stored[0]) == 6 and stored[0][1] != stored[0][3]  # the updates took


def test_times_are_written_to_sqlite_as_sqlalchemys_datetime_writes_them() -> None:
    """UtcDateTime's one-step SQLite conversion gives the text of its two steps:
    process_bind_param, then SQLAlchemy's own SQLite DateTime."""
    dialect = sqlite.dialect()
    decorator = UtcDateTime()
    fast = decorator.dialect_impl(dialect).bind_processor(dialect)
    assert fast is sqlite_text  # what the ORM and write_many use on SQLite
    plain = sa.DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert plain is not None
    paris = timezone(timedelta(hours=1))
    for moment in (
        None,
        datetime(2026, 11, 2, 9, tzinfo=UTC),
        datetime(2026, 11, 2, 10, 30, 5, 123, tzinfo=paris),
        datetime(2026, 11, 2, 23, 59, 59, 999999),  # naive: taken as UTC
        datetime(999, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2024, 2, 29, 0, 30, tzinfo=timezone(timedelta(hours=14))),
    ):
        assert sqlite_text(moment) == plain(decorator.process_bind_param(moment, dialect))


def test_writers_take_turns_on_postgresql_too(postgres_server: Any) -> None:
    # Two writers interleaving would each store a status derived without the other's
    # events; SQLite's BEGIN IMMEDIATE makes them take turns, and so must PostgreSQL.
    engine = open_store(postgres_server.create_database("writers_turns"))
    first_holds = threading.Event()
    second_wrote = threading.Event()

    def second_writer() -> None:
        first_holds.wait(10)
        with session_scope(engine) as session:
            session.add(Company(name="Second", key="second"))
        second_wrote.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    with session_scope(engine) as session:
        session.add(Company(name="First", key="first"))
        session.flush()
        first_holds.set()
        assert not second_wrote.wait(1.0), "a second writer went ahead of the first"
    assert second_wrote.wait(10), "the second writer never got its turn"
    thread.join(10)
    with Session(engine) as session:
        assert {c.name for c in session.exec(select(Company)).all()} == {"First", "Second"}
    # Readers never wait for a writer.
    with session_scope(engine) as session:
        session.add(Company(name="Third", key="third"))
        session.flush()
        with Session(engine) as reader:
            assert len(reader.exec(select(Company)).all()) == 2


def test_a_database_already_at_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nextround.db'}"
    open_store(url).dispose()
    # Every command opens the store: alembic (with mako and pygments) is for migrating.
    script = (
        "import sys\nfrom tracker.store import open_store\n"
        f"open_store({url!r})\nprint(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
