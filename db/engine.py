"""The SQLAlchemy engine with the connection rules SQLite needs to be safe.

Every connection: foreign keys on, WAL journal (kept as the default rollback journal
when the file system refuses WAL), synchronous FULL so a power cut loses nothing
committed, and a busy timeout.  Write transactions start with ``BEGIN IMMEDIATE`` so
two writers queue at the start instead of failing half way; read-only sessions use a
plain deferred ``BEGIN``.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Engine, create_engine, event

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "kakehashi_read_only"


def _json(value: object) -> str:
    # Japanese stays readable in the change history, not \uXXXX escapes.
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, json_serializer=_json)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, json_serializer=_json)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower()
        if mode not in ("wal", "memory"):
            log.warning("The file system refused WAL; using journal mode %s", mode)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
