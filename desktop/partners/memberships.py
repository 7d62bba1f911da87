"""A partner's memberships in the network: tier, start and end (with the Japanese fiscal
years they cover), annual fee, when it was paid, notes — added, edited, removed inline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from db import catalogue
from db.eras import fiscal_year_label_ja
from db.dates import DateParseError
from db.models import MembershipTier
from db.services.memberships import (
    MembershipData, MembershipQuery, create_membership, delete_membership, get_membership, list_memberships,
    update_membership,
)
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.partners.inline import InlineEditor, InlinePanel
from desktop.widgets.date_field import DateField
from desktop.widgets.paged_model import Column
from desktop.widgets.record_form import FieldProblems


def fiscal_year_text(context: AppContext, fy: int) -> str:
    """A Japanese fiscal year (April–March) as the user reads it: 令和2年度 in the era style,
    otherwise the translation of "FY{year}" (2020年度 / FY2020)."""
    if context.date_style == "era":
        return fiscal_year_label_ja(fy)
    return QCoreApplication.translate("Memberships", "FY{year}").format(year=fy)


def fiscal_years_text(context: AppContext, m: MembershipData) -> str:
    """The fiscal years a membership covers: one, a span, or an open-ended start."""
    years = m.fiscal_years()
    if not years:
        return ""
    first = fiscal_year_text(context, years[0])
    if m.ends_on is None:
        return QCoreApplication.translate("Memberships", "{first} onwards").format(first=first)
    if len(years) == 1:
        return first
    last = fiscal_year_text(context, years[-1])
    return QCoreApplication.translate("Memberships", "{first} – {last}").format(first=first, last=last)


def fee_text(context: AppContext, fee: int | None) -> str:
    return "" if fee is None else context.locale().toString(fee)


class MembershipEditor(InlineEditor):
    """One membership's fields; saved with its own version."""

    kind = "membership"

    def __init__(self, context, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(context, organisation_id, parent)
        self.tier = QComboBox(self)
        self.tier.setObjectName("tier")
        for value in catalogue.values(MembershipTier):
            self.tier.addItem("", value)
        self.starts_on = DateField(context, self)
        self.starts_on.setObjectName("starts_on")
        self.ends_on = DateField(context, self)
        self.ends_on.setObjectName("ends_on")
        self.fiscal = QLabel(self)
        self.fiscal.setObjectName("fiscalYears")
        self.annual_fee = QLineEdit(self)
        self.annual_fee.setObjectName("annual_fee")
        self.annual_fee.setValidator(QIntValidator(0, 2_000_000_000, self))
        self.annual_fee.setMaximumWidth(160)
        self.paid_on = DateField(context, self)
        self.paid_on.setObjectName("paid_on")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        for field in (self.starts_on, self.ends_on, self.paid_on):
            field.setMaximumWidth(260)
            field.changed.connect(self._show_fiscal_years)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in ("tier", "starts_on", "ends_on", "fiscal", "annual_fee", "paid_on", "notes"):
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(getattr(self, name))
            self.form.addRow(self.labels[name], getattr(self, name))
        self.body.addLayout(self.form)
        self.watch(self.tier, self.starts_on, self.ends_on, self.annual_fee, self.paid_on, self.notes)
        context.date_style_changed.connect(self._show_fiscal_years)
        self.start()

    def first_field(self) -> QWidget:
        return self.tier

    def load(self) -> MembershipData:
        return get_membership(self.context.db, self.record_id)

    def empty(self) -> MembershipData:
        return MembershipData(organisation_id=self.organisation_id)

    def show_data(self, data: MembershipData) -> None:
        self.tier.setCurrentIndex(max(0, self.tier.findData(data.tier)))
        self.starts_on.set_date(data.starts_on)
        self.ends_on.set_date(data.ends_on)
        self.annual_fee.setText("" if data.annual_fee is None else str(data.annual_fee))
        self.paid_on.set_date(data.paid_on)
        self.notes.setPlainText(data.notes or "")
        self._show_fiscal_years()

    def collect(self) -> MembershipData:
        dates = self.read_dates(starts_on=self.starts_on, ends_on=self.ends_on, paid_on=self.paid_on)
        fee_text_typed = self.annual_fee.text().strip().replace(",", "")
        if fee_text_typed and not fee_text_typed.isdigit():
            raise FieldProblems([(self.annual_fee, self.tr("Type the fee in yen as a whole number, e.g. 100000."))])
        return MembershipData(organisation_id=self.organisation_id, tier=self.tier.currentData(),
                              annual_fee=int(fee_text_typed) if fee_text_typed else None,
                              notes=self.notes.toPlainText(), **dates)

    def store(self, data: MembershipData):
        if self.record_id is None:
            return create_membership(self.context.db, data)
        return update_membership(self.context.db, self.record_id, data)

    def title(self) -> str:
        return tr_value("MembershipTier", self.data.tier) if self.data is not None else ""

    def _show_fiscal_years(self, *_args: object) -> None:
        try:
            start, end = self.starts_on.date(), self.ends_on.date()
        except DateParseError:  # a half-typed date: the field itself says why
            start = end = None
        self.fiscal.setText(fiscal_years_text(self.context, MembershipData(starts_on=start, ends_on=end)) or "—")

    def retranslate(self) -> None:
        super().retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save membership"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Undo changes"))
        if not hasattr(self, "labels"):
            return
        for i, value in enumerate(catalogue.values(MembershipTier)):
            self.tier.setItemText(i, tr_value("MembershipTier", value))
        for name, label in self.labels.items():
            label.setText(self.tr("Fiscal years") if name == "fiscal" else tr_field("membership", name))
        self.fiscal.setToolTip(self.tr("Japanese fiscal years run from April to March."))
        self._show_fiscal_years()


class MembershipsPanel(InlinePanel):
    """The partner's memberships, newest first, with the selected one's editor."""

    kind = "membership"

    def columns(self) -> list[Column]:
        date = self.context.format_date
        return [
            Column("tier", lambda: tr_field("membership", "tier"), lambda m: tr_value("MembershipTier", m.tier)),
            Column("starts_on", lambda: tr_field("membership", "starts_on"), lambda m: date(m.starts_on)),
            Column("ends_on", lambda: tr_field("membership", "ends_on"), lambda m: date(m.ends_on)),
            Column("fiscal", lambda: self.tr("Fiscal years"), lambda m: fiscal_years_text(self.context, m)),
            Column("annual_fee", lambda: tr_field("membership", "annual_fee"),
                   lambda m: fee_text(self.context, m.annual_fee)),
            Column("paid_on", lambda: tr_field("membership", "paid_on"), lambda m: date(m.paid_on)),
        ]

    def make_editor(self) -> MembershipEditor:
        return MembershipEditor(self.context, self.organisation_id, self)

    def fetch_page(self, offset: int, limit: int):
        return list_memberships(self.context.db, MembershipQuery(organisation_id=self.organisation_id,
                                                                 offset=offset, limit=limit))

    def remove_record(self, record_id: int):
        return delete_membership(self.context.db, record_id)

    def texts(self) -> dict[str, str]:
        return {
            "add": self.tr("New membership"),
            "remove": self.tr("Remove membership"),
            "new": self.tr("New membership"),
            "edit": self.tr("Membership"),
            "empty": self.tr("Not a member. Add a membership below and press “Save membership”."),
            "unsaved": self.tr("Save the partner first, then record its membership here."),
            "count": self.tr("{count} memberships, newest first."),
        }
