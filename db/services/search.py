"""Search-as-you-type over the folded ``search_text`` columns, fast at 100,000 records.

The rule is simple and stays the same on every path: a record matches when every
typed term (folded with :func:`db.text.fold`) is a substring of its search text —
for an agreement, of its own text or of one of its partners'.  :func:`matches` says
it in plain SQL (``LIKE``) for any database.

On SQLite, migration 0005 keeps two FTS5 indexes of the live records' search text:
a trigram index for terms of three characters or more, and one holding one character
per token, where a one- or two-character term is a phrase ("か な").  They give the
same hits as the rule, only without reading every row.  How a page is then read
depends on how many records match (:func:`search_page`):

- up to :data:`COUNT_CAP` hits: look them up by id and sort them;
- more: walk the list in its indexed order testing the rule row by row (dense hits
  turn up within a few hundred rows), and when the walk finds too few, read the
  order off the list's index probing the hits, without reading rows.

The count is exact up to :data:`COUNT_CAP`; past it the page says "1,000+"
(``Page.total_is_capped``).

Agreements match through their partners' text too, so their hits are the union of two
indexes; :func:`agreement_page` gathers them as a set in Python, stopping past the cap,
and walks the list's order only when the hits are many (see there).

The trash and other databases (PostgreSQL) use the plain rule with an exact count.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, func, literal_column, or_, select, table, text, union
from sqlalchemy.orm import Session

from db.models import Activity, Agreement, AgreementParty, Contact, Organisation
from db.text import like_pattern, search_terms

COUNT_CAP = 1000  # "1,000+" is all a person needs to know that they should type more
WALK = 3000  # rows of the ordered list a search may walk through before looking hits up by id
SHORT = 3  # the trigram index finds terms of at least this many characters


def terms_of(text: str | None) -> list[str]:
    """The folded terms of a typed query (every one must match)."""
    return search_terms(text)


def like(column_: ColumnElement, term: str) -> ColumnElement:
    return column_.like(like_pattern(term), escape="\\")


def matches(kind: str, terms: list[str]) -> ColumnElement | None:
    """The search rule in plain SQL: every term is in the record's folded text."""
    if not terms:
        return None
    if kind == "agreement":
        return and_(*(or_(like(Agreement.search_text, t), Agreement.parties.any(
            AgreementParty.organisation.has(like(Organisation.search_text, t)))) for t in terms))
    text_column = _MODELS[kind].__table__.c.search_text
    return and_(*(like(text_column, t) for t in terms))


def _phrase(term: str) -> str:
    """An FTS5 string: the term itself (trigram index) or its characters (short index)."""
    text = term if len(term) >= SHORT else " ".join(term)
    return '"' + text.replace('"', '""') + '"'


def _indexable(term: str) -> bool:
    # The short index splits on ASCII white space and control characters; such a term
    # (it can only be pasted) goes the plain way so that the rule holds exactly.
    return len(term) >= SHORT or all(ord(c) > 32 for c in term)


def _fts_match(kind: str, terms: list[str]) -> tuple[str, str]:
    """The index and the MATCH expression for ``terms``, all long or all short."""
    name = f"{kind}_search" if len(terms[0]) >= SHORT else f"{kind}_search_short"
    return name, " AND ".join(_phrase(t) for t in terms)


def _fts_ids(kind: str, terms: list[str]) -> Select:
    """Ids of live ``kind`` records whose own text holds every one of ``terms``, which
    are all long or all short (one index, one MATCH)."""
    name, expression = _fts_match(kind, terms)
    index = table(name, column("rowid"))
    return select(index.c.rowid).where(literal_column(name).op("MATCH")(expression))


def candidates(kind: str, terms: list[str]) -> tuple[Select, bool]:
    """Ids that may match, and whether they are exactly the matches.

    The long terms narrow best (a trigram is rarer than a character), so when there are
    any, they alone pick the candidates and the rule checks the short ones row by row;
    intersecting with a one-letter term's hits would cost more than it saves."""
    if kind == "agreement":
        long_terms = [t for t in terms if len(t) >= SHORT]
        return _agreement_ids(long_terms or terms), not long_terms or len(long_terms) == len(terms)
    long_terms = [t for t in terms if len(t) >= SHORT]
    if long_terms:
        return _fts_ids(kind, long_terms), len(long_terms) == len(terms)
    return _fts_ids(kind, terms), True


def _agreement_ids(terms: list[str]) -> Select:
    """Ids of live agreements matching every term by their own text or a partner's."""
    ids = None
    for term in terms:
        by_party = select(AgreementParty.agreement_id).where(or_(
            AgreementParty.organisation_id.in_(_fts_ids("organisation", [term])),
            # Trashed partners are not in the index; there are few of them.
            AgreementParty.organisation_id.in_(select(Organisation.id).where(
                Organisation.deleted_at.is_not(None), like(Organisation.search_text, term))),
        ))
        found = union(_fts_ids("agreement", [term]), by_party).subquery()
        step = select(found.c[0])
        ids = step if ids is None else step.where(found.c[0].in_(ids))
    # A live partner can point at a trashed agreement: the list query's own filter
    # on the agreement keeps it out.
    return ids


