"""Organisations, contacts and memberships through the services, on a real database file."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import NotFound, ValidationError
from db.services.contacts import (
    ContactData,
    ContactQuery,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    update_contact,
)
from db.services.memberships import MembershipData, MembershipQuery, create_membership, list_memberships
from db.services.organisations import (
    OrganisationData,
    OrganisationQuery,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)


def kanagawa(**overrides) -> OrganisationData:
    values = dict(kind="prefecture", name_ja="神奈川県", name_en="Kanagawa Prefecture", name_kana="カナガワケン",
                  region="神奈川県", tags=["MOU", "自治体"])
    values.update(overrides)
    return OrganisationData(**values)


def fields_of(error: ValidationError) -> set[str]:
    return {e.field for e in error.errors}


def test_create_and_read_back(db):
    created = create_organisation(db, kanagawa(website="https://www.pref.kanagawa.jp/")).record
    again = get_organisation(db, created.id)
    assert again.name_ja == "神奈川県" and again.kind == "prefecture" and again.country == "JP"
    assert sorted(again.tags) == ["MOU", "自治体"]
    assert len(again.uid) == 36 and again.created_at is not None


def test_values_are_cleaned(db):
    created = create_organisation(db, kanagawa(name_en="  Kanagawa Prefecture\u3000", country="jp", city="  ")).record
    assert created.name_en == "Kanagawa Prefecture"
    assert created.country == "JP"
    assert created.city is None


def test_validation_names_every_bad_field(db):
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, OrganisationData(kind="castle", name_ja=" ", name_en=None, country="Japan",
                                                 website="www.example.org"))
    assert fields_of(caught.value) == {"kind", "name_ja", "country", "website"}
    assert list_organisations(db).total == 0  # nothing half written


def test_english_name_alone_is_enough(db):
    assert create_organisation(db, OrganisationData(kind="industry_association", name_en="BIOCOM", country="US")).record.id


def test_too_long_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, kanagawa(short_name="x" * 51))
    assert fields_of(caught.value) == {"short_name"}


@pytest.mark.parametrize("typed", ["かながわ", "カナガワ", "ｶﾅｶﾞﾜ", "神奈川", "kanagawa pref", "ＫＡＮＡＧＡＷＡ", "自治体"])
def test_search_in_japanese_english_and_kana(db, typed):
    create_organisation(db, kanagawa())
    create_organisation(db, OrganisationData(kind="university", name_en="University of California San Diego",
                                             short_name="UCSD", country="US"))
    found = list_organisations(db, OrganisationQuery(search=typed))
    assert [o.name_ja for o in found.items] == ["神奈川県"]


def test_search_escapes_wildcards(db):
    create_organisation(db, kanagawa())
    assert list_organisations(db, OrganisationQuery(search="%")).total == 0
    assert list_organisations(db, OrganisationQuery(search="神%川")).total == 0  # not a wildcard
    assert list_organisations(db, OrganisationQuery(search="神奈")).total == 1


def test_list_sorts_by_reading_and_pages_on_the_database(db):
    for name, kana in [("横浜市", "ヨコハマシ"), ("川崎市", "カワサキシ"), ("大阪府", "オオサカフ"), ("神奈川県", "カナガワケン")]:
        create_organisation(db, OrganisationData(kind="city", name_ja=name, name_kana=kana))
    first = list_organisations(db, OrganisationQuery(limit=2))
    rest = list_organisations(db, OrganisationQuery(limit=2, offset=2))
    assert first.total == 4 and rest.total == 4
    assert [o.name_ja for o in first.items + rest.items] == ["大阪府", "神奈川県", "川崎市", "横浜市"]


def test_filters(db):
    create_organisation(db, kanagawa())
    create_organisation(db, OrganisationData(kind="university", name_en="UCLA", country="US", tags=["海外"]))
    assert [o.name_en for o in list_organisations(db, OrganisationQuery(country="us")).items] == ["UCLA"]
    assert [o.name_en for o in list_organisations(db, OrganisationQuery(kinds=("university",))).items] == ["UCLA"]
    assert [o.name_ja for o in list_organisations(db, OrganisationQuery(tag="自治体")).items] == ["神奈川県"]


def test_update_and_missing_record(db):
    org = create_organisation(db, kanagawa()).record
    org.name_en = "Kanagawa Pref."
    org.tags = ["自治体"]
    updated = update_organisation(db, org.id, org).record
    assert updated.name_en == "Kanagawa Pref." and updated.tags == ["自治体"]
    with pytest.raises(NotFound):
        update_organisation(db, 999, org)


def test_delete_moves_contacts_and_memberships_to_trash(db):
    org = create_organisation(db, kanagawa()).record
    create_contact(db, ContactData(organisation_id=org.id, family_name="首藤", given_name="健治"))
    create_membership(db, MembershipData(organisation_id=org.id, tier="special", starts_on=date(2020, 4, 1)))
    delete_organisation(db, org.id)
    assert list_organisations(db).total == 0
    assert list_organisations(db, OrganisationQuery(trashed=True)).total == 1
    assert list_contacts(db).total == 0
    assert list_memberships(db).total == 0
    with pytest.raises(NotFound):
        update_organisation(db, org.id, org)


def test_contact_rules(db):
    org = create_organisation(db, kanagawa()).record
    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactData(organisation_id=org.id, email="shuto@pref", given_name="健治"))
    assert fields_of(caught.value) == {"email", "family_name"}
    first = create_contact(db, ContactData(organisation_id=org.id, family_name="首藤", email="a@pref.kanagawa.jp")).record
    assert first.is_primary  # the first contact of an organisation is its primary one
    second = create_contact(db, ContactData(organisation_id=org.id, family_name="山田", is_primary=True)).record
    primaries = [c.family_name for c in list_contacts(db, ContactQuery(organisation_id=org.id)).items if c.is_primary]
    assert primaries == ["山田"]
    delete_contact(db, second.id)
    primaries = [c.family_name for c in list_contacts(db, ContactQuery(organisation_id=org.id)).items if c.is_primary]
    assert primaries == ["首藤"]
    first = get_contact(db, first.id)  # made primary again since it was read: a newer version
    first.title = "課長"
    assert update_contact(db, first.id, first).record.title == "課長"


def test_contact_search_by_kana_and_email(db):
    org = create_organisation(db, kanagawa()).record
    create_contact(db, ContactData(organisation_id=org.id, family_name="首藤", given_name="健治",
                                   family_name_kana="シュトウ", given_name_kana="ケンジ", email="shuto@example.jp"))
    assert list_contacts(db, ContactQuery(search="しゅとう")).total == 1
    assert list_contacts(db, ContactQuery(search="shuto@example")).total == 1
    assert list_contacts(db, ContactQuery(search="やまだ")).total == 0


def test_membership_rules_and_fiscal_years(db):
    org = create_organisation(db, kanagawa()).record
    with pytest.raises(ValidationError) as caught:
        create_membership(db, MembershipData(organisation_id=org.id, tier="gold", starts_on=date(2021, 4, 1),
                                             ends_on=date(2021, 3, 31), annual_fee=-1))
    assert fields_of(caught.value) == {"tier", "ends_on", "annual_fee"}
    m = create_membership(db, MembershipData(organisation_id=org.id, tier="special", starts_on=date(2020, 4, 1),
                                             ends_on=date(2023, 3, 31), annual_fee=100_000)).record
    assert list(m.fiscal_years()) == [2020, 2021, 2022]
    assert m.is_current(date(2023, 3, 31)) and not m.is_current(date(2023, 4, 1))
    assert list_memberships(db, MembershipQuery(current_on=date(2022, 1, 1))).total == 1
    assert list_memberships(db, MembershipQuery(current_on=date(2024, 1, 1))).total == 0


def test_moving_the_primary_contact_leaves_both_organisations_with_one(db):
    old = create_organisation(db, kanagawa()).record
    new = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    moving = create_contact(db, ContactData(organisation_id=old.id, family_name="首藤")).record
    stays = create_contact(db, ContactData(organisation_id=old.id, family_name="山田")).record
    there = create_contact(db, ContactData(organisation_id=new.id, family_name="福田")).record
    assert get_contact(db, moving.id).is_primary and not get_contact(db, stays.id).is_primary

    moving = get_contact(db, moving.id)
    moving.organisation_id = new.id
    saved = update_contact(db, moving.id, moving).record
    assert saved.organisation_name == "川崎市"

    def primaries(org_id):
        return [c.family_name for c in list_contacts(db, ContactQuery(organisation_id=org_id)).items if c.is_primary]

    assert primaries(old.id) == ["山田"]  # the next one took over
    assert primaries(new.id) == ["福田"]  # the new organisation's primary keeps the role
    assert get_contact(db, there.id).is_primary


def test_moving_a_contact_to_an_organisation_without_contacts_makes_it_primary_there(db):
    old = create_organisation(db, kanagawa()).record
    new = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    create_contact(db, ContactData(organisation_id=old.id, family_name="首藤"))
    second = create_contact(db, ContactData(organisation_id=old.id, family_name="山田")).record
    second.organisation_id = new.id
    assert update_contact(db, second.id, second).record.is_primary
    moved_primary = list_contacts(db, ContactQuery(organisation_id=old.id)).items[0]
    moved_primary.organisation_id = new.id
    moved_primary.is_primary = True
    update_contact(db, moved_primary.id, moved_primary)
    assert list_contacts(db, ContactQuery(organisation_id=old.id)).items == []
    assert [c.family_name for c in list_contacts(db, ContactQuery(organisation_id=new.id)).items
            if c.is_primary] == ["山田"]
