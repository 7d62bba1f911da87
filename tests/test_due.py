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


# ---------------------------------------------------------------- the calendar index equals the rules

import random  # noqa: E402
import sqlite3  # noqa: E402
from contextlib import closing  # noqa: E402
from datetime import timedelta  # noqa: E402

import pytest  # noqa: E402

from db import calendar_index  # noqa: E402
from db.demo import add_synthetic  # noqa: E402
from db.lifecycle import open_database  # noqa: E402
from db.services.agreements import get_agreement, update_agreement  # noqa: E402
from db.services.due import computed_between  # noqa: E402
from db.services.organisations import get_organisation, update_organisation  # noqa: E402
from db.services.trash import restore  # noqa: E402


def windows(rng: random.Random, count: int) -> list[tuple[date, date]]:
    found = [(date(2025, 3, 1), date(2025, 3, 31)), (date(2025, 1, 1), date(2025, 12, 31)),
             (date(2012, 1, 1), date(2013, 6, 30)), (date(2045, 1, 1), date(2046, 12, 31)),  # past the horizon
             (date(2030, 12, 15), date(2033, 1, 15)), (date(2024, 2, 29), date(2024, 2, 29))]
    for _ in range(count):
        first = date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 30))
        found.append((first, first + timedelta(days=rng.choice((0, 6, 30, 92, 365, 800)))))
    return found


def assert_index_equals_rules(db, rng, count=12):
    for first, last in windows(rng, count):
        assert due_between(db, first, last) == computed_between(db, first, last), (first, last)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("due") / "generated.sqlite3"
    database = open_database(path, user="tester")
    add_synthetic(database, 800, seed=11, agreement_share=0.9)
    yield database
    database.close()


def test_index_equals_the_rules_on_generated_data(generated):
    with generated.reading() as session:
        assert calendar_index.is_current(session.connection()) is not None  # built by the generator
    assert_index_equals_rules(generated, random.Random(1), 40)
    assert len(due_between(generated, date(2025, 1, 1), date(2025, 12, 31))) > 300


def test_index_follows_every_kind_of_edit(db):
    rng = random.Random(2)
    add_synthetic(db, 300, seed=12, agreement_share=0.9)
    with closing(sqlite3.connect(db.location.path)) as conn:
        auto = [r[0] for r in conn.execute("SELECT id FROM agreement WHERE auto_renew AND deleted_at IS NULL")]
        plain = [r[0] for r in conn.execute("SELECT id FROM agreement WHERE NOT auto_renew AND renewed_from_id IS NULL"
                                            " AND expires_on IS NOT NULL AND status IS NULL")]
    # Terms and notice changed, auto-renewal switched off and on.
    for agreement_id in auto[:3]:
        data = get_agreement(db, agreement_id)
        data.auto_renew, data.notice_months, data.notice_days = False, 2, None
        update_agreement(db, agreement_id, data)
    data = get_agreement(db, plain[0])
    data.auto_renew, data.renewal_term_years = True, 2
    update_agreement(db, plain[0], data)
    # A renewal hides its predecessor's dates; trashing the renewal brings them back.
    old = get_agreement(db, plain[1])
    renewal = create_agreement(db, AgreementData(
        title="更新", signed_on=old.expires_on, term_years=3, renewed_from_id=old.id, party_ids=old.party_ids)).record
    assert_index_equals_rules(db, rng)
    delete_agreement(db, renewal.id)
    assert_index_equals_rules(db, rng)
    restore(db, "agreement", renewal.id)
    # A partner's new name shows in the entries of its agreements, memberships, activities.
    org = get_organisation(db, old.party_ids[0])
    org.name_ja = "改名した組織"
    update_organisation(db, org.id, org)
    assert_index_equals_rules(db, rng)
    assert any(i.who == "改名した組織" for i in due_between(db, date(2012, 1, 1), date(2040, 12, 31)))


