"""Where the database, its backups and its attached files live.

The default database is in the platform's application-data folder (platformdirs);
``--db PATH``, a SQLAlchemy URL, or the ``KAKEHASHI_DB`` environment variable picks
another.  Backups and attached files live beside the database they belong to, so a
database copied with its folders to another machine stays whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Kakehashi"
ENV_VAR = "KAKEHASHI_DB"
DEFAULT_FILE = "kakehashi.sqlite3"


def app_data_dir() -> Path:
    """``%LOCALAPPDATA%\\Kakehashi`` on Windows, ``~/Library/Application Support/Kakehashi``
    on macOS, ``$XDG_DATA_HOME/Kakehashi`` elsewhere."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def app_log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class Location:
    """A database target: its SQLAlchemy URL and, for a SQLite file, the file and its folders."""

    url: str
    path: Path | None  # None for in-memory or server databases

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    @property
    def backups_dir(self) -> Path:
        if self.path is None:
            return app_data_dir() / "backups"
        return self.path.parent / f"{self.path.stem}-backups"

    @property
    def files_dir(self) -> Path:
        """Attached documents, stored by their SHA-256."""
        if self.path is None:
            return app_data_dir() / "files"
        return self.path.parent / f"{self.path.stem}-files"

    def __str__(self) -> str:
        return str(self.path) if self.path else self.url


def resolve(target: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Location:
    """Turn a path, a SQLAlchemy URL or nothing (environment, then default) into a Location."""
    environ = os.environ if environ is None else environ
    if target is None or str(target) == "":
        target = environ.get(ENV_VAR) or app_data_dir() / DEFAULT_FILE
    text = os.fspath(target)
    if "://" in text:
        # Imported here: SQLAlchemy's engine package costs a fifth of a second, which
        # `kakehashi --help` (it shows the default location) should not pay.
        from sqlalchemy.engine import make_url

        url = make_url(text)
        if url.get_backend_name() == "sqlite":
            if url.database in (None, "", ":memory:"):
                return Location(text, None)
            path = Path(url.database).expanduser().resolve()
            return Location(str(url.set(database=str(path))), path)
        return Location(text, None)
    path = Path(text).expanduser().resolve()
    return Location(f"sqlite:///{path.as_posix()}", path)
