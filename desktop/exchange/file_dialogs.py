"""Asking for a file to read or write, with Qt's own dialog (the same on every platform,
and one a test can answer by typing a name, as a person does)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SPREADSHEETS = "*.xlsx *.xlsm *.xls *.ods *.csv"


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def open_filter() -> str:
    return ";;".join((
        QCoreApplication.translate("FileDialogs", "Spreadsheets ({patterns})").format(patterns=SPREADSHEETS),
        QCoreApplication.translate("FileDialogs", "All files (*)")))


def ask_open_path(parent: QWidget, title: str, folder: str | None = None) -> str | None:
    """A spreadsheet to read, or None when the person cancelled."""
    dialog = QFileDialog(parent, title, folder or _documents(), open_filter())
    dialog.setObjectName("openFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str, folder: str | None = None) -> str | None:
    """Where to write a file ending in ``suffix`` (".xlsx", ".csv", ".ics"), or None when cancelled."""
    patterns = {".xlsx": QCoreApplication.translate("FileDialogs", "Excel workbook (*.xlsx)"),
                ".csv": QCoreApplication.translate("FileDialogs", "CSV file (*.csv)"),
                ".ics": QCoreApplication.translate("FileDialogs", "iCalendar file (*.ics)")}
    dialog = QFileDialog(parent, title, str(Path(folder or _documents()) / suggested), patterns[suffix])
    dialog.setObjectName("saveFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None
