"""The human names of every kind of record, every field and every enumeration value.

One catalogue for the whole program: the command line, the change history, the
desktop's columns and forms, the Excel headers and the importer's synonyms all read
it, so nothing keeps a copy of its own.  The English source text is marked with
``QT_TRANSLATE_NOOP`` (contexts ``Records``, ``Fields``, ``Values``); the Japanese
lives in ``resources/translations/kakehashi_ja.ts`` like every other message and is
read by ``db.i18n`` (command line) or Qt's translators (desktop).

Where two fields mean different things they get different English, so that one
English source never needs two translations: a contact's ``Job title`` is not an
agreement's ``Title``.

This module imports neither Qt nor SQLAlchemy: the command line loads it on every run.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from db.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]  # (context, English source) -> text shown


@dataclass(frozen=True)
class Field:
    """What a person calls one field of a record, and how its values read."""

    name: str
    label: str  # English source text, context "Fields"
    enum: str | None = None  # values are labelled in context "Values" under this enum's name
    refers_to: str | None = None  # the value is the id of a record of this kind
    many: bool = False  # a list (of ids when ``refers_to`` is set)
    part: str | None = None  # the kind of record each item of the list is
    editable: bool = True  # typed or chosen by a person (not derived or kept by the program)
    synonyms: tuple[str, ...] = ()  # further header spellings the importer accepts


def _derived(name: str, label: str, **kw) -> Field:
    return Field(name, label, editable=False, **kw)


# Kinds of record, named inside sentences ("There is no {record} with id {id}.").
RECORDS: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("Records", "organisation"),
    "contact": QT_TRANSLATE_NOOP("Records", "contact"),
    "membership": QT_TRANSLATE_NOOP("Records", "membership"),
    "agreement": QT_TRANSLATE_NOOP("Records", "agreement"),
    "activity": QT_TRANSLATE_NOOP("Records", "activity"),
    "agreement_document": QT_TRANSLATE_NOOP("Records", "document"),
    "signatory": QT_TRANSLATE_NOOP("Records", "signatory"),
    "scope_item": QT_TRANSLATE_NOOP("Records", "scope item"),
    "agreement_party": QT_TRANSLATE_NOOP("Records", "partner"),
    "tag": QT_TRANSLATE_NOOP("Records", "tag"),
}

NOTES = QT_TRANSLATE_NOOP("Fields", "Notes")
_KEPT = (  # kept by the program on every record people edit; seen in exports and lists
    _derived("uid", QT_TRANSLATE_NOOP("Fields", "Key"), synonyms=("UID", "キー")),
    _derived("version", QT_TRANSLATE_NOOP("Fields", "Version"), synonyms=("バージョン", "版", "Ver.")),
    _derived("created_at", QT_TRANSLATE_NOOP("Fields", "Created"), synonyms=("作成日",)),
    _derived("updated_at", QT_TRANSLATE_NOOP("Fields", "Last changed"), synonyms=("更新日時", "更新日")),
    _derived("deleted_at", QT_TRANSLATE_NOOP("Fields", "Moved to the trash")),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "organisation": (
        Field("name_ja", QT_TRANSLATE_NOOP("Fields", "Japanese name"),
              synonyms=("名称", "団体名", "団体名称", "組織名", "組織名称", "機関名", "法人名", "会社名", "企業名", "名前",
                        "Name", "Organization",
                        "Organisation", "Organization name", "Organisation name")),
        Field("name_en", QT_TRANSLATE_NOOP("Fields", "English name"),
              synonyms=("英文名", "英名", "名称（英語）", "Name (English)", "Name in English")),
        Field("name_kana", QT_TRANSLATE_NOOP("Fields", "Reading (kana)"),
              synonyms=("ふりがな", "フリガナ", "よみがな", "ヨミガナ", "かな", "カナ", "読み", "Kana", "Reading")),
        Field("short_name", QT_TRANSLATE_NOOP("Fields", "Short name"), synonyms=("略称", "略名", "Abbreviation")),
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), enum="OrganisationKind",
              synonyms=("種類", "区分", "分類", "種別", "Type", "Category")),
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country"), synonyms=("国名", "国・地域", "国コード")),
        Field("region", QT_TRANSLATE_NOOP("Fields", "Prefecture or region"),
              synonyms=("都道府県", "地域", "州", "Prefecture", "Region", "State")),
        Field("city", QT_TRANSLATE_NOOP("Fields", "City"), synonyms=("市区町村", "市町村", "Municipality")),
        Field("address", QT_TRANSLATE_NOOP("Fields", "Address"), synonyms=("所在地", "住所", "Location")),
        Field("website", QT_TRANSLATE_NOOP("Fields", "Website"),
              synonyms=("ホームページ", "HP", "URL", "Web", "Webサイト", "Web site", "Homepage")),
        Field("tags", QT_TRANSLATE_NOOP("Fields", "Tags"), many=True, synonyms=("タグ", "Tag", "ラベル")),
        Field("notes", NOTES, synonyms=("備考", "メモ", "Remarks", "Memo", "Comments")),
        *_KEPT,
    ),
    "contact": (
        Field("organisation_id", QT_TRANSLATE_NOOP("Fields", "Organisation"), refers_to="organisation",
              synonyms=("組織", "所属", "所属先", "団体名", "会社名", "企業名", "Organization", "Affiliation")),
        Field("family_name", QT_TRANSLATE_NOOP("Fields", "Family name"),
              # A full name in one column (氏名) is divided at its space by the importer.
              synonyms=("姓", "氏", "苗字", "Last name", "Surname", "氏名", "担当者名", "担当者", "Full name")),
        Field("given_name", QT_TRANSLATE_NOOP("Fields", "Given name"), synonyms=("名", "First name")),
        Field("family_name_kana", QT_TRANSLATE_NOOP("Fields", "Family name (kana)"),
              synonyms=("姓（ふりがな）", "セイ", "せい")),
        Field("given_name_kana", QT_TRANSLATE_NOOP("Fields", "Given name (kana)"),
              synonyms=("名（ふりがな）", "メイ", "めい")),
        Field("name_en", QT_TRANSLATE_NOOP("Fields", "English name"), synonyms=("氏名（英語）", "Name (English)")),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Job title"),
              synonyms=("役職", "役職名", "肩書", "肩書き", "職名", "Title", "Position")),
        Field("department", QT_TRANSLATE_NOOP("Fields", "Department"), synonyms=("部署", "所属部署", "部署名", "Division")),
        Field("email", QT_TRANSLATE_NOOP("Fields", "E-mail"),
              synonyms=("メール", "Eメール", "E-mail address", "Email", "Mail")),
        Field("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), synonyms=("電話", "TEL", "Tel", "Telephone")),
        Field("is_primary", QT_TRANSLATE_NOOP("Fields", "Main contact"), synonyms=("主担当", "Primary")),
        Field("notes", NOTES, synonyms=("備考", "メモ", "Remarks")),
        *_KEPT,
    ),
    "membership": (
        Field("organisation_id", QT_TRANSLATE_NOOP("Fields", "Organisation"), refers_to="organisation",
              synonyms=("会員名", "団体名", "Member", "Organization")),
        Field("tier", QT_TRANSLATE_NOOP("Fields", "Membership tier"), enum="MembershipTier",
              synonyms=("会員区分", "会員種別", "種別", "Tier")),
        Field("starts_on", QT_TRANSLATE_NOOP("Fields", "Start date"), synonyms=("入会日", "開始", "Start")),
        Field("ends_on", QT_TRANSLATE_NOOP("Fields", "End date"), synonyms=("退会日", "終了", "End")),
        Field("annual_fee", QT_TRANSLATE_NOOP("Fields", "Annual fee (yen)"),
              synonyms=("年会費", "会費", "Annual fee", "Fee")),
        Field("paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on"), synonyms=("入金日", "納付日", "支払日")),
        Field("notes", NOTES, synonyms=("備考", "メモ", "Remarks")),
        *_KEPT,
    ),
    "agreement": (
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"),
              synonyms=("協定名", "協定名称", "名称", "件名", "契約名", "覚書名", "Agreement", "Name")),
        Field("title_en", QT_TRANSLATE_NOOP("Fields", "Title (English)"),
              synonyms=("協定名（英語）", "英文名", "English title")),
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), enum="AgreementKind",
              synonyms=("種類", "区分", "協定の種類", "Type")),
        _derived("effective_status", QT_TRANSLATE_NOOP("Fields", "Status"), enum="AgreementStatus",
                 synonyms=("ステータス", "状況")),
        Field("status", QT_TRANSLATE_NOOP("Fields", "Status set by hand"), enum="AgreementStatus"),
        Field("party_ids", QT_TRANSLATE_NOOP("Fields", "Partners"), refers_to="organisation", many=True,
              part="agreement_party",
              synonyms=("連携先", "締結先", "相手方", "相手先", "締結相手", "協定先", "パートナー", "Parties", "Partner",
                        "Counterparty", "Counterpart")),
        Field("signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on"),
              synonyms=("締結日", "締結年月日", "協定締結日", "調印日", "署名日", "契約日", "Signing date", "Date signed",
                        "Date of signing", "Signed")),
        Field("signed_precision", QT_TRANSLATE_NOOP("Fields", "Signing date known to"), enum="DatePrecision"),
        Field("effective_on", QT_TRANSLATE_NOOP("Fields", "Effective from"),
              synonyms=("発効日", "効力発生日", "開始日", "Effective date", "Start date")),
        Field("term_years", QT_TRANSLATE_NOOP("Fields", "Term (years)"), synonyms=("有効期間（年）", "期間（年）")),
        Field("term_months", QT_TRANSLATE_NOOP("Fields", "Term (months)"), synonyms=("有効期間（月）", "期間（月）")),
        Field("expires_on_given", QT_TRANSLATE_NOOP("Fields", "Expiry date as written"),
              synonyms=("有効期限（記載）", "満了日（記載）")),
        _derived("expires_on", QT_TRANSLATE_NOOP("Fields", "Expires on"),
                 synonyms=("有効期限", "満了日", "期限", "終了日", "Expiry", "Expiry date", "Expiration date", "End date")),
        _derived("current_term_end", QT_TRANSLATE_NOOP("Fields", "Current term ends"),
                 synonyms=("現在の満了日",)),
        _derived("renewal_deadline", QT_TRANSLATE_NOOP("Fields", "Renewal decision deadline"),
                 synonyms=("更新判断期限", "更新期限", "Renewal deadline", "Decision deadline")),
        Field("auto_renew", QT_TRANSLATE_NOOP("Fields", "Renews automatically"),
              synonyms=("自動更新", "Auto-renew", "Auto renewal", "Automatic renewal")),
        Field("renewal_term_years", QT_TRANSLATE_NOOP("Fields", "Renewal term (years)"), synonyms=("更新期間（年）",)),
        Field("renewal_term_months", QT_TRANSLATE_NOOP("Fields", "Renewal term (months)"),
              synonyms=("更新期間（月）",)),
        Field("notice_months", QT_TRANSLATE_NOOP("Fields", "Notice period (months)"),
              synonyms=("予告期間（月）", "解約予告（月）", "Notice (months)")),
        Field("notice_days", QT_TRANSLATE_NOOP("Fields", "Notice period (days)"),
              synonyms=("予告期間（日）", "解約予告（日）", "Notice (days)")),
        Field("renewed_from_id", QT_TRANSLATE_NOOP("Fields", "Previous agreement"), refers_to="agreement",
              synonyms=("更新前の協定", "前の協定", "Renewed from")),
        Field("succession", QT_TRANSLATE_NOOP("Fields", "Relation to the previous agreement"), enum="Succession",
              synonyms=("更新・変更の別",)),
        Field("signatories", QT_TRANSLATE_NOOP("Fields", "Signatories"), many=True, part="signatory",
              synonyms=("署名者", "調印者", "Signatory")),
        Field("scope_items", QT_TRANSLATE_NOOP("Fields", "Scope of cooperation"), many=True, part="scope_item",
              synonyms=("連携内容", "協力内容", "連携事項", "協力事項", "Scope", "Areas of cooperation")),
        _derived("documents", QT_TRANSLATE_NOOP("Fields", "Documents"), many=True, part="agreement_document",
                 synonyms=("添付文書", "添付ファイル", "Attachments")),
        Field("notes", NOTES, synonyms=("備考", "メモ", "Remarks")),
        *_KEPT,
    ),
    "activity": (
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), enum="ActivityKind", synonyms=("種類", "区分", "Type")),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), synonyms=("活動名", "名称", "件名", "Name", "Event")),
        Field("title_en", QT_TRANSLATE_NOOP("Fields", "Title (English)"), synonyms=("活動名（英語）", "English title")),
        Field("starts_on", QT_TRANSLATE_NOOP("Fields", "Start date"), synonyms=("開始", "実施日", "開催日", "日付", "Date")),
        Field("ends_on", QT_TRANSLATE_NOOP("Fields", "End date"), synonyms=("終了",)),
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place"), synonyms=("場所", "開催場所", "会場", "Venue", "Location")),
        Field("agreement_id", QT_TRANSLATE_NOOP("Fields", "Agreement"), refers_to="agreement",
              synonyms=("協定", "関連協定", "MOU")),
        Field("organisation_ids", QT_TRANSLATE_NOOP("Fields", "Organisations"), refers_to="organisation", many=True,
              synonyms=("組織", "関係組織", "相手先", "Organizations", "Partners")),
        Field("notes", NOTES, synonyms=("備考", "メモ", "Remarks")),
        *_KEPT,
    ),
    "signatory": (
        Field("side", QT_TRANSLATE_NOOP("Fields", "Side"), enum="Side", synonyms=("立場",)),
        Field("name", QT_TRANSLATE_NOOP("Fields", "Full name"), synonyms=("氏名", "署名者名", "名前", "Name")),
        Field("name_en", QT_TRANSLATE_NOOP("Fields", "English name"), synonyms=("氏名（英語）", "Name (English)")),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Job title"), synonyms=("役職", "肩書", "Title", "Position")),
        Field("title_en", QT_TRANSLATE_NOOP("Fields", "Job title (English)"), synonyms=("役職（英語）",)),
        Field("organisation_name", QT_TRANSLATE_NOOP("Fields", "Organisation as signed"),
              synonyms=("所属", "所属（署名時）", "Affiliation")),
        Field("organisation_id", QT_TRANSLATE_NOOP("Fields", "Organisation"), refers_to="organisation"),
    ),
    "scope_item": (
        Field("text", QT_TRANSLATE_NOOP("Fields", "Item"), synonyms=("内容", "項目")),
        Field("text_en", QT_TRANSLATE_NOOP("Fields", "Item (English)"), synonyms=("内容（英語）",)),
    ),
    "agreement_party": (
        Field("organisation_id", QT_TRANSLATE_NOOP("Fields", "Partner"), refers_to="organisation",
              synonyms=("連携先", "相手方", "Party")),
    ),
    "agreement_document": (
        Field("original_name", QT_TRANSLATE_NOOP("Fields", "File name"), synonyms=("ファイル名", "File")),
        _derived("size", QT_TRANSLATE_NOOP("Fields", "Size (bytes)")),
        _derived("sha256", QT_TRANSLATE_NOOP("Fields", "Checksum (SHA-256)")),
        _derived("added_at", QT_TRANSLATE_NOOP("Fields", "Attached at")),
        Field("notes", NOTES, synonyms=("備考", "メモ")),
    ),
    "tag": (
        Field("name", QT_TRANSLATE_NOOP("Fields", "Tag"), synonyms=("タグ名",)),
    ),
}

# Other spellings of a field the services use (the data classes name a list by its ids,
# the models by the relationship).
ALIASES: dict[tuple[str, str], str] = {
    ("agreement", "parties"): "party_ids",
    ("agreement", "party_names"): "party_ids",
    ("agreement", "scope"): "scope_items",
    ("activity", "organisations"): "organisation_ids",
    ("activity", "organisation_names"): "organisation_ids",
    ("activity", "agreement_title"): "agreement_id",
    ("contact", "organisation_name"): "organisation_id",
    ("membership", "organisation_name"): "organisation_id",
}

# A field of a list's items in a validation path: "Signatories 1: Full name".
ITEM_FIELD = QT_TRANSLATE_NOOP("Fields", "{items} {number}: {field}")
ITEM = QT_TRANSLATE_NOOP("Fields", "{items} {number}")

VALUES: dict[str, dict[str, str]] = {
    "OrganisationKind": {
        "university": QT_TRANSLATE_NOOP("Values", "University"),
        "research_institute": QT_TRANSLATE_NOOP("Values", "Research institute"),
        "prefecture": QT_TRANSLATE_NOOP("Values", "Prefecture"),
        "city": QT_TRANSLATE_NOOP("Values", "Municipality"),
        "industry_association": QT_TRANSLATE_NOOP("Values", "Industry association"),
        "foundation": QT_TRANSLATE_NOOP("Values", "Foundation"),
        "company": QT_TRANSLATE_NOOP("Values", "Company"),
        "research_park": QT_TRANSLATE_NOOP("Values", "Research park"),
        "hospital": QT_TRANSLATE_NOOP("Values", "Hospital"),
        "other": QT_TRANSLATE_NOOP("Values", "Other"),
    },
    "MembershipTier": {
        "regular": QT_TRANSLATE_NOOP("Values", "Regular member"),
        "special": QT_TRANSLATE_NOOP("Values", "Special member"),
        "supporter": QT_TRANSLATE_NOOP("Values", "Supporting member"),
        "other": QT_TRANSLATE_NOOP("Values", "Other"),
    },
    "AgreementKind": {
        "mou": QT_TRANSLATE_NOOP("Values", "Memorandum of understanding (MOU)"),
        "collaboration": QT_TRANSLATE_NOOP("Values", "Collaboration agreement"),
        "nda": QT_TRANSLATE_NOOP("Values", "Non-disclosure agreement"),
        "membership": QT_TRANSLATE_NOOP("Values", "Membership agreement"),
        "other": QT_TRANSLATE_NOOP("Values", "Other"),
    },
    "AgreementStatus": {
        "draft": QT_TRANSLATE_NOOP("Values", "Draft"),
        "negotiating": QT_TRANSLATE_NOOP("Values", "Negotiating"),
        "active": QT_TRANSLATE_NOOP("Values", "In force"),
        "expired": QT_TRANSLATE_NOOP("Values", "Expired"),
        "terminated": QT_TRANSLATE_NOOP("Values", "Terminated"),
        "renewed": QT_TRANSLATE_NOOP("Values", "Renewed"),
    },
    "DatePrecision": {
        "day": QT_TRANSLATE_NOOP("Values", "Day"),
        "month": QT_TRANSLATE_NOOP("Values", "Month only"),
        "year": QT_TRANSLATE_NOOP("Values", "Year only"),
    },
    "Succession": {
        "renewal": QT_TRANSLATE_NOOP("Values", "Renewal"),
        "amendment": QT_TRANSLATE_NOOP("Values", "Amendment"),
    },
    "Side": {
        "ours": QT_TRANSLATE_NOOP("Values", "Our side"),
        "partner": QT_TRANSLATE_NOOP("Values", "Partner's side"),
    },
    "ActivityKind": {
        "co_hosted_event": QT_TRANSLATE_NOOP("Values", "Co-hosted event"),
        "sponsorship": QT_TRANSLATE_NOOP("Values", "Sponsorship"),
        "visit": QT_TRANSLATE_NOOP("Values", "Visit"),
        "materials_exchange": QT_TRANSLATE_NOOP("Values", "Exchange of materials"),
        "meeting": QT_TRANSLATE_NOOP("Values", "Meeting"),
        "other": QT_TRANSLATE_NOOP("Values", "Other"),
    },
    "DueKind": {
        "renewal_deadline": QT_TRANSLATE_NOOP("Values", "Renewal decision deadline"),
        "expiry": QT_TRANSLATE_NOOP("Values", "Expiry"),
        "membership_end": QT_TRANSLATE_NOOP("Values", "End of membership"),
        "activity": QT_TRANSLATE_NOOP("Values", "Activity"),
    },
    # What a date on the Calendar page is (db.services.calendar.ItemType): the due kinds
    # and the agreements' signing and effective days.
    "ItemType": {
        "renewal_deadline": QT_TRANSLATE_NOOP("Values", "Renewal decision deadline"),
        "expiry": QT_TRANSLATE_NOOP("Values", "Expiry"),
        "membership_end": QT_TRANSLATE_NOOP("Values", "End of membership"),
        "activity": QT_TRANSLATE_NOOP("Values", "Activity"),
        "signing": QT_TRANSLATE_NOOP("Values", "Signing"),
        "effective": QT_TRANSLATE_NOOP("Values", "Takes effect"),
    },
    "ChangeAction": {
        "create": QT_TRANSLATE_NOOP("Values", "Added"),
        "update": QT_TRANSLATE_NOOP("Values", "Changed"),
        "delete": QT_TRANSLATE_NOOP("Values", "Moved to the trash"),
        "restore": QT_TRANSLATE_NOOP("Values", "Restored"),
        "purge": QT_TRANSLATE_NOOP("Values", "Deleted for good"),
    },
    "bool": {
        "true": QT_TRANSLATE_NOOP("Values", "Yes"),
        "false": QT_TRANSLATE_NOOP("Values", "No"),
    },
}

# Further spellings of values found in other people's spreadsheets.
VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "OrganisationKind": {
        "university": ("大学法人", "国立大学法人", "短期大学", "Univ."),
        "research_institute": ("研究所", "研究機関", "Institute"),
        "prefecture": ("県", "都", "府", "道", "都道府県"),
        "city": ("市", "町", "村", "区", "市区町村", "自治体", "地方自治体", "市役所", "City", "Town"),
        "industry_association": ("業界団体", "協会", "Association"),
        "foundation": ("財団", "財団法人", "公益財団法人", "一般財団法人"),
        "company": ("会社", "株式会社", "有限会社", "合同会社", "民間企業", "Corporation"),
        "research_park": ("サイエンスパーク", "Science park"),
        "hospital": ("医療機関",),
    },
    "MembershipTier": {
        "regular": ("正会員", "一般会員", "Regular"),
        "special": ("特別会員", "Special"),
        "supporter": ("賛助会員", "Supporter"),
    },
    "AgreementKind": {
        "mou": ("覚書", "MOU", "基本合意書"),
        "collaboration": ("連携協定", "包括連携協定", "協定"),
        "nda": ("秘密保持契約", "NDA", "守秘義務契約"),
    },
    "ActivityKind": {
        "co_hosted_event": ("共催", "共同開催", "共催事業"),
        "sponsorship": ("後援", "協賛・後援", "Sponsor"),
        "visit": ("視察", "来訪", "表敬訪問"),
        "materials_exchange": ("資料交換", "情報交換"),
        "meeting": ("打合せ", "打ち合わせ", "協議", "会合"),
    },
    "DatePrecision": {"day": ("日",), "month": ("月",), "year": ("年",)},
    "Succession": {"amendment": ("改定", "改正")},
    "AgreementStatus": {
        "active": ("有効", "締結済み", "Active"),
        "expired": ("失効", "期間満了"),
        "terminated": ("解約", "解除"),
    },
    "bool": {"true": ("はい", "有", "有り", "あり", "する", "○", "◯", "〇", "✓", "✔", "TRUE", "1", "Y"),
             "false": ("いいえ", "無", "無し", "なし", "しない", "×", "✕", "☓", "FALSE", "0", "N")},
}


# ---------------------------------------------------------------- looking things up


def _translator(lang: str, translate: Translate | None) -> Translate:
    if translate is not None:
        return translate
    if lang == "en":
        return lambda _context, source: source
    from db.i18n import translate as from_catalogue  # the .ts is read only when Japanese is asked for

    return lambda context, source: from_catalogue(context, source, lang)


def record_name(kind: str, lang: str = "en", *, translate: Translate | None = None) -> str:
    """The kind of record as named inside a sentence: ``organisation`` / 組織."""
    source = RECORDS.get(kind)
    return kind if source is None else _translator(lang, translate)("Records", source)


def fields(kind: str) -> tuple[str, ...]:
    """The record's field names in the order forms, columns and exports show them."""
    return tuple(f.name for f in FIELDS.get(kind, ()))


