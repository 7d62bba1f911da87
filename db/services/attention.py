"""What needs attention that the calendar no longer shows: agreements that expired and
were not renewed, and renewal decisions whose deadline passed while the term still runs.

The calendar (db.services.due) looks forward from a day; these look back.  Both take
their rules from db.services.agreement_rules, so "expired" means what the lists' status
means, and a deadline is the one the agreement form shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from db.calendar_index import TERMS, can_fall_due
from db.database import Database
from db.models import Agreement, AgreementParty, AgreementStatus, Organisation
from db.services import agreement_rules as rules
from db.services.common import Page
from db.services.listing import display_name, grouped_rows

LIMIT = 50  # a home screen lists the latest; the count says how many there are in all


@dataclass(frozen=True)
class AgreementDue:
    """An agreement and the day that matters for it (its expiry, or a missed deadline)."""

    id: int
    title: str
    title_en: str | None
    on: date | None
    expires_on: date | None
    party_names: list[str] = field(default_factory=list)


def _party_names(session, ids: list[int]) -> dict[int, list[str]]:
    rows = grouped_rows(session, lambda chunk: (
        select(AgreementParty.agreement_id, Organisation.name_ja, Organisation.name_en)
        .join(Organisation, Organisation.id == AgreementParty.organisation_id)
        .where(AgreementParty.agreement_id.in_(chunk)).order_by(AgreementParty.agreement_id, Organisation.sort_key)),
        ids)
    return {key: [display_name(r[1], r[2]) for r in found] for key, found in rows.items()}


def expired_not_renewed(db: Database, today: date, limit: int | None = LIMIT) -> Page[AgreementDue]:
    """Live agreements whose status on ``today`` is expired and that no renewal follows,
    the latest expiry first (``total`` counts them all)."""
    status = rules.status_expression(today)
    conditions = (Agreement.deleted_at.is_(None), status == AgreementStatus.EXPIRED.value,
                  ~rules.renewed_expression())
    stmt = (select(Agreement.id, Agreement.title, Agreement.title_en, Agreement.expires_on)
            .where(*conditions).order_by(Agreement.expires_on.desc().nulls_last(), Agreement.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(Agreement).where(*conditions)) or 0
        rows = session.execute(stmt).all()
        names = _party_names(session, [r.id for r in rows])
    return Page([AgreementDue(r.id, r.title, r.title_en, r.expires_on, r.expires_on, names.get(r.id, []))
                 for r in rows], total)


def decisions_overdue(db: Database, today: date) -> list[AgreementDue]:
    """Agreements that do not renew themselves, whose renewal decision deadline has
    passed while their term still runs on ``today``: the earliest deadline first."""
    with db.reading() as session:
        longest = session.execute(select(func.max(Agreement.notice_months), func.max(Agreement.notice_days))).one()
        if not (longest[0] or longest[1]):
            return []
        # A deadline before today needs an expiry less than the longest notice away.
        horizon = today + timedelta(days=31 * (longest[0] or 0) + (longest[1] or 0) + 1)
        stmt = (select(*TERMS, Agreement.title_en, Agreement.status)
                .where(*can_fall_due(), Agreement.auto_renew.is_(False),
                       Agreement.expires_on >= today, Agreement.expires_on <= horizon))
        rows = session.execute(stmt).all()
        missed = []
        for r in rows:
            if r.status is not None and r.status != AgreementStatus.ACTIVE:
                continue  # negotiating, or another state a person set: not a missed decision
            deadline = rules.decision_deadline(r, today)
            if deadline is not None and deadline < today:
                missed.append((r, deadline))
        names = _party_names(session, [r.id for r, _ in missed])
    items = [AgreementDue(r.id, r.title, r.title_en, deadline, r.expires_on, names.get(r.id, []))
             for r, deadline in missed]
    return sorted(items, key=lambda i: (i.on, i.title, i.id))


def membership_organisation(db: Database, membership_id: int) -> int | None:
    """The organisation a membership belongs to (a membership opens in its partner's form)."""
    from db.models import Membership

    with db.reading() as session:
        return session.scalar(select(Membership.organisation_id).where(Membership.id == membership_id))


def membership_tiers(db: Database, membership_ids: list[int]) -> dict[int, str]:
    """``{id: tier}`` of these memberships (the home screen names a membership by its tier)."""
    from db.models import Membership

    if not membership_ids:
        return {}
    with db.reading() as session:
        rows = session.execute(select(Membership.id, Membership.tier).where(Membership.id.in_(membership_ids)))
        return {row.id: row.tier.value for row in rows}
