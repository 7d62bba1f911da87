"""The iCalendar export: real .ics files written over real databases and read back with
the icalendar library, as Outlook or Google Calendar would read them."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Alarm, Calendar, Event

from cli_support import demo_db, run  # noqa: F401 - fixtures
from db import catalogue
from db.calendar_ics import PRODID, CannotWriteCalendar, ics_events, write_ics
from db.demo.synthetic import add_synthetic
from db.ics_lines import content_line, escape_text
from db.demo.seed import load_seed
from db.reminders_defaults import DEFAULT_LEADS
from db.services.activities import ActivityData, create_activity
from db.services.agreements import AgreementData, create_agreement, get_agreement, update_agreement
from db.services.memberships import MembershipData, create_membership
from db.services.organisations import OrganisationData, create_organisation

JUNE = date(2025, 6, 1)
LEADS = {"renewal_deadline": [90, 30], "expiry": [60], "activity": [7]}


def events(path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def by_uid(path) -> dict[str, object]:
    return {str(e["uid"]): e for e in events(path)}


def office(db):
    """A prefecture's MOU with a notice period (a deadline and an expiry), a membership
    ending at the fiscal year's end, and a two-day activity."""
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県",
                                                   name_en="Kanagawa Prefecture")).record
    mou = create_agreement(db, AgreementData(title="神奈川県との連携協定", title_en="Agreement with Kanagawa",
                                             signed_on=date(2020, 9, 18), term_years=5, notice_months=3,
                                             party_ids=[org.id])).record
    create_membership(db, MembershipData(organisation_id=org.id, tier="special", starts_on=date(2025, 4, 1),
                                         ends_on=date(2026, 3, 31)))
    create_activity(db, ActivityData(kind="visit", title="視察", starts_on=date(2025, 7, 10),
                                     ends_on=date(2025, 7, 11), organisation_ids=[org.id]))
    return mou


def test_the_kanagawa_expiry_is_an_all_day_event_naming_the_partner(db, tmp_path):
    load_seed(db)
    path = tmp_path / "calendar.ics"
    assert write_ics(db, path, today=JUNE, days=120) == 1
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["version"]) == "2.0"
    assert "Kakehashi" in str(calendar["prodid"])
    assert str(calendar["x-wr-calname"])
    [event] = calendar.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert type(start) is date and start == date(2025, 9, 17)  # a date, not a time: all day
    assert end == date(2025, 9, 18)
    assert event["dtstart"].params["VALUE"] == "DATE"
    summary = str(event["summary"])
    assert summary.startswith("神奈川県")
    assert catalogue.value_label("DueKind", "expiry", "ja") in summary
    description = str(event["description"])
    assert "2020-09-18" in description and "2025-09-17" in description
    assert str(event["uid"]).startswith("expiry-") and str(event["uid"]).endswith("@kakehashi")
    assert event.decoded("dtstamp").tzinfo is not None

    english = tmp_path / "english.ics"
    write_ics(db, english, today=JUNE, days=120, lang="en")
    [event] = events(english)
    assert str(event["summary"]).startswith("Kanagawa Prefecture: Expiry — ")


def test_every_kind_of_item_and_two_exports_give_the_same_uids(db, tmp_path):
    mou = office(db)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    assert write_ics(db, first, today=JUNE, days=365) == 4
    write_ics(db, second, today=JUNE, days=365)
    assert set(by_uid(first)) == set(by_uid(second))
    starts = {str(e["uid"]).split("-")[0]: e.decoded("dtstart") for e in events(first)}
    assert starts == {"renewal_deadline": date(2025, 6, 17), "expiry": date(2025, 9, 17),
                      "membership_end": date(2026, 3, 31), "activity": date(2025, 7, 10)}
    assert f"renewal_deadline-{mou.uid}@kakehashi" in by_uid(first)
    # The activity keeps its own two days, also when the window starts in the middle of it.
    later = tmp_path / "later.ics"
    write_ics(db, later, today=date(2025, 7, 11), days=365)
    visit = next(e for e in events(later) if str(e["uid"]).startswith("activity-"))
    assert (visit.decoded("dtstart"), visit.decoded("dtend")) == (date(2025, 7, 10), date(2025, 7, 12))
    assert str(visit["uid"]) in by_uid(first)


