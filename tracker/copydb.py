"""Copying a whole nextround database to another (SQLite to PostgreSQL, typically)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

import tracker.models  # noqa: F401  (registers the tables)
from tracker.store import StoreError, open_store

CHUNK = 1000


def copy_database(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every row from source to an empty target (both migrated first); give rows per table."""
    source = open_store(source_url)
    target = open_store(target_url)
    tables = SQLModel.metadata.sorted_tables  # parents before children
    copied: dict[str, int] = {}
    with target.begin() as destination:
        for table in tables:
            if destination.execute(sa.select(sa.func.count()).select_from(table)).scalar():
                raise StoreError(
                    f"the target database already has {table.name} rows; copy into an empty database"
                )
        with source.connect() as origin:
            for table in tables:
                count = 0
                result = origin.execution_options(yield_per=CHUNK).execute(table.select())
                for rows in result.mappings().partitions(CHUNK):
                    destination.execute(table.insert(), [dict(row) for row in rows])
                    count += len(rows)
                copied[table.name] = count
        if destination.dialect.name == "postgresql":
            _reset_sequences(destination, tables)
    source.dispose()
    target.dispose()
    return copied


def _reset_sequences(connection: sa.Connection, tables: list[sa.Table]) -> None:
    # Rows arrived with their ids, so each serial sequence must move past the largest.
    for table in tables:
        if "id" not in table.c or not isinstance(table.c.id.type, sa.Integer):
            continue
        connection.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name},
        )
