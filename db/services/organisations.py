"""Organisations: partners, members, municipalities — create, edit, list, trash."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import String, and_, exists, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from db.database import Database
from db.errors import NAME_REQUIRED, QT_TRANSLATE_NOOP
from db.models import Agreement, AgreementParty, Membership, Organisation, OrganisationKind, Tag, organisation_tag
from db.models.base import utcnow
from db.services.common import Checker, Page, Saved, check_version, fetch, flush_checked, page, saved, where_search
from db.services import search
from db.services.listing import Filters, among, bulk, grouped, in_trash, timestamp
from db.services.memberships import running_on
from db.services import search_text
from db.text import clean, sort_key

BAD_COUNTRY = QT_TRANSLATE_NOOP("Validation", "'{value}' is not a two-letter country code such as JP or US.")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass
class OrganisationData:
    """An organisation as forms, lists and exports see it."""

    kind: str = OrganisationKind.OTHER.value
    name_ja: str | None = None
    name_en: str | None = None
    name_kana: str | None = None
    short_name: str | None = None
    country: str = "JP"
    region: str | None = None
    city: str | None = None
    address: str | None = None
    website: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    # The version this data was read at; an update refuses to overwrite a newer one.
    version: int | None = None
    # Set by the services; ignored when saving.
    id: int | None = None
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return self.name_ja or self.name_en or ""


@dataclass(frozen=True)
class OrganisationQuery:
    search: str | None = None
    kinds: tuple[str, ...] = ()
    country: str | None = None
    tag: str | None = None
    # "partner": party to an agreement; "member": a membership running on ``today``.
    role: str | None = None
    today: date | None = None
    trashed: bool = False  # True lists the trash instead
    ids: tuple[int, ...] | None = None  # only these records (a selection to export)
    order_by: str = "name"  # name, kind, country, updated
    descending: bool = False
    offset: int = 0
    limit: int | None = None


_EDITABLE = ["name_ja", "name_en", "name_kana", "short_name", "country", "region", "city", "address",
             "website", "notes"]
_ORDER = {
    "name": Organisation.sort_key,
    "kind": Organisation.kind,
    "country": Organisation.country,
    "updated": Organisation.updated_at,
}


# The index on the name order (migration 0001) and the ORDER BY it serves, for search.
_NAME_INDEX = ("ix_organisation_sort_key", "organisation.sort_key, organisation.id")


def _listed(row) -> OrganisationData:
    """A list's row as data (unpacked by position: 50,000 rows); tags come after, by one
    grouped query."""
    (id_, kind, name_ja, name_en, name_kana, short_name, country, region, city, address, website, notes, version,
     uid, created_at, updated_at, deleted_at) = row[:17]
    return OrganisationData(
        kind=kind, name_ja=name_ja, name_en=name_en, name_kana=name_kana, short_name=short_name, country=country,
        region=region, city=city, address=address, website=website, notes=notes, tags=[], version=version, id=id_,
        uid=uid, created_at=timestamp(created_at), updated_at=timestamp(updated_at), deleted_at=timestamp(deleted_at))


def to_data(org: Organisation) -> OrganisationData:
    return OrganisationData(
        kind=org.kind.value, name_ja=org.name_ja, name_en=org.name_en, name_kana=org.name_kana,
        short_name=org.short_name, country=org.country, region=org.region, city=org.city,
        address=org.address, website=org.website, notes=org.notes, tags=[t.name for t in org.tags],
        version=org.version, id=org.id, uid=org.uid, created_at=org.created_at, updated_at=org.updated_at,
        deleted_at=org.deleted_at,
    )


def validated(data: OrganisationData) -> tuple[dict, list[str]]:
    """Clean and check ``data``; raise ValidationError naming every bad field."""
    check = Checker("organisation")
    values = {
        "name_ja": check.text("name_ja", data.name_ja, limit=200),
        "name_en": check.text("name_en", data.name_en, limit=200),
        "name_kana": check.text("name_kana", data.name_kana, limit=200),
        "short_name": check.text("short_name", data.short_name, limit=50),
        "region": check.text("region", data.region, limit=100),
        "city": check.text("city", data.city, limit=100),
        "address": check.text("address", data.address, limit=300),
        "website": check.url("website", data.website),
        "notes": check.text("notes", data.notes),
        "kind": check.choice("kind", data.kind, OrganisationKind),
    }
    if values["name_ja"] is None and values["name_en"] is None:
        check.add("name_ja", NAME_REQUIRED)
    country = (clean(data.country) or "").upper()
    if not _COUNTRY.match(country):
        check.add("country", BAD_COUNTRY, value=data.country or "")
    values["country"] = country
    tags = []
    for tag in data.tags:
        name = check.text("tags", tag, limit=100)
        if name and name not in tags:
            tags.append(name)
    check.raise_if_any()
    return values, tags


def _apply(session: Session, org: Organisation, values: dict, tags: list[str]) -> None:
    for name, value in values.items():
        setattr(org, name, value)
    with session.no_autoflush:  # the history must see the new record whole, tags included
        org.tags = [_tag(session, name) for name in tags]
    for name, value in derived_columns(values, tags).items():
        setattr(org, name, value)


def derived_columns(values: dict, tags: list[str]) -> dict[str, str]:
    """The folded search text and sort key of an organisation's cleaned values."""
    return {
        "search_text": search_text.for_organisation(values, tags),
        "sort_key": sort_key(values.get("name_kana"), values.get("name_ja"), values.get("name_en"))[:200],
    }


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def add_organisation(session: Session, data: OrganisationData) -> Organisation:
    """Repository helper for use cases that add organisations inside a larger transaction."""
    values, tags = validated(data)
    org = Organisation()
    session.add(org)
    _apply(session, org, values, tags)
    session.flush()
    return org


