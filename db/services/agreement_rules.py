"""What an agreement's dates imply: its expiry, the term running today, the deadline
for deciding on renewal, and its status.  Pure functions; the calendar, lists and
exports call these instead of repeating them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, select
from sqlalchemy.orm import aliased

from db import dates
from db.models import Agreement, AgreementStatus, DatePrecision, Succession


def term_start(effective_on: date | None, signed_on: date | None, signed_precision: DatePrecision) -> date | None:
    """A term runs from the effective date, or from the signing day when that is known to the day."""
    if effective_on is not None:
        return effective_on
    if signed_on is not None and signed_precision == DatePrecision.DAY:
        return signed_on
    return None


def first_expiry(start: date | None, term_years: int | None, term_months: int | None,
                 given: date | None) -> date | None:
    """The end of the first term: as given on paper, else computed (2020-09-18 + 5 years → 2025-09-17)."""
    if given is not None:
        return given
    if start is None or not (term_years or term_months):
        return None
    return dates.term_end(start, term_years or 0, term_months or 0)


def current_term_end(a: Agreement, today: date) -> date | None:
    """The end of the term running on ``today``; for auto-renewal, terms roll on past the first."""
    if a.expires_on is None:
        return None
    if not a.auto_renew or today <= a.expires_on:
        return a.expires_on
    years, months = renewal_term(a)
    if not (years or months):
        return a.expires_on
    start = dates.next_term_start(a.expires_on)
    _, end = dates.current_term(start, years, months, years, months, today)
    return end


def renewal_term(a: Agreement) -> tuple[int, int]:
    """Renewal term; when the paper names none, a renewal repeats the first term."""
    if a.renewal_term_years or a.renewal_term_months:
        return a.renewal_term_years or 0, a.renewal_term_months or 0
    return a.term_years or 0, a.term_months or 0


def decision_deadline(a: Agreement, today: date) -> date | None:
    """Last day to give notice of renewal or non-renewal for the term running on ``today``."""
    return dates.renewal_deadline(current_term_end(a, today), a.notice_months, a.notice_days)


def counts_as_renewal(successor: Agreement) -> bool:
    """A later agreement renews the one it points back to when it says it is a renewal
    (not an amendment) and is not in the trash."""
    return successor.succession == Succession.RENEWAL and successor.deleted_at is None


def has_been_renewed(a: Agreement) -> bool:
    """Whether a renewal of ``a`` exists (reads ``a.successors``; load them eagerly in lists)."""
    return any(counts_as_renewal(s) for s in a.successors)


def renewed_expression(agreement: type[Agreement] = Agreement) -> ColumnElement[bool]:
    """:func:`has_been_renewed` as SQL: EXISTS a live renewal of ``agreement`` (the
    mapped class or an alias of it).  Lists, the status expression and the calendar
    use this one condition."""
    successor = aliased(Agreement)
    return exists(
        select(successor.id).where(
            successor.renewed_from_id == agreement.id,
            successor.succession == Succession.RENEWAL,
            successor.deleted_at.is_(None),
        )
    )


def derived_status(a: Agreement, today: date, renewed: bool | None = None) -> AgreementStatus:
    """The status a person set, or else the one the dates give.

    ``renewed`` tells whether a renewal of this agreement exists; by default it is
    read from ``a.successors`` (:func:`has_been_renewed`).
    """
    if a.status is not None:
        return a.status
    if renewed is None:
        renewed = has_been_renewed(a)
    if renewed:
        return AgreementStatus.RENEWED
    if a.signed_on is None and a.effective_on is None:
        return AgreementStatus.DRAFT
    if not a.auto_renew and a.expires_on is not None and a.expires_on < today:
        return AgreementStatus.EXPIRED
    return AgreementStatus.ACTIVE


def status_expression(today: date):
    """:func:`derived_status` as SQL, so lists filter and sort by status on the database side.

    The two must say the same; tests/test_rules_once.py checks them against each other
    over many generated agreements."""
    return case(
        (Agreement.status.is_not(None), Agreement.status),
        (renewed_expression(), AgreementStatus.RENEWED.value),
        (and_(Agreement.signed_on.is_(None), Agreement.effective_on.is_(None)), AgreementStatus.DRAFT.value),
        (and_(Agreement.auto_renew.is_(False), Agreement.expires_on < today), AgreementStatus.EXPIRED.value),
        else_=AgreementStatus.ACTIVE.value,
    )
