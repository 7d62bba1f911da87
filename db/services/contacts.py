"""Contact persons of organisations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.models import Contact, Organisation
from db.models.base import utcnow
from db.services.common import Checker, Page, Saved, check_version, fetch, flush_checked, page, saved, where_search
from db.services import search
from db.services.listing import among, display_name, in_trash
from db.services import search_text
from db.text import sort_key

CONTACT_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give a family name or an English name.")


@dataclass
class ContactData:
    organisation_id: int | None = None
    family_name: str | None = None
    given_name: str | None = None
    family_name_kana: str | None = None
    given_name_kana: str | None = None
    name_en: str | None = None
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phone: str | None = None
    is_primary: bool = False
    notes: str | None = None
    # The version this data was read at; an update refuses to overwrite a newer one.
    version: int | None = None
    # Set by the services; ignored when saving.
    id: int | None = None
    uid: str | None = None
    organisation_name: str | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name) if p) or self.name_en or ""


@dataclass(frozen=True)
class ContactQuery:
    search: str | None = None
    organisation_id: int | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = None  # only these records (a selection to export)
    offset: int = 0
    limit: int | None = None


_TEXT_LIMITS = {"family_name": 100, "given_name": 100, "family_name_kana": 100, "given_name_kana": 100,
                "name_en": 200, "title": 200, "department": 200, "phone": 50}


def to_data(c: Contact) -> ContactData:
    return ContactData(
        organisation_id=c.organisation_id, family_name=c.family_name, given_name=c.given_name,
        family_name_kana=c.family_name_kana, given_name_kana=c.given_name_kana, name_en=c.name_en,
        title=c.title, department=c.department, email=c.email, phone=c.phone, is_primary=c.is_primary,
        notes=c.notes, version=c.version, id=c.id, uid=c.uid, organisation_name=c.organisation.display_name,
        updated_at=c.updated_at, deleted_at=c.deleted_at,
    )


def validated(data: ContactData) -> dict:
    check = Checker("contact")
    values = {name: check.text(name, getattr(data, name), limit=limit) for name, limit in _TEXT_LIMITS.items()}
    values["email"] = check.email("email", data.email)
    values["notes"] = check.text("notes", data.notes)
    values["organisation_id"] = check.required("organisation_id", data.organisation_id)
    values["is_primary"] = bool(data.is_primary)
    if values["family_name"] is None and values["name_en"] is None:
        check.add("family_name", CONTACT_NAME_REQUIRED)
    check.raise_if_any()
    return values


def _apply(session: Session, contact: Contact, values: dict) -> None:
    fetch(session, Organisation, values["organisation_id"])
    for name, value in values.items():
        setattr(contact, name, value)
    for name, value in derived_columns(values).items():
        setattr(contact, name, value)


def derived_columns(values: dict) -> dict[str, str]:
    """The folded search text and sort key of a contact's cleaned values."""
    kana = "".join(values.get(k) or "" for k in ("family_name_kana", "given_name_kana"))
    return {
        "search_text": search_text.for_contact(values),
        "sort_key": sort_key(kana, values.get("family_name"), values.get("name_en"))[:200],
    }


def settle_primary(session: Session, contact: Contact, *, claim: bool = True) -> None:
    """One primary contact per organisation: the first one added, or the one marked last.

    With ``claim=False`` a contact marked primary takes the role only where nobody has
    it (a primary contact moved to another organisation does not unseat that one's).
    Runs before the contact is flushed, so the history records its final state once.
    """
    others = select(Contact).where(Contact.organisation_id == contact.organisation_id,
                                   Contact.deleted_at.is_(None), Contact.is_primary)
    if contact.id is not None:
        others = others.where(Contact.id != contact.id)
    with session.no_autoflush:
        current = list(session.scalars(others))
    if contact.is_primary and not claim and current:
        contact.is_primary = False
    elif contact.is_primary:
        for other in current:
            other.is_primary = False
    elif not current:
        contact.is_primary = True


def _promote_successor(session: Session, organisation_id: int, leaving: Contact) -> None:
    """The organisation's primary contact left (trash, or moved elsewhere): the next one
    in list order takes over, so an organisation with contacts always has a primary."""
    with session.no_autoflush:
        successor = session.scalar(
            select(Contact).where(Contact.organisation_id == organisation_id, Contact.deleted_at.is_(None),
                                  Contact.id != leaving.id)
            .order_by(Contact.sort_key, Contact.id).limit(1)
        )
    if successor is not None:
        successor.is_primary = True


