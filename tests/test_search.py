"""Search through the full-text indexes gives exactly what the plain rule gives: every
typed term is in the record's folded search text (for an agreement, in its own or a
partner's)."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import func, select

from db.demo import add_synthetic
from db.errors import ValidationError
from db.models import Activity, Agreement, AgreementParty, Contact, Organisation
from db.services import search
from db.services.activities import ActivityQuery, list_activities
from db.services.agreements import AgreementData, AgreementQuery, create_agreement, list_agreements
from db.services.contacts import ContactData, ContactQuery, create_contact, list_contacts
from db.services.memberships import MembershipQuery, list_memberships
from db.services.organisations import (
    OrganisationData,
    OrganisationQuery,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)
from db.services.trash import restore
from db.text import fold

QUERIES = ("a", "か", "大", "ば", "u", "ky", "かな", "大学", "ばい", "東京", "ほっかいどう", "univ", "kyoto",
           "university", "バイオ", "ｂｉｏ", "神奈川県", "大学 a", "かなざわ u", "bio 研", "zz", "ゑ", "|")


def plain_ids(db, model, text: str, *where) -> set[int]:
    """The rule itself, in Python over every live row."""
    terms = search.terms_of(text)
    with db.reading() as session:
        rows = session.execute(select(model.id, model.search_text).where(model.deleted_at.is_(None), *where))
        return {i for i, t in rows if all(term in t for term in terms)}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from db.lifecycle import open_database

    path = tmp_path_factory.mktemp("search") / "generated.sqlite3"
    database = open_database(path, user="tester")
    add_synthetic(database, 1500, seed=7, agreement_share=0.5)
    yield database
    database.close()


@pytest.mark.parametrize("text", QUERIES)
def test_organisation_search_equals_the_plain_rule(generated, text):
    expected = plain_ids(generated, Organisation, text)
    page = list_organisations(generated, OrganisationQuery(search=text))
    assert {o.id for o in page.items} == expected
    assert page.total == len(expected) and not page.total_is_capped


@pytest.mark.parametrize("text", QUERIES)
def test_first_page_and_count_equal_the_plain_rule(generated, text):
    everything = list_organisations(generated, OrganisationQuery(search=text)).items
    page = list_organisations(generated, OrganisationQuery(search=text, limit=20))
    assert [o.id for o in page.items] == [o.id for o in everything[:20]]
    assert (page.total, page.total_is_capped) == shown_total(len(everything))
    second = list_organisations(generated, OrganisationQuery(search=text, offset=20, limit=20))
    assert [o.id for o in second.items] == [o.id for o in everything[20:40]]


def shown_total(found: int) -> tuple[int, bool]:
    return (found, False) if found <= search.COUNT_CAP else (search.COUNT_CAP, True)


@pytest.mark.parametrize("cap, walk", [(5, 3), (5, 10_000), (5, 0), (10_000, 3)])
@pytest.mark.parametrize("text", ("a", "か", "大学", "univ", "ほ", "u n", "ゑ", "大学 a"))
def test_every_way_to_a_page_gives_the_same_page(generated, monkeypatch, cap, walk, text):
    """Looking hits up, walking the ordered list (found or given up) and reading the
    name index give the same pages, in the name order and the others."""
    for order, descending in (("name", False), ("name", True), ("kind", False), ("updated", False)):
        everything = [o.id for o in list_organisations(generated, OrganisationQuery(
            search=text, order_by=order, descending=descending)).items]
        with monkeypatch.context() as patch:
            patch.setattr(search, "COUNT_CAP", cap)
            patch.setattr(search, "WALK", walk)
            for offset in (0, 7):
                page = list_organisations(generated, OrganisationQuery(
                    search=text, order_by=order, descending=descending, offset=offset, limit=6))
                assert [o.id for o in page.items] == everything[offset:offset + 6], (order, descending, offset)
                if offset == 0:
                    assert (page.total, page.total_is_capped) == shown_total(len(everything))


@pytest.mark.parametrize("text", ("a", "か", "大学", "univ", "かな a"))
def test_filtered_search_counts_exactly_or_says_it_stopped(generated, text):
    query = OrganisationQuery(search=text, kinds=("university", "company"), limit=10)
    everything = list_organisations(generated, OrganisationQuery(search=text, kinds=("university", "company")))
    page = list_organisations(generated, query)
    assert [o.id for o in page.items] == [o.id for o in everything.items[:10]]
    if page.total_is_capped:
        assert page.total == search.COUNT_CAP < everything.total
    else:
        assert page.total == everything.total


def test_a_capped_count_says_so(generated, monkeypatch):
    monkeypatch.setattr(search, "COUNT_CAP", 5)
    page = list_organisations(generated, OrganisationQuery(search="a", kinds=("university", "company"), limit=3))
    assert page.total == 5 and page.total_is_capped
    assert len(page.items) == 3


@pytest.mark.parametrize("text", ("a", "か", "大学", "univ", "ほ 大", "ゑ"))
def test_contacts_activities_and_agreements_equal_the_plain_rule(generated, text):
    with generated.reading() as session:
        live_orgs = select(Organisation.id).where(Organisation.deleted_at.is_(None))
        contacts = {c.id for c in list_contacts(generated, ContactQuery(search=text)).items}
        assert contacts == plain_ids(generated, Contact, text, Contact.organisation_id.in_(live_orgs))
        activities = list_activities(generated, ActivityQuery(search=text))
        assert {a.id for a in activities.items} == plain_ids(generated, Activity, text)
        assert activities.total == len(activities.items)
        terms = search.terms_of(text)
        parties = {}
        for agreement_id, party_text in session.execute(
                select(AgreementParty.agreement_id, Organisation.search_text).join(Organisation)):
            parties.setdefault(agreement_id, []).append(party_text)
        expected = {i for i, t in session.execute(select(Agreement.id, Agreement.search_text)
                                                  .where(Agreement.deleted_at.is_(None)))
                    if all(term in t or any(term in p for p in parties.get(i, [])) for term in terms)}
    assert {a.id for a in list_agreements(generated, AgreementQuery(search=text)).items} == expected


def test_short_index_holds_each_character_once_in_order(generated):
    """The trigger splits the text character by character (group_concat in order)."""
    path = generated.location.path
    with closing(sqlite3.connect(path)) as conn:
        org_id, text = conn.execute("SELECT id, search_text FROM organisation WHERE length(search_text) > 20"
                                    " LIMIT 1").fetchone()
        for n in range(len(text) - 1):
            pair = '"' + " ".join(text[n:n + 2]).replace('"', '""') + '"'
            found = {r[0] for r in conn.execute("SELECT rowid FROM organisation_search_short"
                                                " WHERE organisation_search_short MATCH ?", (pair,))}
            assert org_id in found, text[n:n + 2]


# ---------------------------------------------------------------- kept in step by the triggers


def names(db, text: str) -> list[str]:
    return [o.display_name for o in list_organisations(db, OrganisationQuery(search=text)).items]


def test_index_follows_edits_trash_and_restore(db):
    org = create_organisation(db, OrganisationData(kind="university", name_ja="金沢大学", name_kana="かなざわだいがく"))
    org = org.record
    assert names(db, "かなざわ") == ["金沢大学"] and names(db, "金") == ["金沢大学"]
    data = get_organisation(db, org.id)
    data.name_ja, data.name_kana = "富山大学", "とやまだいがく"
    update_organisation(db, org.id, data)
    assert names(db, "かなざわ") == [] and names(db, "金") == []
    assert names(db, "とやま") == ["富山大学"] and names(db, "富") == ["富山大学"]
    delete_organisation(db, org.id)
    assert names(db, "とやま") == [] and names(db, "富") == []
    trash = list_organisations(db, OrganisationQuery(search="富", trashed=True))
    assert [o.name_ja for o in trash.items] == ["富山大学"] and trash.total == 1
    restore(db, "organisation", org.id)
    assert names(db, "とやま") == ["富山大学"] and names(db, "富山") == ["富山大学"]


def test_index_follows_rows_written_without_the_orm(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Acme Bio")).record
    with closing(sqlite3.connect(db.location.path)) as conn:
        conn.execute("UPDATE organisation SET search_text = 'zeta|ζ' WHERE id = ?", (org.id,))
        conn.commit()
    assert names(db, "acme") == [] and names(db, "zeta") == ["Acme Bio"] and names(db, "ζ") == ["Acme Bio"]
    with closing(sqlite3.connect(db.location.path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM organisation_tag WHERE organisation_id = ?", (org.id,))
        conn.execute("DELETE FROM organisation WHERE id = ?", (org.id,))
        conn.commit()
    assert names(db, "zeta") == [] and names(db, "ζ") == []


def test_agreements_are_found_by_their_partners_text(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    mou = create_agreement(db, AgreementData(title="覚書", signed_on=date(2020, 9, 18), term_years=5,
                                             party_ids=[org.id])).record
    for text in ("神奈川", "神", "覚書 神奈川県", "覚 奈"):
        assert [a.id for a in list_agreements(db, AgreementQuery(search=text)).items] == [mou.id], text
    assert list_agreements(db, AgreementQuery(search="大阪")).items == []


def test_region_reading_finds_the_region(db):
    """かながわ finds 神奈川 once the region's reading is in the search text."""
    pytest.importorskip("db.regions")
    create_organisation(db, OrganisationData(kind="city", name_ja="横浜市", region="神奈川県"))
    create_organisation(db, OrganisationData(kind="university", name_ja="某大学", region="大阪府"))
    assert names(db, "かながわ") == names(db, "神奈川") == ["横浜市"]
    assert names(db, "かな") == ["横浜市"]


