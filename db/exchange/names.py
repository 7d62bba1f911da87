"""The key an import finds a record by when a row has no key column: its name, folded.

A municipality writes ㈱かけはし, 株式会社 かけはし or カケハシ株式会社 for the company we
keep as 株式会社かけはし, and "Kakehashi Co., Ltd." for "Kakehashi Inc.".  ``match_key``
makes all of them one key: NFKC, case folded, katakana as hiragana and spaces and
punctuation dropped (``db.text.fold``, the search's folding), with the legal form in
front of or after the name left out.
"""

from __future__ import annotations

from functools import lru_cache

import re
import unicodedata

from db.text import fold

# Legal forms of Japanese organisations, as written in full.  Matched at either end of
# the name, after spaces are gone (株式会社かけはし, かけはし株式会社).
_JAPANESE_FORMS = tuple(sorted((
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社",
    "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人",
    "国立大学法人", "公立大学法人", "学校法人", "国立研究開発法人", "独立行政法人", "地方独立行政法人",
    "医療法人", "社会福祉法人", "特定非営利活動法人", "NPO法人",
), key=len, reverse=True))
_JAPANESE_FORM = re.compile(
    "^(?:" + "|".join(map(re.escape, (f.casefold() for f in _JAPANESE_FORMS))) + ")"
    "|(?:" + "|".join(map(re.escape, (f.casefold() for f in _JAPANESE_FORMS))) + ")$")

# The same forms abbreviated in brackets: (株) (有) (一社)…, and ㈱ ㈲ ㈳ ㈶, which NFKC
# writes as (株) (有) (社) (財).  Taken away before folding, which drops the brackets
# and would leave a bare 株 or 有 that may be part of a name (有田市).
_ABBREVIATED = r"\((?:株|有|合|名|資|財|社|学|医|福|独|特非|一財|公財|一社|公社|国大|公大|国研|地独)\)"
_ABBREVIATED_FORM = re.compile(rf"^\s*{_ABBREVIATED}\s*|\s*{_ABBREVIATED}\s*$")

# English forms at the end of a name ("Kakehashi Co., Ltd.", "Kakehashi, Inc."), and
# a leading "The" (The University of Tokyo).
_ENGLISH_FORM = re.compile(
    r"[\s,]*\b(?:co\.?,?\s*ltd\.?|company\s+limited|inc\.?|incorporated|ltd\.?|limited|corporation|corp\.?"
    r"|llc|l\.l\.c\.|k\.\s*k\.?|kk|co\.?|gmbh|plc)\s*$")
_LEADING_THE = re.compile(r"^the\s+")


def _without_forms(text: str) -> str:
    text = _ABBREVIATED_FORM.sub("", text)
    while True:
        shorter = _ENGLISH_FORM.sub("", text)
        if shorter == text:
            break
        text = shorter
    text = _LEADING_THE.sub("", text)
    joined = "".join(text.split())
    return _JAPANESE_FORM.sub("", joined, count=1)


@lru_cache(maxsize=65536)  # a row's names are asked for several times while it is planned
def match_key(name: str | None) -> str:
    """The key two spellings of one organisation's (or agreement's) name share.

    NFKC, case folded, spaces and punctuation removed, katakana read as hiragana, and
    a legal form (株式会社, ㈱, (株), 一般社団法人…, Inc., Co., Ltd., Corporation…) left
    out; a name that is nothing but a legal form keeps it.
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    return fold(_without_forms(text)) or fold(text)
