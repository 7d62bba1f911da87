"""Readings and English names of Japan's prefectures and designated cities, for search.

A region is stored as it was typed (神奈川県, 神奈川, Kanagawa).  People look it
up by any of its forms: かながわ, カナガワ, kanagawa.  The search text of a record
therefore carries the other forms of its region, from :func:`search_words`;
:func:`reading` gives the kana alone (神奈川県 -> かながわけん, 神奈川 -> かながわ).

Covered: the 47 prefectures (都道府県), with and without their suffix (東京都 and
東京; 北海道 has no short form), and the 20 designated cities (政令指定都市),
with and without 市, alone or after their prefecture (神奈川県横浜市).  Other
places give None: the data is fixed, and no reading is guessed.
"""

from __future__ import annotations

from functools import lru_cache

import unicodedata
from typing import NamedTuple

from db.text import fold


class Place(NamedTuple):
    """A prefecture or city: its name in kanji, its reading in hiragana, its English name."""

    name: str
    reading: str
    english: str


def _places(table: str) -> tuple[Place, ...]:
    return tuple(Place(*line.split()) for line in table.strip().splitlines())


#: In the order of the national prefecture codes (JIS X 0401), 01 Hokkaido to 47 Okinawa.
PREFECTURES = _places("""
北海道 ほっかいどう Hokkaido
青森県 あおもりけん Aomori
岩手県 いわてけん Iwate
宮城県 みやぎけん Miyagi
秋田県 あきたけん Akita
山形県 やまがたけん Yamagata
福島県 ふくしまけん Fukushima
茨城県 いばらきけん Ibaraki
栃木県 とちぎけん Tochigi
群馬県 ぐんまけん Gunma
埼玉県 さいたまけん Saitama
千葉県 ちばけん Chiba
東京都 とうきょうと Tokyo
神奈川県 かながわけん Kanagawa
新潟県 にいがたけん Niigata
富山県 とやまけん Toyama
石川県 いしかわけん Ishikawa
福井県 ふくいけん Fukui
山梨県 やまなしけん Yamanashi
長野県 ながのけん Nagano
岐阜県 ぎふけん Gifu
静岡県 しずおかけん Shizuoka
愛知県 あいちけん Aichi
三重県 みえけん Mie
滋賀県 しがけん Shiga
京都府 きょうとふ Kyoto
大阪府 おおさかふ Osaka
兵庫県 ひょうごけん Hyogo
奈良県 ならけん Nara
和歌山県 わかやまけん Wakayama
鳥取県 とっとりけん Tottori
島根県 しまねけん Shimane
岡山県 おかやまけん Okayama
広島県 ひろしまけん Hiroshima
山口県 やまぐちけん Yamaguchi
徳島県 とくしまけん Tokushima
香川県 かがわけん Kagawa
愛媛県 えひめけん Ehime
高知県 こうちけん Kochi
福岡県 ふくおかけん Fukuoka
佐賀県 さがけん Saga
長崎県 ながさきけん Nagasaki
熊本県 くまもとけん Kumamoto
大分県 おおいたけん Oita
宮崎県 みやざきけん Miyazaki
鹿児島県 かごしまけん Kagoshima
沖縄県 おきなわけん Okinawa
""")

#: The designated cities (政令指定都市), north to south.
DESIGNATED_CITIES = _places("""
札幌市 さっぽろし Sapporo
仙台市 せんだいし Sendai
さいたま市 さいたまし Saitama
千葉市 ちばし Chiba
横浜市 よこはまし Yokohama
川崎市 かわさきし Kawasaki
相模原市 さがみはらし Sagamihara
新潟市 にいがたし Niigata
静岡市 しずおかし Shizuoka
浜松市 はままつし Hamamatsu
名古屋市 なごやし Nagoya
京都市 きょうとし Kyoto
大阪市 おおさかし Osaka
堺市 さかいし Sakai
神戸市 こうべし Kobe
岡山市 おかやまし Okayama
広島市 ひろしまし Hiroshima
北九州市 きたきゅうしゅうし Kitakyushu
福岡市 ふくおかし Fukuoka
熊本市 くまもとし Kumamoto
""")

