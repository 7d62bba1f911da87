"""The month view's side panel: the selected day's items, each opening its record.

A day holds a handful of items, or a few hundred on a busy expiry date at 100,000
agreements; a small list model over the day's plain records is all it needs.  Each row
shows the type's colour and name, the date, the partner and the title; double-click or
Enter opens the record.  A day without items says so, and when the whole month is empty
under the page's filters, it says how to see more.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from db.services.calendar import CalendarItem, ItemType
from desktop.calendar import look
from desktop.context import AppContext
from desktop.widgets.empty_note import EmptyNote

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's CalendarItem
SWATCH = 14  # pixels of the type's colour square in a row


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, SWATCH - 2, SWATCH - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def chip_text(item: CalendarItem) -> str:
    """What a chip says: "partner – title", or the title alone when no partner is named."""
    return f"{item.who} – {item.title}" if item.who else item.title


def item_tooltip(context: AppContext, item: CalendarItem) -> str:
    """The type's name, the partner, the title and the date, one a line."""
    lines = [look.type_name(item.type)]
    if item.who:
        lines.append(item.who)
    lines += [item.title, context.format_date(item.on)]
    return "\n".join(lines)


class DayItemsModel(QAbstractListModel):
    """The items of one day, in the calendar's order."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.items: list[CalendarItem] = []
        self._icons: dict[ItemType, QIcon] = {}
        self.two_lines_height = 32  # two lines of the list's font, set by the list

    def set_items(self, items: list[CalendarItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def retranslate(self) -> None:
        """Type names and dates are said again (language or date style switched)."""
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.items)

    def item(self, index: QModelIndex) -> CalendarItem | None:
        return self.items[index.row()] if index.isValid() and index.row() < len(self.items) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{look.type_name(item.type)} · {self.context.format_date(item.on)}\n{chip_text(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if item.type not in self._icons:
                self._icons[item.type] = _swatch(look.type_colour(item.type))
            return self._icons[item.type]
        if role == Qt.ItemDataRole.SizeHintRole:
            # Two lines, as wide as the list: longer text is cut with "…", never scrolled to.
            return QSize(1, self.two_lines_height + 6)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return item_tooltip(self.context, item)
        if role == ITEM_ROLE:
            return item
        return None


class DayList(QWidget):
    """The selected day's heading and its items, or a note when there are none."""

    open_record = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = DayItemsModel(context, self)
        self.heading = QLabel()
        self.heading.setObjectName("dayHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.view = QListView()
        self.view.setObjectName("dayItems")
        self.view.setModel(self.model)
        # Every row is two lines: a busy day's hundreds of rows are not measured one by one.
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Two lines as laid out, Japanese included: its fallback font is taller than the
        # interface's Latin one, and a row measured by the latter shows one line and "…".
        self.model.two_lines_height = self.view.fontMetrics().boundingRect(
            0, 0, 10_000, 10_000, int(Qt.AlignmentFlag.AlignLeft), "期間満了日 Expiry Äg\n神奈川県 – 覚書 Agreement").height()
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setIconSize(QSize(SWATCH, SWATCH))
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(self._activated)  # double-click or Enter
        self.note = EmptyNote()
        self.note.heading.setWordWrap(True)  # a narrow panel: "Nothing in September 2025 matches…"
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self._day: date | None = None
        self._holiday = ""
        self._month_empty = False
        self._narrowed = False
        self._month_label = ""
        self._error = ""

    def show_day(self, day: date, items: list[CalendarItem], holiday: str, *, month_empty: bool,
                 narrowed: bool, month_label: str, error: str = "") -> None:
        """List ``items`` of ``day``; ``month_empty`` and ``narrowed`` choose what an empty
        list says (nothing on the day, nothing in the month, nothing that matches);
        ``error`` is why the month could not be read."""
        self._day, self._holiday, self._error = day, holiday, error
        self._month_empty, self._narrowed, self._month_label = month_empty, narrowed, month_label
        self.model.set_items(items)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate  # not "tr": lupdate would read tr(context, text) as a comment
        self.view.setAccessibleName(translate("Calendar", "Items of the selected day"))
        self.hint.setText(translate("Calendar", "Double-click an item, or select it and press Enter, to open its record."))
        self.model.retranslate()
        if self._day is None:
            return
        heading = self.context.format_date(self._day)
        weekday = self.context.locale().dayName(self._day.isoweekday(), QLocale.FormatType.LongFormat)
        heading = translate("Calendar", "{date} ({weekday})").format(date=heading, weekday=weekday)
        if self._holiday:
            heading += "\n" + look.holiday_name(self._holiday)
        self.heading.setText(heading)
        self.hint.setVisible(bool(self.model.items))
        if self.model.items:
            self.stack.setCurrentWidget(self.view)
            return
        self.stack.setCurrentWidget(self.note)
        if self._error:
            self.note.heading.setText(translate("Calendar", "The calendar could not be read"))
            self.note.text.setText(self._error)
        elif self._month_empty and self._narrowed:
            self.note.heading.setText(translate("Calendar", "Nothing in {month} matches the filters").format(
                month=self._month_label))
            self.note.text.setText(translate("Calendar", "Choose more item types, partner kinds or statuses, or clear "
                                                  "the search box, to see more."))
        elif self._month_empty:
            self.note.heading.setText(translate("Calendar", "Nothing falls in {month}").format(month=self._month_label))
            self.note.text.setText(translate("Calendar", "Agreements' signings, effective days, deadlines and expiries, "
                                                  "membership ends and activities show here as they are added."))
        else:
            self.note.heading.setText(translate("Calendar", "Nothing on this day"))
            self.note.text.setText(translate("Calendar", "Click a day with coloured items to list them here."))

    def focus_items(self) -> None:
        """Focus the list, its first item current (Enter on the grid)."""
        if self.model.items:
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is not None:
            self.open_record.emit(item.entity, item.entity_id)
