"""Organisations: partners, members, municipalities — create, edit, list, trash."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, selectinload

from db.database import Database
from db.errors import NAME_REQUIRED, QT_TRANSLATE_NOOP
from db.models import Agreement, AgreementParty, Membership, Organisation, OrganisationKind, Tag
from db.models.base import utcnow
from db.services.common import Checker, Page, fetch, page, where_search
from db.text import clean, fold, sort_key

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


def to_data(org: Organisation) -> OrganisationData:
    return OrganisationData(
        kind=org.kind.value, name_ja=org.name_ja, name_en=org.name_en, name_kana=org.name_kana,
        short_name=org.short_name, country=org.country, region=org.region, city=org.city,
        address=org.address, website=org.website, notes=org.notes, tags=[t.name for t in org.tags],
        id=org.id, uid=org.uid, created_at=org.created_at, updated_at=org.updated_at,
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
    searched = (values.get(k) for k in ("name_ja", "name_en", "name_kana", "short_name", "region", "city"))
    return {
        "search_text": "|".join(fold(v) for v in (*searched, *tags) if v),
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


def create_organisation(db: Database, data: OrganisationData) -> OrganisationData:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add organisation")) as session:
        return to_data(add_organisation(session, data))


def update_organisation(db: Database, org_id: int, data: OrganisationData) -> OrganisationData:
    values, tags = validated(data)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit organisation")) as session:
        org = fetch(session, Organisation, org_id)
        _apply(session, org, values, tags)
        session.flush()
        return to_data(org)


def get_organisation(db: Database, org_id: int) -> OrganisationData:
    with db.reading() as session:
        return to_data(fetch(session, Organisation, org_id, allow_trashed=True))


def list_organisations(db: Database, query: OrganisationQuery = OrganisationQuery()) -> Page[OrganisationData]:
    stmt = select(Organisation).options(selectinload(Organisation.tags))
    stmt = stmt.where(Organisation.deleted_at.is_not(None) if query.trashed else Organisation.deleted_at.is_(None))
    stmt = where_search(stmt, Organisation.search_text, query.search)
    if query.kinds:
        stmt = stmt.where(Organisation.kind.in_([OrganisationKind(k) for k in query.kinds]))
    if query.country:
        stmt = stmt.where(Organisation.country == query.country.upper())
    if query.tag:
        stmt = stmt.where(Organisation.tags.any(Tag.name == query.tag))
    if query.role == "partner":
        stmt = stmt.where(exists().where(AgreementParty.organisation_id == Organisation.id,
                                         AgreementParty.agreement_id == Agreement.id, Agreement.deleted_at.is_(None)))
    elif query.role == "member":
        today = query.today or date.today()
        stmt = stmt.where(Organisation.memberships.any(and_(
            Membership.deleted_at.is_(None), Membership.starts_on <= today,
            or_(Membership.ends_on.is_(None), Membership.ends_on >= today))))
    column = _ORDER.get(query.order_by, Organisation.sort_key)
    stmt = stmt.order_by(column.desc() if query.descending else column.asc(), Organisation.id)
    with db.reading() as session:
        rows, total = page(session, stmt, query.offset, query.limit)
        return Page([to_data(o) for o in rows], total, query.offset)


def delete_organisation(db: Database, org_id: int) -> None:
    """Move the organisation, with its contacts and memberships, to the trash."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete organisation")) as session:
        org = fetch(session, Organisation, org_id)
        now = utcnow()
        org.deleted_at = now
        for child in (*org.contacts, *org.memberships):
            if child.deleted_at is None:
                child.deleted_at = now


def all_tags(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Tag.name).order_by(Tag.name)))


