"""How the agenda and the timeline read their data: off the GUI thread, once they are on
screen, and again when records change — with only the latest request's answer shown.

A view sets ``record_kinds`` (the records whose changes it shows), calls
:meth:`ReadWhenShown.start_reading` at the end of its ``__init__``, and implements
``refresh()`` (which calls :meth:`begin_read` and then ``run_task`` with ``_failed``
for a failure) and ``_read``, which drops an answer unless :meth:`is_latest`.  A failure
shows in the view's ``message`` (in its ``stack``).  The view keeps ``_filter`` and
``_today``, which :meth:`set_filter` and :meth:`set_today` change.  Setters call
:meth:`schedule`: many changes in a row (the page setting the filter, today and the
period) make one read, and a hidden view reads only when shown.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QTimer

from db.errors import KakehashiError
from db.services.calendar import CalendarFilter
from desktop.context import AppContext

log = logging.getLogger(__name__)

CHANGE_DELAY_MS = 50  # several changes at once (an import, the demo data) read once


class ReadWhenShown:
    """Mixin for a QWidget view (placed before the Qt class among the bases)."""

    record_kinds: tuple[str, ...] = ()

    def start_reading(self, context: AppContext) -> None:
        self._generation = 0
        self._stale = True
        # Setters and record changes ask for one read soon; refresh() reads at once.
        self._pending = QTimer(self, singleShot=True, interval=0, timeout=self._refresh_if_shown)
        self._changes = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS, timeout=self._refresh_if_shown)
        context.records_changed.connect(self._record_changed)
        self._pending.start()

    def begin_read(self) -> int:
        """A new request: what was scheduled is done by it; returns its number."""
        self._pending.stop()
        self._changes.stop()
        self._stale = False
        self._generation += 1
        return self._generation

    def is_latest(self, generation: int) -> bool:
        """Whether an answer is the latest request's (a later one's is the one to show)."""
        return generation == self._generation

    def schedule(self) -> None:
        self._stale = True
        self._pending.start()

    # The page's calls that both views take alike (``_filter`` and ``_today`` are theirs).

    def set_filter(self, flt: CalendarFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.schedule()

    def set_today(self, day: date) -> None:
        if day != self._today:
            self._today = day
            self.schedule()

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind in self.record_kinds:
            self._stale = True
            self._changes.start()

    def _failed(self, generation: int, exc: BaseException) -> None:
        """The latest request's failure, said in the view's message in plain words."""
        if not self.is_latest(generation):
            return
        if not isinstance(exc, KakehashiError):  # the core's own errors are expected; others are logged
            log.warning("Calendar: cannot read the %s", type(self).__name__, exc_info=exc)
        self.stack.setCurrentWidget(self.message)
        self.message.setText(self.context.error_text(exc))
        self.refreshed.emit()

    def _refresh_if_shown(self) -> None:
        # A page keeps its hidden views; they read when shown (showEvent), not on every change.
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:  # soon rather than now: a page that shows a view often asks refresh() next
            self._pending.start()
