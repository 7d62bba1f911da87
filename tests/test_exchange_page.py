"""The Import/Export page, the export dialog and "Export selected…" on the lists — driven
like a person, writing real files that are read back with openpyxl and csv."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.catalogue import field_label
from db.services.organisations import OrganisationQuery, list_organisations
from desktop import i18n
from desktop.exchange.export_dialog import ExportDialog
from gui_support import answer_modal


def save_as(path: Path, seen: list) -> None:
    """Answer the next file dialog by typing ``path`` and pressing Enter."""
    def act(dialog):
        assert isinstance(dialog, QFileDialog)
        assert dialog.objectName() in ("saveFileDialog", "openFileDialog")
        dialog.selectFile(str(path))
        dialog.accept()
    answer_modal(act, seen)


def answer_box(button, seen: list) -> None:
    """Answer the next question with ``button``; ``seen`` gets the question's text."""
    def act(box):
        assert isinstance(box, QMessageBox)
        seen[-1] = box.text()
        box.button(button).click()
    answer_modal(act, seen)


def choose(combo, data) -> None:
    """Pick an entry of a drop-down with the keyboard, as a person does."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def export_through(qtbot, dialog: ExportDialog, path: Path) -> str:
    seen: list = []
    save_as(path, seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.isVisible(), timeout=60_000)
    assert seen and path.exists()
    return dialog.result.text()


def partner_names(db) -> set[str]:
    return {o.name_ja or o.name_en for o in list_organisations(db, OrganisationQuery(limit=1000)).items}


# ------------------------------------------------------------------ the export dialog


def test_export_partners_as_csv_for_older_excel(qtbot, demo_context, tmp_path):
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.what, "partners")
    choose(dialog.file_type, "cp932")
    choose(dialog.language, "ja")
    assert not dialog.era.isEnabled()  # a CSV holds no date formats
    target = tmp_path / "partners.csv"
    said = export_through(qtbot, dialog, target)

    with target.open(encoding="cp932", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) - 1 == len(partner_names(demo_context.db)) == 15
    assert said == "15 rows were written to partners.csv."
    assert field_label("organisation", "name_ja", "ja") in rows[0]  # headers in Japanese
    assert "神奈川県" in {cell for row in rows[1:] for cell in row}
    # The choices are kept for next time.
    again = ExportDialog(demo_context)
    qtbot.addWidget(again)
    assert (again.file_type.currentData(), again.language.currentData()) == ("cp932", "ja")


def test_export_agreements_to_excel_with_era_dates(qtbot, demo_context, tmp_path):
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.what, "agreements")
    choose(dialog.file_type, "xlsx")
    choose(dialog.language, "en")
    assert dialog.era.isEnabled()
    qtbot.mouseClick(dialog.era, Qt.MouseButton.LeftButton)
    assert dialog.era.isChecked()
    assert dialog.suggested_name().startswith("agreements-") and dialog.suggested_name().endswith(".xlsx")
    target = tmp_path / "agreements.xlsx"
    export_through(qtbot, dialog, target)

    assert not dialog.bar.isVisible() and dialog.bar.value() == dialog.bar.maximum()  # every row counted
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    signed = headers.index("Signed on") + 1
    dated = [c for c in sheet.iter_rows(min_row=2, min_col=signed, max_col=signed) for c in c if c.value]
    assert dated and all("ggg" in c.number_format for c in dated)


def test_a_blank_template_has_headers_and_no_rows(qtbot, demo_context, tmp_path):
    dialog = ExportDialog(demo_context, template=True, list_kind="contacts")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.file_type.isVisible()  # always a workbook
    assert dialog.suggested_name() == "contacts-template.xlsx"
    target = tmp_path / "contacts-template.xlsx"
    said = export_through(qtbot, dialog, target)
    assert said == "The template was saved as contacts-template.xlsx."
    sheet = openpyxl.load_workbook(target).worksheets[0]
    headers = [c.value for c in sheet[1] if c.value]
    assert field_label("contact", "email", "en") in headers
    assert not any(any(c.value for c in row) for row in sheet.iter_rows(min_row=2, max_row=20))


def test_a_file_that_cannot_be_written_is_said_in_words(qtbot, demo_context, tmp_path):
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    blocked = tmp_path / "a-folder.xlsx"
    blocked.mkdir()  # a folder where the file should go
    failures = []
    dialog.export_failed.connect(failures.append)
    dialog.export_to(str(blocked))
    qtbot.waitUntil(lambda: bool(failures), timeout=60_000)
    assert dialog.result.text().startswith("The file was not written")
    assert "Traceback" not in dialog.result.text()
    assert dialog.export_button.isEnabled()


# ------------------------------------------------------------------ "Export selected…" on the lists


def test_export_selected_partners_writes_only_those(qtbot, demo_context, tmp_path):
    from desktop.partners.page import PartnersPage

    page = PartnersPage(demo_context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 3)
    hook = page.export_selected
    assert not hook.button.isEnabled()
    table = page.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(page.model.index(0, 0)).center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(page.model.index(2, 0)).center())
    chosen = [page.model.record(0), page.model.record(2)]
    assert hook.ids() == [r.id for r in chosen]
    assert hook.button.isEnabled()

    qtbot.mouseClick(hook.button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget() or page.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    assert dialog.ids == [r.id for r in chosen] and not dialog.what.isEnabled()
    assert "2 selected" in dialog.heading.text()
    choose(dialog.file_type, "utf-8")
    target = tmp_path / "two.csv"
    export_through(qtbot, dialog, target)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 3
    written = {cell for row in rows[1:] for cell in row}
    for record in chosen:
        assert (record.name_ja or record.name_en) in written
    dialog.close()


@pytest.mark.parametrize("module, cls", [("desktop.agreements.page", "AgreementsPage"),
                                         ("desktop.activities.page", "ActivitiesPage")])
def test_the_other_lists_have_export_selected_too(qtbot, demo_context, module, cls):
    from importlib import import_module

    page = getattr(import_module(module), cls)(demo_context)
    qtbot.addWidget(page)
    assert page.export_selected.button.text() == "Export selected…"
    assert page.export_selected.action in page.table.actions()
    i18n.switch_language(QApplication.instance(), "ja")
    assert page.export_selected.action.text() == page.export_selected.button.text()


# ------------------------------------------------------------------ the page of past imports


def import_file(db, path: Path, list_kind: str = "partners"):
    from db.exchange import importer

    return importer.commit(db, importer.preview(db, path, list_kind))


def page_for(qtbot, context):
    from desktop.exchange.page import ExchangePage

    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def test_an_empty_page_says_how_to_begin(qtbot, context):
    page = page_for(qtbot, context)
    assert page.stack.currentWidget() is page.empty_state
    assert "drop an Excel or CSV file here" in page.empty_text.text()
    assert not page.undo_button.isVisible()
    for button in (page.import_button, page.export_button, page.template_button):
        assert button.isEnabled() and button.text().endswith("…")


def test_past_imports_are_listed_and_one_is_undone_from_the_page(qtbot, context, tmp_path):
    from exchange_files import write_xlsx

    db = context.db
    page = page_for(qtbot, context)
    QAbstractItemModelTester(page.model)
    first = import_file(db, write_xlsx(tmp_path / "一回目.xlsx", [["団体名"], ["横浜市"], ["川崎市"]]))
    second = import_file(db, write_xlsx(tmp_path / "二回目.xlsx", [["団体名"], ["相模原市"]]))
    context.changed("organisation", 0)  # as the wizard says after an import
    assert [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())] == ["二回目.xlsx", "一回目.xlsx"]
    assert page.proxy.index(0, 1).data() == "Partners"
    assert page.proxy.index(1, 3).data() == "2"  # new records
    assert page.proxy.index(0, 8).data() == "Imported"
    assert page.selected_batch().id == second.batch  # the latest is selected
    assert page.undo_button.isEnabled()

    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(first.batch), 0)).row()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.proxy.index(row, 0)).center())
    assert page.selected_batch().id == first.batch
    seen: list = []
    answer_box(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(page.undone, timeout=60_000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "一回目.xlsx" in seen[0]
    assert partner_names(db) == {"相模原市"}
    assert page.report.text().startswith("The import was undone: 2 added record(s) removed")
    assert page.selected_batch().id == first.batch
    assert page.proxy.index(row, 8).data().startswith("Undone ")
    assert not page.undo_button.isEnabled()  # undone once is undone


def test_an_undo_that_would_overwrite_later_work_is_refused_in_words(qtbot, context, tmp_path):
    from dataclasses import replace

    from db.services.organisations import get_organisation, update_organisation
    from exchange_files import write_xlsx

    db = context.db
    result = import_file(db, write_xlsx(tmp_path / "list.xlsx", [["団体名"], ["横浜市"]]))
    org = next(o for o in list_organisations(db, OrganisationQuery(limit=10)).items)
    update_organisation(db, org.id, replace(get_organisation(db, org.id), notes="電話で確認済み"))
    page = page_for(qtbot, context)
    assert page.selected_batch().id == result.batch
    seen: list = []
    answer_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.isVisible(), timeout=60_000)
    assert "横浜市" in page.report.text() and "Traceback" not in page.report.text()
    assert "c62828" in page.report.styleSheet()
    assert partner_names(db) == {"横浜市"}
    assert page.undo_button.isEnabled()


def test_cancelling_the_question_undoes_nothing(qtbot, context, tmp_path):
    from exchange_files import write_xlsx

    import_file(context.db, write_xlsx(tmp_path / "list.xlsx", [["団体名"], ["横浜市"]]))
    page = page_for(qtbot, context)
    seen: list = []
    answer_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert seen and partner_names(context.db) == {"横浜市"}


def test_a_file_dropped_on_the_page_opens_the_wizard_on_it(qtbot, context, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.exchange.wizard import ImportWizard
    from exchange_files import write_xlsx

    path = write_xlsx(tmp_path / "dropped.xlsx", [["団体名"], ["横浜市"]])
    page = page_for(qtbot, context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    # Qt's application lets a drop through only during a real drag: hand it to the page.
    assert page.event(QDropEvent(*args))
    wizard = page.findChild(ImportWizard)
    assert wizard is not None and wizard.session.path == str(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.close()


def test_the_window_has_the_page_and_the_file_menu_entries(qtbot, demo_context):
    from desktop.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[-2:] == ["Import/Export", "Trash"]
    page = window.show_page("exchange")
    assert type(page).__name__ == "ExchangePage"
    file_menu = [a.text() for a in window.menus.file_menu.actions()]
    assert {"&Import…", "&Export…", "Export Te&mplate…"} <= set(file_menu)
    window.menus.export_template.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.template
    dialog.close()
    dialog.deleteLater()
    # From a list, File → Export… and Import… start on that list.
    window.show_page("agreements")
    window.menus.export_file.trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if not d.template)
    assert dialog.list_kind() == "agreements"
    dialog.close()
    from desktop.exchange.wizard import ImportWizard

    window.menus.import_file.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard.session.list_kind == "agreements"
    assert wizard.file_page.kind.currentData() == "agreements"
    wizard.close()


def test_a_read_only_database_can_be_exported_but_not_imported_into(qtbot, db, db_path, settings, tmp_path):
    from db.lifecycle import open_database
    from desktop.context import AppContext
    from exchange_files import write_xlsx

    import_file(db, write_xlsx(tmp_path / "list.xlsx", [["団体名"], ["横浜市"]]))
    with open_database(db_path, read_only=True) as reader:
        page = page_for(qtbot, AppContext(reader, settings))
        assert page.selected_batch() is not None
        assert not page.import_button.isEnabled() and not page.undo_button.isEnabled()
        assert page.export_button.isEnabled() and page.template_button.isEnabled()
