"""What the person sees when something goes wrong that no screen handled.

Installed once at start-up (``install_excepthook``).  Every exception reaching it is
logged first, whole.  The core's expected errors (a busy or read-only database, a full
disk, a record someone deleted) are shown as a plain message in the person's language
that says what to do; anything else gets :class:`ErrorDialog`: what happened in one
line, the details to copy into a report, and where the log file is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from desktop import i18n
from desktop.widgets.retranslating import Retranslating

log = logging.getLogger("kakehashi.desktop")


class ErrorDialog(Retranslating, QDialog):
    """An unexpected failure: a short message, copyable details, the log's location."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.log_path = log_path
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 200)
        self.log_label = QLabel()
        self.log_label.setObjectName("logLocation")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDetails")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        self.message.setText(self.tr(
            "Something went wrong that Kakehashi did not expect. Your saved work is safe; what you were "
            "doing may not have finished. Please send the details below to whoever looks after Kakehashi."))
        self.copy_button.setText(self.tr("Copy Details"))
        if self.log_path is not None:
            self.log_label.setText(self.tr("The log file is {path}").format(path=self.log_path))
        else:
            self.log_label.setText(self.tr("No log file could be written."))

    def copy_details(self) -> None:
        lines = [self.details.toPlainText()]
        if self.log_path is not None:
            lines.append(f"Log: {self.log_path}")
        QGuiApplication.clipboard().setText("\n".join(lines))


class ExceptionReporter:
    """The excepthook: log, then tell the person (one dialog at a time)."""

    def __init__(self, log_path: Path | None):
        self.log_path = log_path
        self._showing = False
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(value, KakehashiError):
            log.warning("Not done: %s", value, exc_info=(kind, value, tb))
        else:
            log.error("Unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None or self._showing:
            return  # a failure inside the dialog itself (or before the app) stays in the log
        self._showing = True
        try:
            self.dialog_for(value, tb).exec()
        finally:
            self._showing = False

    def dialog_for(self, value: BaseException, tb: TracebackType | None = None) -> QDialog:
        """The dialog that tells the person about ``value`` (not shown yet)."""
        # No parent: the window that was active may be the one going away because of the error.
        parent = None
        if isinstance(value, KakehashiError):
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ErrorDialog", "Not done"),
                              i18n.tr_error(value), QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("expectedError")
            return box
        details = "".join(traceback.format_exception(type(value), value, tb or value.__traceback__))
        return ErrorDialog(details, self.log_path, parent)


def install_excepthook(log_path: Path | None) -> ExceptionReporter:
    """Route uncaught exceptions (including those in Qt's slots) to the reporter."""
    reporter = ExceptionReporter(log_path)
    sys.excepthook = reporter
    return reporter
