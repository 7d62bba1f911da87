"""The dry run as a table: every row of the file, what importing it would do, the record
it concerns, its changes ("before → after") and its problems; filtered by action."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from db.exchange.model import Preview, RowPlan
from desktop.exchange.texts import change_text, problem_text

ROW, ACTION, RECORD, CHANGES, PROBLEMS = range(5)
PLAN_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's RowPlan
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ACTIONS = ("new", "update", "unchanged", "error")
FILTERS = ("all", "error", "new", "update", "unchanged")
_COLOURS = {"new": "#2e7d32", "update": "#1565c0", "unchanged": "#757575", "error": "#c62828"}


class PreviewModel(QAbstractTableModel):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.preview: Preview | None = None
        self._headers: list[str] = []
        self._actions: dict[str, str] = {}
        self.retranslate()

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    @property
    def rows(self) -> list[RowPlan]:
        return self.preview.rows if self.preview is not None else []

    def plan(self, row: int) -> RowPlan | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        plan = self.plan(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(plan.number)
            if column == ACTION:
                return self.action_text(plan.action)
            if column == RECORD:
                return plan.label
            if column == CHANGES:
                return self.separator().join(self.change_lines(plan))
            if column == PROBLEMS:
                return self.separator().join(self.problem_lines(plan))
        if role == Qt.ItemDataRole.ToolTipRole and column in (CHANGES, PROBLEMS, RECORD):
            lines = self.change_lines(plan) if column == CHANGES else self.problem_lines(plan)
            return "\n".join(lines) if column != RECORD else plan.label
        if role == Qt.ItemDataRole.ForegroundRole and column == ACTION:
            return QColor(_COLOURS.get(plan.action, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEMS and plan.errors:
            return QColor(_COLOURS["error"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PLAN_ROLE:
            return plan
        if role == SORT_ROLE:
            if column == ROW:
                return plan.number
            if column == ACTION:
                return ACTIONS.index(plan.action) if plan.action in ACTIONS else len(ACTIONS)
            return self.data(index, Qt.ItemDataRole.DisplayRole) or ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in order here, by one Python key each: 100,000 rows sort in a
        moment, where a proxy asks for the data of every comparison."""
        if self.preview is None or not 0 <= column < 5:
            return
        keys = {ROW: lambda p: p.number,
                ACTION: lambda p: (ACTIONS.index(p.action) if p.action in ACTIONS else len(ACTIONS), p.number),
                RECORD: lambda p: (p.label or "", p.number),
                CHANGES: lambda p: (self.separator().join(self.change_lines(p)), p.number),
                PROBLEMS: lambda p: (self.separator().join(self.problem_lines(p)), p.number)}
        self.layoutAboutToBeChanged.emit()
        before = list(self.preview.rows)
        self.preview.rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        now = {id(plan): row for row, plan in enumerate(self.preview.rows)}
        for index in self.persistentIndexList():  # selections and the proxy's rows follow their records
            self.changePersistentIndex(index, self.index(now[id(before[index.row()])], index.column()))
        self.layoutChanged.emit()

    def change_lines(self, plan: RowPlan) -> list[str]:
        kind = self.preview.list_kind
        return [change_text(self.context, kind, field, before, after)
                for field, (before, after) in plan.changes.items()]

    def problem_lines(self, plan: RowPlan) -> list[str]:
        return [problem_text(p, with_place=bool(p.column)) for p in (*plan.errors, *plan.warnings)]

    def separator(self) -> str:
        return "　" if self.context.lang == "ja" else "; "  # a Japanese sentence ends in 。 already

    def action_text(self, action: str) -> str:
        return self._actions.get(action, action)

    def retranslate(self) -> None:
        self._headers = [self.tr("Row"), self.tr("Action"), self.tr("Record"), self.tr("Changes"),
                         self.tr("Problems")]
        self._actions = {"new": self.tr("New"), "update": self.tr("Update"), "unchanged": self.tr("Unchanged"),
                         "error": self.tr("Error")}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 4))


class PreviewFilter(QSortFilterProxyModel):
    """Rows of one action ("error", "new", "update", "unchanged") or all of them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.action = "all"
        self.setSortRole(SORT_ROLE)

    def set_action(self, action: str) -> None:
        self.beginFilterChange()
        self.action = action
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the source orders its rows; this one only filters

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self.action == "all":
            return True
        plan = self.sourceModel().plan(source_row)
        return plan is not None and plan.action == self.action
