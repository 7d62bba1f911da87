"""The Partners list's columns and its query: what each column shows of an organisation,
which service order it sorts by, and the filters as an ``OrganisationQuery``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from db.services.common import Page
from db.services.organisations import OrganisationData, OrganisationQuery, get_organisation, list_organisations
from desktop.i18n import tr_field, tr_value
from desktop.widgets.paged_model import Column

ROLES = ("member", "partner")  # OrganisationQuery.role: a running membership / party to an agreement


@dataclass(frozen=True)
class PartnerFilters:
    kinds: tuple[str, ...] = ()
    country: str | None = None
    role: str | None = None
    tag: str | None = None

    def active(self) -> bool:
        return bool(self.kinds or self.country or self.role or self.tag)


def local_day(moment: datetime | None) -> date | None:
    """The day a stored (UTC) moment fell on where the person is."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def _header(field: str):
    return lambda: tr_field("organisation", field)


def _text(field: str):
    return lambda o: getattr(o, field) or ""


def partner_columns(context) -> list[Column]:
    """Columns in their default order; headers and kinds from the catalogue, dates as the user reads them."""
    return [
        Column("name_ja", _header("name_ja"), _text("name_ja"), order_by="name"),
        Column("name_en", _header("name_en"), _text("name_en")),
        # The name order is the reading's (kana first), so the reading sorts by it too.
        Column("name_kana", _header("name_kana"), _text("name_kana"), order_by="name"),
        Column("kind", _header("kind"), lambda o: tr_value("OrganisationKind", o.kind), order_by="kind"),
        Column("country", _header("country"), _text("country"), order_by="country"),
        Column("region", _header("region"), _text("region")),
        Column("city", _header("city"), _text("city")),
        Column("tags", _header("tags"), lambda o: ", ".join(o.tags), tooltip=lambda o: ", ".join(o.tags)),
        Column("updated_at", _header("updated_at"), lambda o: context.format_date(local_day(o.updated_at)),
               order_by="updated", sort_value=lambda o: o.updated_at),
    ]


def fetch_partners(db, search: str | None, filters: PartnerFilters, offset: int, limit: int,
                   order_by: str | None, descending: bool) -> Page[OrganisationData]:
    return list_organisations(db, OrganisationQuery(
        search=search, kinds=filters.kinds, country=filters.country, role=filters.role, tag=filters.tag,
        order_by=order_by or "name", descending=descending, offset=offset, limit=limit))


def fetch_partner(db, record_id: int) -> OrganisationData:
    return get_organisation(db, record_id)
