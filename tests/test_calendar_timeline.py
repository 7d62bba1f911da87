"""The Calendar page's year timeline on the demo data: a lane per partnership, a renewal
chain on one lane, the status filter, opening the agreement under the mouse, and bars
really painted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from PySide6.QtTest import QAbstractItemModelTester

from db.services.agreements import AgreementData, create_agreement
from db.services.calendar import CalendarFilter
from db.services.organisations import OrganisationData, OrganisationQuery, create_organisation, list_organisations
from desktop import i18n
from desktop.i18n import tr_value
from desktop.calendar.timeline import TimelineView
from desktop.calendar.timeline_model import LANE, LANE_ROLE, TERMS, Scale
from desktop.calendar.timeline_paint import STATUS_COLOURS, renewal_colour

SUMMER = date(2025, 6, 1)
KANAGAWA_EXPIRY = date(2025, 9, 17)


def _view(qtbot, context, year=2025, today=SUMMER, flt=None):
    view = TimelineView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_today(today)
        view.set_year(year)
        if flt is not None:
            view.set_filter(flt)
        view.show()
    return view


def _lane_row(view, who):
    rows = [row for row, lane in enumerate(view.model.lanes) if lane.who == who]
    return rows[0] if rows else None


def _kanagawa(db) -> int:
    return list_organisations(db, OrganisationQuery(search="神奈川県", kinds=("prefecture",))).items[0].id


def _x(view, row, day):
    """Where ``day`` is, in the viewport, on the row's painted column."""
    index = view.model.index(row, TERMS)
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    return QPoint(round(Scale(view.year(), rect.left(), rect.width()).x(day)) + 1, rect.center().y())


def _renew_kanagawa(context) -> tuple[int, int]:
    lane = _view_lanes(context)
    first_id = lane.bars[0].agreement_id
    renewal = create_agreement(context.db, AgreementData(
        title="ライフサイエンス領域に関するMOU（更新）", signed_on=date(2025, 9, 18), term_years=5,
        party_ids=[_kanagawa(context.db)], renewed_from_id=first_id)).record
    return first_id, renewal.id


def _view_lanes(context):
    from db.services.timeline import timeline

    return next(lane for lane in timeline(context.db, 2025, today=SUMMER) if lane.who == "神奈川県")


def test_2025_shows_the_kanagawa_lane_ending_on_its_expiry(qtbot, demo_context):
    view = _view(qtbot, demo_context)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = _lane_row(view, "神奈川県")
    assert row is not None
    lane = view.model.index(row, LANE).data(LANE_ROLE)
    assert [term.end for bar in lane.bars for term in bar.terms] == [KANAGAWA_EXPIRY]
    assert lane.bars[0].status == "active"
    assert view.model.index(row, LANE).data().startswith("神奈川県\n")
    tooltip = view.model.bar_tooltip(lane.bars[0])
    assert demo_context.format_date(KANAGAWA_EXPIRY) in tooltip and "Status: In force" in tooltip
    assert view.count.text() == f"Partnerships with a term in 2025: {view.model.rowCount()}"
    assert view.stack.currentWidget() is view.tree


def test_a_renewal_chain_is_one_lane_with_two_bars(qtbot, demo_context):
    view = _view(qtbot, demo_context)
    lanes_before = view.model.rowCount()
    first_id, renewal_id = _renew_kanagawa(demo_context)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        demo_context.changed("agreement", renewal_id)
    assert view.model.rowCount() == lanes_before
    lane = view.model.lanes[_lane_row(view, "神奈川県")]
    assert [bar.agreement_id for bar in lane.bars] == [first_id, renewal_id]
    assert lane.bars[1].terms[0].start == date(2025, 9, 18)
    assert "2 agreements" in view.model.lane_tooltip(lane)

    # Double-clicking a bar opens that agreement; the lane's name, or Enter, its latest.
    row = _lane_row(view, "神奈川県")
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=_x(view, row, date(2025, 3, 1)))
    assert opened.args == ["agreement", first_id]
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=_x(view, row, date(2025, 11, 1)))
    assert opened.args == ["agreement", renewal_id]
    name = view.tree.visualRect(view.model.index(row, LANE)).center()
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert opened.args == ["agreement", renewal_id]
    view.tree.setCurrentIndex(view.model.index(row, LANE))
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == ["agreement", renewal_id]

    # The tooltip names the agreement under the mouse.
    at = _x(view, row, date(2025, 3, 1))
    viewport = view.tree.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert QToolTip.text() == view.model.bar_tooltip(lane.bars[0])
    assert demo_context.format_date(date(2020, 9, 18)) in QToolTip.text()