def test_index_follows_writes_made_without_the_orm(db):
    _, mou = setup(db)
    due_between(db, date(2025, 1, 1), date(2025, 1, 31))  # writes the index
    with closing(sqlite3.connect(db.location.path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE agreement SET expires_on = '2025-12-31', title = '書き換え' WHERE id = ?", (mou.id,))
        conn.execute("UPDATE organisation SET name_ja = '神奈川' WHERE name_ja = '神奈川県'")
        conn.commit()
        assert conn.execute("SELECT count(*) FROM due_queue").fetchone()[0] == 1  # the triggers saw it
    items = due_between(db, date(2025, 1, 1), date(2025, 12, 31))
    assert [(i.on, i.kind.value, i.title, i.who) for i in items] == [
        (date(2025, 9, 30), "renewal_deadline", "書き換え", "神奈川"), (date(2025, 12, 31), "expiry", "書き換え", "神奈川")]
    assert items == computed_between(db, date(2025, 1, 1), date(2025, 12, 31))
    # The next save through the services catches the index up and empties the queue.
    create_organisation(db, OrganisationData(kind="city", name_ja="横浜市"))
    with closing(sqlite3.connect(db.location.path)) as conn:
        assert conn.execute("SELECT count(*) FROM due_queue").fetchone()[0] == 0
    assert due_between(db, date(2025, 1, 1), date(2025, 12, 31)) == items


def test_changed_date_rules_mean_a_rebuild(db):
    setup(db)
    due_between(db, date(2025, 1, 1), date(2025, 1, 31))  # writes the index
    with closing(sqlite3.connect(db.location.path)) as conn:
        conn.execute("UPDATE due_state SET rules = 'older rules'")
        conn.execute("DELETE FROM due_event")
        conn.commit()
    items = due_between(db, date(2025, 1, 1), date(2025, 12, 31))
    assert [i.kind.value for i in items] == ["renewal_deadline", "expiry"]
    with db.reading() as session:
        assert calendar_index.is_current(session.connection()) is not None


def test_a_read_only_database_uses_the_rules_when_the_index_is_stale(db_path):
    with open_database(db_path, user="tester") as db:
        setup(db)
        due_between(db, date(2025, 1, 1), date(2025, 1, 31))  # writes the index
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE due_state SET rules = 'older rules'")
        conn.commit()
    with open_database(db_path, user="tester", read_only=True) as db:
        items = due_between(db, date(2025, 1, 1), date(2025, 12, 31))
        assert [i.kind.value for i in items] == ["renewal_deadline", "expiry"]
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT rules FROM due_state").fetchone()[0] == "older rules"


def test_long_activities_reach_into_later_windows(db):
    org, _ = setup(db)
    create_activity(db, ActivityData(kind="other", title="通年プログラム", starts_on=date(2024, 4, 1),
                                     ends_on=date(2025, 3, 31), organisation_ids=[org.id]))
    items = due_between(db, date(2025, 2, 1), date(2025, 2, 28))
    assert [(i.on, i.title, i.who) for i in items] == [(date(2025, 2, 1), "通年プログラム", "神奈川県")]
    assert items == computed_between(db, date(2025, 2, 1), date(2025, 2, 28))


def test_an_empty_or_reversed_window_is_empty(db):
    setup(db)
    assert due_between(db, date(2025, 9, 17), date(2025, 9, 16)) == []


def test_an_old_horizon_is_pushed_further(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    create_agreement(db, AgreementData(title="NDA", kind="nda", effective_on=date(2021, 4, 1), term_years=1,
                                       auto_renew=True, notice_days=30, party_ids=[org.id]))
    due_between(db, date(2025, 1, 1), date(2025, 1, 31))
    with closing(sqlite3.connect(db.location.path)) as conn:
        conn.execute("UPDATE due_state SET horizon = '2022-12-31'")
        conn.commit()
    items = due_between(db, date(2023, 1, 1), date(2024, 12, 31))
    assert [(i.on, i.kind.value) for i in items] == [
        (date(2023, 3, 1), "renewal_deadline"), (date(2023, 3, 31), "expiry"),
        (date(2024, 3, 1), "renewal_deadline"), (date(2024, 3, 31), "expiry"),
    ]
    with db.reading() as session:
        assert calendar_index.is_current(session.connection()).year >= date.today().year + 4


def test_purged_records_leave_the_calendar(db):
    from db.services.trash import purge

    org, mou = setup(db)
    due_between(db, date(2025, 1, 1), date(2025, 1, 31))  # writes the index
    membership = create_membership(db, MembershipData(organisation_id=org.id, tier="regular",
                                                      starts_on=date(2024, 4, 1), ends_on=date(2025, 3, 31))).record
    assert [i.kind.value for i in due_between(db, date(2025, 3, 1), date(2025, 9, 30))] == [
        "membership_end", "renewal_deadline", "expiry"]
    delete_agreement(db, mou.id)
    purge(db, "agreement", mou.id)
    from db.services.memberships import delete_membership
    delete_membership(db, membership.id)
    purge(db, "membership", membership.id)
    assert due_between(db, date(2025, 1, 1), date(2025, 12, 31)) == []
    with closing(sqlite3.connect(db.location.path)) as conn:
        assert conn.execute("SELECT count(*) FROM due_event").fetchone()[0] == 0
