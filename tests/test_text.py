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
