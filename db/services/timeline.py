"""The Calendar page's year timeline: each partnership's agreement terms as bars, an
agreement and the ones renewing it on one lane, so staff see which run out when.

A term runs from the agreement's start (``agreement_rules.term_start``) to its expiry;
an automatically renewing agreement's later terms follow it as the calendar index
writes them (``calendar_index.term_ends``).  Agreements linked by "renews" (or amends)
share a lane, ordered by start; lanes are ordered by when their last term shown ends,
soonest first, so what runs out this year comes first.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from db import calendar_index, dates
from db.database import Database
from db.models import Agreement, AgreementParty, AgreementStatus, Organisation
from db.services import agreement_rules as rules
from db.services.calendar import EVERYTHING, CalendarFilter
from db.services.listing import bulk
from db.text import contains_terms, search_terms

_FAR = date.max


class Term(NamedTuple):
    start: date | None  # None: unknown (a signing known only to the month, no effective date)
    end: date | None  # None: open-ended
    renewal: bool = False  # a later term of an automatically renewing agreement


class Bar(NamedTuple):
    agreement_id: int
    title: str
    status: str  # AgreementStatus value, as the lists show it
    terms: tuple[Term, ...]


class Lane(NamedTuple):
    who: str  # the latest agreement's partners
    title: str  # the latest agreement's title
    bars: tuple[Bar, ...]  # first to last
    runs_out: date | None  # the end of the last term shown; None when open-ended


_COLUMNS = (*calendar_index.TERMS, Agreement.signed_on, Agreement.signed_precision, Agreement.effective_on,
            Agreement.status.label("status_by_hand"))


def timeline(db: Database, year: int, flt: CalendarFilter = EVERYTHING, *, today: date) -> list[Lane]:
    """The lanes with a term in ``year`` that pass ``flt`` (types do not apply: every
    lane is agreements; a status filter asks the latest agreement of the lane)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.reading() as session, bulk():
        connection = session.connection()
        status = rules.status_expression(today).label("status")
        # Only agreements that can reach the year are read (at 100,000 a year holds a
        # third of them); the chains are read apart, as links alone.
        rows = connection.execute(
            select(*_COLUMNS, status).where(Agreement.deleted_at.is_(None), *_may_reach(first, last))).all()
        root_of = _roots(connection)
        lanes: dict[int, list[Bar]] = defaultdict(list)
        for row in rows:
            terms = _terms(row, first, last)
            if terms and any(_overlaps(term, first, last) for term in terms):
                lanes[root_of.get(row.id, row.id)].append(Bar(row.id, row.title, row.status, terms))
        if not lanes:
            return []
        for bars in lanes.values():  # a lane holds every agreement of its chain that reaches the year
            if len(bars) > 1:  # most lanes are one agreement
                bars.sort(key=lambda bar: (bar.terms[0].start or date.min, bar.agreement_id))
        latest_ids = [bars[-1].agreement_id for bars in lanes.values()]
        names = calendar_index.party_names(connection, latest_ids if len(latest_ids) < 50_000 else None)
        kinds = _partner_kinds(connection, flt.partner_kinds, lanes) if flt.partner_kinds is not None else None
    terms = search_terms(flt.text)
    found = []
    for root, bars in lanes.items():
        latest = bars[-1]
        who = names.get(latest.agreement_id, "")
        if flt.statuses is not None and latest.status not in flt.statuses:
            continue
        if kinds is not None and root not in kinds:
            continue
        if terms and not contains_terms(terms, who, *(bar.title for bar in bars)):
            continue
        found.append(Lane(who, latest.title, tuple(bars), latest.terms[-1].end))
    found.sort(key=lambda lane: (lane.runs_out or _FAR, lane.who, lane.title))
    return found


def _may_reach(first: date, last: date) -> tuple:
    """SQL: the agreement may have a term in ``first``..``last`` (``_terms`` decides)."""
    starts_in_time = or_(Agreement.effective_on <= last,
                         and_(Agreement.effective_on.is_(None), or_(Agreement.signed_on <= last,
                                                                    Agreement.signed_on.is_(None))))
    ends_in_time = or_(Agreement.expires_on >= first, Agreement.expires_on.is_(None), Agreement.auto_renew.is_(True))
    return starts_in_time, ends_in_time


def _roots(connection: Any) -> dict[int, int]:
    """Each renewing (or amending) agreement's first ancestor by "renews"; a link to an
    agreement in the trash ends the chain there."""
    earlier = aliased(Agreement)
    parent_of = dict(connection.execute(
        select(Agreement.id, Agreement.renewed_from_id)
        .join(earlier, and_(earlier.id == Agreement.renewed_from_id, earlier.deleted_at.is_(None)))
        .where(Agreement.deleted_at.is_(None))).all())
    roots: dict[int, int] = {}
    for start in parent_of:
        path, node = [], start
        while node not in roots:
            path.append(node)
            parent = parent_of.get(node)
            if parent is None or parent in path:  # the first of its chain (or a loop, kept safe)
                roots[node] = node
                break
            node = parent
        root = roots[node]
        for seen in path:
            roots[seen] = root
    return roots


def _terms(row: Any, first: date, last: date) -> tuple[Term, ...]:
    """The agreement's terms that reach ``first``..``last``, and the first one after it
    (drafts have none).  An automatically renewing agreement's terms before the year
    are not listed: the view starts at the term running on ``first``."""
    start = rules.term_start(row.effective_on, row.signed_on, row.signed_precision)
    end = row.expires_on
    if end is None:
        return (Term(start, None),) if start is not None else ()
    if not row.auto_renew or end > last or row.status == AgreementStatus.RENEWED \
            or row.status_by_hand in (AgreementStatus.TERMINATED, AgreementStatus.RENEWED):
        return (Term(start, end),)
    years, months = rules.renewal_term(row)
    if not (years or months):
        return (Term(start, end),)
    terms = [] if end < first else [Term(start, end)]
    if end < first:  # straight to the term running on the year's first day
        start, end = dates.current_term(dates.next_term_start(end), years, months, years, months, first)
        terms.append(Term(start, end, True))
    while end <= last:
        start = dates.next_term_start(end)
        end = dates.term_end(start, years, months)
        terms.append(Term(start, end, True))
    return tuple(terms)


def _overlaps(term: Term, first: date, last: date) -> bool:
    return (term.start is None or term.start <= last) and (term.end is None or term.end >= first)


def _partner_kinds(connection: Any, kinds: frozenset[str], lanes: dict[int, list[Bar]]) -> set[int]:
    """The lanes (by root) where an agreement has a partner of ``kinds``."""
    lane_of = {bar.agreement_id: root for root, bars in lanes.items() for bar in bars}
    stmt = (select(AgreementParty.agreement_id).join(Organisation, Organisation.id == AgreementParty.organisation_id)
            .where(Organisation.kind.in_(sorted(kinds))))
    return {lane_of[agreement_id] for agreement_id in connection.execute(stmt).scalars() if agreement_id in lane_of}
