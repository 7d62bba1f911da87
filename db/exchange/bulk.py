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
import json
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from db import audit, derived
from db.models import ChangeAction, Organisation, Tag, organisation_tag
from db.models.base import new_uid, utcnow
from db.services import organisations as service

CHUNK = 2000

_STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"
# Every column of a new row, in the order of the INSERT.
_COLUMNS = tuple(c.name for c in Organisation.__table__.columns)
# The columns a created organisation's history lists: what the session's hook lists.
_AUDITED = tuple(attr.key for attr in inspect(Organisation).column_attrs
                 if attr.key not in Organisation.__audit_ignore__ or attr.key == "uid")


def insert_organisations(session: Session, items: list[tuple[Any, tuple[dict, list[str]]]],
                         chunk_done: Callable[[int], None] | None = None) -> list[int]:
    """Insert organisations from (data, (validated values, tags)); their ids in order.
    ``chunk_done(count)`` is called after each chunk (progress; it may raise to cancel).

    The rows go to the driver as tuples: SQLAlchemy's parameter handling would cost as
    much as the rest.  The ids are given here, after the highest one: the transaction
    holds the write lock, so no other writer can take them meanwhile.
    """
    if not items:
        return []
    connection = session.connection()
    operation = audit.operation_id(session)
    stamp = utcnow().strftime(_STORED_TIME)  # as SQLAlchemy stores a DateTime in SQLite
    tag_ids = _tag_ids(session, sorted({t for _data, (_values, tags) in items for t in tags}))
    next_id = (connection.exec_driver_sql("SELECT max(id) FROM organisation").scalar() or 0) + 1
    insert_sql = (f"INSERT INTO organisation ({', '.join(_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(_COLUMNS))})")
    ids: list[int] = []
    with derived.bulk_inserts(connection):
        for start in range(0, len(items), CHUNK):
            chunk = items[start:start + CHUNK]
            rows, links, changes = [], [], []
            for offset, (data, (values, tags)) in enumerate(chunk):
                org_id = next_id + start + offset
                row = {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}
                row.update(service.derived_columns(values, tags))
                row.update(id=org_id, uid=data.uid or new_uid(), created_at=stamp, updated_at=stamp, deleted_at=None,
                           version=1)
                rows.append(tuple(row.get(c) for c in _COLUMNS))
                links.extend((org_id, tag_ids[t]) for t in tags)
                changes.append(_created(operation, org_id, row, tags))
                ids.append(org_id)
            connection.exec_driver_sql(insert_sql, rows)
            if links:
                connection.exec_driver_sql(
                    "INSERT INTO organisation_tag (organisation_id, tag_id) VALUES (?, ?)", links)
            connection.exec_driver_sql(
                "INSERT INTO change (operation_id, entity, entity_id, label, action, fields, parent_entity, "
                "parent_id) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)", changes)
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


def _created(operation: int, org_id: int, row: dict, tags: list[str]) -> tuple:
    """The ``create`` change the session's hook would write for this organisation."""
    fields = {}
    for key in _AUDITED:
        value = row.get(key)
        if value is not None:
            fields[key] = [None, value]
    if tags:
        fields["tags"] = [None, sorted(tags)]
    label = row.get("name_ja") or row.get("name_en") or ""
    return operation, "organisation", str(org_id), label[:300], ChangeAction.CREATE.value, json.dumps(fields)
