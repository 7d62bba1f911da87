"""Logging, set up once at start: a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from db.location import app_log_dir

LOG_FILE = "kakehashi.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to ``<log folder>/kakehashi.log`` (1 MB × 5); return its path.

    Returns None when the folder cannot be written; the program works on without a log.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder = app_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return Path(handler.baseFilename)
