"""Backups of a SQLite database file with SQLite's online backup API.

A backup is a consistent copy even while the app has the file open (WAL included),
checked after writing (integrity check and the same row counts as the source)
before it is trusted.  Backups rotate: the newest ``KEEP`` automatic ones stay.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.errors import QT_TRANSLATE_NOOP, DatabaseError
from db.location import Location

KEEP = 30

NO_FILE = QT_TRANSLATE_NOOP("Errors", "Backups are made of SQLite database files only, not of {location}.")
BAD_COPY = QT_TRANSLATE_NOOP("Errors", "The backup {path} failed its check ({detail}); it was removed.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no database file at {path}.")
DAMAGED = QT_TRANSLATE_NOOP("Errors", "{path} is damaged and cannot be used: {detail}")
NOT_SQLITE = QT_TRANSLATE_NOOP("Errors", "{path} is not a SQLite database file.")

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)


def integrity(path: Path) -> tuple[str, dict[str, int]]:
    """SQLite's verdict on ``path`` ("ok" when sound) and the row count of each table."""
    if not path.is_file():
        raise DatabaseError(NOT_FOUND, path=str(path))
    try:
        with closing(_open_readonly(path)) as conn:
            verdict = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check").fetchall())
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(NOT_SQLITE, path=str(path)) from exc
    return verdict, counts


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` page by page; ``target`` is replaced whole."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


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
        target = _unique(location.backups_dir, location.path.stem, now, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    copy_database(location.path, partial)
    _standalone(partial)
    _, source_counts = integrity(location.path)
    verdict, copy_counts = integrity(partial)
    if verdict != "ok" or copy_counts != source_counts:
        partial.unlink(missing_ok=True)
        detail = verdict if verdict != "ok" else "row counts differ"
        raise DatabaseError(BAD_COPY, path=str(target), detail=detail)
    partial.replace(target)
    if target.parent == location.backups_dir:
        rotate(location, keep)
    return BackupFile(target, now, reason, target.stat().st_size)


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
    """Remove all but the newest ``keep`` backups; return what was removed."""
    removed = []
    for old in list_backups(location)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def check_source(path: Path) -> None:
    """Refuse a file that SQLite finds damaged."""
    verdict, _ = integrity(path)
    if verdict != "ok":
        raise DatabaseError(DAMAGED, path=str(path), detail=verdict)
