"""The change history reads as sentences, in Japanese and in English, on a real database."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from db.services.activities import ActivityData, create_activity, delete_activity
from db.services.agreements import AgreementData, ScopeItemData, SignatoryData, create_agreement, get_agreement, \
    update_agreement
from db.services.contacts import ContactData, create_contact, get_contact, update_contact
from db.services.history import ChangeEntry, operation_changes, recent_operations, record_history
from db.services.history_text import describe_history, describe_operations, format_history
from db.services.memberships import MembershipData, create_membership
from db.services.organisations import OrganisationData, create_organisation, delete_organisation, \
    get_organisation, update_organisation
from db.services.trash import purge, restore

JST = timezone(timedelta(hours=9))
INTERNAL = re.compile(r"organisation_id|agreement_id|party_ids|name_en|deleted_at|uid|version|\d{2}:\d{2}:\d{2}\.\d")


def saved(result):
    """The record a service saved (services hand back ``Saved``; older ones the record)."""
    return getattr(result, "record", result)


def kanagawa(db):
    return saved(create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県", tags=["自治体"])))


def kawasaki(db):
    return saved(create_organisation(db, OrganisationData(kind="city", name_ja="川崎市", name_en="Kawasaki City")))


def text(db, kind, record_id, lang):
    lines = describe_history(db, record_history(db, kind, record_id), lang, tz=JST)
    return "\n".join(format_history(lines))


def assert_readable(shown: str) -> None:
    assert not INTERNAL.search(shown), shown
    assert "None" not in shown and "True" not in shown and "[" not in shown, shown


def test_an_edited_organisation_reads_as_sentences(db):
    org = kanagawa(db)
    org = get_organisation(db, org.id)
    org.name_en = "Kanagawa Prefecture"
    org.tags = ["自治体", "MOU"]
    org.website = "https://www.pref.kanagawa.jp"
    update_organisation(db, org.id, org)

    ja = text(db, "organisation", org.id, "ja")
    assert "組織「神奈川県」を追加しました。" in ja
    assert "日本語名：神奈川県" not in ja  # the sentence names it
    assert "種別：都道府県" in ja and "タグ：自治体" in ja
    assert "組織「神奈川県」を変更しました。" in ja
    assert "英語名：— → Kanagawa Prefecture" in ja
    assert "タグ：MOUを追加" in ja
    assert "組織を編集" in ja  # the operation, translated
    assert_readable(ja)

    en = text(db, "organisation", org.id, "en")
    assert "Added the organisation “Kanagawa Prefecture”." in en  # named in English where it has an English name
    assert "Kind: Prefecture" in en
    assert "English name: — → Kanagawa Prefecture" in en
    assert "Tags: added MOU" in en
    assert "Edit organisation" in en
    assert_readable(en)


def test_times_are_local_to_the_minute_and_dates_are_dates(db):
    org = kanagawa(db)
    agreement = saved(create_agreement(db, AgreementData(title="連携協定", signed_on=date(2020, 9, 18), term_years=5,
                                                         party_ids=[org.id])))
    lines = describe_history(db, record_history(db, "agreement", agreement.id), "ja", tz=JST)
    stored = record_history(db, "agreement", agreement.id)[0].at
    assert lines[0].at == stored.replace(tzinfo=timezone.utc).astimezone(JST).replace(microsecond=0)
    assert lines[0].at.microsecond == 0 and lines[0].at.utcoffset() == timedelta(hours=9)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", lines[0].when)
    assert "締結日：2020年9月18日" in lines[0].details
    assert "有効期限：2025年9月17日" in lines[0].details
    assert "有効期間（年）：5" in lines[0].details
    english = describe_history(db, record_history(db, "agreement", agreement.id), "en", tz=JST)
    assert "Signed on: 2020-09-18" in english[0].details
    assert "Kind: Memorandum of understanding (MOU)" in english[0].details


def test_a_date_known_only_to_the_month_reads_so(db):
    org = kanagawa(db)
    a = saved(create_agreement(db, AgreementData(title="MOU", signed_on=date(2016, 5, 20), signed_precision="month",
                                                 party_ids=[org.id])))
    ja = text(db, "agreement", a.id, "ja")
    assert "締結日：2016年5月" in ja and "2016年5月1日" not in ja
    assert "締結日の精度" not in ja  # the date says it
    a = get_agreement(db, a.id)
    a.signed_on = date(2016, 6, 1)
    update_agreement(db, a.id, a)
    assert "締結日：2016年5月 → 2016年6月" in text(db, "agreement", a.id, "ja")
    a = get_agreement(db, a.id)
    a.signed_precision = "day"
    update_agreement(db, a.id, a)
    assert "締結日の精度：月まで → 日まで" in text(db, "agreement", a.id, "ja")
    assert "Signed on: 2016-05\n" in text(db, "agreement", a.id, "en") + "\n"


def test_partners_and_signatories_read_as_lists_with_names(db):
    k, c = kanagawa(db), kawasaki(db)
    a = saved(create_agreement(db, AgreementData(
        title="連携協定", signed_on=date(2020, 9, 18), party_ids=[c.id],
        signatories=[SignatoryData("partner", "首藤健治", title="副知事"), SignatoryData("ours", "植田俊", title="理事")],
        scope=[ScopeItemData("共催・協賛・告知")])))
    a = get_agreement(db, a.id)
    a.party_ids = [k.id]
    a.signatories[0].title = "神奈川県副知事"
    a.signatories.append(SignatoryData("ours", "曽山明彦", title="事務局長"))
    a.notice_months = 3
    update_agreement(db, a.id, a)

    ja = text(db, "agreement", a.id, "ja")
    assert "パートナー：川崎市" in ja  # at creation
    assert "署名者：首藤健治（副知事）、植田俊（理事）" in ja
    assert "連携・協力事項：共催・協賛・告知" in ja
    assert "協定「連携協定」を変更しました。" in ja
    assert "パートナー：神奈川県を追加、川崎市を削除" in ja
    assert "署名者：曽山明彦（事務局長）を追加" in ja
    assert "署名者「首藤健治」の役職：副知事 → 神奈川県副知事" in ja
    assert "予告期間（月）：— → 3" in ja
    assert "植田俊" not in ja.split("を変更しました。")[1]  # an unchanged signatory is not listed as a change
    assert_readable(ja)
    assert "agreement_party" not in ja and "signatory" not in ja

    en = text(db, "agreement", a.id, "en")
    assert "Partners: added 神奈川県, removed Kawasaki City" in en
    assert "Job title of the signatory “首藤健治”: 副知事 → 神奈川県副知事" in en
    assert_readable(en)


def test_trash_restore_and_purge_are_said_in_words(db):
    org = kanagawa(db)
    create_contact(db, ContactData(organisation_id=org.id, family_name="山田", given_name="太郎"))
    delete_organisation(db, org.id)
    restore(db, "organisation", org.id)
    delete_organisation(db, org.id)
    purge(db, "organisation", org.id)

    ja = text(db, "organisation", org.id, "ja")
    assert "組織「神奈川県」をごみ箱に移動しました。" in ja
    assert "担当者「山田 太郎」をごみ箱に移動しました。" in ja
    assert "組織「神奈川県」をごみ箱から復元しました。" in ja
    assert "組織「神奈川県」を完全に削除しました。" in ja  # named from its history once gone
    assert "削除日時" not in ja and "ごみ箱に移動した日時" not in ja
    assert_readable(ja)
    en = text(db, "organisation", org.id, "en")
    assert "Moved the organisation “神奈川県” to the trash." in en
    assert "Restored the organisation “神奈川県” from the trash." in en
    assert "Deleted the organisation “神奈川県” for good." in en


def test_related_records_are_named_even_in_the_trash_or_purged(db):
    k, c = kanagawa(db), kawasaki(db)
    activity = saved(create_activity(db, ActivityData(kind="visit", title="県庁訪問", starts_on=date(2021, 1, 5),
                                                      organisation_ids=[k.id, c.id])))
    delete_activity(db, activity.id)
    delete_organisation(db, c.id)
    purge(db, "organisation", c.id)
    delete_organisation(db, k.id)  # in the trash: still named
    ja = text(db, "activity", activity.id, "ja")
    assert "組織：神奈川県、川崎市" in ja
    assert "種別：訪問" in ja and "開始日：2021年1月5日" in ja
    assert "活動「県庁訪問」をごみ箱に移動しました。" in ja
    assert "#" not in ja


def test_a_contact_moved_to_another_organisation_and_a_membership(db):
    k, c = kanagawa(db), kawasaki(db)
    contact = saved(create_contact(db, ContactData(organisation_id=k.id, family_name="山田", is_primary=True)))
    contact = get_contact(db, contact.id)
    contact.organisation_id = c.id
    update_contact(db, contact.id, contact)
    ja = text(db, "contact", contact.id, "ja")
    assert "組織：神奈川県 → 川崎市" in ja
    assert "主担当：はい" in ja
    membership = saved(create_membership(db, MembershipData(organisation_id=k.id, tier="special",
                                                            starts_on=date(2020, 4, 1), annual_fee=100000)))
    ja = text(db, "membership", membership.id, "ja")
    assert "会員情報「神奈川県（特別会員）」を追加しました。" in ja
    assert "年会費（円）：100,000" in ja and "会員種別：特別会員" in ja
    assert "Added the membership “神奈川県 (Special member)”." in text(db, "membership", membership.id, "en")


def test_older_rows_with_labels_instead_of_ids_still_read(db):
    """Histories written before ids were stored hold an activity's organisations as names
    and a partner labelled by its id."""
    k = kanagawa(db)
    at = datetime(2024, 4, 1, 0, 0, 0, 123456)
    entries = [
        ChangeEntry(at, "tester", "Edit activity", 1, "activity", "7", "訪問", "update",
                    {"organisations": [["川崎市"], ["川崎市", "横浜市"]]}),
        ChangeEntry(at, "tester", "Edit agreement", 2, "agreement_party", f"9:{k.id}", str(k.id), "create",
                    {"agreement_id": [None, 9], "organisation_id": [None, k.id], "position": [None, 0]},
                    "agreement", "9"),
    ]
    lines = describe_history(db, entries, "ja", tz=JST)
    assert lines[0].text == "活動「訪問」を変更しました。"
    assert lines[0].details == ("組織：横浜市を追加",)
    assert lines[0].when == "2024-04-01 09:00" and lines[0].at.microsecond == 0
    assert lines[1].text == "協定「#9」を変更しました。"  # an agreement the database never had
    assert lines[1].details == ("パートナー：神奈川県を追加",)


def test_an_operation_reads_whole_and_the_list_of_operations_is_translated(db):
    org = kanagawa(db)
    create_contact(db, ContactData(organisation_id=org.id, family_name="山田"))
    delete_organisation(db, org.id)
    latest = recent_operations(db, limit=1)
    lines = describe_history(db, operation_changes(db, latest[0].id), "ja", tz=JST)
    assert [line.text for line in lines] == ["組織「神奈川県」をごみ箱に移動しました。",
                                             "担当者「山田」をごみ箱に移動しました。"]
    printed = format_history(lines)
    assert printed[0].endswith("tester  組織を削除") and len([p for p in printed if "組織を削除" in p]) == 1
    ops = describe_operations(recent_operations(db), "ja", tz=JST)
    assert [o.description for o in ops] == ["組織を削除", "担当者を追加", "組織を追加"]
    assert ops[0].at.utcoffset() == timedelta(hours=9) and ops[0].at.microsecond == 0
    assert describe_operations(recent_operations(db), "en")[0].description == "Delete organisation"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_record_no_lines(db, lang):
    assert describe_history(db, [], lang) == []
