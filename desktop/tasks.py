"""Work that may take more than a moment, off the GUI thread.

``run_task(parent, fn, *args, done=..., failed=...)`` runs ``fn(*args)`` on Qt's global
thread pool and calls ``done(result)`` or ``failed(exc)`` back on the GUI thread.  The
function should call a service (which opens its own transaction) and return plain
records, never ORM objects or sessions.  ``failed`` receives the exception itself; turn
it into words with ``AppContext.error_text`` (the one place that decides how an error
reads).  With ``progress`` text, a modal progress dialog shows while the work runs (after
half a second, so quick work does not flash a dialog).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_running: set[Task] = set()  # Python must keep a task alive until it reports back


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, signals: _Signals):
        super().__init__()
        self.fn, self.args, self.signals = fn, args, signals

    def run(self) -> None:  # on a pool thread
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            log.debug("Background work failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One piece of background work; kept alive until it reports back."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running = True
        self._signals = _Signals()
        # Queued: the pool thread's emit arrives on the GUI thread's event loop.
        self._signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None

    def _finish(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _fail(self, exc: object) -> None:
        self._close()
        self.failed.emit(exc)

    def _close(self) -> None:
        self.running = False
        _running.discard(self)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.deleteLater()


def run_task(parent: QObject | None, fn: Callable[..., Any], *args: Any,
             done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None,
             progress: str | None = None) -> Task:
    """Run ``fn(*args)`` off the GUI thread; ``done``/``failed`` are called on the GUI thread."""
    task = Task(parent)
    if done is not None:
        task.finished.connect(done)
    if failed is not None:
        task.failed.connect(failed)
    if progress is not None and isinstance(parent, QWidget):
        dialog = QProgressDialog(progress, "", 0, 0, parent)
        dialog.setCancelButton(None)  # a transaction under way is not cut short
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        task.progress = dialog
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(fn, args, task._signals))
    return task
