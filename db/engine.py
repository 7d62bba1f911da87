"""The SQLAlchemy engine with the connection rules SQLite needs to be safe.

Every connection: foreign keys on, WAL journal (kept as the default rollback journal
when the file system refuses WAL), synchronous FULL so a power cut loses nothing
committed, and a busy timeout.  Write transactions start with ``BEGIN IMMEDIATE`` so
two writers queue at the start instead of failing half way; read-only sessions use a
plain deferred ``BEGIN``, which in WAL mode never waits for a writer.

A read-only engine opens the file with ``mode=ro`` and changes nothing about it: no
journal-mode switch (which would be a write), so a file or folder that cannot be
written can still be read.  Where even the ``-shm`` index cannot be made (a WAL file
in a read-only folder) it falls back to ``immutable=1``, which is safe there because
nobody can write a file in a folder nobody can write.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

log = logging.getLogger(__name__)

# How long a write waits for another person's save before it gives up with
# ``DatabaseBusy``.  Saves in this application take milliseconds; a few seconds covers
# a large import running elsewhere while keeping a window responsive enough to say so.
BUSY_TIMEOUT_MS = 5_000
READ_ONLY = "kakehashi_read_only"


def _json(value: object) -> str:
    # Japanese stays readable in the change history, not \uXXXX escapes.
    return json.dumps(value, ensure_ascii=False)


def read_only_url(path: Path, *, immutable: bool = False) -> str:
    """A SQLAlchemy URL that opens ``path`` read-only through SQLite's URI syntax."""
    flag = "immutable=1" if immutable else "mode=ro"
    return f"sqlite:///file:{path.as_posix()}?{flag}&uri=true"


def needs_immutable(path: Path) -> bool:
    """A WAL database whose folder cannot be written: SQLite cannot create the ``-shm``
    index it needs to read, so it must be told the file cannot change."""
    if os.access(path.parent, os.W_OK):
        return False
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    wal = len(header) == 20 and header[18] == 2  # file format read/write versions: 2 = WAL
    return wal and not Path(f"{path}-shm").exists()


def make_engine(url: str, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """The engine for ``url``; with ``read_only`` the URL must already open the file
    read-only (see ``read_only_url``) and no connection changes the file."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, json_serializer=_json)
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, json_serializer=_json)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower()
            if mode not in ("wal", "memory"):
                log.warning("The file system refused WAL; using journal mode %s", mode)
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        if read_only or connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
