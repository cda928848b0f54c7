"""The database: engine, migrations, sessions and the queries the rest of the core shares.

Store functions take the session first and everything else by keyword.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, SQLModel, col, or_, select

from tracker.models import (
    AccountState,
    Application,
    Company,
    FollowUp,
    FollowUpState,
    Message,
    Status,
    row_values,
    utcnow,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


class StoreError(Exception):
    """The database cannot be opened, migrated or written; the message says which and why."""


def open_store(url: str) -> Engine:
    """Give an engine on `url` with the schema migrated to the latest version."""
    engine = create_engine(url)
    try:
        migrate(engine)
    except OperationalError as error:
        raise StoreError(f"cannot open the database {_safe_url(engine)}: {error.orig}") from None
    return engine


def create_engine(url: str) -> Engine:
    """Give an engine; SQLite gets WAL, a busy timeout and foreign keys."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreError(f"database.url is not a valid SQLAlchemy URL: {url!r}") from None
    if parsed.get_backend_name() != "sqlite":
        return _serialized_writers(sa.create_engine(url, pool_pre_ping=True))
    path = sqlite_file(parsed)
    if path is not None and _opens_for_writing(parsed):
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @sa.event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # We say BEGIN ourselves (below) instead of leaving it to the sqlite3 module,
        # so a writer can take the write lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL lets the dashboard read while a scan writes; the busy timeout makes
        # two writers wait for each other instead of failing with "database is locked".
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        # A writer that first reads under WAL holds a snapshot; if another process commits
        # meanwhile, its first write fails at once with "database is locked", whatever the
        # busy timeout. BEGIN IMMEDIATE takes the write lock first (waiting up to the busy
        # timeout), so what the transaction reads is current. Readers stay DEFERRED.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """Give the engine for transactions that read and then write: one at a time."""
    return engine.execution_options(sqlite_begin="IMMEDIATE", writes=True)


_WRITERS_LOCK = 0x6E657874726F756E  # "nextroun": one advisory lock per database
"""The PostgreSQL advisory lock that writing transactions take (see `_serialized_writers`)."""


def _serialized_writers(engine: Engine) -> Engine:
    """Give `engine` with its writing transactions taken one at a time, as on SQLite.

    A scan reads an application's history, derives its status and writes it back at
    the end of its batch. Two writers interleaving (two accounts' scans, a scan and
    the user's correction) would each write a status derived without the other's
    events. A transaction-level advisory lock, taken first, makes each writer read
    only after the one before it committed; readers never wait.
    """

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        if connection.get_execution_options().get("writes"):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_WRITERS_LOCK})")

    return engine


class IdReserve:
    """Primary keys for new rows of one table, handed out before their INSERT.

    A row that knows its id needs no flush of its own: a scan stores hundreds of
    messages, their events and follow-ups in a few batched INSERTs instead of one
    round trip each. Valid for one writing transaction only. On SQLite the
    transaction holds the write lock (BEGIN IMMEDIATE), so max(id) + 1 onwards is
    ours, and SQLite would have chosen the same numbers itself; elsewhere ids come
    from the table's sequence, in blocks.
    """

    BLOCK = 100

    def __init__(self, session: Session, table: type[SQLModel]) -> None:
        self._session = session
        self._table = str(table.__tablename__)
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._last: int | None = None
        self._free: list[int] = []

    def next(self) -> int:
        """Give the next free id."""
        if self._sqlite:
            if self._last is None:
                # Read once, after a flush: rows this transaction added must count, and
                # the ones handed out from here on may stay unflushed for a while.
                self._session.flush()
                top = self._session.connection().execute(
                    sa.text(f"SELECT max(id) FROM {self._table}")
                )
                self._last = int(top.scalar() or 0)
            self._last += 1
            return self._last
        if not self._free:
            drawn = self._session.connection().execute(
                sa.text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id'))"
                    " FROM generate_series(1, :n)"
                ),
                {"table": self._table, "n": self.BLOCK},
            )
            self._free = sorted((int(n) for n in drawn.scalars()), reverse=True)
        return self._free.pop()


