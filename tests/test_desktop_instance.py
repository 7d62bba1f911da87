"""A second start on the same database: told it is in use, the first window comes
forward, or it opens the file read-only when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import Shell, make_application
from desktop.instance import InstanceGuard, server_name
from desktop.launcher import WindowOptions


def test_the_socket_name_is_the_same_for_every_spelling_of_the_path(tmp_path):
    path = tmp_path / "k.sqlite3"
    assert server_name(path) == server_name(tmp_path / "sub" / ".." / "k.sqlite3")
    assert server_name(path) != server_name(tmp_path / "other.sqlite3")


def test_a_second_start_reaches_the_first_and_asks_it_forward(qtbot, tmp_path):
    path = tmp_path / "k.sqlite3"
    first = InstanceGuard(path)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            assert InstanceGuard(path).notify_running()
        assert not InstanceGuard(tmp_path / "other.sqlite3").notify_running()
    finally:
        first.close()
    assert not InstanceGuard(path).notify_running()  # the first one is gone


def _answer(button_text: str, seen: list[str]):
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


@pytest.fixture
def first_window(qapp, qtbot, tmp_path, settings):
    shell = Shell(make_application(), settings)
    window = shell.start(WindowOptions(db=str(tmp_path / "shared.sqlite3"), lang="en"))
    yield shell, window  # closed below: the window may be replaced (and deleted) by the test
    shell.guard.close()
    if shell.window is not None:
        shell.window.close()
        shell.window.context.db.close()


def test_the_second_window_is_told_the_database_is_in_use(first_window, qtbot, tmp_path, settings):
    first_shell, first = first_window
    raised = []
    first.bring_forward = lambda: raised.append(True)  # noqa: E731 - observe without a window manager
    second = Shell(make_application(), settings)
    seen: list[str] = []
    _answer("Close", seen)
    assert second.start(WindowOptions(db=str(tmp_path / "shared.sqlite3"))) is None
    assert "already open in another Kakehashi window" in seen[0] and "shared.sqlite3" in seen[0]
    qtbot.waitUntil(lambda: raised == [True])


def test_the_second_window_may_open_it_read_only(first_window, qtbot, tmp_path, settings):
    second = Shell(make_application(), settings)
    seen: list[str] = []
    _answer("Open Read-Only", seen)
    window = second.start(WindowOptions(db=str(tmp_path / "shared.sqlite3")))
    qtbot.addWidget(window)
    try:
        assert window.context.db.read_only and second.guard is None
        assert window.windowTitle() == "Kakehashi — shared.sqlite3 (read-only)"
        assert window.banner.isVisible() and "read-only" in window.banner.label.text()
        assert not window.menus.new_partner.isEnabled()
    finally:
        window.close()
        window.context.db.close()


def test_opening_another_database_replaces_the_window_and_its_guard(first_window, qtbot, tmp_path, settings):
    shell, first = first_window
    old_guard = shell.guard
    other = tmp_path / "other.sqlite3"
    with qtbot.waitSignal(first.destroyed, timeout=5000):
        first.database_switch_requested.emit(str(other), False)  # what File → Open database… asks
    window = shell.window
    assert window.context.db.location.path == other and window.windowTitle() == "Kakehashi — other.sqlite3"
    assert settings.value("database/last") == str(other)
    assert not old_guard.listening and shell.guard.listening
    assert InstanceGuard(other).notify_running()
    assert not InstanceGuard(tmp_path / "shared.sqlite3").notify_running()
