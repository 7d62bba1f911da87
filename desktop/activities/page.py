"""The Activities list: visits, meetings, events and exchanges, newest first, found by
typing any part of their title or place, filtered by kind (desktop.widgets.list_page
does the rest: paged table, column chooser, state kept between runs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from db.catalogue import values
from db.models import ActivityKind
from db.services.activities import delete_activity
from db.services.common import Page
from desktop.activities.list_model import activity_columns, fetch_activities, fetch_activity
from desktop.exchange.selection import install_export_selected
from desktop.i18n import tr_field, tr_value
from desktop.widgets.choice_button import ChoiceButton
from desktop.widgets.list_page import ListPage


class ActivitiesPage(ListPage):
    """Activities, a page at a time; ``open_record("activity", id)`` opens one (0: a new one)."""

    kind = "activity"
    state_group = "activities"
    watched = ("agreement", "organisation")  # their titles and names show in the rows
    default_widths = {"starts_on": 170, "kind": 130, "title": 250, "place": 110, "agreement": 230,
                      "organisations": 180}
    default_sort = ("starts_on", True)  # what happened lately first

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        install_export_selected(self, "activities")  # "Export selected…" (desktop.exchange)

    def make_columns(self):
        return activity_columns(self.context)

    def fetch_page(self, search: str | None, offset: int, limit: int, order_by: str | None,
                   descending: bool) -> Page:
        return fetch_activities(self.context.db, search, self.kind_filter.selected(), offset, limit, order_by,
                                descending)

    def fetch_one(self, record_id: int) -> Any:
        return fetch_activity(self.context.db, record_id)

    def delete_one(self, record_id: int) -> str:
        return delete_activity(self.context.db, record_id).record.title

    # ------------------------------------------------------------------ filters

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.kind_filter = ChoiceButton(values(ActivityKind), lambda v: tr_value("ActivityKind", v),
                                        lambda: tr_field("activity", "kind"), lambda: self.tr("All"))
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.changed.connect(self.filters_changed)
        layout.addWidget(self.kind_filter)

    def filter_state(self) -> dict[str, Any]:
        return {"kinds": list(self.kind_filter.selected())}

    def set_filter_state(self, state: dict[str, Any]) -> None:
        self.kind_filter.set_selected(state.get("kinds") or ())

    def clear_filter_widgets(self) -> None:
        self._restoring = True
        self.kind_filter.set_selected(())
        self._restoring = False

    # ------------------------------------------------------------------ texts

    def _show_count(self, *_args) -> None:
        super()._show_count()
        self.demo_button.hide()  # the demo data hold no activities: it would add nothing here

    def retranslate_page(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search activities: title, place (Ctrl+F)"))
        self.kind_filter.retranslate()

    def count_text(self, total: int, capped: bool) -> str:
        if capped:
            return self.tr("{count}+ activities").format(count=self.number(total))
        if total == 1:
            return self.tr("1 activity")
        return self.tr("{count} activities").format(count=self.number(total))

    def empty_text(self) -> str:
        return self.tr("No activities recorded yet — record a visit, a meeting or an event held together (Ctrl+N).")

    def no_match_text(self, search: str) -> str:
        return self.tr("No activity matches “{text}” — clear the search or try another word.").format(text=search)

    def filtered_empty_text(self) -> str:
        return self.tr("No activities of these kinds — clear the filters to see them all.")

    def new_text(self) -> str:
        return self.tr("Record an activity")
