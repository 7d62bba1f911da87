"""A spreadsheet dragged from the file manager onto the page or the wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def dropped_path(mime: QMimeData) -> str | None:
    """The one local spreadsheet file being dropped, or None."""
    if not mime.hasUrls():
        return None
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1 or Path(files[0]).suffix.lower() not in SUFFIXES:
        return None
    return files[0]
