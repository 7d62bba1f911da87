"""Every change is recorded (who, when, old → new); deleted records can be restored."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import KakehashiError
from db.services.agreements import AgreementData, SignatoryData, create_agreement, update_agreement
from db.services.contacts import ContactData, create_contact, list_contacts
from db.services.history import operation_changes, recent_operations, record_history
from db.services.organisations import (
    OrganisationData,
    OrganisationQuery,
    create_organisation,
    delete_organisation,
    list_organisations,
    update_organisation,
)
from db.services.trash import empty_trash, list_trash, purge, restore


def org(db, name="川崎市", kana="カワサキシ"):
    return create_organisation(db, OrganisationData(kind="city", name_ja=name, name_kana=kana, tags=["自治体"])).record


def test_create_update_delete_restore_are_recorded(db):
    o = org(db)
    o.name_en = "Kawasaki City"
    o.tags = ["自治体", "MOU"]
    update_organisation(db, o.id, o)
    delete_organisation(db, o.id)
    restore(db, "organisation", o.id)
    history = record_history(db, "organisation", o.id)
    actions = [h.action for h in history]
    assert actions[0] == "create" and actions[-2:] == ["delete", "restore"]
    assert history[0].fields["name_ja"] == [None, "川崎市"]
    assert history[0].fields["tags"] == [None, ["自治体"]]
    update = next(h for h in history if h.action == "update")
    assert update.fields["name_en"] == [None, "Kawasaki City"]
    assert update.fields["tags"] == [["自治体"], ["MOU", "自治体"]]
    assert all(h.user == "tester" for h in history)
    assert history[0].operation == "Add organisation"


def test_one_operation_per_use_case(db):
    o = org(db)
    create_contact(db, ContactData(organisation_id=o.id, family_name="福田"))
    delete_organisation(db, o.id)
    latest = recent_operations(db, limit=1)[0]
    assert latest.description == "Delete organisation" and latest.changes == 2
    assert {c.entity for c in operation_changes(db, latest.id)} == {"organisation", "contact"}


def test_a_record_history_includes_its_parts(db):
    o = org(db)
    a = create_agreement(db, AgreementData(title="MOU", signed_on=date(2018, 8, 1), party_ids=[o.id],
                                           signatories=[SignatoryData("partner", "福田紀彦", title="市長")])).record
    a.signatories[0].title = "川崎市長"
    update_agreement(db, a.id, a)
    history = record_history(db, "agreement", a.id)
    assert [(h.entity, h.action) for h in history[:3]] == [
        ("agreement", "create"), ("agreement_party", "create"), ("signatory", "create")]
    assert sorted((h.entity, h.action) for h in history[3:]) == [("signatory", "create"), ("signatory", "purge")]
    replaced = next(h for h in history[3:] if h.action == "create")
    assert replaced.fields["title"] == [None, "川崎市長"]
    assert [h.entity for h in record_history(db, "agreement", a.id, with_parts=False)] == ["agreement"]
    assert record_history(db, "organisation", o.id)[0].action == "create"


def test_a_new_contact_is_recorded_once(db):
    o = org(db)
    c = create_contact(db, ContactData(organisation_id=o.id, family_name="福田")).record
    history = record_history(db, "contact", c.id)
    assert [h.action for h in history] == ["create"]
    assert history[0].fields["is_primary"] == [None, True]


def test_unchanged_save_records_nothing(db):
    o = org(db)
    before = len(recent_operations(db))
    update_organisation(db, o.id, o)
    assert len(recent_operations(db)) == before


def test_failed_use_case_leaves_no_trace(db):
    o = org(db)
    before = len(recent_operations(db))
    o.website = "not a url"
    with pytest.raises(KakehashiError):
        update_organisation(db, o.id, o)
    assert len(recent_operations(db)) == before


def test_trash_lists_and_restores_with_children(db):
    o = org(db)
    create_contact(db, ContactData(organisation_id=o.id, family_name="福田"))
    delete_organisation(db, o.id)
    items = list_trash(db)
    assert [(i.kind, i.label) for i in items] == [("organisation", "川崎市")]  # the contact goes with it
    restore(db, "organisation", o.id)
    assert list_organisations(db).total == 1 and list_contacts(db).total == 1
    assert list_trash(db) == []


def test_contact_cannot_be_restored_into_a_trashed_organisation(db):
    o = org(db)
    c = create_contact(db, ContactData(organisation_id=o.id, family_name="福田")).record
    from db.services.contacts import delete_contact
    delete_contact(db, c.id)
    delete_organisation(db, o.id)
    with pytest.raises(KakehashiError):
        restore(db, "contact", c.id)


def test_purge_removes_for_good_but_keeps_history(db):
    o = org(db)
    delete_organisation(db, o.id)
    purge(db, "organisation", o.id)
    assert list_organisations(db, OrganisationQuery(trashed=True)).total == 0
    assert [h.action for h in record_history(db, "organisation", o.id)][-1] == "purge"


def test_purge_refuses_an_organisation_still_in_an_agreement(db):
    o = org(db)
    create_agreement(db, AgreementData(title="MOU", signed_on=date(2018, 8, 1), party_ids=[o.id]))
    delete_organisation(db, o.id)
    with pytest.raises(KakehashiError):
        purge(db, "organisation", o.id)
    emptied = empty_trash(db)
    assert emptied.removed == 0 and [(k.kind, k.id) for k in emptied.kept] == [("organisation", o.id)]
    assert list_organisations(db, OrganisationQuery(trashed=True)).total == 1


def test_history_keeps_ids_of_related_records_and_no_internal_keys(db):
    from db.services.activities import ActivityData, create_activity, update_activity

    o = org(db)
    other = org(db, "横浜市", "ヨコハマシ")
    a = create_agreement(db, AgreementData(title="MOU", signed_on=date(2018, 8, 1), party_ids=[o.id])).record
    act = create_activity(db, ActivityData(title="視察", starts_on=date(2021, 5, 1), organisation_ids=[o.id])).record
    act.organisation_ids = [o.id, other.id]
    update_activity(db, act.id, act)
    created, updated = record_history(db, "activity", act.id)
    assert created.fields["organisations"] == [None, [o.id]]
    assert updated.fields["organisations"] == [[o.id], sorted([o.id, other.id])]
    party = next(h for h in record_history(db, "agreement", a.id) if h.entity == "agreement_party")
    assert party.fields["organisation_id"] == [None, o.id] and party.label == "川崎市"
    for entry in [*record_history(db, "agreement", a.id), *record_history(db, "organisation", o.id)]:
        assert not {"version", "id", "search_text", "sort_key"} & set(entry.fields)
        # The stable key is kept where a record comes or goes, never as an edit.
        assert ("uid" in entry.fields) == (entry.action == "create" and entry.entity != "agreement_party")
    assert created.fields["uid"] == [None, act.uid]


def test_a_purged_record_keeps_its_stable_key_in_the_history(db):
    o = org(db)
    delete_organisation(db, o.id)
    purge(db, "organisation", o.id)
    gone = record_history(db, "organisation", o.id, with_parts=False)[-1]
    assert gone.action == "purge" and gone.fields["uid"] == [o.uid, None]


def test_empty_trash_is_one_operation_and_tells_what_it_kept(db):
    from db.services.agreements import delete_agreement

    kept_org = org(db)
    create_agreement(db, AgreementData(title="MOU", signed_on=date(2018, 8, 1), party_ids=[kept_org.id]))
    freed = org(db, "横浜市", "ヨコハマシ")
    old = create_agreement(db, AgreementData(title="旧MOU", signed_on=date(2015, 8, 1), party_ids=[freed.id])).record
    create_contact(db, ContactData(organisation_id=freed.id, family_name="林"))
    gone = org(db, "相模原市", "サガミハラシ")
    for o in (kept_org, freed, gone):
        delete_organisation(db, o.id)
    delete_agreement(db, old.id)
    operations = len(recent_operations(db, limit=1000))

    emptied = empty_trash(db)
    # The agreement goes first, so the organisation it named can go with it.
    assert emptied.removed == 3
    [kept] = emptied.kept
    assert (kept.kind, kept.id, kept.label) == ("organisation", kept_org.id, "川崎市")
    assert "川崎市" in kept.text() and "1 agreement" in kept.text()
    assert len(recent_operations(db, limit=1000)) == operations + 1
    changes = operation_changes(db, emptied.operation_id)
    assert {(c.entity, c.action) for c in changes} >= {("organisation", "purge"), ("agreement", "purge"),
                                                       ("contact", "purge"), ("agreement_party", "purge")}
    assert [(i.kind, i.label) for i in list_trash(db)] == [("organisation", "川崎市")]


def test_empty_trash_keeps_what_was_deleted_after_the_cut_off(db):
    from datetime import datetime, timedelta

    o = org(db)
    delete_organisation(db, o.id)
    emptied = empty_trash(db, before=datetime.now() - timedelta(days=30))
    assert (emptied.removed, emptied.kept, emptied.operation_id) == (0, [], None)
    assert len(list_trash(db)) == 1


def test_services_return_the_saved_record_and_its_operation(db):
    saved = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市"))
    assert saved.record.id and saved.record.version == 1
    [entry] = operation_changes(db, saved.operation_id)
    assert (entry.entity, entry.action) == ("organisation", "create")
    deleted = delete_organisation(db, saved.record.id)
    assert deleted.record.deleted_at is not None and deleted.operation_id > saved.operation_id
    restored = restore(db, "organisation", saved.record.id)
    assert restored.record.deleted_at is None and restored.record.version == 3
    delete_organisation(db, saved.record.id)
    purged = purge(db, "organisation", saved.record.id)
    assert purged.record is None and operation_changes(db, purged.operation_id)[0].action == "purge"


def test_a_restored_contact_is_primary_only_where_nobody_is(db):
    from db.services.contacts import delete_contact, get_contact

    o = org(db)
    only = create_contact(db, ContactData(organisation_id=o.id, family_name="福田")).record
    delete_contact(db, only.id)
    assert restore(db, "contact", only.id).record.is_primary  # the organisation had no primary left
    second = create_contact(db, ContactData(organisation_id=o.id, family_name="林")).record
    delete_contact(db, only.id)
    assert get_contact(db, second.id).is_primary
    assert not restore(db, "contact", only.id).record.is_primary
    primaries = [c.family_name for c in list_contacts(db).items if c.is_primary]
    assert primaries == ["林"]
