"""The desktop application: ``run_gui(argv)`` is what ``kakehashi`` without a command runs.

It sets the application up once (names for QSettings, fonts with Japanese glyphs, the
system's colours, the language chosen in Preferences, the log file and the error
dialog), then :class:`Shell` opens the database — off the GUI thread, refusing a second
window on the same file — and shows the main window.  ``build_window`` does all of that
but the event loop, for tests and benchmarks.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from db.cli.main import program_version, startup_finished
from db.errors import DatabaseError, KakehashiError
from db.location import ENV_VAR, Location, resolve
from db.logs import configure_logging
from desktop import appearance, i18n
from desktop.context import LANGUAGE_KEY, AppContext
from desktop.errors import install_excepthook
from desktop.instance import InstanceGuard, ask_in_use
from desktop.launcher import WindowOptions, window_options
from desktop.main_window import MainWindow
from desktop.opening import ask_after_fault, open_database_quietly, wait_for

log = logging.getLogger("kakehashi.desktop")

ORGANISATION = "Kakehashi"
APPLICATION = "Kakehashi"
LAST_DATABASE_KEY = "database/last"  # the file opened last (not read-only): the next start opens it
AUTO_BACKUP_DELAY_MS = 5_000  # after the window is up, not competing with its first paint


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (made once), named, with its fonts, colours and style hints."""
    app = QApplication.instance()
    if app is None:
        appearance.before_application()
        app = QApplication(list(argv or ["kakehashi"]))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(program_version())
    app.setDesktopFileName("kakehashi")
    app.setWindowIcon(app_icon())
    appearance.style_hints(app)
    appearance.apply_fonts(app)
    appearance.follow_colour_scheme(app)
    return app


def app_icon() -> QIcon:
    """The bridge icon at every size rendered from resources/icons/kakehashi.svg (by
    installer/render_icons.py), found the same way from source and in a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    folder = (Path(bundle) if bundle else Path(__file__).resolve().parent.parent) / "resources" / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("kakehashi-*.png")):
        icon.addFile(str(png))
    return icon


class Shell(QObject):
    """The running application: one main window over one database at a time, and the
    local socket that keeps a second start on the same file from opening it again."""

    def __init__(self, app: QApplication, settings: QSettings | None = None):
        super().__init__(app)
        self.app = app
        self.settings = settings if settings is not None else QSettings()
        self.window: MainWindow | None = None
        self.guard: InstanceGuard | None = None

    def start(self, options: WindowOptions) -> MainWindow | None:
        """Speak the chosen language and open the database asked for (else the last one,
        else the default); None when the person gave up."""
        i18n.switch_language(self.app, options.lang or str(self.settings.value(LANGUAGE_KEY, "system")))
        target = options.db or os.environ.get(ENV_VAR) or self.settings.value(LAST_DATABASE_KEY) or None
        return self.open(target, read_only=options.read_only)

    def open(self, target: str | None, read_only: bool = False, parent: QWidget | None = None) -> MainWindow | None:
        """Open ``target`` in a new main window, closing the current one; None when it was
        not opened (the person gave up, or chose to use the window already open)."""
        give_up = QCoreApplication.translate("Shell", "Cancel") if parent is not None else None
        while True:
            try:
                location = resolve(target)
            except Exception as exc:  # noqa: BLE001 - a malformed URL: SQLAlchemy's own error
                from db.lifecycle import CANNOT_OPEN

                target = ask_after_fault(parent, DatabaseError(CANNOT_OPEN, location=str(target), detail=str(exc)),
                                         give_up)
                if target is None:
                    return None
                continue
            guard, read_only = self._claim(location, read_only, parent)
            if guard is False:
                return None
            text = "\n".join((QCoreApplication.translate("Shell", "Opening {path}…"), QCoreApplication.translate(
                "Shell", "A database made by an older version is backed up and updated first.")))
            try:
                db = wait_for(parent, text.format(path=location), open_database_quietly, target, read_only)
                break
            except KakehashiError as exc:
                log.warning("Cannot open %s: %s", location, exc)
                if guard is not None and guard is not self.guard:
                    guard.close()
                target = ask_after_fault(parent, exc, give_up)
                if target is None:
                    return None
                read_only = False
        return self._show(AppContext(db, self.settings), guard)

    def _claim(self, location: Location, read_only: bool, parent: QWidget | None):
        """(guard, read_only): this start's guard of the file (None when there is none to
        keep), or False when the person chose the window already open on it."""
        if location.path is None or read_only:
            return None, read_only
        guard = InstanceGuard(location.path, self)
        if self.guard is not None and self.guard.name == guard.name:
            guard.deleteLater()
            return self.guard, read_only  # reopening our own file (after a restore)
        if guard.notify_running():
            guard.deleteLater()
            if not ask_in_use(location.path, parent):
                return False, read_only
            return None, True
        return guard, read_only

    def _show(self, context: AppContext, guard: InstanceGuard | None) -> MainWindow:
        db = context.db
        window = MainWindow(context)
        window.show_notices(db.warnings)
        window.database_switch_requested.connect(self.switch)
        if not db.read_only and db.location.path is not None:
            self.settings.setValue(LAST_DATABASE_KEY, str(db.location.path))
        old, old_guard = self.window, self.guard
        self.window, self.guard = window, guard
        if guard is not None and guard is not old_guard:
            guard.listen()
            guard.activate_requested.connect(self._activate)
        if old_guard is not None and old_guard is not guard:
            old_guard.close()
        window.show()
        if old is not None:
            old.close()
            old.context.db.close()
            old.deleteLater()
        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, window, window.database_actions.auto_backup_if_due)
        return window

    def switch(self, path: str, read_only: bool = False) -> MainWindow | None:
        """Open another database (File → Open database…, or the same one after a restore)."""
        current = self.window
        if current is not None and not current.close_forms():
            return None
        return self.open(path, read_only, parent=current)

    def _activate(self) -> None:
        if self.window is not None:
            self.window.bring_forward()


def build_window(argv: Sequence[str] = (), settings: QSettings | None = None) -> MainWindow | None:
    """Everything ``run_gui`` does before the event loop: the window shown over the
    database ``argv`` names (``--db``, ``--lang``, ``--read-only``), or None."""
    options = window_options(argv) or WindowOptions()
    app = make_application()
    shell = Shell(app, settings)
    window = shell.start(options)
    if window is not None:
        window.shell = shell  # kept alive with the window
    return window


def run_gui(argv: Sequence[str] = ()) -> int:
    """``kakehashi`` without a command: the window, until it is closed."""
    app = make_application([sys.argv[0] if sys.argv else "kakehashi"])
    log_path = configure_logging()
    install_excepthook(log_path)
    qInstallMessageHandler(_qt_message_to_log)
    startup_finished()  # the GUI's modules are loaded: the collector may run again (see launcher)
    log.info("Kakehashi %s starting", program_version())
    window = build_window(argv)
    if window is None:
        return 0
    return app.exec()


def _qt_message_to_log(kind: QtMsgType, _context, message: str) -> None:
    """Qt's own warnings go to the log file rather than to a console nobody sees."""
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)