def test_an_edited_agreement_raises_sequence_and_keeps_its_uids(db, tmp_path):
    mou = office(db)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    write_ics(db, before, today=JUNE, days=365)
    data = get_agreement(db, mou.id)
    update_agreement(db, mou.id, dataclasses.replace(data, title="神奈川県との包括連携協定"))
    write_ics(db, after, today=JUNE, days=365)
    old, new = by_uid(before), by_uid(after)
    assert set(old) == set(new)
    agreement_uids = [uid for uid in new if mou.uid in uid]
    assert len(agreement_uids) == 2
    for uid in agreement_uids:
        assert int(new[uid]["sequence"]) == int(old[uid]["sequence"]) + 1
        assert "包括連携協定" in str(new[uid]["summary"])
    for uid in set(new) - set(agreement_uids):  # the membership and the activity did not change
        assert int(new[uid]["sequence"]) == int(old[uid]["sequence"])


def test_alarms_at_the_lead_times_of_each_kind(db, tmp_path):
    office(db)
    path = tmp_path / "calendar.ics"
    write_ics(db, path, today=JUNE, days=365, leads=LEADS)
    triggers = {str(e["uid"]).split("-")[0]: sorted(a.decoded("trigger") for a in e.walk("VALARM"))
                for e in events(path)}
    assert triggers == {"renewal_deadline": [timedelta(days=-90), timedelta(days=-30)],
                        "expiry": [timedelta(days=-60)], "membership_end": [], "activity": [timedelta(days=-7)]}
    alarm = next(a for e in events(path) for a in e.walk("VALARM"))
    assert str(alarm["action"]) == "DISPLAY" and str(alarm["description"])
    # The defaults are the Preferences' defaults.
    assert DEFAULT_LEADS == LEADS
    plain = tmp_path / "plain.ics"
    write_ics(db, plain, today=JUNE, days=365)
    assert not any(e.walk("VALARM") for e in events(plain))


def test_days_limits_the_window(db, tmp_path):
    office(db)
    path = tmp_path / "calendar.ics"
    assert write_ics(db, path, today=JUNE, days=30) == 1
    assert [e.decoded("dtstart") for e in events(path)] == [date(2025, 6, 17)]
    assert write_ics(db, path, today=JUNE, days=0) == 0
    assert events(path) == []
    # Without days: a year back and five years ahead.
    assert write_ics(db, path, today=date(2026, 6, 1)) == 4
    assert write_ics(db, path, today=date(2026, 9, 18)) == 1  # 2025-09-17 is a year and a day back
    assert write_ics(db, path, today=date(2020, 9, 17)) == 3  # the membership's end is past five years


def test_a_file_that_cannot_be_written_names_itself_and_leaves_nothing(db, tmp_path):
    office(db)
    missing = tmp_path / "no such folder" / "calendar.ics"
    with pytest.raises(CannotWriteCalendar) as caught:
        write_ics(db, missing, today=JUNE)
    assert str(missing) in str(caught.value)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "calendar.ics"
    target.write_text("old")
    write_ics(db, target, today=JUNE, days=365)
    assert [p.name for p in folder.iterdir()] == ["calendar.ics"]  # no temporary file left beside it
    assert len(events(target)) == 4
    (folder / "taken.ics").mkdir()  # a folder where the file should go: refused, the folder untouched
    with pytest.raises(CannotWriteCalendar):
        write_ics(db, folder / "taken.ics", today=JUNE, days=365)
    assert sorted(p.name for p in folder.iterdir()) == ["calendar.ics", "taken.ics"]


def test_the_command_writes_the_file(demo_db, tmp_path, capsys):
    out = tmp_path / "kakehashi.ics"
    code, text, err = run(capsys, "--db", str(demo_db), "ics", str(out), "--today", "2025-06-01")
    assert code == 0, err
    assert str(out) in text and "1 event" in text
    [event] = events(out)
    assert event.decoded("dtstart") == date(2025, 9, 17)
    assert "Kanagawa" in str(event["summary"])
    assert [a.decoded("trigger") for a in event.walk("VALARM")] == [timedelta(days=-60)]
    code, text, err = run(capsys, "--db", str(demo_db), "ics", str(out), "--today", "2025-06-01", "--days", "30",
                          "--json")
    assert code == 0, err
    assert json.loads(text) == {"events": 0, "path": str(out.resolve())}