def test_contacts_found_by_name_kana_and_email(db):
    org = create_organisation(db, OrganisationData(kind="company", name_en="Acme")).record
    create_contact(db, ContactData(organisation_id=org.id, family_name="山田", given_name="花子",
                                   family_name_kana="ヤマダ", email="hanako@acme.example"))
    for text in ("やまだ", "山", "hanako", "ha", "ヤマ"):
        assert [c.family_name for c in list_contacts(db, ContactQuery(search=text)).items] == ["山田"], text


def test_plain_rule_on_other_databases_gives_the_same(generated, monkeypatch):
    """Off SQLite the service falls back to LIKE; forcing that path here gives the same page."""
    for text in ("か", "大学", "univ a"):
        indexed = list_organisations(generated, OrganisationQuery(search=text, limit=30))
        monkeypatch.setattr(search, "_indexable", lambda term: False)
        plain = list_organisations(generated, OrganisationQuery(search=text, limit=30))
        monkeypatch.undo()
        assert [o.id for o in plain.items] == [o.id for o in indexed.items]
        assert plain.total == indexed.total


def test_search_text_is_folded_like_the_query(generated):
    with generated.reading() as session:
        sample = session.scalars(select(Organisation.search_text).limit(50)).all()
    assert all(t == "|".join(fold(part) for part in t.split("|")) for t in sample)
    with generated.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) >= 1500


