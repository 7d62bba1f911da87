"""How the year timeline is drawn: the partnership's two lines, the terms as bars over
month gridlines and today's line, and the month scale in the header.

Colours stay restrained: a bar says the agreement's status; an automatically renewing
agreement's later terms are drawn lighter and hatched, since they come about unless
someone gives notice; the bars of one renewal chain are joined by a thin line; an
arrow at an edge says a term runs on beyond the year (or began before it).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionHeader, QStyleOptionViewItem, QToolTip,
)

from db.models import AgreementStatus
from db.services.calendar import ItemType
from db.services.timeline import Lane
from desktop.calendar import look
from desktop.calendar.timeline_model import LANE_ROLE, TERMS, Scale, bar_at

# ``look`` names the types' colours; an agreement's status has no colour there, so the
# timeline keeps its own, muted so the expired ones (in the expiry's colour) stand out.
STATUS_COLOURS: dict[str, QColor] = {
    AgreementStatus.ACTIVE: QColor("#4E8A5C"),  # muted green: running
    AgreementStatus.EXPIRED: look.type_colour(ItemType.EXPIRY),
    AgreementStatus.RENEWED: QColor("#8A96A3"),  # grey-blue: a later agreement carries on
    AgreementStatus.TERMINATED: QColor("#6E6E6E"),  # grey: ended early
    AgreementStatus.NEGOTIATING: QColor("#B59B4C"),  # muted ochre: not yet in force
    AgreementStatus.DRAFT: QColor("#B8B8B8"),
}
LEGEND_STATUSES = (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED, AgreementStatus.RENEWED,
                   AgreementStatus.TERMINATED)
BAR_HEIGHT = 12
GRID = QColor(128, 128, 128, 60)  # over the palette's base: light and dark themes alike


def status_colour(status: str) -> QColor:
    return STATUS_COLOURS.get(status, STATUS_COLOURS[AgreementStatus.DRAFT])


def renewal_colour(colour: QColor) -> QColor:
    """A later, automatic term: the status colour washed halfway to white."""
    return QColor((colour.red() + 255) // 2, (colour.green() + 255) // 2, (colour.blue() + 255) // 2)


def fill_term(painter: QPainter, rect: QRectF, colour: QColor, renewal: bool) -> None:
    """A term's bar: solid, or for a later automatic term lighter, outlined and hatched."""
    if renewal:
        painter.setPen(QPen(colour, 1))
        painter.setBrush(renewal_colour(colour))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawRect(rect)


def scale_of(year: int, rect: QRect) -> Scale:
    return Scale(year, rect.left(), rect.width())


def draw_grid(painter: QPainter, scale: Scale, top: float, bottom: float) -> None:
    painter.setPen(QPen(GRID, 1))
    for month in range(2, 13):
        x = round(scale.x(scale.first.replace(month=month))) + 0.5
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def draw_today(painter: QPainter, scale: Scale, today, top: float, bottom: float) -> None:
    if today.year != scale.year:
        return
    x = (scale.x(today) + scale.x_end(today)) / 2
    painter.setPen(QPen(look.TODAY_ACCENT, 2))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _arrow(painter: QPainter, x: float, middle: float, pointing: int, colour: QColor) -> None:
    """A small triangle at a bar's end, pointing left (-1) or right (+1)."""
    half = BAR_HEIGHT / 2 + 1
    tip = x + pointing * 7
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(x, middle - half), QPointF(tip, middle), QPointF(x, middle + half)]))


def draw_lane(painter: QPainter, lane: Lane, scale: Scale, middle: float) -> None:
    """The lane's bars, their connectors and the arrows at the year's edges."""
    top = middle - BAR_HEIGHT / 2
    previous_end: float | None = None
    for bar in lane.bars:
        colour = status_colour(bar.status)
        first_start = None
        for term in bar.terms:
            start, end, before, after = scale.span(term)
            first_start = start if first_start is None else first_start
            fill_term(painter, QRectF(start, top, end - start, BAR_HEIGHT), colour, term.renewal)
            if before:
                _arrow(painter, start, middle, -1, colour)
            if after:
                _arrow(painter, end, middle, 1, colour)
        if previous_end is not None and first_start is not None and first_start > previous_end + 1:
            painter.setPen(QPen(status_colour(bar.status), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(previous_end, middle), QPointF(first_start, middle))
        if bar.terms:
            previous_end = scale.span(bar.terms[-1])[1]


def swatch(status: str, *, renewal: bool = False) -> QPixmap:
    """The legend's picture of a status's bar, a later automatic term, or today's line."""
    picture = QPixmap(22, BAR_HEIGHT + 2)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    if status == "today":
        painter.setPen(QPen(look.TODAY_ACCENT, 2))
        painter.drawLine(QPointF(11, 0), QPointF(11, BAR_HEIGHT + 2))
    else:
        fill_term(painter, QRectF(0, 1, 22, BAR_HEIGHT), status_colour(status), renewal)
    painter.end()
    return picture


class LaneNameDelegate(QStyledItemDelegate):
    """The partnership in two lines: the partner, then the latest agreement's title."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        lane: Lane = index.data(LANE_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = QColor(text_colour) if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        area = opt.rect.adjusted(8, 3, -4, -3)
        line = area.height() // 2
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(lane.who, Qt.TextElideMode.ElideRight, area.width()))
        painter.setFont(opt.font)
        painter.setPen(quiet)
        metrics = painter.fontMetrics()
        painter.drawText(QRect(area.left(), area.top() + line, area.width(), area.height() - line),
                         Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(lane.title, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(200, option.fontMetrics.height() * 2 + 12)


class TermsDelegate(QStyledItemDelegate):
    """The lane's terms over the months; the tooltip names the agreement under the mouse."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        scale = scale_of(self.model.year, opt.rect)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        draw_grid(painter, scale, opt.rect.top(), opt.rect.bottom() + 1)
        draw_lane(painter, index.data(LANE_ROLE), scale, opt.rect.center().y() + 0.5)
        draw_today(painter, scale, self.model.today, opt.rect.top(), opt.rect.bottom() + 1)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(600, option.fontMetrics.height() * 2 + 12)

    def helpEvent(self, event, view, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # noqa: N802
        if event is None or index.column() != TERMS:
            return super().helpEvent(event, view, option, index)
        bar = bar_at(index.data(LANE_ROLE), scale_of(self.model.year, option.rect), event.pos().x())
        QToolTip.showText(event.globalPos(), self.model.bar_tooltip(bar), view)
        return True


class MonthHeader(QHeaderView):
    """The header, with the painted column's months (Jan…Dec in the locale) at their places."""

    def __init__(self, model, context, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.timeline = model
        self.context = context

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        if logical_index != TERMS:
            super().paintSection(painter, rect, logical_index)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        scale = scale_of(self.timeline.year, rect)
        locale = self.context.locale()
        painter.save()
        painter.setClipRect(rect)
        draw_grid(painter, scale, rect.top() + rect.height() * 0.6, rect.bottom() + 1)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        for month in range(1, 13):
            left = scale.x(scale.first.replace(month=month))
            right = scale.x(scale.first.replace(year=scale.year + 1, month=1)) if month == 12 \
                else scale.x(scale.first.replace(month=month + 1))
            name = locale.standaloneMonthName(month, locale.FormatType.ShortFormat)
            painter.drawText(QRectF(left, rect.top(), right - left, rect.height()), Qt.AlignmentFlag.AlignCenter,
                             name)
        draw_today(painter, scale, self.timeline.today, rect.top() + rect.height() * 0.75, rect.bottom() + 1)
        painter.restore()
