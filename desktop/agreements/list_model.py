"""The Agreements list's columns and its query: what each column shows of an agreement,
which service order it sorts by, and the filters as an ``AgreementQuery``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from db.services.agreements import AgreementData, AgreementQuery, get_agreement, list_agreements
from db.services.common import Page
from desktop.i18n import tr_field, tr_value
from desktop.widgets.paged_model import Column

EXPIRING_DAYS = (30, 90, 180, 365)  # the "expiring within" choices


@dataclass(frozen=True)
class AgreementFilters:
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # effective statuses
    expiring_within: int | None = None  # days from today

    def active(self) -> bool:
        return bool(self.kinds or self.statuses or self.expiring_within)


def _header(field: str):
    return lambda: tr_field("agreement", field)


def agreement_columns(context) -> list[Column]:
    """Columns in their default order; headers, kinds and statuses from the catalogue."""
    def day(field: str) -> Column:
        return Column(field, _header(field), lambda a: context.format_date(getattr(a, field)),
                      order_by={"signed_on": "signed", "expires_on": "expires"}.get(field),
                      sort_value=lambda a: getattr(a, field) or date.max)

    parties = lambda a: "、".join(a.party_names) if context.lang == "ja" else ", ".join(a.party_names)  # noqa: E731
    return [
        Column("title", _header("title"), lambda a: a.title or a.title_en or "", order_by="title",
               tooltip=lambda a: a.title_en or a.title or ""),
        Column("party_ids", _header("party_ids"), parties, tooltip=parties),
        Column("kind", _header("kind"), lambda a: tr_value("AgreementKind", a.kind),
               tooltip=lambda a: tr_value("AgreementKind", a.kind)),
        Column("effective_status", _header("effective_status"),
               lambda a: tr_value("AgreementStatus", a.effective_status) if a.effective_status else "",
               order_by="status"),
        day("signed_on"),
        day("effective_on"),
        day("expires_on"),
        day("renewal_deadline"),
        Column("auto_renew", _header("auto_renew"), lambda a: tr_value("bool", a.auto_renew)),
    ]


def fetch_agreements(db, search: str | None, filters: AgreementFilters, offset: int, limit: int,
                     order_by: str | None, descending: bool, today: date | None = None) -> Page[AgreementData]:
    today = today or date.today()
    window = None
    if filters.expiring_within:
        window = (today, today + timedelta(days=filters.expiring_within))
    return list_agreements(db, AgreementQuery(
        search=search, kinds=filters.kinds, statuses=filters.statuses, expires_between=window, today=today,
        order_by=order_by or "signed", descending=descending, offset=offset, limit=limit))


def fetch_agreement(db, record_id: int) -> AgreementData:
    return get_agreement(db, record_id)