# ---------------------------------------------------------------- bad filter values


@pytest.mark.parametrize("call, field", [
    (lambda db: list_organisations(db, OrganisationQuery(kinds=("universe",))), "kinds"),
    (lambda db: list_organisations(db, OrganisationQuery(role="friend")), "role"),
    (lambda db: list_organisations(db, OrganisationQuery(order_by="colour")), "order_by"),
    (lambda db: list_agreements(db, AgreementQuery(kinds=("treaty",))), "kinds"),
    (lambda db: list_agreements(db, AgreementQuery(statuses=("sleeping",))), "statuses"),
    (lambda db: list_agreements(db, AgreementQuery(order_by="colour")), "order_by"),
    (lambda db: list_memberships(db, MembershipQuery(tier="gold")), "tier"),
    (lambda db: list_activities(db, ActivityQuery(kinds=("party",))), "kinds"),
])
def test_a_bad_filter_value_is_a_validation_error_naming_the_filter(db, call, field):
    with pytest.raises(ValidationError) as caught:
        call(db)
    [error] = caught.value.errors
    assert error.field == field
    assert "{value}" in error.message and error.params["allowed"]


def test_random_queries_equal_the_plain_rule(generated):
    rng = random.Random(3)
    with generated.reading() as session:
        texts = session.scalars(select(Organisation.search_text).limit(200)).all()
    for _ in range(40):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        term = text[start:start + rng.randint(1, 5)]
        if not term.strip():
            continue
        page = list_organisations(generated, OrganisationQuery(search=term, limit=50))
        expected = plain_ids(generated, Organisation, term)
        assert (page.total, page.total_is_capped) == shown_total(len(expected)), term
        assert {o.id for o in page.items} <= expected