# Suffix in kanji -> its reading, and the English words written for it.
_PREFECTURE_SUFFIXES = {"都": ("と", ("Metropolis", "to")), "府": ("ふ", ("Prefecture", "fu")),
                        "県": ("けん", ("Prefecture", "ken")), "道": ("どう", ("Prefecture",))}
_CITY_SUFFIX = ("市", "し", ("City", "shi"))


def _key(text: str) -> str:
    """How a region is looked up: folded, and Latin letters without their macrons (Hyōgo)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return fold(plain if plain.isascii() else text)


class _Form(NamedTuple):
    place: Place
    reading: str  # the reading of the form looked up: かながわ for 神奈川, かながわけん for 神奈川県


def _forms(place: Place, suffix: str, suffix_reading: str, english_words: tuple[str, ...]) -> dict[str, _Form]:
    """Every written form of ``place`` (kanji, kana and English, with and without suffix)."""
    whole = _Form(place, place.reading)
    forms = {_key(place.name): whole, _key(place.reading): whole}
    forms |= {_key(f"{place.english} {word}"): whole for word in english_words}
    if place.name == "北海道":  # 北海 alone is not a name; Hokkaido is the whole name
        return forms | {_key(place.english): whole}
    short = _Form(place, place.reading.removesuffix(suffix_reading))
    forms |= {_key(place.name.removesuffix(suffix)): short, _key(short.reading): short,
              _key(place.english): short}
    if suffix == "市":
        forms[_key(f"City of {place.english}")] = whole
    return forms


def _index() -> tuple[dict[str, _Form], dict[str, _Form]]:
    prefectures: dict[str, _Form] = {}
    for place in PREFECTURES:
        suffix = place.name[-1]
        prefectures |= _forms(place, suffix, *_PREFECTURE_SUFFIXES[suffix])
    cities: dict[str, _Form] = {}
    for place in DESIGNATED_CITIES:
        cities |= _forms(place, *_CITY_SUFFIX)
    return prefectures, cities


_PREFECTURE_FORMS, _CITY_FORMS = _index()
# A short name shared by a prefecture and its capital (千葉, Kyoto) reads the same
# either way; the prefecture is the one meant in a region field.
_ALL_FORMS = _CITY_FORMS | _PREFECTURE_FORMS
_PREFECTURE_NAMES = sorted((_key(p.name) for p in PREFECTURES), key=len, reverse=True)


def _lookup(region: str | None) -> list[_Form]:
    """The places ``region`` names: one, a prefecture and a city in it (神奈川県横浜市), or none."""
    if not region:
        return []
    key = _key(region)
    if key in _ALL_FORMS:
        return [_ALL_FORMS[key]]
    for name in _PREFECTURE_NAMES:
        rest = key.removeprefix(name)
        if rest != key and rest in _CITY_FORMS:
            return [_PREFECTURE_FORMS[name], _CITY_FORMS[rest]]
    return []


@lru_cache(maxsize=4096)
def reading(region: str | None) -> str | None:
    """The kana reading of a prefecture or designated city as written, in hiragana.

    神奈川県 -> かながわけん, 神奈川 -> かながわ, Kanagawa -> かながわ,
    神奈川県横浜市 -> かながわけんよこはまし; None for anything else.
    """
    forms = _lookup(region)
    return "".join(f.reading for f in forms) if forms else None


def english_name(region: str | None) -> str | None:
    """The English name of a prefecture or designated city (神奈川県 -> Kanagawa), else None."""
    forms = _lookup(region)
    return " ".join(f.place.english for f in reversed(forms)) if forms else None


def search_words(region: str | None) -> list[str]:
    """The other forms of ``region`` to add to a record's search text: its kanji name,
    its reading and its English name (Kanagawa -> 神奈川県, かながわけん, Kanagawa).

    Empty for a region this module does not know.
    """
    forms = _lookup(region)
    if not forms:
        return []
    words = ["".join(f.place.name for f in forms), reading(region) or "", english_name(region) or ""]
    own = _key(region or "")
    return [w for i, w in enumerate(words) if w and _key(w) != own and w not in words[:i]]
