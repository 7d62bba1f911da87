"""The month's six weeks, drawn in one paint rather than built of widgets.

A month at 100,000 agreements holds thousands of items; a widget or a model row per item
would cost more than reading them.  The grid lays out 42 cells, and in each as many
chips as fit (the rest counted as "+N"), only when its size, its month or its items
change; the same layout answers paints, clicks, double-clicks and tooltips.  What the
cells mean (which month, which day is selected) is the month view's; the grid says what
a person asked for through its signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from db.services.calendar import CalendarItem
from desktop.calendar import look
from desktop.calendar.day_list import chip_text, item_tooltip
from desktop.context import AppContext

WEEKS = 6
PAD = 3  # pixels between a cell's edge and what it holds
DIMMED = 0.4  # opacity of the neighbouring months' days
SMALL = 0.88  # the chips' and holidays' font, of the widget's
CHIP_TINT = 60  # alpha of a chip's type colour behind its text (legible on light and dark bases)
KEY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to ``width`` with "…".  No character is narrower than 3 pixels, so what
    lies beyond ``width / 3`` characters is dropped before Qt measures it (long titles:
    the measuring, not the drawing, is a month's paint)."""
    most = width // 3 + 1
    if len(text) > most:
        text = text[:most] + "…"
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class Ink(NamedTuple):
    """The palette's colours a paint uses, asked for once per paint rather than per cell."""

    text: QColor
    placeholder: QColor
    highlight: QColor


@dataclass
class Cell:
    day: date
    rect: QRect
    chips: list[tuple[QRect, CalendarItem, str]] = field(default_factory=list)  # where, what, the elided text
    more: tuple[QRect, int] | None = None  # where "+N" goes and N
    holiday: tuple[QRect, str] | None = None  # where the holiday's name goes, and the name as it fits


