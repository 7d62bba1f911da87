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
indexes: db.services.agreement_search reads their pages with these same pieces.

The trash and other databases (PostgreSQL) use the plain rule with an exact count.
"""

from __future__ import annotations

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


_MODELS = {"organisation": Organisation, "contact": Contact, "activity": Activity, "agreement": Agreement}
