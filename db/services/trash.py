"""The trash: deleted records wait here until restored or removed for good."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from db import audit
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.models import Activity, Agreement, AgreementParty, Contact, Membership, Organisation, Signatory
from db.services import activities, agreements, contacts, memberships, organisations
from db.services.common import Saved, fetch, saved

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
    if isinstance(obj, Membership):
        return memberships.membership_label(obj)
    if isinstance(obj, (Organisation, Contact)):
        return obj.display_name
    return obj.title


def _data(session: Session, obj) -> Any:
    """The record as its own service shows it."""
    if isinstance(obj, Organisation):
        return organisations.to_data(obj)
    if isinstance(obj, Contact):
        return contacts.to_data(obj)
    if isinstance(obj, Membership):
        return memberships.to_data(obj)
    if isinstance(obj, Agreement):
        return agreements.to_data(session, obj)
    return activities.to_data(obj)


@dataclass(frozen=True)
class KeptItem:
    """A record ``empty_trash`` left in the trash, and why (a translatable template)."""

    kind: str
    id: int
    label: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True)
class EmptiedTrash:
    removed: int
    kept: list[KeptItem]
    operation_id: int | None


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


def restore(db: Database, kind: str, record_id: int) -> Saved[Any]:
    """Take a record out of the trash, with whatever was deleted together with it."""
    model = _model(kind)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Restore from the trash")) as session:
        obj = fetch(session, model, record_id, allow_trashed=True)
        parent = getattr(obj, "organisation", None) if kind in ("contact", "membership") else None
        if parent is not None and parent.deleted_at is not None:
            raise KakehashiError(PARENT_IN_TRASH, label=parent.display_name)
        deleted_at, obj.deleted_at = obj.deleted_at, None
        if isinstance(obj, Organisation) and deleted_at is not None:
            # Its contacts come back as they went, with the primary they had.
            for child in (*obj.contacts, *obj.memberships):
                if child.deleted_at == deleted_at:
                    child.deleted_at = None
        if isinstance(obj, Contact):
            # Trashing it handed the primary role on; it takes it back only where nobody has it.
            contacts.settle_primary(session, obj, claim=False)
        session.flush()
        return saved(session, _data(session, obj))


def _still_used(session: Session, org: Organisation) -> KeptItem | None:
    count = session.scalar(select(func.count()).select_from(AgreementParty)
                           .where(AgreementParty.organisation_id == org.id)) or 0
    if not count:
        return None
    return KeptItem("organisation", org.id, org.display_name, STILL_USED, {"label": org.display_name, "count": count})


def _purge(session: Session, obj) -> None:
    """Delete ``obj`` for good, with its own parts, clearing references to it; every
    row goes through the session so the history records it."""
    if isinstance(obj, Organisation):
        for child in (*obj.contacts, *obj.memberships):
            if not inspect(child).deleted and child not in session.deleted:
                session.delete(child)
        for signatory in session.scalars(select(Signatory).where(Signatory.organisation_id == obj.id)):
            signatory.organisation_id = None
        for activity in session.scalars(select(Activity).where(Activity.organisations.any(Organisation.id == obj.id))):
            activity.organisations.remove(obj)
    if isinstance(obj, Agreement):
        for successor in obj.successors:
            successor.renewed_from_id = None
            successor.succession = None
        for activity in session.scalars(select(Activity).where(Activity.agreement_id == obj.id)):
            activity.agreement_id = None
    session.delete(obj)


def purge(db: Database, kind: str, record_id: int) -> Saved[None]:
    """Remove a record in the trash for good (its history stays)."""
    model = _model(kind)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete for good")) as session:
        obj = fetch(session, model, record_id, allow_trashed=True)
        if obj.deleted_at is None:
            return saved(session, None)
        if isinstance(obj, Organisation) and (kept := _still_used(session, obj)) is not None:
            raise KakehashiError(kept.reason, **kept.params)
        _purge(session, obj)
        session.flush()
        return saved(session, None)


# Agreements go before organisations, so that an organisation whose agreements are
# emptied out of the trash with it can go too; an organisation takes its contacts and
# memberships with it, so those are looked up only after.
_EMPTYING_ORDER = ("activity", "agreement", "organisation", "contact", "membership")


def empty_trash(db: Database, before: datetime | None = None) -> EmptiedTrash:
    """Purge everything deleted before ``before`` (all when None) in one transaction.

    Organisations still named in agreements stay in the trash; they are reported in
    ``kept`` with the reason, not skipped in silence.  Any other error rolls the whole
    emptying back.
    """
    removed, kept = 0, []
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Empty the trash")) as session:
        for kind in _EMPTYING_ORDER:
            model = TRASHABLE[kind]
            stmt = select(model).where(model.deleted_at.is_not(None)).order_by(model.id)
            if before is not None:
                stmt = stmt.where(model.deleted_at < before)
            # One flush per kind, not per record: what a record's purge looks up does not
            # depend on the other purges of the same kind.
            with session.no_autoflush:
                for obj in list(session.scalars(stmt)):
                    if isinstance(obj, Organisation) and (item := _still_used(session, obj)) is not None:
                        kept.append(item)
                        continue
                    if kind in ("contact", "membership") and obj.organisation.deleted_at == obj.deleted_at:
                        continue  # deleted with its organisation, which stays: it stays with it
                    _purge(session, obj)
                    removed += 1
            session.flush()
        return EmptiedTrash(removed, kept, session.info.get(audit.OPERATION_ID))
