"""Opening, migrating and restoring a database without anyone having to think about it.

``open_database`` resolves where the database is, creates its folder, refuses a file
written by a newer version, takes a checked backup before any migration of existing
data, and migrates in one transaction.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from db import backup, migrate
from db.database import Database
from db.engine import make_engine
from db.errors import QT_TRANSLATE_NOOP, DatabaseError
from db.location import Location, resolve
from db.storage import storage_warnings

log = logging.getLogger(__name__)

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
                  upgrade: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``target``."""
    location = resolve(target)
    if location.path is not None:
        try:
            location.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(CANNOT_CREATE, path=str(location.path.parent), detail=exc.strerror or str(exc)) from exc
    warnings = [message.format(**params) for message, params in storage_warnings(location.path)]
    for text in warnings:
        log.warning(text)
    try:
        engine = make_engine(location.url)  # connects on first use
    except (SQLAlchemyError, ImportError) as exc:  # a malformed URL, or no driver for that database
        raise DatabaseError(CANNOT_OPEN, location=str(location), detail=str(exc).splitlines()[0]) from exc
    try:
        if upgrade:
            if location.path is not None and location.path.exists():
                # Before the engine's first connection switches the file to WAL: a refused
                # file must stay exactly as it was.
                _check_with(_probe_engine(location.url), location)
            bring_up_to_date(location, engine)
    except (SQLAlchemyError, ImportError) as exc:
        engine.dispose()
        raise DatabaseError(CANNOT_OPEN, location=str(location), detail=_detail(exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine, user=user, warnings=warnings)


def _probe_engine(url: str) -> Engine:
    """A bare connection for looking at a file: none of ``make_engine``'s pragmas, which
    would change it (``journal_mode = WAL`` rewrites the header)."""
    return create_engine(url, poolclass=NullPool)


def _check_with(engine: Engine, location: object) -> str | None:
    try:
        return migrate.check_schema(engine, location)
    finally:
        engine.dispose()


def _detail(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def bring_up_to_date(location: Location, engine) -> str | None:
    """Migrate to the newest schema; return the path of the backup taken first, if any."""
    current = migrate.check_schema(engine, location)
    head = migrate.head_revision()
    if current == head:
        return None
    taken = None
    if current is not None and location.is_sqlite_file:
        engine.dispose()  # let the backup see every committed page
        taken = backup.take_backup(location, reason=f"before-migration-{current}").path
        log.info("Backed up %s to %s before migrating from %s", location, taken, current)
    try:
        migrate.upgrade(engine)
    except SQLAlchemyError as exc:  # the migration's transaction was rolled back
        raise DatabaseError(MIGRATION_FAILED, location=str(location), detail=_detail(exc)) from exc
    return str(taken) if taken else None


def restore_database(location: Location, source: Path) -> Path:
    """Replace the database with the backup ``source``, after backing the current one up.

    The source is checked first (sound, a Kakehashi database, not newer than this
    program); an older one is migrated after restoring.  Returns the safety backup.
    """
    source = Path(source).expanduser().resolve()
    backup.check_source(source)
    if location.path is not None and location.path.exists() and source.samefile(location.path):
        raise DatabaseError(RESTORE_ITSELF, path=str(source))
    source_engine = _probe_engine(resolve(source).url)
    try:
        revision = migrate.current_revision(source_engine)
        migrate.check_schema(source_engine, source)
    except DatabaseError as exc:
        message = RESTORE_TOO_NEW if exc.message == migrate.TOO_NEW else RESTORE_FOREIGN
        raise DatabaseError(message, path=str(source), revision=exc.params.get("revision", "")) from exc
    finally:
        source_engine.dispose()
    if revision is None:
        raise DatabaseError(RESTORE_FOREIGN, path=str(source))
    if location.path is None:
        raise DatabaseError(backup.NO_FILE, location=str(location))
    safety = None
    if location.path.exists():
        safety = backup.take_backup(location, reason="before-restore").path
    backup.copy_database(source, location.path)
    engine = make_engine(location.url)
    try:
        bring_up_to_date(location, engine)
    finally:
        engine.dispose()
    return safety
