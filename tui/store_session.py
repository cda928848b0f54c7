"""Short reads on the UI thread: one session, one query, closed at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

T = TypeVar("T")


def read(engine: Engine, query: Callable[[Session], T]) -> T:
    """Give what `query` reads in a fresh session (never writes)."""
    with Session(engine, expire_on_commit=False) as session:
        return query(session)