def test_the_command_refuses_an_unwritable_path_in_one_line(demo_db, tmp_path, capsys):
    out = tmp_path / "missing" / "kakehashi.ics"
    code, text, err = run(capsys, "--db", str(demo_db), "ics", str(out))
    assert code == 2
    assert text == ""
    assert len(err.splitlines()) == 1 and str(out) in err
    assert not out.parent.exists()


def test_a_moved_date_moves_the_event_instead_of_adding_one(db, tmp_path):
    mou = office(db)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    write_ics(db, before, today=JUNE, days=365)
    data = get_agreement(db, mou.id)
    update_agreement(db, mou.id, dataclasses.replace(data, expires_on_given=date(2025, 10, 31)))
    write_ics(db, after, today=JUNE, days=365)
    uid = f"expiry-{mou.uid}@kakehashi"
    old, new = by_uid(before)[uid], by_uid(after)[uid]
    assert (old.decoded("dtstart"), new.decoded("dtstart")) == (date(2025, 9, 17), date(2025, 10, 31))
    assert int(new["sequence"]) == int(old["sequence"]) + 1


# ---------------------------------------------------------------- the lines themselves

# Commas, semicolons and backslashes to escape, line ends, and Japanese long enough to fold
# between multibyte characters.  (No backslash before an "n": icalendar's reader takes the
# escaped pair for a line end, whoever wrote it.)
PARTNER = "Lab; A\\B, Inc."
TITLE = ("連携協定, 第2期; 研究\\開発 北海道大学大学院医学研究院と国立研究開発法人日本医療研究開発機構との"
         "再生医療分野における共同研究の推進に関する包括的な連携協定書")
VISIT = "視察;一日目,\\二日目\n夕方"
PLACE = "横浜市\n中区\r\n本町1-1, 3F; 会議室\\B"


def awkward(db):
    org = create_organisation(db, OrganisationData(kind="university", name_ja="研究所; A\\B, 「連携」",
                                                   name_en=PARTNER)).record
    mou = create_agreement(db, AgreementData(title=TITLE, signed_on=date(2020, 9, 18), term_years=5,
                                             notice_months=3, party_ids=[org.id])).record
    visit = create_activity(db, ActivityData(kind="visit", title=VISIT, starts_on=date(2025, 7, 10),
                                             ends_on=date(2025, 7, 11), place=PLACE, organisation_ids=[org.id])).record
    return mou, visit


def test_awkward_text_reads_back_exactly_as_meant(db, tmp_path):
    mou, visit = awkward(db)
    path = tmp_path / "calendar.ics"
    assert write_ics(db, path, today=JUNE, days=365, lang="en", leads=LEADS) == 3
    found = by_uid(path)
    assert set(found) == {f"renewal_deadline-{mou.uid}@kakehashi", f"expiry-{mou.uid}@kakehashi",
                          f"activity-{visit.uid}@kakehashi"}
    agreement = (f"Title: {TITLE}\nKind: Memorandum of understanding (MOU)\nPartners: {PARTNER}\n"
                 "Signed on: 2020-09-18\nExpires on: 2025-09-17\nStatus: In force")
    meant = {  # uid: summary, description, category, days, alarms' lead days
        f"renewal_deadline-{mou.uid}@kakehashi": (
            f"{PARTNER}: Renewal decision deadline — {TITLE}", agreement, "Renewal decision deadline",
            (date(2025, 6, 17), date(2025, 6, 18)), [90, 30]),
        f"expiry-{mou.uid}@kakehashi": (
            f"{PARTNER}: Expiry — {TITLE}", agreement, "Expiry", (date(2025, 9, 17), date(2025, 9, 18)), [60]),
        f"activity-{visit.uid}@kakehashi": (
            f"{PARTNER}: Activity — {VISIT}",
            f"Title: {VISIT}\nKind: Visit\nOrganisations: {PARTNER}\nStart date: 2025-07-10\n"
            "End date: 2025-07-11\nPlace: 横浜市\n中区\n本町1-1, 3F; 会議室\\B",  # CRLF: one line end
            "Activity", (date(2025, 7, 10), date(2025, 7, 12)), [7]),
    }
    for uid, (summary, description, category, days, leads) in meant.items():
        event = found[uid]
        assert str(event["summary"]) == summary
        assert str(event["description"]) == description
        assert [str(c) for c in event["categories"].cats] == [category]
        assert (event.decoded("dtstart"), event.decoded("dtend")) == days
        assert int(event["sequence"]) == 1
        assert str(event["transp"]) == "TRANSPARENT"
        alarms = event.walk("VALARM")
        assert [a.decoded("trigger") for a in alarms] == [timedelta(days=-d) for d in leads]
        assert all(str(a["description"]) == summary and str(a["action"]) == "DISPLAY" for a in alarms)


