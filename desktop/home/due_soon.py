"""Home's "Due soon" panel: what has reached its reminder time, to open, mark done or snooze.

What is due and when to remind of it is the core's (``db.services.reminders``, with the
lead times of Preferences); this panel gathers the reminders off the GUI thread, lists
them, and sends people's answers back to the core, which keeps them, so a reminder
marked done stays done after a restart and on every computer sharing the database.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMenu,
    QStackedWidget, QToolButton, QTreeView, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.models.reminder import ReminderStatus
from db.services import attention
from db.services.reminders import Reminder, due_reminders, mark_done, reopen, snooze
from desktop.calendar.export import leads_of
from desktop.context import AppContext
from desktop.home.due_soon_model import KIND, STATE, TITLE, WHO, DueSoonModel
from desktop.tasks import run_task
from desktop.widgets.date_field import DateField
from desktop.widgets.empty_note import EmptyNote
from desktop.widgets.record_tree import fit_columns, read_only_rows
from desktop.widgets.retranslating import Retranslating

log = logging.getLogger(__name__)

SHOW_HIDDEN_KEY = "home/due_soon_show_hidden"
# Lines the list is high enough for before it scrolls: a few reminders take little room
# from the list of everything that needs attention beneath.
FEWEST_LINES, MOST_LINES = 3, 8


def record_of(context: AppContext, reminder: Reminder) -> tuple[str, int] | None:
    """The record a reminder opens: its agreement or activity; a membership's organisation."""
    item = reminder.item
    if item.entity == "membership":
        org_id = attention.membership_organisation(context.db, item.entity_id)
        return ("organisation", org_id) if org_id is not None else None
    return item.entity, item.entity_id


