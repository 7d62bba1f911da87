"""The agreement form: record an MOU from the signed paper, renew it, attach its copy.

Four tabs keep a dense record readable: the agreement (partners, titles, kind, status,
notes, and its dates with what they imply, worked out as they are typed), who signed it
and what it covers, its documents, and its line of renewals with its change history.
A PDF dropped anywhere on the window is attached.  "Renew…" opens the next agreement of
the line, its dates following on from this one, for the new paper's details.

    form = AgreementForm(context, agreement_id)          # or None, organisation_id=… for a new one
    form.open_record.connect(main_window.open_record)    # entries of the renewal chain
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from db import catalogue
from db.dates import DateParseError
from db.models import AgreementKind, AgreementStatus
from db.services.agreement_terms import renewal_draft, term_dates
from db.services.agreements import AgreementData, create_agreement, get_agreement, update_agreement
from desktop import i18n
from desktop.agreements.attachments import AttachmentsPanel
from desktop.agreements.chain import RenewalChainView
from desktop.agreements.scope import ScopeEditor
from desktop.agreements.signatories import SignatoriesEditor
from desktop.agreements.terms import DATES, TermsEditor
from desktop.context import AppContext
from desktop.widgets.history_view import HistoryView
from desktop.widgets.organisation_picker import OrganisationListPicker
from desktop.widgets.record_form import RecordForm

_ITEM = re.compile(r"^(signatories|scope)\[(\d+)\]\.(\w+)$")
_GENERAL = ("party_ids", "title", "title_en", "kind", "status", "notes")


class AgreementForm(RecordForm):
    """One agreement in a window of its own (see the module's text)."""

    kind = "agreement"
    open_record = Signal(str, int)  # an agreement of the renewal chain to open
    renewal_opened = Signal(object)  # the new AgreementForm "Renew…" opened

    def __init__(self, context: AppContext, record_id: int | None = None, parent: QWidget | None = None,
                 organisation_id: int | None = None, draft: AgreementData | None = None):
        super().__init__(context, record_id, parent)
        self.organisation_id = organisation_id
        self.draft = draft  # a new agreement's starting data (a renewal), else empty
        self._renewals: list[AgreementForm] = []
        self._rows: dict[str, list[int]] = {}  # list name -> on-screen row of each item saved
        self.setAcceptDrops(True)

        # ---- the agreement: partners, titles, kind, status, notes | dates and term
        self.parties = OrganisationListPicker(context, self)
        self.parties.setObjectName("party_ids")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_en = QLineEdit(self)
        self.title_en.setObjectName("title_en")
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kind")
        for value in catalogue.values(AgreementKind):
            self.kind_box.addItem("", value)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("status")
        self.status_box.addItem("", None)
        for value in catalogue.values(AgreementStatus):
            self.status_box.addItem("", value)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.general = QFormLayout()
        self.general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.general_labels: dict[str, QLabel] = {}
        for name, editor in zip(_GENERAL, (self.parties, self.title_edit, self.title_en, self.kind_box,
                                           self.status_box, self.notes)):
            label = self.general_labels[name] = QLabel(self)
            label.setBuddy(editor.focusProxy() or editor)
            self.general.addRow(label, editor)
        self.terms = TermsEditor(context, self)
        self.about_box = QGroupBox(self)
        self.about_box.setLayout(self.general)
        self.terms_box = QGroupBox(self)
        terms_layout = QVBoxLayout(self.terms_box)
        terms_layout.addWidget(self.terms)
        first = QWidget(self)
        first_layout = QHBoxLayout(first)
        first_layout.addWidget(self.about_box, 1)
        first_layout.addWidget(self.terms_box, 1)

        # ---- signatories and scope
        self.signatories = SignatoriesEditor(context, self)
        self.scope = ScopeEditor(self)
        self.signatories_box = QGroupBox(self)
        QVBoxLayout(self.signatories_box).addWidget(self.signatories)
        self.scope_box = QGroupBox(self)
        QVBoxLayout(self.scope_box).addWidget(self.scope)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.signatories_box)
        people_layout.addWidget(self.scope_box)
        people_layout.addStretch(1)
        people_scroll = QScrollArea(self)
        people_scroll.setWidgetResizable(True)
        people_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        people_scroll.setWidget(people)

        # ---- documents; renewals and history
        self.attachments = AttachmentsPanel(context, self)
        self.chain = RenewalChainView(context, self)
        self.chain.open_record.connect(self.open_record)
        self.chain.refreshed.connect(self._chain_refreshed)
        self.history = HistoryView(context, "agreement", record_id, self)
        self.chain_box = QGroupBox(self)
        QVBoxLayout(self.chain_box).addWidget(self.chain)
        self.history_box = QGroupBox(self)
        QVBoxLayout(self.history_box).addWidget(self.history)
        line = QWidget(self)
        line_layout = QVBoxLayout(line)
        line_layout.addWidget(self.chain_box)
        line_layout.addWidget(self.history_box, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for page in (first, people_scroll, self.attachments, line):
            self.tabs.addTab(page, "")
        self.attachments.layout().setContentsMargins(9, 9, 9, 9)
        self.body.addWidget(self.tabs)

        self.renew_button = QPushButton(self)
        self.renew_button.setObjectName("renew")
        self.footer.insertWidget(0, self.renew_button)
        self.renew_button.clicked.connect(self.renew)

        self.watch(self.parties, self.title_edit, self.title_en, self.kind_box, self.status_box, self.notes,
                   *self.terms.editors(), self.signatories, self.scope)
        self.terms.changed.connect(self.recompute)
        self.status_box.currentIndexChanged.connect(lambda _i: self.recompute())
        self.saved.connect(self._after_save)
        self.resize(1040, 700)
        self.start()

    # ------------------------------------------------------------------ RecordForm

    def load(self) -> AgreementData:
        return get_agreement(self.context.db, self.record_id)

    def empty(self) -> AgreementData:
        if self.draft is not None:
            return self.draft
        data = AgreementData(party_ids=[self.organisation_id] if self.organisation_id else [])
        data.signatories = []
        return data

    def show_data(self, data: AgreementData) -> None:
        self.parties.set_organisation_ids(list(data.party_ids))
        for edit, text in ((self.title_edit, data.title), (self.title_en, data.title_en)):
            edit.setText(text or "")
            edit.setCursorPosition(0)  # the start of a long title, not its end
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(data.kind)))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(data.status)) if data.status else 0)
        self.notes.setPlainText(data.notes or "")
        self.terms.set_values(data)
        self.signatories.set_signatories(data.signatories)
        if data.id is None and not data.signatories:
            # A new agreement has someone signing on each side.
            self.signatories.add_signatory()
            self.signatories.add_signatory()
        self.scope.set_items(data.scope)
        self.attachments.set_agreement(data.id, data.documents)
        self.chain.set_agreement(data.id)
        self.history.set_record(data.id)
        self.renew_button.setEnabled(data.id is not None)
        self.recompute()

    def collect(self) -> AgreementData:
        dates = self.read_dates(**{name: self.terms.dates[name] for name in DATES})
        base = self.data if self.data is not None else AgreementData()
        return AgreementData(
            title=self.title_edit.text().strip(), title_en=self.title_en.text().strip() or None,
            kind=self.kind_box.currentData(), status=self.status_box.currentData(),
            signed_precision=self.terms.precision.currentData(), auto_renew=self.terms.auto_renew.isChecked(),
            **dates, **{name: self.terms.number(name) for name in self.terms.numbers},
            renewed_from_id=base.renewed_from_id, succession=base.succession,
            notes=self.notes.toPlainText().strip() or None,
            party_ids=self.parties.organisation_ids(),
            signatories=self._filled("signatories", self.signatories.signatories()),
            scope=self._filled("scope", self.scope.items()),
        )

    def _filled(self, name: str, items: list) -> list:
        """The items with anything typed in them: a card left blank is not a signatory.
        Remembers where each kept item is on screen, so ``signatories[1]`` in a service's
        complaint finds the card it came from."""
        kept = [n for n, item in enumerate(items)
                if any(v not in (None, "") for k, v in vars(item).items() if k != "side")]
        self._rows[name] = kept
        return [items[n] for n in kept]

    def store(self, data: AgreementData):
        if self.record_id is None:
            return create_agreement(self.context.db, data)
        return update_agreement(self.context.db, self.record_id, data)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New agreement") if self.draft is None else self.tr("Renewal of “{title}”").format(
                title=self.draft.title)
        return self.data.title if self.data is not None else ""

    def field_widget(self, field: str) -> QWidget | None:
        item = _ITEM.match(field)
        if item is not None and item.group(1) in self._rows:
            rows, n = self._rows[item.group(1)], int(item.group(2))
            field = f"{item.group(1)}[{rows[n] if n < len(rows) else n}].{item.group(3)}"
        return self.terms.field(field) or super().field_widget(field)

    def describe(self, field: str, value: Any) -> str | None:
        if field == "party_ids":
            return "\n".join(self.parties._label(org_id) for org_id in value) or "—"
        if field == "signatories":
            return "\n".join(", ".join(p for p in (s.name, s.title, s.organisation_name) if p) for s in value) or "—"
        return None

    # ------------------------------------------------------------------ as you type

    def recompute(self) -> None:
        """Show what the dates and term imply now, through the core's rules."""
        try:
            dates = {name: field.date() for name, field in self.terms.dates.items()}
        except DateParseError:
            self.terms.show_computed(None, unreadable=True)
            return
        preview = AgreementData(
            signed_precision=self.terms.precision.currentData(), auto_renew=self.terms.auto_renew.isChecked(),
            status=self.status_box.currentData(), **dates,
            **{name: self.terms.number(name) for name in self.terms.numbers})
        try:
            shown = term_dates(preview, date.today(), renewed=self.chain.has_renewal())
        except ValueError:  # a term the rules cannot count (e.g. the paper's expiry alone): nothing to show
            shown = None
        self.terms.show_computed(shown)

    def _chain_refreshed(self) -> None:
        if self.data is not None:  # a renewal saved elsewhere makes this one "Renewed"
            self.recompute()

    # ------------------------------------------------------------------ renewing

    def renew(self) -> AgreementForm | None:
        """Open the next agreement of this one's line, its dates following on from this one's
        (saved first if changed).  Saving it creates the successor and links the chain."""
        if self.record_id is None or (self.is_changed and not self.save()):
            return None
        form = AgreementForm(self.context, None, self.parentWidget(), draft=renewal_draft(self.data, date.today()))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open_record.connect(self.open_record)
        self._renewals.append(form)  # a window without a parent lives only while referenced
        form.show()
        self.renewal_opened.emit(form)
        return form

    def _after_save(self, _result) -> None:
        self.attachments.attach_pending(self.record_id)
        self.history.set_record(self.record_id)
        self.chain.set_agreement(self.record_id)
        self.renew_button.setEnabled(True)

    # ------------------------------------------------------------------ dropping files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.attachments)
            self.attachments.add_files(paths)

    # ------------------------------------------------------------------ words

    def retranslate(self) -> None:
        super().retranslate()
        for name, label in self.general_labels.items():
            label.setText(i18n.tr_field("agreement", name))
        self.parties.search.setAccessibleName(i18n.tr_field("agreement", "party_ids"))
        self.parties.view.setAccessibleName(i18n.tr_field("agreement", "party_ids"))
        for i in range(self.kind_box.count()):
            self.kind_box.setItemText(i, i18n.tr_value("AgreementKind", self.kind_box.itemData(i)))
        self.status_box.setItemText(0, self.tr("Follow the dates"))
        for i in range(1, self.status_box.count()):
            self.status_box.setItemText(i, i18n.tr_value("AgreementStatus", self.status_box.itemData(i)))
        self.status_box.setToolTip(self.tr("Leave “Follow the dates” unless the paper or an event says otherwise "
                                           "(negotiating, terminated)."))
        self.title_edit.setPlaceholderText(self.tr("As written on the signed paper"))
        self.notes.setPlaceholderText(self.tr("Background, purpose, conditions, where the original is kept…"))
        self.about_box.setTitle(self.tr("Agreement"))
        self.terms_box.setTitle(self.tr("Dates and term"))
        self.signatories_box.setTitle(i18n.tr_field("agreement", "signatories"))
        self.scope_box.setTitle(i18n.tr_field("agreement", "scope_items"))
        self.chain_box.setTitle(self.tr("Renewals and amendments"))
        self.history_box.setTitle(self.tr("Change history"))
        for i, text in enumerate((self.tr("Agreement"), self.tr("Signatories and scope"),
                                  i18n.tr_field("agreement", "documents"), self.tr("Renewals and history"))):
            self.tabs.setTabText(i, text)
        self.renew_button.setText(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("Record the renewal of this agreement: a new agreement whose term "
                                             "starts the day after this one ends."))
        if self.data is not None:
            self.recompute()


def _local_files(mime) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]

