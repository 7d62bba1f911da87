"""The calendar's entries — renewal deadlines, expiries, membership ends, activities —
written down in one indexed table, so that a month or a year is one range query.

What falls due, and when, is decided by the rules in ``db.services.agreement_rules``
and ``db.dates``; this module only writes their answers down (``due_event``, one row
per entry as the calendar shows it) and keeps them current:

- after every flush of a writing session (:func:`after_flush`, registered by
  ``db.database.Database``), the records it touched are computed again — for an
  agreement also the one it renews, whose "has been renewed" may have changed;
- on SQLite, triggers of migration 0005 queue every record changed by any path (ORM,
  Core, another tool) in ``due_queue``; the flush hook empties the queue, and until it
  is empty the calendar computes queued records afresh instead of trusting their rows;
- bulk writers (the synthetic demo data) call :func:`rebuild`.

Auto-renewing agreements repeat forever: their terms are written out to a horizon
(``due_state.horizon``, some years after the last rebuild); a window reaching past it
computes those agreements afresh.  ``due_state.rules`` is a fingerprint of the date
rules' answers on fixed cases: when a new version of the program computes differently,
the entries are stale and are rebuilt (or, on a read-only database, not used).
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Boolean, Column, Connection, Date, Integer, MetaData, String, Table, Text, delete, func, insert, literal_column,
    or_, select, type_coerce, union_all,
)
from sqlalchemy.orm import Session

from db import dates
from db.models import (
    Activity, Agreement, AgreementParty, AgreementStatus, Membership, Organisation, activity_organisation,
)
from db.services import agreement_rules as rules

HORIZON_YEARS = 6
LONG_DAYS = 31  # as the partial index ix_due_event_long of migration 0005 says
RENEWAL_DEADLINE, EXPIRY, MEMBERSHIP_END, ACTIVITY = "renewal_deadline", "expiry", "membership_end", "activity"
_CHUNK = 5000

# Derived tables of migration 0005: deliberately not in the models' metadata.
_metadata = MetaData()
due_event = Table(
    "due_event", _metadata, Column("falls_on", Integer, primary_key=True), Column("kind", Integer, primary_key=True),
    Column("entity_id", Integer, primary_key=True), Column("until", Integer), Column("uid", String(36)),
    Column("title", String(400)), Column("who", Text), Column("auto_renew", Boolean),
)
# ``due_event.kind`` codes, in the order entries of one day are shown; the kind says the entity.
KINDS = (RENEWAL_DEADLINE, EXPIRY, MEMBERSHIP_END, ACTIVITY)
CODE = {kind: code for code, kind in enumerate(KINDS)}
ENTITY = ("agreement", "agreement", "membership", "activity")
CODES_OF = {"agreement": (0, 1), "membership": (2,), "activity": (3,)}
due_queue = Table("due_queue", _metadata, Column("entity", String(16), primary_key=True),
                  Column("entity_id", Integer, primary_key=True))
due_state = Table("due_state", _metadata, Column("id", Integer, primary_key=True), Column("horizon", Date),
                  Column("rules", String(64)))


@dataclass(frozen=True, slots=True)
class Entry:
    """One calendar entry: an agreement's deadline or expiry, a membership's end, an
    activity from ``falls_on`` through ``until``."""

    entity: str
    entity_id: int
    kind: str
    falls_on: date
    until: date
    uid: str
    title: str
    who: str
    auto_renew: bool = False


# ------------------------------------------------------------------ the rules, on plain rows

# The columns the rules read; plain rows of them stand in for Agreement objects.
TERMS = (Agreement.id, Agreement.uid, Agreement.title, Agreement.expires_on, Agreement.auto_renew,
         Agreement.term_years, Agreement.term_months, Agreement.renewal_term_years, Agreement.renewal_term_months,
         Agreement.notice_months, Agreement.notice_days)


def can_fall_due() -> tuple:
    """SQL: the agreement has dates that can fall due — live, with an expiry, not renewed
    by a later agreement, and not terminated, renewed or a draft by a person's say."""
    return (Agreement.deleted_at.is_(None), Agreement.expires_on.is_not(None), ~rules.renewed_expression(),
            or_(Agreement.status.is_(None),
                Agreement.status.not_in([AgreementStatus.TERMINATED, AgreementStatus.RENEWED,
                                         AgreementStatus.DRAFT])))


