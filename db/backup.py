"""Backups of a SQLite database file with SQLite's online backup API.

A backup is a consistent copy even while the app, or another person, is writing: the
rows are counted and the pages copied inside ONE read transaction on the source, so
both see the same snapshot however busy the database is.  The copy is then checked
(integrity check, and the snapshot's row counts) before it is trusted; a copy that is
not finished or fails its check is removed, never left as a ``*.partial`` file.

Rotation: only automatic backups (reason ``auto``) rotate, the newest ``KEEP`` of them
staying.  Manual backups and the safety backups taken before a migration or a restore
are kept until a person deletes them: they are the ones somebody will look for.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import faults
from db.engine import needs_immutable
from db.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseError
from db.location import Location

KEEP = 30
AUTOMATIC = "auto"
# A ``*.partial`` file older than this belongs to a backup that was killed: nothing
# that is still running leaves its copy untouched for so long.
STALE_PARTIAL_SECONDS = 15 * 60
# How long a restore waits for other people's saves to let it write the database.
RESTORE_WAIT_SECONDS = 30.0

NO_FILE = QT_TRANSLATE_NOOP("Errors", "Backups are made of SQLite database files only, not of {location}.")
BAD_COPY = QT_TRANSLATE_NOOP("Errors", "The backup {path} failed its check ({detail}); it was removed.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no database file at {path}.")
DAMAGED = QT_TRANSLATE_NOOP("Errors", "{path} is damaged and cannot be used: {detail}")
NOT_SQLITE = QT_TRANSLATE_NOOP("Errors", "{path} is not a SQLite database file.")
RESTORE_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} stayed busy with other people's saves for {seconds} seconds, so it was not restored; nothing "
    "was changed. Close Kakehashi on the other computers and try again.",
)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def integrity(path: Path) -> tuple[str, dict[str, int]]:
    """SQLite's verdict on ``path`` ("ok" when sound) and the row count of each table."""
    if not path.is_file():
        raise DatabaseError(NOT_FOUND, path=str(path))
    try:
        with closing(_open_readonly(path)) as conn:
            verdict = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check").fetchall())
            try:
                counts = _counts(conn)
            except sqlite3.DatabaseError:  # a damaged table; the verdict says where
                counts = {}
    except sqlite3.DatabaseError as exc:
        raise _unreadable(exc, path) from exc
    return verdict, counts


def _unreadable(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """Why ``path`` could not be read: a disk fault, or it is no SQLite file at all."""
    code = faults.sqlite_code(exc)
    if code in (faults.SQLITE_BUSY, faults.SQLITE_LOCKED, faults.SQLITE_FULL, faults.SQLITE_IOERR,
                faults.SQLITE_PERM, faults.SQLITE_READONLY):
        return faults.translate(exc, path) or DatabaseError(NOT_SQLITE, path=str(path))
    if code == faults.SQLITE_CORRUPT:
        return DatabaseError(DAMAGED, path=str(path), detail=str(exc))
    return DatabaseError(NOT_SQLITE, path=str(path))


def snapshot_copy(source: Path, target: Path) -> dict[str, int]:
    """Copy ``source`` into a new file ``target`` and return the row counts of the very
    snapshot copied.  A read transaction held across counting and copying pins one
    snapshot (WAL readers are never blocked, and writers never wait for us)."""
    with closing(_open_source(source)) as src:
        src.execute("BEGIN")
        counts = _counts(src)  # the first read fixes the snapshot
        with closing(sqlite3.connect(target)) as dst:
            src.backup(dst)  # all pages in one step, through the same read transaction
        src.execute("COMMIT")
    return counts


def _open_source(path: Path) -> sqlite3.Connection:
    """An ordinary connection (it can recover a log left by a crash); in a folder that
    cannot be written, a read-only one, told the file cannot change when even the
    WAL index cannot be made there."""
    if os.access(path.parent, os.W_OK):
        return sqlite3.connect(path, isolation_level=None)
    flag = "immutable=1" if needs_immutable(path) else "mode=ro"
    return sqlite3.connect(f"file:{path.as_posix()}?{flag}", uri=True, isolation_level=None)


def copy_database(source: Path, target: Path, *, wait: float = RESTORE_WAIT_SECONDS) -> None:
    """Copy ``source`` into ``target`` page by page; ``target`` is replaced whole.

    ``target`` may be a database in use: the copy needs its write lock, and waits for
    other people's saves at most ``wait`` seconds, then raises ``DatabaseBusy`` having
    changed nothing (the copy is one step: it writes all pages or none)."""
    deadline = time.monotonic() + wait

    def _progress(status: int, _remaining: int, _total: int) -> None:
        if status in (faults.SQLITE_BUSY, faults.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _GaveUp

    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target, timeout=1.0)) as dst:
        try:
            src.backup(dst, progress=_progress, sleep=0.05)
        except _GaveUp:
            raise DatabaseBusy(RESTORE_BUSY, path=str(target), seconds=round(wait)) from None


