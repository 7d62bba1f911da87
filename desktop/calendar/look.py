"""How the calendar's views draw an item type, a holiday and a weekend — said once for
the month, the agenda, the timeline and their legend.

The type colours are the Okabe–Ito palette, told apart with the common kinds of colour
blindness too; each view also writes the type's name (legend, tooltip or column), so
colour is never the only sign.  Japanese calendars print Sundays and holidays in red and
Saturdays in blue; the month view follows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from db.holidays import holiday_label
from db.services.calendar import ItemType
from desktop.i18n import current_language, tr_value

TYPE_COLOURS: dict[ItemType, QColor] = {
    ItemType.RENEWAL_DEADLINE: QColor("#E69F00"),  # orange: a decision is due
    ItemType.EXPIRY: QColor("#D55E00"),  # vermilion: the agreement ends
    ItemType.MEMBERSHIP_END: QColor("#009E73"),  # bluish green
    ItemType.ACTIVITY: QColor("#56B4E9"),  # sky blue
    ItemType.SIGNING: QColor("#0072B2"),  # blue
    ItemType.EFFECTIVE: QColor("#CC79A7"),  # reddish purple
}
SUNDAY_AND_HOLIDAY = QColor("#C62828")
SATURDAY = QColor("#1565C0")
WEEKEND_SHADE = QColor(0, 0, 0, 10)  # over the palette's base: light and dark themes alike
TODAY_ACCENT = QColor("#0072B2")


def type_colour(item_type: ItemType | str) -> QColor:
    return TYPE_COLOURS[ItemType(item_type)]


def type_name(item_type: ItemType | str) -> str:
    """The type's name in the UI language (the catalogue's "ItemType")."""
    return tr_value("ItemType", ItemType(item_type).value)


def holiday_name(name: str) -> str:
    """A holiday's name from ``db.holidays`` in the UI language."""
    return holiday_label(name, current_language(), QCoreApplication.translate)
