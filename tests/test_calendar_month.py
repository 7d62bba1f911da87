"""The Calendar's month view on the demo data: what each day holds and shows, holidays,
"+N", the day list, opening records, filters, months, the keyboard and the language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from db.services.activities import ActivityData, create_activity
from db.services.calendar import CalendarFilter, ItemType
from db.services.organisations import OrganisationQuery, list_organisations
from desktop import i18n
from desktop.calendar import look
from desktop.calendar.month import MonthView, first_cell_of

TODAY = date(2025, 9, 10)
EXPIRY_DAY = date(2025, 9, 17)  # the Kanagawa MOU, signed 2020-09-18 for five years


@pytest.fixture
def view(qtbot, demo_context):
    shown = MonthView(demo_context)  # closed here, not by qtbot: after its reads ahead
    shown.set_today(TODAY)
    shown.go_to(date(2025, 9, 1))
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    qtbot.waitUntil(lambda: not shown.is_reading_ahead())  # none left to fire into the closed file
    shown.close()
    shown.deleteLater()


def _kanagawa(view):
    return next(item for item in view.items_on(EXPIRY_DAY) if item.type == ItemType.EXPIRY)


def _has_colour(image: QImage, rect, colour: QColor, tolerance: int = 12) -> bool:
    """Whether any pixel of ``rect`` in ``image`` is ``colour`` (within ``tolerance`` per channel)."""
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) <= tolerance and abs(pixel.green() - colour.green()) <= tolerance
                    and abs(pixel.blue() - colour.blue()) <= tolerance):
                return True
    return False


def test_september_holds_and_paints_the_kanagawa_expiry_on_the_17th(view):
    assert view.month() == (2025, 9)
    item = _kanagawa(view)
    assert item.entity == "agreement" and item.who == "神奈川県"
    assert all(i.type != ItemType.EXPIRY for i in view.items_on(date(2025, 9, 16)))

    cell = view.grid.cell(EXPIRY_DAY)
    chip = next((rect, text) for rect, shown, text in cell.chips if shown == item)
    assert chip[1].startswith("神奈川県 – ")
    image = view.grid.grab().toImage()
    expiry = look.type_colour(ItemType.EXPIRY)
    assert _has_colour(image, chip[0], expiry)  # its colour bar is painted in the 17th's cell
    assert not _has_colour(image, view.grid.cell(date(2025, 9, 16)).rect.adjusted(2, 2, -2, -2), expiry)


def test_six_weeks_from_the_locales_first_weekday(view):
    assert first_cell_of(2025, 9, 7) == date(2025, 8, 31)  # Sunday first, as Japan and the US
    assert first_cell_of(2025, 9, 1) == date(2025, 9, 1)  # Monday first: September 2025 began on one
    first = view.grid.first_cell
    assert first.isoweekday() == view.context.locale().firstDayOfWeek().value
    assert first <= date(2025, 9, 1) and view.grid.last_cell() >= date(2025, 9, 30)


def test_holidays_are_marked_and_named_in_the_language(view, qapp):
    assert view.grid.holidays[date(2025, 9, 15)] == "敬老の日"
    assert date(2025, 9, 23) in view.grid.holidays
    image = view.grid.grab().toImage()
    top = view.grid.cell(date(2025, 9, 15)).rect
    band = top.adjusted(2, 2, -2, -(top.height() - 20))
    assert _has_colour(image, band, look.SUNDAY_AND_HOLIDAY, tolerance=40)  # a red number and name
    plain = view.grid.cell(date(2025, 9, 16)).rect
    assert not _has_colour(image, plain.adjusted(2, 2, -2, -(plain.height() - 20)), look.SUNDAY_AND_HOLIDAY, 40)

    view.go_to(date(2025, 9, 15))
    assert "Respect for the Aged Day" in view.day_list.heading.text()
    view.go_to(date(2025, 9, 23))
    assert "Autumnal Equinox Day" in view.day_list.heading.text()
    i18n.switch_language(qapp, "ja")
    view.context.set_language("ja")
    assert "秋分の日" in view.day_list.heading.text()


def test_more_than_fits_shows_plus_n(view, demo_context):
    db = demo_context.db
    partner = list_organisations(db, OrganisationQuery(limit=1)).items[0]
    busy = date(2025, 9, 11)
    for n in range(12):
        create_activity(db, ActivityData(title=f"Visit {n + 1}", starts_on=busy, ends_on=busy,
                                         organisation_ids=[partner.id]))
    view.refresh()
    held = view.items_on(busy)
    assert len(held) >= 12
    cell = view.grid.cell(busy)
    assert cell.more is not None
    assert len(cell.chips) + cell.more[1] == len(held)
    assert all(cell.rect.contains(rect) for rect, _item, _text in cell.chips)
    assert cell.rect.contains(cell.more[0])
    # A roomier grid shows more of them, and the count falls.
    before = cell.more[1]
    view.resize(1200, 1400)
    assert view.grid.cell(busy).more is None or view.grid.cell(busy).more[1] < before


def test_clicking_a_day_lists_its_items_and_double_click_opens(view, qtbot):
    rect = view.grid.cell(EXPIRY_DAY).rect
    with qtbot.waitSignal(view.day_selected) as selected:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 4, rect.bottom() - 4))
    assert selected.args == [EXPIRY_DAY]
    listed = view.day_list.model.items
    assert listed == view.items_on(EXPIRY_DAY) and len(listed) >= 1
    row = listed.index(_kanagawa(view))
    text = view.day_list.model.data(view.day_list.model.index(row))
    assert "Expiry" in text and "神奈川県" in text and view.context.format_date(EXPIRY_DAY) in text

    lines = view.day_list.view
    qtbot.waitUntil(lambda: lines.visualRect(view.day_list.model.index(row)).isValid())
    where = lines.visualRect(view.day_list.model.index(row)).center()
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["agreement", _kanagawa(view).entity_id]


def test_double_click_on_a_chip_opens_its_record(view, qtbot):
    item = _kanagawa(view)
    chip = next(rect for rect, shown, _text in view.grid.cell(EXPIRY_DAY).chips if shown == item)
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=chip.center())
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=chip.center())
    assert opened.args == ["agreement", item.entity_id]


def test_a_chip_tells_its_type_partner_title_and_date(view):
    item = _kanagawa(view)
    chip = next(rect for rect, shown, _text in view.grid.cell(EXPIRY_DAY).chips if shown == item)
    QApplication.sendEvent(view.grid, QHelpEvent(QEvent.Type.ToolTip, chip.center(),
                                                 view.grid.mapToGlobal(chip.center())))
    assert QToolTip.text().split("\n") == ["Expiry", "神奈川県", item.title,
                                           view.context.format_date(EXPIRY_DAY)]
    QToolTip.hideText()
    assert "Page Up" in view.grid.accessibleName()
    view.go_to(EXPIRY_DAY)
    assert view.grid.accessibleDescription().startswith(view.context.format_date(EXPIRY_DAY))
    assert view.day_list.view.accessibleName() == "Items of the selected day"


def test_filters_narrow_and_an_empty_month_says_how_to_widen(view):
    view.set_filter(CalendarFilter(types=frozenset({ItemType.SIGNING})))
    assert all(item.type == ItemType.SIGNING for day in range(1, 31) for item in view.items_on(date(2025, 9, day)))
    assert not any(item.type == ItemType.EXPIRY for item in view.items_on(EXPIRY_DAY))
    view.set_filter(CalendarFilter(text="no partner is called this"))
    assert view.items_on(EXPIRY_DAY) == []
    assert view.day_list.stack.currentWidget() is view.day_list.note
    assert "matches the filters" in view.day_list.note.heading.text()
    assert "September 2025" in view.day_list.note.heading.text()
    assert "search box" in view.day_list.note.text.text()
    view.set_filter(CalendarFilter())
    assert _kanagawa(view)


def test_next_and_previous_month(view, qtbot):
    with qtbot.waitSignal(view.month_changed) as changed:
        view.next_month()
    assert changed.args == [2025, 10] and view.month() == (2025, 10)
    assert view.items_on(EXPIRY_DAY) == []  # the 17th of September is no longer in the six weeks
    view.previous_month()
    view.previous_month()
    assert view.month() == (2025, 8)
    view.set_month(2025, 12)
    view.next_month()
    assert view.month() == (2026, 1)
    assert view.title.text() == "January 2026"
    view.go_to(EXPIRY_DAY)
    assert view.month() == (2025, 9) and view.selected_day() == EXPIRY_DAY
    assert _kanagawa(view)


def test_keyboard(view, qtbot):
    view.go_to(date(2025, 9, 17))
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.selected_day() == date(2025, 9, 18)
    qtbot.keyClick(view.grid, Qt.Key.Key_Up)
    assert view.selected_day() == date(2025, 9, 11)
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    assert view.selected_day() == date(2025, 10, 1) and view.month() == (2025, 10)  # on into October
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.month() == (2025, 9) and view.selected_day() == date(2025, 9, 1)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.month() == (2025, 10)
    qtbot.keyClick(view.grid, Qt.Key.Key_Home)
    assert view.month() == (2025, 9) and view.selected_day() == TODAY
    view.go_to(EXPIRY_DAY)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert view.day_list.view.hasFocus()
    assert view.day_list.view.currentIndex().row() == 0
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.keyClick(view.day_list.view, Qt.Key.Key_Return)
    first = view.items_on(EXPIRY_DAY)[0]
    assert opened.args == [first.entity, first.entity_id]


def test_language_switches_live(view, qapp):
    view.go_to(date(2025, 9, 15))
    assert view.title.text() == "September 2025"
    assert view.legend.names[ItemType.EXPIRY].text() == "Expiry"
    i18n.switch_language(qapp, "ja")
    view.context.set_language("ja")
    assert "9月" in view.title.text() and "2025" in view.title.text()
    assert "敬老の日" in view.day_list.heading.text()
    assert "月曜日" in view.day_list.heading.text()
    i18n.switch_language(qapp, "en")
    view.context.set_language("en")
    assert view.title.text() == "September 2025"
    assert "Monday" in view.day_list.heading.text()


def test_records_changed_elsewhere_reload_the_month(view, qtbot, demo_context):
    partner = list_organisations(demo_context.db, OrganisationQuery(limit=1)).items[0]
    day = date(2025, 9, 4)
    before = len(view.items_on(day))
    create_activity(demo_context.db, ActivityData(title="Site visit", starts_on=day, ends_on=day,
                                                  organisation_ids=[partner.id]))
    demo_context.changed("activity", 0)
    qtbot.waitUntil(lambda: len(view.items_on(day)) == before + 1)


def test_the_neighbouring_months_are_read_ahead_as_they_would_be_at_once(view, qtbot, demo_context):
    qtbot.waitUntil(lambda: not view.is_reading_ahead())
    assert {(2025, 8), (2025, 10)} <= set(view._ahead)
    view.next_month()
    ahead = view.items_on(date(2025, 10, 1)), view.items_on(date(2025, 9, 30))
    view.refresh()  # read again, at once
    assert (view.items_on(date(2025, 10, 1)), view.items_on(date(2025, 9, 30))) == ahead
    assert view.items_on(EXPIRY_DAY) == []
    # A change forgets what was read ahead: the next month shows it.
    qtbot.waitUntil(lambda: not view.is_reading_ahead())
    partner = list_organisations(demo_context.db, OrganisationQuery(limit=1)).items[0]
    day = date(2025, 11, 5)
    create_activity(demo_context.db, ActivityData(title="Annual visit", starts_on=day, ends_on=day,
                                                  organisation_ids=[partner.id]))
    demo_context.changed("activity", 0)
    qtbot.waitUntil(lambda: not view.is_reading_ahead() and (2025, 11) in view._ahead)
    view.next_month()
    assert [item.title for item in view.items_on(day)] == ["Annual visit"]