@dataclass(frozen=True)
class Found:
    rows: list
    total: int
    capped: bool = False


def count(session: Session, query: Select, cap: int | None = None) -> tuple[int, bool]:
    inner = query.order_by(None)
    if cap is not None:
        inner = inner.limit(cap + 1)
    total = session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    if cap is not None and total > cap:
        return cap, True
    return total, False


def _slice(query: Select, offset: int, limit: int | None) -> Select:
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return query


def search_page(session: Session, query: Select, kind: str, text: str | None, *, id_column: ColumnElement,
                offset: int = 0, limit: int | None = None, trashed: bool = False, filtered: bool = False,
                ordered_scan: bool = True, ordered_index: tuple[str, str] | None = None,
                fetch: Callable[[Select], list] | None = None, convert: Callable[[Any], Any] | None = None) -> Found:
    """One page of ``query`` (its filters and order already set) narrowed by the typed ``text``.

    ``filtered`` says whether ``query`` has filters besides the trash, so an FTS count
    is not the answer; ``ordered_scan`` whether its order is served by an index, so
    that walking it is cheap.  ``ordered_index`` names an index that holds the list's
    order and its ORDER BY, when nothing but the search filters (see
    :func:`_in_index_order`).  ``fetch`` turns an ORM statement into rows; ``convert``
    makes each plain row a record.
    """
    # Plain rows through the connection (the ORM's per-row bookkeeping is not needed),
    # converted as they come so that a list of 50,000 never holds rows and records at once.
    convert = convert or (lambda row: row)

    def rows_of(q: Select) -> list:
        if fetch is not None:
            return fetch(q)
        return [convert(row) for part in session.connection().execute(q).partitions(1000) for row in part]

    terms = terms_of(text)
    if not terms:
        return Found(rows_of(_slice(query, offset, limit)), count(session, query)[0])
    plain = query.where(matches(kind, terms))
    fts = session.get_bind().dialect.name == "sqlite" and not trashed and all(_indexable(t) for t in terms)
    if not fts:
        return Found(rows_of(_slice(plain, offset, limit)), count(session, plain)[0])
    ids, exact = candidates(kind, terms)
    # Counting stops at the cap: past it, a one-letter term's phrase costs more to count
    # than the page does to find, and "1,000+" is all a person reads from it.
    first = ids.limit(COUNT_CAP + 1).subquery()  # FTS5 gives its hits in id order
    hits, last_id = session.execute(select(func.count(), func.max(first.c[0]))).one()
    many = hits > COUNT_CAP
    hits = min(hits, COUNT_CAP)
    narrowed = query.where(id_column.in_(ids))
    if not exact:
        narrowed = narrowed.where(matches(kind, terms))
    if fetch is not None:  # ORM entities: one step
        rows = fetch(_slice(narrowed, offset, limit))
    else:
        page_ids = None
        if many and exact and ordered_scan and limit is not None:
            # The first hits' last id tells how dense the hits are (ids are not in the
            # list's order): walk only where the page should turn up early.
            if (offset + limit) * last_id * 4 <= WALK * (COUNT_CAP + 1):
                page_ids = _walk(session, query, id_column, terms, offset, limit)
            if page_ids is None and ordered_index is not None and not filtered:
                page_ids = _in_index_order(session, kind, terms, ordered_index, offset, limit)
        if page_ids is None:
            page_ids = list(session.execute(_slice(narrowed.with_only_columns(id_column), offset, limit)).scalars())
        # The page's rows only, in the list's order.
        rows = rows_of(query.where(id_column.in_(page_ids))) if page_ids else []
    if not offset and (limit is None or len(rows) < limit):
        return Found(rows, len(rows))  # the whole answer is on this page
    if exact and not filtered and kind != "agreement":  # the index holds exactly the live records
        return Found(rows, hits, many)
    if many and exact:  # dense hits: the ordered rule stops at the cap soon
        return Found(rows, *count(session, plain, COUNT_CAP))
    return Found(rows, *count(session, narrowed, COUNT_CAP))  # at most the candidates are read


def _in_index_order(session: Session, kind: str, terms: list[str], ordered_index: tuple[str, str], offset: int,
                    limit: int) -> list[int]:
    """The page's ids read off the list's ordering index, which holds the sort key and the
    id: no row is read, only the hits are probed.  SQLite would rather look every hit up
    by id and sort them, which costs ten times more for thousands of hits; hence the
    INDEXED BY, on the fixed names of migration 0001's index (SQLite only)."""
    index, order = ordered_index
    name, expression = _fts_match(kind, terms)
    stmt = text(f"SELECT {kind}.id FROM {kind} INDEXED BY {index} WHERE {kind}.id IN"  # noqa: S608 - fixed names
                f" (SELECT rowid FROM {name} WHERE {name} MATCH :expression) ORDER BY {order}"
                " LIMIT :limit OFFSET :offset")
    return list(session.execute(stmt, {"expression": expression, "limit": limit, "offset": offset}).scalars())


