"""Shared pieces of the services: pages of results, lookups, validation helpers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

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
)
from db.text import clean, like_pattern, search_terms

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

NO_SUCH_RECORD = QT_TRANSLATE_NOOP("Errors", "There is no {record} with id {id}.")
IN_TRASH = QT_TRANSLATE_NOOP("Errors", "The {record} with id {id} is in the trash; restore it first.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One slice of a list query and how many rows the whole query has."""

    items: list[T]
    total: int
    offset: int = 0


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