class NewRows:
    """New rows of one writing transaction, kept as plain values and INSERTed table by table.

    A scan stores a message for every job mail, and an event and maybe a follow-up
    with it. As ORM objects, each row cost attribute events on every field and the
    unit of work's bookkeeping at the flush (about half of what storing a batch
    cost); as values whose ids are reserved up front (IdReserve) they need one
    executemany INSERT per table. The rows are invisible to queries until write():
    whoever keeps rows here writes them before reading what they may change.

    Changes to rows the session holds can be kept here too (change()): a scan
    recomputes an application's status at every job mail, and one UPDATE per
    batch then writes the last values instead of the unit of work's many.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[type[SQLModel], IdReserve] = {}
        self._rows: dict[type[SQLModel], list[dict[str, Any]]] = {}
        self._changes: dict[type[SQLModel], dict[int, dict[str, Any]]] = {}

    def __bool__(self) -> bool:
        """Say whether rows or changes wait to be written."""
        return bool(self._rows or self._changes)

    def add(self, model: type[SQLModel], **values: Any) -> dict[str, Any]:
        """Give the new row's values, its reserved id among them; it is INSERTed by write()."""
        row = row_values(model, id=self.reserve(model), **values)
        self._rows.setdefault(model, []).append(row)
        return row

    def reserve(self, model: type[SQLModel]) -> int:
        """Give a free id of `model`'s table, for a row this transaction adds (here, or to the session)."""
        ids = self._ids.get(model)
        if ids is None:
            ids = self._ids[model] = IdReserve(self._session, model)
        return ids.next()

    def change(self, row: SQLModel, **values: Any) -> None:
        """Set fields of a row the session holds; they are UPDATEd by write(), not by a flush.

        The row reads the new values at once, and the session takes them for what
        the database holds: it has nothing of them to flush. Valid while the
        transaction lasts; after a rollback the row is stale.
        """
        for name, value in values.items():
            set_committed_value(row, name, value)
        row_id = getattr(row, "id")  # noqa: B009 - every table with changes here has an id
        self._changes.setdefault(type(row), {}).setdefault(row_id, {}).update(values)

    def write(self) -> None:
        """Write what was kept so far: the new rows, parents before children, then the changes."""
        if not self:
            return
        # The rows refer to applications the session may not have flushed yet.
        self._session.flush()
        connection = self._session.connection()
        for model in sorted(self._rows, key=_table_rank):
            rows = self._rows[model]
            write_many(connection, _table(model), "insert", tuple(rows[0]), rows)
        self._rows.clear()
        for model, changes in self._changes.items():
            by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row_id, values in changes.items():
                by_fields.setdefault(tuple(sorted(values)), []).append({"row_id": row_id, **values})
            for fields, params in by_fields.items():
                # The SET clause takes the fields of the parameters; one statement for all rows.
                write_many(connection, _table(model), "update", fields, params)
        self._changes.clear()


def write_many(
    connection: sa.Connection,
    table: sa.Table,
    kind: Literal["insert", "update"],
    fields: tuple[str, ...],
    params: list[dict[str, Any]],
) -> None:
    """INSERT a row into `table` for each of `params`, or UPDATE the row whose id is its
    "row_id"; each sets exactly `fields`.

    On SQLite the rows go straight to the driver's executemany, each value converted
    as SQLAlchemy would convert it. Through SQLAlchemy, which builds and converts every
    row's parameters in Python, a row cost about 40 us to write, and writing a third of
    what storing a scan's batch cost; this way a quarter to a third less. Other
    databases keep SQLAlchemy's path: its "insertmanyvalues" sends many rows in one
    statement there, which saves round trips to a server.
    """
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(_statement(table, kind), params)
        return
    sql, order, converters = _for_driver(dialect, table, kind, fields)
    values = itemgetter(*order)
    converted = [(place, convert) for place, convert in enumerate(converters) if convert]
    rows = []
    for row in params:
        ordered = list(values(row)) if len(order) > 1 else [values(row)]
        for place, convert in converted:
            ordered[place] = convert(ordered[place])
        rows.append(tuple(ordered))
    connection.exec_driver_sql(sql, rows)


def _table(model: type[SQLModel]) -> sa.Table:
    return SQLModel.metadata.tables[str(model.__tablename__)]


def _statement(table: sa.Table, kind: Literal["insert", "update"]) -> sa.Insert | sa.Update:
    if kind == "insert":
        return sa.insert(table)
    return sa.update(table).where(table.c.id == sa.bindparam("row_id"))


