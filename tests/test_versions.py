"""Two people editing the same record: the later save from an older version is refused,
names who saved meanwhile and when, and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.errors import StaleRecord
from db.lifecycle import open_database
from db.models import Change, Operation
from db.services.activities import ActivityData, create_activity, get_activity, update_activity
from db.services.agreements import (
    AgreementData,
    ScopeItemData,
    SignatoryData,
    create_agreement,
    get_agreement,
    update_agreement,
)
from db.services.contacts import ContactData, create_contact, get_contact, update_contact
from db.services.memberships import (
    MembershipData,
    MembershipQuery,
    create_membership,
    list_memberships,
    update_membership,
)
from db.services.organisations import OrganisationData, create_organisation, get_organisation, update_organisation


@pytest.fixture
def two_staff(db_path):
    """Two open databases on one file, as two people on a shared folder have."""
    first = open_database(db_path, user="tanaka")
    second = open_database(db_path, user="suzuki")
    yield first, second
    first.close()
    second.close()


def rows(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_stale_save_is_refused_and_writes_nothing(two_staff):
    tanaka, suzuki = two_staff
    created = create_organisation(tanaka, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    assert created.version == 1
    mine, theirs = get_organisation(tanaka, created.id), get_organisation(suzuki, created.id)
    assert mine.version == theirs.version == 1

    mine.name_en = "Kanagawa Prefecture"
    saved = update_organisation(tanaka, created.id, mine)
    assert saved.record.version == 2 and saved.operation_id is not None

    theirs.city = "横浜市"
    theirs.name_en = "Kanagawa"
    operations, changes = rows(suzuki, Operation), rows(suzuki, Change)
    with pytest.raises(StaleRecord) as caught:
        update_organisation(suzuki, created.id, theirs)
    error = caught.value
    assert error.params["user"] == "tanaka" and error.params["label"] == "神奈川県"
    assert error.params["record"] == "organisation"
    # Local time, to the minute: no microseconds, no "T".
    assert len(error.params["at"]) == len("2026-01-01 09:30") and "T" not in error.params["at"]
    assert "tanaka" in str(error) and "nothing was saved" in str(error)
    assert (rows(suzuki, Operation), rows(suzuki, Change)) == (operations, changes)
    after = get_organisation(suzuki, created.id)
    assert (after.name_en, after.city, after.version) == ("Kanagawa Prefecture", None, 2)


def test_a_save_without_a_version_is_refused(db):
    created = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    created.version = None
    created.name_en = "Kawasaki"
    with pytest.raises(StaleRecord):
        update_organisation(db, created.id, created)
    assert get_organisation(db, created.id).name_en is None


def test_the_version_rises_once_per_save_and_reading_again_lets_one_save(two_staff):
    tanaka, suzuki = two_staff
    created = create_organisation(tanaka, OrganisationData(kind="city", name_ja="川崎市")).record
    for n in range(2, 5):
        created.notes = f"save {n}"
        created = update_organisation(tanaka, created.id, created).record
        assert created.version == n
    theirs = get_organisation(suzuki, created.id)
    theirs.notes = "after reloading"
    assert update_organisation(suzuki, created.id, theirs).record.version == 5


def test_an_unchanged_save_keeps_the_version(db):
    created = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市", tags=["自治体"])).record
    again = update_organisation(db, created.id, created)
    assert again.record.version == 1 and again.operation_id is None


def test_changing_only_tags_moves_the_version(two_staff):
    tanaka, suzuki = two_staff
    created = create_organisation(tanaka, OrganisationData(kind="city", name_ja="川崎市", tags=["自治体"])).record
    theirs = get_organisation(suzuki, created.id)
    created.tags = ["自治体", "MOU"]
    assert update_organisation(tanaka, created.id, created).record.version == 2
    theirs.notes = "edited meanwhile"
    with pytest.raises(StaleRecord):
        update_organisation(suzuki, created.id, theirs)
    assert get_organisation(suzuki, created.id).tags == ["MOU", "自治体"]


@pytest.mark.parametrize("part", ["signatories", "scope", "parties"])
def test_changing_only_an_agreements_parts_moves_its_version(two_staff, part):
    tanaka, suzuki = two_staff
    kanagawa = create_organisation(tanaka, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    kawasaki = create_organisation(tanaka, OrganisationData(kind="city", name_ja="川崎市")).record
    created = create_agreement(tanaka, AgreementData(
        title="MOU", signed_on=date(2020, 9, 18), party_ids=[kanagawa.id],
        signatories=[SignatoryData("partner", "黒岩祐治", title="知事")], scope=[ScopeItemData("共催")])).record
    theirs = get_agreement(suzuki, created.id)
    if part == "signatories":
        created.signatories[0].title = "神奈川県知事"
    elif part == "scope":
        created.scope.append(ScopeItemData("人材交流"))
    else:
        created.party_ids = [kanagawa.id, kawasaki.id]
    saved = update_agreement(tanaka, created.id, created)
    assert saved.record.version == 2 and saved.operation_id is not None
    theirs.notes = "edited meanwhile"
    with pytest.raises(StaleRecord) as caught:
        update_agreement(suzuki, created.id, theirs)
    assert caught.value.params["user"] == "tanaka"
    assert get_agreement(suzuki, created.id).notes is None


def test_every_record_kind_refuses_a_stale_save(two_staff):
    tanaka, suzuki = two_staff
    org = create_organisation(tanaka, OrganisationData(kind="city", name_ja="川崎市")).record
    contact = create_contact(tanaka, ContactData(organisation_id=org.id, family_name="福田")).record
    membership = create_membership(tanaka, MembershipData(organisation_id=org.id, starts_on=date(2020, 4, 1))).record
    activity = create_activity(tanaka, ActivityData(title="視察", starts_on=date(2021, 5, 1),
                                                    organisation_ids=[org.id])).record
    cases = [
        (get_contact, update_contact, contact.id, "title", "市長"),
        (lambda db, i: list_memberships(db, MembershipQuery(organisation_id=org.id)).items[0], update_membership,
         membership.id, "annual_fee", 100_000),
        (get_activity, update_activity, activity.id, "place", "川崎市役所"),
    ]
    for read, update, record_id, name, value in cases:
        mine, theirs = read(tanaka, record_id), read(suzuki, record_id)
        setattr(mine, name, value)
        assert update(tanaka, record_id, mine).record.version == 2
        theirs.notes = "edited meanwhile"
        with pytest.raises(StaleRecord):
            update(suzuki, record_id, theirs)
        assert read(suzuki, record_id).notes is None


def test_changing_only_an_activitys_organisations_moves_its_version(db):
    a = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    b = create_organisation(db, OrganisationData(kind="city", name_ja="横浜市")).record
    activity = create_activity(db, ActivityData(title="視察", starts_on=date(2021, 5, 1), organisation_ids=[a.id])).record
    activity.organisation_ids = [a.id, b.id]
    assert update_activity(db, activity.id, activity).record.version == 2


def test_a_version_moved_between_check_and_write_is_refused_too(db):
    """On a server database another computer may save between our read and our write;
    the UPDATE's own version check catches it and says so the same way."""
    from sqlalchemy import text

    from db.models import Organisation
    from db.services.common import flush_checked

    created = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    with pytest.raises(StaleRecord) as caught, db.transaction("Edit organisation") as session:
        org = session.get(Organisation, created.id)
        session.execute(text("UPDATE organisation SET version = version + 1 WHERE id = :id"), {"id": org.id})
        org.notes = "mine"
        flush_checked(session, org)
    assert caught.value.params["label"] == "川崎市"
    assert get_organisation(db, created.id).notes is None and get_organisation(db, created.id).version == 1


def test_a_change_the_history_does_not_know_still_refuses_with_a_plain_message(db):
    from sqlalchemy import text

    created = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    with db.transaction("bulk") as session:
        session.execute(text("DELETE FROM change"))
        session.execute(text("UPDATE organisation SET version = 2"))
    created.notes = "mine"
    with pytest.raises(StaleRecord) as caught:
        update_organisation(db, created.id, created)
    assert str(caught.value).startswith("The organisation “川崎市” was changed at ")
