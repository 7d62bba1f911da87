"""The Calendar page's agenda: what falls due in the next 30, 90 or 180 days, and what
passed unanswered, grouped by week or by month, each line opening its record.

The groups are :func:`db.services.calendar.agenda`'s, read off the GUI thread; the view
words them (``agenda_model``) and keeps its two choices — how far ahead, and by week or
month — in QSettings.  Its small bar of choices is its own; a page that wants them in
its toolbar takes them with :meth:`AgendaView.controls`.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QVBoxLayout, QWidget,
)

from db.services.calendar import EVERYTHING, OVERDUE_DAYS, CalendarFilter, ItemType, agenda
from desktop.calendar import look
from desktop.calendar.agenda_model import (
    DATE, TITLE, TYPE, TYPE_ROLE, WHEN, WHO, AgendaModel, days_left_text,
)
from desktop.calendar.reading import ReadWhenShown
from desktop.context import AppContext
from desktop.tasks import run_task
from desktop.widgets.empty_note import EmptyNote
from desktop.widgets.record_tree import read_only_rows
from desktop.widgets.retranslating import Retranslating


DAYS_KEY = "calendar/agenda_days"
GROUPING_KEY = "calendar/agenda_grouping"
DAY_CHOICES = (30, 90, 180)
DEFAULT_DAYS = 90
GROUPINGS = ("week", "month")


class TypeChipDelegate(QStyledItemDelegate):
    """The type as a chip: a rounded patch of the type's colour with its name beside
    the colour's dot, so colour is never the only sign."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item_type = index.data(TYPE_ROLE)
        if item_type is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        colour = look.type_colour(item_type)
        metrics = opt.fontMetrics
        height = min(opt.rect.height() - 4, metrics.height() + 4)
        dot = height * 0.5
        width = min(opt.rect.width() - 6, metrics.horizontalAdvance(text) + dot + 18)
        chip = QRectF(opt.rect.left() + 3, opt.rect.center().y() - height / 2 + 0.5, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setPen(colour)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(chip.left() + 6, chip.center().y() - dot / 2, dot, dot))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        label = chip.adjusted(dot + 10, 0, -6, 0)
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(label.width())))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        if index.data(TYPE_ROLE) is not None:
            size.setWidth(size.width() + option.fontMetrics.height() + 24)
        return size


