"""The demo data of the founding press release (LINK-J and Kanagawa Prefecture, 2020-09-18).

The release lists LINK-J's fourteen partnerships by month of signing and gives the
fourteenth, with Kanagawa Prefecture, in full; it also names one special member.
Everything here is what the release says, and where the release is silent the
record says so in its notes instead of inventing precision: older MOUs keep only
their month, have no term and no signatories, and the special member's start date
is marked as a placeholder.  Our own office is one side of every agreement by
definition, so it is not stored as a partner organisation; it appears only as the
"ours" signatory of the Kanagawa MOU.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from db import audit
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.models import AgreementKind, DatePrecision, MembershipTier, Organisation, OrganisationKind, Side
from db.services.agreements import AgreementData, ScopeItemData, SignatoryData, add_agreement
from db.services.memberships import MembershipData, add_membership
from db.services.organisations import OrganisationData, add_organisation

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database already holds {count} organisations (the trash included); demo data is loaded only "
    "into an empty database. Nothing was added.",
)

OUR_NAME = "一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン"
RELEASE = "LINK-J プレスリリース（2020年9月18日、神奈川県とのMOU締結）"
RELEASE_EN = "LINK-J's press release of 2020-09-18 on its MOU with Kanagawa Prefecture"

ABROAD = ["MOU", "海外"]
LOCAL_GOVERNMENT = ["MOU", "自治体"]
DOMESTIC = ["MOU", "国内"]


class NotEmpty(KakehashiError):
    """Demo data would mix with real records; it is loaded only into an empty database."""


@dataclass(frozen=True)
class SeedSummary:
    organisations: int
    agreements: int
    memberships: int
    activities: int
    operation_id: int | None


@dataclass(frozen=True)
class Partner:
    """One of the release's partnerships: the organisation and the month the MOU was signed."""

    org: OrganisationData
    signed: tuple[int, int]
    name_at_signing: str | None = None  # the partner's name when it signed, if it has changed since


def _org(kind: OrganisationKind, ja: str, en: str, kana: str | None, *, short: str | None = None,
         country: str = "JP", region: str | None = None, city: str | None = None, tags: list[str],
         notes: str | None = None) -> OrganisationData:
    return OrganisationData(kind=kind.value, name_ja=ja, name_en=en, name_kana=kana, short_name=short,
                            country=country, region=region, city=city, tags=tags, notes=notes)


LATIN_IN_RELEASE = ("和名は英字名のカタカナ表記（リリースは英字で表記）。"
                    "The Japanese name renders the Latin-script name the release uses in katakana.")

