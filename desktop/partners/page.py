"""The Partners list: every organisation, found as you type in any script, filtered by kind,
country, membership and tag (desktop.widgets.list_page does the rest)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from db.catalogue import values
from db.models import OrganisationKind
from db.services.common import Page
from db.services.list_choices import countries_in_use
from db.services.organisations import all_tags, delete_organisation
from desktop.exchange.selection import install_export_selected
from desktop.i18n import tr_field, tr_value
from desktop.partners.list_model import ROLES, PartnerFilters, fetch_partner, fetch_partners, partner_columns
from desktop.widgets.choice_button import ChoiceButton
from desktop.widgets.list_page import ListPage


class PartnersPage(ListPage):
    """Organisations, a page at a time; ``open_record("organisation", id)`` opens one."""

    kind = "organisation"
    state_group = "partners"
    watched = ("membership", "agreement")  # the member / partner filters follow them
    page_size = 100  # a screenful and more; small pages keep each keystroke's search quick
    max_page_size = 10_000  # deep in 100,000 rows a page costs its offset: fewer, larger pages
    # Fits the window's first size (1,400 px less the navigation) without a horizontal scroll bar.
    default_widths = {"name_ja": 210, "name_en": 220, "name_kana": 160, "kind": 120, "country": 60,
                      "region": 110, "city": 90, "tags": 160, "updated_at": 110}
    hidden_by_default = frozenset({"updated_at"})
    default_sort = ("name_ja", False)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        install_export_selected(self, "partners")  # "Export selected…" (desktop.exchange)

    # ------------------------------------------------------------------ columns and query

    def make_columns(self):
        return partner_columns(self.context)

    def filters(self) -> PartnerFilters:
        return PartnerFilters(kinds=self.kind_filter.selected(), country=self.country_filter.currentData() or None,
                              role=self.role_filter.currentData() or None, tag=self.tag_filter.currentData() or None)

    def fetch_page(self, search: str | None, offset: int, limit: int, order_by: str | None,
                   descending: bool) -> Page:
        return fetch_partners(self.context.db, search, self.filters(), offset, limit, order_by, descending)

    def fetch_one(self, record_id: int) -> Any:
        return fetch_partner(self.context.db, record_id)

    def delete_one(self, record_id: int) -> str:
        return delete_organisation(self.context.db, record_id).record.display_name

    # ------------------------------------------------------------------ filters

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.kind_filter = ChoiceButton(values(OrganisationKind), lambda v: tr_value("OrganisationKind", v),
                                        lambda: tr_field("organisation", "kind"), lambda: self.tr("All"))
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.changed.connect(self.filters_changed)
        self.country_filter = QComboBox(objectName="country_filter")
        self.role_filter = QComboBox(objectName="role_filter")
        self.tag_filter = QComboBox(objectName="tag_filter")
        for combo in (self.country_filter, self.role_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            # "All" holds "" rather than None: PySide6 6.12 loses a reference to None each
            # time an empty QVariant comes back (currentData()), and the process aborts at exit.
            combo.addItem("", "")
        for code in countries_in_use(self.context.db):
            self.country_filter.addItem(code, code)
        for role in ROLES:
            self.role_filter.addItem("", role)
        for tag in all_tags(self.context.db):
            self.tag_filter.addItem(tag, tag)
        for combo in (self.country_filter, self.role_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _index: self.filters_changed())
            layout.addWidget(combo)
        layout.insertWidget(0, self.kind_filter)

    def filter_state(self) -> dict[str, Any]:
        f = self.filters()
        return {"kinds": list(f.kinds), "country": f.country, "role": f.role, "tag": f.tag}

    def set_filter_state(self, state: dict[str, Any]) -> None:
        self.kind_filter.set_selected(state.get("kinds") or ())
        for combo, key in ((self.country_filter, "country"), (self.role_filter, "role"), (self.tag_filter, "tag")):
            wanted = state.get(key)
            if wanted and combo.findData(wanted) < 0 and key != "role":
                combo.addItem(wanted, wanted)  # a country or tag from last time not among those listed yet
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)

    def filters_active(self) -> bool:
        return self.filters().active()

    def clear_filter_widgets(self) -> None:
        self._restoring = True
        self.kind_filter.set_selected(())
        for combo in (self.country_filter, self.role_filter, self.tag_filter):
            combo.setCurrentIndex(0)
        self._restoring = False

    def refresh_choices(self) -> None:
        """Countries and tags as they are now (new ones appear after records are saved)."""
        for combo, found in ((self.country_filter, countries_in_use(self.context.db)),
                             (self.tag_filter, all_tags(self.context.db))):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in found:
                combo.addItem(value, value)
            if current and combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def reload(self) -> None:
        self.refresh_choices()
        super().reload()

    # ------------------------------------------------------------------ texts

    def retranslate_page(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search partners: Japanese, English or kana (Ctrl+F)"))
        self.kind_filter.retranslate()
        self.country_filter.setItemText(0, self.tr("All countries"))
        self.tag_filter.setItemText(0, self.tr("All tags"))
        self.role_filter.setItemText(0, self.tr("Members and partners"))
        self.role_filter.setItemText(1, self.tr("Members only"))
        self.role_filter.setItemText(2, self.tr("With an agreement"))
        self.country_filter.setToolTip(tr_field("organisation", "country"))
        self.tag_filter.setToolTip(tr_field("organisation", "tags"))
        self.role_filter.setToolTip(self.tr("Membership or agreement"))
        self.country_filter.setAccessibleName(tr_field("organisation", "country"))
        self.tag_filter.setAccessibleName(tr_field("organisation", "tags"))
        self.role_filter.setAccessibleName(self.tr("Membership or agreement"))

    def count_text(self, total: int, capped: bool) -> str:
        if capped:
            return self.tr("{count}+ partners").format(count=self.number(total))
        if total == 1:
            return self.tr("1 partner")
        return self.tr("{count} partners").format(count=self.number(total))

    def empty_text(self) -> str:
        return self.tr("No partners yet — add one (Ctrl+N) or load the demo data.")

    def no_match_text(self, search: str) -> str:
        return self.tr("Nothing matches “{text}” — clear the search or try another spelling.").format(text=search)

    def filtered_empty_text(self) -> str:
        return self.tr("No partners match these filters — clear the filters to see them all.")

    def new_text(self) -> str:
        return self.tr("Add a partner")
