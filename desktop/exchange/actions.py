"""What the window, the lists and the Import/Export page call to start an exchange:
the import wizard, the export dialog, a blank template, and undoing an import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from db.exchange.model import KINDS
from desktop.context import AppContext
from desktop.tasks import run_task


# The window's pages whose list File → Import…/Export… start on.
LIST_OF_PAGE = {"partners": "partners", "agreements": "agreements", "activities": "activities"}


def start_import(parent: QWidget | None, context: AppContext, path: str | None = None,
                 list_kind: str | None = None):
    """Open the import wizard (on ``path`` when a file was dropped or chosen already; on
    ``list_kind`` when the person is looking at that list)."""
    from desktop.exchange.wizard import ImportWizard

    wizard = ImportWizard(context, parent, path=path, list_kind=list_kind)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def start_export(parent: QWidget | None, context: AppContext, list_kind: str | None = None,
                 ids: list[int] | None = None):
    """The export dialog, for a whole list or the ``ids`` selected in one."""
    from desktop.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(context, parent, list_kind=list_kind, ids=ids)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def start_template(parent: QWidget | None, context: AppContext, list_kind: str | None = None):
    from desktop.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(context, parent, list_kind=list_kind, template=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def confirm_undo(parent: QWidget, file_name: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ExchangeActions", "Undo this import"),
        QCoreApplication.translate("ExchangeActions", "Undo the import of {file}? The records it added are removed "
                                   "and the fields it changed get their earlier values back.").format(file=file_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def undo_import(parent: QWidget, context: AppContext, batch_id: int, list_kind: str,
                done: Callable[[str], None], failed: Callable[[str], None]):
    """Undo batch ``batch_id`` in the background; ``done`` or ``failed`` get what to say."""
    from db.exchange import batches

    def finished(undone) -> None:
        for kind in dict.fromkeys((KINDS.get(list_kind, "organisation"), "organisation")):
            context.changed(kind, 0)
        done(undone_text(undone))

    return run_task(parent, batches.undo, context.db, batch_id, done=finished,
                    failed=lambda exc: failed(context.error_text(exc)),
                    progress=QCoreApplication.translate("ExchangeActions", "Undoing the import…"))


def undone_text(undone) -> str:
    return QCoreApplication.translate(
        "ExchangeActions", "The import was undone: {removed} added record(s) removed, {restored} record(s) put back "
        "as they were.").format(removed=undone.removed, restored=undone.restored)
