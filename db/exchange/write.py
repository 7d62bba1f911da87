"""Writing the rows a plan accepted, inside the import's transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange import bulk
from db.exchange.plan import Pending, Progress, _kind

# Columns an undo puts back as they were: the history leaves them out (they are kept by
# the program, not typed), but "undo restores the database exactly" includes them.
KEPT = ("version", "updated_at", "search_text", "sort_key")


def write_rows(session: Session, list_kind: str, pending: list[Pending], *, progress: Progress = None,
               cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Save every pending row through the kind's service; returns the batch's details
    (the kept columns of each updated record as they were before)."""
    from db.exchange.importer import Cancelled

    kind = _kind(session, list_kind)
    table = kind.model.__table__
    kept = [table.c[name] for name in KEPT if name in table.c]
    updates = [p for p in pending if p.plan.action == "update"]
    creates = [p for p in pending if p.plan.action == "new"]
    before: dict[str, dict[str, Any]] = {}
    ids = [p.plan.record_id for p in updates]
    for start in range(0, len(ids), 500):
        for row in session.execute(select(table.c.id, *kept).where(table.c.id.in_(ids[start:start + 500]))):
            before[f"{table.name}:{row[0]}"] = {c.name: _plain(v) for c, v in zip(kept, row[1:])}
    total, done = len(pending), 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)

    for item in updates:
        kind.update(item.plan.record_id, item.data)
        step()
    if list_kind == "partners":
        def chunk_done(count: int) -> None:
            nonlocal done
            done += count - 1
            step()

        new_ids = bulk.insert_organisations(session, [(p.data, p.prepared) for p in creates], chunk_done=chunk_done)
        for item, new_id in zip(creates, new_ids):
            item.plan.record_id = new_id
    else:
        for item in creates:
            item.plan.record_id = kind.create(item.data, item.prepared)
            step()
    session.flush()
    if progress is not None:
        progress(total, total)
    return {"records": before}


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
