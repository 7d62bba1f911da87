"""The paged table model over a real list service: pages as the view scrolls, the count,
the order in the database, and Qt's own model checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from db.services.organisations import OrganisationQuery, list_organisations
from desktop.widgets.paged_model import ROW_ROLE, Column, PagedModel


def partners_model(context, search=None, page_size=4):
    def fetch(offset, limit, order_by, descending):
        return list_organisations(context.db, OrganisationQuery(
            search=search, offset=offset, limit=limit, order_by=order_by or "name", descending=descending))

    columns = [Column("name", lambda: "Name", lambda o: o.name_ja, order_by="name"),
               Column("name_en", lambda: "English name", lambda o: o.name_en or ""),
               Column("country", lambda: "Country", lambda o: o.country or "", order_by="country")]
    return PagedModel(columns, fetch, page_size=page_size)


def test_pages_load_as_the_view_asks_and_qt_finds_no_fault(demo_context, qtbot):
    model = partners_model(demo_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    counts = []
    model.counted.connect(lambda total, capped: counts.append((total, capped)))
    model.refresh()
    assert model.rowCount() == 4 and model.total == 15 and counts == [(15, False)]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 15
    names = [model.data(model.index(r, 0)) for r in range(15)]
    assert "神奈川県" in names and len(set(names)) == 15
    assert model.data(model.index(0, 0), ROW_ROLE).id == model.record(0).id
    assert model.headerData(1, Qt.Orientation.Horizontal) == "English name"


def test_search_and_order_are_the_services(demo_context):
    model = partners_model(demo_context, search="かながわ")
    model.refresh()
    found = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "神奈川県" in found and "京都リサーチパーク" not in found  # kana finds the kanji
    model = partners_model(demo_context, page_size=50)
    model.refresh()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    countries = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert countries == sorted(countries, reverse=True) and countries[0] != countries[-1]
    before = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    model.sort(1)  # no database order for this column: nothing moves
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == before


def test_a_record_saved_elsewhere_shows_in_place(demo_context):
    model = partners_model(demo_context, page_size=50)
    model.refresh()
    record = model.record(3)
    changed = type(record)(**{**record.__dict__, "name_ja": "変更後"}) if hasattr(record, "__dict__") else record
    assert model.update_record(changed)
    assert model.data(model.index(3, 0)) == "変更後"