PARTNERS: tuple[Partner, ...] = (
    Partner(_org(OrganisationKind.UNIVERSITY, "カリフォルニア大学サンディエゴ校", "University of California San Diego",
                 "カリフォルニアダイガクサンディエゴコウ", short="UCSD", country="US", region="California",
                 city="San Diego", tags=ABROAD), (2016, 5)),
    Partner(_org(OrganisationKind.INDUSTRY_ASSOCIATION, "バイオコム", "BIOCOM", "バイオコム", short="BIOCOM",
                 country="US", region="California", city="San Diego", tags=ABROAD,
                 notes="米国サンディエゴのライフサイエンス団体（リリースの記述）。" + LATIN_IN_RELEASE
                 + " A life-science association in San Diego, USA (as the release describes it)."), (2016, 5)),
    Partner(_org(OrganisationKind.INDUSTRY_ASSOCIATION, "ユーロバイオメッド", "Eurobiomed", "ユーロバイオメッド",
                 short="Eurobiomed", country="FR", region="Southern France", tags=ABROAD,
                 notes="南フランスのライフサイエンス団体（リリースの記述）。所在地の詳細はリリースに記載なし。"
                 "A life-science association in southern France (as the release describes it); "
                 "the release gives no city."), (2017, 6)),
    Partner(_org(OrganisationKind.RESEARCH_PARK, "京都リサーチパーク", "Kyoto Research Park", "キョウトリサーチパーク",
                 region="京都府", city="京都市", tags=DOMESTIC,
                 notes="全国初の民間運営によるリサーチパーク（リリースの記述）。"
                 "Japan's first privately run research park (as the release describes it)."), (2017, 7)),
    Partner(_org(OrganisationKind.INDUSTRY_ASSOCIATION, "ワン・ニュークリアス", "OneNucleus", "ワンニュークリアス",
                 short="OneNucleus", country="GB", tags=ABROAD,
                 notes="欧州最大規模のライフサイエンス団体（リリースの記述）。所在地の詳細はリリースに記載なし。"
                 + LATIN_IN_RELEASE + " Europe's largest life-science association (as the release describes "
                 "it); the release gives no city."), (2017, 12)),
    Partner(_org(OrganisationKind.FOUNDATION, "公益財団法人神戸医療産業都市推進機構", "Kobe Biomedical Innovation Cluster",
                 "コウベイリョウサンギョウトシスイシンキコウ", region="兵庫県", city="神戸市", tags=DOMESTIC,
                 notes="現在の名称を名称欄に記録。2018年2月の覚書締結時の名称は「公益財団法人先端医療振興財団」"
                 "（Foundation for Biomedical Research and Innovation）で、リリースは「現、神戸医療産業都市推進機構」"
                 "と記す。改称の日付はリリースに記載なし。英語名は製品資料の表記によるもので、"
                 "相手方の正式英語名は未確認。\nThe name field holds the current name; when the MOU was signed in "
                 "February 2018 the foundation was called 公益財団法人先端医療振興財団 (Foundation for Biomedical "
                 "Research and Innovation). The release does not date the renaming. The English name follows the "
                 "product brief and has not been checked against the partner's own documents."),
            (2018, 2), name_at_signing="公益財団法人先端医療振興財団（現・神戸医療産業都市推進機構）"),
    Partner(_org(OrganisationKind.RESEARCH_INSTITUTE, "慶應義塾大学先端生命科学研究所",
                 "Keio University Institute for Advanced Biosciences",
                 "ケイオウギジュクダイガクセンタンセイメイカガクケンキュウジョ", short="IAB", region="山形県",
                 city="鶴岡市", tags=DOMESTIC), (2018, 4)),
    Partner(_org(OrganisationKind.OTHER, "メドシティ", "MedCity", "メドシティ", short="MedCity", country="GB",
                 city="London", tags=ABROAD,
                 notes="英国のライフサイエンス産業化推進団体（リリースの記述）。種別は「その他」とした："
                 "リリースは産業化を推進する団体と書き、BIOCOM や OneNucleus のような会員制の業界団体とは"
                 "書いていないため。" + LATIN_IN_RELEASE + " The release calls it a UK body promoting the "
                 "industrialisation of life science, not a membership association like BIOCOM or OneNucleus; "
                 "hence kind 'other'."), (2018, 6)),
    Partner(_org(OrganisationKind.CITY, "川崎市", "Kawasaki City", "カワサキシ", region="神奈川県", city="川崎市",
                 tags=LOCAL_GOVERNMENT), (2018, 8)),
    Partner(_org(OrganisationKind.UNIVERSITY, "カリフォルニア大学ロサンゼルス校", "University of California, Los Angeles",
                 "カリフォルニアダイガクロサンゼルスコウ", short="UCLA", country="US", region="California",
                 city="Los Angeles", tags=ABROAD), (2019, 6)),
    Partner(_org(OrganisationKind.CITY, "横浜市", "Yokohama City", "ヨコハマシ", region="神奈川県", city="横浜市",
                 tags=LOCAL_GOVERNMENT), (2019, 8)),
    Partner(_org(OrganisationKind.COMPANY, "オックスフォード・ユニバーシティ・イノベーション", "Oxford University Innovation",
                 "オックスフォードユニバーシティイノベーション", short="OUI", country="GB", city="Oxford",
                 tags=ABROAD, notes="オックスフォード大学のイノベーション（技術移転）会社。種別は「企業」。"
                 + LATIN_IN_RELEASE + " The University of Oxford's innovation company; kind 'company'."),
            (2020, 7)),
    Partner(_org(OrganisationKind.PREFECTURE, "大阪府", "Osaka Prefecture", "オオサカフ", region="大阪府",
                 tags=LOCAL_GOVERNMENT), (2020, 9)),
)

KANAGAWA = _org(
    OrganisationKind.PREFECTURE, "神奈川県", "Kanagawa Prefecture", "カナガワケン", region="神奈川県",
    tags=LOCAL_GOVERNMENT,
    notes="1990年に全国に先駆けて科学技術政策大綱を策定し、産学公の連携を進める。「ヘルスケア・ニューフロンティア」"
    "政策のもと、殿町のライフイノベーションセンターなど再生・細胞医療の産業化拠点を整備（リリースの記述）。\n"
    "Adopted Japan's first prefectural science and technology policy outline in 1990; under its "
    "'Healthcare New Frontier' policy it runs, among others, the Life Innovation Center in Tonomachi for "
    "regenerative and cell medicine (as the release describes it).",
)

MEMBER = _org(
    OrganisationKind.UNIVERSITY, "神奈川県立保健福祉大学", "Kanagawa University of Human Services",
    "カナガワケンリツホケンフクシダイガク", region="神奈川県", city="横須賀市", tags=["特別会員"],
)

OLDER_NOTES = (
    f"締結月は{RELEASE}による。締結日、有効期間、署名者、覚書の正式な題名は同リリースに記載がなく、未記録。"
    "題名はリリースの記述（ライフサイエンス領域におけるイノベーション創出を目的とした提携の覚書）から付けたもの。"
    "現在も有効かは未確認。\n"
    f"Only the month of signing is known, from {RELEASE_EN}. The exact date, the term, the signatories and "
    "the document's own title are not given there and are not recorded; the title paraphrases the release. "
    "Whether the MOU is still in force has not been checked."
)

