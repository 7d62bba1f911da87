"""Every field a person edits or sees and every value of every enumeration has an English
name and a finished Japanese one, and the command line reads them without Qt."""

from __future__ import annotations

import dataclasses
import enum
import subprocess
import sys
from pathlib import Path

import pytest

from db import catalogue, i18n
from db.errors import RECORD_NAMES
from db.models import (
    Activity,
    Agreement,
    AgreementDocument,
    AgreementParty,
    Contact,
    Membership,
    Organisation,
    ScopeItem,
    Signatory,
    Tag,
)
from db.models import activity, agreement, history, organisation
from db.services.activities import ActivityData
from db.services.agreements import AgreementData, ScopeItemData, SignatoryData
from db.services.contacts import ContactData
from db.services.due import DueKind
from db.services.memberships import MembershipData
from db.services.organisations import OrganisationData

ROOT = Path(__file__).resolve().parent.parent
MODELS = [Organisation, Contact, Membership, Agreement, Activity, Signatory, ScopeItem, AgreementParty,
          AgreementDocument, Tag]
DATA = {"organisation": OrganisationData, "contact": ContactData, "membership": MembershipData,
        "agreement": AgreementData, "activity": ActivityData, "signatory": SignatoryData,
        "scope_item": ScopeItemData}
# Kept for the program's own use: never shown or typed.
NOT_FIELDS = {"id", "search_text", "sort_key", "position", "display_name"}
PARENT_KEYS = {("signatory", "agreement_id"), ("scope_item", "agreement_id"), ("agreement_party", "agreement_id"),
               ("agreement_document", "agreement_id")}


def columns(model) -> list[str]:
    return [c.key for c in model.__table__.columns]


def enums() -> list[type[enum.Enum]]:
    found = {obj for module in (activity, agreement, history, organisation) for obj in vars(module).values()
             if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == module.__name__}
    return sorted(found | {DueKind}, key=lambda e: e.__name__)


def japanese(context: str, source: str) -> str | None:
    return i18n.messages("ja").get((context, source))


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__tablename__)
def test_every_column_has_a_label_in_both_languages(model):
    kind = model.__tablename__
    for column in columns(model):
        if column in NOT_FIELDS or (kind, column) in PARENT_KEYS:
            continue
        info = catalogue.field_info(kind, column)
        assert info is not None, f"{kind}.{column} has no label"
        assert japanese("Fields", info.label), f"{kind}.{column} ({info.label!r}) has no finished Japanese"


@pytest.mark.parametrize("kind", DATA)
def test_every_field_the_services_expose_has_a_label(kind):
    for f in dataclasses.fields(DATA[kind]):
        if f.name in NOT_FIELDS:
            continue
        assert catalogue.field_info(kind, f.name) is not None, f"{kind}: {f.name} has no label"


def test_labels_are_unique_within_a_kind_in_each_language():
    for kind in catalogue.FIELDS:
        for lang in ("en", "ja"):
            labels = [catalogue.field_label(kind, name, lang) for name in catalogue.fields(kind)]
            doubles = {label for label in labels if labels.count(label) > 1}
            assert not doubles, f"{kind} ({lang}): {doubles}"


@pytest.mark.parametrize("enum_cls", enums(), ids=lambda e: e.__name__)
def test_every_enumeration_value_has_a_label_in_both_languages(enum_cls):
    assert catalogue.values(enum_cls) == tuple(m.value for m in enum_cls)
    labels = {lang: [catalogue.value_label(enum_cls, m, lang) for m in enum_cls] for lang in ("en", "ja")}
    for member, english in zip(enum_cls, labels["en"]):
        assert english != member.value, f"{enum_cls.__name__}.{member.name} has no label"
        assert japanese("Values", english), f"{enum_cls.__name__}.{member.name} has no finished Japanese"
    for lang, names in labels.items():
        assert len(set(names)) == len(names), f"{enum_cls.__name__} ({lang}): two values read alike"