def add_contact(session: Session, data: ContactData) -> Contact:
    values = validated(data)
    contact = Contact()
    with session.no_autoflush:
        _apply(session, contact, values)
    settle_primary(session, contact)
    session.add(contact)
    session.flush()
    return contact


def create_contact(db: Database, data: ContactData) -> Saved[ContactData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add contact")) as session:
        return saved(session, to_data(add_contact(session, data)))


def update_contact(db: Database, contact_id: int, data: ContactData) -> Saved[ContactData]:
    """Save ``data`` over the contact; ``data.version`` must be the version it was read at.

    Moving the organisation's primary contact elsewhere hands the role to the next
    contact there; in the new organisation it stays primary only where nobody is,
    unless the move also marks it primary."""
    validated(data)  # a bad form is refused before the write lock is taken
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit contact")) as session:
        return saved(session, to_data(edit_contact(session, contact_id, data)))


def edit_contact(session: Session, contact_id: int, data: ContactData) -> Contact:
    """Repository helper: save ``data`` over the contact inside a larger transaction."""
    values = validated(data)
    contact = fetch(session, Contact, contact_id)
    check_version(session, contact, data.version)
    old_org, was_primary = contact.organisation_id, contact.is_primary
    with session.no_autoflush:
        _apply(session, contact, values)
    moved = contact.organisation_id != old_org
    settle_primary(session, contact, claim=not (moved and was_primary))
    if moved and was_primary:
        _promote_successor(session, old_org, contact)
    flush_checked(session, contact)
    session.expire(contact, ["organisation"])
    return contact


def delete_contact(db: Database, contact_id: int) -> Saved[ContactData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete contact")) as session:
        contact = fetch(session, Contact, contact_id)
        contact.deleted_at = utcnow()
        if contact.is_primary:
            contact.is_primary = False
            _promote_successor(session, contact.organisation_id, contact)
        flush_checked(session, contact)
        return saved(session, to_data(contact))


def get_contact(db: Database, contact_id: int) -> ContactData:
    with db.reading() as session:
        return to_data(fetch(session, Contact, contact_id, allow_trashed=True))


def list_contacts(db: Database, query: ContactQuery = ContactQuery()) -> Page[ContactData]:
    """A page of contacts as plain rows, searched through the full-text index."""
    c, o = Contact, Organisation
    stmt = (select(c.id, c.organisation_id, c.family_name, c.given_name, c.family_name_kana, c.given_name_kana,
                   c.name_en, c.title, c.department, c.email, c.phone, c.is_primary, c.notes, c.version, c.uid,
                   c.updated_at, c.deleted_at, o.name_ja.label("org_ja"), o.name_en.label("org_en"))
            .join(o, o.id == c.organisation_id))
    stmt = stmt.where(in_trash(db, c.deleted_at, query.trashed))
    if not query.trashed:
        stmt = stmt.where(in_trash(db, o.deleted_at, False))
    if query.organisation_id is not None:
        stmt = stmt.where(c.organisation_id == query.organisation_id)
    if query.ids is not None:
        stmt = stmt.where(among(db, c.id, query.ids))
    stmt = stmt.order_by(o.sort_key, c.is_primary.desc(), c.sort_key, c.id)
    with db.reading() as session:
        found = search.search_page(session, stmt, "contact", query.search, id_column=c.id, offset=query.offset,
                                   limit=query.limit, trashed=query.trashed, filtered=True, ordered_scan=False)
    items = [ContactData(
        organisation_id=r.organisation_id, family_name=r.family_name, given_name=r.given_name,
        family_name_kana=r.family_name_kana, given_name_kana=r.given_name_kana, name_en=r.name_en, title=r.title,
        department=r.department, email=r.email, phone=r.phone, is_primary=r.is_primary, notes=r.notes,
        version=r.version, id=r.id, uid=r.uid, organisation_name=display_name(r.org_ja, r.org_en),
        updated_at=r.updated_at, deleted_at=r.deleted_at) for r in found.rows]
    return Page(items, found.total, query.offset, found.capped)
