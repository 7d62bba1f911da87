"""Planning an import: every row of the table compared with the database.

The plan says for each row whether it adds a record, updates one (with each field's
before and after), changes nothing, or cannot be imported (every reason, naming the
sheet row and the column).  It is made the same way for the preview (on a reading
snapshot) and again inside the write transaction, so what is written is what the
database holds at that moment, not what it held when the preview was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db import catalogue
from db.errors import QT_TRANSLATE_NOOP, ValidationError
from db.exchange import values as cells
from db.exchange.columns import Column
from db.exchange.kinds import Kind, References
from db.exchange.model import Mapping, Problem, RowPlan, Table
from db.exchange.staleness import Staleness

IN_TRASH = QT_TRANSLATE_NOOP(
    "Import", "This row's key belongs to a record in the trash; restore it first, or clear the key to add a new one.")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{count} records match this row by name; put the key of the one meant in the file (export the list "
              "to get the keys).")
SAME_AS_ROW = QT_TRANSLATE_NOOP("Import", "This row is the same record as row {first}; keep one of them.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Import", "No record has this key (the file may come from another database); the row is matched by its name "
              "instead, or added as a new record with this key.")

Progress = Callable[[int, int], None] | None


@dataclass
class Pending:
    """What the write step needs for one row the plan accepted."""

    plan: RowPlan
    data: Any  # the service's data class, ready to save
    prepared: Any  # what the kind's check returned (reused by bulk creation)


def _kind(session: Session, list_kind: str) -> Kind:
    from db.exchange import kind_agreements, kind_contacts, kind_partners

    refs = References(session)
    classes = {"partners": kind_partners.Partners, "agreements": kind_agreements.Agreements,
               "contacts": kind_contacts.Contacts, "activities": kind_contacts.Activities}
    return classes[list_kind](session, refs)


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def make_plan(session: Session, list_kind: str, table: Table, mapping: Mapping, *,
              version_column: int | None = None, progress: Progress = None,
              cancelled: Callable[[], bool] | None = None) -> tuple[list[RowPlan], list[Pending]]:
    """Plan every row; (plans in sheet order, the rows to write)."""
    kind = _kind(session, list_kind)
    found = kind.found()
    mapped = [(index, kind.columns[name], table.headers[index] if index < len(table.headers) else "")
              for index, name in sorted(mapping.items()) if name is not None and name in kind.columns]
    stale = Staleness(session, kind.record_kind)
    plans: list[RowPlan] = []
    rows: list[tuple[RowPlan, dict[str, Any], int | None, bool, int | None]] = []
    seen_ids: dict[int, int] = {}
    seen_keys: dict[Any, int] = {}
    total = len(table.rows)

    # Pass 1: read the cells and find the record each row means.
    for n, source in enumerate(table.rows):
        if cancelled is not None and n % 500 == 0 and cancelled():
            from db.exchange.importer import Cancelled

            raise Cancelled()
        if progress is not None and n % 1000 == 0:
            progress(n, total * 2)
        plan = RowPlan(number=source.number, action="new", label="", cells=list(source.cells))
        values: dict[str, Any] = {}
        wholes: dict[str, str] = {}
        for index, column, header in mapped:
            cell = source.cells[index] if index < len(source.cells) else None
            try:
                parsed = cells.parse(column, cell)
            except cells.BadCell as exc:
                plan.errors.append(Problem(exc.message, source.number, header, dict(exc.params), column.field))
                continue
            values[column.field] = parsed.value
            if column.field == "signed_on" and getattr(parsed, "precision", None) not in (None, "day"):
                values.setdefault("signed_precision", parsed.precision)  # "2020年9月": known to the month
            whole = getattr(parsed, "whole", None)
            if whole is not None:
                wholes[column.field] = whole
            for warning in parsed.warnings:
                plan.warnings.append(Problem(warning.message, source.number, header, dict(warning.params),
                                             column.field))
        if all(_blank(v) or v == [] for v in values.values()) and not plan.errors:
            continue  # nothing in the columns imported: not a record
        values, problems = kind.resolve(values, wholes)
        for field_name, message, params in problems:
            plan.errors.append(Problem(message, source.number, _header(mapped, field_name), params, field_name))
        uid = values.pop("uid", None)
        record_id = None
        if uid:
            hit = found.by_uid.get(uid)
            if hit is None:
                plan.warnings.append(Problem(UNKNOWN_KEY, source.number, _header(mapped, "uid"), {}, "uid"))
            elif hit[1]:
                plan.errors.append(Problem(IN_TRASH, source.number, _header(mapped, "uid"), {}, "uid"))
            else:
                record_id = hit[0]
        version = None
        if version_column is not None and version_column < len(source.cells):
            version = _whole_number(source.cells[version_column])
        plans.append(plan)
        # Only a key that finds its record makes the row ours: a key from another database
        # is kept for a new record, and the row is matched by name like any other.
        rows.append((plan, values, record_id, record_id is not None, version if record_id else None))
        if uid and record_id is None:
            values["uid"] = uid

    # Pass 2: the records the rows update, loaded together.
    probes = {}
    for plan, values, record_id, keyed, _version in rows:
        if record_id is None and not keyed and not plan.errors:
            probe = kind.build(None, values, False)
            hits = {i for key in kind.match_keys(probe) for i in found.named(key)}
            probes[id(plan)] = (probe, hits)
    wanted = {r[2] for r in rows if r[2] is not None}
    wanted |= {i for _, hits in probes.values() if len(hits) == 1 for i in hits}
    existing = kind.load(sorted(wanted))

    pending: list[Pending] = []
    for n, (plan, values, record_id, keyed, version) in enumerate(rows):
        if progress is not None and n % 1000 == 0:
            progress(total + n, total * 2)
        probe = None
        if id(plan) in probes:
            probe, hits = probes[id(plan)]
            if len(hits) > 1:
                plan.errors.append(Problem(AMBIGUOUS, plan.number, None, {"count": len(hits)}))
            elif hits:
                record_id = next(iter(hits))
        base = existing.get(record_id) if record_id is not None else None
        # A new record is the probe itself: built from the row alone, as it was.
        data = probe if base is None and probe is not None else kind.build(base, values, clears=keyed)
        plan.label = kind.label(data) or (kind.label(base) if base is not None else "")
        first = seen_ids.get(record_id) if record_id is not None else None
        key = kind.match_key(data) if record_id is None else None
        if first is None and key is not None:
            first = seen_keys.get(key)
        if first is not None:
            plan.errors.append(Problem(SAME_AS_ROW, plan.number, None, {"first": first}))
        elif record_id is not None:
            seen_ids[record_id] = plan.number
        elif key is not None:
            seen_keys[key] = plan.number
        if plan.errors:
            plan.action = "error"
            continue
        if base is not None:
            data.version = base.version
        prepared = None
        try:
            prepared = kind.check(data, record_id)
        except ValidationError as exc:
            for e in exc.errors:
                plan.errors.append(Problem(e.message, plan.number, _header(mapped, _top(e.field)),
                                           {"field": catalogue.field_label(kind.record_kind, e.field), **e.params},
                                           _top(e.field), "Validation"))
            plan.action = "error"
            continue
        if base is None:
            plan.action = "new"
            plan.changes = {k: (None, kind.shown(k, v)) for k, v in kind.compared(data).items()
                            if v not in (None, [], "")}
        else:
            plan.record_id = record_id
            before, after = kind.compared(base), kind.compared(data)
            changed = {k: (before.get(k), v) for k, v in after.items()
                       if not cells.same(kind.columns[k], before.get(k), v)}
            if version is not None and version < (base.version or 0) and changed:
                changed = stale.merge(record_id, version, changed, plan, _header_of(mapped), data)
            if plan.errors:
                plan.action = "error"
                continue
            plan.changes = {k: (kind.shown(k, old), kind.shown(k, new)) for k, (old, new) in changed.items()}
            plan.action = "update" if changed else "unchanged"
            if not changed:
                continue
        pending.append(Pending(plan, data, prepared))
    return plans, pending


def _top(field_name: str) -> str:
    """``signatories[0].name`` → ``signatories``: the column a part's error belongs to."""
    return field_name.split("[", 1)[0].split(".", 1)[0]


def _header(mapped: list[tuple[int, Column, str]], field_name: str | None) -> str | None:
    for _index, column, header in mapped:
        if column.field == field_name:
            return header
    return None


def _header_of(mapped: list[tuple[int, Column, str]]) -> Callable[[str], str | None]:
    return lambda field_name: _header(mapped, field_name)


def _whole_number(cell: Any) -> int | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)) and float(cell).is_integer():
        return int(cell)
    if isinstance(cell, str) and cell.strip().isdigit():
        return int(cell.strip())
    return None
