"""The tables: companies, applications, the mail behind them, their history, follow-ups, cursors.

Timestamps are timezone-aware UTC in Python; SQLite keeps them as naive UTC text,
so `UtcDateTime` puts the zone back on the way out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import class_mapper, relationship
from sqlalchemy.orm.attributes import set_attribute
from sqlmodel import Field, Relationship, SQLModel

E = TypeVar("E", bound=StrEnum)


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Give `value` in UTC; a naive one is taken to be UTC already (as SQLite gives them)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A DateTime that always comes back timezone-aware (UTC), on SQLite too."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not UTC:  # already UTC (the usual case): no conversion
            value = as_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name == "sqlite":
            # A scan writes thousands of times: one step where process_bind_param and
            # SQLAlchemy's SQLite DateTime took two (tests/test_store.py holds them alike).
            return sqlite_text
        return super().bind_processor(dialect)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return as_utc(value)


def sqlite_text(value: datetime | None) -> str | None:
    """Give `value` as SQLite keeps a UtcDateTime: naive UTC text, exactly as
    process_bind_param and SQLAlchemy's SQLite DateTime write it ("2026-11-02 09:00:00.000000")."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = as_utc(value)
    return value.isoformat(" ", "microseconds")[:-6]  # without its "+00:00"


class EnumText(sa.types.TypeDecorator[E], Generic[E]):
    """An enum kept as its plain value ("rejected"), readable in any SQL client and
    free of PostgreSQL enum types that would need a migration per new member."""

    impl = sa.String(20)
    cache_ok = True

    def __init__(self, enum: type[E]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, self.enum):
            return str(value._value_)  # a member already: no lookup by value
        return str(self.enum(value).value)

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        return None if value is None else self.enum(value)


def _enum_column(enum: type[StrEnum], *, nullable: bool = False) -> Any:
    return sa.Column(EnumText(enum), nullable=nullable, index=True)


def _utc_column(*, nullable: bool = True, index: bool = False) -> Any:
    return sa.Column(UtcDateTime(), nullable=nullable, index=index)


class Status(StrEnum):
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    PAUSED = "paused"
    GHOSTED = "ghosted"


class EventCause(StrEnum):
    MAIL = "mail"
    MANUAL = "manual"
    RULE = "rule"


class FollowUpState(StrEnum):
    PENDING = "pending"
    """Created by a rejection; becomes due after the cool-down."""
    DRAFTED = "drafted"
    SKIPPED = "skipped"
    SENT = "sent"


class ReviewState(StrEnum):
    APPLIED = "applied"
    """The detection changed the application (or needed no change)."""
    PENDING = "pending"
    """Uncertain label or ambiguous match: waits for the user."""
    DISMISSED = "dismissed"
    CORRECTED = "corrected"