class _GaveUp(Exception):
    pass


def take_backup(location: Location, reason: str = "manual", target: Path | None = None,
                keep: int = KEEP) -> BackupFile:
    """Back the database up into its backups folder (or ``target``) and check the copy."""
    if location.path is None:
        raise DatabaseError(NO_FILE, location=str(location))
    if not location.path.is_file():
        raise DatabaseError(NOT_FOUND, path=str(location.path))
    now = datetime.now()
    if target is None:
        location.backups_dir.mkdir(parents=True, exist_ok=True)
        sweep_partials(location.backups_dir)
        target = _unique(location.backups_dir, location.path.stem, now, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        try:
            snapshot_counts = snapshot_copy(location.path, partial)
        except sqlite3.Error as exc:
            if faults.sqlite_code(exc) in (faults.SQLITE_FULL, faults.SQLITE_IOERR):
                raise faults.translate(exc, target.parent) from exc  # the copy's disk
            raise _unreadable(exc, location.path) from exc
        _standalone(partial)
        verdict, copy_counts = integrity(partial)
        if verdict != "ok" or copy_counts != snapshot_counts:
            detail = verdict if verdict != "ok" else "row counts differ"
            raise DatabaseError(BAD_COPY, path=str(target), detail=detail)
        partial.replace(target)
    finally:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    if target.parent == location.backups_dir and reason == AUTOMATIC:
        rotate(location, keep)
    return BackupFile(target, now, reason, target.stat().st_size)


def sweep_partials(folder: Path, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Remove unfinished copies left by a backup that was killed; return what was removed."""
    removed = []
    cutoff = time.time() - older_than
    for path in folder.glob("*.partial*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:  # gone meanwhile, or not ours to remove
            continue
    return removed


def _standalone(path: Path) -> None:
    """Give the copy the rollback journal: one self-contained file that can be read,
    copied or restored without a ``-wal``/``-shm`` beside it (the page copy inherits
    the source's WAL mode, and read-only checks would leave those files behind)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")


def _sequence(stamp: str) -> int:
    """The n of a "-n" suffix that tells apart backups taken in the same second (1 if none)."""
    return int(stamp[16:]) if len(stamp) > 15 else 1


def _unique(folder: Path, stem: str, now: datetime, reason: str) -> Path:
    # Numbered across all reasons within the second, so that the number orders them.
    stamp = now.strftime("%Y%m%d-%H%M%S")
    used = {0}
    for path in folder.glob(f"*-{stamp}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match and match["stem"] == stem and match["stamp"][:15] == stamp:
            used.add(_sequence(match["stamp"]))
    n = max(used) + 1
    candidate = folder / (f"{stem}-{stamp}-{reason}.sqlite3" if n == 1 else f"{stem}-{stamp}-{n}-{reason}.sqlite3")
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{stamp}-{n}-{reason}.sqlite3"
    return candidate


def list_backups(location: Location) -> list[BackupFile]:
    """The backups of this database, newest first."""
    if location.path is None or not location.backups_dir.is_dir():
        return []
    found = []
    for path in location.backups_dir.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != location.path.stem:
            continue
        stamp = match["stamp"]
        found.append((_sequence(stamp), BackupFile(path, datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S"),
                                                    match["reason"], path.stat().st_size)))
    # Within one second the "-n" number gives the order; the name would put "-10-" before "-9-"
    # and the un-numbered first backup after all of them.
    found.sort(key=lambda item: (item[1].taken_at, item[0]), reverse=True)
    return [b for _, b in found]


def rotate(location: Location, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` automatic backups; return what was removed.
    Manual and safety backups are never removed here."""
    removed = []
    automatic = [b for b in list_backups(location) if b.reason == AUTOMATIC]
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def check_source(path: Path) -> None:
    """Refuse a file that SQLite finds damaged."""
    verdict, _ = integrity(path)
    if verdict != "ok":
        raise DatabaseError(DAMAGED, path=str(path), detail=verdict)
