"""Tables of derived data: search indexes and the calendar's dated events.

They are rebuilt from the records (migration 0005, db/calendar_index.py) and are not
part of the model, so schema comparisons (Alembic autogenerate, the test that the
models match the migrations) leave them out through :func:`include_name`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

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


# Insert triggers of migration 0005 that bulk writers lift (see bulk_inserts).
INSERT_TRIGGERS = (
    *(f"{table}_search_insert" for table in SEARCHED),
    "agreement_due_insert", "agreement_party_due_insert", "membership_due_insert", "activity_due_insert",
    "activity_organisation_due_insert",
)


@contextmanager
def bulk_inserts(connection: Connection) -> Iterator[None]:
    """Insert many rows without the per-row work of the derived tables' insert triggers.

    Splitting each new text into characters inside a trigger costs more than the rest
    of a generated row; here the triggers are lifted inside the caller's transaction,
    the search indexes get the new live rows in one pass afterwards (the same text,
    split in Python), and the triggers are put back — by the transaction's rollback if
    anything fails.  The calendar is the caller's to rebuild (db.calendar_index.rebuild).
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = {table: connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
              for table in SEARCHED}
    triggers = [(name, sql) for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") if name in INSERT_TRIGGERS]
    for name, _ in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for table in SEARCHED:
        rows = connection.exec_driver_sql(
            f"SELECT id, search_text FROM {table} WHERE id > ? AND deleted_at IS NULL", (before[table],)).all()
        if rows:
            connection.exec_driver_sql(f"INSERT INTO {table}_search(rowid, text) VALUES (?, ?)",
                                       [tuple(row) for row in rows])
            # As the triggers' join on search_position splits it: one character per token.
            connection.exec_driver_sql(f"INSERT INTO {table}_search_short(rowid, text) VALUES (?, ?)",
                                       [(i, " ".join(text) if text else None) for i, text in rows])
    for _, sql in triggers:
        connection.exec_driver_sql(sql)
