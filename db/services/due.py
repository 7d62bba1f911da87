"""What falls due: renewal decision deadlines, expiries, membership ends, activities.

The calendar, reminders and the ``upcoming`` command all ask :func:`due_between`, so
the rules for what is due live in one place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased, selectinload

from db import dates
from db.database import Database
from db.models import Activity, Agreement, AgreementParty, AgreementStatus, Membership, Organisation, Succession
from db.services import agreement_rules as rules


class DueKind(enum.StrEnum):
    RENEWAL_DEADLINE = "renewal_deadline"
    EXPIRY = "expiry"
    MEMBERSHIP_END = "membership_end"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class DueItem:
    on: date
    kind: DueKind
    entity: str  # "agreement", "membership", "activity"
    entity_id: int
    uid: str
    title: str
    who: str  # the organisations concerned
    auto_renew: bool = False

    def as_dict(self) -> dict:
        return {"date": self.on.isoformat(), "kind": self.kind.value, "entity": self.entity,
                "id": self.entity_id, "uid": self.uid, "title": self.title, "who": self.who,
                "auto_renew": self.auto_renew}


def upcoming(db: Database, today: date, days: int) -> list[DueItem]:
    """What falls due from ``today`` through ``days`` days after it, soonest first."""
    return due_between(db, today, today + timedelta(days=days))


def due_between(db: Database, first: date, last: date) -> list[DueItem]:
    items: list[DueItem] = []
    with db.reading() as session:
        items += _agreement_dates(session, first, last)
        items += _membership_ends(session, first, last)
        items += _activities(session, first, last)
    order = list(DueKind)
    return sorted(items, key=lambda i: (i.on, order.index(i.kind), i.title))


def _parties(agreement: Agreement) -> str:
    return "、".join(p.organisation.display_name for p in agreement.parties)


def _agreement_dates(session, first: date, last: date) -> list[DueItem]:
    successor = aliased(Agreement)
    renewed = select(successor.id).where(successor.renewed_from_id == Agreement.id,
                                         successor.succession == Succession.RENEWAL,
                                         successor.deleted_at.is_(None)).exists()
    # Terms that end in the window (or, renewing themselves, may end in it); a renewal
    # deadline is never after its term's end, so the same rows carry the deadlines.
    stmt = (
        select(Agreement)
        .where(Agreement.deleted_at.is_(None), Agreement.expires_on.is_not(None), ~renewed,
               or_(Agreement.status.is_(None),
                   Agreement.status.not_in([AgreementStatus.TERMINATED, AgreementStatus.RENEWED,
                                            AgreementStatus.DRAFT])),
               or_(Agreement.auto_renew.is_(True), Agreement.expires_on >= first))
        .options(selectinload(Agreement.parties).selectinload(AgreementParty.organisation))
    )
    items = []
    for a in session.scalars(stmt):
        for end in _term_ends(a, first, last):
            deadline = dates.renewal_deadline(end, a.notice_months, a.notice_days)
            if deadline is not None and first <= deadline <= last:
                items.append(DueItem(deadline, DueKind.RENEWAL_DEADLINE, "agreement", a.id, a.uid, a.title,
                                     _parties(a), a.auto_renew))
            if first <= end <= last:
                items.append(DueItem(end, DueKind.EXPIRY, "agreement", a.id, a.uid, a.title, _parties(a),
                                     a.auto_renew))
    return items


def _term_ends(a: Agreement, first: date, last: date) -> list[date]:
    """Ends of the terms whose end or renewal deadline falls in the window: from the term
    running on ``first`` on, until a term's deadline lies past ``last``."""
    ends: list[date] = []
    end = rules.current_term_end(a, first)
    while end is not None and end not in ends:
        deadline = dates.renewal_deadline(end, a.notice_months, a.notice_days) or end
        if deadline > last:
            break
        ends.append(end)
        if not a.auto_renew:
            break
        end = rules.current_term_end(a, end + timedelta(days=1))
    return ends


def _membership_ends(session, first: date, last: date) -> list[DueItem]:
    stmt = (select(Membership).join(Membership.organisation)
            .where(Membership.deleted_at.is_(None), Organisation.deleted_at.is_(None),
                   Membership.ends_on >= first, Membership.ends_on <= last))
    return [DueItem(m.ends_on, DueKind.MEMBERSHIP_END, "membership", m.id, m.uid,
                    f"{m.organisation.display_name} ({m.tier.value})", m.organisation.display_name)
            for m in session.scalars(stmt)]


def _activities(session, first: date, last: date) -> list[DueItem]:
    stmt = (select(Activity).where(Activity.deleted_at.is_(None), Activity.starts_on <= last,
                                   func.coalesce(Activity.ends_on, Activity.starts_on) >= first)
            .options(selectinload(Activity.organisations)))
    items = []
    for act in session.scalars(stmt):
        who = "、".join(o.display_name for o in act.organisations)
        items.append(DueItem(max(act.starts_on, first), DueKind.ACTIVITY, "activity", act.id, act.uid, act.title, who))
    return items


