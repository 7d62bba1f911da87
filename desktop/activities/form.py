"""The form of one activity: kind, dates, titles, place, the agreement it was carried
out under and the organisations taking part, notes; and moving it to the trash."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget,
)

from db import catalogue
from db.errors import KakehashiError
from db.models import ActivityKind
from db.services.activities import ActivityData, create_activity, delete_activity, get_activity, update_activity
from desktop.activities.agreement_choice import AgreementChoice
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.widgets.date_field import DateField
from desktop.widgets.organisation_picker import OrganisationListPicker
from desktop.widgets.record_form import RecordForm


class ActivityForm(RecordForm):
    """One activity (``record_id`` None for a new one, optionally under ``agreement_id``
    or with ``organisation_id`` already chosen)."""

    kind = "activity"

    def __init__(self, context: AppContext, record_id: int | None = None, parent: QWidget | None = None,
                 agreement_id: int | None = None, organisation_id: int | None = None):
        super().__init__(context, record_id, parent)
        self.preset_agreement = agreement_id
        self.preset_organisation = organisation_id

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind")
        for value in catalogue.values(ActivityKind):
            self.kind_box.addItem(tr_value("ActivityKind", value), value)
        self.starts_field = DateField(context)
        self.starts_field.setObjectName("starts_on")
        self.ends_field = DateField(context)
        self.ends_field.setObjectName("ends_on")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_en_edit = QLineEdit()
        self.title_en_edit.setObjectName("title_en")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("place")
        self.agreement_choice = AgreementChoice(context)
        self.agreement_choice.setObjectName("agreement_id")
        self.organisations = OrganisationListPicker(context)
        self.organisations.setObjectName("organisation_ids")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(80)
        self.notes_edit.setMaximumHeight(180)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows = {}
        for field, editor in (("kind", self.kind_box), ("starts_on", self.starts_field),
                              ("ends_on", self.ends_field), ("title", self.title_edit),
                              ("title_en", self.title_en_edit), ("place", self.place_edit),
                              ("agreement_id", self.agreement_choice), ("organisation_ids", self.organisations),
                              ("notes", self.notes_edit)):
            label = QLabel()
            label.setBuddy(editor)
            self.rows[field] = label
            self.form.addRow(label, editor)
            if field == "organisation_ids":  # beneath the two links: either one will do
                self.link_hint = QLabel()
                self.link_hint.setWordWrap(True)
                self.link_hint.setStyleSheet("color: palette(placeholder-text);")
                self.form.addRow("", self.link_hint)
        self.body.addLayout(self.form)
        self.body.addStretch(1)

        self.delete_button = QPushButton()
        self.delete_button.setObjectName("moveToTrash")
        self.delete_button.clicked.connect(self.move_to_trash)
        self.buttons.addButton(self.delete_button, self.buttons.ButtonRole.DestructiveRole)

        self.watch(self.kind_box, self.starts_field, self.ends_field, self.title_edit, self.title_en_edit,
                   self.place_edit, self.agreement_choice, self.organisations, self.notes_edit)
        self.resize(640, 560)
        self.start()

    # ------------------------------------------------------------------ RecordForm

    def load(self) -> ActivityData:
        return get_activity(self.context.db, self.record_id)

    def empty(self) -> ActivityData:
        return ActivityData(starts_on=date.today(), agreement_id=self.preset_agreement,
                            organisation_ids=[self.preset_organisation] if self.preset_organisation else [])

    def show_data(self, data: ActivityData) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(data.kind), 0))
        self.starts_field.set_date(data.starts_on)
        self.ends_field.set_date(data.ends_on)
        self.title_edit.setText(data.title or "")
        self.title_en_edit.setText(data.title_en or "")
        self.place_edit.setText(data.place or "")
        self.agreement_choice.set_agreement_id(data.agreement_id)
        self.organisations.set_organisation_ids(list(data.organisation_ids))
        self.notes_edit.setPlainText(data.notes or "")
        self.delete_button.setVisible(data.id is not None and data.deleted_at is None)

    def collect(self) -> ActivityData:
        dates = self.read_dates(starts_on=self.starts_field, ends_on=self.ends_field)
        return ActivityData(
            kind=self.kind_box.currentData(), title=self.title_edit.text().strip(),
            title_en=self.title_en_edit.text().strip() or None, place=self.place_edit.text().strip() or None,
            starts_on=dates["starts_on"], ends_on=dates["ends_on"],
            agreement_id=self.agreement_choice.agreement_id(),
            organisation_ids=self.organisations.organisation_ids(), notes=self.notes_edit.toPlainText().strip() or None,
        )

    def store(self, data: ActivityData):
        if self.record_id is None:
            return create_activity(self.context.db, data)
        return update_activity(self.context.db, self.record_id, data)

    def title(self) -> str:
        if self.record_id is None or self.data is None:
            return self.tr("New activity")
        return self.tr("Activity: {title}").format(title=self.data.title)

    def retranslate(self) -> None:
        super().retranslate()
        for field, label in self.rows.items():
            label.setText(tr_field("activity", field))
        for i in range(self.kind_box.count()):
            self.kind_box.setItemText(i, tr_value("ActivityKind", self.kind_box.itemData(i)))
        self.link_hint.setText(self.tr("Link the activity to the agreement it was carried out under, "
                                       "or to the organisations taking part (or both)."))
        self.delete_button.setText(self.tr("Move to the trash"))
        self.delete_button.setToolTip(self.tr("The activity can be restored from the trash."))

    # ------------------------------------------------------------------ deleting

    def move_to_trash(self) -> bool:
        """Move the activity to the trash (Edit → Undo or the Trash put it back) and close."""
        if self.record_id is None:
            return False
        try:
            saved = delete_activity(self.context.db, self.record_id)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Not moved to the trash"), self.context.error_text(exc))
            return False
        self.setWindowModified(False)  # nothing left to save: closing must not ask
        self.context.deleted("activity", self.record_id, saved.record.title)
        self.close()
        return True
