"""The Calendar page's items: what falls due, and the agreements' signings and effective
dates, with the page's filters and its agenda.

What falls due (renewal decision deadlines, expiries, membership ends, activities) is
:func:`db.services.due.due_between`'s alone; this module adds the two dates that are
facts of the record rather than rules — the day an agreement was signed and the day it
took effect — and narrows the lot by the filters people choose.  The year timeline of
agreement terms is :mod:`db.services.timeline`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import String, func, select, type_coerce

from db import calendar_index
from db.database import Database
from db.models import (
    Agreement, AgreementParty, DatePrecision, Membership, Organisation, activity_organisation,
)
from db.services.agreement_rules import status_expression
from db.services.due import DueKind, due_between
from db.services.listing import bulk
from db.services.reminders import GRACE_DAYS
from db.text import contains_terms, search_terms

_CHUNK = 500  # SQLite's limit on bound parameters, with room to spare


class ItemType(enum.StrEnum):
    """What a date on the calendar is; the due kinds keep DueKind's values."""

    RENEWAL_DEADLINE = "renewal_deadline"
    EXPIRY = "expiry"
    MEMBERSHIP_END = "membership_end"
    ACTIVITY = "activity"
    SIGNING = "signing"
    EFFECTIVE = "effective"


_TYPE_OF_DUE = {kind: ItemType(kind.value) for kind in DueKind}
_RANK = {kind: n for n, kind in enumerate(ItemType)}  # the order of one day's items
# Dates that can pass unanswered: the agenda lists them as overdue.
OVERDUE_TYPES = frozenset({ItemType.RENEWAL_DEADLINE, ItemType.EXPIRY, ItemType.MEMBERSHIP_END})
# How far back the agenda looks for what passed unanswered: as long as reminders do.
OVERDUE_DAYS = GRACE_DAYS


class CalendarItem(NamedTuple):
    """One dated item.  ``entity`` is "agreement", "membership" or "activity"; an activity
    that began before a window shows on the window's first day (as due_between says)."""

    on: date
    type: ItemType
    entity: str
    entity_id: int
    uid: str
    title: str
    who: str  # the organisations concerned, "、"-separated
    auto_renew: bool = False


def _order(item: CalendarItem) -> tuple:
    return item.on, _RANK[item.type], item.title, item.entity_id


@dataclass(frozen=True)
class CalendarFilter:
    """What the page narrows to.  ``None`` means every value; ``statuses`` (the agreement's
    status as lists show it) keeps only agreements' items, since memberships and
    activities have no status; ``text`` must match the title or the partners, every
    term of it (as the lists' search box)."""

    types: frozenset[ItemType] | None = None
    partner_kinds: frozenset[str] | None = None  # OrganisationKind values
    statuses: frozenset[str] | None = None  # AgreementStatus values
    text: str = ""

    @property
    def narrows(self) -> bool:
        return bool(self.types is not None or self.partner_kinds is not None or self.statuses is not None
                    or search_terms(self.text))


EVERYTHING = CalendarFilter()


def items_between(db: Database, first: date, last: date, flt: CalendarFilter = EVERYTHING, *,
                  today: date | None = None) -> list[CalendarItem]:
    """Every item from ``first`` through ``last`` that passes ``flt``, in the calendar's
    order (day; deadlines, expiries, membership ends, activities, signings, effective
    dates; title).  ``today`` decides the agreements' status for a status filter."""
    with bulk():  # tens of thousands of new tuples at 100,000 records: no collector passes
        return _items_between(db, first, last, flt, today)


def _items_between(db: Database, first: date, last: date, flt: CalendarFilter,
                   today: date | None) -> list[CalendarItem]:
    types = flt.types
    items: list[CalendarItem] = []
    if types is None or types & set(_TYPE_OF_DUE.values()):
        make = tuple.__new__  # as due.py: CalendarItem's own __new__ without its argument handling
        kinds = _TYPE_OF_DUE
        items = [make(CalendarItem, (d[0], kinds[d[1]], *d[2:])) for d in due_between(db, first, last)]
        if types is not None:
            items = [item for item in items if item.type in types]
    if types is None or types & {ItemType.SIGNING, ItemType.EFFECTIVE}:
        dated = _signings(db, first, last, types)
        if dated:
            items = _merged(items, dated)
    if flt.narrows:
        items = narrowed(db, items, flt, today=today or date.today())
    return items


