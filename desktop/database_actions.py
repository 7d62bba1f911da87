"""File → Open database…, Back up now…, Restore from a backup…, and the daily automatic
backup: the core's ``db.backup`` and ``db.lifecycle`` services, run off the GUI thread
with progress, their faults as plain messages.

Opening another database or restoring one replaces what every screen shows, so neither
is done here: ``switch_requested(path, read_only)`` asks the application to open the
file in a new window (see ``desktop.app``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.errors import KakehashiError
from desktop.context import AppContext
from desktop.opening import FILE_FILTER, choose_database_file
from desktop.tasks import Task, run_task

log = logging.getLogger(__name__)

AUTO_BACKUP_EVERY = timedelta(hours=20)  # about once a working day


class DatabaseActions(QObject):
    """The database's file-level actions for one window."""

    switch_requested = Signal(str, bool)  # path, read_only
    backed_up = Signal(object)  # the BackupFile, after Back up now or an automatic backup
    restored = Signal(object)  # the safety backup's path (or None), after a restore

    def __init__(self, window: QWidget, context: AppContext, before_replace: Callable[[], bool] | None = None):
        super().__init__(window)
        self.window = window
        self.context = context
        self.before_replace = before_replace or (lambda: True)

    @property
    def location(self):
        return self.context.db.location

    # ------------------------------------------------------------------ open

    def open_another(self) -> None:
        start = str(self.location.path.parent) if self.location.path is not None else ""
        path = choose_database_file(self.window, start)
        if path:
            self.switch_requested.emit(path, False)

    # ------------------------------------------------------------------ backups

    def back_up_now(self) -> Task | None:
        """A manual backup into the database's backups folder; says where it went."""
        if self.location.path is None:
            self._warn(self.tr("Only a database file can be backed up here."))
            return None
        from db.backup import take_backup

        return run_task(self.window, take_backup, self.location, "manual",
                        done=self._backed_up, failed=self._failed,
                        progress=self.tr("Backing up the database…"))

    def _backed_up(self, backup) -> None:
        self.backed_up.emit(backup)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backed up"),
                          self.tr("The database was backed up to {path}").format(path=backup.path),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backedUp")
        folder = box.addButton(self.tr("Show Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup.path.parent))))
        box.open()

    def auto_backup_if_due(self) -> Task | None:
        """An automatic backup (reason "auto", the newest 30 kept) when the last one is
        older than a working day; quiet unless it fails.  None when none was due."""
        if self.location.path is None or self.context.db.read_only:
            return None
        from db.backup import AUTOMATIC, list_backups, take_backup

        try:
            latest = next((b for b in list_backups(self.location) if b.reason == AUTOMATIC), None)
        except OSError:
            latest = None
        if latest is not None and datetime.now() - latest.taken_at < AUTO_BACKUP_EVERY:
            return None

        def failed(exc: BaseException) -> None:
            log.warning("The automatic backup failed: %s", exc)
            window_status = getattr(self.window, "statusBar", None)
            if window_status is not None and isinstance(exc, KakehashiError):
                window_status().showMessage(self.tr("The automatic backup failed: {reason}")
                                            .format(reason=self.context.error_text(exc)))

        return run_task(self, take_backup, self.location, AUTOMATIC, done=self.backed_up.emit, failed=failed)

    # ------------------------------------------------------------------ restore

    def restore(self) -> None:
        """Pick a backup, confirm, close the record windows, restore, reopen."""
        if self.location.path is None:
            self._warn(self.tr("Only a database file can be restored here."))
            return
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a Backup"), str(self.location.backups_dir),
            self.tr("Kakehashi databases ({patterns})").format(patterns=FILE_FILTER))
        if source and self.confirm_restore(Path(source)):
            self.restore_from(Path(source))

    def confirm_restore(self, source: Path) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from a Backup"),
                          self.tr("Replace the database {database} with the backup {backup}?")
                          .format(database=self.location.path, backup=source),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("The database as it is now is backed up first, so this can be undone "
                                       "by restoring that copy."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_from(self, source: Path) -> Task | None:
        """Restore ``source`` over the database (no questions asked); then reopen it."""
        if not self.before_replace():
            return None
        from db.lifecycle import restore_database

        self.context.db.engine.dispose()  # our idle connections must not hold old pages
        return run_task(self.window, restore_database, self.location, source,
                        done=self._restored, failed=self._failed,
                        progress=self.tr("Restoring the backup…"))

    def _restored(self, safety) -> None:
        self.restored.emit(safety)
        self.switch_requested.emit(str(self.location.path), False)

    # ------------------------------------------------------------------ faults

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KakehashiError):
            raise exc  # the excepthook's dialog, with the details
        self._warn(self.context.error_text(exc))

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("databaseActionFailed")
        box.open()