def term_ends(a: Any, until: date) -> Iterator[date]:
    """The ends of ``a``'s terms, first to last, while their renewal deadline (or the end
    itself) is not after ``until``; the first one past it too, its expiry being a fact."""
    end = a.expires_on
    years, months = rules.renewal_term(a)
    while end is not None:
        yield end
        if not a.auto_renew or not (years or months) or (dates.renewal_deadline(end, a.notice_months, a.notice_days)
                                                         or end) > until:
            return
        # As rules.current_term_end rolls the terms on: each from the day after the last.
        end = dates.term_end(dates.next_term_start(end), years, months)


def window_term_ends(a: Any, first: date, last: date) -> list[date]:
    """Ends of the terms whose end or renewal deadline falls in the window: from the term
    running on ``first`` on, until a term's deadline lies past ``last`` (the rule as the
    calendar first computed it; the index must agree with it)."""
    ends: list[date] = []
    end = rules.current_term_end(a, first)
    while end is not None and end not in ends:
        deadline = dates.renewal_deadline(end, a.notice_months, a.notice_days) or end
        if deadline > last:
            break
        ends.append(end)
        if not a.auto_renew:
            break
        end = rules.current_term_end(a, end + timedelta(days=1))
    return ends


def _agreement_entries(a: Any, ends: Iterable[date], who: str) -> Iterator[Entry]:
    for end in ends:
        deadline = dates.renewal_deadline(end, a.notice_months, a.notice_days)
        if deadline is not None:
            yield Entry("agreement", a.id, RENEWAL_DEADLINE, deadline, deadline, a.uid, a.title, who,
                        bool(a.auto_renew))
        yield Entry("agreement", a.id, EXPIRY, end, end, a.uid, a.title, who, bool(a.auto_renew))