KANAGAWA_NOTES = (
    "LINK-J にとって国内外14例目の連携、自治体との覚書としては川崎市、横浜市、大阪府に続く4例目。"
    "ライフサイエンス領域におけるイノベーション創出を目的とする。神奈川県は「ヘルスケア・ニューフロンティア」"
    "政策（最先端医療・最新技術の追求と未病の改善）を掲げており、本覚書はその連携を深めるもの。"
    "有効期間はリリースの「今後5年間」による。効力発生日はリリースに明記がなく締結日と同日とした。"
    "自動更新の有無はリリースに記載がなく「なし」として記録。\n"
    "LINK-J's 14th partnership and its 4th MOU with a local government, after Kawasaki City, Yokohama City "
    "and Osaka Prefecture. Purpose: creating innovation in the life-science field. Kanagawa pursues its "
    "'Healthcare New Frontier' policy (cutting-edge medicine and technology; improving ME-BYO, the "
    "pre-symptomatic state), and this MOU deepens that cooperation. The five-year term is the release's "
    "'for the next five years'; the release gives no effective date, so the signing day is used; it says "
    "nothing about renewal, so no auto-renewal is recorded."
)

MEMBERSHIP_NOTES = (
    "特別会員。開始日はリリースに記載がない。リリースで会員であることが確認できるのは2020年9月18日時点のみ。"
    "2020-04-01（年度初め）は仮の値であり、会員記録で確認のうえ訂正すること。"
    "また、リリースは LINK-J が同大学主催のイベントに協賛したと記すが、時期もイベント名も書いていないため、"
    "活動としては登録せずここに記す。\n"
    "Special member. The release gives no start date: it shows only that the university was a special member "
    "on 2020-09-18. The start 2020-04-01 (start of that fiscal year) is a placeholder to be corrected from "
    "the membership records. The release also says LINK-J sponsored an event hosted by the university, "
    "without date or event name, so it is noted here rather than recorded as a dated activity."
)

SCOPE = (
    ScopeItemData("活動、イベント、プログラム等における共催、協賛、告知等",
                  "Co-hosting, sponsoring and announcing each other's activities, events, programmes, etc."),
    ScopeItemData("刊行物、資料、情報の交換", "Exchange of publications, materials and information"),
    ScopeItemData("相互の訪問", "Mutual visits"),
)


def load_seed(db: Database, *, if_empty: bool = False) -> SeedSummary | None:
    """Fill an empty database with the press release's partners, agreements and member.

    The emptiness check runs inside the write transaction, so two loads at once cannot
    both find the database empty: the second raises ``NotEmpty`` (or, with
    ``if_empty``, returns ``None``) and adds nothing."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Load demo data")) as session:
        count = session.scalar(select(func.count()).select_from(Organisation)) or 0
        if count and if_empty:
            return None
        if count:
            raise NotEmpty(NOT_EMPTY, count=count)
        agreements = 0
        for partner in PARTNERS:
            org = add_organisation(session, partner.org)
            add_agreement(session, _older_mou(partner, org.id))
            agreements += 1
        kanagawa = add_organisation(session, KANAGAWA)
        add_agreement(session, _kanagawa_mou(kanagawa.id))
        member = add_organisation(session, MEMBER)
        add_membership(session, MembershipData(
            organisation_id=member.id, tier=MembershipTier.SPECIAL.value, starts_on=date(2020, 4, 1),
            notes=MEMBERSHIP_NOTES,
        ))
        session.flush()
        return SeedSummary(organisations=len(PARTNERS) + 2, agreements=agreements + 1, memberships=1,
                           activities=0, operation_id=session.info.get(audit.OPERATION_ID))


def _older_mou(partner: Partner, org_id: int) -> AgreementData:
    year, month = partner.signed
    name_ja = partner.name_at_signing or partner.org.name_ja
    return AgreementData(
        title=f"{name_ja}とのライフサイエンス領域におけるイノベーション創出を目的とした提携の覚書",
        title_en=f"Memorandum of understanding with {partner.org.name_en} on partnership for innovation "
                 "in the life-science field",
        kind=AgreementKind.MOU.value, signed_on=date(year, month, 1), signed_precision=DatePrecision.MONTH.value,
        party_ids=[org_id], notes=OLDER_NOTES,
    )


def _kanagawa_mou(org_id: int) -> AgreementData:
    return AgreementData(
        title="ライフサイエンス領域に関するMOU（提携に関する覚書）",
        title_en="Memorandum of Understanding on the Life Science Field",
        kind=AgreementKind.MOU.value, signed_on=date(2020, 9, 18), signed_precision=DatePrecision.DAY.value,
        effective_on=date(2020, 9, 18), term_years=5, auto_renew=False, party_ids=[org_id],
        signatories=[
            SignatoryData(side=Side.OURS.value, name="植田俊", name_en="Ueda Shun",
                          title="理事／三井不動産取締役常務執行役員",
                          title_en="Director, LINK-J / Managing Executive Officer, Mitsui Fudosan Co., Ltd.",
                          organisation_name=OUR_NAME),
            SignatoryData(side=Side.PARTNER.value, name="首藤健治", name_en="Shuto Kenji", title="副知事",
                          title_en="Vice-Governor", organisation_name="神奈川県", organisation_id=org_id),
        ],
        scope=list(SCOPE), notes=KANAGAWA_NOTES,
    )
