"""The agreement's dates and term, with what they imply shown as they are typed.

Signed on, effective from, the term, an expiry written on the paper, renewal and notice
period are edited here; beneath them the expiry, the end of the current term, the
renewal decision deadline and the status the dates give — worked out by the core's rules
(:func:`db.services.agreement_terms.term_dates`, called by the form), never here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QLabel, QSizePolicy, QSpinBox, QWidget

from db import catalogue
from db.models import DatePrecision
from db.services.agreement_terms import TermDates
from desktop import i18n
from desktop.context import AppContext
from desktop.widgets.date_field import DateField
from desktop.widgets.retranslating import Retranslating

DATES = ("signed_on", "effective_on", "expires_on_given")
NUMBERS = ("term_years", "term_months", "renewal_term_years", "renewal_term_months", "notice_months", "notice_days")
SHOWN = ("expires_on", "renewal_deadline", "current_term_end", "effective_status")
_LIMITS = {"term_years": 99, "term_months": 120, "renewal_term_years": 99, "renewal_term_months": 120,
           "notice_months": 60, "notice_days": 999}


class TermsEditor(Retranslating, QWidget):
    """Dates, term, renewal and notice; ``changed`` on any edit; ``show_computed(TermDates)``."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dates: dict[str, DateField] = {}
        for name in DATES:
            field = DateField(context, self)
            field.setObjectName(name)
            field.changed.connect(self.changed)
            self.dates[name] = field
        self.precision = QComboBox(self)
        self.precision.setObjectName("signed_precision")
        for value in catalogue.values(DatePrecision):
            self.precision.addItem("", value)
        self.numbers: dict[str, QSpinBox] = {}
        for name in NUMBERS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(0, _LIMITS[name])
            spin.setSpecialValueText("—")  # 0: not on the paper
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            self.numbers[name] = spin
        self.auto_renew = QCheckBox(self)
        self.auto_renew.setObjectName("auto_renew")
        self.labels = {name: QLabel(self) for name in (*DATES, "signed_precision", *NUMBERS, *SHOWN)}
        self.values = {name: QLabel(self) for name in SHOWN}
        for name, value in self.values.items():
            value.setObjectName("computed_" + name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: bold;")
        self.computed_note = QLabel(self)
        self.computed_note.setWordWrap(True)
        self.computed_note.setStyleSheet("color: palette(placeholder-text);")
        self._computed: tuple[TermDates | None, bool] = (None, False)

        # One column, label | editor, in the order the paper gives them; what they imply beneath.
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        for name in ("signed_on", "signed_precision", "effective_on", "term_years", "term_months",
                     "expires_on_given"):
            form.addRow(self.labels[name], self.field(name))
        form.addRow("", self.auto_renew)
        for name in ("renewal_term_years", "renewal_term_months", "notice_months", "notice_days"):
            form.addRow(self.labels[name], self.numbers[name])
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)
        for name in SHOWN:
            form.addRow(self.labels[name], self.values[name])
        form.addRow(self.computed_note)
        for spin in (*self.numbers.values(), self.precision):
            spin.setMinimumWidth(90)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for name, label in self.labels.items():
            editor = self.field(name)
            if editor is not None:
                label.setBuddy(editor)
        self.precision.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.auto_renew.toggled.connect(self._auto_renew_toggled)
        self._auto_renew_toggled(False)
        self.retranslate()

    # ------------------------------------------------------------------ values

    def set_values(self, data) -> None:
        """Fill the fields from an ``AgreementData`` (does not say ``changed``)."""
        self.blockSignals(True)
        try:
            for name, field in self.dates.items():
                field.set_date(getattr(data, name))
            self.precision.setCurrentIndex(max(0, self.precision.findData(data.signed_precision)))
            for name, spin in self.numbers.items():
                spin.setValue(getattr(data, name) or 0)
            self.auto_renew.setChecked(bool(data.auto_renew))
        finally:
            self.blockSignals(False)

    def number(self, name: str) -> int | None:
        return self.numbers[name].value() or None

    def field(self, name: str) -> QWidget | None:
        if name == "signed_precision":
            return self.precision
        if name == "auto_renew":
            return self.auto_renew
        return self.dates.get(name) or self.numbers.get(name)

    def editors(self) -> list[QWidget]:
        """Every editor, for the form to watch."""
        return [*self.dates.values(), self.precision, *self.numbers.values(), self.auto_renew]

    def _auto_renew_toggled(self, on: bool) -> None:
        for name in ("renewal_term_years", "renewal_term_months"):
            self.numbers[name].setEnabled(on)
            self.labels[name].setEnabled(on)
        self.changed.emit()

    # ------------------------------------------------------------------ what the dates give

    def show_computed(self, dates: TermDates | None, unreadable: bool = False) -> None:
        """Show what the dates imply (None: nothing can be worked out yet)."""
        fmt = self.context.format_date
        shown = {"expires_on": dates.expires_on if dates else None,
                 "renewal_deadline": dates.renewal_deadline if dates else None,
                 "current_term_end": dates.current_term_end if dates else None}
        for name, day in shown.items():
            self.values[name].setText(fmt(day) if day else "—")
        self.values["effective_status"].setText(
            i18n.tr_value("AgreementStatus", dates.status) if dates else "—")
        self._computed = (dates, unreadable)
        self._note()

    def _note(self) -> None:
        dates, unreadable = self._computed
        if unreadable:
            self.computed_note.setText(self.tr("A date above cannot be read; correct it to see the expiry."))
        elif dates is None or dates.expires_on is None:
            self.computed_note.setText(self.tr("The expiry is worked out from the effective date (or a signing "
                                               "date known to the day) and the term, or taken as written."))
        else:
            self.computed_note.setText(self.tr("Worked out from the dates and the term as you type; "
                                               "a term ends the day before its anniversary."))

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(i18n.tr_field("agreement", name))
        self.auto_renew.setText(i18n.tr_field("agreement", "auto_renew"))
        for i in range(self.precision.count()):
            self.precision.setItemText(i, i18n.tr_value("DatePrecision", self.precision.itemData(i)))
        for name, spin in self.numbers.items():
            spin.setAccessibleName(i18n.tr_field("agreement", name))
        for name, field in self.dates.items():
            field.edit.setAccessibleName(i18n.tr_field("agreement", name))
        self._note()
