"""Activities: the list and the form, driven like a person."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from db.services.activities import ActivityData, ActivityQuery, create_activity, list_activities
from db.services.agreements import AgreementQuery, list_agreements
from db.services.trash import list_trash
from desktop.activities.form import ActivityForm
from desktop.activities.page import ActivitiesPage
from desktop.widgets.paged_model import ROW_ROLE
from gui_support import type_text


def _kanagawa_mou(db):
    found = list_agreements(db, AgreementQuery(search="神奈川")).items
    return next(a for a in found if a.party_names == ["神奈川県"])


def _form(qtbot, context, **kw):
    form = ActivityForm(context, **kw)
    qtbot.addWidget(form, before_close_func=lambda w: w.setWindowModified(False))  # no prompt at teardown
    form.show()
    qtbot.waitExposed(form)
    return form


def test_record_an_activity_under_the_kanagawa_mou_and_find_it(qtbot, demo_context):
    mou = _kanagawa_mou(demo_context.db)
    form = _form(qtbot, demo_context)
    assert form.windowTitle() == "New activity[*]"
    form.kind_box.setFocus()
    form.kind_box.setCurrentIndex(form.kind_box.findData("visit"))
    form.starts_field.edit.selectAll()
    type_text(form.starts_field.edit, "R7.10.1")
    type_text(form.title_edit, "神奈川県庁訪問")
    type_text(form.title_en_edit, "Visit to the Kanagawa Prefectural Government")
    type_text(form.place_edit, "横浜")
    choice = form.agreement_choice
    type_text(choice.search, "かながわ")
    qtbot.waitUntil(lambda: len(choice.offered()) > 2, timeout=3000)
    assert choice.agreement_id() is None  # several found: the person picks one
    row = [agreement_id for agreement_id, _text in choice.offered()].index(mou.id)
    assert "神奈川県" in choice.offered()[row][1]
    choice.combo.setFocus()  # the arrow keys walk the choices, as in any drop-down
    for _ in range(row):
        qtbot.keyClick(choice.combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: choice.agreement_id() == mou.id, timeout=2000)
    assert form.isWindowModified()

    with qtbot.waitSignal(form.saved, timeout=3000) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0].record
    assert (record.kind, record.starts_on, record.agreement_id, record.title) == (
        "visit", date(2025, 10, 1), mou.id, "神奈川県庁訪問")
    assert form.windowTitle() == "Activity: 神奈川県庁訪問[*]" and not form.isWindowModified()

    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    type_text(page.search_box, "訪問")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).id == record.id, timeout=3000)
    model = page.model
    cells = {c.key: model.data(model.index(0, n)) for n, c in enumerate(model.columns)}
    assert cells["starts_on"] == demo_context.format_date(date(2025, 10, 1))
    assert cells["kind"] == "Visit"
    assert cells["title"] == "Visit to the Kanagawa Prefectural Government"  # English title in English
    assert cells["place"] == "横浜"
    assert cells["agreement"] == mou.title
    assert page.count_label.text() == "1 activity"

    # Enter on the row opens it.
    with qtbot.waitSignal(page.open_record, timeout=2000) as opened:
        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["activity", record.id]


def test_a_link_is_needed_and_shown_at_the_field(qtbot, context):
    form = _form(qtbot, context)
    type_text(form.title_edit, "Meeting")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.record_id is None
    assert form.agreement_choice.property("invalid") or form.agreement_choice.search.property("invalid") \
        or "agreement" in form.summary.text()
    assert form.summary.isVisible()


def test_a_date_that_is_not_a_date_is_shown_at_its_field(qtbot, demo_context):
    form = _form(qtbot, demo_context, organisation_id=_kanagawa_mou(demo_context.db).party_ids[0])
    assert form.organisations.organisation_ids() != []
    type_text(form.title_edit, "Meeting")
    form.ends_field.edit.setFocus()
    type_text(form.ends_field.edit, "2025-02-30")
    assert not form.save()
    assert form.ends_field.edit.property("invalid")


def test_move_an_activity_to_the_trash_from_its_form(qtbot, demo_context):
    mou = _kanagawa_mou(demo_context.db)
    saved = create_activity(demo_context.db, ActivityData(kind="meeting", title="協議", starts_on=date(2025, 5, 1),
                                                          agreement_id=mou.id)).record
    form = _form(qtbot, demo_context, record_id=saved.id)
    assert form.title_edit.text() == "協議" and form.agreement_choice.agreement_id() == mou.id
    assert form.delete_button.isVisible()
    with qtbot.waitSignal(demo_context.undo_changed, timeout=2000):
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert demo_context.last_deleted() == ("activity", saved.id, "協議")
    assert [(i.kind, i.id) for i in list_trash(demo_context.db)] == [("activity", saved.id)]
    assert list_activities(demo_context.db, ActivityQuery()).total == 0


def test_the_list_filters_by_kind_and_sorts_by_date(qtbot, demo_context):
    mou = _kanagawa_mou(demo_context.db)
    for day, kind in ((date(2024, 1, 5), "visit"), (date(2025, 3, 1), "meeting"), (date(2023, 7, 7), "visit")):
        create_activity(demo_context.db, ActivityData(kind=kind, title=f"{kind} {day}", starts_on=day,
                                                      agreement_id=mou.id))
    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    days = lambda: [page.model.data(page.model.index(r, 0), ROW_ROLE).starts_on  # noqa: E731
                    for r in range(page.model.rowCount())]
    assert days() == [date(2025, 3, 1), date(2024, 1, 5), date(2023, 7, 7)]  # newest first
    page.sort_by("starts_on", descending=False)
    assert days() == [date(2023, 7, 7), date(2024, 1, 5), date(2025, 3, 1)]
    page.kind_filter.action("visit").trigger()
    assert days() == [date(2023, 7, 7), date(2024, 1, 5)]
    assert page.count_label.text() == "2 activities"
    # The selected activity goes to the trash from the list; Undo brings it back.
    page.table.selectRow(0)
    first = page.model.record(0)
    page.delete_selected()
    assert demo_context.last_deleted() == ("activity", first.id, first.title)
    qtbot.waitUntil(lambda: days() == [date(2024, 1, 5)], timeout=2000)
    demo_context.undo_delete()
    qtbot.waitUntil(lambda: days() == [date(2023, 7, 7), date(2024, 1, 5)], timeout=2000)


def test_the_form_and_the_list_follow_a_language_switch(qtbot, demo_context, qapp):
    from desktop import i18n
    from desktop.i18n import tr_field

    form = _form(qtbot, demo_context)
    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    english = form.rows["kind"].text(), page.model.headerData(0, Qt.Orientation.Horizontal)
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    try:
        qtbot.waitUntil(lambda: form.rows["kind"].text() != english[0], timeout=2000)  # LanguageChange is posted
        japanese = form.rows["kind"].text(), page.model.headerData(0, Qt.Orientation.Horizontal)
        assert japanese == (tr_field("activity", "kind"), tr_field("activity", "starts_on"))
        assert japanese != english
        assert form.kind_box.currentText() == i18n.tr_value("ActivityKind", form.kind_box.currentData())
    finally:
        i18n.switch_language(qapp, "en")