def physical_lines(data: bytes) -> list[bytes]:
    """The file's physical lines, after checking that each ends in CRLF and holds at most
    75 octets of whole UTF-8 characters."""
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")  # no bare LF, no lone CR
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises where a fold split a character's bytes
    return lines


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_physical_line_passes_75_octets_and_each_ends_in_crlf(db, tmp_path, lang):
    awkward(db)
    path = tmp_path / "calendar.ics"
    write_ics(db, path, today=JUNE, days=365, lang=lang, leads=LEADS)
    lines = physical_lines(path.read_bytes())
    continued = [(before, line) for before, line in zip(lines, lines[1:]) if line.startswith(b" ")]
    assert any(line[1] >= 0x80 and before[-1] >= 0x80 for before, line in continued)  # folded inside Japanese
    for before, _line in continued:  # an escape's backslash stays with what it escapes
        assert (len(before) - len(before.rstrip(b"\\"))) % 2 == 0


def test_text_is_escaped_as_rfc_5545_says():
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("C:\\New") == "C:\\\\New"  # a backslash stays one, also before an N


def test_folding_at_every_offset_reads_back_as_icalendar_writes_it():
    """Every place a fold can fall: before, inside and after two-, three- and four-octet
    characters and escapes; the unfolded line is the one icalendar writes."""
    for shift in range(80):
        text = "x" * shift + "日本\\,;\né𠮷a\r" * 12  # a lone CR is a line end too
        line = content_line("DESCRIPTION", escape_text(text))
        physical_lines(line)
        event = Event.from_ical(b"BEGIN:VEVENT\r\n" + line + b"END:VEVENT\r\n")
        assert str(event["description"]) == text.replace("\r", "\n")
        reference = Event()
        reference.add("description", text)
        unfolded = reference.to_ical().replace(b"\r\n ", b"").split(b"\r\n")[1]
        assert line.replace(b"\r\n ", b"").removesuffix(b"\r\n") == unfolded


def reference_file(db, lang: str) -> bytes:
    """The same events built with icalendar's own API, as the file was written before."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "reference")
    for e in ics_events(db, today=JUNE, lang=lang, leads=LEADS):
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", datetime.now(timezone.utc).replace(microsecond=0))
        event.add("dtstart", e.starts)
        event.add("dtend", e.ends)
        event.add("sequence", e.sequence)
        event.add("summary", e.summary)
        event.add("description", e.description)
        event.add("categories", [e.category])
        event.add("transp", "TRANSPARENT")
        for days in e.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", e.summary)
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def facts(data: bytes) -> set[tuple]:
    """(UID, property, value) of every event, its alarms as one property."""
    found = set()
    for event in Calendar.from_ical(data).walk("VEVENT"):
        uid = str(event["uid"])
        assert event.decoded("dtstamp").tzinfo is not None
        for name in event:
            if name == "CATEGORIES":
                found.add((uid, name, tuple(str(c) for c in event[name].cats)))
            elif name != "DTSTAMP":  # the moment of writing
                found.add((uid, name, event.decoded(name)))
        found.add((uid, "VALARM", tuple((str(a["action"]), str(a["description"]), a.decoded("trigger"))
                                        for a in event.walk("VALARM"))))
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_file_says_what_icalendar_would_write_for_the_same_events(db, tmp_path, lang):
    load_seed(db)
    add_synthetic(db, 300)
    awkward(db)
    path = tmp_path / "calendar.ics"
    count = write_ics(db, path, today=JUNE, lang=lang, leads=LEADS)  # a year back, five ahead
    written, reference = path.read_bytes(), reference_file(db, lang)
    assert count > 100
    assert facts(written) == facts(reference)
    assert len(facts(written)) == 9 * count  # UID, two days, SEQUENCE, three texts, TRANSP, the alarms

    def events_unfolded(data: bytes) -> list[bytes]:  # the content lines from the first event on
        lines = data.replace(b"\r\n ", b"").split(b"\r\n")
        return [line for line in lines[lines.index(b"BEGIN:VEVENT"):] if not line.startswith(b"DTSTAMP:")]

    assert events_unfolded(written) == events_unfolded(reference)  # the same lines, in the same order
