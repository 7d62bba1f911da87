"""Membership of organisations in the network, by tier and Japanese fiscal year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import contains_eager

from db import dates
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.models import Membership, MembershipTier, Organisation
from db.models.base import utcnow
from db.services.common import Checker, Page, Saved, check_version, fetch, flush_checked, page, saved
from db.services.listing import Filters, display_name, in_trash, page_rows


def is_running(starts_on: date | None, ends_on: date | None, day: date) -> bool:
    """A membership runs from its first day through its last (an open end runs on)."""
    return starts_on is not None and starts_on <= day and (ends_on is None or day <= ends_on)


def running_on(day: date, model: type[Membership] = Membership) -> ColumnElement[bool]:
    """:func:`is_running` as SQL, for lists filtering members on a day."""
    return and_(model.starts_on <= day, or_(model.ends_on.is_(None), model.ends_on >= day))


def membership_label(m: Membership) -> str:
    """How a membership is named in lists, the trash and the calendar: "組織名 (regular)"
    (made by ``Membership.display_name``, so that messages name it the same way)."""
    return m.display_name


@dataclass
class MembershipData:
    organisation_id: int | None = None
    tier: str = MembershipTier.REGULAR.value
    starts_on: date | None = None
    ends_on: date | None = None
    annual_fee: int | None = None  # yen
    paid_on: date | None = None
    notes: str | None = None
    # The version this data was read at; an update refuses to overwrite a newer one.
    version: int | None = None
    # Set by the services; ignored when saving.
    id: int | None = None
    uid: str | None = None
    organisation_name: str | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def is_current(self, today: date) -> bool:
        return is_running(self.starts_on, self.ends_on, today)

    def fiscal_years(self) -> range:
        """The Japanese fiscal years (April–March) the membership touches, open end counted to its start."""
        if self.starts_on is None:
            return range(0)
        first = dates.fiscal_year(self.starts_on)
        last = dates.fiscal_year(self.ends_on) if self.ends_on else first
        return range(first, last + 1)


@dataclass(frozen=True)
class MembershipQuery:
    organisation_id: int | None = None
    tier: str | None = None
    current_on: date | None = None  # only memberships running on this day
    trashed: bool = False
    offset: int = 0
    limit: int | None = None


def to_data(m: Membership) -> MembershipData:
    return MembershipData(
        organisation_id=m.organisation_id, tier=m.tier.value, starts_on=m.starts_on, ends_on=m.ends_on,
        annual_fee=m.annual_fee, paid_on=m.paid_on, notes=m.notes, version=m.version, id=m.id, uid=m.uid,
        organisation_name=m.organisation.display_name, updated_at=m.updated_at, deleted_at=m.deleted_at,
    )


def _validated(data: MembershipData) -> dict:
    check = Checker("membership")
    values = {
        "organisation_id": check.required("organisation_id", data.organisation_id),
        "tier": check.choice("tier", data.tier, MembershipTier),
        "starts_on": check.required("starts_on", data.starts_on),
        "ends_on": data.ends_on,
        "annual_fee": check.not_negative("annual_fee", data.annual_fee),
        "paid_on": data.paid_on,
        "notes": check.text("notes", data.notes),
    }
    check.order("starts_on", data.starts_on, "ends_on", data.ends_on)
    check.raise_if_any()
    return values


def add_membership(session, data: MembershipData) -> Membership:
    values = _validated(data)
    fetch(session, Organisation, values["organisation_id"])
    membership = Membership(**values)
    session.add(membership)
    session.flush()
    return membership


def create_membership(db: Database, data: MembershipData) -> Saved[MembershipData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add membership")) as session:
        return saved(session, to_data(add_membership(session, data)))


def update_membership(db: Database, membership_id: int, data: MembershipData) -> Saved[MembershipData]:
    """Save ``data`` over the membership; ``data.version`` must be the version it was read at."""
    values = _validated(data)
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit membership")) as session:
        membership = fetch(session, Membership, membership_id)
        check_version(session, membership, data.version)
        fetch(session, Organisation, values["organisation_id"])
        for name, value in values.items():
            setattr(membership, name, value)
        flush_checked(session, membership)
        return saved(session, to_data(membership))


def delete_membership(db: Database, membership_id: int) -> Saved[MembershipData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete membership")) as session:
        membership = fetch(session, Membership, membership_id)
        membership.deleted_at = utcnow()
        flush_checked(session, membership)
        return saved(session, to_data(membership))


def get_membership(db: Database, membership_id: int) -> MembershipData:
    with db.reading() as session:
        return to_data(fetch(session, Membership, membership_id, allow_trashed=True))


def list_memberships(db: Database, query: MembershipQuery = MembershipQuery()) -> Page[MembershipData]:
    """A page of memberships as plain rows."""
    check = Filters("membership")
    tier = check.choice("tier", query.tier, MembershipTier)
    check.raise_if_any()
    m, o = Membership, Organisation
    stmt = (select(m.id, m.organisation_id, m.tier, m.starts_on, m.ends_on, m.annual_fee, m.paid_on, m.notes,
                   m.version, m.uid, m.updated_at, m.deleted_at, o.name_ja, o.name_en)
            .join(o, o.id == m.organisation_id))
    stmt = stmt.where(in_trash(db, m.deleted_at, query.trashed))
    if not query.trashed:
        stmt = stmt.where(in_trash(db, o.deleted_at, False))
    if query.organisation_id is not None:
        stmt = stmt.where(m.organisation_id == query.organisation_id)
    if tier is not None:
        stmt = stmt.where(m.tier == tier)
    if query.current_on is not None:
        stmt = stmt.where(running_on(query.current_on))
    stmt = stmt.order_by(o.sort_key, m.starts_on.desc(), m.id)
    with db.reading() as session:
        rows, total = page_rows(session, stmt, query.offset, query.limit)
    items = [MembershipData(
        organisation_id=r.organisation_id, tier=r.tier.value, starts_on=r.starts_on, ends_on=r.ends_on,
        annual_fee=r.annual_fee, paid_on=r.paid_on, notes=r.notes, version=r.version, id=r.id, uid=r.uid,
        organisation_name=display_name(r.name_ja, r.name_en), updated_at=r.updated_at, deleted_at=r.deleted_at)
        for r in rows]
    return Page(items, total, query.offset)
