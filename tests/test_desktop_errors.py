"""Uncaught exceptions: logged, then shown — the core's expected errors as a plain message,
anything else with copyable details and the log file's location."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import DatabaseBusy
from db.faults import BUSY
from desktop.errors import ErrorDialog, ExceptionReporter, install_excepthook


def _raised(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - we want its traceback
        return type(caught), caught, caught.__traceback__


def test_an_unexpected_error_shows_details_and_the_log(qtbot, context, tmp_path, caplog):
    log_path = tmp_path / "logs" / "kakehashi.log"
    reporter = ExceptionReporter(log_path)
    kind, value, tb = _raised(ZeroDivisionError("division by zero in the renewal sum"))
    dialog = reporter.dialog_for(value, tb)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorDialog)
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: division by zero in the renewal sum" in details
    assert "Traceback" in details and "test_desktop_errors.py" in details
    assert str(log_path) in dialog.log_label.text()
    assert dialog.details.isReadOnly()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and str(log_path) in copied


def test_the_hook_logs_then_shows_the_dialog(qtbot, context, tmp_path, caplog):
    reporter = ExceptionReporter(tmp_path / "kakehashi.log")
    shown = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_dialog)
            return
        shown.append((type(dialog).__name__, dialog.details.toPlainText()))
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    with caplog.at_level(logging.ERROR, logger="kakehashi.desktop"):
        reporter(*_raised(KeyError("organisation_kind")))
    assert shown and shown[0][0] == "ErrorDialog" and "KeyError" in shown[0][1]
    assert "Unexpected error" in caplog.text and "KeyError" in caplog.text


def test_an_expected_error_is_a_plain_message_that_says_what_to_do(qtbot, context, tmp_path, caplog):
    reporter = ExceptionReporter(tmp_path / "kakehashi.log")
    busy = DatabaseBusy(BUSY, path="/data/kakehashi.sqlite3")
    box = reporter.dialog_for(busy)
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("/data/kakehashi.sqlite3 is busy with another person's save")
    assert "try again in a moment" in box.text()
    assert "Traceback" not in box.text() and not box.detailedText()


def test_the_hook_is_installed_for_the_whole_application(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = install_excepthook(tmp_path / "kakehashi.log")
    assert sys.excepthook is reporter


def test_the_dialog_follows_a_language_switch(qtbot, qapp, context):
    from desktop import i18n

    dialog = ErrorDialog("details", None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unexpected error"
    assert dialog.log_label.text() == "No log file could be written."
    i18n.switch_language(qapp, "ja")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "予期しないエラー")
    assert dialog.copy_button.text() == "詳細をコピー"


def test_a_file_that_is_no_database_is_refused_with_a_way_out(qtbot, context, tmp_path, settings):
    from desktop.app import Shell, make_application
    from desktop.launcher import WindowOptions

    junk = tmp_path / "notes.sqlite3"
    junk.write_text("meeting notes, not a database\n" * 200, encoding="utf-8")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Quit").click()

    QTimer.singleShot(0, answer)
    shell = Shell(make_application(), settings)
    assert shell.start(WindowOptions(db=str(junk), lang="en")) is None
    text, buttons = seen[0]
    assert "is not a Kakehashi database" in text and str(junk) in text
    assert sorted(buttons) == ["Choose Another File…", "Quit"]
    assert junk.read_text(encoding="utf-8").startswith("meeting notes")  # left as it was
    assert settings.value("database/last") is None
