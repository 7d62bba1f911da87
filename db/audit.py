"""Writes the change history from the session's own bookkeeping.

Services never write history by hand: after each flush, every ``Audited`` record the
session inserted, changed or deleted becomes a ``Change`` row of the running
``Operation``.  Moving to and from the trash (``deleted_at``) is told apart from an
ordinary update.

The history is kept exact enough to put things back: related records are stored by
id (an activity's organisations as ids; a tag is its name), never by their display
labels, and internal keys (``uid``, ``version``) are not listed as changes.  The format
is described in docs/history-format.md.  Every write through a session is recorded,
bulk ones included (``empty_trash`` purges through the session); the only exempt path
is the synthetic demo data of ``db.demo.synthetic``, which says why.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP
from db.models import Change, ChangeAction, Operation
from db.models.base import Audited, Versioned, utcnow

UNNAMED = QT_TRANSLATE_NOOP("Operations", "Change")
OPERATION = "kakehashi.operation"  # session.info key: description of the running use case
OPERATION_ID = "kakehashi.operation_id"
USER = "kakehashi.user"


def current_user() -> str:
    """The OS login of the person at the keyboard."""
    try:
        import getpass  # its terminal helpers are only needed here

        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "unknown"


def plain(value: Any) -> Any:
    """A JSON-friendly form of a column value: ISO text for dates, values for enums."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _entity_id(obj: Audited) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ":".join(str(k) for k in key)


def _label(obj: Audited) -> str | None:
    value = getattr(obj, obj.__audit_label__, None)
    return None if value is None else str(plain(value))[:300]


def _collection_values(obj: Audited, name: str, items: Any) -> list[Any]:
    """A collection as stored: each member by the attribute that identifies it (an id,
    or a tag's name), sorted so that reordering is not a change."""
    key = obj.__audit_collections__[name]
    return sorted(getattr(item, key) for item in items)


# A created or purged record keeps its stable key in the history, so that undoing an
# import or putting a purged record back gives it the same ``uid`` that exports and
# calendars already carry.  Updates never list it: a uid does not change.
_IDENTITY = "uid"


def _column_values(obj: Audited) -> dict[str, list[Any]]:
    state = inspect(obj)
    fields: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in obj.__audit_ignore__ and attr.key != _IDENTITY:
            continue
        value = getattr(obj, attr.key)
        if value is not None:
            fields[attr.key] = [None, plain(value)]
    for name in obj.__audit_collections__:
        values = _collection_values(obj, name, getattr(obj, name))
        if values:
            fields[name] = [None, values]
    return fields


def _changed_values(obj: Audited) -> dict[str, list[Any]]:
    state = inspect(obj)
    fields: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in obj.__audit_ignore__:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if plain(old) != plain(new):
            fields[attr.key] = [plain(old), plain(new)]
    for name in obj.__audit_collections__:
        history = state.attrs[name].history
        if history.added or history.deleted:
            old = _collection_values(obj, name, [*history.unchanged, *history.deleted])
            new = _collection_values(obj, name, [*history.unchanged, *history.added])
            if old != new:
                fields[name] = [old, new]
    return fields


def _action(fields: dict[str, list[Any]]) -> ChangeAction:
    if "deleted_at" in fields:
        old, new = fields["deleted_at"]
        if old is None and new is not None:
            return ChangeAction.DELETE
        if old is not None and new is None:
            return ChangeAction.RESTORE
    return ChangeAction.UPDATE


def _operation_id(session: Session) -> int:
    op_id = session.info.get(OPERATION_ID)
    if op_id is None:
        result = session.connection().execute(
            insert(Operation).values(
                user=session.info.get(USER) or current_user(),
                description=session.info.get(OPERATION, UNNAMED),
            )
        )
        op_id = result.inserted_primary_key[0]
        session.info[OPERATION_ID] = op_id
    return op_id


def operation_id(session: Session) -> int:
    """The running use case's operation, started now if nothing was recorded yet (for
    writers that record their own changes, such as the importer's bulk path)."""
    return _operation_id(session)


def _collections_changed(obj: Audited) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in obj.__audit_collections__)


def bump_versions(session: Session, _flush_context: Any, _instances: Any) -> None:
    """``before_flush`` hook: a record whose version counts its saves moves on when only
    its parts (an agreement's parties, signatories, scope) or its collections (an
    organisation's tags) changed, which leave its own row untouched otherwise.
    Touching ``updated_at`` makes the UPDATE that carries the version check and bump."""
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, Audited):
            continue
        owner = None
        if obj.__audit_owner__ is not None:
            owner = getattr(obj, obj.__audit_owner__)
        elif isinstance(obj, Versioned) and obj in session.dirty and _collections_changed(obj):
            owner = obj
        if (owner is None or id(owner) in touched or owner in session.deleted
                or inspect(owner).persistent is False):
            continue
        touched.add(id(owner))
        owner.updated_at = utcnow()


def record_changes(session: Session, _flush_context: Any) -> None:
    """``after_flush`` hook: the session still shows what the flush wrote."""
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Audited):
            rows.append(_row(obj, ChangeAction.CREATE, _column_values(obj)))
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj):
            fields = _changed_values(obj)
            if fields:
                rows.append(_row(obj, _action(fields), fields))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            old = {k: [v[1], None] for k, v in _column_values(obj).items()}
            rows.append(_row(obj, ChangeAction.PURGE, old))
    if rows:
        op_id = _operation_id(session)
        for row in rows:
            row["operation_id"] = op_id
        session.connection().execute(insert(Change), rows)


def _row(obj: Audited, action: ChangeAction, fields: dict[str, list[Any]]) -> dict[str, Any]:
    parent_entity = parent_id = None
    if obj.__audit_parent__ is not None:
        parent_entity, key = obj.__audit_parent__
        value = getattr(obj, key)
        parent_id = None if value is None else str(value)
    return {
        "entity": type(obj).__tablename__,
        "entity_id": _entity_id(obj),
        "label": _label(obj),
        "action": action,
        "fields": fields,
        "parent_entity": parent_entity,
        "parent_id": parent_id,
    }
