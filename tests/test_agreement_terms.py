"""The dates a form shows before saving are the ones the services store."""

from __future__ import annotations

from datetime import date

from db.services.agreement_terms import renewal_draft, term_dates
from db.services.agreements import AgreementData, SignatoryData, create_agreement, get_agreement
from db.services.organisations import OrganisationData, create_organisation


def test_kanagawa_terms_before_saving():
    data = AgreementData(title="MOU", signed_on=date(2020, 9, 18), term_years=5, notice_months=3)
    shown = term_dates(data, today=date(2024, 1, 1))
    assert shown.start == date(2020, 9, 18) and shown.expires_on == date(2025, 9, 17)
    assert shown.renewal_deadline == date(2025, 6, 17) and shown.status == "active"
    assert term_dates(data, today=date(2026, 1, 1)).status == "expired"


def test_incomplete_terms_give_nothing_rather_than_fail():
    assert term_dates(AgreementData(title="x", term_years=5)).expires_on is None
    assert term_dates(AgreementData(title="x", signed_on=date(2020, 9, 18), term_years=-1)).expires_on is None
    month_only = AgreementData(title="x", signed_on=date(2020, 9, 18), signed_precision="month", term_years=1)
    assert term_dates(month_only).start is None and term_dates(month_only).status == "active"


def test_auto_renewal_rolls_on_like_the_stored_agreement(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record.id
    data = AgreementData(title="MOU", signed_on=date(2020, 4, 1), term_years=1, auto_renew=True, notice_months=1,
                         party_ids=[org])
    stored = get_agreement(db, create_agreement(db, data).record.id, today=date(2023, 7, 1))
    shown = term_dates(data, today=date(2023, 7, 1))
    assert (shown.expires_on, shown.current_term_end, shown.renewal_deadline) == (
        stored.expires_on, stored.current_term_end, stored.renewal_deadline) == (
        date(2021, 3, 31), date(2024, 3, 31), date(2024, 2, 29))


def test_renewal_draft_starts_the_day_after_the_expiry(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record.id
    saved = create_agreement(db, AgreementData(
        title="MOU", signed_on=date(2020, 9, 18), term_years=5, party_ids=[org],
        signatories=[SignatoryData(side="ours", name="植田俊")])).record
    draft = renewal_draft(saved)
    assert draft.effective_on == date(2025, 9, 18) and draft.renewed_from_id == saved.id
    assert draft.signed_on is None and draft.party_ids == [org] and draft.signatories[0].name == "植田俊"
    assert draft.succession == "renewal" and draft.id is None and draft.version is None
    assert term_dates(draft).expires_on == date(2030, 9, 17)
