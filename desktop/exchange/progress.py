"""Progress and cancelling for exchange work running off the GUI thread.

The core calls ``progress(done, total)`` and ``cancelled()`` from the worker thread
(``desktop.tasks.run_task``); this object carries the numbers to the GUI thread as a
signal and keeps the wish to cancel in a thread-safe flag.  Signals are thinned out:
an import of 100,000 rows reports a few hundred times, not 100,000.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

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
