"""Tables of derived data: search indexes and the calendar's dated events.

They are rebuilt from the records (migration 0005, db/calendar_index.py) and are not
part of the model, so schema comparisons (Alembic autogenerate, the test that the
models match the migrations) leave them out through :func:`include_name`.
"""

from __future__ import annotations

SEARCHED = ("organisation", "contact", "agreement", "activity")
_FTS_SHADOWS = ("", "_data", "_idx", "_docsize", "_config", "_content")
TABLES = frozenset(
    {f"{table}_search{kind}{shadow}" for table in SEARCHED for kind in ("", "_short") for shadow in _FTS_SHADOWS}
    | {"search_position", "due_event", "due_queue", "due_state"}
)
INDEXES = frozenset({"ix_due_event_long"})


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic's ``include_name`` hook: False for derived tables and their indexes."""
    if type_ == "table":
        return name not in TABLES
    if type_ == "index":
        return name not in INDEXES
    return True
