"""Which columns a list shows: the header's context menu and the Columns button share one
menu of ticks (at least one column stays), and "Reset columns" brings back the screen's
defaults.  Changes are remembered at once (desktop.widgets.list_state)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from desktop.widgets.list_state import ListState
from desktop.widgets.paged_model import Column


class ColumnChooser(QObject):
    """Shows, hides and remembers the columns of one table."""

    def __init__(self, table: QTableView, columns: list[Column], state: ListState, default_widths: dict[str, int],
                 hidden_by_default: frozenset[str], parent: QObject | None = None):
        super().__init__(parent)
        self.table, self.columns, self.state = table, columns, state
        self.keys = [c.key for c in columns]
        self.widths, self.hidden_by_default = default_widths, hidden_by_default
        self.restoring = False
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self.save)
        header.sectionMoved.connect(self.save)

    def default_widths(self) -> dict[str, int]:
        """The screen's widths, widened where the header would not fit (room for the sort arrow)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        return {c.key: max(self.widths.get(c.key, 120), metrics.horizontalAdvance(c.header()) + 28)
                for c in self.columns}

    def restore(self) -> None:
        self.restoring = True
        self.state.restore_columns(self.table.horizontalHeader(), self.keys, self.default_widths(),
                                   set(self.hidden_by_default))
        self.restoring = False

    def reset(self) -> None:
        self.state.settings.remove(f"{self.state.group}/columns")
        self.restore()
        self.save()

    def save(self, *_args) -> None:
        if not self.restoring:
            self.state.save_columns(self.table.horizontalHeader(), self.keys)

    def visible(self) -> list[str]:
        """Keys of the columns shown, in the order shown."""
        header = self.table.horizontalHeader()
        shown = [i for i in range(len(self.keys)) if not header.isSectionHidden(i)]
        return [self.keys[i] for i in sorted(shown, key=header.visualIndex)]

    def set_visible(self, key: str, visible: bool) -> bool:
        """Show or hide a column; the last one shown stays (returns False then)."""
        header, index = self.table.horizontalHeader(), self.keys.index(key)
        if not visible and self.visible() == [key]:
            return False
        header.setSectionHidden(index, not visible)
        if visible and header.sectionSize(index) < 30:
            header.resizeSection(index, self.default_widths()[key])
        self.save()
        return True

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        shown = self.visible()
        for index in sorted(range(len(self.keys)), key=header.visualIndex):
            key = self.keys[index]
            action = menu.addAction(self.columns[index].header())
            action.setCheckable(True)
            action.setChecked(key in shown)
            action.setEnabled(shown != [key])  # the last column shown cannot be hidden
            action.toggled.connect(lambda checked, key=key: self.set_visible(key, checked))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset)

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(header)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fill_menu(menu)
        menu.popup(header.mapToGlobal(pos))

