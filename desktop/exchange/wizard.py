"""The import wizard: file → sheet (when several) → columns → check the rows → import →
what was done, with "Undo this import".  The steps live in file_steps, preview_step and
run_steps; what they decide is kept in an ``ImportSession``."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from desktop.context import AppContext
from desktop.exchange.file_steps import (
    FILE, MAPPING, PREVIEW, RUN, SHEET, SUMMARY, ImportFilePage, ImportMappingPage, ImportSheetPage,
)
from desktop.exchange.preview_step import ImportPreviewPage
from desktop.exchange.run_steps import ImportRunPage, ImportSummaryPage
from desktop.exchange.session import ImportSession
from desktop.widgets.retranslating import Retranslating


class ImportWizard(Retranslating, QWizard):
    """Import one file into one list; ``path`` starts it on a file already chosen (dropped)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, path: str | None = None,
                 list_kind: str | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.context = context
        self.session = ImportSession(context.db)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on every platform, and roomy
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = ImportFilePage(self)
        self.sheet_page = ImportSheetPage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.run_page = ImportRunPage(self)
        self.summary_page = ImportSummaryPage(self)
        for page_id, page in ((FILE, self.file_page), (SHEET, self.sheet_page), (MAPPING, self.mapping_page),
                              (PREVIEW, self.preview_page), (RUN, self.run_page), (SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE)
        self.retranslate()
        if list_kind:
            self.file_page.set_list_kind(list_kind)
        if path:
            self.file_page.set_path(path)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1000, 680)

    def stop_work(self) -> None:
        """Stop what runs in the background (a dry run, an import not yet written)."""
        self.preview_page.cancel()
        self.run_page.cancel()

    def reject(self) -> None:
        if self.run_page.running():  # being written: stop it and stay to say so (nothing is left half done)
            self.run_page.cancel()
            return
        self.stop_work()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.run_page.running():
            self.run_page.cancel()
            event.ignore()
            return
        self.stop_work()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a spreadsheet"))
