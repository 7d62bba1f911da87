"""Where the window's pages and record forms are registered.

A page is ``XPage(context, parent=None)`` with the signal ``open_record(str kind, int id)``
and, where it has them, ``focus_search()``, ``new_record()`` and ``delete_selected()``.
A form is a ``RecordForm`` subclass ``XForm(context, record_id=None, parent=None)``.
The main window imports them when first shown, so start-up pays only for the page on
screen.  A new page is one more line in ``PAGES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str  # also the value kept in QSettings window/page
    module: str
    cls: str


PAGES = (
    PageSpec("home", "desktop.home.page", "HomePage"),
    PageSpec("partners", "desktop.partners.page", "PartnersPage"),
    PageSpec("agreements", "desktop.agreements.page", "AgreementsPage"),
    PageSpec("activities", "desktop.activities.page", "ActivitiesPage"),
    PageSpec("calendar", "desktop.calendar.page", "CalendarPage"),
    PageSpec("exchange", "desktop.exchange.page", "ExchangePage"),
    PageSpec("trash", "desktop.trash.page", "TrashPage"),
)

# Record kind → the form window that edits it.  Contacts and memberships open their
# organisation's form (they are edited there).
FORMS = {
    "organisation": ("desktop.partners.form", "PartnerForm"),
    "agreement": ("desktop.agreements.form", "AgreementForm"),
    "activity": ("desktop.activities.form", "ActivityForm"),
}
OWNED_BY_ORGANISATION = ("contact", "membership")


def page_keys() -> list[str]:
    return [spec.key for spec in PAGES]


def spec_of(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def build_page(spec: PageSpec, context: AppContext) -> QWidget:
    """The page's widget."""
    return getattr(import_module(spec.module), spec.cls)(context)


def form_class(kind: str) -> type:
    module, cls = FORMS[kind]
    return getattr(import_module(module), cls)


def owner_of(context: AppContext, kind: str, record_id: int) -> int:
    """The organisation a contact or a membership belongs to."""
    from db.services.record_owner import owning_organisation

    return owning_organisation(context.db, kind, record_id)
