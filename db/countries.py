"""Countries as lists write them: 日本, Japan, 米国, アメリカ合衆国, U.S.A. → their ISO codes.

Records keep a two-letter code (JP, US); a municipality's list writes the name.  The
table holds the countries a life-science network's partners come from; anything else
must be written as its code.
"""

from __future__ import annotations

import unicodedata

# code: spellings (English and Japanese; compared after NFKC, case and spaces folded)
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "JP": ("Japan", "日本", "日本国", "にほん", "にっぽん"),
    "US": ("United States", "United States of America", "USA", "U.S.A.", "U.S.", "America", "米国", "アメリカ",
           "アメリカ合衆国", "合衆国"),
    "GB": ("United Kingdom", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "英国",
           "イギリス", "連合王国"),
    "DE": ("Germany", "ドイツ", "独国"),
    "FR": ("France", "フランス", "仏国"),
    "IT": ("Italy", "イタリア"),
    "ES": ("Spain", "スペイン"),
    "NL": ("Netherlands", "The Netherlands", "Holland", "オランダ"),
    "BE": ("Belgium", "ベルギー"),
    "CH": ("Switzerland", "スイス"),
    "AT": ("Austria", "オーストリア"),
    "SE": ("Sweden", "スウェーデン"),
    "DK": ("Denmark", "デンマーク"),
    "NO": ("Norway", "ノルウェー"),
    "FI": ("Finland", "フィンランド"),
    "IE": ("Ireland", "アイルランド"),
    "IL": ("Israel", "イスラエル"),
    "CA": ("Canada", "カナダ"),
    "AU": ("Australia", "オーストラリア", "豪州"),
    "NZ": ("New Zealand", "ニュージーランド"),
    "CN": ("China", "People's Republic of China", "PRC", "中国", "中華人民共和国"),
    "TW": ("Taiwan", "台湾"),
    "HK": ("Hong Kong", "香港"),
    "KR": ("Korea", "South Korea", "Republic of Korea", "韓国", "大韓民国"),
    "SG": ("Singapore", "シンガポール"),
    "TH": ("Thailand", "タイ"),
    "VN": ("Vietnam", "Viet Nam", "ベトナム"),
    "MY": ("Malaysia", "マレーシア"),
    "ID": ("Indonesia", "インドネシア"),
    "PH": ("Philippines", "フィリピン"),
    "IN": ("India", "インド"),
    "BR": ("Brazil", "ブラジル"),
    "MX": ("Mexico", "メキシコ"),
}


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().replace(".", "").split())


_BY_SPELLING = {_key(s): code for code, spellings in _COUNTRIES.items() for s in (code, *spellings)}


def code_of(text: str | None) -> str | None:
    """The two-letter code of a country as written, or None when the table has no such country."""
    if not text:
        return None
    return _BY_SPELLING.get(_key(text))