def _names(connection: Connection, key: Any, stmt: Any, ids: list[int] | None) -> dict[int, str]:
    """``{id: "名前、名前"}`` from ``stmt`` (key, name_ja, name_en, ordered), for ``ids`` or all."""
    found: dict[int, list[str]] = defaultdict(list)
    chunks = [None] if ids is None else [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    for chunk in chunks:
        for k, name_ja, name_en in connection.execute(stmt if chunk is None else stmt.where(key.in_(chunk))):
            name = name_ja or name_en
            if name:
                found[k].append(name)
    return {k: "、".join(v) for k, v in found.items()}


def party_names(connection: Connection, ids: list[int] | None) -> dict[int, str]:
    stmt = (select(AgreementParty.agreement_id, Organisation.name_ja, Organisation.name_en)
            .join(Organisation, Organisation.id == AgreementParty.organisation_id)
            .order_by(AgreementParty.agreement_id, AgreementParty.position))
    return _names(connection, AgreementParty.agreement_id, stmt, ids)


def activity_names(connection: Connection, ids: list[int] | None) -> dict[int, str]:
    link = activity_organisation.c
    stmt = (select(link.activity_id, Organisation.name_ja, Organisation.name_en)
            .join(Organisation, Organisation.id == link.organisation_id)
            .order_by(link.activity_id, Organisation.sort_key))
    return _names(connection, link.activity_id, stmt, ids)


def agreements(connection: Connection, *where: Any) -> list[Any]:
    return list(connection.execute(select(*TERMS).where(*can_fall_due(), *where)))


def agreement_entries(connection: Connection, rows: list[Any], *, horizon: date | None = None,
                      window: tuple[date, date] | None = None) -> Iterator[Entry]:
    """Entries of agreement ``rows``: up to ``horizon`` (the index), or in ``window`` (the rule)."""
    names = party_names(connection, [a.id for a in rows] if len(rows) < 50_000 else None)
    for a in rows:
        if window is None:
            yield from _agreement_entries(a, term_ends(a, horizon), names.get(a.id, ""))
        else:
            first, last = window
            for entry in _agreement_entries(a, window_term_ends(a, first, last), names.get(a.id, "")):
                if first <= entry.falls_on <= last:
                    yield entry


class _Named:
    """A plain row dressed for the models' own display-name rules (said once, there)."""

    display_name = Organisation.display_name

    def __init__(self, name_ja: str | None, name_en: str | None) -> None:
        self.name_ja, self.name_en = name_ja, name_en


class _MembershipRow:
    display_name = Membership.display_name

    def __init__(self, organisation: _Named, tier: Any) -> None:
        self.organisation, self.tier = organisation, tier


def membership_entries(connection: Connection, *where: Any) -> Iterator[Entry]:
    """Ends of live memberships of live organisations."""
    stmt = (select(Membership.id, Membership.uid, Membership.tier, Membership.ends_on, Organisation.name_ja,
                   Organisation.name_en)
            .join(Organisation, Organisation.id == Membership.organisation_id)
            .where(Membership.deleted_at.is_(None), Organisation.deleted_at.is_(None),
                   Membership.ends_on.is_not(None), *where))
    for r in connection.execute(stmt):
        organisation = _Named(r.name_ja, r.name_en)
        label = _MembershipRow(organisation, r.tier).display_name
        yield Entry("membership", r.id, MEMBERSHIP_END, r.ends_on, r.ends_on, r.uid, label, organisation.display_name)


def activity_entries(connection: Connection, *where: Any, ids: list[int] | None = None) -> Iterator[Entry]:
    """Live activities, from their first day through their last."""
    rows = list(connection.execute(select(Activity.id, Activity.uid, Activity.title, Activity.starts_on,
                                          Activity.ends_on).where(Activity.deleted_at.is_(None), *where)))
    names = activity_names(connection, [r.id for r in rows] if len(rows) < 50_000 else None)
    for r in rows:
        yield Entry("activity", r.id, ACTIVITY, r.starts_on, r.ends_on or r.starts_on, r.uid, r.title,
                    names.get(r.id, ""))


# ------------------------------------------------------------------ the index


@functools.cache
def fingerprint() -> str:
    """The date rules' answers on fixed cases, hashed: month ends, leap days, notice periods.

    Computed once per process: the rules are code, they do not change while it runs."""
    answers = []
    for start in (date(2020, 1, 31), date(2020, 2, 29), date(2021, 3, 31), date(2020, 9, 18), date(2023, 8, 31)):
        for years, months in ((1, 0), (0, 1), (0, 6), (5, 0), (1, 6)):
            end = dates.term_end(start, years, months)
            answers.append(end)
            answers.append(dates.term_end(dates.next_term_start(end), years, months))
            for notice_months, notice_days in ((1, None), (3, None), (6, None), (None, 30), (None, 90), (1, 10)):
                answers.append(dates.renewal_deadline(end, notice_months, notice_days))
    return hashlib.sha256(repr(answers).encode()).hexdigest()[:32]


def is_current(connection: Connection) -> date | None:
    """The horizon when the entries can be trusted, else None."""
    row = connection.execute(select(due_state.c.horizon, due_state.c.rules).where(due_state.c.id == 1)).first()
    return row.horizon if row is not None and row.rules == fingerprint() else None


def queued(connection: Connection) -> dict[str, set[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    if connection.dialect.name == "sqlite":  # elsewhere no triggers fill it
        for entity, entity_id in connection.execute(select(due_queue.c.entity, due_queue.c.entity_id)):
            found[entity].add(entity_id)
    return found


def _write(connection: Connection, entries: Iterable[Entry]) -> None:
    batch: list[dict[str, Any]] = []
    for e in entries:
        batch.append({"falls_on": e.falls_on.toordinal(), "kind": CODE[e.kind], "entity_id": e.entity_id,
                      "until": e.until.toordinal(), "uid": e.uid, "title": e.title, "who": e.who,
                      "auto_renew": e.auto_renew})
        if len(batch) >= _CHUNK:
            connection.execute(insert(due_event), batch)
            batch = []
    if batch:
        connection.execute(insert(due_event), batch)


def rebuild(connection: Connection, today: date | None = None) -> date:
    """Write every entry again; returns the new horizon."""
    horizon = date((today or date.today()).year + HORIZON_YEARS, 12, 31)
    connection.execute(delete(due_event))
    connection.execute(delete(due_queue))
    _write(connection, agreement_entries(connection, agreements(connection), horizon=horizon))
    _write(connection, membership_entries(connection))
    _write(connection, activity_entries(connection))
    connection.execute(delete(due_state))
    connection.execute(insert(due_state).values(id=1, horizon=horizon, rules=fingerprint()))
    return horizon


_KEYS = {"agreement": Agreement.id, "membership": Membership.id, "activity": Activity.id}


def refresh(connection: Connection, touched: dict[str, set[int]]) -> None:
    """Compute the entries of the records ``touched`` again (missing ones just lose theirs)."""
    horizon = is_current(connection)
    if horizon is None:
        return  # stale as a whole: the next rebuild covers these too
    for entity, ids in touched.items():
        ordered = sorted(i for i in ids if i is not None)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            connection.execute(delete(due_event).where(due_event.c.kind.in_(CODES_OF[entity]),
                                                       due_event.c.entity_id.in_(chunk)))
            connection.execute(delete(due_queue).where(due_queue.c.entity == entity,
                                                       due_queue.c.entity_id.in_(chunk)))
            if entity == "agreement":
                rows = agreements(connection, Agreement.id.in_(chunk))
                _write(connection, agreement_entries(connection, rows, horizon=horizon))
            elif entity == "membership":
                _write(connection, membership_entries(connection, Membership.id.in_(chunk)))
            elif entity == "activity":
                _write(connection, activity_entries(connection, Activity.id.in_(chunk)))


def _touched(session: Session, connection: Connection) -> dict[str, set[int]]:
    """Records the flush wrote whose entries may have changed (read from the session, so
    that databases without the triggers are kept too)."""
    from sqlalchemy import inspect  # noqa: PLC0415 - only needed when a flush wrote something

    found: dict[str, set[int]] = defaultdict(set)
    organisations = []
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Agreement):
            found["agreement"].add(obj.id)
            history = inspect(obj).attrs.renewed_from_id.history
            found["agreement"].update(v for v in (*history.added, *history.unchanged, *history.deleted) if v)
        elif isinstance(obj, AgreementParty):
            found["agreement"].add(obj.agreement_id)
        elif isinstance(obj, Membership):
            found["membership"].add(obj.id)
        elif isinstance(obj, Activity):
            found["activity"].add(obj.id)
        elif isinstance(obj, Organisation) and obj.id is not None:
            organisations.append(obj.id)
    if organisations and connection.dialect.name != "sqlite":  # SQLite's triggers queue these
        link = activity_organisation.c
        for entity, stmt in (
            ("agreement", select(AgreementParty.agreement_id).where(AgreementParty.organisation_id.in_(organisations))),
            ("membership", select(Membership.id).where(Membership.organisation_id.in_(organisations))),
            ("activity", select(link.activity_id).where(link.organisation_id.in_(organisations))),
        ):
            found[entity].update(connection.execute(stmt).scalars())
    return found


def after_flush(session: Session, _flush_context: Any) -> None:
    """``after_flush`` hook of writing sessions: keep the entries of what was just written."""
    connection = session.connection()
    touched = _touched(session, connection)
    for entity, ids in queued(connection).items():
        touched[entity] |= ids
    if any(touched.values()):
        refresh(connection, touched)


# ------------------------------------------------------------------ reading a window


def indexed(connection: Connection, first: date, last: date, *, skip_auto_renewing: bool) -> list[Any]:
    """Rows of ``due_event`` that fall in the window (activities: that overlap it), as
    (day number, kind code, entity id, uid, title, who, auto_renew), in the calendar's
    order (day, kind, title, id) — except activities that began before the window,
    which come first."""
    e = due_event.c
    start, end = first.toordinal(), last.toordinal()
    columns = (e.falls_on, e.kind, e.entity_id, e.uid, e.title, e.who, type_coerce(e.auto_renew, Integer))
    overlaps = [e.falls_on <= end, e.until >= start]
    if skip_auto_renewing:
        overlaps.append(or_(e.kind.not_in(CODES_OF["agreement"]), e.auto_renew.is_(False)))
    # An entry of at most a month that reaches the window starts at most a month before
    # it; longer ones (activities) are few, in their own partial index.  Two disjoint
    # ranges: those that began before the window, and the window itself, in order.
    earlier = select(*columns).where(*overlaps, e.falls_on < start)
    if connection.dialect.name == "sqlite":
        longer = literal_column(f"due_event.until - due_event.falls_on > {LONG_DAYS}")
        earlier = union_all(earlier.where(e.falls_on >= start - LONG_DAYS),
                            select(*columns).where(*overlaps, e.falls_on < start - LONG_DAYS, longer))
    window = select(*columns).where(*overlaps, e.falls_on >= start).order_by(e.falls_on, e.kind, e.title, e.entity_id)
    return plain_rows(connection, earlier) + plain_rows(connection, window)


def plain_rows(connection: Connection, statement: Any) -> list[Any]:
    """The rows as the driver gives them.  Every column here is an integer or text that
    needs no conversion, and on SQLite, for a year of 50,000 entries, SQLAlchemy's own
    row objects would cost about a third of the read; other databases take the usual way."""
    if connection.dialect.name != "sqlite":
        return connection.execute(statement).all()
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    cursor = connection.connection.driver_connection.cursor()  # the transaction's own connection
    try:
        return cursor.execute(compiled.string, [params[name] for name in compiled.positiontup]).fetchall()
    finally:
        cursor.close()


def computed(connection: Connection, first: date, last: date, only: dict[str, set[int]] | None = None,
             *, auto_renewing: bool = False) -> Iterator[Entry]:
    """The entries of the window by the rules themselves, without the index: for all
    records (``only`` None), for the records ``only`` names, and/or for every
    auto-renewing agreement (``auto_renewing``)."""
    def chosen(entity: str, extra: Any = None) -> list[Any] | None:
        conditions = []
        if only is not None and only.get(entity):
            conditions.append(_KEYS[entity].in_(sorted(only[entity])))
        if extra is not None:
            conditions.append(extra)
        if only is None and extra is None:
            return []
        return [or_(*conditions)] if conditions else None

    where = chosen("agreement", Agreement.auto_renew.is_(True) if auto_renewing else None)
    if where is not None:
        rows = agreements(connection, or_(Agreement.auto_renew.is_(True), Agreement.expires_on >= first), *where)
        yield from agreement_entries(connection, rows, window=(first, last))
    where = chosen("membership")
    if where is not None:
        yield from membership_entries(connection, Membership.ends_on >= first, Membership.ends_on <= last, *where)
    where = chosen("activity")
    if where is not None:
        yield from activity_entries(connection, Activity.starts_on <= last,
                                    func.coalesce(Activity.ends_on, Activity.starts_on) >= first, *where)

