"""Who moved each record of the trash there, read from the change history."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from db.database import Database
from db.models import Change, ChangeAction, Operation
from db.services.listing import ID_CHUNK


def who_deleted(db: Database, records: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """``{(kind, id): user}`` of the latest delete of each record; records whose delete
    the history does not hold (older databases) are left out."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in records:
        by_kind.setdefault(kind, []).append(str(record_id))
    found: dict[tuple[str, int], str] = {}
    with db.reading() as session:
        for kind, ids in by_kind.items():
            for start in range(0, len(ids), ID_CHUNK):
                latest = (select(Change.entity_id, func.max(Change.id).label("change_id"))
                          .where(Change.entity == kind, Change.action == ChangeAction.DELETE,
                                 Change.entity_id.in_(ids[start:start + ID_CHUNK]))
                          .group_by(Change.entity_id).subquery())
                stmt = (select(latest.c.entity_id, Operation.user)
                        .join(Change, Change.id == latest.c.change_id)
                        .join(Operation, Operation.id == Change.operation_id))
                for entity_id, user in session.execute(stmt):
                    found[(kind, int(entity_id))] = user
    return found
