"""The calendar as an iCalendar file (RFC 5545) for Outlook, Google Calendar and phones.

Every item :func:`db.services.due.due_between` gives — renewal decision deadlines,
expiries, membership ends, activities — becomes an all-day event; nothing here decides
what falls due.  What makes a file imported again *update* the events it made before
instead of adding copies:

- the UID is the kind and the record's key (``expiry-<uid>@kakehashi``), so the same item
  gets the same UID in every export, on every computer, and an edited date moves the
  event instead of adding one; only an automatically renewing agreement, whose every
  term has its own expiry and deadline, adds the date (``expiry-<uid>-20250917@kakehashi``);
- SEQUENCE is the record's version, which rises with every save of the record, so a
  calendar takes the newer text over the one it holds.

The desktop's File → Export calendar… and ``kakehashi ics`` both call :func:`write_ics`.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select

from db import catalogue
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.i18n import fill
from db.models import Activity, Agreement, AgreementParty, Membership, Organisation, activity_organisation
from db.services import agreement_rules as rules
from db.services.due import DueItem, due_between

# Without --days: a year back (what was missed lately stays visible) to five years ahead
# (a five-year MOU signed today, its deadline included).
DAYS_BACK = 365
DAYS_AHEAD = 5 * 365 + 1
UID_DOMAIN = "kakehashi"
PRODID = "-//Kakehashi//Calendar export//EN"
_CHUNK = 5000  # ids per IN (...): well inside SQLite's limit on parameters

CONTEXT = "Calendar"
CALENDAR_NAME = QT_TRANSLATE_NOOP("Calendar", "Kakehashi: agreements and activities")
SUMMARY = QT_TRANSLATE_NOOP("Calendar", "{partner}: {what} — {title}")
SUMMARY_NO_PARTNER = QT_TRANSLATE_NOOP("Calendar", "{what} — {title}")
LINE = QT_TRANSLATE_NOOP("Calendar", "{label}: {value}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write the calendar file {file}: {reason}")


class CannotWriteCalendar(KakehashiError):
    """The .ics file or its folder cannot be written; a file it was to replace is untouched."""


@dataclass
class _Record:
    """What an event says about its record, read once for all its items."""

    version: int
    who: str
    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    starts: date | None = None  # an activity's own days (the due service clamps them to the window)
    ends: date | None = None


def window(today: date, days: int | None) -> tuple[date, date]:
    """The days exported: ``today`` through ``days`` days after it, or the default window.
    Raises OverflowError when the last day would be past the calendar's end."""
    if days is None:
        return today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD)
    return today, today + timedelta(days=days)


def write_ics(db: Database, path: str | Path, *, today: date, days: int | None = None, lang: str = "ja",
              leads: dict[str, list[int]] | None = None) -> int:
    """Write the items due in the window to ``path`` as an .ics file; returns the events written.

    ``leads`` gives, per kind (``"renewal_deadline"``, ``"expiry"``, ``"activity"``, …),
    the days before the item at which a calendar reminds (one alarm each), e.g.
    ``db.reminders_defaults.DEFAULT_LEADS``; None: no alarms.  The file is written
    beside ``path`` and then put in its place, so it is whole or not there at all.
    """
    first, last = window(today, days)
    items = due_between(db, first, last)
    records = _records(db, items, today, lang)
    calendar = _calendar(lang)
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    written: set[str] = set()
    for item in items:
        record = records.get((item.entity, item.entity_id))
        if record is None:  # removed between the two reads: left out, not half-described
            continue
        event = _event(item, record, lang, leads or {}, stamp)
        if str(event["uid"]) not in written:
            written.add(str(event["uid"]))
            calendar.add_component(event)
    _replace(Path(path), calendar.to_ical())
    return len(written)


def event_uid(item: DueItem, on: date) -> str:
    """The item's UID: the same in every export while the record lives; the terms of an
    automatically renewing agreement are told apart by their dates."""
    if item.auto_renew:
        return f"{item.kind.value}-{item.uid}-{on:%Y%m%d}@{UID_DOMAIN}"
    return f"{item.kind.value}-{item.uid}@{UID_DOMAIN}"


# ---------------------------------------------------------------- the file's content


def _calendar(lang: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", fill(CONTEXT, CALENDAR_NAME, {}, lang))
    return calendar


def _event(item: DueItem, record: _Record, lang: str, leads: dict[str, Any], stamp: datetime) -> Event:
    # An activity keeps its own days; every other item is the one day the due service gives.
    on = record.starts if item.entity == "activity" and record.starts else item.on
    until = max(record.ends or on, on) if item.entity == "activity" else on
    what = catalogue.value_label("DueKind", item.kind, lang)
    params = {"partner": record.who, "what": what, "title": record.title}
    summary = fill(CONTEXT, SUMMARY if record.who else SUMMARY_NO_PARTNER, params, lang)
    event = Event()
    event.add("uid", event_uid(item, on))
    event.add("dtstamp", stamp)
    event.add("dtstart", on)  # a date: VALUE=DATE, an all-day event
    event.add("dtend", until + timedelta(days=1))  # all-day events end on the day after
    event.add("sequence", record.version)
    event.add("summary", summary)
    event.add("description", "\n".join(fill(CONTEXT, LINE, {"label": label, "value": value}, lang)
                                       for label, value in record.lines if value))
    event.add("categories", [what])
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    for lead in sorted({int(d) for d in leads.get(item.kind.value, ()) if int(d) >= 0}, reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-lead))
        event.add_component(alarm)
    return event


# ---------------------------------------------------------------- the records' details


