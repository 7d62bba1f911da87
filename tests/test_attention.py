"""What needs attention that the calendar no longer shows: lapsed agreements and missed decisions."""

from __future__ import annotations

from datetime import date

from db.demo.seed import load_seed
from db.services.agreements import AgreementData, create_agreement, delete_agreement, list_agreements
from db.services.attention import decisions_overdue, expired_not_renewed
from db.services.deleted_by import who_deleted
from db.services.organisations import OrganisationData, create_organisation, delete_organisation


def _kanagawa(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    mou = create_agreement(db, AgreementData(title="神奈川県MOU", signed_on=date(2020, 9, 18), term_years=5,
                                             notice_months=3, party_ids=[org.id])).record
    return org, mou


def test_the_seed_kanagawa_mou_expired_without_renewal(db):
    load_seed(db)
    found = expired_not_renewed(db, date(2026, 1, 1))
    kanagawa = [a for a in found.items if a.party_names == ["神奈川県"]]
    assert len(kanagawa) == 1 and kanagawa[0].on == date(2025, 9, 17)
    assert found.total == len(found.items)
    # Before it expired it is not listed.
    assert [a for a in expired_not_renewed(db, date(2025, 9, 17)).items if a.party_names == ["神奈川県"]] == []


def test_agrees_with_the_lists_status(db):
    load_seed(db)
    today = date(2026, 1, 1)
    listed = {a.id for a in list_agreements(db, _query(today)).items}
    assert {a.id for a in expired_not_renewed(db, today, limit=None).items} == listed


def _query(today):
    from db.services.agreements import AgreementQuery

    return AgreementQuery(statuses=("expired",), today=today)


def test_a_renewal_or_the_trash_takes_it_off(db):
    org, mou = _kanagawa(db)
    today = date(2026, 1, 1)
    assert [a.id for a in expired_not_renewed(db, today).items] == [mou.id]
    renewal = create_agreement(db, AgreementData(title="神奈川県MOU（更新）", signed_on=date(2025, 9, 18), term_years=5,
                                                 renewed_from_id=mou.id, succession="renewal",
                                                 party_ids=[org.id])).record
    assert expired_not_renewed(db, today).items == []
    delete_agreement(db, renewal.id)
    assert [a.id for a in expired_not_renewed(db, today).items] == [mou.id]
    delete_agreement(db, mou.id)
    assert expired_not_renewed(db, today).total == 0


def test_the_limit_keeps_the_total(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    for year in (2015, 2016, 2017):
        create_agreement(db, AgreementData(title=f"NDA {year}", kind="nda", signed_on=date(year, 1, 1),
                                           term_years=1, party_ids=[org.id]))
    page = expired_not_renewed(db, date(2026, 1, 1), limit=2)
    assert [a.title for a in page.items] == ["NDA 2017", "NDA 2016"] and page.total == 3


def test_a_missed_decision_while_the_term_runs(db):
    _, mou = _kanagawa(db)
    assert decisions_overdue(db, date(2025, 6, 17)) == []  # the deadline itself is still in time
    missed = decisions_overdue(db, date(2025, 6, 18))
    assert [(a.id, a.on, a.expires_on) for a in missed] == [(mou.id, date(2025, 6, 17), date(2025, 9, 17))]
    assert decisions_overdue(db, date(2025, 9, 18)) == []  # expired by then: the other list


def test_auto_renewing_agreements_miss_no_decision(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    create_agreement(db, AgreementData(title="NDA", kind="nda", effective_on=date(2021, 4, 1), term_years=1,
                                       auto_renew=True, notice_days=30, party_ids=[org.id]))
    assert decisions_overdue(db, date(2022, 3, 15)) == []


def test_who_deleted(db):
    org, mou = _kanagawa(db)
    delete_agreement(db, mou.id)
    delete_organisation(db, org.id)
    assert who_deleted(db, [("agreement", mou.id), ("organisation", org.id), ("activity", 99)]) == {
        ("agreement", mou.id): "tester", ("organisation", org.id): "tester"}


def test_a_membership_opens_in_its_organisation(db):
    from db.services.attention import membership_organisation
    from db.services.memberships import MembershipData, create_membership

    org, _ = _kanagawa(db)
    membership = create_membership(db, MembershipData(organisation_id=org.id, starts_on=date(2020, 4, 1))).record
    assert membership_organisation(db, membership.id) == org.id
    assert membership_organisation(db, 999) is None
    from db.services.attention import membership_tiers

    assert membership_tiers(db, [membership.id, 999]) == {membership.id: "regular"}
