"""The partner (organisation) form: its details, and what hangs off it.

Tabs: Details (every field of the core's ``OrganisationData``), Contacts and Membership
(edited inline, each record saved with its own version), Agreements and Activities
(opening their records), History (the record's changes in sentences).  Above them the
actions staff use on a partner: a new agreement with it, its one-page sheet (print or
PDF), and moving it to the trash (Edit → Undo puts it back).

Save, Cancel, field errors, the conflict dialog and the prompt on closing come from
:class:`RecordForm`; "changed" here also counts a contact or membership being edited.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QTabWidget, QWidget,
)

from db import catalogue
from db.errors import KakehashiError
from db.models import OrganisationKind
from db.services.organisations import (
    OrganisationData, all_tags, create_organisation, delete_organisation, get_organisation, update_organisation,
)
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.partners.contacts import ContactsPanel
from desktop.partners.memberships import MembershipsPanel
from desktop.partners.related import PartnerActivities, PartnerAgreements
from desktop.partners.tags import TagsEdit
from desktop.widgets.history_view import HistoryView
from desktop.widgets.record_form import RecordForm

# The Details tab's editors, in the order a person fills them in.
TEXT_FIELDS = ("name_ja", "name_en", "name_kana", "short_name", "country", "region", "city", "address", "website")
DETAILS = ("name_ja", "name_en", "name_kana", "short_name", "kind", "country", "region", "city", "address",
           "website", "tags", "notes")


class PartnerForm(RecordForm):
    """A partner's window (``record_id`` None: a new partner)."""

    kind = "organisation"
    open_record = Signal(str, int)  # kind, id: an agreement or activity to open
    new_agreement = Signal(int)  # the organisation's id: open a new agreement with it as partner

    def __init__(self, context: AppContext, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(context, record_id, parent)
        self.setObjectName("partnerForm")
        self.resize(900, 720)
        self._build_actions()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnerTabs")
        self.details = self._build_details()
        self.contacts = ContactsPanel(context, record_id, self)
        self.memberships = MembershipsPanel(context, record_id, self)
        self.agreements = PartnerAgreements(context, record_id, self)
        self.activities = PartnerActivities(context, record_id, self)
        self.history = HistoryView(context, "organisation", record_id, self)
        for page in (self.details, self.contacts, self.memberships, self.agreements, self.activities, self.history):
            self.tabs.addTab(page, "")
        self.body.addWidget(self.tabs, 1)
        self.agreements.open_record.connect(self.open_record)
        self.activities.open_record.connect(self.open_record)
        for panel in (self.contacts, self.memberships, self.agreements, self.activities):
            panel.model.modelReset.connect(self._update_tabs)
        self.start()

    # ------------------------------------------------------------------ layout

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        self.new_agreement_button = QPushButton(self)
        self.new_agreement_button.setObjectName("newAgreement")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSheet")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("saveSheetPdf")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deletePartner")
        row.addWidget(self.new_agreement_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.delete_button)
        self.body.addLayout(row)
        self.new_agreement_button.clicked.connect(self._new_agreement)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.save_sheet_pdf)
        self.delete_button.clicked.connect(self.delete)

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("details")
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(page)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["country"].setMaximumWidth(70)
        self.edits["country"].setPlaceholderText("JP")
        self.edits["short_name"].setMaximumWidth(240)
        self.edits["website"].setPlaceholderText("https://")
        self.kind_box = QComboBox(page)
        self.kind_box.setObjectName("kind")
        for value in catalogue.values(OrganisationKind):
            self.kind_box.addItem("", value)
        self.tags = TagsEdit(page)
        self.tags.setObjectName("tags")
        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.labels: dict[str, QLabel] = {}
        for name in DETAILS:
            editor = self.detail_editor(name)
            self.labels[name] = QLabel(page)
            self.labels[name].setBuddy(editor)
            form.addRow(self.labels[name], editor)
        self.changed_label = QLabel(page)
        self.changed_label.setObjectName("lastChanged")
        self.changed_label.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.changed_label)
        self.watch(*self.edits.values(), self.kind_box, self.tags, self.notes)
        return page

    def detail_editor(self, name: str) -> QWidget:
        return {"kind": self.kind_box, "tags": self.tags, "notes": self.notes}.get(name) or self.edits[name]

    # ------------------------------------------------------------------ RecordForm

    def load(self) -> OrganisationData:
        return get_organisation(self.context.db, self.record_id)

    def empty(self) -> OrganisationData:
        return OrganisationData()

    def show_data(self, data: OrganisationData) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name) or "")
            edit.setCursorPosition(0)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(data.kind)))
        self.tags.set_tags(data.tags)
        self.tags.set_known(self._known_tags())
        self.notes.setPlainText(data.notes or "")
        self._show_last_changed(data)

    def collect(self) -> OrganisationData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return OrganisationData(kind=self.kind_box.currentData(), tags=self.tags.tags(),
                                notes=self.notes.toPlainText(), **values)

    def store(self, data: OrganisationData):
        if self.record_id is None:
            return create_organisation(self.context.db, data)
        return update_organisation(self.context.db, self.record_id, data)

    def title(self) -> str:
        name = self.data.display_name if self.data is not None else ""
        return name or self.tr("New partner")

    def field_widget(self, field: str) -> QWidget | None:
        # Only the Details tab: the contact editor has fields of the same names.
        return self.detail_editor(field) if field in DETAILS else None

    # ------------------------------------------------------------------ saving with the parts

    @property
    def is_changed(self) -> bool:
        return super().is_changed or any(p.editor.is_changed for p in self._panels())

    def save(self) -> bool:
        """Save the partner, then a contact or membership being edited; True when all saved."""
        if self.record_id is None or self.isWindowModified():
            if not super().save():
                self.tabs.setCurrentWidget(self.details)
                return False
        for panel in self._panels():
            if panel.editor.is_changed and not panel.editor.save():
                self.tabs.setCurrentWidget(panel)
                return False
        return True

    def _show(self, data) -> None:
        super()._show(data)
        self._record_known()

    def _record_known(self) -> None:
        """The record exists (loaded or first saved): the parts and actions work on it."""
        org_id = self.record_id
        for panel in self._panels():
            if panel.organisation_id != org_id:
                panel.set_organisation(org_id)
        for related in (self.agreements, self.activities):
            if related.organisation_id != org_id:
                related.set_organisation(org_id)
        if getattr(self, "history", None) is not None:
            if self.history.record_id != org_id:
                self.history.set_record(org_id)
            else:
                self.history.refresh()
        self._update_actions()

    def _panels(self) -> list:
        return [p for p in (getattr(self, "contacts", None), getattr(self, "memberships", None)) if p is not None]

    # ------------------------------------------------------------------ actions

    def _new_agreement(self) -> None:
        if self.record_id:
            self.new_agreement.emit(self.record_id)

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Move to the trash"),
            self.tr("Move “{name}” to the trash, with its contacts and memberships? "
                    "You can restore it from the trash, or undo with Edit → Undo.").format(name=self.title()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        """Move the partner to the trash (asking first) and close the window."""
        if not self.record_id or not self.confirm_delete():
            return False
        try:
            result = delete_organisation(self.context.db, self.record_id)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Not moved to the trash"), self.context.error_text(exc))
            return False
        label = result.record.display_name if result.record is not None else self.title()
        for panel in self._panels():  # its contacts and memberships went with it
            panel.editor.setWindowModified(False)
        self.setWindowModified(False)
        self.context.deleted(self.kind, self.record_id, label)
        self.close()
        return True

    def print_sheet(self) -> None:
        from desktop.partners.sheet import print_partner_sheet

        if self.record_id:
            print_partner_sheet(self.context, self.record_id, self)

    def save_sheet_pdf(self) -> None:
        from desktop.partners.sheet import save_partner_sheet_pdf, suggested_file_name

        if not self.record_id:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the partner sheet as PDF"), suggested_file_name(self.context, self.record_id),
            self.tr("PDF files (*.pdf)"))
        if path:
            try:
                save_partner_sheet_pdf(self.context, self.record_id, path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), self.tr("The PDF could not be written: {reason}")
                                    .format(reason=exc.strerror or str(exc)))

    # ------------------------------------------------------------------ words

    def _known_tags(self) -> list[str]:
        try:
            return all_tags(self.context.db)
        except KakehashiError:
            return []

    def _show_last_changed(self, data: OrganisationData) -> None:
        if data.updated_at is None:
            self.changed_label.clear()
            return
        from db.services.history_text import local_time

        at = local_time(data.updated_at)
        self.changed_label.setText(self.tr("Last changed {date} {time}").format(
            date=self.context.format_date(at.date()), time=at.strftime("%H:%M")))

    def _update_actions(self) -> None:
        known = bool(self.record_id)
        for button in (self.new_agreement_button, self.print_button, self.pdf_button, self.delete_button):
            button.setEnabled(known)

    def _update_tabs(self) -> None:
        if getattr(self, "tabs", None) is None:
            return
        counted = {self.contacts: self.tr("Contacts ({count})"), self.memberships: self.tr("Membership ({count})"),
                   self.agreements: self.tr("Agreements ({count})"), self.activities: self.tr("Activities ({count})")}
        plain = {self.details: self.tr("Details"), self.contacts: self.tr("Contacts"),
                 self.memberships: self.tr("Membership"), self.agreements: self.tr("Agreements"),
                 self.activities: self.tr("Activities"), self.history: self.tr("History")}
        for page, text in plain.items():
            total = page.model.total if page in counted and self.record_id else 0
            self.tabs.setTabText(self.tabs.indexOf(page), counted[page].format(count=total) if total else text)

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "labels", None) is None:
            return
        for name, label in self.labels.items():
            label.setText(tr_field("organisation", name))
        for i, value in enumerate(catalogue.values(OrganisationKind)):
            self.kind_box.setItemText(i, tr_value("OrganisationKind", value))
        self.edits["name_kana"].setToolTip(self.tr("The reading in katakana or hiragana; lists sort by it."))
        self.edits["country"].setToolTip(self.tr("Two-letter country code: JP, US, GB …"))
        self.tags.retranslate()
        self.new_agreement_button.setText(self.tr("New agreement with this partner…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Moves the partner, its contacts and memberships to the trash."))
        if getattr(self, "tabs", None) is not None:
            self._update_tabs()
            if self.data is not None:
                self._show_last_changed(self.data)
        self._update_actions()
