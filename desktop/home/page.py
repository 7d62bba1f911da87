"""Home: what needs attention now, each item opening its record.

Above, the "Due soon" reminders (desktop.home.due_soon), to mark done or snooze; below,
everything that needs attention in the coming days.  Both are gathered off the GUI
thread whenever records change, the reminder lead times change, and when the day turns;
an empty database shows a welcome that offers the demo data or a first partner instead.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel, QMessageBox, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from db.demo.seed import load_seed
from db.errors import KakehashiError
from desktop.context import AppContext
from desktop.home.attention import DEFAULT_DAYS, Attention, gather, record_to_open
from desktop.home.due_soon import DueSoonPanel
from desktop.home.model import TITLE, WHEN, WHO, AttentionModel
from desktop.home.welcome import Welcome
from desktop.tasks import run_task
from desktop.widgets.record_tree import fit_columns, read_only_rows
from desktop.widgets.retranslating import Retranslating

log = logging.getLogger(__name__)

DAYS_KEY = "home/days"  # how far ahead the home screen looks
DAY_CHECK_MS = 60_000  # how often to look whether the day has turned (sleep and time zones included)
CHANGE_DELAY_MS = 50  # several changes at once (loading demo data) refresh once


class HomePage(Retranslating, QWidget):
    """What needs attention now: deadlines, expiries, lapsed agreements, membership ends."""

    open_record = Signal(str, int)
    new_record_requested = Signal(str)  # "organisation": the welcome's "add a first partner"
    refreshed = Signal()  # the items on screen are current

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = AttentionModel(context, self)
        self.attention: Attention | None = None
        self.loading_demo = False
        self._generation = 0
        self._today = date.today()

        self.title = QLabel()
        self.title.setObjectName("homeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.due_soon = DueSoonPanel(context)
        self.due_soon.setObjectName("dueSoonPanel")
        self.due_soon.open_record.connect(self.open_record)

        self.view = QTreeView()
        self.view.setObjectName("attention")
        self.view.setModel(self.model)
        read_only_rows(self.view, grouped=True)
        fit_columns(self.view, stretch=TITLE, adjustable=WHO, width=260)
        self.view.activated.connect(self._activated)
        self.model.modelReset.connect(self._arrange)

        self.message = QLabel()  # loading, all clear, or why the items could not be read
        self.message.setObjectName("homeMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.welcome = Welcome()
        self.welcome.load_demo.connect(self.load_demo)
        self.welcome.add_partner.connect(lambda: self.new_record_requested.emit("organisation"))

        self.stack = QStackedWidget()
        for page in (self.message, self.view, self.welcome):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.due_soon)
        layout.addSpacing(8)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)

        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS, timeout=self.refresh)
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS, timeout=self._check_day)
        self._day_timer.start()
        context.records_changed.connect(lambda _kind, _id: self._change_timer.start())
        # How far ahead both lists look follows the lead times of Preferences.
        context.reminder_leads_changed.connect(self._change_timer.start)
        context.date_style_changed.connect(lambda _style: self._restate())
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ settings

    @property
    def days(self) -> int:
        """How far ahead to look: the home's own setting, else the longest reminder lead time
        of Preferences (renewal deadlines, expiries), else 90 days."""
        settings = self.context.settings
        try:
            if settings.value(DAYS_KEY) is not None:
                return max(1, int(settings.value(DAYS_KEY)))
            from desktop.preferences import reminder_days

            leads = reminder_days(settings)
            return max(1, *leads["renewal_days"], leads["expiry_days"])
        except (TypeError, ValueError, ImportError):
            return DEFAULT_DAYS

    # ------------------------------------------------------------------ loading

    def refresh(self, today: date | None = None) -> None:
        """Gather the items again (off the GUI thread); ``refreshed`` says when they show."""
        self._today = today or date.today()
        self.due_soon.refresh(self._today)
        self._generation += 1
        generation = self._generation
        if self.attention is None:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.tr("Looking for what needs attention…"))
        run_task(self, gather, self.context.db, self._today, self.days,
                 done=lambda found: self._gathered(generation, found),
                 failed=lambda exc: self._failed(generation, exc))

    def _gathered(self, generation: int, found: Attention) -> None:
        if generation != self._generation:
            return  # a later refresh is on its way
        self.attention = found
        self.model.set_attention(found)
        self._restate()
        self.refreshed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, KakehashiError):
            # Logged with its details, said on the page: a home screen that cannot read is
            # no reason for an error dialog over the window (and it may come from a closed file).
            log.warning("Home: cannot gather what needs attention", exc_info=exc)
        self.stack.setCurrentWidget(self.message)
        self.message.setText(self.context.error_text(exc))
        self.refreshed.emit()

    def _check_day(self) -> None:
        if date.today() != self._today:
            self.refresh()

    def is_showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    # ------------------------------------------------------------------ demo data

    def load_demo(self) -> None:
        """Fill the empty database with the demo data, off the GUI thread."""
        if self.loading_demo:
            return
        self.loading_demo = True
        self.welcome.set_busy(True)
        run_task(self, load_seed, self.context.db, done=self._demo_loaded, failed=self._demo_failed,
                 progress=self.tr("Loading the demo data…"))

    def _demo_loaded(self, _summary: object) -> None:
        self.loading_demo = False
        self.welcome.set_busy(False)
        for kind in ("organisation", "agreement", "membership"):
            self.context.changed(kind, 0)

    def _demo_failed(self, exc: BaseException) -> None:
        self.loading_demo = False
        self.welcome.set_busy(False)
        if not isinstance(exc, KakehashiError):
            raise exc
        QMessageBox.warning(self, self.tr("Demo data not loaded"), self.context.error_text(exc))
        self.refresh()

    # ------------------------------------------------------------------ opening

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is None:
            return
        try:
            target = record_to_open(self.context.db, item)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), self.context.error_text(exc))
            return
        if target is not None:
            self.open_record.emit(*target)

    # ------------------------------------------------------------------ showing

    def _arrange(self) -> None:
        """Headings across the whole row, every group open."""
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()

    def _restate(self) -> None:
        """The texts that depend on the items, the language and the date style."""
        found = self.attention
        self.model.retranslate()
        self.subtitle.setText(self.tr("Today is {date}. Deadlines and expiries of the next {days} days, "
                                      "and what has already lapsed.").format(
            date=self.context.format_date(self._today), days=self.days))
        if found is None:
            return
        self.subtitle.setVisible(not found.empty_database)
        self.due_soon.setVisible(not found.empty_database)
        self.hint.setVisible(not found.empty_database and found.count() > 0)
        if found.empty_database:
            self.stack.setCurrentWidget(self.welcome)
        elif found.count() == 0:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.tr("Nothing needs attention in the next {days} days: no renewal decisions, "
                                         "expiries or membership ends.").format(days=self.days))
        else:
            self.stack.setCurrentWidget(self.view)
            self.view.resizeColumnToContents(WHEN)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What needs attention"))
        self.view.setAccessibleName(self.tr("What needs attention"))
        self.hint.setText(self.tr("Double-click a line, or select it and press Enter, to open its record."))
        self._restate()