def test_bulk_inserts_put_the_triggers_back(db):
    add_synthetic(db, 50, seed=5)
    with closing(sqlite3.connect(db.location.path)) as conn:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    from db.derived import INSERT_TRIGGERS
    assert set(INSERT_TRIGGERS) <= triggers
    create_organisation(db, OrganisationData(kind="company", name_en="Zyxwv Labs"))
    assert names(db, "zyxwv") == ["Zyxwv Labs"] and names(db, "zy") == ["Zyxwv Labs"]
    assert {o.id for o in list_organisations(db, OrganisationQuery(search="a")).items} == plain_ids(
        db, Organisation, "a")


def test_the_migration_indexes_existing_records(db_path):
    """A database written before the search indexes existed is searchable after upgrading."""
    from db import migrate
    from db.engine import make_engine
    from db.lifecycle import open_database
    from db.location import resolve

    engine = make_engine(resolve(db_path).url)
    try:
        migrate.upgrade(engine, "0004")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        for n, (name, text) in enumerate((("金沢大学", "金沢大学|かなざわだいがく"), ("富山大学", "富山大学|とやまだいがく"))):
            conn.execute("INSERT INTO organisation (name_ja, name_kana, kind, country, search_text, sort_key, uid,"
                         " created_at, updated_at, version) VALUES (?, ?, 'university', 'JP', ?, ?, ?,"
                         " '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)",
                         (name, text.split("|")[1], text, text.split("|")[1], f"uid-{n}"))
        conn.commit()
    with open_database(db_path, user="tester") as database:
        assert names(database, "かなざわ") == ["金沢大学"] and names(database, "富") == ["富山大学"]
        assert names(database, "大学") == ["金沢大学", "富山大学"]


def test_upgrading_refreshes_search_text_written_by_older_rules(db_path):
    """Records saved before the region readings were part of the search text are found
    by the reading after the upgrade, and their sort keys follow today's rules."""
    from db import migrate
    from db.engine import make_engine
    from db.lifecycle import open_database
    from db.location import resolve

    engine = make_engine(resolve(db_path).url)
    try:
        migrate.upgrade(engine, "0005")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        # As the older rules stored it: no reading of the prefecture, the legal form in the sort key.
        conn.execute("INSERT INTO organisation (name_ja, kind, country, region, search_text, sort_key, uid,"
                     " created_at, updated_at, version) VALUES ('(株)湘南ラボ', 'company', 'JP', '神奈川県',"
                     " '(株)湘南らぼ|神奈川県', '(株)湘南らぼ', 'uid-old', '2024-01-01 00:00:00',"
                     " '2024-01-01 00:00:00', 1)")
        conn.commit()
    assert names_in(db_path, "かながわ") == []
    with open_database(db_path, user="tester") as database:
        assert names(database, "かながわ") == ["(株)湘南ラボ"]
        assert names(database, "かな") == ["(株)湘南ラボ"]
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT sort_key FROM organisation").fetchone()[0] == "湘南らぼ"


def names_in(path, text):
    """What the stored search text of ``path`` finds, read without migrating it."""
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name_ja FROM organisation WHERE search_text LIKE ?",
                                           (f"%{text}%",))]
