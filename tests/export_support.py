"""What the export tests share: text a spreadsheet would take for something else, reading
a sheet back as the importer does, and databases to export."""

from __future__ import annotations

from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from db.demo.seed import load_seed
from db.exchange import columns as cols
from db.services import agreements, contacts, organisations
from db.services.organisations import OrganisationData

TRICKY = ["=1+1", "+Health", "-5 Minus", "@home", "+81-45-210-1111", "#N/A", "'quoted", "0123", "_x000D_",
          "a_x0041_b", "line\r\nbreak", "bell\x07", "\tTab", "\rCR", "=HYPERLINK(\"http://x\")"]


def sheet_rows(path, sheet=None) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    name = sheet or book.sheet_names[0]
    return book.get_sheet_by_name(name).to_python(skip_empty_area=False)


def headers(list_kind: str, lang: str) -> list[str]:
    return [c.label(lang) for c in cols.columns(list_kind)]


@pytest.fixture
def seeded(db):
    load_seed(db)
    return db


@pytest.fixture
def linked(seeded):
    """The seed, plus two organisations of one name with a contact, an agreement and an
    activity naming them, and text a spreadsheet would take for something else."""
    from db.services import activities

    twins = [organisations.create_organisation(seeded, OrganisationData(
        name_ja="愛知県", kind="prefecture", notes=note)).record for note in ("一", "二")]
    contacts.create_contact(seeded, contacts.ContactData(
        organisation_id=twins[0].id, family_name="=SUM(A1)", phone="+81-45-210-1111", is_primary=True))
    contacts.create_contact(seeded, contacts.ContactData(
        organisation_id=twins[1].id, family_name="鈴木", given_name="花子", email="hanako@example.jp"))
    comma = organisations.create_organisation(seeded, OrganisationData(name_ja="医療、福祉ネットワーク")).record
    agreement = agreements.create_agreement(seeded, agreements.AgreementData(
        title="+Health 連携協定", kind="collaboration", party_ids=[t.id for t in twins] + [comma.id],
        signed_on=date(2019, 5, 1), term_years=3, auto_renew=True,
        scope=[agreements.ScopeItemData("人材育成"), agreements.ScopeItemData("-共同研究")])).record
    activities.create_activity(seeded, activities.ActivityData(
        kind="meeting", title="@定例会", starts_on=date(2025, 4, 1), agreement_id=agreement.id,
        organisation_ids=[twins[1].id]))
    activities.create_activity(seeded, activities.ActivityData(
        kind="visit", title="視察", starts_on=date(2024, 11, 5), ends_on=date(2024, 11, 6),
        organisation_ids=[twins[0].id, twins[1].id]))
    return seeded
