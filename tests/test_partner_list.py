"""The Partners list: its model over real databases, and the page driven as a person would
(typing kana, filtering, sorting, choosing columns that stay chosen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from db.demo import add_synthetic
from db.services.organisations import OrganisationData, create_organisation, get_organisation, update_organisation
from desktop import i18n
from desktop.partners.list_model import PartnerFilters, fetch_partners, partner_columns
from desktop.partners.page import PartnersPage
from desktop.widgets.paged_model import PagedModel
from gui_support import column_texts, type_text


def partner_model(context, search=None, filters=PartnerFilters(), page_size=6):
    return PagedModel(partner_columns(context), lambda offset, limit, order_by, descending: fetch_partners(
        context.db, search, filters, offset, limit, order_by, descending), page_size=page_size)


@pytest.fixture
def page(demo_context, qtbot):
    widget = PartnersPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


# ------------------------------------------------------------------ the model


def test_model_over_the_demo_shows_catalogue_labels_and_passes_qts_checks(demo_context):
    model = partner_model(demo_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    assert model.total == 15 and model.rowCount() == 6
    model.load_until(100)
    assert model.rowCount() == 15
    keys = [c.key for c in model.columns]
    rows = {model.data(model.index(r, keys.index("name_ja"))): r for r in range(15)}
    kanagawa = rows["神奈川県"]
    assert model.data(model.index(kanagawa, keys.index("name_en"))) == "Kanagawa Prefecture"
    assert model.data(model.index(kanagawa, keys.index("kind"))) == "Prefecture"
    assert model.headerData(keys.index("name_kana"), Qt.Orientation.Horizontal) == "Reading (kana)"


def test_model_over_a_generated_database_pages_and_grows(context):
    add_synthetic(context.db, 400, seed=3)
    model = partner_model(context, page_size=50)
    model.max_page_size = 200
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    assert model.rowCount() == 50 and model.total == 400
    sizes = []
    while model.canFetchMore():
        sizes.append(model.next_page_size())
        model.fetchMore()
    assert model.rowCount() == 400 and sizes[0] == 50 and max(sizes) > 100  # pages grow as the list is walked
    assert all(size <= 200 for size in sizes)
    ids = [model.record(r).id for r in range(400)]
    assert len(set(ids)) == 400


# ------------------------------------------------------------------ the page


def test_typing_part_of_a_kana_reading_finds_the_kanji_name(page, qtbot):
    assert page.count_label.text() == "15 partners"
    type_text(page.search_box, "かながわ")
    qtbot.waitUntil(lambda: "神奈川県" in column_texts(page, "name_ja") and page.model.rowCount() < 15)
    assert "京都リサーチパーク" not in column_texts(page, "name_ja")
    QTest.keyClick(page.search_box, Qt.Key.Key_Escape)  # Esc clears the search
    assert page.search_box.text() == "" and page.model.rowCount() == 15


def test_the_last_keystroke_is_never_lost(page, qtbot):
    type_text(page.search_box, "yoko")
    QTest.keyClick(page.search_box, Qt.Key.Key_Return)  # Enter before the pause: searched at once
    assert column_texts(page, "name_en") == ["Yokohama City"]
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0


def test_filter_by_kind_and_member(page, qtbot):
    page.kind_filter.action("prefecture").trigger()
    kinds = column_texts(page, "kind")
    assert kinds and set(kinds) == {"Prefecture"} and page.count_label.text() == "2 partners"
    assert "Prefecture" in page.kind_filter.text()
    page.kind_filter.action("city").trigger()  # several kinds at once
    assert set(column_texts(page, "kind")) == {"Prefecture", "Municipality"}
    page.clear_filters()
    page.role_filter.setCurrentIndex(page.role_filter.findData("member"))
    assert column_texts(page, "name_ja") == ["神奈川県立保健福祉大学"] and page.count_label.text() == "1 partner"


def test_a_filter_that_finds_nothing_says_how_to_get_back(page):
    page.country_filter.setCurrentIndex(page.country_filter.findData("FR"))
    page.kind_filter.action("hospital").trigger()
    assert page.stack.currentWidget() is page.empty
    assert "clear the filters" in page.empty_label.text()
    assert page.empty_clear_filters.isVisibleTo(page)
    page.empty_clear_filters.click()
    assert page.model.rowCount() == 15 and page.stack.currentWidget() is page.table


def test_clicking_a_header_sorts_in_the_database(page, qtbot):
    header = page.table.horizontalHeader()

    def click(key):
        index = page.column_index(key)
        x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click("country")
    countries = column_texts(page, "country")
    assert countries == sorted(countries) and countries[0] == "FR"
    click("country")
    assert column_texts(page, "country") == sorted(countries, reverse=True)
    before = column_texts(page, "name_en")
    click("name_en")  # no database order for English names: nothing moves, the indicator stays
    assert column_texts(page, "name_en") == before
    assert header.sortIndicatorSection() == page.column_index("country")


def test_hidden_columns_widths_order_and_filters_are_remembered(demo_context, qtbot):
    page = PartnersPage(demo_context)
    qtbot.addWidget(page)
    assert "region" in page.visible_columns()
    assert page.set_column_visible("region", False)
    page.table.horizontalHeader().resizeSection(page.column_index("name_en"), 333)
    page.table.horizontalHeader().moveSection(page.table.horizontalHeader().visualIndex(page.column_index("kind")), 0)
    page.sort_by("country", descending=True)
    page.kind_filter.action("university").trigger()

    again = PartnersPage(demo_context)
    qtbot.addWidget(again)
    assert "region" not in again.visible_columns()
    assert again.visible_columns()[0] == "kind"
    assert again.table.horizontalHeader().sectionSize(again.column_index("name_en")) == 333
    assert again.kind_filter.selected() == ("university",)
    assert set(column_texts(again, "kind")) == {"University"}
    assert again.model.order_by == "country" and again.model.descending


def test_the_column_chooser_keeps_at_least_one_column(page):
    menu = page.columns_button.menu()
    page._fill_column_menu(menu)
    by_text = {a.text(): a for a in menu.actions() if a.isCheckable()}
    by_text["City"].trigger()  # unchecking hides it
    assert "city" not in page.visible_columns()
    for key in list(page.visible_columns())[1:]:
        assert page.set_column_visible(key, False)
    last = page.visible_columns()
    assert len(last) == 1 and not page.set_column_visible(last[0], False)
    page._fill_column_menu(menu)
    assert [a for a in menu.actions() if a.isCheckable() and a.isChecked()][0].isEnabled() is False


def test_enter_and_double_click_open_the_record_and_new_asks_for_one(page, qtbot):
    page.table.setFocus()
    page.table.selectRow(2)
    record = page.model.record(2)
    with qtbot.waitSignal(page.open_record) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["organisation", record.id]
    with qtbot.waitSignal(page.open_record) as asked:
        page.new_record()
    assert asked.args == ["organisation", 0]


def test_changes_elsewhere_show_and_the_selection_stays(page, demo_context, qtbot):
    row = column_texts(page, "name_ja").index("横浜市")
    page.table.selectRow(row)
    yokohama = page.model.record(row)
    data = get_organisation(demo_context.db, yokohama.id)
    data.name_en = "City of Yokohama"
    update_organisation(demo_context.db, yokohama.id, data)
    demo_context.changed("organisation", yokohama.id)
    assert page.model.data(page.model.index(row, page.column_index("name_en"))) == "City of Yokohama"
    saved = create_organisation(demo_context.db, OrganisationData(name_ja="あいうえお研究所", kind="research_institute"))
    demo_context.changed("organisation", saved.record.id)
    qtbot.waitUntil(lambda: page.model.total == 16)
    assert "あいうえお研究所" in column_texts(page, "name_ja")
    assert page.current_id() == yokohama.id


def test_an_empty_database_says_what_to_do_and_loads_the_demo(context, qtbot):
    page = PartnersPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert "No partners yet" in page.empty_label.text() and page.demo_button.isVisible()
    page.demo_button.click()
    qtbot.waitUntil(lambda: page.model.total == 15, timeout=10_000)
    assert page.stack.currentWidget() is page.table
    type_text(page.search_box, "zzq")
    page.apply_search()
    assert "Nothing matches “zzq”" in page.empty_label.text() and page.clear_search_button.isVisible()


def test_a_capped_count_reads_1000_plus(context, qtbot):
    add_synthetic(context.db, 1300, seed=5)
    page = PartnersPage(context)
    qtbot.addWidget(page)
    assert page.count_label.text() == "1,300 partners"
    page.search_now("a")
    assert page.model.total_is_capped
    assert page.count_label.text() == "1,000+ partners"


def test_headers_and_kinds_follow_the_language(page, qapp):
    i18n.switch_language(qapp, "ja")
    page.context.set_language("ja")
    column = page.column_index("kind")
    assert page.model.headerData(page.column_index("name_ja"), Qt.Orientation.Horizontal) == \
        i18n.tr_field("organisation", "name_ja") != "Japanese name"
    kinds = column_texts(page, "kind")
    assert i18n.tr_value("OrganisationKind", "prefecture") in kinds and "Prefecture" not in kinds
    assert page.model.data(page.model.index(0, column)) == kinds[0]


def test_the_country_filter_offers_the_countries_of_live_partners(demo_context):
    from db.services.list_choices import countries_in_use
    from db.services.organisations import delete_organisation

    assert countries_in_use(demo_context.db) == ["FR", "GB", "JP", "US"]
    eurobiomed = next(o for o in fetch_partners(demo_context.db, "Eurobiomed", PartnerFilters(), 0, 5, None,
                                                False).items)
    delete_organisation(demo_context.db, eurobiomed.id)
    assert countries_in_use(demo_context.db) == ["GB", "JP", "US"]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the headless platform
def test_the_kind_menu_stays_open_while_several_are_ticked(page, qtbot):
    from PySide6.QtCore import QTimer

    menu = page.kind_filter.menu()
    ticked = []

    def tick_two():
        for value in ("prefecture", "city"):
            rect = menu.actionGeometry(page.kind_filter.action(value))
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
            ticked.append(menu.isVisible())
        menu.close()

    QTimer.singleShot(0, tick_two)
    page.kind_filter.showMenu()
    qtbot.waitUntil(lambda: len(ticked) == 2)
    assert ticked == [True, True]
    assert set(page.kind_filter.selected()) == {"prefecture", "city"}
    assert set(column_texts(page, "kind")) == {"Prefecture", "Municipality"}