@functools.lru_cache(maxsize=64)
def _for_driver(
    dialect: sa.Dialect, table: sa.Table, kind: Literal["insert", "update"], fields: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...]]:
    """Give the SQL of `write_many`'s statement as the driver takes it, the names of its
    parameters in order, and the conversion SQLAlchemy applies to each (None: none)."""
    compiled = _statement(table, kind).compile(dialect=dialect, column_keys=list(fields))
    assert compiled.positional and compiled.positiontup is not None, "SQLite's style is '?'"
    order = tuple(compiled.positiontup)
    converters = tuple(
        compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order
    )
    return compiled.string, order, converters


def _table_rank(model: type[SQLModel]) -> int:
    """Give where `model`'s table comes when inserting: after every table it refers to."""
    names = [table.name for table in SQLModel.metadata.sorted_tables]
    return names.index(str(model.__tablename__))


if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = "tracker:migrations"
SCHEMA_HEAD = "0001"
"""The newest revision in MIGRATIONS (tests/test_store.py holds it to alembic's own
answer): a database already at it opens without importing alembic, which costs every
command about 11 MB and 0.2 s."""


def _alembic_config(script_location: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location)
    return config


def schema_head(script_location: str = MIGRATIONS) -> str:
    """Give the newest schema revision this version of nextround knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _recorded_revision(engine: Engine) -> str | None:
    """Give the revision the database records, read without alembic; None when none is."""
    try:
        with engine.connect() as connection:
            found = connection.execute(sa.text("SELECT version_num FROM alembic_version"))
            return found.scalar()
    except SQLAlchemyError:  # no such table yet: a new database (alembic says the rest)
        return None


def migrate(engine: Engine, *, script_location: str = MIGRATIONS) -> None:
    """Bring the schema to the newest revision; back up an existing SQLite file first."""
    if script_location == MIGRATIONS and _recorded_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    head = schema_head(script_location)
    current = current_revision(engine)
    if current == head:
        return
    if current is not None:
        backup = backup_sqlite(engine, suffix=f"before-{head}")
        if backup:
            log.info("kept a copy of the database at %s before migrating", backup)
    config = _alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite(engine: Engine, *, suffix: str) -> Path | None:
    """Copy a SQLite database file beside itself (consistently, with SQLite's backup API)."""
    if engine.dialect.name != "sqlite":
        return None
    source_path = sqlite_file(engine.url)
    if source_path is None or not source_path.exists():
        return None
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    target = source_path.with_name(f"{source_path.name}.{suffix}-{stamp}.bak")
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def sqlite_file(url: sa.URL) -> Path | None:
    """Give the file a SQLite URL names, or None for an in-memory database.

    With `uri=true` the database is a SQLite URI ("file:/path/n.db?mode=ro"): the
    file is its path, not a relative directory called "file:".
    """
    database = url.database
    if not database or database == ":memory:":
        return None
    if _is_uri(url) and database.startswith("file:"):
        parts = urllib.parse.urlsplit(database)
        if parts.path in ("", ":memory:") or _uri_option(url, "mode") == "memory":
            return None
        return Path(urllib.parse.unquote(parts.path)).expanduser()
    return Path(database).expanduser()


def _is_uri(url: sa.URL) -> bool:
    return str(url.query.get("uri", "")).lower() in ("true", "1", "yes", "on")


def _uri_option(url: sa.URL, name: str) -> str:
    value = url.query.get(name, "")
    return value if isinstance(value, str) else value[-1]


def _opens_for_writing(url: sa.URL) -> bool:
    """Give whether SQLite may create the file (a read-only open never makes a directory)."""
    return not (_is_uri(url) and _uri_option(url, "mode") == "ro")


def _safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Give a writing session that commits on success and rolls back on any error."""
    session = Session(writer(engine), expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def describe_database_error(error: SQLAlchemyError) -> str:
    """One line for a person: what went wrong with the database."""
    original = getattr(error, "orig", None) or error
    text = str(original).splitlines()[0] if str(original) else type(original).__name__
    if "readonly" in text or "read-only" in text:
        return "the database is read-only; check the permissions of the data directory"
    if ("disk" in text and "full" in text) or "disk I/O error" in text:
        return "could not write the database (is the disk full?); nothing was lost, free some space and scan again"
    if "locked" in text:
        return "the database is busy (another scan?); try again in a moment"
    return f"database error: {text}"


# Queries ---------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def normalize_company(name: str) -> str:
    """Give the key that makes "Acme, Inc." and "ACME" the same company (remembered:
    a scan asks for the same few names at every job mail)."""
    words = [w for w in _COMPANY_SPLIT.split(name.lower()) if w]
    while words and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    if words and words[0] == "the":
        words = words[1:]
    # joined without spaces: "Juniper Ledger" (a signature) and "Juniperledger" (a domain) meet
    return "".join(words)


_COMPANY_SPLIT = re.compile(r"[^\w&+]+")
_COMPANY_SUFFIXES = {
    "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "corp", "corporation",
    "co", "company", "plc", "sa", "bv", "nv", "sas", "srl", "pty", "oy", "ab", "as",
}  # fmt: skip


def find_company(session: Session, *, name: str) -> Company | None:
    """Give the company called `name` (or one of its aliases), ignoring case, punctuation and legal suffixes."""
    key = normalize_company(name)
    if not key:
        return None
    # Companies are flushed as soon as they are made (get_or_create_company), so this
    # lookup need not flush everything else pending in a scan's transaction first.
    with session.no_autoflush:
        found = session.exec(
            select(Company).where(or_(Company.key == key, col(Company.aliases).contains(key)))
        ).all()
    exact = next((c for c in found if c.key == key), None)
    return exact or next((c for c in found if key in c.aliases.split(",")), None)


def get_or_create_company(session: Session, *, name: str, domain: str | None = None) -> Company:
    company = find_company(session, name=name)
    if company is None:
        clean = name.strip()
        company = Company(name=clean, key=normalize_company(clean) or clean.lower())
        session.add(company)
        session.flush()
    if domain:
        domains = set(filter(None, company.domains.split(",")))
        if domain not in domains:
            company.domains = ",".join(sorted(domains | {domain}))
            session.add(company)
    return company


def list_applications(
    session: Session,
    *,
    statuses: Sequence[str] | None = None,
    include_archived: bool = False,
) -> list[tuple[Application, Company]]:
    """Give applications with their companies, most recent activity first."""
    query = select(Application, Company).join(Company, col(Application.company_id) == Company.id)
    if not include_archived:
        query = query.where(col(Application.archived).is_(False))
    if statuses:
        query = query.where(col(Application.status).in_(list(statuses)))
    query = query.order_by(
        col(Application.last_activity_at).desc().nulls_last(), col(Application.id).desc()
    )
    return [(app, company) for app, company in session.exec(query).all()]


def application_with_company(
    session: Session, *, application_id: int
) -> tuple[Application, Company] | None:
    row = session.exec(
        select(Application, Company)
        .join(Company, col(Application.company_id) == Company.id)
        .where(Application.id == application_id)
    ).first()
    return None if row is None else (row[0], row[1])


def load_cursor(session: Session, *, account: str) -> dict[str, Any] | None:
    state = session.get(AccountState, account)
    if state is None or not state.cursor:
        return None
    value = json.loads(state.cursor)
    return value if isinstance(value, dict) else None


def save_cursor(
    session: Session, *, account: str, cursor: Any, when: datetime | None = None
) -> None:
    state = session.get(AccountState, account) or AccountState(account=account)
    state.cursor = json.dumps(cursor, sort_keys=True)
    state.last_scan_at = when or utcnow()
    session.add(state)


def record_scan_result(session: Session, *, account: str, result: str, error: str = "") -> None:
    state = session.get(AccountState, account) or AccountState(account=account)
    state.last_scan_at = utcnow()
    state.last_result = result
    state.last_error = error
    session.add(state)


def followups(
    session: Session,
    *,
    states: Sequence[FollowUpState] | None = None,
    still_rejected: bool = False,
) -> list[tuple[FollowUp, Application, Company]]:
    """Give follow-ups with their application and company, soonest due first.

    `still_rejected` leaves out those whose application was reopened since (an
    interview after all, or the user's own change): there is nothing to answer.
    """
    query = (
        select(FollowUp, Application, Company)
        .join(Application, col(FollowUp.application_id) == Application.id)
        .join(Company, col(Application.company_id) == Company.id)
    )
    if states:
        query = query.where(col(FollowUp.state).in_([s.value for s in states]))
    if still_rejected:
        query = query.where(col(Application.status) == Status.REJECTED.value)
    query = query.order_by(col(FollowUp.due_at))
    return [(f, a, c) for f, a, c in session.exec(query).all()]


def messages_for(session: Session, *, application_id: int) -> list[Message]:
    query = (
        select(Message)
        .where(Message.application_id == application_id)
        .order_by(col(Message.date).nulls_first(), col(Message.id))
    )
    return list(session.exec(query).all())
