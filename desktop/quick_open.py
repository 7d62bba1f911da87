"""Quick open (Ctrl+K): type any part of a partner's or agreement's name, in kanji, kana or
English, and jump to it with the arrow keys and Enter.

Partners are looked up as each key is typed (the organisation search takes a few
milliseconds even at 100,000 records); agreements, whose search also reads their
partners' names, arrive a moment later from a background task, and an answer to an
older query is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from db.errors import KakehashiError
from db.services.agreements import AgreementQuery, list_agreements
from db.services.organisations import OrganisationQuery, list_organisations
from db.text import fold, search_terms
from desktop.i18n import tr_value
from desktop.tasks import run_task
from desktop.widgets.retranslating import Retranslating

LIMIT = 20  # hits of each kind: enough to pick from, few enough to read
DELAY_MS = 60  # a pause shorter than a keystroke: a burst of keys is one query


@dataclass(frozen=True)
class Hit:
    kind: str  # "organisation" or "agreement"
    id: int
    name: str
    detail: str


class HitsModel(QAbstractTableModel):
    """Partners first, then agreements: name and what it is."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.partners: list[Hit] = []
        self.agreements: list[Hit] = []

    @property
    def hits(self) -> list[Hit]:
        return self.partners + self.agreements

    def set_hits(self, partners: list[Hit] | None = None, agreements: list[Hit] | None = None) -> None:
        self.beginResetModel()
        if partners is not None:
            self.partners = partners
        if agreements is not None:
            self.agreements = agreements
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.partners) + len(self.agreements)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return hit.name if index.column() == 0 else hit.detail
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None

    def hit(self, row: int) -> Hit | None:
        hits = self.hits
        return hits[row] if 0 <= row < len(hits) else None


def named_first(agreements: list, query: str) -> list:
    """Agreements whose title or partners carry what was typed, before those found only in
    their other text (notes, scope): typing 神奈川 puts the Kanagawa MOU first."""
    terms = search_terms(query)

    def named(a) -> bool:
        names = [fold(n) for n in (a.title, a.title_en, *a.party_names) if n]
        return all(any(term in name for name in names) for term in terms)

    return sorted(agreements, key=lambda a: not named(a))  # stable: the service's order otherwise


class QuickOpenDialog(Retranslating, QDialog):
    """Find a partner or an agreement by any part of its name; ``open_record(kind, id)`` on Enter."""

    open_record = Signal(str, int)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._query = ""
        self._generation = 0  # answers of agreements for an older query are dropped
        self._searching = False
        self.search_box = QLineEdit(objectName="search")
        self.search_box.setClearButtonEnabled(True)
        self.model = HitsModel(self)
        self.view = QTreeView(objectName="hits")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setHeaderHidden(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setStretchLastSection(True)
        self.view.setColumnWidth(0, 380)
        self.status = QLabel(objectName="status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.resize(640, 420)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.installEventFilter(self)
        self.view.activated.connect(lambda index: self.choose(index.row()))
        self.retranslate()

    # ------------------------------------------------------------------ searching

    def search(self) -> None:
        """Look up what is typed now: partners at once, agreements in the background."""
        self._timer.stop()
        text = self.search_box.text().strip()
        if text == self._query:
            return
        self._query = text
        self._generation += 1
        if not text:
            self.model.set_hits([], [])
            self._show_status()
            return
        try:
            found = list_organisations(self.context.db, OrganisationQuery(search=text, limit=LIMIT)).items
        except KakehashiError as exc:
            self.status.setText(self.context.error_text(exc))
            return
        self.model.set_hits([self._partner(o) for o in found], [])
        self._select_first()
        self._show_status(searching=True)
        generation, db = self._generation, self.context.db
        run_task(self, lambda: list_agreements(db, AgreementQuery(search=text, limit=LIMIT)).items,
                 done=lambda items: self._agreements_found(generation, items),
                 failed=lambda exc: self._agreements_failed(generation, exc))

    def _agreements_found(self, generation: int, items: list) -> None:
        if generation != self._generation:
            return
        current = self.model.hit(self.view.currentIndex().row())
        self.model.set_hits(agreements=[self._agreement(a) for a in named_first(items, self._query)])
        row = self.model.hits.index(current) if current in self.model.hits else 0
        self._select(row)
        self._show_status()

    def _agreements_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.context.error_text(exc))

    def wait_idle(self) -> bool:
        """True once the answers for the text in the box have all arrived (for callers that wait)."""
        return self._query == self.search_box.text().strip() and not self._timer.isActive() \
            and not self._searching

    def _partner(self, o) -> Hit:
        other = o.name_en if o.name_ja else None
        detail = tr_value("OrganisationKind", o.kind)
        return Hit("organisation", o.id, o.display_name + (f" — {other}" if other else ""), detail)

    def _agreement(self, a) -> Hit:
        parties = "、".join(a.party_names) if self.context.lang == "ja" else ", ".join(a.party_names)
        detail = self.tr("Agreement with {parties}").format(parties=parties) if parties else self.tr("Agreement")
        return Hit("agreement", a.id, a.title or a.title_en or "", detail)

    # ------------------------------------------------------------------ choosing

    def choose(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is None:
            return
        self.open_record.emit(hit.kind, hit.id)
        self.accept()

    def _select(self, row: int) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(max(0, min(row, self.model.rowCount() - 1)), 0))

    def _select_first(self) -> None:
        self._select(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
                self._select(self.view.currentIndex().row() + step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search()  # what was typed last counts, even within the pause
                self.choose(max(0, self.view.currentIndex().row()))
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ texts

    def _show_status(self, searching: bool = False) -> None:
        self._searching = searching
        if not self._query:
            self.status.setText(self.tr("Type part of a name: kanji, kana or English. ↑↓ to choose, Enter to open."))
        elif searching:
            self.status.setText(self.tr("Searching agreements…"))
        elif not self.model.rowCount():
            self.status.setText(self.tr("Nothing matches “{text}”.").format(text=self._query))
        else:
            self.status.setText(self.tr("{partners} partners, {agreements} agreements — Enter opens the one chosen.")
                                .format(partners=len(self.model.partners), agreements=len(self.model.agreements)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick open"))
        self.search_box.setPlaceholderText(self.tr("Partner or agreement…"))
        self.search_box.setAccessibleName(self.tr("Partner or agreement"))
        self.view.setAccessibleName(self.tr("Matches"))
        self._show_status(self._searching)
