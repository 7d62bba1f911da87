"""Choosing organisations by typing any part of their name, in any script.

``OrganisationPicker`` picks one organisation, ``OrganisationListPicker`` several (a list
with add and remove).  Both search as you type through the organisations service, so
神奈川, かながわ and Kanagawa all find 神奈川県, and the search runs in the database
(a page of 20), never over every organisation in memory.  They hand back ids and say
``changed`` when the choice changes.

How to use:

    picker = OrganisationPicker(context)          # .organisation_id(), .set_organisation_id(id)
    parties = OrganisationListPicker(context)     # .organisation_ids(), .set_organisation_ids(ids)
    picker.changed.connect(...)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLineEdit, QListView, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.services.organisations import OrganisationData, OrganisationQuery, get_organisation, list_organisations
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RESULTS = 20  # organisations offered at once; more typing narrows them
DELAY_MS = 120  # wait for a pause in typing before asking the database


def organisation_label(context: AppContext, org: OrganisationData) -> str:
    """An organisation's name in the interface's language first, the other in brackets."""
    first, second = (org.name_en, org.name_ja) if context.lang == "en" else (org.name_ja, org.name_en)
    first, second = first or second or org.short_name or "", second if first else None
    return f"{first} ({second})" if second and second != first else first


class OrganisationSearch(QLineEdit):
    """A search box that offers matching organisations in a list beneath it while typing;
    ``chosen(id, label)`` when one is picked with the mouse, or with the arrows and Enter.

    The list floats over the window beneath the box and never takes the focus (the typing
    stays in the box), rather than a QCompleter popup, which grabs the keyboard."""

    chosen = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.results = QStandardItemModel(self)
        self.popup = QListView(self)
        self.popup.hide()
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setModel(self.results)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setObjectName("organisationResults")
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.popup.setUniformItemSizes(True)
        self.popup.clicked.connect(lambda index: self.choose(index.row()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.exclude: set[int] = set()  # ids already chosen (the multi-choice list)

    def search_now(self) -> None:
        """Ask the database for the organisations matching the text, and offer them."""
        self._timer.stop()
        text = self.text().strip()
        self.results.clear()
        if not text:
            self.popup.hide()
            return
        try:
            page = list_organisations(self.context.db, OrganisationQuery(search=text, limit=RESULTS + len(self.exclude)))
        except KakehashiError:
            return  # a busy database: the next keystroke tries again
        for org in page.items:
            if org.id in self.exclude:
                continue
            item = QStandardItem(organisation_label(self.context, org))
            item.setToolTip(item.text())
            item.setData(org.id, ID_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if self.results.rowCount() and self.hasFocus():
            self._show_popup()
        else:
            self.popup.hide()

    def _show_popup(self) -> None:
        window = self.window()
        if self.popup.parent() is not window:
            self.popup.setParent(window)  # over the fields below, not squeezed into the layout
        rows = min(self.results.rowCount(), 8)
        height = self.popup.sizeHintForRow(0) * rows + 2 * self.popup.frameWidth() + 2
        self.popup.setGeometry(QRect(self.mapTo(window, QPoint(0, self.height())), QSize(self.width(), height)))
        self.popup.setCurrentIndex(self.results.index(0, 0))
        self.popup.show()
        self.popup.raise_()

    def offered(self) -> list[tuple[int, str]]:
        """(id, label) of the organisations offered now."""
        return [(self.results.item(r).data(ID_ROLE), self.results.item(r).text())
                for r in range(self.results.rowCount())]

    def choose(self, row: int) -> None:
        """Pick the organisation offered on ``row`` (what a click on it does)."""
        item = self.results.item(row)
        if item is None:
            return
        org_id, label = item.data(ID_ROLE), item.text()
        self.popup.hide()
        self.results.clear()
        self.chosen.emit(org_id, label)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down) and self._timer.isActive():
            self.search_now()  # results asked for before the pause is over: search at once
        if self.popup.isVisible() and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.popup.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
            self.popup.setCurrentIndex(self.results.index(max(0, min(row, self.results.rowCount() - 1)), 0))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.rowCount():
            self.choose(self.popup.currentIndex().row() if self.popup.isVisible() else 0)
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        QTimer.singleShot(150, self._hide_unless_focused)  # a click on the list comes first

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.popup.hide()
        super().hideEvent(event)


class OrganisationPicker(Retranslating, QWidget):
    """One organisation, found by typing; ``organisation_id()`` is None until one is chosen."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.search = OrganisationSearch(context, self)
        self.search.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.setFocusProxy(self.search)
        self._id: int | None = None
        self.search.chosen.connect(self._chosen)
        self.search.textEdited.connect(self._typed)
        self.retranslate()

    def organisation_id(self) -> int | None:
        return self._id

    def set_organisation_id(self, org_id: int | None) -> None:
        """Show ``org_id`` as chosen (None: nothing chosen); does not say ``changed``."""
        self._id = org_id
        self.search.setText(self._label(org_id) if org_id is not None else "")
        self.search.setCursorPosition(0)

    def _label(self, org_id: int) -> str:
        try:
            return organisation_label(self.context, get_organisation(self.context.db, org_id))
        except KakehashiError:
            return "#" + str(org_id)

    def _chosen(self, org_id: int, label: str) -> None:
        self._id = org_id
        self.search.setText(label)
        self.changed.emit()

    def _typed(self, _text: str) -> None:
        # Typing over a chosen name starts a new search: the old choice no longer holds.
        if self._id is not None:
            self._id = None
            self.changed.emit()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type part of a name: 神奈川, かながわ, Kanagawa…"))
        if self._id is not None:
            self.search.setText(self._label(self._id))


class OrganisationListPicker(Retranslating, QWidget):
    """Several organisations: the chosen ones in a list, a search box to add, a button to remove."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.search = OrganisationSearch(context, self)
        self.search.setObjectName("organisationSearch")
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Room for three partners; more scroll.  Fixed, so a form's layout does not stretch it.
        self.view.setFixedHeight(self.view.fontMetrics().height() * 3 + 3 * 4 + 2 * self.view.frameWidth())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.setFocusProxy(self.search)
        self.search.chosen.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.view.selectionModel().hasSelection()))
        self.retranslate()

    def organisation_ids(self) -> list[int]:
        return [self.model.item(r).data(ID_ROLE) for r in range(self.model.rowCount())]

    def set_organisation_ids(self, ids: list[int]) -> None:
        """Show these organisations as chosen, in this order; does not say ``changed``."""
        self.model.clear()
        for org_id in ids:
            self._append(org_id, self._label(org_id))
        self.search.exclude = set(ids)

    def add(self, org_id: int, label: str | None = None) -> None:
        """Add an organisation to the list (nothing happens if it is there already)."""
        self.search.clear()
        if org_id in self.organisation_ids():
            return
        self._append(org_id, label or self._label(org_id))
        self.search.exclude.add(org_id)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for r in rows:
            self.search.exclude.discard(self.model.item(r).data(ID_ROLE))
            self.model.removeRow(r)
        if rows:
            self.changed.emit()

    def _append(self, org_id: int, label: str) -> None:
        item = QStandardItem(label)
        item.setData(org_id, ID_ROLE)
        self.model.appendRow(item)

    def _label(self, org_id: int) -> str:
        try:
            return organisation_label(self.context, get_organisation(self.context.db, org_id))
        except KakehashiError:
            return "#" + str(org_id)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Add: type part of a name (神奈川, かながわ, Kanagawa…)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected organisations from the list"))
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            item.setText(self._label(item.data(ID_ROLE)))
