"""Rules said once: where a rule has a Python and an SQL form, both agree over many
generated records; everywhere else the one helper is used, not a copy of it."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import db as db_package
from db.models import Agreement, AgreementKind, AgreementStatus, DatePrecision, Membership, Organisation, Succession
from db.models.base import utcnow
from db.services import agreement_rules as rules
from db.services.activities import ActivityData, create_activity
from db.services.agreements import AgreementData, SignatoryData, create_agreement, get_agreement
from db.services.contacts import ContactData, create_contact
from db.services.memberships import (
    MembershipData,
    MembershipQuery,
    create_membership,
    is_running,
    list_memberships,
    membership_label,
    running_on,
)
from db.services.organisations import OrganisationData, OrganisationQuery, create_organisation, list_organisations
from db.services.search_text import search_document
from db.services.trash import list_trash
from db.text import fold

DB_DIR = Path(db_package.__file__).resolve().parent
DAYS = [date(2019, 12, 31), date(2020, 1, 1), date(2022, 6, 30), date(2024, 3, 31), date(2027, 1, 1)]


def some_day(rng: random.Random) -> date:
    return date(2018, 1, 1) + timedelta(days=rng.randrange(365 * 9))


def generated_agreements(db, n: int, seed: int) -> None:
    """Agreements in every shape the status rule distinguishes, with renewal chains,
    amendments and trashed successors."""
    rng = random.Random(seed)
    with db.transaction("generate") as session:
        org = Organisation(kind="city", name_ja="川崎市")
        session.add(org)
        made: list[Agreement] = []
        for i in range(n):
            a = Agreement(title=f"MOU {i}", kind=AgreementKind.MOU, signed_precision=DatePrecision.DAY,
                          status=rng.choice([None] * 6 + list(AgreementStatus)),
                          signed_on=rng.choice([None, some_day(rng)]), effective_on=rng.choice([None, some_day(rng)]),
                          expires_on=rng.choice([None, some_day(rng), some_day(rng)]),
                          auto_renew=rng.random() < 0.3)
            if made and rng.random() < 0.4:
                a.renewed_from = rng.choice(made)
                a.succession = rng.choice(list(Succession))
            if rng.random() < 0.15:
                a.deleted_at = utcnow()
            session.add(a)
            made.append(a)


def test_status_in_python_and_in_sql_agree(db):
    generated_agreements(db, 400, seed=11)
    with db.reading() as session:
        agreements = list(session.scalars(select(Agreement).order_by(Agreement.id)))
        seen = set()
        for today in DAYS:
            in_sql = dict(session.execute(select(Agreement.id, rules.status_expression(today))).all())
            for a in agreements:
                python = rules.derived_status(a, today)
                assert AgreementStatus(in_sql[a.id]) == python, (a.id, today)
                seen.add(python)
    assert seen == set(AgreementStatus)  # every branch of the rule was exercised


def test_has_been_renewed_in_python_and_in_sql_agree(db):
    generated_agreements(db, 300, seed=12)
    with db.reading() as session:
        in_sql = dict(session.execute(select(Agreement.id, rules.renewed_expression())).all())
        agreements = list(session.scalars(select(Agreement)))
        assert {a.id: rules.has_been_renewed(a) for a in agreements} == {k: bool(v) for k, v in in_sql.items()}
        assert any(in_sql.values()) and not all(in_sql.values())


def test_membership_running_on_a_day_in_python_sql_and_lists_agree(db):
    rng = random.Random(13)
    org = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    other = create_organisation(db, OrganisationData(kind="city", name_ja="横浜市")).record
    for _ in range(60):
        start = some_day(rng)
        end = rng.choice([None, start + timedelta(days=rng.randrange(0, 800))])
        create_membership(db, MembershipData(organisation_id=org.id, starts_on=start, ends_on=end))
    everything = list_memberships(db).items
    with db.reading() as session:
        for day in [*DAYS, *(some_day(rng) for _ in range(20))]:
            python = {m.id for m in everything if m.is_current(day)}
            assert python == {m.id for m in everything if is_running(m.starts_on, m.ends_on, day)}
            sql = set(session.scalars(select(Membership.id).where(running_on(day))))
            listed = {m.id for m in list_memberships(db, MembershipQuery(current_on=day)).items}
            assert python == sql == listed, day
            members = {o.id for o in list_organisations(db, OrganisationQuery(role="member", today=day)).items}
            assert members == ({org.id} if python else set())
            assert other.id not in members


def test_the_search_text_is_made_in_one_place(db):
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県", name_en="Kanagawa",
                                                   region="神奈川県", city="横浜市", tags=["自治体"])).record
    contact = create_contact(db, ContactData(organisation_id=org.id, family_name="黒岩", given_name="祐治",
                                             family_name_kana="クロイワ", email="k@pref.kanagawa.jp")).record
    agreement = create_agreement(db, AgreementData(
        title="ライフサイエンスMOU", title_en="Life science MOU", signed_on=date(2020, 9, 18), party_ids=[org.id],
        signatories=[SignatoryData("partner", "黒岩祐治", name_en="Yuji Kuroiwa")], notes="覚書")).record
    activity = create_activity(db, ActivityData(title="共催セミナー", starts_on=date(2021, 2, 1),
                                                place="横浜", agreement_id=agreement.id)).record
    with db.reading() as session:
        from db.models import Activity, Contact

        texts = {
            "organisation": session.get(Organisation, org.id).search_text,
            "contact": session.get(Contact, contact.id).search_text,
            "agreement": session.get(Agreement, agreement.id).search_text,
            "activity": session.get(Activity, activity.id).search_text,
        }
    assert texts["contact"] == search_document("クロイワ", "黒岩", "祐治", None, "k@pref.kanagawa.jp")
    assert texts["agreement"] == search_document("ライフサイエンスMOU", "Life science MOU", "黒岩祐治", "Yuji Kuroiwa",
                                                 "覚書")
    assert texts["activity"] == search_document("共催セミナー", None, "横浜")
    assert texts["organisation"].startswith(search_document("神奈川県", "Kanagawa"))
    assert fold("自治体") in texts["organisation"].split("|")
    # Neither a service nor the bulk demo generator joins folded values itself.
    for path in [*(DB_DIR / "services").glob("*.py"), *(DB_DIR / "demo").glob("*.py")]:
        if path.name != "search_text.py":
            source = path.read_text(encoding="utf-8")
            assert '"|".join' not in source and "fold(" not in source, path.name


def test_a_region_is_found_by_its_reading(db):
    pytest.importorskip("db.regions")
    create_organisation(db, OrganisationData(kind="university", name_ja="横浜市立大学", region="神奈川県"))
    create_organisation(db, OrganisationData(kind="university", name_ja="京都大学", region="京都府"))
    for typed in ("かながわ", "カナガワ", "神奈川"):
        found = list_organisations(db, OrganisationQuery(search=typed)).items
        assert [o.name_ja for o in found] == ["横浜市立大学"], typed


def test_the_membership_label_is_made_in_one_place(db):
    org = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    m = create_membership(db, MembershipData(organisation_id=org.id, tier="special", starts_on=date(2020, 4, 1),
                                             ends_on=date(2021, 3, 31))).record
    from db.services.due import due_between
    from db.services.memberships import delete_membership

    with db.reading() as session:
        label = membership_label(session.get(Membership, m.id))
    assert label == "川崎市 (special)"
    [due] = [d for d in due_between(db, date(2021, 3, 1), date(2021, 4, 30)) if d.entity == "membership"]
    assert due.title == label
    delete_membership(db, m.id)
    assert [i.label for i in list_trash(db)] == [label]
    # Nothing else formats it.
    pattern = re.compile(r"tier\.value\}\)")
    users = [p.relative_to(DB_DIR).as_posix() for p in DB_DIR.rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert users == ["models/organisation.py"]


def test_has_been_renewed_is_written_once():
    """The condition "a live renewal exists" appears only in agreement_rules."""
    users = [p.relative_to(DB_DIR).as_posix() for p in (DB_DIR / "services").glob("*.py")
             if "Succession.RENEWAL" in p.read_text("utf-8") and "deleted_at" in p.read_text("utf-8")
             and re.search(r"succession\s*==\s*Succession\.RENEWAL", p.read_text("utf-8"))]
    assert users == ["services/agreement_rules.py"]


def test_membership_running_is_written_once():
    users = [p.relative_to(DB_DIR).as_posix() for p in (DB_DIR / "services").glob("*.py")
             if re.search(r"ends_on\.is_\(None\)|ends_on is None", p.read_text("utf-8"))]
    assert users == ["services/memberships.py"]


def test_renewal_status_follows_the_chain(db):
    org = create_organisation(db, OrganisationData(kind="city", name_ja="川崎市")).record
    first = create_agreement(db, AgreementData(title="MOU", signed_on=date(2020, 9, 18), term_years=5,
                                               party_ids=[org.id])).record
    create_agreement(db, AgreementData(title="MOU 変更", signed_on=date(2021, 9, 18), party_ids=[org.id],
                                       renewed_from_id=first.id, succession="amendment"))
    assert get_agreement(db, first.id, date(2022, 1, 1)).effective_status == "active"
    create_agreement(db, AgreementData(title="MOU 更新", signed_on=date(2025, 9, 18), party_ids=[org.id],
                                       renewed_from_id=first.id))
    assert get_agreement(db, first.id, date(2022, 1, 1)).effective_status == "renewed"
