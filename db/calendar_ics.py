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

The calendar's envelope (VCALENDAR and its properties) is icalendar's; each VEVENT and
VALARM is written as content lines by :mod:`db.ics_lines` (TEXT escaping, folding at 75
octets) and :func:`_vevent` (DATE, DATE-TIME and DURATION forms).  A calendar of every
partner holds a quarter of a million events, and icalendar's objects cost over a
millisecond each — minutes for one file — where the same lines cost microseconds.  The
lines are those icalendar writes for the same event, in its order; the tests read the
file back with icalendar and compare it with one built through icalendar's own API
from :func:`ics_events`.  Events go to the file as they are made, not gathered first.

The desktop's File → Export calendar… and ``kakehashi ics`` both call :func:`write_ics`.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

from icalendar import Calendar
from sqlalchemy import select

from db import catalogue
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.i18n import fill
from db.ics_lines import content_line, date_value, escape_text
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
    description: str  # its fields, one "label: value" a line
    starts: date | None = None  # an activity's own days (the due service clamps them to the window)
    ends: date | None = None


def window(today: date, days: int | None) -> tuple[date, date]:
    """The days exported: ``today`` through ``days`` days after it, or the default window.
    Raises OverflowError when the last day would be past the calendar's end."""
    if days is None:
        return today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD)
    return today, today + timedelta(days=days)


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """What one event of the file says, in plain values; the file escapes and folds them."""

    uid: str
    starts: date
    ends: date  # the day after the last: an all-day event ends there
    sequence: int
    summary: str
    description: str
    category: str
    alarms: tuple[int, ...]  # days before, farthest first; each alarm shows the summary