def create_organisation(db: Database, data: OrganisationData) -> Saved[OrganisationData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add organisation")) as session:
        return saved(session, to_data(add_organisation(session, data)))


def edit_organisation(session: Session, org_id: int, data: OrganisationData) -> Organisation:
    """Repository helper: save ``data`` over the organisation inside a larger transaction."""
    values, tags = validated(data)
    org = fetch(session, Organisation, org_id)
    check_version(session, org, data.version)
    _apply(session, org, values, tags)
    flush_checked(session, org)
    return org


def update_organisation(db: Database, org_id: int, data: OrganisationData) -> Saved[OrganisationData]:
    """Save ``data`` over the organisation; ``data.version`` must be the version it was read at."""
    validated(data)  # a bad form is refused before the write lock is taken
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit organisation")) as session:
        return saved(session, to_data(edit_organisation(session, org_id, data)))


def get_organisation(db: Database, org_id: int) -> OrganisationData:
    with db.reading() as session:
        return to_data(fetch(session, Organisation, org_id, allow_trashed=True))


def list_organisations(db: Database, query: OrganisationQuery = OrganisationQuery()) -> Page[OrganisationData]:
    """A page of organisations as plain rows (tags by one grouped query), searched through
    the full-text index (db.services.search)."""
    check = Filters("organisation")
    kinds = check.choices("kinds", query.kinds, OrganisationKind)
    check.option("role", query.role, ("partner", "member"))
    check.option("order_by", query.order_by, tuple(_ORDER))
    check.raise_if_any()
    # Table columns, not mapped attributes: a plain query needs no mapper set-up, which
    # is a good part of a short command's time (relationship filters below still use it).
    o, tag = Organisation.__table__.c, Tag.__table__.c
    # The kind as stored (its value): converting 50,000 enum members back costs more than the rest.
    stmt = select(o.id, type_coerce(o.kind, String).label("kind"), o.name_ja, o.name_en, o.name_kana, o.short_name,
                  o.country, o.region, o.city, o.address, o.website, o.notes, o.version, o.uid,
                  *(type_coerce(c, String).label(c.key) for c in (o.created_at, o.updated_at, o.deleted_at)))
    if query.search:  # a search may walk the list testing the text
        stmt = stmt.add_columns(o.search_text)
    stmt = stmt.where(in_trash(db, o.deleted_at, query.trashed))
    conditions = []
    if kinds:
        conditions.append(o.kind.in_(kinds))
    if query.country:
        conditions.append(o.country == query.country.upper())
    if query.tag:
        conditions.append(Organisation.tags.any(Tag.name == query.tag))
    if query.ids is not None:
        conditions.append(among(db, o.id, query.ids))
    if query.role == "partner":
        conditions.append(exists().where(AgreementParty.organisation_id == o.id,
                                         AgreementParty.agreement_id == Agreement.id, Agreement.deleted_at.is_(None)))
    elif query.role == "member":
        today = query.today or date.today()
        conditions.append(Organisation.memberships.any(and_(Membership.deleted_at.is_(None), running_on(today))))
    column = o[_ORDER[query.order_by].key]
    stmt = stmt.where(*conditions).order_by(column.desc() if query.descending else column.asc(), o.id)
    with db.reading() as session, bulk():
        found = search.search_page(session, stmt, "organisation", query.search, id_column=o.id,
                                   offset=query.offset, limit=query.limit, trashed=query.trashed,
                                   filtered=bool(conditions), ordered_scan=query.order_by != "updated",
                                   ordered_index=_NAME_INDEX if query.order_by == "name" and not query.descending
                                   and db.engine.dialect.name == "sqlite" else None, convert=_listed)
        items = found.rows
        tags = grouped(session, organisation_tag.c.organisation_id, tag.name, [i.id for i in items],
                       tag.id == organisation_tag.c.tag_id, order_by=[tag.name])
        for item in items:
            item.tags = tags.get(item.id, [])
    return Page(items, found.total, query.offset, found.capped)


def delete_organisation(db: Database, org_id: int) -> Saved[OrganisationData]:
    """Move the organisation, with its contacts and memberships, to the trash."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete organisation")) as session:
        org = fetch(session, Organisation, org_id)
        now = utcnow()
        org.deleted_at = now
        for child in (*org.contacts, *org.memberships):
            if child.deleted_at is None:
                child.deleted_at = now
        flush_checked(session, org)
        return saved(session, to_data(org))


def all_tags(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Tag.name).order_by(Tag.name)))