def test_the_status_filter_asks_each_lanes_latest_agreement(qtbot, demo_context):
    org = create_organisation(demo_context.db, OrganisationData(
        kind="university", name_ja="試験失効大学", name_en="Lapsed Test University")).record
    create_agreement(demo_context.db, AgreementData(
        title="失効した覚書", signed_on=date(2022, 3, 1), term_years=3, party_ids=[org.id]))
    everything = _view(qtbot, demo_context)
    expired = _view(qtbot, demo_context, flt=CalendarFilter(statuses=frozenset({"expired"})))
    assert 0 < expired.model.rowCount() < everything.model.rowCount()
    assert {lane.bars[-1].status for lane in expired.model.lanes} == {"expired"}
    assert _lane_row(expired, "試験失効大学") is not None and _lane_row(expired, "神奈川県") is None
    active = _view(qtbot, demo_context, flt=CalendarFilter(statuses=frozenset({"active"})))
    assert _lane_row(active, "神奈川県") is not None and _lane_row(active, "試験失効大学") is None
    # In October the Kanagawa MOU has expired.
    with qtbot.waitSignal(expired.refreshed, timeout=10_000):
        expired.set_today(date(2025, 10, 1))
    assert _lane_row(expired, "神奈川県") is not None


def test_an_empty_year_says_what_a_term_is(qtbot, demo_context):
    view = _view(qtbot, demo_context, year=1990)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.heading.text() == "No agreement has a term in 1990"
    assert "effective date" in view.empty.text.text()
    assert view.count.text() == "Partnerships with a term in 1990: 0"
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_year(2025)
    assert view.year() == 2025 and view.stack.currentWidget() is view.tree
    narrowed = _view(qtbot, demo_context, flt=CalendarFilter(text="no such partner anywhere"))
    assert "filters" in narrowed.empty.text.text()


def test_open_ended_and_auto_renewing_terms_are_painted(qtbot, demo_context):
    org = create_organisation(demo_context.db, OrganisationData(
        kind="university", name_ja="試験塗装大学", name_en="Paint Test University")).record
    open_ended = create_agreement(demo_context.db, AgreementData(
        title="期間の定めのない覚書", effective_on=date(2024, 4, 1), party_ids=[org.id])).record
    renewing = create_agreement(demo_context.db, AgreementData(
        title="自動更新の覚書", signed_on=date(2023, 4, 1), term_years=1, auto_renew=True,
        party_ids=[org.id])).record
    view = _view(qtbot, demo_context, flt=CalendarFilter(text="試験塗装大学"))
    assert view.model.rowCount() == 2
    lanes = {lane.bars[-1].agreement_id: lane for lane in view.model.lanes}
    assert lanes[open_ended.id].runs_out is None
    assert any(term.renewal for term in lanes[renewing.id].bars[0].terms)

    image = view.tree.viewport().grab().toImage()
    active = STATUS_COLOURS["active"]
    lighter = renewal_colour(active)
    found = {row: {"solid": 0, "lighter": 0} for row in range(2)}
    for row in range(2):
        rect = view.tree.visualRect(view.model.index(row, TERMS))
        y = rect.center().y()
        for x in range(rect.left(), rect.right()):
            colour = image.pixelColor(x, y).rgb()
            found[row]["solid"] += colour == active.rgb()
            found[row]["lighter"] += colour == lighter.rgb()
    rows = {lane.bars[-1].agreement_id: row for row, lane in enumerate(view.model.lanes)}
    # The open-ended term runs across the whole year in the active colour.
    assert found[rows[open_ended.id]]["solid"] > rect.width() * 0.8
    # The auto-renewing one's later terms are lighter, hatched in the active colour.
    assert found[rows[renewing.id]]["lighter"] > 50 and found[rows[renewing.id]]["solid"] > 5
    header = view.tree.header().grab().toImage()
    assert not header.isNull()


def test_language_switch_names_the_months_in_the_locale(qtbot, qapp, demo_context):
    view = _view(qtbot, demo_context)
    row = _lane_row(view, "神奈川県")
    lane = view.model.lanes[row]
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    assert demo_context.locale().standaloneMonthName(9, demo_context.locale().FormatType.ShortFormat) == "9月"
    assert tr_value("AgreementStatus", "active") in view.model.bar_tooltip(lane.bars[0])
    assert "2025/09/17" in view.model.bar_tooltip(lane.bars[0])
    view.tree.header().grab()  # paints the months without error
    i18n.switch_language(qapp, "en")
    demo_context.set_language("en")
    assert "In force" in view.model.bar_tooltip(lane.bars[0])
