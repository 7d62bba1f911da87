"""The agreement's line: the original, each renewal and amendment, oldest first.

Each entry opens its record (``open_record("agreement", id)``); the agreement on show
is marked.  The line is read from ``renewal_chain`` and read again when any agreement
changes, so a renewal saved in another window appears at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from db.errors import KakehashiError
from db.services.agreements import AgreementData, renewal_chain
from desktop import i18n
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RenewalChainView(Retranslating, QWidget):
    """The chain as a list; Enter or a double-click opens an entry."""

    open_record = Signal(str, int)
    refreshed = Signal()  # the line was read again (a renewal may have appeared or gone)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.chain: list[AgreementData] = []
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("renewalChain")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.activated.connect(self._activated)  # Enter, or a (double-)click as the platform has it
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        context.records_changed.connect(self._records_changed)
        self.retranslate()

    def set_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.refresh()

    def refresh(self) -> None:
        try:
            self.chain = renewal_chain(self.context.db, self.agreement_id) if self.agreement_id else []
        except KakehashiError:
            self.chain = []
        self._fill()
        self.refreshed.emit()

    def has_renewal(self) -> bool:
        """Whether a live renewal of the agreement on show exists (its status is then "Renewed")."""
        return any(a.renewed_from_id == self.agreement_id and a.succession == "renewal" and a.deleted_at is None
                   for a in self.chain)

    def entries(self) -> list[tuple[int, str]]:
        """(id, text) of each entry, oldest first."""
        return [(self.model.item(r).data(ID_ROLE), self.model.item(r).text()) for r in range(self.model.rowCount())]

    def open_entry(self, row: int) -> None:
        self.open_record.emit("agreement", self.model.item(row).data(ID_ROLE))

    def _fill(self) -> None:
        self.model.clear()
        for a in self.chain:
            item = QStandardItem(self._text(a))
            item.setData(a.id, ID_ROLE)
            item.setToolTip(a.title_en or a.title)
            if a.id == self.agreement_id:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(item)
        alone = len(self.chain) <= 1
        self.view.setVisible(not alone)
        self.empty.setVisible(alone)

    def _text(self, a: AgreementData) -> str:
        role = i18n.tr_value("Succession", a.succession) if a.succession else self.tr("Original")
        start = a.effective_on or a.signed_on
        period = self.tr("{start} – {end}").format(
            start=self.context.format_date(start) if start else "…",
            end=self.context.format_date(a.expires_on) if a.expires_on else "…")
        status = i18n.tr_value("AgreementStatus", a.effective_status) if a.effective_status else ""
        text = self.tr("{role}: {title} ({period}, {status})").format(role=role, title=a.title, period=period,
                                                                    status=status)
        if a.deleted_at is not None:
            text += " " + self.tr("[in the trash]")
        return text

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_entry(index.row())

    def _records_changed(self, kind: str, _record_id: int) -> None:
        if kind == "agreement" and self.agreement_id:
            self.refresh()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("This agreement has no earlier or later versions. “Renew…” starts the next "
                                   "one, with its dates following on from this one."))
        self.view.setAccessibleName(self.tr("Renewals and amendments"))
        self._fill()
