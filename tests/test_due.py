"""What falls due: the rules the calendar and `upcoming` share."""

from __future__ import annotations

from datetime import date

from db.services.activities import ActivityData, create_activity
from db.services.agreements import AgreementData, create_agreement, delete_agreement
from db.services.due import due_between, upcoming
from db.services.memberships import MembershipData, create_membership
from db.services.organisations import OrganisationData, create_organisation


def setup(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    mou = create_agreement(db, AgreementData(title="神奈川県MOU", signed_on=date(2020, 9, 18), term_years=5,
                                             notice_months=3, party_ids=[org.id])).record
    return org, mou


def test_expiry_and_deadline_in_window(db):
    _, mou = setup(db)
    items = upcoming(db, date(2025, 6, 1), 120)
    assert [(i.on, i.kind.value, i.entity_id) for i in items] == [
        (date(2025, 6, 17), "renewal_deadline", mou.id),
        (date(2025, 9, 17), "expiry", mou.id),
    ]
    assert upcoming(db, date(2025, 6, 18), 30) == []
    assert [i.kind.value for i in upcoming(db, date(2025, 9, 17), 0)] == ["expiry"]


def test_auto_renewing_terms_repeat(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    create_agreement(db, AgreementData(title="NDA", kind="nda", effective_on=date(2021, 4, 1), term_years=1,
                                       auto_renew=True, notice_days=30, party_ids=[org.id]))
    items = due_between(db, date(2023, 1, 1), date(2024, 12, 31))
    assert [(i.on, i.kind.value) for i in items] == [
        (date(2023, 3, 1), "renewal_deadline"), (date(2023, 3, 31), "expiry"),
        (date(2024, 3, 1), "renewal_deadline"), (date(2024, 3, 31), "expiry"),
    ]


def test_renewed_terminated_and_trashed_agreements_are_not_due(db):
    org, mou = setup(db)
    create_agreement(db, AgreementData(title="更新", signed_on=date(2025, 9, 18), term_years=5,
                                       renewed_from_id=mou.id, party_ids=[org.id]))
    stopped = create_agreement(db, AgreementData(title="解約", signed_on=date(2020, 10, 1), term_years=5,
                                                 status="terminated", party_ids=[org.id])).record
    gone = create_agreement(db, AgreementData(title="削除", signed_on=date(2020, 10, 2), term_years=5,
                                              party_ids=[org.id])).record
    delete_agreement(db, gone.id)
    titles = {i.title for i in due_between(db, date(2025, 1, 1), date(2025, 12, 31))}
    assert titles == set(), titles
    assert stopped.id


def test_membership_ends_and_activities(db):
    org, _ = setup(db)
    create_membership(db, MembershipData(organisation_id=org.id, tier="special", starts_on=date(2024, 4, 1),
                                         ends_on=date(2025, 3, 31)))
    create_activity(db, ActivityData(kind="co_hosted_event", title="共催シンポジウム", starts_on=date(2025, 3, 10),
                                     ends_on=date(2025, 3, 12), organisation_ids=[org.id]))
    items = due_between(db, date(2025, 3, 11), date(2025, 4, 30))
    assert [(i.on, i.kind.value) for i in items] == [(date(2025, 3, 11), "activity"), (date(2025, 3, 31), "membership_end")]
