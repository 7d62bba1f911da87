"""Logging, set up once at start: a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
from pathlib import Path

from db.location import app_log_dir

LOG_FILE = "kakehashi.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to ``<log folder>/kakehashi.log`` (1 MB × 5); return its path.

    Returns None when the folder cannot be written; the program works on without a log.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _DeferredLog):
            return handler.path
    try:
        folder = app_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = _DeferredLog(folder / LOG_FILE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return handler.path


class _DeferredLog(logging.Handler):
    """The rotating log file, opened at the first record: a short command that logs
    nothing neither opens the file nor loads ``logging.handlers``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=1_000_000, backupCount=5,
                                                                  encoding="utf-8")
            except OSError:  # the program works on without a log
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
