"""Readings and English names of prefectures and designated cities, and search by them."""

from __future__ import annotations

import re

import pytest

from db.regions import DESIGNATED_CITIES, PREFECTURES, english_name, reading, search_words
from db.services.organisations import OrganisationData, OrganisationQuery, create_organisation, list_organisations
from db.text import fold, search_terms

HIRAGANA = re.compile(r"[\u3041-\u3096]+")
SUFFIX_READING = {"都": "と", "道": "どう", "府": "ふ", "県": "けん"}


def test_all_47_prefectures_once_each():
    names = [p.name for p in PREFECTURES]
    assert len(names) == len(set(names)) == 47
    assert names[0] == "北海道" and names[12] == "東京都" and names[13] == "神奈川県" and names[-1] == "沖縄県"
    assert sum(n.endswith("都") for n in names) == 1 and sum(n.endswith("府") for n in names) == 2
    assert sum(n.endswith("道") for n in names) == 1 and sum(n.endswith("県") for n in names) == 43
    assert len({p.reading for p in PREFECTURES}) == len({p.english for p in PREFECTURES}) == 47


def test_all_20_designated_cities():
    assert len({c.name for c in DESIGNATED_CITIES}) == 20
    assert all(c.name.endswith("市") and c.reading.endswith("し") for c in DESIGNATED_CITIES)


@pytest.mark.parametrize("place", PREFECTURES + DESIGNATED_CITIES, ids=lambda p: p.english)
def test_every_place_has_a_hiragana_reading_and_an_english_name(place):
    assert HIRAGANA.fullmatch(place.reading), place
    assert place.english.isascii() and place.english[0].isupper()
    assert reading(place.name) == place.reading
    assert english_name(place.name) == place.english


@pytest.mark.parametrize("place", PREFECTURES, ids=lambda p: p.english)
def test_prefecture_with_and_without_its_suffix(place):
    suffix_reading = SUFFIX_READING[place.name[-1]]
    assert place.reading.endswith(suffix_reading)
    short = place.reading.removesuffix(suffix_reading)
    if place.name == "北海道":  # no short form: 北海 is not a name
        assert reading("北海") is None
        assert reading("Hokkaido") == "ほっかいどう"
        return
    assert reading(place.name[:-1]) == short
    assert reading(place.english) == short
    assert english_name(place.name[:-1]) == place.english


@pytest.mark.parametrize("typed, expected", [
    ("神奈川県", "かながわけん"),
    ("神奈川", "かながわ"),
    ("Kanagawa", "かながわ"),
    ("KANAGAWA", "かながわ"),
    ("ｋａｎａｇａｗａ", "かながわ"),
    ("Kanagawa Prefecture", "かながわけん"),
    ("Kanagawa-ken", "かながわけん"),
    ("カナガワケン", "かながわけん"),
    ("神奈川\u3000県", "かながわけん"),
    ("Hyōgo", "ひょうご"),
    ("Tokyo Metropolis", "とうきょうと"),
    ("Tokyo-to", "とうきょうと"),
    ("Osaka-fu", "おおさかふ"),
    ("東京", "とうきょう"),
    ("京都", "きょうと"),
    ("横浜", "よこはま"),
    ("City of Yokohama", "よこはまし"),
    ("北九州市", "きたきゅうしゅうし"),
    ("さいたま市", "さいたまし"),
    ("神奈川県横浜市", "かながわけんよこはまし"),
    ("兵庫県神戸市", "ひょうごけんこうべし"),
])
def test_reading(typed, expected):
    assert reading(typed) == expected


@pytest.mark.parametrize("typed", [None, "", "  ", "California", "Southern France", "横須賀市", "神奈川県横須賀市",
                                   "北海", "県", "かながわ県ｘ"])
def test_no_reading_is_guessed(typed):
    assert reading(typed) is None
    assert english_name(typed) is None
    assert search_words(typed) == []


def test_search_words_add_the_forms_not_typed():
    assert search_words("神奈川県") == ["かながわけん", "Kanagawa"]
    assert search_words("Kanagawa") == ["神奈川県", "かながわ"]
    assert search_words("神奈川県横浜市") == ["かながわけんよこはまし", "Yokohama Kanagawa"]


@pytest.mark.parametrize("typed", ["かながわ", "カナガワ", "ｶﾅｶﾞﾜ", "神奈川", "kanagawa"])
def test_folded_forms_find_the_region(typed):
    stored = "|".join(fold(v) for v in ["神奈川県", *search_words("神奈川県")])
    assert all(term in stored for term in search_terms(typed))


@pytest.mark.parametrize("typed", ["かながわ", "カナガワ", "かながわけん", "神奈川"])
def test_search_finds_an_organisation_by_its_regions_reading(db, typed):
    create_organisation(db, OrganisationData(kind="city", name_ja="横浜市", name_en="Yokohama City",
                                             region="神奈川県"))
    create_organisation(db, OrganisationData(kind="city", name_ja="大阪市", region="大阪府"))
    found = list_organisations(db, OrganisationQuery(search=typed))
    assert [o.name_ja for o in found.items] == ["横浜市"]
