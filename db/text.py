"""Text normalisation for searching and sorting names in Japanese and English.

A person types ｕｃｓｄ, UCSD, かながわ or カナガワ and expects the same hits, so
both the stored search text and the query go through :func:`fold`: Unicode NFKC
(full-width to half-width, half-width katakana to full-width), case folding,
katakana to hiragana, and no spaces or middle dots.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
# The small ヶ/ヵ of place names (茅ヶ崎, 霞ヶ関, 一ヵ所) are read ga/ka and written just as
# often with a full-size ケ/カ (龍ケ崎, 茅ケ崎): both fold to the full-size kana.
_SMALL_KE_KA = {ord("ゖ"): "け", ord("ゕ"): "か"}
_DROPPED = {ord(c): None for c in " \t\r\n\u3000・･·-‐ー－—―_.,，、。'\"()（）「」『』"}
# The long vowel mark is dropped so that "センター" matches "せんた" as typed in a hurry;
# it carries no meaning for matching names.


@lru_cache(maxsize=16384)  # places, kinds and tags repeat across thousands of records
def fold(text: str | None) -> str:
    """Return ``text`` in the form stored for searching."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.translate(_KATAKANA_TO_HIRAGANA).translate(_SMALL_KE_KA).translate(_DROPPED)


def search_terms(query: str | None) -> list[str]:
    """Split a typed query into folded terms; every term must match (AND)."""
    if not query:
        return []
    spaced = unicodedata.normalize("NFKC", query).split()
    return [t for t in (fold(part) for part in spaced) if t]


def contains_terms(terms: list[str], *texts: str | None) -> bool:
    """Whether every folded term (``search_terms``) is in one of ``texts`` once folded:
    the search box's rule, for things matched in memory (the calendar's items)."""
    folded = "\n".join(fold(text) for text in texts if text)
    return all(term in folded for term in terms)


def like_pattern(term: str) -> str:
    """A ``LIKE`` pattern that finds ``term`` anywhere, with wildcards escaped by ``\\``."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Legal forms in front of a name (公益財団法人神戸…, 株式会社…) are not what people look
# a name up by; Japanese directories sort without them.  Written as ``fold`` leaves them.
_LEGAL_FORMS = tuple(sorted((fold(f) for f in (
    "公益財団法人", "こうえきざいだんほうじん", "一般財団法人", "いっぱんざいだんほうじん",
    "公益社団法人", "こうえきしゃだんほうじん", "一般社団法人", "いっぱんしゃだんほうじん",
    "株式会社", "かぶしきがいしゃ", "かぶしきかいしゃ", "有限会社", "ゆうげんがいしゃ",
    "合同会社", "ごうどうがいしゃ", "国立大学法人", "こくりつだいがくほうじん",
    "公立大学法人", "こうりつだいがくほうじん", "学校法人", "がっこうほうじん",
    "国立研究開発法人", "こくりつけんきゅうかいはつほうじん", "独立行政法人", "どくりつぎょうせいほうじん",
    "地方独立行政法人", "ちほうどくりつぎょうせいほうじん", "医療法人", "いりょうほうじん",
    "社会福祉法人", "しゃかいふくしほうじん", "特定非営利活動法人", "とくていひえいりかつどうほうじん",
)), key=len, reverse=True))


# The same forms abbreviated in brackets, as written in lists and as the single
# characters ㈱ ㈲ ㈳ ㈶ ㈻ … (NFKC turns those into the bracketed form).  Matched
# before folding, because folding drops the brackets and (有)限 would then look like
# 有田市 and (福) like 福岡.
_ABBREVIATED_FORM = re.compile(
    r"\A\s*\((?:株|有|合|名|資|財|社|学|医|福|独|宗|特非|一財|公財|一社|公社|国大|公大|国研|地独)\)\s*")


def sort_key(reading: str | None, *names: str | None) -> str:
    """The key lists sort by: the kana reading when known, else the first name given,
    without a leading legal form (株式会社, ㈱, (株)).

    Hiragana sorts in gojūon order by code point, which is how Japanese users
    expect an address book to be ordered.
    """
    for candidate in (reading, *names):
        if candidate:
            written = unicodedata.normalize("NFKC", candidate)
            candidate = _ABBREVIATED_FORM.sub("", written, count=1) or written
        key = fold(candidate)
        form = next((f for f in _LEGAL_FORMS if key.startswith(f)), "")
        if len(key) > len(form):
            key = key[len(form):]
        if key:
            return key
    return ""


def clean(value: str | None) -> str | None:
    """Strip surrounding white space (including ideographic spaces); empty becomes None."""
    if value is None:
        return None
    value = value.strip().strip("\u3000").strip()
    return value or None
