"""What falls due: renewal decision deadlines, expiries, membership ends, activities.

The calendar, reminders and the ``upcoming`` command all ask :func:`due_between`, so
the rules for what is due live in one place (applied in db/calendar_index.py).
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from typing import NamedTuple

from db import calendar_index
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.services.listing import bulk

REBUILD = QT_TRANSLATE_NOOP("Operations", "Rebuild the calendar")


class DueKind(enum.StrEnum):
    RENEWAL_DEADLINE = "renewal_deadline"
    EXPIRY = "expiry"
    MEMBERSHIP_END = "membership_end"
    ACTIVITY = "activity"


class DueItem(NamedTuple):
    """One dated item.  A named tuple, not a dataclass: a year of the calendar makes
    50,000 of them, and a tuple is made in a third of a frozen dataclass's time."""

    on: date
    kind: DueKind
    entity: str  # "agreement", "membership", "activity"
    entity_id: int
    uid: str
    title: str
    who: str  # the organisations concerned
    auto_renew: bool = False

    def as_dict(self) -> dict:
        return {"date": self.on.isoformat(), "kind": self.kind.value, "entity": self.entity,
                "id": self.entity_id, "uid": self.uid, "title": self.title, "who": self.who,
                "auto_renew": self.auto_renew}


_RANK = {kind: n for n, kind in enumerate(DueKind)}


def _ORDER(item: DueItem) -> tuple:
    """Soonest first; on one day deadlines before expiries before membership ends before
    activities, then by title (and id, so that equal titles keep one order)."""
    return item.on, _RANK[item.kind], item.title, item.entity_id


def upcoming(db: Database, today: date, days: int) -> list[DueItem]:
    """What falls due from ``today`` through ``days`` days after it, soonest first."""
    return due_between(db, today, today + timedelta(days=days))


def due_between(db: Database, first: date, last: date) -> list[DueItem]:
    """Everything that falls due from ``first`` through ``last``, soonest first.

    Read from the calendar index (db/calendar_index.py): one range query of plain rows,
    whatever the database's size.  Records changed by a path the index has not caught
    up with, and auto-renewing terms past its horizon, are computed by the rules.
    """
    if last < first:
        return []
    with db.reading() as session:  # one snapshot for the check and the read, when the index is current
        connection = session.connection()
        horizon = _horizon(connection)
        if horizon is not None:
            return _indexed(connection, first, last, horizon)
    if not db.read_only:
        horizon = _rebuild(db)
    with db.reading() as session:
        connection = session.connection()
        if horizon is None:
            items = [_item(e, first) for e in calendar_index.computed(connection, first, last)]
        else:
            return _indexed(connection, first, last, horizon)
    return sorted(items, key=_ORDER)


def _horizon(connection) -> date | None:
    """How far the index can be trusted, or None when it must be written (again)."""
    horizon = calendar_index.is_current(connection)
    if horizon is not None and horizon.year < date.today().year + calendar_index.HORIZON_YEARS - 2:
        return None  # years have passed: write the auto-renewing terms out further
    return horizon


def computed_between(db: Database, first: date, last: date) -> list[DueItem]:
    """:func:`due_between` by the rules alone, without the index (what the index must equal)."""
    with db.reading() as session:
        items = [_item(e, first) for e in calendar_index.computed(session.connection(), first, last)]
    return sorted(items, key=_ORDER)


def _rebuild(db: Database) -> date | None:
    """Write the calendar index for the first time, or again after the date rules changed."""
    try:
        with db.transaction(REBUILD) as session:
            return calendar_index.rebuild(session.connection())
    except KakehashiError:  # busy or read-only after all: computed by the rules this time
        return None


def _item(e, first: date) -> DueItem:
    return DueItem(max(e.falls_on, first), DueKind(e.kind), e.entity, e.entity_id, e.uid, e.title, e.who,
                   bool(e.auto_renew))


def _indexed(connection, first: date, last: date, horizon: date) -> list[DueItem]:
    """The window from the index, in the calendar's order."""
    queued = calendar_index.queued(connection)
    beyond = last > horizon  # auto-renewing terms past the horizon are computed
    kinds = [DueKind(kind) for kind in calendar_index.KINDS]
    entities, start = calendar_index.ENTITY, first.toordinal()
    # Activities that began before the window show on its first day.
    days = {n: date.fromordinal(n) for n in range(start, last.toordinal() + 1)}
    # The one loop that sees every entry of a year: plain tuples, small-int codes, day
    # numbers, and no collector passes over the tens of thousands of new records.
    with bulk():
        make = tuple.__new__  # DueItem's own __new__ by another name, without its argument handling
        items = [make(DueItem, (days.get(on, first), kinds[kind], entities[kind], entity_id, uid, title, who,
                                bool(auto)))
                 for on, kind, entity_id, uid, title, who, auto
                 in calendar_index.indexed(connection, first, last, skip_auto_renewing=beyond)
                 if not queued or entity_id not in queued.get(entities[kind], ())]
    if beyond or any(queued.values()):
        items += [_item(e, first) for e in calendar_index.computed(connection, first, last, queued,
                                                                   auto_renewing=beyond)]
        return sorted(items, key=_ORDER)
    # Already in order but for the window's first day, where earlier activities join.
    head = next((n for n, item in enumerate(items) if item.on != first), len(items))
    items[:head] = sorted(items[:head], key=_ORDER)
    return items
