"""Which organisation a contact or a membership belongs to: the desktop opens their
organisation's form to edit them, since they are edited inside it."""

from __future__ import annotations

from db.database import Database
from db.models import Contact, Membership
from db.services.common import fetch

OWNED = {"contact": Contact, "membership": Membership}


def owning_organisation(db: Database, kind: str, record_id: int) -> int:
    """The organisation's id of the contact or membership ``record_id`` (in the trash or not).

    Raises ``NotFound`` when there is no such record, ``KeyError`` for another kind."""
    model = OWNED[kind]
    with db.reading() as session:
        return fetch(session, model, record_id, allow_trashed=True).organisation_id
