"""The trash: deleted records wait here until restored or removed for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.models import Activity, Agreement, AgreementParty, Contact, Membership, Organisation, Signatory
from db.services.common import fetch

STILL_USED = QT_TRANSLATE_NOOP(
    "Errors", "{label} is still a party to {count} agreement(s); remove it from them before deleting it for good."
)
PARENT_IN_TRASH = QT_TRANSLATE_NOOP("Errors", "Restore the organisation {label} first; this record belongs to it.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "'{kind}' is not a kind of record kept in the trash.")

TRASHABLE = {
    "organisation": Organisation,
    "contact": Contact,
    "membership": Membership,
    "agreement": Agreement,
    "activity": Activity,
}


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: int
    label: str
    deleted_at: datetime
    parent: str | None = None  # the organisation a contact or membership belongs to


def _model(kind: str):
    try:
        return TRASHABLE[kind]
    except KeyError:
        raise KakehashiError(UNKNOWN_KIND, kind=kind) from None


def _label(obj) -> str:
    if isinstance(obj, (Organisation, Contact)):
        return obj.display_name
    if isinstance(obj, Membership):
        return f"{obj.organisation.display_name} ({obj.tier.value})"
    return obj.title


def list_trash(db: Database) -> list[TrashItem]:
    """Everything in the trash, newest deletion first.  Contacts and memberships deleted
    together with their organisation are listed under it, not on their own."""
    items: list[TrashItem] = []
    with db.reading() as session:
        for kind, model in TRASHABLE.items():
            for obj in session.scalars(select(model).where(model.deleted_at.is_not(None))):
                parent = getattr(obj, "organisation", None) if kind in ("contact", "membership") else None
                if parent is not None and parent.deleted_at == obj.deleted_at:
                    continue
                items.append(TrashItem(kind, obj.id, _label(obj), obj.deleted_at,
                                       parent.display_name if parent is not None else None))
    return sorted(items, key=lambda i: (i.deleted_at, i.kind, i.id), reverse=True)


def restore(db: Database, kind: str, record_id: int) -> None:
    """Take a record out of the trash, with whatever was deleted together with it."""
    model = _model(kind)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Restore from the trash")) as session:
        obj = fetch(session, model, record_id, allow_trashed=True)
        parent = getattr(obj, "organisation", None) if kind in ("contact", "membership") else None
        if parent is not None and parent.deleted_at is not None:
            raise KakehashiError(PARENT_IN_TRASH, label=parent.display_name)
        deleted_at, obj.deleted_at = obj.deleted_at, None
        if isinstance(obj, Organisation) and deleted_at is not None:
            for child in (*obj.contacts, *obj.memberships):
                if child.deleted_at == deleted_at:
                    child.deleted_at = None


def purge(db: Database, kind: str, record_id: int) -> None:
    """Remove a record in the trash for good (its history stays)."""
    model = _model(kind)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete for good")) as session:
        obj = fetch(session, model, record_id, allow_trashed=True)
        if obj.deleted_at is None:
            return
        if isinstance(obj, Organisation):
            count = session.query(AgreementParty).filter(AgreementParty.organisation_id == obj.id).count()
            if count:
                raise KakehashiError(STILL_USED, label=obj.display_name, count=count)
            for child in (*obj.contacts, *obj.memberships):
                session.delete(child)
            for signatory in session.scalars(select(Signatory).where(Signatory.organisation_id == obj.id)):
                signatory.organisation_id = None
        if isinstance(obj, Agreement):
            for successor in obj.successors:
                successor.renewed_from_id = None
                successor.succession = None
            for activity in session.scalars(select(Activity).where(Activity.agreement_id == obj.id)):
                activity.agreement_id = None
        session.delete(obj)


def empty_trash(db: Database, before: datetime | None = None) -> int:
    """Purge everything deleted before ``before`` (all when None); return how many were removed.

    Organisations still named in agreements stay in the trash.
    """
    removed = 0
    for item in list_trash(db):
        if before is not None and item.deleted_at >= before:
            continue
        try:
            purge(db, item.kind, item.id)
            removed += 1
        except KakehashiError:
            continue
    return removed


