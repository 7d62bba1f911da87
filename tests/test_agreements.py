"""Agreements: expiry, status, deadlines, renewal chain, validation, documents."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import KakehashiError, ValidationError
from db.services.activities import ActivityData, agreement_usage, create_activity, list_activities, ActivityQuery
from db.services.agreements import (
    AgreementData,
    AgreementQuery,
    ScopeItemData,
    SignatoryData,
    create_agreement,
    get_agreement,
    list_agreements,
    renewal_chain,
    update_agreement,
)
from db.services.documents import attach_document, detach_document, document_file, stored_path
from db.services.integrity import check_database
from db.services.organisations import OrganisationData, create_organisation


@pytest.fixture
def partner(db):
    return create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県",
                                                    name_en="Kanagawa Prefecture", name_kana="カナガワケン")).record


def mou(partner, **overrides) -> AgreementData:
    values = dict(title="ライフサイエンス領域に関するMOU", kind="mou", signed_on=date(2020, 9, 18), term_years=5,
                  party_ids=[partner.id])
    values.update(overrides)
    return AgreementData(**values)


def test_expiry_from_signing_and_term(db, partner):
    a = create_agreement(db, mou(partner)).record
    assert a.expires_on == date(2025, 9, 17)
    assert get_agreement(db, a.id, today=date(2025, 9, 17)).effective_status == "active"
    assert get_agreement(db, a.id, today=date(2025, 9, 18)).effective_status == "expired"


@pytest.mark.parametrize("start, years, months, expected", [
    (date(2020, 1, 31), 0, 1, date(2020, 2, 29)),   # month end, leap year
    (date(2020, 2, 29), 1, 0, date(2021, 2, 28)),   # leap day start
    (date(2021, 4, 1), 0, 18, date(2022, 9, 30)),   # term in months
    (date(2020, 4, 1), 2, 6, date(2022, 9, 30)),    # years and months
])
def test_expiry_rules(db, partner, start, years, months, expected):
    a = create_agreement(db, mou(partner, signed_on=None, effective_on=start, term_years=years, term_months=months)).record
    assert a.expires_on == expected


def test_effective_date_wins_over_signing_and_given_expiry_wins_over_term(db, partner):
    a = create_agreement(db, mou(partner, effective_on=date(2020, 10, 1))).record
    assert a.expires_on == date(2025, 9, 30)
    b = create_agreement(db, mou(partner, expires_on_given=date(2025, 3, 31))).record
    assert b.expires_on == date(2025, 3, 31)


def test_month_precision_signing_gives_no_expiry(db, partner):
    a = create_agreement(db, mou(partner, signed_on=date(2016, 5, 20), signed_precision="month")).record
    assert a.signed_on == date(2016, 5, 1)
    assert a.expires_on is None
    assert a.effective_status == "active"


def test_notice_period_gives_the_decision_deadline(db, partner):
    a = create_agreement(db, mou(partner, notice_months=3)).record
    assert get_agreement(db, a.id, today=date(2025, 1, 1)).renewal_deadline == date(2025, 6, 17)
    b = create_agreement(db, mou(partner, notice_days=30)).record
    assert get_agreement(db, b.id, today=date(2025, 1, 1)).renewal_deadline == date(2025, 8, 18)


def test_auto_renewal_rolls_the_term_on(db, partner):
    a = create_agreement(db, mou(partner, signed_on=date(2021, 4, 1), term_years=1, auto_renew=True,
                                 notice_months=1)).record
    later = get_agreement(db, a.id, today=date(2023, 5, 10))
    assert later.expires_on == date(2022, 3, 31)
    assert later.current_term_end == date(2024, 3, 31)
    assert later.renewal_deadline == date(2024, 2, 29)
    assert later.effective_status == "active"


def test_status_set_by_a_person_wins(db, partner):
    a = create_agreement(db, mou(partner, status="terminated")).record
    assert get_agreement(db, a.id, today=date(2021, 1, 1)).effective_status == "terminated"
    draft = create_agreement(db, mou(partner, signed_on=None, term_years=None)).record
    assert draft.effective_status == "draft"


def test_renewal_chain_and_renewed_status(db, partner):
    first = create_agreement(db, mou(partner)).record
    renewal = create_agreement(db, mou(partner, title="MOU (更新)", signed_on=date(2025, 9, 18),
                                       renewed_from_id=first.id)).record
    amendment = create_agreement(db, mou(partner, title="MOU 変更覚書", signed_on=date(2026, 4, 1),
                                         renewed_from_id=renewal.id, succession="amendment")).record
    assert renewal.succession == "renewal"
    assert get_agreement(db, first.id, today=date(2026, 1, 1)).effective_status == "renewed"
    assert [a.id for a in renewal_chain(db, amendment.id)] == [first.id, renewal.id, amendment.id]
    statuses = {a.id: a.effective_status
                for a in list_agreements(db, AgreementQuery(today=date(2026, 1, 1))).items}
    assert statuses[first.id] == "renewed" and statuses[renewal.id] == "active"
    # A cycle is refused.
    first_data = get_agreement(db, first.id)
    first_data.renewed_from_id = amendment.id
    with pytest.raises(ValidationError) as caught:
        update_agreement(db, first.id, first_data)
    assert {e.field for e in caught.value.errors} == {"renewed_from_id"}


def test_status_filter_runs_on_the_database(db, partner):
    create_agreement(db, mou(partner))
    create_agreement(db, mou(partner, signed_on=date(2024, 1, 10)))
    found = list_agreements(db, AgreementQuery(statuses=("expired",), today=date(2026, 1, 1)))
    assert [a.signed_on for a in found.items] == [date(2020, 9, 18)]
    assert list_agreements(db, AgreementQuery(statuses=("active",), today=date(2026, 1, 1))).total == 1


def test_search_finds_agreements_by_partner_name(db, partner):
    create_agreement(db, mou(partner))
    assert list_agreements(db, AgreementQuery(search="かながわ")).total == 1
    assert list_agreements(db, AgreementQuery(search="Kanagawa MOU")).total == 1
    assert list_agreements(db, AgreementQuery(search="osaka")).total == 0


def test_validation(db, partner):
    with pytest.raises(ValidationError) as caught:
        create_agreement(db, AgreementData(title="", kind="treaty", term_years=-1, party_ids=[],
                                           signed_on=date(2020, 9, 18), expires_on_given=date(2020, 1, 1),
                                           auto_renew=True, signatories=[SignatoryData(side="ours", name="")]))
    assert {e.field for e in caught.value.errors} == {
        "title", "kind", "term_years", "party_ids", "expires_on_given", "signatories[0].name"}
    with pytest.raises(ValidationError):
        create_agreement(db, mou(partner, party_ids=[999]))
    assert list_agreements(db).total == 0


def test_signatories_and_scope_round_trip(db, partner):
    a = create_agreement(db, mou(partner, signatories=[
        SignatoryData("ours", "植田俊", title="理事", organisation_name="LINK-J"),
        SignatoryData("partner", "首藤健治", title="副知事", organisation_name="神奈川県", organisation_id=partner.id),
    ], scope=[ScopeItemData("共催・協賛・告知", "Co-hosting"), ScopeItemData("情報の交換"), ScopeItemData("相互の訪問")])).record
    again = get_agreement(db, a.id)
    assert [(s.side, s.name, s.title) for s in again.signatories] == [("ours", "植田俊", "理事"),
                                                                       ("partner", "首藤健治", "副知事")]
    assert [s.text for s in again.scope] == ["共催・協賛・告知", "情報の交換", "相互の訪問"]
    again.scope.pop()
    assert len(update_agreement(db, a.id, again).record.scope) == 2


def test_activities_count_towards_agreement_usage(db, partner):
    a = create_agreement(db, mou(partner)).record
    create_activity(db, ActivityData(kind="co_hosted_event", title="共催セミナー", starts_on=date(2021, 2, 1),
                                     agreement_id=a.id))
    create_activity(db, ActivityData(kind="visit", title="相互訪問", starts_on=date(2022, 5, 1), agreement_id=a.id))
    create_activity(db, ActivityData(kind="visit", title="視察", starts_on=date(2023, 5, 1),
                                     organisation_ids=[partner.id]))
    assert agreement_usage(db, a.id) == {"co_hosted_event": 1, "visit": 1}
    assert list_activities(db, ActivityQuery(organisation_id=partner.id)).total == 3
    with pytest.raises(ValidationError):
        create_activity(db, ActivityData(kind="visit", title="どこにも", starts_on=date(2023, 5, 1)))


def test_documents_are_stored_by_hash_and_checked(db, partner, tmp_path):
    a = create_agreement(db, mou(partner)).record
    scan = tmp_path / "署名済み覚書.pdf"
    scan.write_bytes(b"%PDF-1.7 signed copy")
    doc = attach_document(db, a.id, scan).record
    assert doc.original_name == "署名済み覚書.pdf" and doc.size == 20 and len(doc.sha256) == 64
    scan.unlink()  # the original may go; the stored copy stays
    assert document_file(db, doc.id).read_bytes() == b"%PDF-1.7 signed copy"
    assert get_agreement(db, a.id).documents[0].sha256 == doc.sha256
    assert check_database(db).ok
    stored_path(db.location.files_dir, doc.sha256).write_bytes(b"tampered")
    with pytest.raises(KakehashiError):
        document_file(db, doc.id)
    assert not check_database(db).ok
    detach_document(db, doc.id)
    assert get_agreement(db, a.id).documents == []


def test_an_agreement_whose_partner_is_in_the_trash_stays_editable(db, partner):
    from db.services.organisations import delete_organisation

    a = create_agreement(db, mou(partner)).record
    delete_organisation(db, partner.id)
    a = get_agreement(db, a.id)
    a.notes = "相手先は整理中"
    assert update_agreement(db, a.id, a).record.notes == "相手先は整理中"


def test_a_new_partner_in_the_trash_is_refused_by_name(db, partner):
    from db.services.organisations import delete_organisation

    other = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    delete_organisation(db, other.id)
    a = create_agreement(db, mou(partner)).record
    a.party_ids = [partner.id, other.id]
    with pytest.raises(ValidationError) as caught:
        update_agreement(db, a.id, a)
    [error] = caught.value.errors
    assert error.field == "party_ids" and "川崎市" in error.text() and "trash" in error.text()
    assert str(other.id) not in error.text()
    with pytest.raises(ValidationError) as caught:
        create_agreement(db, mou(partner, party_ids=[other.id]))
    assert "川崎市" in caught.value.errors[0].text()


def test_a_missing_previous_agreement_is_a_field_error(db, partner):
    with pytest.raises(ValidationError) as caught:
        create_agreement(db, mou(partner, renewed_from_id=999))
    [error] = caught.value.errors
    assert error.field == "renewed_from_id" and "999" in error.text()
    a = create_agreement(db, mou(partner)).record
    a.renewed_from_id = 12345
    with pytest.raises(ValidationError) as caught:
        update_agreement(db, a.id, a)
    assert [e.field for e in caught.value.errors] == ["renewed_from_id"]


def test_errors_of_signatories_and_scope_name_the_items_field(db, partner):
    with pytest.raises(ValidationError) as caught:
        create_agreement(db, mou(partner, signatories=[
            SignatoryData("partner", "黒岩祐治", title="x" * 301),
            SignatoryData("ours", "", name_en="y" * 201, organisation_name="z" * 301)],
            scope=[ScopeItemData("共催"), ScopeItemData("", text_en="w" * 10)]))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"signatories[0].title", "signatories[1].name", "signatories[1].name_en",
                      "signatories[1].organisation_name", "scope[1].text"}
    with pytest.raises(ValidationError) as caught:
        create_agreement(db, mou(partner, signatories=[SignatoryData("partner", "黒岩祐治", organisation_id=999)],
                                 scope=[ScopeItemData("共催", text_en="x" * 70_000)]))
    assert {e.field for e in caught.value.errors} == {"signatories[0].organisation_id"}
