""""Export selected…" on a list page (Partners, Agreements, Activities): a button beside
the filters and an entry in the table's context menu, for the rows selected (several
with Ctrl or Shift)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from desktop.exchange import actions
from desktop.widgets.retranslating import Retranslating


class _ExportButton(Retranslating, QPushButton):
    twin: QAction | None = None  # the context menu's entry says the same

    def retranslate(self) -> None:
        self.setText(self.tr("Export selected…"))
        self.setToolTip(self.tr("Write the selected rows to an Excel or CSV file (select several with Ctrl or "
                                "Shift)"))
        if self.twin is not None:
            self.twin.setText(self.text())


class ExportSelected(QObject):
    """The hook on one list page; ``export()`` opens the export dialog for its selection."""

    def __init__(self, page, list_kind: str):
        super().__init__(page)
        self.page, self.list_kind = page, list_kind
        page.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.button = _ExportButton(objectName="exportSelected")
        self.button.setFlat(True)
        self.button.clicked.connect(self.export)
        page.filters_layout.addWidget(self.button)
        self.action = QAction(page.table)
        self.button.twin = self.action
        self.button.retranslate()
        self.action.triggered.connect(self.export)
        page.table.addAction(self.action)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        page.model.modelReset.connect(self._enable)
        self._enable()

    def ids(self) -> list[int]:
        """The ids of the selected rows, in the list's order."""
        rows = sorted({index.row() for index in self.page.table.selectionModel().selectedRows()})
        found = (getattr(self.page.model.record(row), "id", None) for row in rows)
        return [i for i in found if i]

    def export(self):
        ids = self.ids()
        if not ids:
            return None
        return actions.start_export(self.page, self.page.context, self.list_kind, ids)

    def _enable(self) -> None:
        chosen = bool(self.page.table.selectionModel().selectedRows())
        self.button.setEnabled(chosen)
        self.action.setEnabled(chosen)


def install_export_selected(page, list_kind: str) -> ExportSelected:
    """Give a list page "Export selected…" (kept as ``page.export_selected``)."""
    page.export_selected = ExportSelected(page, list_kind)
    return page.export_selected
