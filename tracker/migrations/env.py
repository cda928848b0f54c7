"""Alembic environment: always run programmatically by tracker.store with a live connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import tracker.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` from a shell takes this path
    raise RuntimeError("run migrations through tracker.store.migrate(), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