def _walk(session: Session, query: Select, id_column: ColumnElement, terms: list[str], offset: int,
          limit: int) -> list[int] | None:
    """The page's ids found by walking the list in its (indexed) order and testing the
    rule on each row — ``term in search_text`` is the LIKE of :func:`matches` — or None
    when the first :data:`WALK` rows do not hold it.  Cheap when hits are dense; when
    they cluster late in the order the walk gives up early and the ids are looked up."""
    found: list[int] = []
    walked = query.with_only_columns(id_column, query.selected_columns.search_text).limit(WALK)
    result = session.connection().execute(walked)
    try:
        for row_id, text in result:
            if all(t in text for t in terms):
                found.append(row_id)
                if len(found) == offset + limit:
                    return found[offset:]
    finally:
        result.close()
    return None


# ------------------------------------------------------------------ agreements


def agreement_page(session: Session, query: Select, text: str | None, *, id_column: ColumnElement,
                   offset: int = 0, limit: int | None = None, trashed: bool = False, filtered: bool = False,
                   convert: Callable[[Any], Any]) -> Found:
    """One page of agreements (``query``: plain columns incl. ``search_text``, filters and
    order set) narrowed by the typed ``text``; the same answer as :func:`matches`.

    On SQLite the matching ids are gathered from the indexes — the agreement's own hits,
    then the agreements of the partners whose text matches — into a set, stopping past
    :data:`GATHER` of them.  A set that ends below is the exact answer, sorted by the
    list's query.  Past it the hits are dense (one agreement in ten or more): the
    page turns up early in the list's order, so the order is walked testing the rule
    row by row (:func:`_walk_agreements`); when that walk finds too few, the candidates
    are looked up by id and sorted.  The count stops at :data:`COUNT_CAP`.
    """
    def rows_of(q: Select) -> list:
        return [convert(row) for part in session.connection().execute(q).partitions(1000) for row in part]

    terms = terms_of(text)
    if not terms:
        return Found(rows_of(_slice(query, offset, limit)), count(session, query)[0])
    plain = query.where(matches("agreement", terms))
    fts = session.get_bind().dialect.name == "sqlite" and not trashed and all(_indexable(t) for t in terms)
    if not fts:
        return Found(rows_of(_slice(plain, offset, limit)), count(session, plain)[0])
    hits, past = _agreement_hits(session, terms)
    if hits is not None:
        narrowed = query.where(id_column.in_(_id_list(hits)))
        if len(hits) <= COUNT_CAP:
            rows = rows_of(_slice(narrowed, offset, limit))
        else:  # many: the page is found early in the list's order, else the ids alone are sorted
            page_ids = _walk_ids(session, query, id_column, hits, offset, limit) if limit is not None else None
            if page_ids is None:
                page_ids = list(session.execute(
                    _slice(narrowed.with_only_columns(id_column), offset, limit)).scalars())
            rows = rows_of(query.where(id_column.in_(page_ids))) if page_ids else []
        if not offset and (limit is None or len(rows) < limit):
            return Found(rows, len(rows))
        if not filtered:
            return Found(rows, min(len(hits), COUNT_CAP), len(hits) > COUNT_CAP)
        return Found(rows, *count(session, narrowed, COUNT_CAP))
    page_ids = None
    if limit is not None:
        page_ids = _walk_agreements(session, query, id_column, terms, offset, limit)
    if page_ids is not None:
        rows = rows_of(query.where(id_column.in_(page_ids))) if page_ids else []
        counted = plain  # dense hits: the ordered rule reaches the cap soon
    else:
        ids, exact = candidates("agreement", terms)
        counted = query.where(id_column.in_(ids))
        if not exact:
            counted = counted.where(matches("agreement", terms))
        rows = rows_of(_slice(counted, offset, limit))
    if not offset and (limit is None or len(rows) < limit):
        return Found(rows, len(rows))
    if past and not filtered:
        return Found(rows, COUNT_CAP, True)
    return Found(rows, *count(session, counted, COUNT_CAP))


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
    name, expression = _fts_match("agreement", [term])
    raw = _driver(session)
    found = {i for (i,) in raw.execute(f"SELECT rowid FROM {name} WHERE {name} MATCH :e LIMIT :n",  # noqa: S608
                                       {"e": expression, "n": GATHER + 1})}
    if len(found) > GATHER:
        return None
    org_index, org_expression = _fts_match("organisation", [term])
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
    ``term in text`` is the LIKE of :func:`matches`.  Rows whose own text lacks a term
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
    name, expression = _fts_match("organisation", [term])
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
    budget = max(WALK, 2 * expected)
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
    budget = max(WALK, 25 * need)
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


_MODELS = {"organisation": Organisation, "contact": Contact, "activity": Activity, "agreement": Agreement}
