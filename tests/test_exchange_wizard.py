"""The import wizard driven like a person over real messy workbooks (tests/exchange_files.py)
and a real database: file → sheet → columns → rows → import → undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from db.exchange.batches import list_batches
from db.services.organisations import OrganisationQuery, list_organisations
from desktop import i18n
from desktop.exchange.file_steps import MAPPING, PREVIEW, SHEET, SUMMARY
from desktop.exchange.mapping_model import FIELD
from desktop.exchange.wizard import ImportWizard
from exchange_files import (
    cp932_csv, many_rows_xlsx, municipal_partners_rows, municipal_partners_xls, municipal_partners_xlsx, write_xlsx,
)
from gui_support import answer_modal

NEW_IN_MUNICIPAL = {"相模原市", "株式会社かながわテック", "国立大学法人　湘南大学", "公益財団法人 かながわ国際交流財団"}


def names(db) -> set[str]:
    return {o.name_ja or o.name_en for o in list_organisations(db, OrganisationQuery(limit=5000)).items}


def pick_file(path: Path, seen: list) -> None:
    def act(dialog):
        assert isinstance(dialog, QFileDialog) and dialog.objectName() in ("openFileDialog", "saveFileDialog")
        dialog.selectFile(str(path))
        dialog.accept()
    answer_modal(act, seen)


def answer_yes(seen: list) -> None:
    def act(box):
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()
    answer_modal(act, seen)


def wizard_for(qtbot, context, path: Path | None = None) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 680)
    wizard.show()
    if path is not None:
        seen: list = []
        pick_file(path, seen)
        qtbot.mouseClick(wizard.file_page.choose, Qt.MouseButton.LeftButton)
        assert seen
        qtbot.waitUntil(lambda: wizard.file_page.isComplete() or wizard.file_page.status.styleSheet() != "",
                        timeout=60_000)
    return wizard


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_preview(qtbot, wizard: ImportWizard) -> None:
    while wizard.currentId() != PREVIEW:
        if wizard.currentId() == MAPPING:
            qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=60_000)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: not wizard.preview_page.running(), timeout=120_000)


def field_of(wizard: ImportWizard, header: str):
    headers = wizard.session.sheet.headers
    return wizard.session.mapping.get(headers.index(header))


# ------------------------------------------------------------------ the whole way


def test_a_municipal_workbook_imported_and_undone(qtbot, demo_context, tmp_path):
    db = demo_context.db
    before = names(db)
    path = municipal_partners_xlsx(tmp_path / "横浜市_連携団体.xlsx")
    wizard = wizard_for(qtbot, demo_context, path)
    assert wizard.file_page.isComplete()
    assert "6 rows under the headers in row 3" in wizard.file_page.status.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING  # one sheet: no sheet step
    qtbot.waitUntil(wizard.mapping_page.isComplete)

    page = wizard.mapping_page
    QAbstractItemModelTester(page.model)
    headers = wizard.session.sheet.headers
    name_row = headers.index("団体名")
    assert page.combo(name_row).currentText() == "Japanese name"
    assert field_of(wizard, "No.") is None  # a running number is not a field
    assert "横浜市" in page.model.index(name_row, 2).data()
    # The person leaves the remarks out, with the keyboard on its drop-down.
    notes_combo = page.combo(headers.index("備考"))
    notes_combo.setFocus()
    QTest.keyClick(notes_combo, Qt.Key.Key_Home)
    assert field_of(wizard, "備考") is None
    assert notes_combo.currentText() == "(not imported)"

    to_preview(qtbot, wizard)
    preview = wizard.session.preview
    model = wizard.preview_page.model
    QAbstractItemModelTester(model)
    assert preview.count("error") == 0
    assert {r.label for r in preview.rows if r.action == "new"} == NEW_IN_MUNICIPAL
    filters = wizard.preview_page.filter_buttons
    assert filters["new"].text() == "New (4)" and filters["update"].text() == f"Updates ({preview.count('update')})"
    # A click on the Record header puts the rows in the order of their names.
    table = wizard.preview_page.table
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(2) + 10, 5))
    proxy = wizard.preview_page.proxy
    labels = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert labels == sorted(labels) and len(labels) == len(preview.rows)
    assert wizard.preview_page.model.plan(proxy.mapToSource(table.currentIndex()).row()).label in labels
    qtbot.mouseClick(filters["new"], Qt.MouseButton.LeftButton)
    shown = {proxy.index(r, 2).data() for r in range(proxy.rowCount())}
    assert shown == NEW_IN_MUNICIPAL
    assert all(proxy.index(r, 1).data() == "New" for r in range(proxy.rowCount()))
    updates = [r for r in preview.rows if r.action == "update"]
    if updates:  # a partner of the demo that the file gives more of
        qtbot.mouseClick(filters["update"], Qt.MouseButton.LeftButton)
        assert "→" in proxy.index(0, 3).data()
        assert "→" in wizard.preview_page.detail.toPlainText()
    assert not wizard.preview_page.skip_errors.isVisible()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"
    assert names(db) == before  # nothing written by the dry run

    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=120_000)
    result = wizard.session.result
    assert result.created == 4 and result.batch is not None
    assert names(db) == before | NEW_IN_MUNICIPAL
    assert "New records: 4" in wizard.summary_page.counts.text()
    assert [b.id for b in list_batches(db)] == [result.batch]

    seen: list = []
    answer_yes(seen)
    qtbot.mouseClick(wizard.summary_page.undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.summary_page.undone, timeout=60_000)
    assert seen
    assert names(db) == before
    assert wizard.summary_page.undo_result.text().startswith("The import was undone: 4 added record(s) removed")
    assert list_batches(db)[0].undone_at is not None


@pytest.mark.parametrize("make", [
    lambda folder: municipal_partners_xls(folder / "連携団体.xls"),
    lambda folder: cp932_csv(folder / "連携団体.csv", municipal_partners_rows()),
], ids=["xls", "cp932-csv"])
def test_an_old_xls_and_a_shift_jis_csv_come_in_the_same(qtbot, demo_context, tmp_path, make):
    wizard = wizard_for(qtbot, demo_context, make(tmp_path))
    assert wizard.file_page.isComplete(), wizard.file_page.status.text()
    to_preview(qtbot, wizard)
    preview = wizard.session.preview
    assert {r.label for r in preview.rows if r.action == "new"} == NEW_IN_MUNICIPAL
    assert preview.count("error") == 0
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_rows_with_errors_stop_the_import_unless_only_the_valid_ones_are_wanted(qtbot, context, tmp_path):
    path = write_xlsx(tmp_path / "団体.xlsx", [
        ["団体名", "英語名", "ウェブサイト"],
        ["横浜市", "Yokohama", "https://www.city.yokohama.lg.jp/"],
        ["川崎市", "Kawasaki", "not a web address"],
        ["相模原市", "Sagamihara", None],
    ])
    wizard = wizard_for(qtbot, context, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.session.preview.count("error") == 1
    assert page.filter_buttons["error"].isChecked()  # the errors are shown first
    assert page.proxy.rowCount() == 1
    problem = page.proxy.index(0, 4).data()
    assert "Row 3" in problem and "ウェブサイト" in problem and "Traceback" not in problem
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Rows with errors stop the import" in page.next_hint.text()

    # The errors as a workbook to correct: the original row and a reason.
    seen: list = []
    target = tmp_path / "errors.xlsx"
    pick_file(target, seen)
    qtbot.mouseClick(page.save_errors, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "were saved as errors.xlsx" in page.status.text(), timeout=60_000)
    values = [c.value for row in openpyxl.load_workbook(target).worksheets[0].iter_rows() for c in row]
    assert "川崎市" in values and "not a web address" in values and "横浜市" not in values

    qtbot.mouseClick(page.skip_errors, Qt.MouseButton.LeftButton)
    assert page.skip_errors.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=120_000)
    assert names(context.db) == {"横浜市", "相模原市"}
    assert "Rows with errors left out: 1" in wizard.summary_page.counts.text()


def test_a_workbook_of_several_sheets_asks_which_one(qtbot, context, tmp_path):
    path = municipal_partners_xlsx(tmp_path / "partners.xlsx")
    book = openpyxl.load_workbook(path)
    book.create_sheet("メモ", 0)["A1"] = "問い合わせ先: 国際課"
    other = book.create_sheet("追加分")
    for row in (["団体名", "所在地"], ["鎌倉市", "鎌倉市御成町"], ["逗子市", "逗子市逗子"]):
        other.append(row)
    book.save(path)
    wizard = wizard_for(qtbot, context, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == SHEET
    sheets = wizard.sheet_page
    assert sheets.chosen() == "連携団体"  # the one that looks like a partners list
    assert "“連携団体” looks most like" in sheets.hint.text()
    row = sheets.names.stringList().index("追加分")
    qtbot.mouseClick(sheets.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=sheets.list.visualRect(sheets.names.index(row)).center())
    assert sheets.chosen() == "追加分"
    to_preview(qtbot, wizard)
    assert wizard.session.sheet.headers == ["団体名", "所在地"]
    assert {r.label for r in wizard.session.preview.rows} == {"鎌倉市", "逗子市"}


def test_a_file_that_is_not_a_spreadsheet_is_said_plainly(qtbot, context, tmp_path):
    path = tmp_path / "名簿.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    wizard = wizard_for(qtbot, context, path)
    status = wizard.file_page.status.text()
    assert "名簿.xlsx" in status and "Traceback" not in status
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_mapping_a_person_chose_is_offered_for_the_next_file_of_that_layout(qtbot, context, tmp_path):
    rows = [["名称", "区分", "メモ欄"], ["横浜市", "市", "友好"], ["川崎市", "市", None]]
    first = wizard_for(qtbot, context, write_xlsx(tmp_path / "one.xlsx", rows))
    click(qtbot, first, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(first.mapping_page.isComplete)
    assert "matched by their headers" in first.mapping_page.origin.text()
    memo = first.mapping_page.combo(2)
    memo.setFocus()
    while memo.currentData() != "notes":
        QTest.keyClick(memo, Qt.Key.Key_Down)
    to_preview(qtbot, first)
    click(qtbot, first, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: first.currentId() == SUMMARY, timeout=120_000)

    rows[1:] = [["相模原市", "市", "新規"]]
    second = wizard_for(qtbot, context, write_xlsx(tmp_path / "two.xlsx", rows))
    click(qtbot, second, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(second.mapping_page.isComplete)
    assert "as you chose last time" in second.mapping_page.origin.text()
    assert field_of(second, "メモ欄") == "notes"
    assert second.mapping_page.combo(2).currentData() == "notes"


def test_stopping_the_check_and_the_import_writes_nothing(qtbot, context, tmp_path):
    path = many_rows_xlsx(tmp_path / "many.xlsx", 10_000)  # enough rows to be stopped midway
    wizard = wizard_for(qtbot, context, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.preview_page
    assert page.stop.isVisible()
    qtbot.mouseClick(page.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running(), timeout=120_000)
    assert page.status.text() == "Stopped. Nothing was written."
    assert page.again.isVisible() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.session.preview is not None, timeout=120_000)
    assert wizard.session.preview.count("new") == 10_000
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    run = wizard.run_page
    qtbot.mouseClick(run.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.running(), timeout=120_000)
    assert run.status.text() == "The import was stopped. Nothing was written."
    assert names(context.db) == set() and list_batches(context.db) == []
    assert wizard.currentId() != SUMMARY

    # No way back once writing began (a late write could otherwise start twice); Import
    # again, then Cancel the wizard while it writes: the writing stops, the wizard stays
    # to say so, and nothing is written.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() \
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert run.again.isVisible()
    qtbot.mouseClick(run.again, Qt.MouseButton.LeftButton)
    assert run.running()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not run.running(), timeout=120_000)
    assert run.status.text() == "The import was stopped. Nothing was written."
    assert names(context.db) == set() and list_batches(context.db) == []


def test_the_steps_speak_the_language_chosen_while_open(qtbot, demo_context, tmp_path):
    path = municipal_partners_xlsx(tmp_path / "partners.xlsx")
    wizard = wizard_for(qtbot, demo_context, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    row = wizard.session.sheet.headers.index("団体名")
    click(qtbot, wizard, QWizard.WizardButton.BackButton)  # the step seen before speaks English again
    qtbot.waitUntil(lambda: wizard.mapping_page.combo(row).currentText() == "Japanese name")
    i18n.switch_language(QApplication.instance(), "ja")
    demo_context.set_language("ja")
    qtbot.waitUntil(lambda: wizard.mapping_page.combo(row).currentText() == "日本語名")
    assert wizard.mapping_page.model.index(row, FIELD).data() == "日本語名"
    to_preview(qtbot, wizard)
    kinds = {wizard.preview_page.model.index(r, 1).data() for r in range(wizard.preview_page.model.rowCount())}
    assert kinds
    i18n.switch_language(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: {wizard.preview_page.model.index(r, 1).data() for r in
                             range(wizard.preview_page.model.rowCount())} <= {"New", "Update", "Unchanged", "Error"})
    click(qtbot, wizard, QWizard.WizardButton.BackButton)  # the step seen before speaks English again
    qtbot.waitUntil(lambda: wizard.mapping_page.combo(row).currentText() == "Japanese name")


# ------------------------------------------------------------------ the models without a screen


def test_an_exported_list_edited_in_excel_previews_as_one_update_with_dates_as_the_user_reads_them(
        demo_context, tmp_path):
    from datetime import date

    from db.catalogue import field_label
    from db.exchange import export, importer
    from desktop.exchange.preview_model import CHANGES, PreviewModel

    db = demo_context.db
    path = tmp_path / "agreements.xlsx"
    export.export_xlsx(db, "agreements", path, lang="en")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    signed = headers.index(field_label("agreement", "signed_on", "en")) + 1
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, signed).value and sheet.cell(r, signed).value.date() == date(2020, 9, 18))
    sheet.cell(row, signed).value = date(2020, 9, 19)
    book.save(path)

    preview = importer.preview(db, path, "agreements")
    model = PreviewModel(demo_context)
    QAbstractItemModelTester(model)
    model.set_preview(preview)
    assert [r.action for r in preview.rows].count("update") == 1
    update = next(i for i, r in enumerate(preview.rows) if r.action == "update")
    text = model.index(update, CHANGES).data()
    day = demo_context.format_date
    assert f"Signed on: {day(date(2020, 9, 18))} → {day(date(2020, 9, 19))}" in text
    demo_context.set_date_style("era")
    assert "令和2年9月18日 → 令和2年9月19日" in model.index(update, CHANGES).data()
    assert model.index(update, 1).data() == "Update"


def test_a_field_is_taken_from_one_column_only(db, tmp_path):
    from desktop.exchange.session import ImportSession, load_file

    session = ImportSession(db)
    session.path = str(write_xlsx(tmp_path / "a.xlsx", [["団体名", "名称（英語）", "備考"], ["横浜市", "Yokohama", "x"]]))
    session.loaded = load_file(session.path, "partners")
    session.use_sheet(session.loaded.best)
    assert session.mapping[0] == "name_ja" and not session.remembered
    assert session.set_field(2, "name_ja") == [2, 0]  # the notes column now holds the name; the first lets go
    assert session.mapping[0] is None and session.mapping[2] == "name_ja"
    assert session.mapped_count() == sum(1 for f in session.mapping.values() if f)
    session.automatic()
    assert session.mapping[0] == "name_ja" and session.mapping[2] != "name_ja"