_BY_NAME = {kind: {f.name: f for f in kind_fields} for kind, kind_fields in FIELDS.items()}


def field_info(kind: str, field: str) -> Field | None:
    """The catalogue's entry for the field (under any of its spellings), or None."""
    return _BY_NAME.get(kind, {}).get(ALIASES.get((kind, field), field))


_PATH = re.compile(r"^(?P<items>\w+)\[(?P<index>\d+)\](?:\.(?P<field>\w+))?$")


def field_label(kind: str, field: str, lang: str = "en", *, translate: Translate | None = None) -> str:
    """What a person calls the field: ``name_en`` → ``English name`` / 英語名.

    Validation paths of list items read too: ``signatories[0].name`` → 署名者 1: 氏名.
    An unknown field comes back as its name.
    """
    say = _translator(lang, translate)
    info = field_info(kind, field)
    if info is not None:
        return say("Fields", info.label)
    path = _PATH.match(field)
    if path is not None:
        items = field_info(kind, path["items"])
        if items is not None:
            params = {"items": say("Fields", items.label), "number": int(path["index"]) + 1}
            if path["field"] is None:
                return say("Fields", ITEM).format(**params)
            part = field_info(items.part or "", path["field"])
            params["field"] = say("Fields", part.label) if part is not None else path["field"]
            return say("Fields", ITEM_FIELD).format(**params)
    return field


