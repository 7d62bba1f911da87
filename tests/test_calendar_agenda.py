"""The Calendar page's agenda on the demo data: what falls due from a given day, grouped by
week or month, narrowed by the filters, each line opening its record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QPushButton

from db.services.calendar import CalendarFilter, ItemType
from desktop import i18n
from desktop.calendar.agenda import DAYS_KEY, GROUPING_KEY, AgendaView
from desktop.calendar.agenda_model import (
    DATE, ENTRY_ROLE, OVERDUE_COLOUR, TITLE, TYPE, WHEN, WHO, days_left_text,
)

SUMMER = date(2025, 6, 1)
KANAGAWA_EXPIRY = date(2025, 9, 17)


def _view(qtbot, context, today=SUMMER, days=180, by="week", flt=None):
    view = AgendaView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_today(today)
        view.set_days(days)
        view.set_grouping(by)
        if flt is not None:
            view.set_filter(flt)
        view.show()
    return view


def _rows(view):
    """(heading, index) of every entry, in the order shown."""
    model = view.model
    found = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            found.append((model.data(group), model.index(r, 0, group)))
    return found


def _kanagawa_expiry(view):
    for heading, index in _rows(view):
        entry = index.data(ENTRY_ROLE)
        if entry.item.who == "神奈川県" and entry.item.type == ItemType.EXPIRY:
            return heading, index
    return None, None


def kanagawa_id(db) -> int:
    from db.services.organisations import OrganisationQuery, list_organisations

    return list_organisations(db, OrganisationQuery(search="神奈川県", kinds=("prefecture",))).items[0].id


def _text(index, column):
    return index.siblingAtColumn(column).data()


def test_from_june_180_days_list_the_kanagawa_expiry_with_its_days_remaining(qtbot, demo_context):
    view = _view(qtbot, demo_context)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    heading, index = _kanagawa_expiry(view)
    assert index is not None
    assert index.data(ENTRY_ROLE).days_left == 108
    assert _text(index, WHEN) == "in 108 days"
    assert _text(index, DATE) == demo_context.format_date(KANAGAWA_EXPIRY)
    assert _text(index, TYPE) == "Expiry"
    assert _text(index, WHO) == "神奈川県"
    assert view.stack.currentWidget() is view.tree


def test_90_days_stop_short_of_it_and_in_october_it_is_overdue(qtbot, demo_context):
    view = _view(qtbot, demo_context, days=90)
    assert _kanagawa_expiry(view) == (None, None)

    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_today(date(2025, 10, 1))
    heading, index = _kanagawa_expiry(view)
    assert heading.startswith("Overdue (")
    assert _text(index, WHEN) == "14 days overdue"
    assert index.siblingAtColumn(WHEN).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    overdue = view.model.index(0, 0)
    assert view.model.data(overdue) == f"Overdue ({view.model.rowCount(overdue)})"


def test_days_left_read_as_words():
    assert [days_left_text(n) for n in (0, 1, 12, -1, -3)] == [
        "today", "tomorrow", "in 12 days", "1 day overdue", "3 days overdue"]


def test_grouping_by_week_starts_on_the_locales_first_day_and_by_month_names_the_month(qtbot, demo_context):
    view = _view(qtbot, demo_context, by="week")
    first_day = demo_context.locale().firstDayOfWeek()
    week_start = {Qt.DayOfWeek.Monday: "15", Qt.DayOfWeek.Sunday: "14", Qt.DayOfWeek.Saturday: "13"}[first_day]
    heading, _index = _kanagawa_expiry(view)
    assert heading.startswith(f"Week of {week_start} Sep 2025 (")
    # Every heading of the week grouping begins a week on the same weekday.
    for g in range(view.model.rowCount()):
        group = view.model.groups[g]
        if group.kind == "week":
            assert QDate(group.first).dayOfWeek() == first_day.value and (group.last - group.first).days == 6

    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.controls().findChild(QPushButton, "agendaByMonth").click()
    heading, _index = _kanagawa_expiry(view)
    september = view.model.groups[[g.first for g in view.model.groups].index(date(2025, 9, 1))]
    assert heading == f"September 2025 ({len(september.entries)})"
    assert demo_context.settings.value(GROUPING_KEY) == "month"

    demo_context.set_date_style("era")
    heading, _index = _kanagawa_expiry(view)
    assert heading.startswith("令和7年9月 (")


def test_the_days_buttons_choose_how_far_ahead_and_are_remembered(qtbot, demo_context):
    view = _view(qtbot, demo_context, days=30)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.controls().findChild(QPushButton, "agendaDays180").click()
    assert view.days() == 180 and int(demo_context.settings.value(DAYS_KEY)) == 180
    assert _kanagawa_expiry(view)[1] is not None
    again = AgendaView(demo_context)
    qtbot.addWidget(again)
    assert again.days() == 180 and again.grouping() == "week"


def test_the_filter_narrows_and_an_empty_agenda_says_why(qtbot, demo_context):
    from db.services.agreements import AgreementData, create_agreement

    party = kanagawa_id(demo_context.db)
    create_agreement(demo_context.db, AgreementData(title="共同研究の覚書", signed_on=date(2025, 7, 1),
                                                    term_years=1, party_ids=[party]))
    everything = {index.data(ENTRY_ROLE).item.type for _heading, index in _rows(_view(qtbot, demo_context))}
    assert {ItemType.EXPIRY, ItemType.SIGNING} <= everything
    expiries = _view(qtbot, demo_context, flt=CalendarFilter(types=frozenset({ItemType.EXPIRY})))
    assert {index.data(ENTRY_ROLE).item.type for _heading, index in _rows(expiries)} == {ItemType.EXPIRY}

    kanagawa = _view(qtbot, demo_context, flt=CalendarFilter(text="神奈川"))
    assert {index.data(ENTRY_ROLE).item.who for _heading, index in _rows(kanagawa)} == {"神奈川県"}

    nothing = _view(qtbot, demo_context, flt=CalendarFilter(text="no such partner anywhere"))
    assert nothing.stack.currentWidget() is nothing.empty
    assert nothing.empty.heading.text() == "Nothing falls due in the next 180 days"
    assert "filters" in nothing.empty.text.text()


def test_an_empty_agenda_without_filters_suggests_looking_further(qtbot, context):
    view = _view(qtbot, context, days=30)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.heading.text() == "Nothing falls due in the next 30 days"
    assert "180 days" in view.empty.text.text()


def test_double_click_and_enter_open_the_record(qtbot, demo_context):
    view = _view(qtbot, demo_context)
    _heading, index = _kanagawa_expiry(view)
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index.siblingAtColumn(WHO))
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:  # a double-click is a click first
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["agreement", index.data(ENTRY_ROLE).item.entity_id]

    # A membership's end opens the membership (the window opens its organisation).
    from db.services.memberships import MembershipData, create_membership

    member = create_membership(demo_context.db, MembershipData(
        organisation_id=kanagawa_id(demo_context.db), starts_on=date(2024, 4, 1), ends_on=date(2025, 9, 30))).record
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        demo_context.changed("membership", member.id)
    membership = next(index for _heading, index in _rows(view)
                      if index.data(ENTRY_ROLE).item.entity == "membership")
    view.tree.setCurrentIndex(membership)
    view.tree.setFocus()
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == ["membership", member.id]
    assert _text(membership, TITLE) == "神奈川県 (Regular member)"
    # A heading opens nothing.
    with qtbot.assertNotEmitted(view.open_record):
        view.tree.activated.emit(view.model.index(0, 0))


def test_it_reads_again_when_records_change(qtbot, demo_context):
    from db.services.agreements import AgreementData, create_agreement

    view = _view(qtbot, demo_context, flt=CalendarFilter(text="新しい覚書"))
    assert view.stack.currentWidget() is view.empty
    created = create_agreement(demo_context.db, AgreementData(
        title="新しい覚書", signed_on=date(2025, 7, 1), term_years=1, party_ids=[kanagawa_id(demo_context.db)]))
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        demo_context.changed("agreement", created.record.id)
    titles = [_text(index, TITLE) for _heading, index in _rows(view)]
    assert titles == ["新しい覚書"]  # its signing, inside the 180 days


def test_language_switch_retranslates_what_shows(qtbot, qapp, demo_context):
    view = _view(qtbot, demo_context)
    _heading, index = _kanagawa_expiry(view)
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    assert _text(index, TYPE) == "期間満了日"
    assert _text(index, DATE) == "2025/09/17"
    header = view.model.headerData(DATE, Qt.Orientation.Horizontal)
    assert isinstance(header, str) and header
    i18n.switch_language(qapp, "en")
    demo_context.set_language("en")
    assert _text(index, TYPE) == "Expiry"
    assert view.model.index(0, 0, QModelIndex()).isValid()


def test_only_the_latest_request_is_shown(qtbot, demo_context):
    view = _view(qtbot, demo_context, days=30)
    shown = []
    view.refreshed.connect(lambda: shown.append(view.days()))
    view.set_days(180)
    view.refresh()  # its answer comes too late to count
    view.set_days(90)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    qtbot.wait(200)  # time for the older answer to arrive, and be ignored
    assert shown == [90]
    assert _kanagawa_expiry(view) == (None, None)  # 108 days away: beyond 90
