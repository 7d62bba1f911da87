"""Rows from a file exported before someone changed the record in Kakehashi.

An exported file carries each record's version.  When it comes back after the record
was saved again, the row's differences are of two sorts: fields the office changed
since the export (where the file still holds the old value — the file did not mean to
change them, and importing must not undo that later work) and fields the municipality
changed.  The change history tells them apart: the saves since the file's version are
the record's last operations, and each changed field's value at export time is its
old value in the earliest of them.  A field both sides changed is a conflict the
person decides, never silently overwritten.
"""

from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db import audit
from db.errors import QT_TRANSLATE_NOOP
from db.exchange.model import Problem, RowPlan
from db.models import Change, Operation
from db.services.common import local_time

BOTH_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "{user} changed this field in Kakehashi at {at}, after the file was exported; the file has “{file}”, "
              "Kakehashi has “{current}”. Correct the cell (or export the list again) and import once more.")
UNKNOWN_SINCE = QT_TRANSLATE_NOOP(
    "Import", "This record was changed in Kakehashi after the file was exported (version {current}, the file's "
              "is {version}), and the change cannot be told apart from this cell's; export the list again.")


class Staleness:
    def __init__(self, session: Session, entity: str) -> None:
        self.session = session
        self.entity = entity

    def _since(self, record_id: int, saves: int) -> list[tuple[Operation, list[Change]]]:
        """The record's last ``saves`` operations (its parts' changes included), newest first."""
        key = str(record_id)
        rows = self.session.execute(
            select(Change, Operation).join(Operation, Change.operation_id == Operation.id)
            .where(or_((Change.entity == self.entity) & (Change.entity_id == key),
                       (Change.parent_entity == self.entity) & (Change.parent_id == key)))
            .order_by(Operation.id.desc())).all()
        ops: list[tuple[Operation, list[Change]]] = []
        for change, op in rows:
            if not ops or ops[-1][0].id != op.id:
                if len(ops) == saves:
                    break
                ops.append((op, []))
            ops[-1][1].append(change)
        return ops

    def merge(self, record_id: int, version: int, changed: dict[str, tuple[Any, Any]], plan: RowPlan,
              header: Callable[[str], str | None], data: Any) -> dict[str, tuple[Any, Any]]:
        """Keep the file's real changes; drop those that would undo later work; report
        fields both sides changed as errors of ``plan``.  ``data`` gets the kept
        values back where a file's change is dropped."""
        current_version = getattr(data, "version", None) or 0
        recent = self._since(record_id, max(current_version - version, 0))
        earliest: dict[str, tuple[Any, Operation]] = {}
        parts_touched: Operation | None = None
        for op, changes in recent:  # newest first: the last write wins the "earliest" slot
            for change in changes:
                if change.entity != self.entity:
                    parts_touched = op
                    continue
                for name, (old, _new) in (change.fields or {}).items():
                    earliest[name] = (old, op)
        kept: dict[str, tuple[Any, Any]] = {}
        for name, (now, new) in changed.items():
            history_name = {"party_ids": "agreement_party", "scope_items": "scope_item"}.get(name, name)
            if history_name in earliest:
                old, op = earliest[history_name]
                if _plain(new) == _plain(old):
                    setattr(data, name, now)  # the file still has the exported value: keep the office's
                    continue
                plan.errors.append(Problem(BOTH_CHANGED, plan.number, header(name),
                                           {"user": op.user, "at": local_time(op.at), "file": _text(new),
                                            "current": _text(now)}, name))
            elif history_name in ("agreement_party", "scope_item") and parts_touched is not None:
                plan.errors.append(Problem(BOTH_CHANGED, plan.number, header(name),
                                           {"user": parts_touched.user, "at": local_time(parts_touched.at),
                                            "file": _text(new), "current": _text(now)}, name))
            elif not recent and current_version > version:
                plan.errors.append(Problem(UNKNOWN_SINCE, plan.number, header(name),
                                           {"current": current_version, "version": version}, name))
            else:
                kept[name] = (now, new)
        return kept


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(_plain(v) for v in value)
    return audit.plain(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(str(_plain(v)) for v in value)
    return str(_plain(value))