class MonthGrid(QWidget):
    """Six weeks from ``first_cell``; the month view feeds it items, holidays and the selection."""

    select_requested = Signal(object, bool)  # a date, and whether the arrow keys (not a click) reached it
    page_requested = Signal(int)  # -1 previous month, +1 next (PageUp / PageDown)
    today_requested = Signal()  # Home
    enter_pressed = Signal()
    item_activated = Signal(object)  # a CalendarItem whose chip was double-clicked
    about_to_paint = Signal()  # the month view reads what it owes before the cells are drawn

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 320)
        self.setMouseTracking(False)
        self.month = (2000, 1)
        self.first_cell = date(2000, 1, 1)
        self.first_weekday = 7  # Qt's numbering: Monday 1 … Sunday 7
        self.buckets: dict[date, list[CalendarItem]] = {}
        self.holidays: dict[date, str] = {}
        self.selected: date | None = None
        self.today = date.today()
        self._cells: list[Cell] | None = None
        self._solids: dict[tuple[int, int], QColor] = {}
        self._statics: dict[tuple[str, str], QStaticText] = {}
        self._small = QFont(self.font())
        self._small.setPointSizeF(self.font().pointSizeF() * SMALL)

    # ------------------------------------------------------------------ what it shows

    def show_month(self, year: int, month: int, first_cell: date, first_weekday: int,
                   buckets: dict[date, list[CalendarItem]], holidays: dict[date, str]) -> None:
        self.month, self.first_cell, self.first_weekday = (year, month), first_cell, first_weekday
        self.buckets, self.holidays = buckets, holidays
        self.relayout()

    def relayout(self) -> None:
        """Lay the cells out again at the next paint or hit test (size, items or language changed)."""
        self._cells = None
        self.update()

    def last_cell(self) -> date:
        return self.first_cell + timedelta(days=WEEKS * 7 - 1)

    def cell(self, day: date) -> Cell | None:
        offset = (day - self.first_cell).days
        return self.cells()[offset] if 0 <= offset < WEEKS * 7 else None

    # ------------------------------------------------------------------ layout

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * PAD + 2

    def cells(self) -> list[Cell]:
        if self._cells is None:
            self._cells = self._arrange()
        return self._cells

    def _arrange(self) -> list[Cell]:
        top = self._header_height()
        width, height = self.width(), self.height() - top
        xs = [round(i * width / 7) for i in range(8)]
        ys = [top + round(i * height / WEEKS) for i in range(WEEKS + 1)]
        number_height = QFontMetrics(self.font()).height() + PAD
        bold = QFont(self.font())
        bold.setBold(True)
        numbers = QFontMetrics(bold)
        small = QFontMetrics(self._small)
        chip_height = small.height() + 2
        cells = []
        for n in range(WEEKS * 7):
            row, column = divmod(n, 7)
            day = self.first_cell + timedelta(days=n)
            rect = QRect(xs[column], ys[row], xs[column + 1] - xs[column], ys[row + 1] - ys[row])
            cell = Cell(day, rect)
            top = rect.top() + number_height  # where the chips begin
            if day in self.holidays:
                # Beside the day's number when it fits (Japanese names do), else on a line of its own.
                name = look.holiday_name(self.holidays[day])
                left = rect.left() + PAD + 2 + numbers.horizontalAdvance(str(day.day)) + 6
                beside = QRect(left, rect.top() + PAD, rect.right() - left - PAD, number_height - PAD)
                if small.horizontalAdvance(name) <= beside.width():
                    cell.holiday = (beside, name)
                else:
                    below = QRect(rect.left() + PAD + 2, top, rect.width() - 2 * PAD - 2, chip_height)
                    cell.holiday = (below, _elided(small, name, below.width()))
                    top += chip_height
            items = self.buckets.get(day, ())
            if items:
                room = max(0, (rect.bottom() - top - PAD) // (chip_height + 1))
                shown = len(items) if len(items) <= room else max(0, room - 1)
                y = top
                text_width = rect.width() - 2 * PAD - 8
                for item in items[:shown]:
                    chip = QRect(rect.left() + PAD, y, rect.width() - 2 * PAD, chip_height)
                    cell.chips.append((chip, item, _elided(small, chip_text(item), text_width)))
                    y += chip_height + 1
                if shown < len(items):
                    cell.more = (QRect(rect.left() + PAD, y, rect.width() - 2 * PAD, chip_height),
                                 len(items) - shown)
            cells.append(cell)
        return cells

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._cells = None
        super().resizeEvent(event)

    def at(self, pos) -> tuple[Cell | None, CalendarItem | None]:
        """The cell and the chip's item (if any) under a point."""
        for cell in self.cells():
            if cell.rect.contains(pos):
                for rect, item, _text in cell.chips:
                    if rect.contains(pos):
                        return cell, item
                return cell, None
        return None, None

    # ------------------------------------------------------------------ painting

    def _number_colour(self, day: date, ink: Ink) -> QColor:
        if day.isoweekday() == 7 or day in self.holidays:
            return look.SUNDAY_AND_HOLIDAY
        if day.isoweekday() == 6:
            return look.SATURDAY
        return ink.text

    def _draw_short(self, painter: QPainter, rect: QRect, text: str, kind: str) -> None:
        """Draw a day's number or a "+N" at the left of ``rect``, in the painter's font: the
        same few dozen texts month after month, laid out once."""
        static = self._statics.get((text, kind))
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), painter.font())
            self._statics[(text, kind)] = static
        height = QFontMetrics(painter.font()).height()
        painter.drawStaticText(QPoint(rect.left(), rect.top() + (rect.height() - height) // 2), static)

    def _solid(self, colour: QColor, alpha: int) -> QColor:
        """``colour`` at ``alpha`` over the base, as one opaque colour: a plain fill is several
        times faster than a blended one, and a month paints hundreds."""
        key = (colour.rgb(), alpha)
        solid = self._solids.get(key)
        if solid is None:
            base = self.palette().color(QPalette.ColorRole.Base)
            if self.palette().color(QPalette.ColorRole.Text).lightness() > base.lightness() and colour.lightness() < 20:
                colour = QColor(255, 255, 255)  # a dark theme: the weekend's shade lightens
            mix = alpha / 255
            solid = QColor(round(base.red() + (colour.red() - base.red()) * mix),
                           round(base.green() + (colour.green() - base.green()) * mix),
                           round(base.blue() + (colour.blue() - base.blue()) * mix))
            self._solids[key] = solid
        return solid

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - a new palette: blend again
        if event.type() == QEvent.Type.PaletteChange:
            self._solids.clear()
        if event.type() == QEvent.Type.FontChange:
            self._statics.clear()
            self._small = QFont(self.font())
            self._small.setPointSizeF(self.font().pointSizeF() * SMALL)
            self.relayout()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.about_to_paint.emit()
        painter = QPainter(self)
        palette = self.palette()
        ink = Ink(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText),
                  palette.color(QPalette.ColorRole.Highlight))
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        line = palette.color(QPalette.ColorRole.Mid)
        clip = event.rect()
        for cell in self.cells():
            if cell.rect.intersects(clip):
                self._paint_cell(painter, ink, cell)
        painter.setOpacity(1.0)
        painter.setPen(QPen(line, 1))
        cells = self.cells()
        for cell in cells:
            painter.drawLine(cell.rect.topRight(), cell.rect.bottomRight())
            painter.drawLine(cell.rect.bottomLeft(), cell.rect.bottomRight())
        for cell in cells:  # on top of the lines, so that neighbours never cover them
            if cell.day == self.today:
                painter.setPen(QPen(look.TODAY_ACCENT, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.rect.adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        locale = self.context.locale()
        width, height = self.width(), self._header_height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Window))
        for column in range(7):
            weekday = (self.first_weekday - 1 + column) % 7 + 1
            rect = QRect(round(column * width / 7), 0, round((column + 1) * width / 7) - round(column * width / 7),
                         height)
            colour = (look.SUNDAY_AND_HOLIDAY if weekday == 7 else look.SATURDAY if weekday == 6
                      else palette.color(QPalette.ColorRole.WindowText))
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, locale.dayName(weekday, QLocale.FormatType.ShortFormat))

    def _paint_cell(self, painter: QPainter, ink: Ink, cell: Cell) -> None:
        day, rect = cell.day, cell.rect
        painter.setOpacity(1.0)
        if day.isoweekday() >= 6 or day in self.holidays:
            painter.fillRect(rect, self._solid(look.WEEKEND_SHADE, look.WEEKEND_SHADE.alpha()))
        if day == self.selected:
            shade = QColor(ink.highlight)
            shade.setAlpha(45)
            painter.fillRect(rect, shade)
            painter.setPen(QPen(ink.highlight, 2 if self.hasFocus() else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        in_month = (day.year, day.month) == self.month
        painter.setOpacity(1.0 if in_month else DIMMED)
        font = QFont(self.font())
        font.setBold(day == self.today)
        painter.setFont(font)
        painter.setPen(self._number_colour(day, ink))
        number = str(day.day)
        metrics = QFontMetrics(font)
        number_rect = QRect(rect.left() + PAD + 2, rect.top() + PAD, metrics.horizontalAdvance(number) + 2,
                            metrics.height())
        self._draw_short(painter, number_rect, number, "today" if day == self.today else "number")
        painter.setFont(self._small)
        small = QFontMetrics(self._small)
        if cell.holiday is not None:
            painter.setPen(look.SUNDAY_AND_HOLIDAY)
            painter.drawText(cell.holiday[0], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             cell.holiday[1])
        text_colour = ink.text
        baseline = (cell.chips[0][0].height() - small.height()) // 2 + small.ascent() if cell.chips else 0
        for chip, item, text in cell.chips:
            colour = look.type_colour(item.type)
            painter.fillRect(chip, self._solid(colour, CHIP_TINT))
            painter.fillRect(QRect(chip.left(), chip.top(), 3, chip.height()), colour)
            painter.setPen(text_colour)
            # At a baseline rather than in a rectangle: Qt's plain path, without the layout of
            # alignment flags (the text is cut to the chip already).
            painter.drawText(chip.left() + 6, chip.top() + baseline, text)
        if cell.more is not None:
            where, count = cell.more
            painter.setPen(ink.placeholder)
            self._draw_short(painter, where.adjusted(6, 0, 0, 0),
                             QCoreApplication.translate("Calendar", "+{count}").format(count=count), "small")

    # ------------------------------------------------------------------ people

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        cell, _item = self.at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_requested.emit(cell.day, False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        _cell, item = self.at(event.position().toPoint())
        if item is not None:
            self.item_activated.emit(item)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = Qt.Key(event.key())
        if key in KEY_STEPS and self.selected is not None:
            self.select_requested.emit(self.selected + timedelta(days=KEY_STEPS[key]), True)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell, item = self.at(event.pos())
            text = ""
            if item is not None:
                text = item_tooltip(self.context, item)
            elif cell is not None:
                text = self.context.format_date(cell.day)
                if cell.day in self.holidays:
                    text += "\n" + look.holiday_name(self.holidays[cell.day])
                if cell.more is not None and cell.more[0].contains(event.pos()):
                    text += "\n" + QCoreApplication.translate(
                        "Calendar", "{count} more: click the day to list them all.").format(count=cell.more[1])
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - the selection's outline thickens
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)
