"""Opening a database: off the GUI thread, with progress when it takes time (a migration
backs the file up and rewrites it), and every fault as a plain message with a way out —
choose another file, or give up.  ``desktop.app.Shell.open`` puts these together;
``wait_for`` runs any slow call off the GUI thread while the windows keep painting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from db.database import Database
from db.errors import DatabaseError, KakehashiError
from desktop import i18n
from desktop.tasks import run_task

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400  # quick work shows no dialog at all
FILE_FILTER = "*.sqlite3 *.sqlite *.db"


def wait_for(parent: QWidget | None, text: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``fn(*args, **kwargs)`` on a worker thread; meanwhile the GUI thread keeps
    handling events, and after a moment a progress dialog says what is going on.
    Returns the result or raises what ``fn`` raised."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # a migration or a backup under way is not cut short
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle(QCoreApplication.translate("Opening", "Kakehashi"))
    dialog.reset()  # hidden until the timer says the work takes a while
    timer = QTimer(singleShot=True, interval=PROGRESS_DELAY_MS)
    timer.timeout.connect(dialog.show)
    timer.start()
    run_task(None, lambda: fn(*args, **kwargs), done=done, failed=failed)
    if not outcome:
        loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def open_database_quietly(target: str | None, read_only: bool = False) -> Database:
    """The core's ``open_database`` (imported on the worker: SQLAlchemy and Alembic load there)."""
    from db.lifecycle import open_database

    return open_database(target, read_only=read_only)


def ask_after_fault(parent: QWidget | None, exc: KakehashiError, give_up_text: str | None = None) -> str | None:
    """Tell why the database cannot be used; the file chosen instead, or None to give up."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Opening", "Cannot open the database"))
    box.setText(i18n.tr_error(exc))
    if isinstance(exc, DatabaseError):
        box.setInformativeText(QCoreApplication.translate(
            "Opening", "Choose another database file, or quit and try again later."))
    choose = box.addButton(QCoreApplication.translate("Opening", "Choose Another File…"),
                           QMessageBox.ButtonRole.AcceptRole)
    give_up = box.addButton(give_up_text or QCoreApplication.translate("Opening", "Quit"),
                            QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setEscapeButton(give_up)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    return choose_database_file(parent)


def choose_database_file(parent: QWidget | None, start: str = "") -> str | None:
    """A database file picked in the system's dialog (an existing one), or None."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Opening", "Open Database"), start,
        QCoreApplication.translate("Opening", "Kakehashi databases ({patterns})").format(patterns=FILE_FILTER)
        + ";;" + QCoreApplication.translate("Opening", "All files (*)"))
    return path or None

