"""Choosing the agreement an activity was carried out under: type part of its title or
a partner's name, pick from what the agreements service finds (20 at a time)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from db.errors import KakehashiError
from db.services.agreements import AgreementData, AgreementQuery, get_agreement, list_agreements
from desktop.context import AppContext
from desktop.i18n import tr_field
from desktop.widgets.retranslating import Retranslating

RESULTS = 20
DELAY_MS = 150
NONE = 0  # the "no agreement" entry's data: combo boxes keep no None (PySide6 loses its reference)


class AgreementChoice(Retranslating, QWidget):
    """A search box and the agreements it found; ``agreement_id()`` is None for none."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(self)
        self.search.setObjectName("agreementSearch")
        self.search.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("agreementCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        layout = QVBoxLayout(self)  # the search above what it found, both full width
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.search)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS, timeout=self.search_now)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self._fill([], None)
        self.retranslate()

    def agreement_id(self) -> int | None:
        return self.combo.currentData() or None

    def set_agreement_id(self, agreement_id: int | None) -> None:
        """Show that agreement as chosen (None: none); does not say ``changed``."""
        chosen = []
        if agreement_id is not None:
            try:
                chosen = [get_agreement(self.context.db, agreement_id)]
            except KakehashiError:
                chosen = []
        self._fill(chosen, agreement_id)

    def search_now(self) -> None:
        """Offer the agreements matching the text; a single match becomes the choice, among
        several the person picks one (the first is rarely the one meant: notes match too)."""
        text = self.search.text().strip()
        if not text:
            return
        try:
            found = list_agreements(self.context.db, AgreementQuery(search=text, limit=RESULTS)).items
        except KakehashiError:
            found = []
        before = self.agreement_id()
        self._fill(found, found[0].id if len(found) == 1 else before, keep=before)
        self.combo.setToolTip(self.tr("{count} agreements found; choose one here").format(count=len(found))
                              if len(found) > 1 else self.tr("The agreement the activity was carried out under"))
        if self.agreement_id() != before:
            self.changed.emit()

    def offered(self) -> list[tuple[int | None, str]]:
        return [(self.combo.itemData(i) or None, self.combo.itemText(i)) for i in range(self.combo.count())]

    def _fill(self, agreements: list[AgreementData], select: int | None, keep: int | None = None) -> None:
        kept = [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())
                if keep is not None and self.combo.itemData(i) == keep]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(no agreement)"), NONE)
        for agreement_id, text in kept:
            self.combo.addItem(text, agreement_id)
        for a in agreements:
            if a.id != keep:
                self.combo.addItem(self._label(a), a.id)
        index = self.combo.findData(select) if select is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _label(self, a: AgreementData) -> str:
        title = (a.title_en or a.title) if self.context.lang == "en" else (a.title or a.title_en or "")
        parties = ", ".join(a.party_names)
        return self.tr("{title} ({partners})").format(title=title, partners=parties) if parties else title

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find an agreement: title or partner"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.combo.setAccessibleName(tr_field("activity", "agreement_id"))
        self.combo.setItemText(0, self.tr("(no agreement)"))
        self.combo.setToolTip(self.tr("The agreement the activity was carried out under"))