def write_ics(db: Database, path: str | Path, *, today: date, days: int | None = None, lang: str = "ja",
              leads: dict[str, list[int]] | None = None) -> int:
    """Write the items due in the window to ``path`` as an .ics file; returns the events written.

    ``leads`` gives, per kind (``"renewal_deadline"``, ``"expiry"``, ``"activity"``, …),
    the days before the item at which a calendar reminds (one alarm each), e.g.
    ``db.reminders_defaults.DEFAULT_LEADS``; None: no alarms.  The file is written
    beside ``path`` and then put in its place, so it is whole or not there at all.
    """
    events = ics_events(db, today=today, days=days, lang=lang, leads=leads)
    envelope = _calendar(lang).to_ical()
    stamp = content_line("DTSTAMP", f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")  # UTC: the Z form
    written = 0

    def chunks() -> Iterator[bytes]:
        nonlocal written
        yield envelope.removesuffix(_END_CALENDAR)
        for event in events:
            written += 1
            yield _vevent(event, stamp)
        yield _END_CALENDAR

    _replace(Path(path), chunks())
    return written


def ics_events(db: Database, *, today: date, days: int | None = None, lang: str = "ja",
               leads: dict[str, list[int]] | None = None) -> Iterator[IcsEvent]:
    """The events of :func:`write_ics`'s file, one per UID, in calendar order.  The
    database is read at once; the events are made as they are taken."""
    first, last = window(today, days)
    items = due_between(db, first, last)
    records = _records(db, items, today, lang)
    alarms = {kind: tuple(sorted({int(d) for d in lead_days if int(d) >= 0}, reverse=True))
              for kind, lead_days in (leads or {}).items()}
    return _events(items, records, lang, alarms)


def _events(items: list[DueItem], records: dict[tuple[str, int], _Record], lang: str,
            alarms: dict[str, tuple[int, ...]]) -> Iterator[IcsEvent]:
    names: dict[str, str] = {}  # the kinds' names, the same for every event
    written: set[str] = set()
    for item in items:
        record = records.get((item.entity, item.entity_id))
        if record is None:  # removed between the two reads: left out, not half-described
            continue
        # An activity keeps its own days; every other item is the one day the due service gives.
        on = record.starts if item.entity == "activity" and record.starts else item.on
        until = max(record.ends or on, on) if item.entity == "activity" else on
        uid = event_uid(item, on)
        if uid in written:
            continue
        written.add(uid)
        kind = item.kind.value
        what = names.get(kind)
        if what is None:
            what = names[kind] = catalogue.value_label("DueKind", item.kind, lang)
        params = {"partner": record.who, "what": what, "title": record.title}
        yield IcsEvent(
            uid=uid, starts=on, ends=until + timedelta(days=1), sequence=record.version,
            summary=fill(CONTEXT, SUMMARY if record.who else SUMMARY_NO_PARTNER, params, lang),
            description=record.description,
            category=what, alarms=alarms.get(kind, ()))


def event_uid(item: DueItem, on: date) -> str:
    """The item's UID: the same in every export while the record lives; the terms of an
    automatically renewing agreement are told apart by their dates."""
    if item.auto_renew:
        return f"{item.kind.value}-{item.uid}-{date_value(on)}@{UID_DOMAIN}"
    return f"{item.kind.value}-{item.uid}@{UID_DOMAIN}"


# ---------------------------------------------------------------- the file's content


def _calendar(lang: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", fill(CONTEXT, CALENDAR_NAME, {}, lang))
    return calendar


_END_CALENDAR = b"END:VCALENDAR\r\n"


def _vevent(event: IcsEvent, stamp: bytes) -> bytes:
    """The event's content lines, in the order icalendar writes them."""
    summary = escape_text(event.summary)
    parts = [
        b"BEGIN:VEVENT\r\n",
        content_line("SUMMARY", summary),
        # Dates (not times: all-day events) and a number: never near 75 octets, nothing to fold.
        f"DTSTART;VALUE=DATE:{date_value(event.starts)}\r\nDTEND;VALUE=DATE:{date_value(event.ends)}\r\n".encode(),
        stamp,
        content_line("UID", escape_text(event.uid)),
        f"SEQUENCE:{event.sequence}\r\n".encode(),
        content_line("CATEGORIES", escape_text(event.category)),
        content_line("DESCRIPTION", escape_text(event.description)),
        b"TRANSP:TRANSPARENT\r\n",  # a deadline does not make anyone busy
    ]
    if event.alarms:
        told = content_line("DESCRIPTION", summary)
        for days in event.alarms:
            parts += (b"BEGIN:VALARM\r\nACTION:DISPLAY\r\n", told, _trigger(days), b"END:VALARM\r\n")
    parts.append(b"END:VEVENT\r\n")
    return b"".join(parts)


@cache
def _trigger(days: int) -> bytes:
    """``days`` before the event as a DURATION (RFC 5545 3.3.6)."""
    return content_line("TRIGGER", f"-P{days}D" if days else "P0D")


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


# The same few names for every row of a file (and the catalogue is fixed while the program runs).
_value_label = cache(catalogue.value_label)


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


def _description(lang: str, lines: list[tuple[str, str]]) -> str:
    """The fields that have a value, one ``label: value`` a line."""
    return "\n".join(fill(CONTEXT, LINE, {"label": label, "value": value}, lang) for label, value in lines if value)


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

    @cache  # the same for every row
    def label(name: str) -> str:
        return catalogue.field_label("agreement", name, lang)

    for r in rows:
        title = (r.title_en or r.title) if lang == "en" else r.title
        who = parties.get(r.id, "")
        yield r.id, _Record(r.version, who, title, _description(lang, [
            (label("title"), title),
            (label("kind"), _value_label("AgreementKind", r.kind, lang)),
            (label("party_ids"), who),
            (label("signed_on"), _day(r.signed_on)),
            (label("effective_on"), _day(r.effective_on)),
            (label("expires_on"), _day(r.expires_on)),
            (label("auto_renew"), _value_label("bool", True, lang) if r.auto_renew else ""),
            (label("effective_status"), _value_label("AgreementStatus", r.status, lang)),
        ]))


def _memberships(connection, ids: list[int], today: date, lang: str):
    rows = connection.execute(
        select(Membership.id, Membership.version, Membership.tier, Membership.starts_on, Membership.ends_on,
               Organisation.name_ja, Organisation.name_en)
        .join(Organisation, Organisation.id == Membership.organisation_id).where(Membership.id.in_(ids)))

    @cache  # the same for every row
    def label(name: str) -> str:
        return catalogue.field_label("membership", name, lang)

    for r in rows:
        who = _name(r.name_ja, r.name_en, lang)
        tier = _value_label("MembershipTier", r.tier, lang)
        yield r.id, _Record(r.version, who, tier, _description(lang, [
            (label("organisation_id"), who),
            (label("tier"), tier),
            (label("starts_on"), _day(r.starts_on)),
            (label("ends_on"), _day(r.ends_on)),
        ]))


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

    @cache  # the same for every row
    def label(name: str) -> str:
        return catalogue.field_label("activity", name, lang)

    for r in rows:
        title = (r.title_en or r.title) if lang == "en" else r.title
        agreement = (r.agreement_en or r.agreement) if lang == "en" else r.agreement
        who = organisations.get(r.id, "")
        yield r.id, _Record(r.version, who, title, _description(lang, [
            (label("title"), title),
            (label("kind"), _value_label("ActivityKind", r.kind, lang)),
            (label("organisation_ids"), who),
            (label("starts_on"), _day(r.starts_on)),
            (label("ends_on"), _day(r.ends_on)),
            (label("place"), r.place or ""),
            (label("agreement_id"), agreement or ""),
        ]), starts=r.starts_on, ends=r.ends_on)


# ---------------------------------------------------------------- writing, all or nothing


def _replace(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to a file beside ``path``, then put it in ``path``'s place."""
    try:
        fd, temp = tempfile.mkstemp(prefix=".kakehashi-", suffix=".ics", dir=path.parent)
    except OSError as exc:
        raise _cannot(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.writelines(chunks)
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
