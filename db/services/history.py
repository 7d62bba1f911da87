"""Reading the change history: who changed what, when, from what to what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from db.database import Database
from db.models import Change, Operation


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    user: str
    operation: str
    operation_id: int
    entity: str
    entity_id: str
    label: str | None
    action: str
    fields: dict[str, list[Any]]
    # The record this one is part of (a signatory's agreement), if any.
    parent_entity: str | None = None
    parent_id: str | None = None


def _entries(rows) -> list[ChangeEntry]:
    return [
        ChangeEntry(op.at, op.user, op.description, op.id, ch.entity, ch.entity_id, ch.label, ch.action.value,
                    dict(ch.fields or {}), ch.parent_entity, ch.parent_id)
        for ch, op in rows
    ]


def record_history(db: Database, entity: str, entity_id: int | str, *, with_parts: bool = True) -> list[ChangeEntry]:
    """Every change to one record, oldest first; with its parts' changes (an agreement's
    signatories and scope, an organisation's contacts and memberships) unless told not to."""
    this = (Change.entity == entity) & (Change.entity_id == str(entity_id))
    if with_parts:
        this = this | ((Change.parent_entity == entity) & (Change.parent_id == str(entity_id)))
    stmt = select(Change, Operation).join(Change.operation).where(this).order_by(Change.id)
    with db.reading() as session:
        return _entries(session.execute(stmt).all())


def operation_changes(db: Database, operation_id: int) -> list[ChangeEntry]:
    stmt = select(Change, Operation).join(Change.operation).where(Operation.id == operation_id).order_by(Change.id)
    with db.reading() as session:
        return _entries(session.execute(stmt).all())


@dataclass(frozen=True)
class OperationEntry:
    id: int
    at: datetime
    user: str
    description: str
    changes: int


def recent_operations(db: Database, limit: int = 50) -> list[OperationEntry]:
    """The latest use cases run on this database, newest first."""
    with db.reading() as session:
        stmt = (select(Operation, func.count(Change.id)).outerjoin(Operation.changes).group_by(Operation.id)
                .order_by(Operation.id.desc()).limit(limit))
        return [OperationEntry(o.id, o.at, o.user, o.description, n) for o, n in session.execute(stmt)]
