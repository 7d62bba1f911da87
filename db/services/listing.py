"""What every list query shares: checked filter values, and rows read as plain values.

A filter value that is not one of the allowed ones (a kind, status, role, tier or
order typed on the command line or sent by a screen) is a ``ValidationError`` naming
the filter, not a bare ``ValueError``.  Lists read the columns they show as Core rows
(no ORM objects: at 50,000 records the identity map alone costs seconds and
hundreds of megabytes), plus one grouped query per to-many column.
"""

from __future__ import annotations

import enum
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.errors import BAD_CHOICE, Problems
from db.services.search import count

E = TypeVar("E", bound=enum.Enum)
# SQLite allows 32,766 bound parameters; stay well below for the IN lists of ids.
ID_CHUNK = 2_000


class Filters(Problems):
    """Checks a list query's filter values and raises one error naming each bad one."""

    def choices(self, name: str, values: Iterable[Any], enum_cls: type[E]) -> list[E]:
        found = []
        for value in values:
            try:
                found.append(enum_cls(value))
            except ValueError:
                self.add(name, BAD_CHOICE, value=str(value), allowed=", ".join(m.value for m in enum_cls))
        return found

    def choice(self, name: str, value: Any, enum_cls: type[E]) -> E | None:
        if value is None or value == "":
            return None
        found = self.choices(name, [value], enum_cls)
        return found[0] if found else None

    def option(self, name: str, value: Any, allowed: Iterable[str]) -> Any:
        allowed = list(allowed)
        if value is not None and value not in allowed:
            self.add(name, BAD_CHOICE, value=str(value), allowed=", ".join(allowed))
            return None
        return value


def grouped(session: Session, key: ColumnElement, value: ColumnElement, ids: list[int], *where: Any,
            order_by: Iterable[Any] = ()) -> dict[int, list[Any]]:
    """``{id: [value, …]}`` for the rows of ``ids``, by one query per chunk of ids."""
    result: dict[int, list[Any]] = defaultdict(list)
    connection = session.connection()
    if len(ids) > ID_CHUNK * 10:  # a long list: read every pair once rather than bind tens of thousands of ids
        wanted = set(ids)
        for part in connection.execute(select(key, value).where(*where).order_by(key, *order_by)).partitions(5000):
            for k, v in part:
                if k in wanted:
                    result[k].append(v)
        return result
    # A page (up to a few chunks: a list screen's deeper pages) looks its ids up by the key's
    # index, chunk by chunk, instead of reading every pair of the table.
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        for k, v in connection.execute(select(key, value).where(key.in_(chunk), *where).order_by(key, *order_by)):
            result[k].append(v)
    return result


def grouped_rows(session: Session, stmt_for: Any, ids: list[int]) -> dict[int, list[Any]]:
    """Like :func:`grouped` for a statement built by ``stmt_for(chunk)`` whose first column is the key."""
    result: dict[int, list[Any]] = defaultdict(list)
    for start in range(0, len(ids), ID_CHUNK):
        for row in session.connection().execute(stmt_for(ids[start:start + ID_CHUNK])):
            result[row[0]].append(row)
    return result


def display_name(name_ja: str | None, name_en: str | None) -> str:
    """An organisation's name as lists show it (the ORM property, for plain rows)."""
    return name_ja or name_en or ""


def in_trash(db: Any, column_: ColumnElement, trashed: bool) -> ColumnElement:
    """The trash filter.  Live rows are nearly all rows: on SQLite the condition is marked
    ``likely()`` so the planner walks the list's ordering index instead of the
    ``deleted_at`` index (which made a page of 100 cost a sort of every row)."""
    if trashed:
        return column_.is_not(None)
    if db.engine.dialect.name == "sqlite":
        return func.likely(column_.is_(None))
    return column_.is_(None)


def among(db: Any, column_: ColumnElement, ids: Any) -> ColumnElement:
    """``column_`` is one of ``ids`` (a selection, e.g. to export): on SQLite bound as one
    JSON list, which holds any number where separate values stop at 32,766."""
    if db.engine.dialect.name == "sqlite":
        import json

        return column_.in_(select(func.json_each(json.dumps(sorted(ids))).table_valued("value").c.value))
    return column_.in_(sorted(ids))


def page_rows(session: Session, query: Any, offset: int, limit: int | None) -> tuple[list[Any], int]:
    """One slice of a Core ``query`` as rows, and the exact count of the whole."""
    total = count(session, query)[0]
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.connection().execute(query).all()), total


@contextmanager
def bulk() -> Iterator[None]:
    """Build many plain records without the cyclic garbage collector stepping in.

    Tens of thousands of new dataclasses with their lists would trigger dozens of
    collections that each scan every live object (half of a 50,000-row list's time);
    none of these records form cycles, so the collector is paused and restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def timestamp(value: Any) -> datetime | None:
    """A timestamp read as stored: SQLite's ISO text is parsed here by the C parser, which
    is several times faster than the generic type's for a list of 50,000."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