class Company(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    key: str = Field(index=True, unique=True)
    """The name without case, punctuation or legal suffix ("Acme, Inc." -> "acme"): what matching compares."""
    domains: str = ""
    """Comma-separated mail domains seen for this company."""
    aliases: str = ""
    """Comma-separated other names, already in key form."""
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class Application(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    role: str = ""
    location: str = ""
    source: str = ""
    url: str = ""
    job_id: str | None = Field(default=None, index=True)
    applied_at: datetime | None = Field(default=None, sa_column=_utc_column())
    status: Status = Field(default=Status.APPLIED, sa_column=_enum_column(Status))
    status_at: datetime | None = Field(default=None, sa_column=_utc_column())
    last_activity_at: datetime | None = Field(default=None, sa_column=_utc_column())
    contact_name: str = ""
    contact_email: str = ""
    notes: str = ""
    next_action_at: datetime | None = Field(default=None, sa_column=_utc_column())
    archived: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


M = TypeVar("M", bound=SQLModel)


def new_row(model: type[M], **values: Any) -> M:
    """Give a new, unsaved row of `model`, like `model(**values)` at a fifth of the cost.

    A scan creates a message and an event for every job mail; SQLModel's constructor
    routes each field through pydantic and its own __setattr__ (~140 us a row), while
    the rows are built here from values that are already typed. Fields not given
    get their declared defaults, as with the constructor.
    """
    row = class_mapper(model).class_manager.new_instance()
    for name, value in row_values(model, **values).items():
        set_attribute(row, name, value)
    return row


def row_values(model: type[SQLModel], **values: Any) -> dict[str, Any]:
    """Give the value of every field of a new `model` row: those given, the declared defaults else.

    What an INSERT of the row needs, without an ORM object (store.NewRows); the
    same values the constructor and new_row would give the row.
    """
    fields = _fields(model)
    if not values.keys() <= fields.names:
        unknown = [name for name in values if name not in fields.names]
        raise TypeError(f"{model.__name__} has no field {', '.join(unknown)}")
    for name in fields.required:
        if name not in values:
            raise TypeError(f"{model.__name__} needs {name}")
    row = {**fields.defaults, **values}
    for name, make in fields.factories:
        if name not in values:
            row[name] = make()
    return row


@dataclass(frozen=True)
class _Fields:
    """The fields of a model as new rows need them: names, and the default of each."""

    names: frozenset[str]
    required: tuple[str, ...]
    defaults: dict[str, Any]
    """Plain default values, by field name."""
    factories: tuple[tuple[str, Callable[[], Any]], ...]
    """Fields whose default is made per row (utcnow)."""


@functools.cache
def _fields(model: type[SQLModel]) -> _Fields:
    """Give the fields of `model` as new rows need them (read once per model)."""
    required: list[str] = []
    defaults: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for name, field in model.model_fields.items():
        if field.is_required():
            required.append(name)
        elif field.default_factory is not None:
            # Our factories take no arguments (utcnow); asking pydantic costs a signature() each.
            factories.append((name, field.default_factory))  # type: ignore[arg-type]
        else:
            defaults[name] = field.default
    return _Fields(frozenset(model.model_fields), tuple(required), defaults, tuple(factories))


def _written_after(column: str) -> Any:
    """Give a relationship to Message that only orders INSERTs: the message goes first in a flush.

    Rows may get their ids up front (store.IdReserve) and be flushed many at once;
    without a relationship the unit of work would not know that a follow-up's
    message must be inserted before it. Never loaded, never assigned. (A scan's
    own new rows bypass the unit of work: store.NewRows orders its INSERTs itself.)
    """
    return relationship("Message", foreign_keys=column, lazy="raise")


class Message(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("account", "provider_id", name="uq_message_provider"),)

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(index=True)
    provider_id: str
    message_id: str | None = Field(default=None, index=True)
    """RFC 5322 Message-ID with angle brackets."""
    thread_key: str | None = Field(default=None, index=True)
    in_reply_to: str | None = None
    references: str = ""
    """Space-separated Message-IDs of the References header."""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    to: str = ""
    subject: str = ""
    date: datetime | None = Field(default=None, sa_column=_utc_column(index=True))
    snippet: str = ""
    body: str | None = None
    """The text, only when the user opted in with scan.keep_bodies."""
    sent_by_user: bool = False
    label: str = Field(default="other", index=True)
    outcome: str | None = None
    confidence: float = 0.0
    reasons: str = ""
    """The classifier's reasons, one per line."""
    company_guess: str | None = None
    role_guess: str | None = None
    job_id: str | None = None
    application_id: int | None = Field(default=None, foreign_key="application.id", index=True)
    review: ReviewState = Field(default=ReviewState.APPLIED, sa_column=_enum_column(ReviewState))
    review_reason: str = ""
    scanned_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class StatusEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    from_status: Status | None = Field(
        default=None, sa_column=sa.Column(EnumText(Status), nullable=True)
    )
    to_status: Status = Field(sa_column=sa.Column(EnumText(Status), nullable=False))
    at: datetime = Field(sa_column=_utc_column(nullable=False))
    """When it happened: the mail's date, or the moment of a manual change."""
    cause: EventCause = Field(
        default=EventCause.MAIL, sa_column=sa.Column(EnumText(EventCause), nullable=False)
    )
    message_id: int | None = Field(default=None, foreign_key="message.id", index=True)
    message: Message | None = Relationship(sa_relationship=_written_after("StatusEvent.message_id"))
    note: str = ""
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class FollowUp(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    reply_to_message_id: int = Field(foreign_key="message.id", unique=True)
    """The rejection this follow-up answers (one follow-up per rejection)."""
    reply_to: Message | None = Relationship(
        sa_relationship=_written_after("FollowUp.reply_to_message_id")
    )
    due_at: datetime = Field(sa_column=_utc_column(nullable=False, index=True))
    state: FollowUpState = Field(
        default=FollowUpState.PENDING, sa_column=_enum_column(FollowUpState)
    )
    account: str = ""
    draft_id: str | None = None
    recipient: str = ""
    subject: str = ""
    body: str = ""
    drafted_at: datetime | None = Field(default=None, sa_column=_utc_column())
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class AccountState(SQLModel, table=True):
    account: str = Field(primary_key=True)
    cursor: str = ""
    """The connector's cursor as JSON; empty before the first scan."""
    last_scan_at: datetime | None = Field(default=None, sa_column=_utc_column())
    last_result: str = ""
    last_error: str = ""


class Correction(SQLModel, table=True):
    """A change the user made to what a scan decided: kept so it can be shown and learned from."""

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    kind: str
    """accept, relabel, move or dismiss."""
    old_label: str = ""
    new_label: str = ""
    old_application_id: int | None = None
    new_application_id: int | None = None
    at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))


class SenderRule(SQLModel, table=True):
    """The user's rule for one sender ("this sender is a newsletter"): an address or an @domain."""

    id: int | None = Field(default=None, primary_key=True)
    sender: str = Field(unique=True, index=True)
    label: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc_column(nullable=False))
