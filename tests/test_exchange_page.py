"""The Import/Export page, the export dialog and "Export selected…" on the lists — driven
like a person, writing real files that are read back with openpyxl and csv."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
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
    def act(box):
        assert isinstance(box, QMessageBox)
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
