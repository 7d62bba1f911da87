"""The Activities list's columns and its query over ``list_activities``.

The service orders by the start date only (newest first by default), so that is the one
column that sorts; the search and the kind filter run in the database too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services.activities import ActivityData, ActivityQuery, get_activity, list_activities
from db.services.common import Page
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_value
from desktop.widgets.paged_model import Column

DATE_ORDER = "starts_on"


def title_in(context: AppContext, a: ActivityData) -> str:
    """The activity's title in the interface's language when it has one."""
    return (a.title_en or a.title) if context.lang == "en" else (a.title or a.title_en or "")


def date_range(context: AppContext, a: ActivityData) -> str:
    if a.ends_on is None or a.ends_on == a.starts_on:
        return context.format_date(a.starts_on)
    return QCoreApplication.translate("ActivityListModel", "{start} – {end}").format(
        start=context.format_date(a.starts_on), end=context.format_date(a.ends_on))


def activity_columns(context: AppContext) -> list[Column]:
    def label(field: str):
        return lambda: tr_field("activity", field)

    return [
        Column("starts_on", label("starts_on"), lambda a: date_range(context, a), order_by=DATE_ORDER,
               sort_value=lambda a: a.starts_on),
        Column("kind", label("kind"), lambda a: tr_value("ActivityKind", a.kind)),
        Column("title", label("title"), lambda a: title_in(context, a),
               tooltip=lambda a: "\n".join(t for t in (a.title, a.title_en) if t)),
        Column("place", label("place"), lambda a: a.place or ""),
        Column("agreement", label("agreement_id"), lambda a: a.agreement_title or "",
               tooltip=lambda a: a.agreement_title or ""),
        Column("organisations", label("organisation_ids"), lambda a: ", ".join(a.organisation_names),
               tooltip=lambda a: "\n".join(a.organisation_names)),
    ]


def fetch_activities(db, search: str | None, kinds: tuple[str, ...], offset: int, limit: int,
                     order_by: str | None, descending: bool) -> Page[ActivityData]:
    """A page of the list: the search and kinds in the database, by start date."""
    return list_activities(db, ActivityQuery(search=search, kinds=kinds, descending=descending,
                                             offset=offset, limit=limit))


def fetch_activity(db, activity_id: int) -> ActivityData:
    """One activity as the list shows it (a row updated in place after a save)."""
    return get_activity(db, activity_id)
