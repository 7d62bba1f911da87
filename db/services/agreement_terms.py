"""An agreement's dates worked out before it is saved, and the draft of its renewal.

A form shows the expiry and the renewal decision deadline while the user types, and
"Renew…" starts the next agreement from the current one.  Both use the rules the
services use (:mod:`db.services.agreement_rules`, :mod:`db.dates`) — nothing here
restates a rule — so what the form shows before saving is what is stored after.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from db import dates
from db.models import Agreement, AgreementStatus, DatePrecision, Succession
from db.services import agreement_rules as rules
from db.services.agreements import AgreementData, ScopeItemData


@dataclass(frozen=True)
class TermDates:
    """What an agreement's dates imply, as of ``today``."""

    start: date | None  # the first term starts (effective date, or the signing day)
    expires_on: date | None  # end of the first term, given or computed
    current_term_end: date | None  # rolls on while an agreement renews itself
    renewal_deadline: date | None  # last day to give notice for that term
    status: str  # the status the dates give (or the one set by hand)


def term_dates(data: AgreementData, today: date | None = None, renewed: bool = False) -> TermDates:
    """The dates ``data`` implies — the same functions ``create_agreement`` and
    ``get_agreement`` apply, on an unsaved copy.  Negative or empty parts count as absent."""
    today = today or date.today()
    precision = DatePrecision(data.signed_precision or DatePrecision.DAY.value)
    signed_on = data.signed_on
    if signed_on is not None and precision == DatePrecision.MONTH:
        signed_on = signed_on.replace(day=1)
    elif signed_on is not None and precision == DatePrecision.YEAR:
        signed_on = signed_on.replace(month=1, day=1)

    def part(value: int | None) -> int | None:
        return value if value and value > 0 else None

    start = rules.term_start(data.effective_on, signed_on, precision)
    expires = rules.first_expiry(start, part(data.term_years), part(data.term_months), data.expires_on_given)
    # An unsaved agreement (never added to a session) so that the rules read it as they read a stored one.
    draft = Agreement(
        signed_on=signed_on, effective_on=data.effective_on, expires_on=expires, auto_renew=bool(data.auto_renew),
        term_years=part(data.term_years), term_months=part(data.term_months),
        renewal_term_years=part(data.renewal_term_years), renewal_term_months=part(data.renewal_term_months),
        notice_months=part(data.notice_months), notice_days=part(data.notice_days),
        status=AgreementStatus(data.status) if data.status else None,
    )
    return TermDates(start, expires, rules.current_term_end(draft, today), rules.decision_deadline(draft, today),
                     rules.derived_status(draft, today, renewed=renewed).value)


def renewal_draft(previous: AgreementData, today: date | None = None) -> AgreementData:
    """The next agreement of ``previous``'s line, not yet saved: the same parties, kind,
    titles, signatories, scope and terms; the new term starts the day after the current one
    ends (``dates.next_term_start``); the signing date is left for the paper to give."""
    today = today or date.today()
    end = previous.current_term_end or previous.expires_on
    if end is None:
        end = term_dates(previous, today).current_term_end
    return AgreementData(
        title=previous.title, title_en=previous.title_en, kind=previous.kind,
        effective_on=dates.next_term_start(end) if end is not None else None,
        term_years=previous.term_years, term_months=previous.term_months,
        auto_renew=previous.auto_renew, renewal_term_years=previous.renewal_term_years,
        renewal_term_months=previous.renewal_term_months, notice_months=previous.notice_months,
        notice_days=previous.notice_days, renewed_from_id=previous.id, succession=Succession.RENEWAL.value,
        party_ids=list(previous.party_ids), party_names=list(previous.party_names),
        signatories=[dataclasses.replace(s) for s in previous.signatories],
        scope=[ScopeItemData(i.text, i.text_en) for i in previous.scope],
    )

