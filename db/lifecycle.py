"""Opening, migrating and restoring a database without anyone having to think about it.

``open_database`` resolves where the database is, creates its folder (unless asked
not to create anything), refuses a file written by a newer version, takes a checked
backup before any migration of existing data, and migrates in one transaction.
Opening reads the schema revision without the write lock, so it never waits behind
another person's save; a file or folder that cannot be written is opened read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from db import faults, migrate
from db.database import Database
from db.engine import BUSY_TIMEOUT_MS, make_engine, needs_immutable, read_only_url
from db.errors import QT_TRANSLATE_NOOP, DatabaseBusy, Notice, DatabaseError, ReadOnlyDatabase, StorageFault
from db.location import Location, resolve
from db.storage import storage_warnings

log = logging.getLogger(__name__)

NO_DATABASE = QT_TRANSLATE_NOOP("Errors", "There is no Kakehashi database at {path}.")
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "Errors",
    "{location} was made by an older version of Kakehashi and must be updated before it can be opened, "
    "which cannot be done while it is read-only. Open it once where it can be written.",
)
CANNOT_CREATE = QT_TRANSLATE_NOOP("Errors", "Cannot create the folder {path}: {detail}")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "{location} cannot be opened: {detail}")
MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "{location} could not be updated to this version of Kakehashi; it was left as it was ({detail})."
)
RESTORE_TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors", "{path} was written by a newer version of Kakehashi (schema {revision}); it was not restored."
)
RESTORE_ITSELF = QT_TRANSLATE_NOOP("Errors", "{path} is the database itself, not a backup of it; nothing was restored.")
RESTORE_FOREIGN = QT_TRANSLATE_NOOP("Errors", "{path} is not a Kakehashi database; it was not restored.")


def open_database(target: str | os.PathLike[str] | None = None, *, user: str | None = None,
                  upgrade: bool = True, create: bool = True, read_only: bool = False,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open and migrate the database at ``target``.

    ``create=False`` (read commands) refuses a missing file and creates nothing, not
    even its folder.  ``read_only=True`` opens the file without ever writing it; a file
    or folder that cannot be written is opened that way too, with a warning.  Opening
    reads the schema revision without the write lock; only a migration takes it.
    ``busy_timeout_ms`` bounds how long a write waits for another person's save.
    """
    location = resolve(target)
    path = location.path
    if path is not None and not path.exists():
        if not create or read_only:
            raise DatabaseError(NO_DATABASE, path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(CANNOT_CREATE, path=str(path.parent), detail=exc.strerror or str(exc)) from exc
    warnings = [Notice("Warnings", message, **params) for message, params in storage_warnings(path)]
    if path is not None and not read_only and not writable(path):
        read_only = True
        warnings.append(Notice("Warnings", faults.READ_ONLY_WARNING, path=str(path)))
    for text in warnings:
        log.warning(text)
    url = location.url
    if path is not None and read_only:
        url = read_only_url(path, immutable=needs_immutable(path))
    try:
        engine = make_engine(url, read_only=read_only, busy_timeout_ms=busy_timeout_ms)  # connects on first use
    except (SQLAlchemyError, ImportError) as exc:  # a malformed URL, or no driver for that database
        raise DatabaseError(CANNOT_OPEN, location=str(location), detail=str(exc).splitlines()[0]) from exc
    try:
        with faults.translated(location):
            if upgrade:
                _open_schema(location, engine, read_only)
    except (SQLAlchemyError, sqlite3.Error, ImportError) as exc:
        engine.dispose()
        raise DatabaseError(CANNOT_OPEN, location=str(location), detail=_detail(exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine, user=user, warnings=warnings, read_only=read_only)


def writable(path: Path) -> bool:
    """Whether SQLite can write ``path``: the file and its folder (for the journal)."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _open_schema(location: Location, engine: Engine, read_only: bool) -> None:
    """Check the schema with a read (no lock); migrate, under the write lock, only if needed."""
    if location.path is not None and location.path.exists():
        # Before the engine's first connection switches the file to WAL: a refused
        # file must stay exactly as it was.
        current, others = _probe(location.path, read_only)
    else:
        current, others = migrate.read_state(engine)
    current = migrate.judge(current, others, location)
    if current == migrate.HEAD:
        return
    if read_only:
        raise DatabaseError(READ_ONLY_OLD, location=str(location))
    bring_up_to_date(location, engine)


def _probe(path: Path, read_only: bool = True) -> tuple[str | None, bool]:
    """The stored revision, read with SQLite alone: none of ``make_engine``'s pragmas,
    which would change the file (``journal_mode = WAL`` rewrites the header), and no
    lock beyond a reader's.  A file that may be written is read through an ordinary
    connection (``mode=rw``: it never creates one), which tidies its ``-shm`` away on
    closing; one that may not, through ``mode=ro``."""
    if read_only:
        uri = f"file:{path.as_posix()}?{'immutable=1' if needs_immutable(path) else 'mode=ro'}"
    else:
        uri = f"file:{path.as_posix()}?mode=rw"
    with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        others = bool(tables - {"alembic_version"})
        if "alembic_version" not in tables:
            return None, others
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), others


def _detail(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def bring_up_to_date(location: Location, engine) -> str | None:
    """Migrate to the newest schema; return the path of the backup taken first, if any."""
    current = migrate.check_schema(engine, location)
    if current == migrate.HEAD or current == migrate.head_revision():
        return None
    taken = None
    if current is not None and location.is_sqlite_file:
        from db import backup  # only a migration or a restore needs it

        engine.dispose()  # let the backup see every committed page
        taken = backup.take_backup(location, reason=f"before-migration-{current}").path
        log.info("Backed up %s to %s before migrating from %s", location, taken, current)
    try:
        migrate.upgrade(engine)
    except SQLAlchemyError as exc:  # the migration's transaction was rolled back
        fault = faults.translate(exc, location)
        if isinstance(fault, (DatabaseBusy, StorageFault)):  # the disk or another person, not the migration
            raise fault from exc
        raise DatabaseError(MIGRATION_FAILED, location=str(location), detail=_detail(exc)) from exc
    return str(taken) if taken else None


def restore_database(location: Location, source: Path, *, wait: float | None = None) -> Path | None:
    """Replace the database with the backup ``source``, after backing the current one up.

    The source is checked first (sound, a Kakehashi database, not newer than this
    program); an older one is migrated after restoring.  Another person's saves are
    waited for at most ``wait`` seconds (then ``DatabaseBusy``, nothing changed).
    Returns the safety backup.
    """
    from db import backup

    if wait is None:
        wait = backup.RESTORE_WAIT_SECONDS
    source = Path(source).expanduser().resolve()
    backup.check_source(source)
    if location.path is not None and location.path.exists() and source.samefile(location.path):
        raise DatabaseError(RESTORE_ITSELF, path=str(source))
    try:
        revision, others = _probe(source)
        migrate.judge(revision, others, source)
    except DatabaseError as exc:
        message = RESTORE_TOO_NEW if exc.message == migrate.TOO_NEW else RESTORE_FOREIGN
        raise DatabaseError(message, path=str(source), revision=exc.params.get("revision", "")) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(RESTORE_FOREIGN, path=str(source)) from exc
    if revision is None:
        raise DatabaseError(RESTORE_FOREIGN, path=str(source))
    if location.path is None:
        raise DatabaseError(backup.NO_FILE, location=str(location))
    if location.path.exists() and not writable(location.path):
        raise ReadOnlyDatabase(faults.READ_ONLY, path=str(location.path))
    safety = None
    if location.path.exists():
        safety = backup.take_backup(location, reason="before-restore").path
    else:
        location.path.parent.mkdir(parents=True, exist_ok=True)
    with faults.translated(location):
        backup.copy_database(source, location.path, wait=wait)
    engine = make_engine(location.url)
    try:
        with faults.translated(location):
            bring_up_to_date(location, engine)
    finally:
        engine.dispose()
    return safety
