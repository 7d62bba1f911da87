"""Shared pieces of the services: pages of results, lookups, validation helpers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db import audit
from db.errors import (
    BAD_CHOICE,
    BAD_EMAIL,
    BAD_URL,
    END_BEFORE_START,
    NOT_NEGATIVE,
    QT_TRANSLATE_NOOP,
    RECORD_NAMES,
    REQUIRED,
    TOO_LONG,
    NotFound,
    Problems,
    StaleRecord,
)
from db.models import Change, Operation
from db.text import clean, like_pattern, search_terms

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

NO_SUCH_RECORD = QT_TRANSLATE_NOOP("Errors", "There is no {record} with id {id}.")
IN_TRASH = QT_TRANSLATE_NOOP("Errors", "The {record} with id {id} is in the trash; restore it first.")
STALE = QT_TRANSLATE_NOOP(
    "Errors",
    "{user} changed the {record} “{label}” at {at}, after you opened it; nothing was saved. "
    "Open it again to see the changes, then repeat yours.",
)
STALE_UNRECORDED = QT_TRANSLATE_NOOP(
    "Errors",
    "The {record} “{label}” was changed at {at}, after you opened it; nothing was saved. "
    "Open it again to see the changes, then repeat yours.",
)
NO_VERSION = QT_TRANSLATE_NOOP(
    "Errors",
    "The {record} “{label}” was saved without saying which version it was edited from; "
    "nothing was saved. Open it again, then repeat your changes.",
)
SAVED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else saved the {record} “{label}” at the same moment; nothing was saved. "
    "Open it again, then repeat your changes.",
)
# Parts saved through their record's form: their changes move the record's version.
_PARTS = ("agreement_party", "signatory", "scope_item")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One slice of a list query and how many rows the whole query has.

    A search with other filters may stop counting: then ``total_is_capped`` is True
    and the query has at least ``total`` rows (show "1,000+").
    """

    items: list[T]
    total: int
    offset: int = 0
    total_is_capped: bool = False


@dataclass(frozen=True)
class Saved(Generic[T]):
    """What a use case that changes data hands back: the record as saved (with its new
    ``version``; None after a purge) and the id of its ``Operation`` in the change
    history (None when nothing needed changing)."""

    record: T | None
    operation_id: int | None


def saved(session: Session, record: T | None) -> Saved[T]:
    return Saved(record, session.info.get(audit.OPERATION_ID))


def local_time(at: datetime) -> str:
    """A stored (naive UTC) time as people read it: local time, to the minute."""
    return at.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _stale(session: Session, obj: Any, message: str) -> StaleRecord:
    table = type(obj).__tablename__
    key = str(inspect(obj).identity[0]) if inspect(obj).identity else ""
    this = (Change.entity == table) & (Change.entity_id == key)
    parts = (Change.parent_entity == table) & (Change.parent_id == key) & Change.entity.in_(_PARTS)
    with session.no_autoflush:
        latest = session.execute(
            select(Operation.user, Operation.at).join(Change.operation).where(this | parts)
            .order_by(Change.id.desc()).limit(1)
        ).first()
    label = getattr(obj, "display_name", None) or getattr(obj, "title", None) or key
    if latest is not None:
        user, at = latest
    else:  # changed by a path the history does not record (bulk demo data)
        user, at = None, obj.updated_at
        message = STALE_UNRECORDED if message == STALE else message
    error = StaleRecord(message, record=RECORD_NAMES.get(table, table), label=label, user=user or "",
                        at=local_time(at), version=obj.version)
    # For screens that show the time their own way: naive UTC, as stored.
    error.changed_by, error.changed_at = user, at
    return error


def check_version(session: Session, obj: Any, version: int | None) -> None:
    """Refuse an update that did not start from the record's current version.

    ``version=None`` is refused too: a form always knows the version it showed, and an
    import passes the version it read; guessing "the latest" would bring back the
    silent overwrite this check exists to prevent.
    """
    if version is None:
        raise _stale(session, obj, NO_VERSION)
    if version != obj.version:
        raise _stale(session, obj, STALE)


def flush_checked(session: Session, obj: Any) -> None:
    """Flush; the UPDATE's own version check (another computer saved between our read
    and our write, possible on a server database) becomes a ``StaleRecord`` too."""
    table = type(obj).__tablename__
    label = getattr(obj, "display_name", None) or getattr(obj, "title", None) or str(obj.id)
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(SAVED_MEANWHILE, record=RECORD_NAMES.get(table, table), label=label) from None


def fetch(session: Session, model: type[T], record_id: int, *, allow_trashed: bool = False) -> T:
    obj = session.get(model, record_id)
    table = getattr(model, "__tablename__", model.__name__)
    name = RECORD_NAMES.get(table, table)
    if obj is None:
        raise NotFound(NO_SUCH_RECORD, record=name, id=record_id)
    if not allow_trashed and getattr(obj, "deleted_at", None) is not None:
        raise NotFound(IN_TRASH, record=name, id=record_id)
    return obj


def page(session: Session, query: Select, offset: int, limit: int | None) -> tuple[list[Any], int]:
    """Run ``query`` for one slice and count the whole, both on the database side."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query).unique()), total


def where_search(query: Select, column: Any, text: str | None) -> Select:
    """Every typed term must appear in the folded search column."""
    terms = search_terms(text)
    if not terms:
        return query
    return query.where(and_(*(column.like(like_pattern(t), escape="\\") for t in terms)))


class Checker(Problems):
    """Problems with field helpers for the rules every form shares."""

    def text(self, name: str, value: str | None, *, required: bool = False, limit: int | None = None) -> str | None:
        value = clean(value)
        if value is None:
            if required:
                self.add(name, REQUIRED)
            return None
        if limit is not None and len(value) > limit:
            self.add(name, TOO_LONG, limit=limit)
        return value

    def email(self, name: str, value: str | None) -> str | None:
        value = self.text(name, value, limit=254)
        if value is not None and not _EMAIL.match(value):
            self.add(name, BAD_EMAIL, value=value)
        return value

    def url(self, name: str, value: str | None) -> str | None:
        value = self.text(name, value, limit=300)
        if value is not None and not _URL.match(value):
            self.add(name, BAD_URL, value=value)
        return value

    def choice(self, name: str, value: Any, enum_cls: type[E], *, required: bool = True) -> E | None:
        if value is None or value == "":
            if required:
                self.add(name, REQUIRED)
            return None
        try:
            return enum_cls(value)
        except ValueError:
            self.add(name, BAD_CHOICE, value=value, allowed=", ".join(m.value for m in enum_cls))
            return None

    def not_negative(self, name: str, value: int | None) -> int | None:
        if value is not None and value < 0:
            self.add(name, NOT_NEGATIVE)
        return value

    def required(self, name: str, value: Any) -> Any:
        if value is None:
            self.add(name, REQUIRED)
        return value

    def order(self, start_name: str, start: date | None, end_name: str, end: date | None) -> None:
        if start is not None and end is not None and end < start:
            self.add(end_name, END_BEFORE_START, start=start.isoformat(), end=end.isoformat())