class AgendaView(ReadWhenShown, Retranslating, QWidget):
    """What falls due from today, with its own choices of how far and how grouped."""

    open_record = Signal(str, int)
    refreshed = Signal()  # new data is on screen
    record_kinds = ("agreement", "organisation", "membership", "activity")  # whose changes it shows

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = AgendaModel(context, self)
        self._filter: CalendarFilter = EVERYTHING
        self._today = date.today()
        self._loaded = False
        self._days = self._setting(DAYS_KEY, DEFAULT_DAYS, DAY_CHOICES)
        self._grouping = self._setting(GROUPING_KEY, "week", GROUPINGS)

        self._controls = self._build_controls()
        self.tree = QTreeView()
        self.tree.setObjectName("agenda")
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(TYPE, TypeChipDelegate(self.tree))
        read_only_rows(self.tree, grouped=True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        # Widths from the longest texts a column can hold, not from every row: fitting the
        # contents would ask each of ten thousand rows its size.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(WHO, 240)
        self.tree.activated.connect(self._activated)
        self.model.modelReset.connect(self._arrange)

        self.empty = EmptyNote()
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setObjectName("agendaMessage")
        self.stack = QStackedWidget()
        for page in (self.message, self.tree, self.empty):
            self.stack.addWidget(page)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._controls)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)

        context.date_style_changed.connect(lambda _style: self.retranslate())
        self.retranslate()
        self.start_reading(context)

    # ------------------------------------------------------------------ the page's calls

    def set_days(self, days: int) -> None:
        days = days if days in DAY_CHOICES else DEFAULT_DAYS
        self.context.settings.setValue(DAYS_KEY, days)
        self._days_buttons.button(days).setChecked(True)
        if days != self._days:
            self._days = days
            self.schedule()

    def days(self) -> int:
        return self._days

    def set_grouping(self, by: str) -> None:
        by = by if by in GROUPINGS else "week"
        self.context.settings.setValue(GROUPING_KEY, by)
        self._grouping_buttons.button(GROUPINGS.index(by)).setChecked(True)
        if by != self._grouping:
            self._grouping = by
            self.schedule()

    def grouping(self) -> str:
        return self._grouping

    def controls(self) -> QWidget:
        """The bar of choices (how far ahead, by week or month), for a page's toolbar."""
        return self._controls

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the agenda again, off the GUI thread; ``refreshed`` says when it shows."""
        generation = self.begin_read()
        if not self._loaded:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.tr("Reading what falls due…"))
        # The locale's calendar decides the first day of a week: Qt counts Monday as 1.
        week_starts = self.context.locale().firstDayOfWeek().value - 1
        work = partial(agenda, self.context.db, self._today, self._days, self._filter,
                       by=self._grouping, week_starts=week_starts)
        run_task(self, work, done=lambda groups: self._read(generation, groups),
                 failed=lambda exc: self._failed(generation, exc))

    def _read(self, generation: int, groups: list) -> None:
        if not self.is_latest(generation):
            return  # a later request is on its way; its answer is the one to show
        self._loaded = True
        self.model.set_groups(groups)
        self._show_state()
        self.refreshed.emit()

    # ------------------------------------------------------------------ showing

    def _arrange(self) -> None:
        """Headings across the whole row, every group open."""
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _show_state(self) -> None:
        if not self._loaded:
            return
        empty = self.model.count() == 0
        self.hint.setVisible(not empty)
        if not empty:
            self.stack.setCurrentWidget(self.tree)
            return
        self.stack.setCurrentWidget(self.empty)
        self.empty.heading.setText(self.tr("Nothing falls due in the next {days} days").format(days=self._days))
        if self._filter.narrows:
            self.empty.text.setText(self.tr("The filters leave some dates out. Clear them to see everything "
                                            "that falls due."))
        elif self._days < DAY_CHOICES[-1]:
            self.empty.text.setText(self.tr("Renewal decisions, expiries, membership ends and activities show "
                                            "here as they come near. Choose {days} days to look further ahead.")
                                    .format(days=DAY_CHOICES[-1]))
        else:
            self.empty.text.setText(self.tr("Renewal decisions, expiries, membership ends and activities show "
                                            "here as they come near. Agreements need an expiry or a term for "
                                            "their dates to fall due."))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None:  # a membership opens its organisation: the window maps it
            self.open_record.emit(entry.item.entity, entry.item.entity_id)

    # ------------------------------------------------------------------ the choices

    def _setting(self, key: str, default, choices):
        value = self.context.settings.value(key, default)
        try:
            value = type(default)(value)
        except (TypeError, ValueError):
            return default
        return value if value in choices else default

    def _build_controls(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("agendaControls")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 4)
        self._days_label = QLabel()
        row.addWidget(self._days_label)
        self._days_buttons = QButtonGroup(bar)
        for days in DAY_CHOICES:
            button = QPushButton(checkable=True)
            button.setObjectName(f"agendaDays{days}")
            self._days_buttons.addButton(button, days)
            row.addWidget(button)
        self._days_buttons.button(self._days).setChecked(True)
        self._days_buttons.idClicked.connect(self.set_days)
        row.addSpacing(16)
        self._grouping_buttons = QButtonGroup(bar)
        for n, by in enumerate(GROUPINGS):
            button = QPushButton(checkable=True)
            button.setObjectName(f"agendaBy{by.title()}")
            self._grouping_buttons.addButton(button, n)
            row.addWidget(button)
        self._grouping_buttons.button(GROUPINGS.index(self._grouping)).setChecked(True)
        self._grouping_buttons.idClicked.connect(lambda n: self.set_grouping(GROUPINGS[n]))
        row.addStretch(1)
        return bar

    def _size_columns(self) -> None:
        """The date, days-left and type columns as wide as their longest possible text."""
        metrics = self.tree.fontMetrics()
        pad = 24  # the item's padding and a little air
        longest = max((self.context.format_date(date(2025, month, 28)) for month in (9, 12)), key=len)
        widths = {
            DATE: metrics.horizontalAdvance(longest),
            WHEN: max(metrics.horizontalAdvance(days_left_text(n)) for n in (-OVERDUE_DAYS, 0, 1, -1, 180)),
            TYPE: max(metrics.horizontalAdvance(look.type_name(t)) for t in ItemType) + metrics.height() + 24,
        }
        header = self.tree.header()
        for column, width in widths.items():
            header.resizeSection(column, max(width + pad, metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))) + pad))

    def retranslate(self) -> None:
        self._days_label.setText(self.tr("Look ahead:"))
        for days in DAY_CHOICES:
            self._days_buttons.button(days).setText(self.tr("{days} days").format(days=days))
        self._grouping_buttons.button(0).setText(self.tr("By week"))
        self._grouping_buttons.button(1).setText(self.tr("By month"))
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.hint.setText(self.tr("Double-click a line, or select it and press Enter, to open its record."))
        self.model.retranslate()
        self._size_columns()
        self._show_state()