def _merged(items: list[CalendarItem], dated: list[CalendarItem]) -> list[CalendarItem]:
    """The due items (already in the calendar's order) with the signings and effective
    days, which come after a day's due items: one pass, not a sort of tens of thousands."""
    dated.sort(key=_order)
    merged: list[CalendarItem] = []
    j, count = 0, len(dated)
    for item in items:
        while j < count and dated[j].on < item.on:
            merged.append(dated[j])
            j += 1
        merged.append(item)
    merged.extend(dated[j:])
    return merged


def _signings(db: Database, first: date, last: date, types: frozenset[ItemType] | None) -> list[CalendarItem]:
    """Agreements signed, or taking effect, in the window.  A signing known only to the
    month or year (older MOUs in the press release) has no day to show."""
    wanted = []
    if types is None or ItemType.SIGNING in types:
        wanted.append((ItemType.SIGNING, Agreement.signed_on,
                       Agreement.signed_precision == DatePrecision.DAY))
    if types is None or ItemType.EFFECTIVE in types:
        wanted.append((ItemType.EFFECTIVE, Agreement.effective_on, None))
    found: list[list] = []
    with db.reading() as session:
        connection = session.connection()
        for kind, column, condition in wanted:
            # likely(): without statistics SQLite would walk the index of deleted_at (nearly
            # every row is NULL there) instead of the date's own, ten times slower at 100,000.
            # The dates as their ISO text, as SQLite stores them: the rows are read past
            # SQLAlchemy's conversions (calendar_index.plain_rows).
            day = type_coerce(column, String)
            where = [day >= first.isoformat(), day <= last.isoformat(), func.likely(Agreement.deleted_at.is_(None))]
            if condition is not None:
                where.append(condition)
            # The partners in the same read (no second query with a list of ids): a row
            # per party, in the parties' order, gathered into one item per agreement.
            rows = calendar_index.plain_rows(connection, (
                select(day, Agreement.id, Agreement.uid, Agreement.title, Agreement.auto_renew,
                       Organisation.name_ja, Organisation.name_en)
                .outerjoin(AgreementParty, AgreementParty.agreement_id == Agreement.id)
                .outerjoin(Organisation, Organisation.id == AgreementParty.organisation_id)
                .where(*where).order_by(day, Agreement.id, AgreementParty.position)))
            # Plain rows as the driver gives them: the date is its ISO text.
            last_id, names = None, []
            for on, id_, uid, title, auto, name_ja, name_en in rows:
                if id_ != last_id:
                    names = []
                    found.append([date.fromisoformat(on) if isinstance(on, str) else on, kind, id_, uid, title,
                                  names, auto])
                    last_id = id_
                if name_ja or name_en:
                    names.append(name_ja or name_en)
    return [CalendarItem(on, kind, "agreement", id_, uid, title, "、".join(names), bool(auto))
            for on, kind, id_, uid, title, names, auto in found]


# ------------------------------------------------------------------ filters


def narrowed(db: Database, items: list[CalendarItem], flt: CalendarFilter, *, today: date) -> list[CalendarItem]:
    """``items`` that pass ``flt``: types and text here, partner kinds and statuses asked
    of the database for the records the items name (a month is a few thousand at most)."""
    if flt.types is not None:
        items = [item for item in items if item.type in flt.types]
    terms = search_terms(flt.text)
    if terms:
        items = [item for item in items if contains_terms(terms, item.title, item.who)]
    if flt.statuses is not None:
        items = [item for item in items if item.entity == "agreement"]
        keep = _agreements_with_status(db, {item.entity_id for item in items}, flt.statuses, today)
        items = [item for item in items if item.entity_id in keep]
    if flt.partner_kinds is not None:
        keep_of = _with_partner_kind(db, items, flt.partner_kinds)
        items = [item for item in items if item.entity_id in keep_of[item.entity]]
    return items


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _agreements_with_status(db: Database, ids: set[int], statuses: frozenset[str], today: date) -> set[int]:
    keep: set[int] = set()
    status = status_expression(today)
    with db.reading() as session:
        for chunk in _chunks(ids):
            keep.update(session.execute(
                select(Agreement.id).where(Agreement.id.in_(chunk), status.in_(sorted(statuses)))).scalars())
    return keep