def test_the_issue_examples():
    assert catalogue.value_label("OrganisationKind", "university", "ja") == "大学"
    assert catalogue.value_label(organisation.OrganisationKind, organisation.OrganisationKind.UNIVERSITY) == "University"
    assert catalogue.field_label("agreement", "renewal_deadline") == "Renewal decision deadline"
    assert catalogue.field_label("agreement", "renewal_deadline", "ja") == "更新判断期限"
    assert catalogue.field_label("organisation", "name_en", "ja") == "英語名"
    assert catalogue.field_label("organisation", "name_en") == "English name"
    # Different meanings, different words: a contact's job title is not an agreement's title.
    assert catalogue.field_label("contact", "title", "ja") == "役職"
    assert catalogue.field_label("agreement", "title", "ja") != "役職"


def test_record_names_are_the_ones_errors_use():
    assert RECORD_NAMES is catalogue.RECORDS
    for kind, source in catalogue.RECORDS.items():
        assert catalogue.record_name(kind) == source
        assert japanese("Records", source) == catalogue.record_name(kind, "ja")
    assert catalogue.record_name("organisation", "ja") == "組織"
    assert catalogue.record_name("unknown") == "unknown"


def test_list_items_and_unknown_fields():
    assert catalogue.field_label("agreement", "signatories[0].name") == "Signatories 1: Full name"
    assert catalogue.field_label("agreement", "signatories[2].title", "ja") == "署名者（3）の役職"
    assert catalogue.field_label("agreement", "scope[1]", "ja") == "連携・協力事項（2）"
    assert catalogue.field_label("agreement", "party_names", "ja") == "パートナー"  # another spelling
    assert catalogue.field_label("agreement", "no_such_field", "ja") == "no_such_field"


def test_header_synonyms_give_both_languages_and_variants():
    for kind in catalogue.FIELDS:
        for name in catalogue.fields(kind):
            found = catalogue.header_synonyms(kind, name)
            assert catalogue.field_label(kind, name, "en") in found
            assert catalogue.field_label(kind, name, "ja") in found
            assert name in found and len(found) == len(set(found))
    names = catalogue.header_synonyms("organisation", "name_ja")
    assert {"日本語名", "団体名", "名称", "Organization"} <= set(names)
    assert {"締結日", "締結年月日", "Signed on"} <= set(catalogue.header_synonyms("agreement", "signed_on"))
    normalised = {catalogue.normalise_header(s) for s in catalogue.header_synonyms("contact", "email")}
    assert catalogue.normalise_header(" Ｅ－ｍａｉｌ ") in normalised
    assert {"大学", "University", "university"} <= set(catalogue.value_synonyms("OrganisationKind", "university"))
    assert "覚書" in catalogue.value_synonyms("AgreementKind", "mou")


def test_translate_falls_back_to_the_english_source():
    assert i18n.translate("Operations", "Add organisation", "ja") == "組織を追加"
    assert i18n.translate("Operations", "Add organisation", "en") == "Add organisation"
    assert i18n.translate("Operations", "Add 500 demo organisations", "ja") == "Add 500 demo organisations"
    assert i18n.messages("ja") is i18n.messages("ja")  # read once per process


def test_a_missing_catalogue_means_english(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.messages.cache_clear()
    try:
        assert i18n.translate("Operations", "Add organisation", "ja") == "Add organisation"
    finally:
        i18n.messages.cache_clear()


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "ja_JP.eucJP", "LANG": "en_US.UTF-8"}, "ja"),
    ({"LC_MESSAGES": "ja_JP", "LANG": "en_GB"}, "ja"),
    ({"LANGUAGE": "en_GB:ja", "LANG": "ja_JP.UTF-8"}, "en"),
    ({"LANGUAGE": "ja:en", "LANG": "C"}, "ja"),
    ({"LANGUAGE": "", "LANG": "ja-JP"}, "ja"),
])
def test_the_language_follows_the_environment(environ, expected):
    assert i18n.detect_language(environ) == expected


def test_without_a_language_in_the_environment_the_system_decides():
    assert i18n.detect_language({}) in ("ja", "en")
    assert i18n.language_of("ja") == "ja" and i18n.language_of("") is None


def test_the_command_line_side_needs_neither_qt_nor_sqlalchemy():
    code = ("import sys, db.catalogue, db.i18n; db.i18n.translate('Fields', 'Notes', 'ja'); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'desktop')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
