"""A dry run runs the real use cases, hands back what they would change, and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.errors import NotFound, ValidationError
from db.models import Agreement, Change, Contact, Operation, Organisation
from db.services.agreements import AgreementData, create_agreement
from db.services.contacts import ContactData, create_contact
from db.services.organisations import (
    OrganisationData,
    OrganisationQuery,
    create_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)
from db.services.trash import empty_trash


def counts(db) -> dict[str, int]:
    with db.reading() as session:
        return {m.__tablename__: session.scalar(select(func.count()).select_from(m))
                for m in (Organisation, Contact, Agreement, Operation, Change)}


@pytest.fixture
def kawasaki(db):
    return create_organisation(db, OrganisationData(kind="city", name_ja="川崎市", tags=["自治体"])).record


def test_an_update_is_reported_and_not_written(db, kawasaki):
    before = counts(db)
    kawasaki.name_en = "Kawasaki City"
    kawasaki.tags = ["自治体", "MOU"]
    with db.dry_run() as preview:
        saved = update_organisation(db, kawasaki.id, kawasaki)
        assert saved.record.version == 2  # as it would be saved
        # Reads inside the dry run see its own work.
        assert get_organisation(db, kawasaki.id).name_en == "Kawasaki City"
    assert counts(db) == before
    again = get_organisation(db, kawasaki.id)
    assert (again.name_en, again.tags, again.version) == (None, ["自治体"], 1)
    [change] = preview.changes
    assert (change.entity, change.entity_id, change.action, change.label) == (
        "organisation", str(kawasaki.id), "update", "川崎市")
    assert change.fields == {"name_en": [None, "Kawasaki City"], "tags": [["自治体"], ["MOU", "自治体"]]}
    assert change.operation == "Edit organisation"
    # The real save afterwards starts from the unchanged version.
    assert update_organisation(db, kawasaki.id, kawasaki).record.version == 2


def test_later_use_cases_see_earlier_ones_and_nothing_stays(db):
    before = counts(db)
    with db.dry_run() as preview:
        org = preview.run(create_organisation, db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
        preview.run(create_contact, db, ContactData(organisation_id=org.id, family_name="黒岩"))
        preview.run(create_agreement, db, AgreementData(title="MOU", signed_on=date(2020, 9, 18),
                                                        party_ids=[org.id]))
        assert list_organisations(db, OrganisationQuery(search="神奈川")).total == 1
    assert counts(db) == before
    assert list_organisations(db, OrganisationQuery(search="神奈川")).total == 0
    assert [(c.entity, c.action) for c in preview.changes] == [
        ("organisation", "create"), ("contact", "create"), ("agreement", "create"), ("agreement_party", "create")]
    assert len(preview.results) == 3 and preview.errors == []


def test_a_failing_validation_is_reported_and_the_rest_goes_on(db, kawasaki):
    before = counts(db)
    bad = OrganisationData(kind="castle", name_ja=" ")
    with db.dry_run() as preview:
        assert preview.attempt(create_organisation, db, bad) is None
        preview.attempt(create_contact, db, ContactData(organisation_id=999, family_name="誰か"))
        preview.attempt(create_contact, db, ContactData(organisation_id=kawasaki.id, family_name="福田"))
    assert counts(db) == before
    [(first, invalid), (second, missing)] = preview.errors
    assert (first, second) == (0, 1)
    assert isinstance(invalid, ValidationError) and {e.field for e in invalid.errors} == {"kind", "name_ja"}
    assert isinstance(missing, NotFound)
    assert preview.results[:2] == [None, None]
    assert [(c.entity, c.label) for c in preview.changes] == [("contact", "福田")]


def test_an_error_raised_inside_leaves_nothing(db, kawasaki):
    before = counts(db)
    kawasaki.website = "not a web address"
    with pytest.raises(ValidationError), db.dry_run():
        create_contact(db, ContactData(organisation_id=kawasaki.id, family_name="福田"))
        update_organisation(db, kawasaki.id, kawasaki)
    assert counts(db) == before


def test_a_bulk_use_case_can_be_previewed(db, kawasaki):
    from db.services.organisations import delete_organisation

    delete_organisation(db, kawasaki.id)
    before = counts(db)
    with db.dry_run() as preview:
        emptied = empty_trash(db)
    assert emptied.removed == 1 and counts(db) == before
    assert [(c.entity, c.action) for c in preview.changes] == [("organisation", "purge")]


def test_saving_for_real_after_a_dry_run_works(db, kawasaki):
    with db.dry_run():
        create_contact(db, ContactData(organisation_id=kawasaki.id, family_name="福田"))
    saved = create_contact(db, ContactData(organisation_id=kawasaki.id, family_name="福田"))
    assert saved.operation_id is not None and counts(db)["contact"] == 1


def test_a_read_only_database_refuses_a_dry_run(db, db_path, kawasaki):
    from db.errors import ReadOnlyDatabase
    from db.lifecycle import open_database

    with open_database(db_path, read_only=True) as reader, pytest.raises(ReadOnlyDatabase):
        reader.dry_run()


def test_a_dry_run_waiting_for_another_writer_says_the_database_is_busy(db, db_path, kawasaki):
    from db.engine import make_engine
    from db.errors import DatabaseBusy
    from db.lifecycle import open_database

    with db.transaction("hold the write lock") as session:
        session.connection()  # BEGIN IMMEDIATE: the lock is ours until the block ends
        other = open_database(db_path)
        other.engine.dispose()
        other.engine = make_engine(f"sqlite:///{db_path}", busy_timeout_ms=50)
        try:
            with pytest.raises(DatabaseBusy), other.dry_run():
                pass
        finally:
            other.close()
