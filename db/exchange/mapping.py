"""Which column of a sheet holds which field: found from the headers, corrected by a
person, and remembered for the next file with the same headers.

Headers are compared after ``catalogue.normalise_header`` with every spelling the
catalogue knows of a field (``catalogue.header_synonyms``): exactly first, then the
header without a trailing note in brackets (協定締結日（西暦） → 協定締結日), then a known
spelling inside a longer header (団体名称 holds 団体名).  Each field goes to one column,
the best match; running-number columns (No., 番号, 連番) map to nothing.  A header of a
field the program keeps stands for the one a person writes (有効期限 → the expiry as
written), and a header marked English or kana (団体名（英語）) takes the field's twin.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from sqlalchemy import select

from db import catalogue
from db.errors import QT_TRANSLATE_NOOP
from db.exchange import columns as columns_
from db.exchange.model import ExchangeError, Mapping
from db.models import ImportMapping

UNKNOWN_HEADER = QT_TRANSLATE_NOOP("Import", "There is no column '{header}' in the sheet; its columns are: {headers}.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Import", "'{field}' is not a field that can be imported into this list; "
                                            "the fields are: {fields}.")
REMEMBER = QT_TRANSLATE_NOOP("Operations", "Remember the columns of an imported file")

# Headers of a column that only numbers the rows.
_RUNNING_NUMBERS = frozenset(catalogue.normalise_header(h) for h in (
    "No", "No.", "NO.", "№", "#", "番号", "連番", "通番", "通し番号", "項番", "整理番号", "Number", "Row"))

# A derived field's header (Expires on, Status) stands for the field a person writes when
# a file has no column for that field itself: a municipality's 有効期限 is the expiry as
# written in the agreement.
_STANDS_FOR = {
    ("agreement", "expires_on"): "expires_on_given",
    ("agreement", "effective_status"): "status",
}

# A header that says its column is in English or in kana (団体名（英語）, 件名（英文）,
# 団体名（ふりがな）) means the English or kana twin of the field it otherwise names.
_TWIN_MARKS = {
    "_en": tuple(catalogue.normalise_header(m) for m in ("英語", "英文", "英字", "ローマ字", "English")),
    "_kana": tuple(catalogue.normalise_header(m) for m in ("ふりがな", "フリガナ", "よみがな", "ヨミガナ", "カナ", "かな")),
}

# How well a header names a field; the best pairs are taken first.
_EXACT, _WITHOUT_NOTE, _STANDS_IN, _INSIDE = 400, 300, 200, 100
_TRAILING_NOTE = re.compile(r"\s*[(（\[【][^()（）\[\]【】]*[)）\]】]\s*$")


def importable_fields(list_kind: str) -> list[str]:
    """The fields a file may set for the list, the key (uid) first, in the list's order."""
    return [c.field for c in columns_.columns(list_kind) if c.importable]


def _ascii_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", text).casefold()))


class _Header(NamedTuple):
    """A header prepared once for comparing with every field's spellings."""

    key: str  # normalised
    base: str  # normalised, without a trailing note in brackets
    words: tuple[str, ...]  # its ASCII words


def _prepared(header: str) -> _Header:
    return _Header(catalogue.normalise_header(header), catalogue.normalise_header(_TRAILING_NOTE.sub("", header)),
                   _ascii_words(header))


