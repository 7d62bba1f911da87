"""The trash page: restore, delete for good, empty — driven like a person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox

from db.services.activities import ActivityData, create_activity, delete_activity
from db.services.agreements import AgreementQuery, delete_agreement, list_agreements
from db.services.organisations import OrganisationData, OrganisationQuery, create_organisation, delete_organisation
from db.errors import NotFound
from db.services.organisations import get_organisation, list_organisations
from db.services.trash import list_trash
from desktop.trash.model import DELETED_AT, DELETED_BY, KIND, NAME, TrashModel
from desktop.trash.page import TrashPage


def _page(qtbot, context):
    page = TrashPage(context)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    return page


def _answer(button):
    """Answer the next question box with ``button`` once it is shown."""
    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(10, press)
    QTimer.singleShot(0, press)


def _kanagawa(db):
    return next(o for o in list_organisations(db, OrganisationQuery(search="神奈川県")).items if o.name_ja == "神奈川県")


def _row_of(page, kind, record_id):
    return next(r for r, i in enumerate(page.model.items) if (i.kind, i.id) == (kind, record_id))


def test_a_deleted_partner_is_in_the_trash_and_restored_from_it(qtbot, demo_context):
    db = demo_context.db
    page = _page(qtbot, demo_context)
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_heading.text() == "The trash is empty"
    assert not page.empty_button.isEnabled()

    partner = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    delete_organisation(db, partner.id)
    demo_context.deleted("organisation", partner.id, "Bio Inc.")
    assert page.stack.currentWidget() is page.table
    row = _row_of(page, "organisation", partner.id)
    model = page.model
    assert model.data(model.index(row, KIND)) == "Organisation"
    assert model.data(model.index(row, NAME)) == "Bio Inc."
    assert model.data(model.index(row, DELETED_BY)) == "tester"
    assert demo_context.format_date(date.today()) in model.data(model.index(row, DELETED_AT))
    assert page.count_label.text() == "1 record"

    rect = page.table.visualRect(model.index(row, NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert list_trash(db) == []
    assert page.stack.currentWidget() is page.empty_state
    assert page.report.text() == "Restored 1 record(s)."
    assert any(o.id == partner.id for o in list_organisations(db, OrganisationQuery(search="Bio")).items)


def test_restore_several_at_once(qtbot, demo_context):
    db = demo_context.db
    mou = next(a for a in list_agreements(db, AgreementQuery(search="かながわ")).items if a.party_names == ["神奈川県"])
    activity = create_activity(db, ActivityData(kind="visit", title="訪問", starts_on=date(2025, 1, 1),
                                                agreement_id=mou.id)).record
    delete_activity(db, activity.id)
    delete_agreement(db, mou.id)
    page = _page(qtbot, demo_context)
    assert page.count_label.text() == "2 records"
    page.table.setFocus()
    page.table.selectAll()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert list_trash(db) == []
    assert page.report.text() == "Restored 2 record(s)."


def test_delete_for_good_asks_first(qtbot, demo_context):
    db = demo_context.db
    partner = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    delete_organisation(db, partner.id)
    page = _page(qtbot, demo_context)
    page.select_record("organisation", partner.id)

    _answer(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert [i.id for i in list_trash(db)] == [partner.id]

    _answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert list_trash(db) == []
    assert page.report.text() == "Deleted 1 record(s) for good."
    with pytest.raises(NotFound):
        get_organisation(db, partner.id)


def test_emptying_keeps_a_partner_still_named_in_an_agreement_and_says_why(qtbot, demo_context):
    db = demo_context.db
    kanagawa = _kanagawa(db)
    delete_organisation(db, kanagawa.id)
    other = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    delete_organisation(db, other.id)
    page = _page(qtbot, demo_context)
    assert page.count_label.text() == "2 records"
    _answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.emptied, timeout=3000):
        qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert [(i.kind, i.id) for i in list_trash(db)] == [("organisation", kanagawa.id)]
    assert page.report.text().splitlines() == [
        "Deleted 1 record(s) for good. These stay in the trash:",
        "神奈川県: 神奈川県 is still a party to 1 agreement(s); remove it from them before deleting it for good."]
    assert page.count_label.text() == "1 record"


def test_model(qtbot, demo_context):
    db = demo_context.db
    delete_organisation(db, _kanagawa(db).id)
    model = TrashModel(demo_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items(list_trash(db), {})
    assert model.rowCount() == 1 and model.data(model.index(0, NAME)) == "神奈川県"
    assert model.headerData(DELETED_AT, Qt.Orientation.Horizontal) == "Moved to the trash"
    model.retranslate()


def test_kinds_and_headers_follow_a_language_switch(qtbot, demo_context, qapp):
    from desktop import i18n

    db = demo_context.db
    delete_organisation(db, _kanagawa(db).id)
    page = _page(qtbot, demo_context)
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    try:
        model = page.model
        assert model.data(model.index(0, KIND)) == "組織"
        assert model.headerData(DELETED_AT, Qt.Orientation.Horizontal) == "ごみ箱に移動した日時"
    finally:
        i18n.switch_language(qapp, "en")
