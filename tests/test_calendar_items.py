"""The Calendar page's items, filters, agenda and timeline (db/services/calendar.py,
db/services/timeline.py) and the holidays it marks (db/holidays.py)."""

from __future__ import annotations

from datetime import date

from db.demo.seed import load_seed
from db.holidays import holiday_label, holidays_between
from db.services.activities import ActivityData, create_activity
from db.services.agreements import AgreementData, create_agreement, delete_agreement
from db.services.calendar import CalendarFilter, ItemType, agenda, items_between
from db.services.due import due_between
from db.services.memberships import MembershipData, create_membership
from db.services.organisations import OrganisationData, create_organisation
from db.services.timeline import timeline


def office(db):
    """A prefecture with the five-year MOU (notice three months) and a company with an
    auto-renewing NDA, a membership and an activity."""
    pref = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    firm = create_organisation(db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    mou = create_agreement(db, AgreementData(title="神奈川県MOU", signed_on=date(2020, 9, 18), term_years=5,
                                             notice_months=3, party_ids=[pref.id])).record
    nda = create_agreement(db, AgreementData(title="NDA", kind="nda", signed_on=date(2021, 3, 20),
                                             effective_on=date(2021, 4, 1), term_years=1, auto_renew=True,
                                             notice_days=30, party_ids=[firm.id])).record
    create_membership(db, MembershipData(organisation_id=pref.id, tier="special", starts_on=date(2024, 4, 1),
                                         ends_on=date(2026, 3, 31)))
    create_activity(db, ActivityData(title="Joint seminar", kind="co_hosted_event", starts_on=date(2025, 9, 17),
                                     organisation_ids=[firm.id]))
    return pref, firm, mou, nda


def kinds(items):
    return [(i.on, i.type.value, i.title) for i in items]


def test_signing_and_effective_days_join_what_falls_due(db):
    _, _, mou, nda = office(db)
    items = items_between(db, date(2020, 9, 1), date(2021, 4, 30))
    assert kinds(items) == [(date(2020, 9, 18), "signing", "神奈川県MOU"),
                            (date(2021, 3, 20), "signing", "NDA"),
                            (date(2021, 4, 1), "effective", "NDA")]
    # The MOU has no effective date of its own: its signing day is the only item of it then.
    assert [k for k in kinds(items) if k[2] == "神奈川県MOU"] == [(date(2020, 9, 18), "signing", "神奈川県MOU")]
    signing = next(i for i in items if i.type == ItemType.SIGNING and i.entity_id == mou.id)
    assert (signing.entity, signing.who, signing.uid) == ("agreement", "神奈川県", mou.uid)


def test_the_due_items_are_the_due_services_own(db):
    office(db)
    first, last = date(2025, 1, 1), date(2026, 12, 31)
    due = [(i.on, i.kind.value, i.entity_id) for i in due_between(db, first, last)]
    mine = [(i.on, i.type.value, i.entity_id) for i in items_between(db, first, last)
            if i.type not in (ItemType.SIGNING, ItemType.EFFECTIVE)]
    assert mine == due and len(due) >= 6  # deadlines, expiries, the NDA's terms, the membership's end, the activity


def test_one_day_in_the_calendars_order(db):
    office(db)
    day = date(2025, 9, 17)
    assert [i.type.value for i in items_between(db, day, day)] == ["expiry", "activity"]


def test_a_month_known_signing_has_no_day_and_trashed_agreements_none(db):
    pref, *_ = office(db)
    create_agreement(db, AgreementData(title="古い覚書", signed_on=date(2015, 6, 1), signed_precision="month",
                                       party_ids=[pref.id]))
    gone = create_agreement(db, AgreementData(title="削除", signed_on=date(2015, 6, 3), party_ids=[pref.id])).record
    delete_agreement(db, gone.id)
    assert items_between(db, date(2015, 6, 1), date(2015, 6, 30)) == []


def test_filters_by_type_text_partner_kind_and_status(db):
    office(db)
    first, last = date(2025, 1, 1), date(2025, 12, 31)
    expiries = items_between(db, first, last, CalendarFilter(types=frozenset({ItemType.EXPIRY})))
    assert {i.title for i in expiries} == {"神奈川県MOU", "NDA"}
    assert {i.title for i in items_between(db, first, last, CalendarFilter(text="神奈川"))} == {"神奈川県MOU"}
    assert {i.title for i in items_between(db, first, last, CalendarFilter(text="bio seminar"))} == {"Joint seminar"}
    companies = items_between(db, first, last, CalendarFilter(partner_kinds=frozenset({"company"})))
    assert {i.title for i in companies} == {"NDA", "Joint seminar"}
    prefectures = items_between(db, first, last, CalendarFilter(partner_kinds=frozenset({"prefecture"})))
    assert {(i.entity, i.type.value) for i in prefectures} == {
        ("agreement", "renewal_deadline"), ("agreement", "expiry")}
    # A status keeps agreements of that status only (memberships and activities have none).
    expired = items_between(db, first, last, CalendarFilter(statuses=frozenset({"expired"})), today=date(2025, 10, 1))
    assert {i.title for i in expired} == {"神奈川県MOU"}
    active = items_between(db, first, last, CalendarFilter(statuses=frozenset({"active"})), today=date(2025, 10, 1))
    assert {i.title for i in active} == {"NDA"}


def test_the_agenda_lists_the_kanagawa_expiry_with_its_days_left(db):
    load_seed(db)
    groups = agenda(db, date(2025, 6, 1), 180, by="month")
    found = [(g.kind, g.first, e.days_left) for g in groups for e in g.entries
             if e.item.type == ItemType.EXPIRY and "神奈川" in e.item.who]
    assert found == [("month", date(2025, 9, 1), 108)]
    assert not [e for g in agenda(db, date(2025, 6, 1), 90) for e in g.entries if e.item.on > date(2025, 8, 30)]
    assert "神奈川" not in str(agenda(db, date(2025, 6, 1), 90))  # 108 days is past a 90-day agenda


def test_the_agenda_groups_by_week_and_lists_what_passed_unanswered(db):
    office(db)
    groups = agenda(db, date(2025, 9, 10), 30, by="week", week_starts=6)  # weeks from Sunday, as in Japan
    week = next(g for g in groups if g.kind == "week")
    assert (week.first, week.last) == (date(2025, 9, 14), date(2025, 9, 20))
    assert [(e.item.type.value, e.days_left) for e in week.entries] == [("expiry", 7), ("activity", 7)]
    later = agenda(db, date(2025, 10, 1), 30)
    assert later[0].kind == "overdue"
    assert [(e.item.type.value, e.days_left) for e in later[0].entries] == [("renewal_deadline", -106),
                                                                           ("expiry", -14)]
    # The seminar of 2025-09-17 passed too, but an activity is not "overdue".
    assert {e.item.entity for e in later[0].entries} == {"agreement"}


def test_a_renewed_agreement_is_not_overdue(db):
    pref, _, mou, _ = office(db)
    create_agreement(db, AgreementData(title="神奈川県MOU（更新）", signed_on=date(2025, 9, 18), term_years=5,
                                       renewed_from_id=mou.id, succession="renewal", party_ids=[pref.id]))
    overdue = [g for g in agenda(db, date(2025, 10, 1), 30) if g.kind == "overdue"]
    assert overdue == []


def test_timeline_joins_a_renewal_chain_on_one_lane(db):
    pref, _, mou, nda = office(db)
    renewal = create_agreement(db, AgreementData(title="神奈川県MOU（更新）", signed_on=date(2025, 9, 18), term_years=5,
                                                 renewed_from_id=mou.id, succession="renewal",
                                                 party_ids=[pref.id])).record
    lanes = timeline(db, 2025, today=date(2025, 10, 1))
    assert len(lanes) == 2
    kanagawa = next(lane for lane in lanes if lane.who == "神奈川県")
    assert kanagawa.title == "神奈川県MOU（更新）"
    assert [(b.agreement_id, b.status, [(t.start, t.end) for t in b.terms]) for b in kanagawa.bars] == [
        (mou.id, "renewed", [(date(2020, 9, 18), date(2025, 9, 17))]),
        (renewal.id, "active", [(date(2025, 9, 18), date(2030, 9, 17))]),
    ]
    # The NDA renews itself year after year: its terms up to the first past the year.
    bio = next(lane for lane in lanes if lane.who == "Bio Inc.")
    assert [(t.start, t.end, t.renewal) for t in bio.bars[0].terms][-2:] == [
        (date(2024, 4, 1), date(2025, 3, 31), True), (date(2025, 4, 1), date(2026, 3, 31), True)]
    assert bio.runs_out == date(2026, 3, 31)
    # What runs out first comes first.
    assert [lane.who for lane in lanes] == ["Bio Inc.", "神奈川県"]


def test_timeline_filters_and_years_without_terms(db):
    office(db)
    today = date(2025, 10, 1)
    assert timeline(db, 2019, today=today) == []
    assert [lane.who for lane in timeline(db, 2025, CalendarFilter(text="神奈川"), today=today)] == ["神奈川県"]
    assert [lane.who for lane in timeline(db, 2025, CalendarFilter(partner_kinds=frozenset({"company"})),
                                          today=today)] == ["Bio Inc."]
    assert [lane.who for lane in timeline(db, 2025, CalendarFilter(statuses=frozenset({"expired"})),
                                          today=today)] == ["神奈川県"]
    # Past its expiry a plain agreement leaves the timeline.
    assert [lane.who for lane in timeline(db, 2026, today=today)] == ["Bio Inc."]


def test_japanese_holidays_and_their_names():
    days = holidays_between(date(2025, 9, 1), date(2025, 9, 30))
    assert days == {date(2025, 9, 15): "敬老の日", date(2025, 9, 23): "秋分の日"}
    assert holiday_label("敬老の日", "en") == "Respect for the Aged Day"
    assert holiday_label("敬老の日", "ja") == "敬老の日"
    # A substitute holiday: 2025-11-24, the Monday after Labour Thanksgiving on a Sunday.
    assert holidays_between(date(2025, 11, 24), date(2025, 11, 24)) == {date(2025, 11, 24): "勤労感謝の日 振替休日"}
    assert holiday_label("勤労感謝の日 振替休日", "en") == "Labour Thanksgiving Day (substitute holiday)"
    assert holiday_label("勤労感謝の日 振替休日", "ja") == "勤労感謝の日 振替休日"
    assert holiday_label("振替休日", "en") == "Substitute holiday"
    assert holiday_label("新しい祝日", "en") == "新しい祝日"  # unknown to this list: as jpholiday says
    assert holidays_between(date(2025, 9, 2), date(2025, 9, 1)) == {}
