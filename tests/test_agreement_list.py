"""The Agreements list: its model over real databases, and the page driven as a person would
(searching a partner's name, filtering by kind, status and expiry, dates as the user reads them)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester

from db.demo import add_synthetic
from db.eras import format_japanese_date
from db.services.agreements import AgreementData, create_agreement
from desktop import i18n
from desktop.agreements.list_model import AgreementFilters, agreement_columns, fetch_agreements
from desktop.agreements.page import AgreementsPage
from desktop.context import AppContext
from desktop.widgets.paged_model import PagedModel
from gui_support import column_texts, type_text

MOU_TITLE = "ライフサイエンス領域に関するMOU（提携に関する覚書）"


def agreement_model(context, search=None, filters=AgreementFilters(), page_size=5):
    return PagedModel(agreement_columns(context), lambda offset, limit, order_by, descending: fetch_agreements(
        context.db, search, filters, offset, limit, order_by, descending), page_size=page_size)


@pytest.fixture
def page(demo_context, qtbot):
    widget = AgreementsPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def test_model_over_the_demo_shows_the_kanagawa_mou_with_its_dates(demo_context):
    model = agreement_model(demo_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    assert model.total == 14 and model.rowCount() == 5
    model.load_until(50)
    keys = [c.key for c in model.columns]
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == MOU_TITLE)

    def cell(key):
        return model.data(model.index(row, keys.index(key)))

    assert cell("party_ids") == "神奈川県"
    assert cell("kind") == "Memorandum of understanding (MOU)"
    assert cell("effective_status") == "Expired"
    assert cell("signed_on") == demo_context.format_date(date(2020, 9, 18))
    assert cell("expires_on") == demo_context.format_date(date(2025, 9, 17))
    assert cell("auto_renew") == "No"
    assert model.headerData(keys.index("renewal_deadline"), Qt.Orientation.Horizontal) == "Renewal decision deadline"


def test_model_over_a_generated_database(context):
    add_synthetic(context.db, 300, seed=4, agreement_share=0.8)
    model = agreement_model(context, page_size=20)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    total = model.total
    assert total > 100
    model.load_until(total)
    assert model.rowCount() == total
    assert model.order_by == "title"  # the first column the database can order by
    titles = [model.record(r).title for r in range(total)]
    assert titles == sorted(titles) and len({model.record(r).id for r in range(total)}) == total


def test_a_partners_name_in_kana_finds_its_agreement(page, qtbot):
    assert page.count_label.text() == "14 agreements"
    type_text(page.search_box, "かながわ")
    qtbot.waitUntil(lambda: MOU_TITLE in column_texts(page, "title") and page.model.rowCount() < 14)


def test_filter_by_status_and_kind(page):
    page.status_filter.action("expired").trigger()
    assert column_texts(page, "title") == [MOU_TITLE] and page.count_label.text() == "1 agreement"
    page.clear_filters()
    page.kind_filter.action("nda").trigger()
    assert page.model.rowCount() == 0 and "clear the filters" in page.empty_label.text()
    page.kind_filter.action("mou").trigger()
    assert page.model.rowCount() == 14


def test_expiring_within_finds_what_ends_soon(page, demo_context, qtbot):
    kanagawa = page.model.record(0).party_ids[0]
    soon = date.today() + timedelta(days=60)
    create_agreement(demo_context.db, AgreementData(
        title="期限間近の覚書", kind="mou", signed_on=soon - timedelta(days=364), effective_on=soon - timedelta(days=364),
        expires_on_given=soon, party_ids=[kanagawa]))
    demo_context.changed("agreement", 0)
    qtbot.waitUntil(lambda: page.model.total == 15)
    page.expiring_filter.setCurrentIndex(page.expiring_filter.findData(90))
    assert column_texts(page, "title") == ["期限間近の覚書"]
    page.expiring_filter.setCurrentIndex(page.expiring_filter.findData(30))
    assert page.model.rowCount() == 0


def test_sort_by_title_and_the_state_is_kept(page, demo_context, qtbot):
    page.sort_by("title")
    titles = column_texts(page, "title")
    assert titles == sorted(titles)
    page.sort_by("party_ids")  # partners cannot be ordered in the database: the order stays
    assert column_texts(page, "title") == titles
    page.set_column_visible("auto_renew", False)
    again = AgreementsPage(AppContext(demo_context.db, demo_context.settings))
    qtbot.addWidget(again)
    assert again.model.order_by == "title" and "auto_renew" not in again.visible_columns()


def test_dates_follow_the_date_style_and_everything_the_language(page, demo_context, qapp):
    row = column_texts(page, "title").index(MOU_TITLE)
    expires = page.column_index("expires_on")
    demo_context.set_date_style("era")
    assert page.model.data(page.model.index(row, expires)) == format_japanese_date(date(2025, 9, 17))
    demo_context.set_date_style("western")
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    assert page.model.data(page.model.index(row, page.column_index("effective_status"))) == \
        i18n.tr_value("AgreementStatus", "expired") != "Expired"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == i18n.tr_field("agreement", "title")
    assert page.model.data(page.model.index(row, expires)) == demo_context.format_date(date(2025, 9, 17))


def test_an_empty_database_says_what_to_do(context, qtbot):
    page = AgreementsPage(context)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty and "No agreements yet" in page.empty_label.text()
    with qtbot.waitSignal(page.open_record) as asked:
        page.new_button.click()
    assert asked.args == ["agreement", 0]


def test_remembered_filters_come_back(demo_context, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    context = AppContext(demo_context.db, settings)
    first = AgreementsPage(context)
    qtbot.addWidget(first)
    first.status_filter.action("expired").trigger()
    second = AgreementsPage(context)
    qtbot.addWidget(second)
    assert second.status_filter.selected() == ("expired",) and second.model.rowCount() == 1
    assert second.clear_filters_button.isVisibleTo(second)


def test_delete_sends_the_selected_agreement_to_the_trash_and_undo_brings_it_back(page, demo_context, qtbot):
    row = column_texts(page, "title").index(MOU_TITLE)
    page.table.selectRow(row)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.total == 13)
    assert MOU_TITLE not in column_texts(page, "title")
    assert demo_context.last_deleted()[2] == MOU_TITLE
    demo_context.undo_delete()
    qtbot.waitUntil(lambda: page.model.total == 14)