def _with_partner_kind(db: Database, items: list[CalendarItem], kinds: frozenset[str]) -> dict[str, set[int]]:
    """For each entity, the ids among ``items`` that concern an organisation of ``kinds``."""
    link = activity_organisation.c
    keys = {
        "agreement": (AgreementParty.agreement_id,
                      select(AgreementParty.agreement_id).join(
                          Organisation, Organisation.id == AgreementParty.organisation_id)),
        "membership": (Membership.id, select(Membership.id).join(
            Organisation, Organisation.id == Membership.organisation_id)),
        "activity": (link.activity_id, select(link.activity_id).join(
            Organisation, Organisation.id == link.organisation_id)),
    }
    wanted: dict[str, set[int]] = {entity: set() for entity in keys}
    for item in items:
        wanted[item.entity].add(item.entity_id)
    keep: dict[str, set[int]] = {entity: set() for entity in keys}
    with db.reading() as session:
        for entity, ids in wanted.items():
            key, stmt = keys[entity]
            for chunk in _chunks(ids):
                keep[entity].update(session.execute(
                    stmt.where(key.in_(chunk), Organisation.kind.in_(sorted(kinds)))).scalars())
    return keep


# ------------------------------------------------------------------ the agenda


class AgendaEntry(NamedTuple):
    item: CalendarItem
    days_left: int  # negative when overdue


class AgendaGroup(NamedTuple):
    """A heading of the agenda and its entries: "overdue", or a week or month from
    ``first`` through ``last``."""

    kind: str  # "overdue", "week" or "month"
    first: date
    last: date
    entries: list[AgendaEntry]


def agenda(db: Database, today: date, days: int, flt: CalendarFilter = EVERYTHING, *, by: str = "week",
           week_starts: int = 0) -> list[AgendaGroup]:
    """What falls due from ``today`` through ``days`` days ahead, grouped by week (from
    weekday ``week_starts``, 0 Monday … 6 Sunday, as the locale's calendar) or by month,
    after a group of what passed unanswered in the last :data:`OVERDUE_DAYS` days —
    deadlines, expiries and membership ends of records not renewed or ended since."""
    with bulk():
        return _agenda(db, today, days, flt, by, week_starts)


def _agenda(db: Database, today: date, days: int, flt: CalendarFilter, by: str, week_starts: int) -> list[AgendaGroup]:
    groups: list[AgendaGroup] = []
    past_first = today - timedelta(days=OVERDUE_DAYS)
    past_types = OVERDUE_TYPES if flt.types is None else OVERDUE_TYPES & flt.types
    if past_types:
        past = items_between(db, past_first, today - timedelta(days=1),
                             CalendarFilter(frozenset(past_types), flt.partner_kinds, flt.statuses, flt.text),
                             today=today)
        # Items of the window's first day may be earlier activities moved there: not these types.
        overdue = [AgendaEntry(item, (item.on - today).days) for item in past]
        if overdue:
            groups.append(AgendaGroup("overdue", past_first, today - timedelta(days=1), overdue))
    ahead = items_between(db, today, today + timedelta(days=days), flt, today=today)
    # A half year at 100,000 records is tens of thousands of entries: the period and the
    # days left are worked out once a day, and entries made as due.py makes its items.
    make, start = tuple.__new__, today.toordinal()
    current: AgendaGroup | None = None
    day, left = None, 0
    for item in ahead:
        if item.on != day:
            day, left = item.on, item.on.toordinal() - start
            first, last = _period(day, by, week_starts)
            if current is None or current.first != first:
                current = AgendaGroup("week" if by == "week" else "month", first, last, [])
                groups.append(current)
        current.entries.append(make(AgendaEntry, (item, left)))
    return groups


def _period(day: date, by: str, week_starts: int) -> tuple[date, date]:
    if by == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    first = day - timedelta(days=(day.weekday() - week_starts) % 7)
    return first, first + timedelta(days=6)
