"""Declarative base and the columns every record shares."""

# No ``from __future__ import annotations`` here: SQLAlchemy would have to evaluate every
# annotation as a string at start-up; plain annotations cost nothing.  Classes defined
# further down are named in quotes.
import enum
import uuid
from datetime import datetime, timezone

from sqlalchemy import DateTime, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Fixed constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    """Timestamps are stored as naive UTC; the screen converts to local time."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_uid() -> str:
    return str(uuid.uuid4())


def enum_column(enum_cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value (``"university"``), never by its Python name."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Keyed:
    """A record with a stable key: Excel exports and .ics files carry ``uid``, so that a
    re-import or a calendar update finds the same record even if its id changes."""

    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)


class Stamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Versioned:
    """A record a person edits in a form: ``version`` counts its saves.

    An update names the version it started from; a save based on an older version is
    refused (``db.errors.StaleRecord``) instead of silently overwriting someone else's
    work.  SQLAlchemy also checks it in the UPDATE itself (``version_id_col``), which
    guards a database shared by several computers.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


class Trashable:
    """Deleting sets ``deleted_at``; the record stays, hidden, until restored or purged."""

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True, default=None)


class Audited:
    """Marker: every insert, update and delete of this class is written to the change history.

    ``__audit_label__`` names the attribute shown as the record's label in the history;
    ``__audit_collections__`` maps relationships recorded as lists to the attribute that
    identifies each member (an id; a tag's name, since a tag is its name);
    ``__audit_parent__`` names the record this one is part of, as (table, foreign key);
    ``__audit_owner__`` names the relationship to the versioned record whose form edits
    this part, so that changing only the part still moves that record's version.
    """

    __audit_parent__: tuple[str, str] | None = None
    __audit_owner__: str | None = None

    __audit_label__ = "id"
    __audit_collections__: dict[str, str] = {}
    # Internal keys and derived columns are not changes a person made.
    __audit_ignore__: tuple[str, ...] = ("id", "uid", "created_at", "updated_at", "search_text", "sort_key",
                                         "version")
