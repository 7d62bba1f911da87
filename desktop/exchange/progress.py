"""Progress and cancelling for exchange work running off the GUI thread.

The core calls ``progress(done, total)`` and ``cancelled()`` from the worker thread
(``desktop.tasks.run_task``); this object carries the numbers to the GUI thread as a
signal and keeps the wish to cancel in a thread-safe flag.  Signals are thinned out:
an import of 100,000 rows reports a few hundred times, not 100,000.
"""

from __future__ import annotations

import threading
import time

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.tasks import run_task

MIN_INTERVAL = 0.05  # seconds between two reports


class Progress(QObject):
    """``progress`` and ``cancelled`` callables for one piece of work."""

    advanced = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:  # on the worker thread
        now = time.monotonic()
        if done >= total or now - self._last >= MIN_INTERVAL:
            self._last = now
            self.advanced.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class ProgressedWork:
    """For a wizard page that runs one piece of work at a time with a bar (``self.bar``)
    and answers in ``_done(progress, result)`` / ``_failed(progress, exc)``: each run has
    its own ``Progress``, so the page can tell a stopped earlier run's late answer from
    the current one (``progress is not self.progress``)."""

    task = None
    progress: Progress | None = None

    def launch(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args, progress, cancelled)`` off the GUI thread, the bar busy until it reports."""
        progress = Progress(self)
        progress.advanced.connect(self._advanced)
        self.progress = progress
        self.bar.setRange(0, 0)
        self.task = run_task(self, fn, *args, progress, progress.cancelled,
                             done=lambda result: self._done(progress, result),
                             failed=lambda exc: self._failed(progress, exc))

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
