"""New organisations in bulk: a municipality's list of a thousand partners, or a
hundred thousand when an office moves in.

Saving each through ``add_organisation`` runs the ORM's unit of work and the search
index triggers row by row, about half a millisecond each.  Here the rows the plan
already validated with the service's own rules (``organisations.validated``) get the
service's derived columns (``organisations.derived_columns``) and are inserted
together; the search index is filled in one pass (``derived.bulk_inserts``), and the
change history gets, for each record, exactly the ``create`` row the session's hook
would have written (tests compare the two).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from db import audit, derived
from db.models import ChangeAction, Organisation, Tag, organisation_tag
from db.models.base import new_uid, utcnow
from db.models.history import Change
from db.services import organisations as service

CHUNK = 2000

# The columns a created organisation's history lists: what the session's hook lists.
_AUDITED = tuple(attr.key for attr in inspect(Organisation).column_attrs
                 if attr.key not in Organisation.__audit_ignore__ or attr.key == "uid")


def insert_organisations(session: Session, items: list[tuple[Any, tuple[dict, list[str]]]],
                         chunk_done: Callable[[int], None] | None = None) -> list[int]:
    """Insert organisations from (data, (validated values, tags)); their ids in order.
    ``chunk_done(count)`` is called after each chunk (progress; it may raise to cancel)."""
    if not items:
        return []
    connection = session.connection()
    operation = audit.operation_id(session)
    now = utcnow()
    tag_ids = _tag_ids(session, sorted({t for _data, (_values, tags) in items for t in tags}))
    ids: list[int] = []
    with derived.bulk_inserts(connection):
        for start in range(0, len(items), CHUNK):
            chunk = items[start:start + CHUNK]
            rows = []
            for data, (values, tags) in chunk:
                row = dict(values)
                row.update(service.derived_columns(values, tags))
                row.update(uid=data.uid or new_uid(), created_at=now, updated_at=now, deleted_at=None, version=1)
                rows.append(row)
            found = dict(session.execute(insert(Organisation.__table__).returning(
                Organisation.__table__.c.uid, Organisation.__table__.c.id), rows).all())
            chunk_ids = [found[row["uid"]] for row in rows]
            links = [{"organisation_id": org_id, "tag_id": tag_ids[t]}
                     for org_id, (_data, (_values, tags)) in zip(chunk_ids, chunk) for t in tags]
            if links:
                session.execute(insert(organisation_tag), links)
            session.execute(insert(Change), [_created(operation, org_id, row, tags)
                                             for org_id, row, (_d, (_v, tags)) in zip(chunk_ids, rows, chunk)])
            ids.extend(chunk_ids)
            if chunk_done is not None:
                chunk_done(len(chunk))
    return ids


def _tag_ids(session: Session, wanted: list[str]) -> dict[str, int]:
    if not wanted:
        return {}
    existing = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    missing = [{"name": name} for name in wanted if name not in existing]
    if missing:
        session.execute(insert(Tag.__table__), missing)
        existing = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    return existing


def _created(operation: int, org_id: int, row: dict, tags: list[str]) -> dict:
    fields = {}
    for key in _AUDITED:
        value = org_id if key == "id" else row.get(key)
        if value is not None:
            fields[key] = [None, audit.plain(value)]
    if tags:
        fields["tags"] = [None, sorted(tags)]
    label = row.get("name_ja") or row.get("name_en") or ""
    return {"operation_id": operation, "entity": "organisation", "entity_id": str(org_id), "label": label[:300],
            "action": ChangeAction.CREATE, "fields": fields, "parent_entity": None, "parent_id": None}
