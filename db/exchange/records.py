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
    chosen = None if ids is None else tuple(ids)
    if list_kind == "partners":
        from db.services import organisations as service

        return service.list_organisations(db, service.OrganisationQuery(ids=chosen)).items
    if list_kind == "contacts":
        from db.services import contacts as service

        return service.list_contacts(db, service.ContactQuery(ids=chosen)).items
    if list_kind == "agreements":
        from db.services import agreements as service

        return service.list_agreements(db, service.AgreementQuery(ids=chosen)).items
    if list_kind == "activities":
        from db.services import activities as service

        return service.list_activities(db, service.ActivityQuery(ids=chosen)).items
    raise LookupError(list_kind)


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


def named_by_key(db: Database, record_kind: str) -> dict[int, str]:
    """id → key of the live organisations (or agreements) whose name, as an export writes
    it, would not find them alone on import: another record answers to the same name
    (matched as the importer matches, ``names.match_key`` over every name it knows), or
    the name is only punctuation, which matches nothing.
    An export writes the key there instead, which the importer reads as well."""
    from collections import defaultdict

    from db.exchange.names import match_key
    from db.models import Organisation

    if record_kind == "organisation":
        t = Organisation.__table__.c
        query = select(t.id, t.uid, t.name_ja, t.name_en, t.short_name)
    else:
        t = Agreement.__table__.c
        query = select(t.id, t.uid, t.title, t.title, t.title_en)
    holders: dict[str, set[int]] = defaultdict(set)
    written: dict[int, tuple[str, str]] = {}
    with db.reading() as session:
        for id_, uid, shown, *others in session.execute(query.where(t.deleted_at.is_(None))):
            shown = shown or others[0]  # an organisation by its Japanese name, else its English one
            for name in {match_key(n) for n in (shown, *others) if n}:
                holders[name].add(id_)
            written[id_] = (match_key(shown or ""), uid)
    # A name that folds to nothing ("-") finds nothing either.
    return {id_: uid for id_, (name, uid) in written.items() if not name or len(holders[name]) > 1}
