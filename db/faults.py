"""Turns what SQLite (or the disk under it) says into messages a person can act on.

SQLite reports trouble through result codes; SQLAlchemy wraps them in its own
exceptions.  ``translate`` reads the code (``sqlite_errorcode`` since Python 3.11,
the message text otherwise) and gives one of the core's errors:

- busy or locked: ``DatabaseBusy`` — another save held the database longer than we
  wait; the transaction was rolled back, so nothing was written and nothing lost;
- disk full, input/output error, no permission: ``StorageFault``;
- read-only file, folder or connection: ``ReadOnlyDatabase``;
- a damaged file or one that is not a database: ``DatabaseError``.

Anything else is left alone: it is a programming error and must reach the log whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from db.errors import (QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseError, KakehashiError, ReadOnlyDatabase,
                       StorageFault)

BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is busy with another person's save. Nothing was lost, but this change was not saved yet: "
    "try again in a moment.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding {path} is full; nothing was saved. Free some space and try again."
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk holding {path} could not be read or written (input/output error); nothing was saved. "
    "Check the disk, then try again or restore the newest backup.",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "Kakehashi may not write {path} or its folder; nothing was saved. Check the file's permissions."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "{path} is open read-only; changes cannot be saved. Nothing was changed."
)
READ_ONLY_WARNING = QT_TRANSLATE_NOOP("Warnings", "{path} is read-only; changes cannot be saved.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is damaged ({detail}). Nothing was changed; run 'kakehashi check' to see the damage, "
    "or restore the newest backup.",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Errors", "{path} is not a Kakehashi database (it is not a SQLite file).")

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_NOTADB = 10, 11, 13, 14, 23, 26
# A WAL lock race that SQLite gave up retrying (seen after a crash, while another
# connection recovers the log): as passing as a busy database.
SQLITE_PROTOCOL = 15

# When no code is attached (other drivers, older Pythons): words SQLite uses.
_BY_TEXT = (
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("database or disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR),
    ("readonly database", SQLITE_READONLY),
    ("read-only", SQLITE_READONLY),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("unable to open database file", SQLITE_CANTOPEN),
    ("access permission denied", SQLITE_PERM),
)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (a SQLAlchemy or sqlite3 error)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    words = str(original).lower()
    for phrase, found in _BY_TEXT:
        if phrase in words:
            return found
    return None


def translate(exc: BaseException, path: object) -> KakehashiError | None:
    """The core's error for ``exc`` on the database at ``path``, or ``None`` when it is not a
    fault of the database or disk."""
    code = sqlite_code(exc)
    where = str(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        return DatabaseBusy(BUSY, path=where)
    if code == SQLITE_FULL:
        return StorageFault(DISK_FULL, path=where)
    if code == SQLITE_IOERR:
        return StorageFault(IO_ERROR, path=where)
    if code in (SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return StorageFault(NO_PERMISSION, path=where)
    if code == SQLITE_READONLY:
        return ReadOnlyDatabase(READ_ONLY, path=where)
    if code == SQLITE_CORRUPT:
        return DatabaseError(DAMAGED, path=where, detail=_first_line(exc))
    if code == SQLITE_NOTADB:
        return DatabaseError(NOT_A_DATABASE, path=where)
    return None


def _first_line(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return str(original).splitlines()[0] if str(original) else type(original).__name__


@contextmanager
def translated(path: object) -> Iterator[None]:
    """Run a block; a database or disk fault inside it comes out as the core's error."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        error = translate(exc, path)
        if error is None:
            raise
        raise error from exc