class DueSoonPanel(Retranslating, QWidget):
    """The reminders of today: each line opens its record; Done, Snooze and Reopen answer it."""

    open_record = Signal(str, int)
    refreshed = Signal()  # the lines on screen are current (or the error is shown)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = DueSoonModel(context, self)
        self.today = date.today()
        self._generation = 0
        self._gathered_once = False
        self._error: BaseException | None = None  # why the last gathering failed

        self.heading = QLabel()
        self.heading.setObjectName("dueSoonHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.show_hidden = QCheckBox()
        self.show_hidden.setObjectName("dueSoonShowHidden")
        self.show_hidden.setChecked(str(context.settings.value(SHOW_HIDDEN_KEY, "false")).lower() == "true")
        self.show_hidden.toggled.connect(self._hidden_toggled)

        self.view = QTreeView()
        self.view.setObjectName("dueSoon")
        self.view.setModel(self.model)
        read_only_rows(self.view)
        fit_columns(self.view, stretch=TITLE, adjustable=WHO, width=240)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._arrange)

        # The answers, for the selected line: on buttons under the list and in its context menu.
        self.done_action = QAction(self, triggered=self.mark_selected_done)
        self.day_action = QAction(self, triggered=lambda: self.snooze_selected(self.today + timedelta(days=1)))
        self.week_action = QAction(self, triggered=lambda: self.snooze_selected(self.today + timedelta(days=7)))
        self.until_action = QAction(self, triggered=self.ask_snooze_until)
        self.reopen_action = QAction(self, triggered=self.reopen_selected)
        self.snooze_menu = QMenu(self)
        self.snooze_menu.addActions([self.day_action, self.week_action, self.until_action])
        self.done_button = QToolButton()
        self.done_button.setObjectName("dueSoonDone")
        self.done_button.setDefaultAction(self.done_action)
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("dueSoonSnooze")
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reopen_button = QToolButton()
        self.reopen_button.setObjectName("dueSoonReopen")
        self.reopen_button.setDefaultAction(self.reopen_action)
        self.problem = QLabel()  # why an answer could not be kept
        self.problem.setObjectName("dueSoonProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()

        self.empty = EmptyNote()
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)  # loading, or an error
        self.stack = QStackedWidget()
        for page in (self.message, self.view, self.empty):
            self.stack.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.show_hidden)
        self.answers = QWidget()  # the buttons, hidden while there is nothing to answer
        buttons = QHBoxLayout(self.answers)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.done_button, self.snooze_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addWidget(self.problem)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.answers)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        context.date_style_changed.connect(self._restyled)
        self.retranslate()
        self._update_actions()

    # ------------------------------------------------------------------ loading

    def refresh(self, today: date | None = None) -> None:
        """Gather today's reminders again (off the GUI thread); ``refreshed`` says when they show."""
        self.today = today or date.today()
        self._generation += 1
        generation = self._generation
        if not self._gathered_once:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.tr("Looking for reminders…"))
        gather = partial(due_reminders, hidden=self.show_hidden.isChecked())
        run_task(self, gather, self.context.db, self.today, leads_of(self.context.settings),
                 done=lambda found: self._gathered(generation, found),
                 failed=lambda exc: self._failed(generation, exc))

    def _gathered(self, generation: int, found: list[Reminder]) -> None:
        if generation != self._generation:
            return  # a later refresh is on its way
        self._gathered_once, self._error = True, None
        selected = self.selected()
        self.model.set_reminders(found, self.today)
        row = self.model.row_of(selected.key) if selected is not None else -1
        if row >= 0:  # the same line stays selected after an answer to another one
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._restate()
        self.refreshed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, KakehashiError):
            log.warning("Due soon: cannot gather the reminders", exc_info=exc)
        self._error = exc
        self._restate()
        self.refreshed.emit()

    def _hidden_toggled(self, checked: bool) -> None:
        self.context.settings.setValue(SHOW_HIDDEN_KEY, checked)
        self.view.setColumnHidden(STATE, not checked)
        self.refresh(self.today)

    # ------------------------------------------------------------------ answers

    def selected(self) -> Reminder | None:
        return self.model.reminder(self.view.currentIndex()) if self.view.selectionModel().hasSelection() \
            else None

    def mark_selected_done(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._answer(mark_done, reminder.key)

    def snooze_selected(self, until: date) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._answer(snooze, reminder.key, until)

    def reopen_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._answer(reopen, reminder.key)

    def ask_snooze_until(self) -> None:
        """Snooze until a day the person types (in any form a date field accepts)."""
        if self.selected() is None:
            return
        dialog = SnoozeUntilDialog(self.context, self.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.snooze_selected)
        dialog.open()

    def _answer(self, service, *args) -> None:
        # One short transaction each, still off the GUI thread: the file may be busy
        # with another computer's write for a moment.
        self.problem.hide()
        run_task(self, service, self.context.db, *args,
                 done=lambda _none: self.refresh(self.today), failed=self._answer_failed)

    def _answer_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KakehashiError):
            log.warning("Due soon: cannot keep the answer", exc_info=exc)
        self.problem.setText(self.context.error_text(exc))
        self.problem.show()
        self.answers.show()

    def _update_actions(self) -> None:
        reminder = self.selected()
        writable = not self.context.db.read_only
        # A snoozed line can still be marked done; a done one can only be reopened.
        open_ = writable and reminder is not None and reminder.status != ReminderStatus.DONE
        self.done_action.setEnabled(open_)
        self.snooze_button.setEnabled(open_)
        for action in (self.day_action, self.week_action, self.until_action):
            action.setEnabled(open_)
        self.reopen_action.setEnabled(writable and reminder is not None and reminder.status != ReminderStatus.DUE)
        self.reopen_button.setVisible(self.show_hidden.isChecked())

    # ------------------------------------------------------------------ opening

    def _activated(self, index: QModelIndex) -> None:
        reminder = self.model.reminder(index)
        if reminder is None:
            return
        try:
            target = record_of(self.context, reminder)
        except KakehashiError as exc:
            self._answer_failed(exc)
            return
        if target is not None:
            self.open_record.emit(*target)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(index))
        menu.addSeparator()
        menu.addAction(self.done_action)
        snooze_menu = menu.addMenu(self.snooze_button.text())
        snooze_menu.addActions(self.snooze_menu.actions())
        snooze_menu.setEnabled(self.snooze_button.isEnabled())
        if self.show_hidden.isChecked():
            menu.addAction(self.reopen_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ showing

    def _arrange(self) -> None:
        self.view.setColumnHidden(STATE, not self.show_hidden.isChecked())
        self.view.resizeColumnToContents(KIND)
        self._fit_height()
        self._update_actions()

    def _fit_height(self) -> None:
        """As high as its lines (within FEWEST_LINES and MOST_LINES), and the empty note's text."""
        lines = min(max(self.model.rowCount(), FEWEST_LINES), MOST_LINES)
        line = self.view.sizeHintForRow(0) if self.model.rowCount() else self.fontMetrics().height() + 8
        height = self.view.header().sizeHint().height() + lines * line + 2 * self.view.frameWidth() + 2
        self.stack.setFixedHeight(max(height, self.empty.sizeHint().height()))

    def _restyled(self, _style: str) -> None:
        self.model.retranslate()

    def _restate(self) -> None:
        """The texts that depend on the lines and the language."""
        count = self.model.rowCount()
        if not count:
            self.heading.setText(self.tr("Due soon"))
        elif self.show_hidden.isChecked():
            self.heading.setText(self.tr("Due soon, with done and snoozed ({count})").format(count=count))
        else:
            self.heading.setText(self.tr("Due soon ({count})").format(count=count))
        self.answers.setVisible(bool(count) or not self.problem.isHidden())
        if self._error is not None:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.context.error_text(self._error))
        elif self._gathered_once:
            self.stack.setCurrentWidget(self.view if count else self.empty)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Due soon"))
        self.view.setAccessibleName(self.tr("Due soon"))
        self.show_hidden.setText(self.tr("Show done and snoozed"))
        self.done_action.setText(self.tr("&Done"))
        self.done_action.setToolTip(self.tr("Mark the selected reminder done: it is not shown again."))
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setToolTip(self.tr("Hide the selected reminder until a later day."))
        self.day_action.setText(self.tr("For a Day"))
        self.week_action.setText(self.tr("For a Week"))
        self.until_action.setText(self.tr("Until a Day…"))
        self.reopen_action.setText(self.tr("&Reopen"))
        self.reopen_action.setToolTip(self.tr("Show the selected reminder again among those due."))
        self.empty.heading.setText(self.tr("Nothing has reached its reminder time"))
        self.empty.text.setText(self.tr(
            "Renewal decisions, expiries and activities appear here a set number of days before their date. "
            "The lead times are set in Edit → Preferences, under Reminders."))
        self.model.retranslate()
        self._fit_height()  # the empty note's text may take more lines in another language
        if self._gathered_once or self._error is not None:
            self._restate()


class SnoozeUntilDialog(QDialog):
    """Asks for the day a snoozed reminder is due again (after today)."""

    chosen = Signal(object)  # the date

    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.today = context, today
        self.setWindowTitle(self.tr("Snooze Until"))
        self.field = DateField(context)
        self.field.set_date(today + timedelta(days=14))
        self.note = QLabel(self.tr("The reminder is due again on this day:"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.field, self.problem, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        try:
            day = self.field.date()
        except ValueError as exc:  # the core's DateParseError: not a date, said why
            self.problem.setText(self.context.error_text(exc))
            return
        if day is None or day <= self.today:
            self.problem.setText(self.tr("Choose a day after today."))
            return
        self.chosen.emit(day)
        super().accept()
