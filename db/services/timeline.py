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
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select

from db import calendar_index
from db.database import Database
from db.models import Agreement, AgreementParty, AgreementStatus, Organisation
from db.services import agreement_rules as rules
from db.services.calendar import EVERYTHING, CalendarFilter
from db.services.listing import bulk
from db.text import fold, search_terms

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
            Agreement.renewed_from_id, Agreement.status.label("status_by_hand"))


def timeline(db: Database, year: int, flt: CalendarFilter = EVERYTHING, *, today: date) -> list[Lane]:
    """The lanes with a term in ``year`` that pass ``flt`` (types do not apply: every
    lane is agreements; a status filter asks the latest agreement of the lane)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.reading() as session, bulk():
        connection = session.connection()
        status = rules.status_expression(today).label("status")
        rows = connection.execute(select(*_COLUMNS, status).where(Agreement.deleted_at.is_(None))).all()
        root_of = _roots({row.id: row.renewed_from_id for row in rows})
        lanes: dict[int, list[Bar]] = defaultdict(list)
        for row in rows:
            terms = _terms(row, last)
            if terms and any(_overlaps(term, first, last) for term in terms):
                lanes[root_of[row.id]].append(Bar(row.id, row.title, row.status, terms))
        if not lanes:
            return []
        for bars in lanes.values():  # a lane holds every agreement of its chain that reaches the year
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
        if terms and not _matches(bars, who, terms):
            continue
        found.append(Lane(who, latest.title, tuple(bars), latest.terms[-1].end))
    found.sort(key=lambda lane: (lane.runs_out or _FAR, lane.who, lane.title))
    return found


def _roots(parent_of: dict[int, int | None]) -> dict[int, int]:
    """Each agreement's first ancestor by "renews"; a link to a deleted agreement ends the chain."""
    roots: dict[int, int] = {}
    for start in parent_of:
        path, node = [], start
        while node not in roots:
            path.append(node)
            parent = parent_of.get(node)
            if parent is None or parent not in parent_of or parent in path:  # deleted, or a loop kept safe
                roots[node] = node
                break
            node = parent
        root = roots[node]
        for seen in path:
            roots[seen] = root
    return roots


def _terms(row: Any, last: date) -> tuple[Term, ...]:
    """The agreement's terms up to the first that ends after ``last`` (drafts have none)."""
    start = rules.term_start(row.effective_on, row.signed_on, row.signed_precision)
    if row.expires_on is None:
        return (Term(start, None),) if start is not None else ()
    ended_by_hand = row.status_by_hand in (AgreementStatus.TERMINATED, AgreementStatus.RENEWED)
    if row.status == AgreementStatus.RENEWED or ended_by_hand or not row.auto_renew:
        return (Term(start, row.expires_on),)
    terms, previous = [], None
    for end in calendar_index.term_ends(row, last):
        terms.append(Term(start if previous is None else previous + timedelta(days=1), end, previous is not None))
        previous = end
        if end > last:
            break
    return tuple(terms)


def _overlaps(term: Term, first: date, last: date) -> bool:
    return (term.start is None or term.start <= last) and (term.end is None or term.end >= first)


def _matches(bars: list[Bar], who: str, terms: list[str]) -> bool:
    text = "\n".join([fold(who), *(fold(bar.title) for bar in bars)])
    return all(term in text for term in terms)


def _partner_kinds(connection: Any, kinds: frozenset[str], lanes: dict[int, list[Bar]]) -> set[int]:
    """The lanes (by root) where an agreement has a partner of ``kinds``."""
    lane_of = {bar.agreement_id: root for root, bars in lanes.items() for bar in bars}
    stmt = (select(AgreementParty.agreement_id).join(Organisation, Organisation.id == AgreementParty.organisation_id)
            .where(Organisation.kind.in_(sorted(kinds))))
    return {lane_of[agreement_id] for agreement_id in connection.execute(stmt).scalars() if agreement_id in lane_of}
