"""A partner's contact persons: listed, added, edited and removed inside the partner's form.

Each contact is saved on its own (``create_contact`` / ``update_contact`` with the
version it was read at), so two people editing different contacts of one partner never
collide, and one editing the same contact gets the conflict dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from db.services.contacts import (
    ContactData, ContactQuery, create_contact, delete_contact, get_contact, list_contacts, update_contact,
)
from desktop.i18n import tr_field
from desktop.partners.inline import InlineEditor, InlinePanel
from desktop.widgets.paged_model import Column

# The editors, by the core's field names (their object names, so errors find them).
TEXT_FIELDS = ("family_name", "given_name", "family_name_kana", "given_name_kana", "name_en", "title",
               "department", "email", "phone")
LEFT = ("family_name", "given_name", "family_name_kana", "given_name_kana", "name_en")
RIGHT = ("title", "department", "email", "phone", "is_primary")


class ContactEditor(InlineEditor):
    """One contact's fields; saved with the contact's own version."""

    kind = "contact"

    def __init__(self, context, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(context, organisation_id, parent)
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.is_primary = QCheckBox(self)
        self.is_primary.setObjectName("is_primary")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        # Two columns, as on a business card: the person's names, then how to reach them.
        columns = QHBoxLayout()
        self.labels: dict[str, QLabel] = {}
        for names in (LEFT, RIGHT):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name in names:
                self._add_row(form, name)
            columns.addLayout(form, 1)
        self.body.addLayout(columns)
        notes_form = QFormLayout()
        self._add_row(notes_form, "notes")
        self.body.addLayout(notes_form)
        self.watch(*self.edits.values(), self.is_primary, self.notes)
        self.start()

    def _add_row(self, form: QFormLayout, name: str) -> None:
        editor = self.edits.get(name) or getattr(self, name)
        self.labels[name] = QLabel(self)
        self.labels[name].setBuddy(editor)
        form.addRow(self.labels[name], editor)

    def first_field(self) -> QWidget:
        return self.edits["family_name"]

    def load(self) -> ContactData:
        return get_contact(self.context.db, self.record_id)

    def empty(self) -> ContactData:
        return ContactData(organisation_id=self.organisation_id)

    def show_data(self, data: ContactData) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name) or "")
        self.is_primary.setChecked(bool(data.is_primary))
        self.notes.setPlainText(data.notes or "")

    def collect(self) -> ContactData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return ContactData(organisation_id=self.organisation_id, is_primary=self.is_primary.isChecked(),
                           notes=self.notes.toPlainText(), **values)

    def store(self, data: ContactData):
        if self.record_id is None:
            return create_contact(self.context.db, data)
        return update_contact(self.context.db, self.record_id, data)

    def title(self) -> str:
        return (self.data.display_name if self.data is not None else "") or tr_field("contact", "family_name")

    def retranslate(self) -> None:
        super().retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save contact"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Undo changes"))
        for name, label in getattr(self, "labels", {}).items():
            label.setText(tr_field("contact", name))
        if hasattr(self, "edits"):
            self.edits["email"].setPlaceholderText("name@example.org")


class ContactsPanel(InlinePanel):
    """The partner's contacts: a table, and the selected contact's editor beneath."""

    kind = "contact"

    def columns(self) -> list[Column]:
        def primary(c: ContactData) -> str:
            return "★" if c.is_primary else ""

        def kana(c: ContactData) -> str:
            return " ".join(p for p in (c.family_name_kana, c.given_name_kana) if p)

        return [
            Column("is_primary", lambda: tr_field("contact", "is_primary"), primary),
            Column("name", lambda: self.tr("Name"),
                   lambda c: c.display_name, tooltip=lambda c: c.name_en or c.display_name),
            Column("kana", lambda: self.tr("Reading"), kana),
            Column("title", lambda: tr_field("contact", "title"), lambda c: c.title or ""),
            Column("department", lambda: tr_field("contact", "department"), lambda c: c.department or ""),
            Column("email", lambda: tr_field("contact", "email"), lambda c: c.email or ""),
            Column("phone", lambda: tr_field("contact", "phone"), lambda c: c.phone or ""),
        ]

    def make_editor(self) -> ContactEditor:
        return ContactEditor(self.context, self.organisation_id, self)

    def fetch_page(self, offset: int, limit: int):
        return list_contacts(self.context.db, ContactQuery(organisation_id=self.organisation_id,
                                                           offset=offset, limit=limit))

    def remove_record(self, record_id: int):
        return delete_contact(self.context.db, record_id)

    def texts(self) -> dict[str, str]:
        return {
            "add": self.tr("New contact"),
            "remove": self.tr("Remove contact"),
            "new": self.tr("New contact"),
            "edit": self.tr("Contact"),
            "empty": self.tr("No contacts yet. Type one below and press “Save contact”."),
            "unsaved": self.tr("Save the partner first, then add its contacts here."),
            "count": self.tr("{count} contacts; ★ marks the main contact."),
        }
