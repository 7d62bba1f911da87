"""The records an export writes, read through the services' own lists (the same data
classes a form and a list see), and the names of the records they refer to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.database import Database
from db.models import Agreement
from db.services.listing import ID_CHUNK


def records(db: Database, list_kind: str, ids: list[int] | None = None) -> list[Any]:
    """Every record of the list not in the trash, in the list's own order; with ``ids``,
    only those (records in the trash or gone are left out)."""
    if list_kind == "partners":
        from db.services import organisations as service

        found = service.list_organisations(db, service.OrganisationQuery(limit=None)).items
    elif list_kind == "contacts":
        from db.services import contacts as service

        found = service.list_contacts(db, service.ContactQuery(limit=None)).items
    elif list_kind == "agreements":
        from db.services import agreements as service

        found = service.list_agreements(db, service.AgreementQuery(limit=None)).items
    elif list_kind == "activities":
        from db.services import activities as service

        found = service.list_activities(db, service.ActivityQuery(limit=None)).items
    else:
        raise LookupError(list_kind)
    if ids is None:
        return found
    wanted = set(ids)
    return [r for r in found if r.id in wanted]


def agreement_titles(db: Database, ids: set[int]) -> dict[int, str]:
    """id → title of the agreements asked for, in the trash or not (a renewal names the
    agreement it follows whatever became of it)."""
    found: dict[int, str] = {}
    wanted = sorted(ids)
    with db.reading() as session:
        for start in range(0, len(wanted), ID_CHUNK):
            chunk = wanted[start:start + ID_CHUNK]
            found.update(session.execute(select(Agreement.id, Agreement.title).where(Agreement.id.in_(chunk))).all())
    return found