def _enum_name(enum_cls: str | type[enum.Enum]) -> str:
    return enum_cls if isinstance(enum_cls, str) else enum_cls.__name__


def values(enum_cls: str | type[enum.Enum]) -> tuple[str, ...]:
    return tuple(VALUES.get(_enum_name(enum_cls), {}))


def value_label(enum_cls: str | type[enum.Enum], value: object, lang: str = "en", *,
                translate: Translate | None = None) -> str:
    """What a person calls an enumeration value: ``university`` → University / 大学.

    ``value`` may be the member or its stored value; an unknown value comes back as text.
    """
    if isinstance(value, bool):
        value = "true" if value else "false"
    key = value.value if isinstance(value, enum.Enum) else str(value)
    source = VALUES.get(_enum_name(enum_cls), {}).get(key)
    return key if source is None else _translator(lang, translate)("Values", source)


def _translated(context: str, source: str) -> str:
    from db.i18n import translate

    return translate(context, source, "ja")


def header_synonyms(kind: str, field: str) -> tuple[str, ...]:
    """Headers that name the field in a spreadsheet: its English and Japanese labels, its
    machine name and common variants, in that order and without repeats.  Compare them
    after normalising both sides (``normalise_header``)."""
    info = field_info(kind, field)
    if info is None:
        return (field,)
    found = (info.label, _translated("Fields", info.label), info.name, *info.synonyms)
    return tuple(dict.fromkeys(found))


def value_synonyms(enum_cls: str | type[enum.Enum], value: object) -> tuple[str, ...]:
    """How a value may be written in a spreadsheet: its labels, its stored value, variants."""
    name = _enum_name(enum_cls)
    key = value.value if isinstance(value, enum.Enum) else str(value).lower()
    source = VALUES.get(name, {}).get(key)
    if source is None:
        return (key,)
    found = (source, _translated("Values", source), key, *VALUE_SYNONYMS.get(name, {}).get(key, ()))
    return tuple(dict.fromkeys(found))


def normalise_header(text: str) -> str:
    """Header text reduced for comparison: full-width to half-width, case, spaces and the
    usual punctuation folded, so that ``締結 年月日`` and ``締結年月日`` or ``E-mail`` and
    ``email`` meet."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\s\-_・.:：()（）\[\]【】「」『』*※]+", "", text)
