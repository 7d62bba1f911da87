"""Search-as-you-type over the agreements, fast at 100,000: an agreement matches when
every typed term is in its own folded search text or in one of its partners' (the rule
of :func:`db.services.search.matches`), so its hits are the union of two indexes.

They are gathered as a set of ids in Python (streams that stop past :data:`GATHER`);
a set that ends below is the exact answer.  Past it the hits are dense and the list's
order is walked testing the rule row by row.  Other databases and the trash take the
plain rule (db.services.search).  The limits live in db.services.search (COUNT_CAP,
WALK) and here (GATHER, FEW); tests change them to reach every path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from db.models import Agreement
from db.services import search
from db.text import like_pattern


def agreement_page(session: Session, query: Select, text: str | None, *, id_column: ColumnElement,
                   offset: int = 0, limit: int | None = None, trashed: bool = False, filtered: bool = False,
                   convert: Callable[[Any], Any]) -> search.Found:
    """One page of agreements (``query``: plain columns incl. ``search_text``, filters and
    order set) narrowed by the typed ``text``; the same answer as the plain rule.

    On SQLite the matching ids are gathered from the indexes — the agreement's own hits,
    then the agreements of the partners whose text matches — into a set, stopping past
    :data:`GATHER` of them.  A set that ends below is the exact answer, sorted by the
    list's query.  Past it the hits are dense (one agreement in ten or more): the
    page turns up early in the list's order, so the order is walked testing the rule
    row by row (:func:`_walk_agreements`); when that walk finds too few, the candidates
    are looked up by id and sorted.  The count stops at :data:`db.services.search.COUNT_CAP`.
    """
    def rows_of(q: Select) -> list:
        return [convert(row) for part in session.connection().execute(q).partitions(1000) for row in part]

    terms = search.terms_of(text)
    if not terms:
        return search.Found(rows_of(search._slice(query, offset, limit)), search.count(session, query)[0])
    plain = query.where(search.matches("agreement", terms))
    fts = session.get_bind().dialect.name == "sqlite" and not trashed and all(search._indexable(t) for t in terms)
    if not fts:
        return search.Found(rows_of(search._slice(plain, offset, limit)), search.count(session, plain)[0])
    hits, past = _agreement_hits(session, terms)
    if hits is not None:
        narrowed = query.where(id_column.in_(_id_list(hits)))
        if len(hits) <= search.COUNT_CAP:
            rows = rows_of(search._slice(narrowed, offset, limit))
        else:  # many: the page is found early in the list's order, else the ids alone are sorted
            page_ids = _walk_ids(session, query, id_column, hits, offset, limit) if limit is not None else None
            if page_ids is None:
                page_ids = list(session.execute(
                    search._slice(narrowed.with_only_columns(id_column), offset, limit)).scalars())
            rows = rows_of(query.where(id_column.in_(page_ids))) if page_ids else []
        if not offset and (limit is None or len(rows) < limit):
            return search.Found(rows, len(rows))
        if not filtered:
            return search.Found(rows, min(len(hits), search.COUNT_CAP), len(hits) > search.COUNT_CAP)
        return search.Found(rows, *search.count(session, narrowed, search.COUNT_CAP))
    page_ids = None
    if limit is not None:
        page_ids = _walk_agreements(session, query, id_column, terms, offset, limit)
    if page_ids is not None:
        rows = rows_of(query.where(id_column.in_(page_ids))) if page_ids else []
        counted = plain  # dense hits: the ordered rule reaches the cap soon
    else:
        ids, exact = search.candidates("agreement", terms)
        counted = query.where(id_column.in_(ids))
        if not exact:
            counted = counted.where(search.matches("agreement", terms))
        rows = rows_of(search._slice(counted, offset, limit))
    if not offset and (limit is None or len(rows) < limit):
        return search.Found(rows, len(rows))
    if past and not filtered:
        return search.Found(rows, search.COUNT_CAP, True)
    return search.Found(rows, *search.count(session, counted, search.COUNT_CAP))


def _id_list(ids: set[int]) -> Select:
    """Thousands of ids as one JSON parameter (SQLite): binding each costs more than the query."""
    values = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return select(values.c.value)


GATHER = 10_000  # matching agreement ids gathered into a set before the hits count as dense


def _agreement_hits(session: Session, terms: list[str]) -> tuple[set[int] | None, bool]:
    """The ids of the live agreements matching every term, or None when there are more
    than :data:`GATHER` (then the flag says the count is past the cap) or, with several
    terms, when each term alone has that many (then it is not known)."""
    for term in sorted(terms, key=len, reverse=True):  # longer terms are rarer
        found = _term_hits(session, term)
        if found is None:
            continue
        if len(terms) > 1 and found:  # the other terms: the rule on these rows
            texts = Agreement.__table__.c
            rows = list(session.connection().execute(
                select(texts.id, texts.search_text).where(texts.id.in_(_id_list(found)))))
            found = set(_passing(session, rows, terms, {}, by_text=True))
        return found, False
    return None, len(terms) == 1


def _term_hits(session: Session, term: str) -> set[int] | None:
    """Live agreements whose own text or a partner's holds ``term``; None past :data:`GATHER`.

    The queries stream in the indexes' order and stop once that many are found, so a
    one-letter term costs no more than a rarer one."""
    name, expression = search._fts_match("agreement", [term])
    raw = _driver(session)
    found = {i for (i,) in raw.execute(f"SELECT rowid FROM {name} WHERE {name} MATCH :e LIMIT :n",  # noqa: S608
                                       {"e": expression, "n": GATHER + 1})}
    if len(found) > GATHER:
        return None
    org_index, org_expression = search._fts_match("organisation", [term])
    by_party = [
        (f"SELECT p.agreement_id FROM {org_index} o CROSS JOIN agreement_party p ON p.organisation_id = o.rowid"
         f" WHERE o.{org_index} MATCH :e", org_expression),
        # Trashed partners are not in the index; there are few of them.  (INDEXED BY: the
        # planner would rather scan every partner; migration 0001's fixed index name.)
        ("SELECT p.agreement_id FROM organisation o INDEXED BY ix_organisation_deleted_at CROSS JOIN agreement_party p"
         " ON p.organisation_id = o.id WHERE o.deleted_at IS NOT NULL AND o.search_text LIKE :e ESCAPE '\\'",
         like_pattern(term)),
    ]
    # The partners' agreements may be in the trash (the own index holds live ones only);
    # there are few such, so they are taken out here rather than looked up per hit.
    trashed = {i for (i,) in raw.execute(
        "SELECT id FROM agreement INDEXED BY ix_agreement_deleted_at WHERE deleted_at IS NOT NULL")}
    for statement, value in by_party:
        result = raw.execute(statement, {"e": value})
        try:
            for (agreement_id,) in result:
                if agreement_id not in trashed:
                    found.add(agreement_id)
                    if len(found) > GATHER:
                        return None
        finally:
            result.close()
    return found


def _passing(session: Session, rows: list, terms: list[str], partner_hits: dict[str, set[int]],
             by_text: bool = False) -> list[int]:
    """The ids of ``rows`` (id, own search text) that pass the rule, in their order:
    ``term in text`` is the LIKE of the plain rule.  Rows whose own text lacks a term
    are tested through their partners: a few by the partners' texts, many by the set of
    partners that hold the term (``partner_hits``, filled once per term and search) —
    unless ``by_text``: the rows are few, the term's partners perhaps many."""
    lacking = [row_id for row_id, own in rows if not all(t in own for t in terms)]
    partners: dict[int, list] = {}
    by_text = by_text or len(lacking) <= FEW
    if lacking:
        # The ids as one JSON parameter: binding thousands one by one costs more than the query.
        found = _driver(session).execute((
            "SELECT p.agreement_id, o.search_text FROM agreement_party p CROSS JOIN organisation o"
            " ON o.id = p.organisation_id WHERE p.agreement_id IN (SELECT value FROM json_each(:ids))" if by_text else
            "SELECT agreement_id, organisation_id FROM agreement_party"
            " WHERE agreement_id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(lacking)})
        for agreement_id, party in found:
            partners.setdefault(agreement_id, []).append(party)

    def by_partner(row_id: int, term: str) -> bool:
        if by_text:
            return any(term in other for other in partners.get(row_id, ()))
        if term not in partner_hits:
            partner_hits[term] = _partner_ids(session, term)
        return any(o in partner_hits[term] for o in partners.get(row_id, ()))

    return [row_id for row_id, own in rows if all(t in own or by_partner(row_id, t) for t in terms)]


FEW = 200  # rows whose partners are tested by their texts; more, by the set of matching partners


def _partner_ids(session: Session, term: str) -> set[int]:
    """Every organisation, live or trashed, whose text holds ``term``."""
    name, expression = search._fts_match("organisation", [term])
    raw = _driver(session)
    found = {i for (i,) in raw.execute(f"SELECT rowid FROM {name} WHERE {name} MATCH :e",  # noqa: S608
                                       {"e": expression})}
    found.update(i for (i,) in raw.execute(
        "SELECT id FROM organisation INDEXED BY ix_organisation_deleted_at WHERE deleted_at IS NOT NULL"
        " AND search_text LIKE :e ESCAPE '\\'", {"e": like_pattern(term)}))
    return found


def _driver(session: Session) -> Any:
    """The session's own SQLite connection, in its transaction: streams of ids read
    through it cost a tenth of what a result's rows cost (SQLite only)."""
    return session.connection().connection.dbapi_connection


def _walk_ids(session: Session, query: Select, id_column: ColumnElement, hits: set[int], offset: int,
              limit: int) -> list[int] | None:
    """The page's ids read off the list's order, keeping those in ``hits``; None when
    sorting the hits costs less, or when the rows the hits' share predicts do not hold
    the page (they cluster late in the order)."""
    need = offset + limit
    # Ids are given in order of entry, so the largest is about how many rows there are:
    # walk twice the rows that the hits' share of them would need.
    rows = session.scalar(select(func.max(Agreement.id))) or 0
    expected = need * rows // max(len(hits), 1)  # rows to walk, by the hits' share of them
    if expected > 2 * len(hits):  # sorting the hits reads fewer rows
        return None
    budget = max(search.WALK, 2 * expected)
    found: list[int] = []
    result = session.connection().execute(query.with_only_columns(id_column).limit(budget))
    try:
        for part in result.partitions(1000):
            found.extend(row[0] for row in part if row[0] in hits)
            if len(found) >= need:
                return found[offset:need]
    finally:
        result.close()
    return None


def _walk_agreements(session: Session, query: Select, id_column: ColumnElement, terms: list[str], offset: int,
                     limit: int) -> list[int] | None:
    """The page's ids found by walking the list's order in growing chunks, testing the
    rule on each row (:func:`_passing`); None when the rows a dense search needs (one hit
    in twenty) do not hold the page."""
    need = offset + limit
    budget = max(search.WALK, 25 * need)
    partner_hits: dict[str, set[int]] = {}
    found: list[int] = []
    walked = query.with_only_columns(id_column, Agreement.__table__.c.search_text).limit(budget)
    result = session.connection().execute(walked)
    try:
        size = max(2 * need, 200)
        while True:
            chunk = [tuple(row) for row in result.fetchmany(size)]
            if not chunk:
                return None
            found.extend(_passing(session, chunk, terms, partner_hits))
            if len(found) >= need:
                return found[offset:need]
            size *= 2
    finally:
        result.close()
