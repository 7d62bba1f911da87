"""Agreements: MOUs and the like, with parties, signatories, scope and renewal chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.models import (
    Agreement,
    AgreementDocument,
    AgreementKind,
    AgreementParty,
    AgreementStatus,
    DatePrecision,
    Organisation,
    ScopeItem,
    Side,
    Signatory,
    Succession,
)
from db.models.base import utcnow
from db.services import agreement_rules as rules
from db.services import agreement_search
from db.services.common import Checker, Page, Saved, check_version, fetch, flush_checked, page, saved
from db.services.listing import ID_CHUNK, Filters, among, bulk, display_name, grouped_rows, in_trash, timestamp
from db.services import search_text
from db.text import like_pattern, search_terms

NEED_PARTY = QT_TRANSLATE_NOOP("Validation", "Name at least one partner organisation.")
NO_TERM_FOR_RENEWAL = QT_TRANSLATE_NOOP("Validation", "An agreement that renews itself needs a term or a renewal term.")
EXPIRY_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The expiry {end} is before the start of the term {start}.")
SELF_SUCCESSION = QT_TRANSLATE_NOOP("Validation", "An agreement cannot follow itself or one of its own renewals.")
UNKNOWN_PARTY = QT_TRANSLATE_NOOP("Validation", "There is no organisation with id {id}.")
PARTY_IN_TRASH = QT_TRANSLATE_NOOP("Validation", "{name} is in the trash; restore it before naming it as a partner.")
UNKNOWN_PREVIOUS = QT_TRANSLATE_NOOP("Validation", "There is no agreement with id {id}.")
PREVIOUS_IN_TRASH = QT_TRANSLATE_NOOP(
    "Validation", "The agreement “{title}” is in the trash; restore it before naming it as the previous one."
)


@dataclass
class SignatoryData:
    side: str = Side.PARTNER.value
    name: str = ""
    name_en: str | None = None
    title: str | None = None
    title_en: str | None = None
    organisation_name: str | None = None
    organisation_id: int | None = None


@dataclass
class ScopeItemData:
    text: str = ""
    text_en: str | None = None


@dataclass
class DocumentData:
    id: int
    original_name: str
    size: int
    sha256: str
    added_at: datetime
    notes: str | None = None


@dataclass
class AgreementData:
    title: str = ""
    kind: str = AgreementKind.MOU.value
    title_en: str | None = None
    status: str | None = None  # None: follow the dates
    signed_on: date | None = None
    signed_precision: str = DatePrecision.DAY.value
    effective_on: date | None = None
    term_years: int | None = None
    term_months: int | None = None
    expires_on_given: date | None = None
    auto_renew: bool = False
    renewal_term_years: int | None = None
    renewal_term_months: int | None = None
    notice_months: int | None = None
    notice_days: int | None = None
    renewed_from_id: int | None = None
    succession: str | None = None
    notes: str | None = None
    party_ids: list[int] = field(default_factory=list)
    signatories: list[SignatoryData] = field(default_factory=list)
    scope: list[ScopeItemData] = field(default_factory=list)
    # The version this data was read at; an update refuses to overwrite a newer one.
    version: int | None = None
    # Set by the services; ignored when saving.
    id: int | None = None
    uid: str | None = None
    party_names: list[str] = field(default_factory=list)
    documents: list[DocumentData] = field(default_factory=list)
    expires_on: date | None = None  # end of the first term, given or computed
    current_term_end: date | None = None  # rolls on for auto-renewal
    renewal_deadline: date | None = None
    effective_status: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class AgreementQuery:
    search: str | None = None
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # effective statuses, as of ``today``
    organisation_id: int | None = None
    expires_between: tuple[date, date] | None = None
    today: date | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = None  # only these records (a selection to export)
    order_by: str = "signed"  # signed, expires, title, status
    descending: bool = False
    offset: int = 0
    limit: int | None = None


def to_data(session: Session, a: Agreement, today: date | None = None) -> AgreementData:
    today = today or date.today()
    return AgreementData(
        title=a.title, kind=a.kind.value, title_en=a.title_en, status=a.status.value if a.status else None,
        signed_on=a.signed_on, signed_precision=a.signed_precision.value, effective_on=a.effective_on,
        term_years=a.term_years, term_months=a.term_months, expires_on_given=a.expires_on_given,
        auto_renew=a.auto_renew, renewal_term_years=a.renewal_term_years,
        renewal_term_months=a.renewal_term_months, notice_months=a.notice_months, notice_days=a.notice_days,
        renewed_from_id=a.renewed_from_id, succession=a.succession.value if a.succession else None,
        notes=a.notes, party_ids=[p.organisation_id for p in a.parties],
        signatories=[SignatoryData(s.side.value, s.name, s.name_en, s.title, s.title_en, s.organisation_name,
                                   s.organisation_id) for s in a.signatories],
        scope=[ScopeItemData(i.text, i.text_en) for i in a.scope_items],
        version=a.version, id=a.id, uid=a.uid, party_names=[p.organisation.display_name for p in a.parties],
        documents=[DocumentData(d.id, d.original_name, d.size, d.sha256, d.added_at, d.notes) for d in a.documents],
        expires_on=a.expires_on, current_term_end=rules.current_term_end(a, today),
        renewal_deadline=rules.decision_deadline(a, today),
        effective_status=rules.derived_status(a, today).value,
        created_at=a.created_at, updated_at=a.updated_at, deleted_at=a.deleted_at,
    )


def _validated(session: Session, data: AgreementData, agreement: Agreement | None) -> dict:
    """Clean and check ``data``; ``agreement`` is the one being edited (None when new).

    Only what the edit brings in is checked against the trash: an agreement whose
    partner has been moved to the trash stays editable as long as that party stays."""
    check = Checker("agreement")
    agreement_id = agreement.id if agreement is not None else None
    v = {
        "title": check.text("title", data.title, required=True, limit=300),
        "title_en": check.text("title_en", data.title_en, limit=300),
        "kind": check.choice("kind", data.kind, AgreementKind),
        "status": check.choice("status", data.status, AgreementStatus, required=False),
        "signed_on": data.signed_on,
        "signed_precision": check.choice("signed_precision", data.signed_precision or "day", DatePrecision),
        "effective_on": data.effective_on,
        "term_years": check.not_negative("term_years", data.term_years) or None,
        "term_months": check.not_negative("term_months", data.term_months) or None,
        "expires_on_given": data.expires_on_given,
        "auto_renew": bool(data.auto_renew),
        "renewal_term_years": check.not_negative("renewal_term_years", data.renewal_term_years) or None,
        "renewal_term_months": check.not_negative("renewal_term_months", data.renewal_term_months) or None,
        "notice_months": check.not_negative("notice_months", data.notice_months) or None,
        "notice_days": check.not_negative("notice_days", data.notice_days) or None,
        "renewed_from_id": data.renewed_from_id,
        "succession": check.choice("succession", data.succession, Succession, required=False),
        "notes": check.text("notes", data.notes),
    }
    if v["signed_on"] is not None and v["signed_precision"] == DatePrecision.MONTH:
        v["signed_on"] = v["signed_on"].replace(day=1)
    elif v["signed_on"] is not None and v["signed_precision"] == DatePrecision.YEAR:
        v["signed_on"] = v["signed_on"].replace(month=1, day=1)
    if v["auto_renew"] and not (v["term_years"] or v["term_months"] or v["renewal_term_years"]
                                or v["renewal_term_months"]):
        check.add("renewal_term_years", NO_TERM_FOR_RENEWAL)
    start = rules.term_start(v["effective_on"], v["signed_on"], v["signed_precision"] or DatePrecision.DAY)
    if start is not None and v["expires_on_given"] is not None and v["expires_on_given"] < start:
        check.add("expires_on_given", EXPIRY_BEFORE_START, start=start.isoformat(), end=v["expires_on_given"].isoformat())
    previous_id = v["renewed_from_id"]
    if previous_id is not None:
        v["succession"] = v["succession"] or Succession.RENEWAL
        previous = session.get(Agreement, previous_id)
        unchanged = agreement is not None and agreement.renewed_from_id == previous_id
        if previous is None:
            check.add("renewed_from_id", UNKNOWN_PREVIOUS, id=previous_id)
        elif previous.deleted_at is not None and not unchanged:
            check.add("renewed_from_id", PREVIOUS_IN_TRASH, title=previous.title)
        elif _would_cycle(session, agreement_id, previous_id):
            check.add("renewed_from_id", SELF_SUCCESSION)
    else:
        v["succession"] = None
    parties = list(dict.fromkeys(data.party_ids))
    if not parties:
        check.add("party_ids", NEED_PARTY)
    current = {p.organisation_id for p in agreement.parties} if agreement is not None else set()
    for org_id in parties:
        org = session.get(Organisation, org_id)
        if org is None:
            check.add("party_ids", UNKNOWN_PARTY, id=org_id)
        elif org.deleted_at is not None and org_id not in current:
            check.add("party_ids", PARTY_IN_TRASH, name=org.display_name)
    signatories = []
    for n, s in enumerate(data.signatories):
        at = f"signatories[{n}]."
        if s.organisation_id is not None and session.get(Organisation, s.organisation_id) is None:
            check.add(at + "organisation_id", UNKNOWN_PARTY, id=s.organisation_id)
        signatories.append(Signatory(
            side=check.choice(at + "side", s.side, Side), name=check.text(at + "name", s.name, required=True, limit=200),
            name_en=check.text(at + "name_en", s.name_en, limit=200),
            title=check.text(at + "title", s.title, limit=300), title_en=check.text(at + "title_en", s.title_en, limit=300),
            organisation_name=check.text(at + "organisation_name", s.organisation_name, limit=300),
            organisation_id=s.organisation_id, position=n,
        ))
    scope = []
    for n, item in enumerate(data.scope):
        text = check.text(f"scope[{n}].text", item.text, required=True)
        scope.append(ScopeItem(text=text, text_en=check.text(f"scope[{n}].text_en", item.text_en), position=n))
    check.raise_if_any()
    v["expires_on"] = rules.first_expiry(start, v["term_years"], v["term_months"], v["expires_on_given"])
    return {"values": v, "parties": parties, "signatories": signatories, "scope": scope}


def validated(session: Session, data: AgreementData, agreement_id: int | None) -> dict:
    """Clean and check ``data`` as a save would (the importer's preview asks first)."""
    agreement = fetch(session, Agreement, agreement_id) if agreement_id is not None else None
    return _validated(session, data, agreement)


def _would_cycle(session: Session, agreement_id: int | None, previous_id: int) -> bool:
    seen = set()
    current: int | None = previous_id
    while current is not None and current not in seen:
        if current == agreement_id:
            return True
        seen.add(current)
        previous = session.get(Agreement, current)
        if previous is None:
            return False
        current = previous.renewed_from_id
    return current is not None


def _apply(session: Session, agreement: Agreement, checked: dict) -> None:
    for name, value in checked["values"].items():
        setattr(agreement, name, value)
    keep = {p.organisation_id: p for p in agreement.parties}
    for org_id, party in keep.items():
        if org_id not in checked["parties"] and party.agreement_id is not None:
            session.delete(party)  # deleted explicitly, so that the history records it
    agreement.parties = [keep.get(org_id) or AgreementParty(organisation_id=org_id) for org_id in checked["parties"]]
    for n, party in enumerate(agreement.parties):
        party.position = n
    _replace_if_changed(session, agreement, "signatories", checked["signatories"],
                        ("side", "name", "name_en", "title", "title_en", "organisation_name", "organisation_id"))
    _replace_if_changed(session, agreement, "scope_items", checked["scope"], ("text", "text_en"))
    agreement.search_text = search_text.for_agreement(agreement.title, agreement.title_en,
                                                      agreement.signatories, agreement.notes)


def _replace_if_changed(session: Session, agreement: Agreement, name: str, new: list, keys: tuple[str, ...]) -> None:
    """Replace a child list only when it really changed, so the history stays quiet otherwise.

    The old rows are deleted explicitly: an orphan removed by the cascade alone would
    not show in the history.
    """
    old = getattr(agreement, name)
    if [tuple(getattr(o, k) for k in keys) for o in old] != [tuple(getattr(o, k) for k in keys) for o in new]:
        for row in old:
            if row.id is not None:
                session.delete(row)
        setattr(agreement, name, new)


def add_agreement(session: Session, data: AgreementData) -> Agreement:
    checked = _validated(session, data, None)
    agreement = Agreement()
    _apply(session, agreement, checked)
    session.add(agreement)
    session.flush()
    return agreement


def create_agreement(db: Database, data: AgreementData) -> Saved[AgreementData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add agreement")) as session:
        return saved(session, to_data(session, add_agreement(session, data)))


def update_agreement(db: Database, agreement_id: int, data: AgreementData) -> Saved[AgreementData]:
    """Save ``data`` over the agreement, parts included; ``data.version`` must be the
    version it was read at.  Changing only parties, signatories or scope moves it too."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit agreement")) as session:
        return saved(session, to_data(session, edit_agreement(session, agreement_id, data)))


def edit_agreement(session: Session, agreement_id: int, data: AgreementData) -> Agreement:
    """Repository helper: save ``data`` over the agreement inside a larger transaction."""
    agreement = fetch(session, Agreement, agreement_id)
    check_version(session, agreement, data.version)
    with session.no_autoflush:
        checked = _validated(session, data, agreement)
        _apply(session, agreement, checked)
    flush_checked(session, agreement)
    return agreement


def get_agreement(db: Database, agreement_id: int, today: date | None = None) -> AgreementData:
    with db.reading() as session:
        return to_data(session, fetch(session, Agreement, agreement_id, allow_trashed=True), today)


def delete_agreement(db: Database, agreement_id: int) -> Saved[AgreementData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete agreement")) as session:
        agreement = fetch(session, Agreement, agreement_id)
        agreement.deleted_at = utcnow()
        flush_checked(session, agreement)
        return saved(session, to_data(session, agreement))


_ORDER = {"signed": Agreement.signed_on, "expires": Agreement.expires_on, "title": Agreement.title}

# The agreement's own columns a list reads as plain rows (see _listed); its parts come
# after, by one grouped query each for the page's ids.
_LISTED = ("id", "title", "kind", "title_en", "status", "signed_on", "signed_precision", "effective_on", "term_years",
           "term_months", "expires_on_given", "auto_renew", "renewal_term_years", "renewal_term_months",
           "notice_months", "notice_days", "renewed_from_id", "succession", "notes", "version", "uid", "expires_on",
           "created_at", "updated_at", "deleted_at")


def list_agreements(db: Database, query: AgreementQuery = AgreementQuery()) -> Page[AgreementData]:
    """A page of agreements, each whole (the same :class:`AgreementData` as
    :func:`get_agreement`); the search looks at their own text and their partners'
    through the full-text indexes (db.services.agreement_search).

    Read as plain rows, not ORM objects: the page's agreements by one query in the
    list's order, then their parties, signatories, scope, documents and renewals by one
    grouped query each (:func:`_listed`)."""
    check = Filters("agreement")
    kinds = check.choices("kinds", query.kinds, AgreementKind)
    statuses = check.choices("statuses", query.statuses, AgreementStatus)
    check.option("order_by", query.order_by, (*_ORDER, "status"))
    check.raise_if_any()
    today = query.today or date.today()
    # Built only when used: the expression costs more to build than a page to read.
    status = rules.status_expression(today) if statuses or query.order_by == "status" else None
    a = Agreement.__table__.c
    stmt = select(*(_plain(a[name]) for name in _LISTED))
    stmt = stmt.where(in_trash(db, Agreement.deleted_at, query.trashed))
    conditions = []
    if kinds:
        conditions.append(Agreement.kind.in_(kinds))
    if statuses:
        conditions.append(status.in_([s.value for s in statuses]))
    if query.organisation_id is not None:
        conditions.append(Agreement.parties.any(AgreementParty.organisation_id == query.organisation_id))
    if query.expires_between is not None:
        first, last = query.expires_between
        conditions.append(and_(Agreement.expires_on >= first, Agreement.expires_on <= last))
    if query.ids is not None:
        conditions.append(among(db, Agreement.id, query.ids))
    column = status if query.order_by == "status" else _ORDER[query.order_by]
    ordered = column.desc() if query.descending else column.asc()
    stmt = stmt.where(*conditions).order_by(ordered.nulls_last(), Agreement.id)
    with db.reading() as session, bulk():
        found = agreement_search.agreement_page(session, stmt, query.search, id_column=Agreement.id, offset=query.offset,
                                      limit=query.limit, trashed=query.trashed, filtered=bool(conditions),
                                      convert=lambda row: row)
        return Page(_listed(session, found.rows, today), found.total, query.offset, found.capped)


_AS_STORED = {"kind", "status", "signed_precision", "succession", "side", "created_at", "updated_at", "deleted_at",
              "added_at"}


def _plain(column):
    """Enums and timestamps read as stored (their values, ISO text): the generic types'
    conversions cost more than the rest of a page; timestamps are parsed by ``timestamp``."""
    return type_coerce(column, String).label(column.key) if column.key in _AS_STORED else column


class _Row:
    """A listed row with its enums as members, which the date rules read as an entity's."""

    __slots__ = ("expires_on", "auto_renew", "renewal_term_years", "renewal_term_months", "term_years",
                 "term_months", "notice_months", "notice_days", "status", "signed_on", "effective_on")

    def __init__(self, row) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(row, name))
        self.status = AgreementStatus(row.status) if row.status else None


def _listed(session: Session, rows: list, today: date) -> list[AgreementData]:
    """Plain agreement rows (columns :data:`_LISTED`) as whole records, the same as
    :func:`to_data` gives: parts in their stored order, derived dates and status by the
    same rules (which read the row's attributes as they read an entity's)."""
    ids = [row.id for row in rows]
    p, o = AgreementParty.__table__.c, Organisation.__table__.c
    s, i, d = Signatory.__table__.c, ScopeItem.__table__.c, AgreementDocument.__table__.c
    parties = grouped_rows(session, lambda chunk: select(p.agreement_id, p.organisation_id, o.name_ja, o.name_en)
                           .join_from(AgreementParty.__table__, Organisation.__table__, o.id == p.organisation_id)
                           .where(p.agreement_id.in_(chunk)).order_by(p.agreement_id, p.position), ids)
    signatories = grouped_rows(session, lambda chunk: select(
        s.agreement_id, _plain(s.side), s.name, s.name_en, s.title, s.title_en, s.organisation_name, s.organisation_id)
        .where(s.agreement_id.in_(chunk)).order_by(s.agreement_id, s.position, s.id), ids)
    scope = grouped_rows(session, lambda chunk: select(i.agreement_id, i.text, i.text_en)
                         .where(i.agreement_id.in_(chunk)).order_by(i.agreement_id, i.position, i.id), ids)
    documents = grouped_rows(session, lambda chunk: select(
        d.agreement_id, d.id, d.original_name, d.size, d.sha256, _plain(d.added_at), d.notes)
        .where(d.agreement_id.in_(chunk)).order_by(d.agreement_id, d.id), ids)
    successor = Agreement.__table__.alias("successor")
    renewed = set()
    for start in range(0, len(ids), ID_CHUNK):
        # Looked up by renewed_from_id, then tested by the rule: in SQL the planner would
        # read every live agreement through the deleted_at index instead of these few.
        for successor_row in session.execute(select(
                successor.c.renewed_from_id, successor.c.succession, successor.c.deleted_at).where(
                successor.c.renewed_from_id.in_(ids[start:start + ID_CHUNK]))):
            if rules.counts_as_renewal(successor_row):
                renewed.add(successor_row.renewed_from_id)
    items = []
    for r in rows:
        its_parties = parties.get(r.id, [])
        dated = _Row(r)
        items.append(AgreementData(
            title=r.title, kind=r.kind, title_en=r.title_en, status=r.status,
            signed_on=r.signed_on, signed_precision=r.signed_precision, effective_on=r.effective_on,
            term_years=r.term_years, term_months=r.term_months, expires_on_given=r.expires_on_given,
            auto_renew=r.auto_renew, renewal_term_years=r.renewal_term_years,
            renewal_term_months=r.renewal_term_months, notice_months=r.notice_months, notice_days=r.notice_days,
            renewed_from_id=r.renewed_from_id, succession=r.succession,
            notes=r.notes, party_ids=[x.organisation_id for x in its_parties],
            signatories=[SignatoryData(x.side, x.name, x.name_en, x.title, x.title_en, x.organisation_name,
                                       x.organisation_id) for x in signatories.get(r.id, [])],
            scope=[ScopeItemData(x.text, x.text_en) for x in scope.get(r.id, [])],
            version=r.version, id=r.id, uid=r.uid,
            party_names=[display_name(x.name_ja, x.name_en) for x in its_parties],
            documents=[DocumentData(x.id, x.original_name, x.size, x.sha256, timestamp(x.added_at), x.notes)
                       for x in documents.get(r.id, [])],
            expires_on=r.expires_on, current_term_end=rules.current_term_end(dated, today),
            renewal_deadline=rules.decision_deadline(dated, today),
            effective_status=rules.derived_status(dated, today, renewed=r.id in renewed).value,
            created_at=timestamp(r.created_at), updated_at=timestamp(r.updated_at),
            deleted_at=timestamp(r.deleted_at),
        ))
    return items


def renewal_chain(db: Database, agreement_id: int) -> list[AgreementData]:
    """The agreement's line from the original through every renewal and amendment, oldest first."""
    with db.reading() as session:
        agreement = fetch(session, Agreement, agreement_id, allow_trashed=True)
        while agreement.renewed_from is not None:
            agreement = agreement.renewed_from
        chain, queue = [], [agreement]
        while queue:
            current = queue.pop(0)
            chain.append(to_data(session, current))
            queue.extend(sorted(current.successors, key=lambda s: (s.signed_on or date.max, s.id)))
        return chain


