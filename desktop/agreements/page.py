"""The Agreements list: every agreement, found as you type by its title or a partner's name
in any script, filtered by kind, status and how soon it expires."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from db.catalogue import values
from db.models import AgreementKind, AgreementStatus
from db.services.agreements import delete_agreement
from db.services.common import Page
from desktop.agreements.list_model import (
    EXPIRING_DAYS, AgreementFilters, agreement_columns, fetch_agreement, fetch_agreements,
)
from desktop.exchange.selection import install_export_selected
from desktop.i18n import tr_field, tr_value
from desktop.widgets.choice_button import ChoiceButton
from desktop.widgets.list_page import ListPage


class AgreementsPage(ListPage):
    """Agreements, a page at a time; ``open_record("agreement", id)`` opens one."""

    kind = "agreement"
    state_group = "agreements"
    watched = ("organisation",)  # a partner's new name shows in the Partners column
    page_size = 60  # an agreement brings its parties and dates: smaller pages keep typing quick
    max_page_size = 300
    default_widths = {"title": 320, "party_ids": 190, "kind": 140, "effective_status": 80, "signed_on": 95,
                      "effective_on": 95, "expires_on": 95, "renewal_deadline": 105, "auto_renew": 70}
    hidden_by_default = frozenset({"effective_on"})
    default_sort = ("signed_on", True)  # the latest signed first

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        install_export_selected(self, "agreements")  # "Export selected…" (desktop.exchange)

    # ------------------------------------------------------------------ columns and query

    def make_columns(self):
        return agreement_columns(self.context)

    def filters(self) -> AgreementFilters:
        return AgreementFilters(kinds=self.kind_filter.selected(), statuses=self.status_filter.selected(),
                                expiring_within=self.expiring_filter.currentData() or None)

    def fetch_page(self, search: str | None, offset: int, limit: int, order_by: str | None,
                   descending: bool) -> Page:
        return fetch_agreements(self.context.db, search, self.filters(), offset, limit, order_by, descending)

    def fetch_one(self, record_id: int) -> Any:
        return fetch_agreement(self.context.db, record_id)

    def delete_one(self, record_id: int) -> str:
        return delete_agreement(self.context.db, record_id).record.title

    # ------------------------------------------------------------------ filters

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.kind_filter = ChoiceButton(values(AgreementKind), lambda v: tr_value("AgreementKind", v),
                                        lambda: tr_field("agreement", "kind"), lambda: self.tr("All"))
        self.kind_filter.setObjectName("kind_filter")
        self.status_filter = ChoiceButton(values(AgreementStatus), lambda v: tr_value("AgreementStatus", v),
                                          lambda: tr_field("agreement", "effective_status"), lambda: self.tr("All"))
        self.status_filter.setObjectName("status_filter")
        self.expiring_filter = QComboBox(objectName="expiring_filter")
        self.expiring_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.expiring_filter.addItem("", 0)  # not None: see PartnersPage.build_filters
        for days in EXPIRING_DAYS:
            self.expiring_filter.addItem("", days)
        for button in (self.kind_filter, self.status_filter):
            button.changed.connect(self.filters_changed)
            layout.addWidget(button)
        self.expiring_filter.currentIndexChanged.connect(lambda _index: self.filters_changed())
        layout.addWidget(self.expiring_filter)

    def filter_state(self) -> dict[str, Any]:
        f = self.filters()
        return {"kinds": list(f.kinds), "statuses": list(f.statuses), "expiring_within": f.expiring_within}

    def set_filter_state(self, state: dict[str, Any]) -> None:
        self.kind_filter.set_selected(state.get("kinds") or ())
        self.status_filter.set_selected(state.get("statuses") or ())
        self.expiring_filter.setCurrentIndex(max(0, self.expiring_filter.findData(state.get("expiring_within") or 0)))

    def filters_active(self) -> bool:
        return self.filters().active()

    def clear_filter_widgets(self) -> None:
        self._restoring = True
        self.kind_filter.set_selected(())
        self.status_filter.set_selected(())
        self.expiring_filter.setCurrentIndex(0)
        self._restoring = False

    # ------------------------------------------------------------------ texts

    def retranslate_page(self) -> None:
        self.search_box.setPlaceholderText(
            self.tr("Search agreements by title or partner: Japanese, English or kana (Ctrl+F)"))
        self.kind_filter.retranslate()
        self.status_filter.retranslate()
        self.expiring_filter.setItemText(0, self.tr("Expiring: any time"))
        for index, days in enumerate(EXPIRING_DAYS, start=1):
            self.expiring_filter.setItemText(index, self.tr("Expiring within {days} days").format(days=days))
        self.expiring_filter.setToolTip(tr_field("agreement", "expires_on"))
        self.expiring_filter.setAccessibleName(tr_field("agreement", "expires_on"))

    def count_text(self, total: int, capped: bool) -> str:
        if capped:
            return self.tr("{count}+ agreements").format(count=self.number(total))
        if total == 1:
            return self.tr("1 agreement")
        return self.tr("{count} agreements").format(count=self.number(total))

    def empty_text(self) -> str:
        return self.tr("No agreements yet — record one (Ctrl+N) or load the demo data.")

    def no_match_text(self, search: str) -> str:
        return self.tr("Nothing matches “{text}” — clear the search or try another spelling.").format(text=search)

    def filtered_empty_text(self) -> str:
        return self.tr("No agreements match these filters — clear the filters to see them all.")

    def new_text(self) -> str:
        return self.tr("Record an agreement")