@cache
def _spellings(kind: str, field: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The field's spellings, normalised and as ASCII words, in the catalogue's order."""
    found = ((catalogue.normalise_header(s), _ascii_words(s)) for s in catalogue.header_synonyms(kind, field))
    return tuple((key, words) for key, words in found if key)


class _Spellings(NamedTuple):
    """Every field's spellings for a kind of record, arranged for scoring many headers."""

    whole: dict[str, dict[str, int]]  # normalised spelling → field → its rank bonus
    inside_ja: tuple[tuple[str, str], ...]  # (spelling, field): two or more characters, not ASCII
    inside_en: tuple[tuple[tuple[str, ...], str, str], ...]  # (words, spelling, field)


@cache
def _arranged(kind: str) -> _Spellings:
    whole: dict[str, dict[str, int]] = {}
    inside_ja, inside_en = [], []
    for field in catalogue.fields(kind):
        for rank, (key, words) in enumerate(_spellings(kind, field)):
            # The label and the name come first in header_synonyms: a tie goes to them.
            bonus = max(0, 20 - rank)
            by_field = whole.setdefault(key, {})
            by_field[field] = max(by_field.get(field, 0), bonus)
            if key.isascii():
                if words:
                    inside_en.append((words, key, field))
            elif len(key) >= 2:
                inside_ja.append((key, field))
    return _Spellings(whole, tuple(inside_ja), tuple(inside_en))


def _scores(kind: str, header: _Header) -> dict[str, int]:
    """How well the header names each field of the kind that it names at all."""
    arranged = _arranged(kind)
    scores: dict[str, int] = {}

    def better(field: str, score: int) -> None:
        if score > scores.get(field, 0):
            scores[field] = score

    for field, bonus in arranged.whole.get(header.base, {}).items():
        better(field, _WITHOUT_NOTE + bonus)
    for field, bonus in arranged.whole.get(header.key, {}).items():
        better(field, _EXACT + bonus)
    # A known spelling inside a longer header: any two or more characters for Japanese
    # (協定締結日 holds 締結日), whole words for English ("Date signed (Western)").
    size = len(header.key)
    for key, field in arranged.inside_ja:
        if len(key) < size and key in header.key:
            better(field, _INSIDE + len(key))  # the longer the spelling found, the surer
    have = header.words
    if have:
        for words, key, field in arranged.inside_en:
            n = len(words)
            if len(key) < size and any(have[i:i + n] == words for i in range(len(have) - n + 1)):
                better(field, _INSIDE + len(key))
    return scores


def is_running_number(header: str) -> bool:
    return catalogue.normalise_header(header) in _RUNNING_NUMBERS


def auto_map(list_kind: str, headers: list[str]) -> Mapping:
    """Column index → field (or None) for every column, from the headers alone."""
    kind = columns_.record_kind(list_kind)
    fields = importable_fields(list_kind)
    stands_in = {derived: field for (k, derived), field in _STANDS_FOR.items() if k == kind and field in fields}
    candidates: list[tuple[int, int, str]] = []
    for index, written in enumerate(headers):
        text = "" if written is None else str(written)
        if not text.strip() or is_running_number(text):
            continue
        header = _prepared(text)
        scores = _scores(kind, header)
        # A column the program writes for reading only (有効期限, 最終更新日時) is not
        # taken for a field whose spelling merely sits inside its header.
        kept = any(score >= _EXACT for field, score in scores.items() if field not in fields)
        least = _WITHOUT_NOTE if kept else 1
        twin_suffix = _twin_suffix(header)
        for field, score in scores.items():
            if score < least:
                continue
            if field in stands_in and score >= _WITHOUT_NOTE:
                candidates.append((_STANDS_IN, index, stands_in[field]))
            if field not in fields:
                continue
            if twin_suffix and score < _EXACT and not field.endswith(twin_suffix):
                field = field.removesuffix("_ja") + twin_suffix
                if field not in fields:
                    continue
            candidates.append((score, index, field))
    result: Mapping = {i: None for i in range(len(headers))}
    taken: set[str] = set()
    # Best pairs first; between equals the column further left wins.
    for score, index, field in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if result[index] is None and field not in taken:
            result[index] = field
            taken.add(field)
    return result


def _twin_suffix(header: _Header) -> str | None:
    return next((suffix for suffix, marks in _TWIN_MARKS.items() if any(m in header.key for m in marks)), None)


# ------------------------------------------------------------------ a person's corrections


def _field_named(list_kind: str, name: str) -> str | None:
    """The importable field a person means by a field name or a label in either language."""
    kind = columns_.record_kind(list_kind)
    fields = importable_fields(list_kind)
    wanted = catalogue.normalise_header(name)
    for field in fields:
        labels = (field, catalogue.field_label(kind, field), catalogue.field_label(kind, field, "ja"))
        if any(catalogue.normalise_header(label) == wanted for label in labels):
            return field
    spelled = [f for f in fields if any(key == wanted for key, _ in _spellings(kind, f))]
    return spelled[0] if len(spelled) == 1 else None


def apply_overrides(list_kind: str, headers: list[str], mapping: Mapping, overrides: dict[str, str],
                    *, file: str = "") -> Mapping:
    """``mapping`` corrected by a person: header (as written or normalised) → field name,
    a field label in English or Japanese, or "" to leave the column out.  A field given to
    a column is taken from whichever column had it.  Raises ``ExchangeError`` naming an
    unknown header or field."""
    result = dict(mapping)
    kind = columns_.record_kind(list_kind)
    for header, target in overrides.items():
        wanted = catalogue.normalise_header(header)
        indexes = [i for i, h in enumerate(headers) if h == header] or \
                  [i for i, h in enumerate(headers) if catalogue.normalise_header(h or "") == wanted]
        if not indexes:
            raise ExchangeError(UNKNOWN_HEADER, header=header, headers=", ".join(h for h in headers if h), file=file)
        if not (target or "").strip():
            for index in indexes:
                result[index] = None
            continue
        field = _field_named(list_kind, target)
        if field is None:
            names = "; ".join(f"{f} ({catalogue.field_label(kind, f, 'ja')} / {catalogue.field_label(kind, f)})"
                              for f in importable_fields(list_kind))
            raise ExchangeError(UNKNOWN_FIELD, field=target, fields=names, header=header, file=file)
        for index, mapped in result.items():
            if mapped == field:
                result[index] = None
        result[indexes[0]] = field
    return result


# ------------------------------------------------------------------ remembered mappings


def _normalised(headers: list[str]) -> list[str]:
    return [catalogue.normalise_header(str(h or "")) for h in headers]


def signature(list_kind: str, headers: list[str]) -> str:
    """SHA-256 of the normalised headers in their order: files laid out alike share it.
    The list kind is kept beside it in the database, not in it."""
    return hashlib.sha256(json.dumps(_normalised(headers), ensure_ascii=False).encode("utf-8")).hexdigest()


def _stored_keys(headers: list[str]) -> list[str]:
    """A key per column for the stored mapping: the header as written, and for a header
    seen before in the row the header with its occurrence ("備考#2")."""
    seen: dict[str, int] = {}
    keys = []
    for header in headers:
        header = str(header or "")
        seen[header] = seen.get(header, 0) + 1
        keys.append(header if seen[header] == 1 else f"{header}#{seen[header]}")
    return keys


def remembered(db, list_kind: str, headers: list[str]) -> Mapping | None:
    """The mapping a person chose for files with these headers, or None.  Fields the
    list no longer imports read as None, and so does a field given to a second column."""
    with db.reading() as session:
        row = session.scalars(select(ImportMapping).where(
            ImportMapping.list_kind == list_kind, ImportMapping.signature == signature(list_kind, headers))).first()
        if row is None:
            return None
        stored_headers, stored = list(row.headers or []), dict(row.mapping or {})
    if len(stored_headers) != len(headers):
        return None
    fields = set(importable_fields(list_kind))
    result: Mapping = {}
    for index, key in enumerate(_stored_keys(stored_headers)):
        field = stored.get(key)
        result[index] = field if field in fields and field not in result.values() else None
    return result


def remember(db, list_kind: str, headers: list[str], mapping: Mapping, source: str) -> None:
    """Keep a person's mapping for the next file with the same headers (one transaction)."""
    keys = _stored_keys(headers)
    stored = {keys[i]: mapping.get(i) for i in range(len(headers))}
    sig = signature(list_kind, headers)
    with db.transaction(REMEMBER) as session:
        row = session.scalars(select(ImportMapping).where(
            ImportMapping.list_kind == list_kind, ImportMapping.signature == sig)).first()
        if row is None:
            row = ImportMapping(list_kind=list_kind, signature=sig)
            session.add(row)
        row.headers = [str(h or "") for h in headers]
        row.mapping = stored
        row.source = source[:300] if source else None
