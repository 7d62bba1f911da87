"""The agreements list read as plain rows, searched through the indexes, gives what the
plain rule gives (every term in the agreement's own folded text or in a partner's), in
every order, page by page, whichever way a page is found; and each listed record is the
same as get_agreement's."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.demo import add_synthetic
from db.models import Agreement, AgreementParty, Organisation
from db.services import agreement_search, search
from db.services.agreements import (
    AgreementData,
    AgreementQuery,
    create_agreement,
    delete_agreement,
    get_agreement,
    list_agreements,
)
from db.services.organisations import OrganisationData, create_organisation, delete_organisation

TODAY = date(2025, 6, 1)
QUERIES = ("a", "か", "大", "u", "かな", "大学", "univ", "university", "神奈川", "かながわ", "mou", "研究", "x",
           "大学 a", "かなざわ u", "bio 研", "zz", "ゑ", "trashedpartner")
ORDERS = (("signed", True), ("signed", False), ("expires", False), ("expires", True), ("title", False),
          ("status", False))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from db.lifecycle import open_database

    path = tmp_path_factory.mktemp("agreement_search") / "generated.sqlite3"
    database = open_database(path, user="tester")
    add_synthetic(database, 1200, seed=11, agreement_share=0.8)
    with database.reading() as session:
        ids = list(session.scalars(select(Agreement.id).order_by(Agreement.id)))
    for agreement_id in ids[::37]:  # some agreements in the trash
        delete_agreement(database, agreement_id)
    # A partner in the trash still finds its agreements (the plain rule does not look at its trash).
    partner = create_organisation(database, OrganisationData(kind="company", name_en="Trashedpartner Ltd")).record
    first = create_agreement(database, AgreementData(title="試験協定", party_ids=[partner.id],
                                                     signed_on=date(2021, 4, 1), term_years=3)).record
    create_agreement(database, AgreementData(title="試験協定（更新）", party_ids=[partner.id], renewed_from_id=first.id,
                                             signed_on=date(2024, 4, 1), term_years=3))
    delete_organisation(database, partner.id)
    yield database
    database.close()


def rule_ids(db, text: str) -> set[int]:
    """The rule itself, in Python over every live agreement and all partners' texts."""
    terms = search.terms_of(text)
    with db.reading() as session:
        parties: dict[int, list[str]] = {}
        for agreement_id, party_text in session.execute(
                select(AgreementParty.agreement_id, Organisation.search_text).join(Organisation)):
            parties.setdefault(agreement_id, []).append(party_text)
        rows = session.execute(select(Agreement.id, Agreement.search_text).where(Agreement.deleted_at.is_(None)))
        return {i for i, t in rows if all(term in t or any(term in p for p in parties.get(i, [])) for term in terms)}


def plain_list(db, monkeypatch, **query) -> list[int]:
    """The whole list by the plain LIKE path (the one PostgreSQL takes)."""
    with monkeypatch.context() as patch:
        patch.setattr(search, "_indexable", lambda term: False)
        return [a.id for a in list_agreements(db, AgreementQuery(today=TODAY, **query)).items]


def shown_total(found: int) -> tuple[int, bool]:
    return (found, False) if found <= search.COUNT_CAP else (search.COUNT_CAP, True)


@pytest.mark.parametrize("text", QUERIES)
def test_search_equals_the_plain_rule(generated, monkeypatch, text):
    everything = list_agreements(generated, AgreementQuery(search=text, today=TODAY))
    assert {a.id for a in everything.items} == rule_ids(generated, text)
    assert [a.id for a in everything.items] == plain_list(generated, monkeypatch, search=text)
    assert (everything.total, everything.total_is_capped) == (len(everything.items), False)


def test_the_partner_in_the_trash_is_found(generated):
    found = list_agreements(generated, AgreementQuery(search="trashedpartner", today=TODAY)).items
    assert sorted(a.title for a in found) == ["試験協定", "試験協定（更新）"]


@pytest.mark.parametrize("cap, gather, walk, few", [(5, 3, 3, 0), (5, 3, 10_000, 0), (5, 3, 10_000, 10_000),
                                                     (10_000, 10_000, 3, 200), (5, 40, 0, 200)])
@pytest.mark.parametrize("text", ("a", "か", "大学", "univ", "u n", "ゑ", "大学 a", "かなざわ u", "trashedpartner"))
def test_every_way_to_a_page_gives_the_same_page(generated, monkeypatch, cap, gather, walk, few, text):
    """The gathered set, the ordered walk (partners by text or by set, found or given up)
    and the candidates sorted give the same pages in every order, and the count is
    exact up to the cap."""
    for order, descending in ORDERS:
        everything = plain_list(generated, monkeypatch, search=text, order_by=order, descending=descending)
        with monkeypatch.context() as patch:
            patch.setattr(search, "COUNT_CAP", cap)
            patch.setattr(agreement_search, "GATHER", gather)
            patch.setattr(search, "WALK", walk)
            patch.setattr(agreement_search, "FEW", few)
            for offset in (0, 7):
                page = list_agreements(generated, AgreementQuery(
                    search=text, order_by=order, descending=descending, offset=offset, limit=6, today=TODAY))
                assert [a.id for a in page.items] == everything[offset:offset + 6], (order, descending, offset)
                if offset == 0:
                    assert (page.total, page.total_is_capped) == shown_total(len(everything)), (order, descending)


@pytest.mark.parametrize("text", ("a", "大学", "か u"))
def test_filtered_search_counts_exactly_or_says_it_stopped(generated, monkeypatch, text):
    filters = {"kinds": ("mou", "collaboration")}
    everything = plain_list(generated, monkeypatch, search=text, **filters)
    for cap in (5, 10_000):
        monkeypatch.setattr(search, "COUNT_CAP", cap)
        page = list_agreements(generated, AgreementQuery(search=text, limit=10, today=TODAY, **filters))
        assert [a.id for a in page.items] == everything[:10]
        if page.total_is_capped:
            assert page.total == cap < len(everything)
        else:
            assert page.total == len(everything)


@pytest.mark.parametrize("order, descending", ORDERS)
def test_pages_without_a_search_are_slices_of_the_whole(generated, order, descending):
    everything = list_agreements(generated, AgreementQuery(order_by=order, descending=descending, today=TODAY))
    assert everything.total == len(everything.items)
    for offset in (0, 100, 700):
        page = list_agreements(generated, AgreementQuery(order_by=order, descending=descending, offset=offset,
                                                         limit=100, today=TODAY))
        assert [a.id for a in page.items] == [a.id for a in everything.items[offset:offset + 100]]
        assert page.total == everything.total


def test_listed_records_are_whole_and_equal_get_agreement(generated):
    """Parties, signatories, scope, documents, derived dates and status: the listing's
    plain rows give the very record the entity gives."""
    listed = list_agreements(generated, AgreementQuery(today=TODAY)).items
    renewed = [a for a in listed if a.effective_status == "renewed"]
    assert renewed, "the generated data has renewals"
    assert any(a.signatories for a in listed) and any(a.scope for a in listed)
    for a in listed[::7] + renewed:
        assert a == get_agreement(generated, a.id, TODAY)
    trashed = list_agreements(generated, AgreementQuery(trashed=True, today=TODAY)).items
    assert trashed and all(a == get_agreement(generated, a.id, TODAY) for a in trashed)
