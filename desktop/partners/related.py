"""A partner's agreements and activities, each opening its own record.

Two read-only tables over the list services (``list_agreements`` and ``list_activities``
filtered to the organisation), through the shared :class:`PagedModel`.  Double-click
or Enter on a row emits ``open_record(kind, id)``; the form passes it on to the shell.
They refresh when records of their kind change anywhere in the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from db.services.activities import ActivityQuery, list_activities
from db.services.agreements import AgreementQuery, list_agreements
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.widgets.paged_model import Column, PagedModel, record_table
from desktop.widgets.retranslating import Retranslating


class RelatedList(Retranslating, QWidget):
    """A table of records related to one organisation, with a line saying what it holds."""

    open_record = Signal(str, int)

    kind = ""

    def __init__(self, context: AppContext, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.model = PagedModel(self.columns(), self._fetch, self)
        self.view = record_table(self.model, f"{self.kind}Table", self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.stretch_column(), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)  # double-click or Enter, as the platform does it
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        self.model.counted.connect(self._update_caption)
        context.records_changed.connect(self._record_changed)
        context.date_style_changed.connect(self._date_style_changed)  # bound: dropped with the widget
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ for subclasses

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def stretch_column(self) -> int:
        return 0

    def fetch_page(self, offset: int, limit: int):
        raise NotImplementedError

    def caption_text(self, total: int) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ behaviour

    def set_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_caption()

    def _fetch(self, offset: int, limit: int, _order_by: str | None, _descending: bool):
        from db.services.common import Page

        if not self.organisation_id:
            return Page([], 0, offset)
        return self.fetch_page(offset, limit)

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record(index.row()) if index.isValid() else None
        if record is not None and record.id:
            self.open_record.emit(self.kind, record.id)

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind in (self.kind, "organisation") and self.organisation_id:
            self.refresh()

    def _date_style_changed(self, _style: str) -> None:
        self.refresh()

    def _update_caption(self, *_args: object) -> None:
        self.caption.setText(self.caption_text(self.model.total if self.organisation_id else 0))

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_caption()


def _label(kind: str, field: str) -> Callable[[], str]:
    return lambda: tr_field(kind, field)


class PartnerAgreements(RelatedList):
    """The agreements the organisation is party to: title, status, dates and deadline."""

    kind = "agreement"

    def columns(self) -> list[Column]:
        date = self.context.format_date
        return [
            Column("title", _label("agreement", "title"), lambda a: a.title, tooltip=lambda a: a.title_en or a.title),
            Column("status", _label("agreement", "effective_status"),
                   lambda a: tr_value("AgreementStatus", a.effective_status) if a.effective_status else ""),
            Column("signed_on", _label("agreement", "signed_on"), lambda a: date(a.signed_on)),
            Column("expires_on", _label("agreement", "expires_on"),
                   lambda a: date(a.current_term_end or a.expires_on)),
            Column("renewal_deadline", _label("agreement", "renewal_deadline"), lambda a: date(a.renewal_deadline)),
        ]

    def fetch_page(self, offset: int, limit: int):
        return list_agreements(self.context.db, AgreementQuery(
            organisation_id=self.organisation_id, order_by="signed", descending=True, offset=offset, limit=limit))

    def caption_text(self, total: int) -> str:
        if not self.organisation_id:
            return self.tr("Save the partner first; its agreements are listed here.")
        if not total:
            return self.tr(
                "No agreements with this partner yet. Use “New agreement with this partner…” to record one.")
        return self.tr(
            "{count} agreements, newest first. Double-click one to open it.").format(count=total)


class PartnerActivities(RelatedList):
    """Activities with the organisation, directly or under one of its agreements."""

    kind = "activity"

    def columns(self) -> list[Column]:
        date = self.context.format_date
        return [
            Column("starts_on", _label("activity", "starts_on"), lambda a: date(a.starts_on)),
            Column("kind", _label("activity", "kind"), lambda a: tr_value("ActivityKind", a.kind)),
            Column("title", _label("activity", "title"), lambda a: a.title, tooltip=lambda a: a.title_en or a.title),
            Column("place", _label("activity", "place"), lambda a: a.place or ""),
            Column("agreement", _label("activity", "agreement_id"), lambda a: a.agreement_title or ""),
        ]

    def stretch_column(self) -> int:
        return 2

    def fetch_page(self, offset: int, limit: int):
        return list_activities(self.context.db, ActivityQuery(
            organisation_id=self.organisation_id, descending=True, offset=offset, limit=limit))

    def caption_text(self, total: int) -> str:
        if not self.organisation_id:
            return self.tr("Save the partner first; its activities are listed here.")
        if not total:
            return self.tr("No activities with this partner recorded yet.")
        return self.tr(
            "{count} activities, newest first. Double-click one to open it.").format(count=total)
