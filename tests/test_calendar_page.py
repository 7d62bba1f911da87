"""The Calendar page: one set of filters, today and the period for the month, the
agenda and the timeline; its place in the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.services.calendar import ItemType
from desktop import i18n
from desktop.calendar.page import FILTER_KEYS, CalendarPage
from tests.gui_support import type_text

SEPTEMBER = date(2025, 9, 10)
KANAGAWA_EXPIRY = date(2025, 9, 17)


def _page(qtbot, context, today=SEPTEMBER) -> CalendarPage:
    page = CalendarPage(context, today=today)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    return page


def _month_types(page, day):
    return [item.type for item in page.view("month").items_on(day)]


def test_the_month_of_today_shows_the_kanagawa_expiry(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    assert page.current_view_key() == "month"
    assert page.period.text() == "September 2025"
    assert ItemType.EXPIRY in _month_types(page, KANAGAWA_EXPIRY)
    QTest.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.period.text() == "October 2025"
    QTest.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.period.text() == "August 2025"
    QTest.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.period.text() == "September 2025"


def test_the_period_in_japanese_and_in_the_era(qtbot, demo_context, qapp):
    page = _page(qtbot, demo_context)
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    assert page.period.text() == "2025年9月"
    qtbot.waitUntil(lambda: page.today_button.text() == "今日")  # Qt posts the LanguageChange
    assert page.types.text() == "日付の種類：すべて"
    demo_context.set_date_style("era")
    assert page.period.text() == "令和7年9月"
    page.show_view("timeline")
    assert page.period.text() == "2025年（令和7年）"


def test_filters_reach_the_views_and_are_kept(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    assert not page.clear_filters.isEnabled()
    assert ItemType.EXPIRY in _month_types(page, KANAGAWA_EXPIRY)
    expiry = page.types._actions[ItemType.EXPIRY.value]
    expiry.trigger()  # untick: expiries are no longer shown
    assert page.types.chosen() == frozenset(t.value for t in ItemType) - {"expiry"}
    assert ItemType.EXPIRY not in _month_types(page, KANAGAWA_EXPIRY)
    assert page.clear_filters.isEnabled()
    assert "expiry" not in demo_context.settings.value(FILTER_KEYS["types"])
    assert page.types.text().startswith("Dates: 5 of 6")
    # A new page (the next start) restores the choice.
    again = _page(qtbot, demo_context)
    assert again.types.chosen() == page.types.chosen()
    assert ItemType.EXPIRY not in _month_types(again, KANAGAWA_EXPIRY)
    QTest.mouseClick(again.clear_filters, Qt.MouseButton.LeftButton)
    assert again.types.chosen() is None
    assert ItemType.EXPIRY in _month_types(again, KANAGAWA_EXPIRY)


def test_partner_kind_and_status_filters(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    page.partner_kinds.set_chosen(frozenset({"university"}))
    assert _month_types(page, KANAGAWA_EXPIRY) == []  # 神奈川県 is a prefecture
    assert page.partner_kinds.text() == "Partner kind: University"
    page.partner_kinds.set_chosen(frozenset({"prefecture"}))
    assert ItemType.EXPIRY in _month_types(page, KANAGAWA_EXPIRY)
    # The MOU's status on 2025-09-10 is active (it expires on the 17th), from October expired.
    page.statuses.set_chosen(frozenset({"expired"}))
    assert _month_types(page, KANAGAWA_EXPIRY) == []
    page.statuses.set_chosen(frozenset({"active"}))
    assert ItemType.EXPIRY in _month_types(page, KANAGAWA_EXPIRY)
    page.set_today(date(2025, 10, 1))
    page.view("month").refresh()
    assert _month_types(page, KANAGAWA_EXPIRY) == []


def test_the_search_box_narrows_every_view(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    type_text(page.search_box, "大学")
    qtbot.waitUntil(lambda: page.filter().text == "大学" and not _month_types(page, KANAGAWA_EXPIRY), timeout=3000)
    page.search_box.clear()
    type_text(page.search_box, "神奈川")
    qtbot.waitUntil(lambda: ItemType.EXPIRY in _month_types(page, KANAGAWA_EXPIRY), timeout=3000)
    agenda = page.show_view("agenda")
    assert agenda.isVisible() and page.findChild(type(agenda.controls()), "agendaControls").isVisible()
    assert not page.previous.isVisible()
    assert page.period.text() == "From 9/10/2025"


def test_the_timeline_steps_by_year(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    timeline = page.show_view("timeline")
    assert page.period.text() == "2025"
    assert timeline.year() == 2025
    QTest.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert (page.period.text(), timeline.year()) == ("2026", 2026)
    QTest.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert timeline.year() == 2025
    assert demo_context.settings.value("calendar/view") == "timeline"
    assert _page(qtbot, demo_context).current_view_key() == "timeline"


def test_a_record_opened_in_a_view_is_opened_by_the_page(qtbot, demo_context):
    page = _page(qtbot, demo_context)
    with qtbot.waitSignal(page.open_record) as opened:
        page.view("month").open_record.emit("agreement", 14)
    assert opened.args == ["agreement", 14]


@pytest.mark.parametrize("lang, title", [("en", "Calendar"), ("ja", "カレンダー")])
def test_the_window_has_the_calendar_page(qtbot, demo_context, qapp, lang, title):
    from desktop.main_window import MainWindow

    i18n.switch_language(qapp, lang)
    demo_context.set_language(lang)
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    row = [window.navigation.item(r).text() for r in range(window.navigation.count())].index(title)
    assert window.navigation.currentRow() == row
    assert window.menus.pages["calendar"].text() == title
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_box
