"""Folding names for search and sorting them the way Japanese directories do."""

from __future__ import annotations

import pytest

from db.text import clean, fold, like_pattern, search_terms, sort_key


@pytest.mark.parametrize("typed, stored", [
    ("カナガワ", "かながわ"), ("ｶﾅｶﾞﾜ", "かながわ"), ("ＵＣＳＤ", "ucsd"), ("Kanagawa Pref.", "kanagawapref"),
    ("ワン・ニュークリアス", "わんにゅくりあす"), ("神奈川\u3000県", "神奈川県"),
])
def test_fold(typed, stored):
    assert fold(typed) == stored


def test_search_terms_split_on_any_space():
    assert search_terms("かながわ\u3000Pref") == ["かながわ", "pref"]
    assert search_terms("  ") == [] and search_terms(None) == []


def test_like_pattern_escapes_wildcards():
    assert like_pattern("100%_x") == "%100\\%\\_x%"


@pytest.mark.parametrize("reading, name, expected", [
    ("コウエキザイダンホウジンコウベイリョウサンギョウトシスイシンキコウ", None, "こうべいりょうさんぎょうとしすいしんきこう"),
    (None, "株式会社バイオ", "ばいお"),
    (None, "(株)バイオ", "ばいお"),
    ("カナガワケン", "神奈川県", "かながわけん"),
    (None, "University of Oxford", "universityofoxford"),
    (None, "株式会社", "株式会社"),  # a name that is only a legal form keeps it
])
def test_sort_key_drops_leading_legal_forms(reading, name, expected):
    assert sort_key(reading, name) == expected


def test_clean():
    assert clean("\u3000 神奈川県 \u3000") == "神奈川県"
    assert clean("   ") is None and clean(None) is None


@pytest.mark.parametrize("typed, stored", [
    ("㈱バイオ", "株ばいお"), ("（株）バイオ", "株ばいお"), ("㍿バイオ", "株式会社ばいお"), ("㍻", "平成"),
    ("茅ヶ崎市", "茅け崎市"), ("茅ケ崎市", "茅け崎市"), ("霞ヶ関", "霞け関"), ("一ヵ所", "一か所"),
])
def test_fold_enclosed_forms_and_small_ke(typed, stored):
    assert fold(typed) == stored


def test_small_and_full_size_ke_find_each_other():
    assert fold("茅ヶ崎") in fold("茅ケ崎市") and fold("茅ケ崎") in fold("茅ヶ崎市")


@pytest.mark.parametrize("name, expected", [
    ("㈱バイオ", "ばいお"), ("（株）バイオ", "ばいお"), (" (株) バイオ", "ばいお"), ("㍿バイオ", "ばいお"),
    ("㈲バイオ", "ばいお"), ("㈶神戸医療", "神戸医療"), ("㈳協会", "協会"), ("(特非)つなぐ", "つなぐ"),
    ("(公財)神戸医療", "神戸医療"),
    # names that only begin with the character of an abbreviation keep it
    ("有田市", "有田市"), ("福岡市", "福岡市"), ("株洲市", "株洲市"), ("学習院大学", "学習院大学"),
    ("バイオ(株)", "ばいお株"),
    ("(株)", "株"),  # a name that is only a legal form keeps it
])
def test_sort_key_drops_abbreviated_legal_forms(name, expected):
    assert sort_key(None, name) == expected
