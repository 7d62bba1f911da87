"""Demo data: the press release's seed and synthetic data at scale, on real database files."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from db.demo import NotEmpty, add_synthetic, load_seed
from db.lifecycle import open_database
from db.models import Agreement, Change, ChangeAction, Contact, Operation, Organisation
from db.services.activities import ActivityQuery, list_activities, update_activity
from db.services.agreements import AgreementQuery, list_agreements, renewal_chain, update_agreement
from db.services.contacts import ContactQuery, get_contact, list_contacts, update_contact
from db.services.memberships import MembershipQuery, list_memberships, update_membership
from db.services.organisations import (
    OrganisationData,
    OrganisationQuery,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)

KANAGAWA_MOU = "ライフサイエンス領域に関するMOU（提携に関する覚書）"


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def kanagawa_mou(db):
    [agreement] = list_agreements(db, AgreementQuery(search="提携に関する覚書 神奈川県")).items
    return agreement


# ---------------------------------------------------------------- the seed


def test_seed_loads_fourteen_partnerships_each_with_an_mou(db):
    summary = load_seed(db)
    assert (summary.organisations, summary.agreements, summary.memberships) == (15, 14, 1)
    agreements = list_agreements(db).items
    assert len(agreements) == 14
    assert all(a.kind == "mou" and len(a.party_ids) == 1 for a in agreements)
    partners = {a.party_ids[0] for a in agreements}
    assert len(partners) == 14
    names = {o.name_ja for o in list_organisations(db).items}
    assert "神奈川県立保健福祉大学" in names and not any("LINK-J" in n or "ライフサイエンス・イノベーション" in n for n in names)


def test_kanagawa_mou_is_recorded_in_full(db):
    load_seed(db)
    mou = kanagawa_mou(db)
    assert mou.title == KANAGAWA_MOU
    assert mou.title_en == "Memorandum of Understanding on the Life Science Field"
    assert (mou.signed_on, mou.signed_precision, mou.effective_on) == (date(2020, 9, 18), "day", date(2020, 9, 18))
    assert (mou.term_years, mou.auto_renew, mou.expires_on) == (5, False, date(2025, 9, 17))
    assert [s.text for s in mou.scope] == [
        "活動、イベント、プログラム等における共催、協賛、告知等", "刊行物、資料、情報の交換", "相互の訪問"]
    assert all(s.text_en for s in mou.scope)
    ours, partner = mou.signatories
    assert (ours.side, ours.name, ours.title) == ("ours", "植田俊", "理事／三井不動産取締役常務執行役員")
    assert ours.organisation_name == "一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン"
    assert (partner.side, partner.name, partner.title, partner.organisation_name) == ("partner", "首藤健治", "副知事", "神奈川県")
    assert partner.organisation_id == mou.party_ids[0]
    assert all(s.title_en and s.name_en for s in mou.signatories)
    kanagawa = get_organisation(db, mou.party_ids[0])
    assert (kanagawa.name_ja, kanagawa.kind) == ("神奈川県", "prefecture")
    assert "14例目" in mou.notes and "4例目" in mou.notes and "ヘルスケア・ニューフロンティア" in mou.notes
    assert "14th partnership" in mou.notes and "4th MOU with a local government" in mou.notes


def test_kanagawa_is_the_fourteenth_partnership_and_the_fourth_with_a_local_government(db):
    load_seed(db)
    ordered = list_agreements(db, AgreementQuery(kinds=("mou",), order_by="signed")).items
    upto = [a for a in ordered if a.signed_on <= date(2020, 9, 18)]
    assert len(upto) == 14 and upto[-1].title == KANAGAWA_MOU
    kinds = [get_organisation(db, a.party_ids[0]).kind for a in upto]
    local = [a.party_names[0] for a, kind in zip(upto, kinds) if kind in ("prefecture", "city")]
    assert local == ["川崎市", "横浜市", "大阪府", "神奈川県"]


def test_older_mous_keep_only_their_month_and_say_so(db):
    load_seed(db)
    older = [a for a in list_agreements(db).items if a.title != KANAGAWA_MOU]
    assert len(older) == 13
    for a in older:
        assert a.signed_precision == "month" and a.signed_on.day == 1
        assert a.term_years is None and a.expires_on is None and a.signatories == []
        assert "2020-09-18" in a.notes and "month" in a.notes
    ucsd = next(a for a in older if "サンディエゴ校" in a.title)
    assert ucsd.signed_on == date(2016, 5, 1)
    kobe = next(a for a in older if "先端医療振興財団" in a.title)
    assert get_organisation(db, kobe.party_ids[0]).name_ja == "公益財団法人神戸医療産業都市推進機構"


def test_every_seed_organisation_has_japanese_and_english_names(db):
    load_seed(db)
    organisations = list_organisations(db).items
    assert len(organisations) == 15
    for org in organisations:
        assert org.name_ja and org.name_en and org.name_kana, org
        assert org.tags
    kobe = next(o for o in organisations if o.name_ja == "公益財団法人神戸医療産業都市推進機構")
    assert "先端医療振興財団" in kobe.notes
    assert {o.name_ja for o in list_organisations(db, OrganisationQuery(tag="自治体")).items} == {
        "川崎市", "横浜市", "大阪府", "神奈川県"}


def test_the_special_member_is_recorded_with_an_honest_start_date(db):
    load_seed(db)
    [membership] = list_memberships(db, MembershipQuery(tier="special")).items
    assert membership.organisation_name == "神奈川県立保健福祉大学"
    assert membership.starts_on == date(2020, 4, 1)
    assert "placeholder" in membership.notes and "仮" in membership.notes
    assert "協賛" in membership.notes  # the undated sponsorship is noted, not invented as a dated activity
    assert list_activities(db).items == []


def test_loading_twice_is_refused_and_adds_nothing(db):
    load_seed(db)
    before = (count(db, Organisation), count(db, Agreement), count(db, Operation), count(db, Change))
    with pytest.raises(NotEmpty) as refused:
        load_seed(db)
    assert "Nothing was added" in refused.value.text()
    assert (count(db, Organisation), count(db, Agreement), count(db, Operation), count(db, Change)) == before


def test_an_organisation_in_the_trash_also_makes_the_database_not_empty(db):
    org = create_organisation(db, OrganisationData(kind="company", name_ja="テスト株式会社")).record
    delete_organisation(db, org.id)
    with pytest.raises(NotEmpty):
        load_seed(db)
    assert count(db, Organisation) == 1


def test_the_seed_is_one_operation_in_the_change_history(db):
    summary = load_seed(db)
    with db.reading() as session:
        [operation] = session.scalars(select(Operation)).all()
        changes = session.scalars(select(Change).where(Change.operation_id == operation.id)).all()
    assert (operation.id, operation.description, operation.user) == (summary.operation_id, "Load demo data", "tester")
    created = [(c.entity, c.action) for c in changes]
    assert created.count(("organisation", ChangeAction.CREATE)) == 15
    assert created.count(("agreement", ChangeAction.CREATE)) == 14
    assert created.count(("membership", ChangeAction.CREATE)) == 1


# ---------------------------------------------------------------- synthetic data


def names_of(db) -> list[tuple[str | None, str | None, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(Organisation.name_ja, Organisation.name_en, Organisation.name_kana).order_by(Organisation.id)
        )
        return [tuple(row) for row in rows]


def test_synthetic_data_makes_the_asked_number_of_organisations(db):
    calls = []
    summary = add_synthetic(db, 500, progress=lambda done, total: calls.append((done, total)))
    assert summary.organisations == count(db, Organisation) == 500
    assert summary.contacts == count(db, Contact) and 500 <= summary.contacts <= 1500
    assert 0 < summary.memberships < 500 and 0 < summary.agreements < 500 and summary.activities > 0
    assert calls[-1] == (500, 500)
    organisations = list_organisations(db).items
    assert all(o.name_ja and o.name_en and o.name_kana for o in organisations)
    assert len({o.kind for o in organisations}) == 10
    countries = [o.country for o in organisations]
    assert countries.count("JP") > 350 and set(countries) > {"JP", "US"}


def test_synthetic_data_is_recorded_as_one_operation(db):
    summary = add_synthetic(db, 500)
    with db.reading() as session:
        [operation] = session.scalars(select(Operation)).all()
        changes = session.scalar(select(func.count()).select_from(Change))
    assert operation.id == summary.operation_id and operation.user == "tester"
    assert operation.description == "Add synthetic demo data"  # translated on display
    assert summary.organisations == 500
    assert changes == 0


def test_synthetic_data_is_deterministic_for_a_seed(db, tmp_path):
    add_synthetic(db, 500, seed=7)
    with open_database(tmp_path / "other.sqlite3", user="tester") as other:
        add_synthetic(other, 500, seed=7)
        assert names_of(other) == names_of(db)
    with open_database(tmp_path / "third.sqlite3", user="tester") as third:
        add_synthetic(third, 500, seed=8)
        assert names_of(third) != names_of(db)


def test_synthetic_data_adds_to_a_database_that_has_records(db):
    load_seed(db)
    add_synthetic(db, 200)
    add_synthetic(db, 200)  # the same seed again: new uids, no clash
    assert count(db, Organisation) == 415


def derived_columns(db) -> list[tuple]:
    with db.reading() as session:
        return [tuple(row) for model in (Organisation, Contact) for row in session.execute(
            select(model.id, model.search_text, model.sort_key).order_by(model.id))]


def test_synthetic_records_pass_the_services_validation_unchanged(db):
    """Re-saving through the services changes nothing: the bulk rows obey the same rules
    and carry the same derived columns as records the services write."""
    add_synthetic(db, 500, seed=3)
    rng = random.Random(3)
    before, changes = derived_columns(db), count(db, Change)
    for org in rng.sample(list_organisations(db).items, 60):
        update_organisation(db, org.id, org)
    for contact in rng.sample(list_contacts(db).items, 60):
        update_contact(db, contact.id, contact)
    for agreement in rng.sample(list_agreements(db).items, 30):
        update_agreement(db, agreement.id, agreement)
    for membership in rng.sample(list_memberships(db).items, 30):
        update_membership(db, membership.id, membership)
    for activity in rng.sample(list_activities(db).items, 30):
        update_activity(db, activity.id, activity)
    assert count(db, Change) == changes
    assert derived_columns(db) == before


def test_synthetic_records_are_found_by_lists_and_searches(db):
    add_synthetic(db, 500, seed=5)
    org = list_organisations(db, OrganisationQuery(offset=123, limit=1)).items[0]
    found = list_organisations(db, OrganisationQuery(search=org.name_en, limit=50))
    assert org.id in [o.id for o in found.items]
    kana = list_organisations(db, OrganisationQuery(search=org.name_kana, limit=50))
    assert org.id in [o.id for o in kana.items]
    assert list_organisations(db, OrganisationQuery(tag="自治体")).total > 0
    contact = get_contact(db, list_contacts(db, ContactQuery(offset=77, limit=1)).items[0].id)
    assert contact.id in [c.id for c in list_contacts(db, ContactQuery(search=contact.email)).items]
    activity = list_activities(db, ActivityQuery(offset=20, limit=1)).items[0]
    assert activity.id in [a.id for a in list_activities(db, ActivityQuery(search=activity.title_en)).items]
    partner_id = activity.organisation_ids[0]
    assert activity.id in [a.id for a in list_activities(db, ActivityQuery(organisation_id=partner_id)).items]
    agreement = next(a for a in list_agreements(db).items if a.id == activity.agreement_id)
    assert agreement.party_ids[0] == partner_id
    partner = get_organisation(db, partner_id)
    assert agreement.id in [a.id for a in list_agreements(db, AgreementQuery(search=partner.name_ja)).items]


def test_synthetic_agreements_include_renewal_chains(db):
    add_synthetic(db, 500)
    renewals = [a for a in list_agreements(db).items if a.succession == "renewal"]
    assert renewals
    chain = renewal_chain(db, renewals[0].id)
    assert len(chain) >= 2 and chain[0].effective_status == "renewed"
    assert chain[1].effective_on > chain[0].expires_on
