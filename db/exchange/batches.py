"""Past imports, and undoing one completely.

An import's changes are the rows of its operation in the change history, so undoing
reads them back: records it created are removed, fields it changed get their old
values, parts it replaced come back with their old ids.  The columns the history
leaves out (version, time of last change, search text) are put back from what the
batch kept, so the database is exactly as before the import.

Undo refuses — naming the records — when anything the import touched was changed
again afterwards, or when a later record refers to one the import created: it never
overwrites later work, and never leaves a reference dangling.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Enum, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from db import audit
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError, NotFound
from db.exchange.model import CONTEXT
from db.models import Base, Change, ChangeAction, ImportBatch, Operation, Tag
from db.models.base import utcnow

OPERATION = QT_TRANSLATE_NOOP("Operations", "Undo an import")
NO_BATCH = QT_TRANSLATE_NOOP("Import", "There is no import number {id}; 'kakehashi imports' lists them.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Import", "Import number {id} was already undone at {at}.")
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Import", "Import number {id} cannot be undone: these records were changed after it, and undoing would "
              "overwrite that work: {records}.")
REFERRED_SINCE = QT_TRANSLATE_NOOP(
    "Import", "Import number {id} cannot be undone: records added after it refer to records it added: {records}.")


class NoSuchBatch(NotFound):
    context = CONTEXT


class AlreadyUndone(KakehashiError):
    context = CONTEXT


class UndoRefused(KakehashiError):
    context = CONTEXT

    def __init__(self, message: str, records: list[str], **params: Any) -> None:
        self.records = records
        super().__init__(message, records="、".join(records[:20]) + (" …" if len(records) > 20 else ""), **params)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    list_kind: str
    file_name: str
    sheet: str
    at: datetime  # naive UTC
    user: str
    created: int
    updated: int
    unchanged: int
    skipped: int
    undone_at: datetime | None


@dataclass(frozen=True)
class Undone:
    batch: int
    removed: int  # records the import had added
    restored: int  # records whose changed fields got their old values


def list_batches(db: Database, limit: int | None = 100) -> list[BatchInfo]:
    """The latest imports first."""
    with db.reading() as session:
        rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)).all()
        return [BatchInfo(b.id, b.list_kind, b.file_name, b.sheet, b.at, b.user, b.created, b.updated, b.unchanged,
                          b.skipped, b.undone_at) for b in rows]


def _tables() -> dict[str, Any]:
    return {table.name: table for table in Base.metadata.sorted_tables}


def _key(change: Change) -> tuple[str, str]:
    return change.entity, change.entity_id


def _owner(change: Change) -> tuple[str, str]:
    """The record a change belongs to: itself, or the record it is a part of."""
    if change.parent_entity is not None and change.parent_id is not None:
        return change.parent_entity, change.parent_id
    return change.entity, change.entity_id


def undo(db: Database, batch_id: int) -> Undone:
    with db.transaction(OPERATION) as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NoSuchBatch(NO_BATCH, id=batch_id)
        if batch.undone_at is not None:
            from db.services.common import local_time

            raise AlreadyUndone(ALREADY_UNDONE, id=batch_id, at=local_time(batch.undone_at))
        changes = list(session.scalars(select(Change).where(Change.operation_id == batch.operation_id)
                                       .order_by(Change.id))) if batch.operation_id else []
        _refuse_if_changed_since(session, batch, changes)
        _refuse_if_referred(session, batch, changes)
        tables = _tables()
        removed = restored = 0
        connection = session.connection()
        doomed: dict[str, list[str]] = {}  # what the import added, removed together below
        for change in reversed(changes):
            table = tables[change.entity]
            where = _where(table, change.entity_id)
            if change.action == ChangeAction.CREATE:
                doomed.setdefault(table.name, []).append(change.entity_id)
                removed += change.parent_entity is None
            elif change.action == ChangeAction.PURGE:
                values = {k: _python(table, k, old) for k, (old, _new) in change.fields.items() if k in table.c}
                values.update(_identity(table, change.entity_id))
                connection.execute(insert(table).values(**values))
            else:
                values = {k: _python(table, k, old) for k, (old, _new) in change.fields.items() if k in table.c}
                if values:
                    connection.execute(update(table).where(*where).values(**values))
                _restore_collections(session, change)
                restored += change.parent_entity is None
        _remove(connection, doomed)
        for key, kept in (batch.details or {}).get("records", {}).items():
            entity, _, record_id = key.partition(":")
            table = tables[entity]
            connection.execute(update(table).where(table.c.id == int(record_id))
                               .values(**{k: _python(table, k, v) for k, v in kept.items()}))
        added_tags = (batch.details or {}).get("tags", [])
        if added_tags:
            from db.models import organisation_tag

            used = select(organisation_tag.c.tag_id)
            connection.execute(delete(Tag.__table__).where(Tag.name.in_(added_tags), Tag.id.not_in(used)))
        _record_undo(session, changes)
        from db import calendar_index  # the triggers queued what the statements above touched

        touched = calendar_index.queued(connection)
        if touched:
            calendar_index.refresh(connection, touched)
        batch.undone_at = utcnow()
        batch.undo_operation_id = audit.operation_id(session)
        return Undone(batch_id, removed, restored)


def _remove(connection: Any, doomed: dict[str, list[str]]) -> None:
    """Delete the added records, parts before the records they belong to, in chunks (a
    statement per record would cost more than the import did)."""
    for table in reversed(Base.metadata.sorted_tables):
        keys = doomed.get(table.name)
        if not keys:
            continue
        primary = list(table.primary_key.columns)
        if len(primary) == 1:
            ids = [int(k) for k in keys]
            for start in range(0, len(ids), 500):
                connection.execute(delete(table).where(primary[0].in_(ids[start:start + 500])))
        else:
            for key in keys:
                connection.execute(delete(table).where(*_where(table, key)))


def _where(table: Any, entity_id: str) -> list[Any]:
    return [table.c[k] == v for k, v in _identity(table, entity_id).items()]


def _identity(table: Any, entity_id: str) -> dict[str, int]:
    keys = [c.name for c in table.primary_key.columns]
    return {k: int(v) for k, v in zip(keys, entity_id.split(":"))}


def _python(table: Any, key: str, value: Any) -> Any:
    """A history value (plain JSON) as the column stores it."""
    if value is None or key not in table.c:
        return value
    kind = table.c[key].type
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None and not isinstance(value, enum.Enum):
        return kind.enum_class(value)
    return value


def _restore_collections(session: Session, change: Change) -> None:
    """Tags of an organisation and organisations of an activity, as the history lists them."""
    from db.models import activity_organisation, organisation_tag

    connection = session.connection()
    record_id = int(change.entity_id)
    if change.entity == "organisation" and "tags" in change.fields:
        old = change.fields["tags"][0] or []
        connection.execute(delete(organisation_tag).where(organisation_tag.c.organisation_id == record_id))
        if old:
            ids = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(old))).all())
            connection.execute(insert(organisation_tag),
                               [{"organisation_id": record_id, "tag_id": ids[name]} for name in old])
    if change.entity == "activity" and "organisations" in change.fields:
        old = change.fields["organisations"][0] or []
        connection.execute(delete(activity_organisation).where(activity_organisation.c.activity_id == record_id))
        if old:
            connection.execute(insert(activity_organisation),
                               [{"activity_id": record_id, "organisation_id": org_id} for org_id in old])


def _refuse_if_changed_since(session: Session, batch: ImportBatch, changes: list[Change]) -> None:
    owners = {_owner(c) for c in changes}
    if not owners:
        return
    later = session.scalars(
        select(Change).join(Operation, Change.operation_id == Operation.id)
        .where(Operation.id > batch.operation_id)
        .where(or_(Change.entity.in_({e for e, _ in owners}), Change.parent_entity.in_({e for e, _ in owners})))
    ).all()
    hit = {}
    for change in later:
        owner = _owner(change)
        if owner in owners or _key(change) in owners:
            hit[owner] = change.label or owner[1]
    if hit:
        raise UndoRefused(CHANGED_SINCE, sorted(set(hit.values())), id=batch.id)


def _refuse_if_referred(session: Session, batch: ImportBatch, changes: list[Change]) -> None:
    """Records the import added that something outside the import now refers to."""
    created = {_key(c) for c in changes if c.action == ChangeAction.CREATE}
    tops: dict[str, list[int]] = {}
    for entity, entity_id in created:
        if entity in ("organisation", "agreement"):
            tops.setdefault(entity, []).append(int(entity_id))
    blockers: list[str] = []
    for entity, ids in tops.items():
        for table in Base.metadata.sorted_tables:
            if table.name in ("organisation_tag", "import_batch", "change"):
                continue
            for fk in table.foreign_keys:
                if fk.column.table.name != entity:
                    continue
                for start in range(0, len(ids), 500):  # one query per reference and chunk, not per record
                    chunk = ids[start:start + 500]
                    for row in session.execute(select(table).where(fk.parent.in_(chunk))).mappings():
                        owner = _row_owner(table.name, row)
                        if owner not in created and owner != (entity, str(row[fk.parent.name])):
                            blockers.append(_label(session, owner))
    if blockers:
        raise UndoRefused(REFERRED_SINCE, sorted(set(blockers)), id=batch.id)


def _row_owner(table: str, row: Any) -> tuple[str, str]:
    if table in ("agreement_party", "signatory"):  # named by the agreement they belong to
        return "agreement", str(row["agreement_id"])
    if table == "activity_organisation":
        return "activity", str(row["activity_id"])
    return table, str(row["id"])


def _label(session: Session, owner: tuple[str, str]) -> str:
    latest = session.scalar(select(Change.label).where(Change.entity == owner[0], Change.entity_id == owner[1])
                            .order_by(Change.id.desc()).limit(1))
    return latest or f"{owner[0]} {owner[1]}"


def _record_undo(session: Session, changes: list[Change]) -> None:
    """The undo's own history: the inverse of each change, in one operation."""
    rows = []
    operation = audit.operation_id(session)
    for change in reversed(changes):
        inverse = {k: [new, old] for k, (old, new) in (change.fields or {}).items()}
        action = {ChangeAction.CREATE: ChangeAction.PURGE, ChangeAction.PURGE: ChangeAction.CREATE}.get(
            change.action, ChangeAction.UPDATE)
        rows.append({"operation_id": operation, "entity": change.entity, "entity_id": change.entity_id,
                     "label": change.label, "action": action, "fields": inverse,
                     "parent_entity": change.parent_entity, "parent_id": change.parent_id})
    if rows:
        session.execute(insert(Change), rows)