def _records(db: Database, items: list[DueItem], today: date, lang: str) -> dict[tuple[str, int], _Record]:
    """The records behind ``items``, with their versions: one query per kind of record
    (per 5,000 records), never one per item."""
    ids: dict[str, list[int]] = defaultdict(list)
    for item in items:
        ids[item.entity].append(item.entity_id)
    found: dict[tuple[str, int], _Record] = {}
    with db.reading() as session:
        connection = session.connection()
        for entity, read in (("agreement", _agreements), ("membership", _memberships), ("activity", _activities)):
            unique = sorted(set(ids.get(entity, ())))
            for start in range(0, len(unique), _CHUNK):
                for entity_id, record in read(connection, unique[start:start + _CHUNK], today, lang):
                    found[entity, entity_id] = record
    return found


def _name(name_ja: str | None, name_en: str | None, lang: str) -> str:
    return (name_en or name_ja or "") if lang == "en" else (name_ja or name_en or "")


def _names(rows: Iterable[Any], lang: str) -> dict[int, str]:
    """``{id: "名前、名前"}`` from (id, name_ja, name_en) rows in order."""
    found: dict[int, list[str]] = defaultdict(list)
    for key, name_ja, name_en in rows:
        name = _name(name_ja, name_en, lang)
        if name:
            found[key].append(name)
    separator = ", " if lang == "en" else "、"
    return {key: separator.join(names) for key, names in found.items()}


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _agreements(connection, ids: list[int], today: date, lang: str):
    parties = _names(connection.execute(
        select(AgreementParty.agreement_id, Organisation.name_ja, Organisation.name_en)
        .join(Organisation, Organisation.id == AgreementParty.organisation_id)
        .where(AgreementParty.agreement_id.in_(ids))
        .order_by(AgreementParty.agreement_id, AgreementParty.position)), lang)
    rows = connection.execute(select(
        Agreement.id, Agreement.version, Agreement.title, Agreement.title_en, Agreement.kind, Agreement.signed_on,
        Agreement.effective_on, Agreement.expires_on, Agreement.auto_renew,
        rules.status_expression(today).label("status")).where(Agreement.id.in_(ids)))

    def label(name: str) -> str:
        return catalogue.field_label("agreement", name, lang)

    for r in rows:
        title = (r.title_en or r.title) if lang == "en" else r.title
        who = parties.get(r.id, "")
        yield r.id, _Record(r.version, who, title, [
            (label("title"), title),
            (label("kind"), catalogue.value_label("AgreementKind", r.kind, lang)),
            (label("party_ids"), who),
            (label("signed_on"), _day(r.signed_on)),
            (label("effective_on"), _day(r.effective_on)),
            (label("expires_on"), _day(r.expires_on)),
            (label("auto_renew"), catalogue.value_label("bool", True, lang) if r.auto_renew else ""),
            (label("effective_status"), catalogue.value_label("AgreementStatus", r.status, lang)),
        ])


def _memberships(connection, ids: list[int], today: date, lang: str):
    rows = connection.execute(
        select(Membership.id, Membership.version, Membership.tier, Membership.starts_on, Membership.ends_on,
               Organisation.name_ja, Organisation.name_en)
        .join(Organisation, Organisation.id == Membership.organisation_id).where(Membership.id.in_(ids)))

    def label(name: str) -> str:
        return catalogue.field_label("membership", name, lang)

    for r in rows:
        who = _name(r.name_ja, r.name_en, lang)
        tier = catalogue.value_label("MembershipTier", r.tier, lang)
        yield r.id, _Record(r.version, who, tier, [
            (label("organisation_id"), who),
            (label("tier"), tier),
            (label("starts_on"), _day(r.starts_on)),
            (label("ends_on"), _day(r.ends_on)),
        ])


def _activities(connection, ids: list[int], today: date, lang: str):
    link = activity_organisation.c
    organisations = _names(connection.execute(
        select(link.activity_id, Organisation.name_ja, Organisation.name_en)
        .join(Organisation, Organisation.id == link.organisation_id)
        .where(link.activity_id.in_(ids)).order_by(link.activity_id, Organisation.sort_key)), lang)
    rows = connection.execute(
        select(Activity.id, Activity.version, Activity.kind, Activity.title, Activity.title_en, Activity.starts_on,
               Activity.ends_on, Activity.place, Agreement.title.label("agreement"),
               Agreement.title_en.label("agreement_en"))
        .outerjoin(Agreement, Agreement.id == Activity.agreement_id).where(Activity.id.in_(ids)))

    def label(name: str) -> str:
        return catalogue.field_label("activity", name, lang)

    for r in rows:
        title = (r.title_en or r.title) if lang == "en" else r.title
        agreement = (r.agreement_en or r.agreement) if lang == "en" else r.agreement
        who = organisations.get(r.id, "")
        yield r.id, _Record(r.version, who, title, [
            (label("title"), title),
            (label("kind"), catalogue.value_label("ActivityKind", r.kind, lang)),
            (label("organisation_ids"), who),
            (label("starts_on"), _day(r.starts_on)),
            (label("ends_on"), _day(r.ends_on)),
            (label("place"), r.place or ""),
            (label("agreement_id"), agreement or ""),
        ], starts=r.starts_on, ends=r.ends_on)


# ---------------------------------------------------------------- writing, all or nothing


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to a file beside ``path``, then put it in ``path``'s place."""
    try:
        fd, temp = tempfile.mkstemp(prefix=".kakehashi-", suffix=".ics", dir=path.parent)
    except OSError as exc:
        raise _cannot(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except OSError as exc:
        raise _cannot(path, exc) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _cannot(path: Path, exc: OSError) -> CannotWriteCalendar:
    return CannotWriteCalendar(CANNOT_WRITE, file=str(path), reason=exc.strerror or str(exc))


def _mode_for(path: Path) -> int:
    """The permissions of the file replaced, else what the umask gives a new file
    (a temporary file is private to its owner)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
