"""Measures of the calendar's core for benchmarks/run.py, each against a baseline doing
the same reading or writing by hand in the same run:

- ``calendar_agenda``: the Agenda's call, ``agenda(db, 2025-06-01, 180, by="week")`` (what
  passed unanswered lately, then 26 weeks ahead).  Baseline: raw sqlite3 reading the
  due_event rows of the same days, from the first overdue day to the 180th ahead.
- ``calendar_timeline``: the Timeline's call, ``timeline(db, 2025, today=2025-06-01)``
  (renewal chains as lanes).  Baseline: raw sqlite3 reading every agreement's id, dates
  and renewed_from_id into tuples.
- ``calendar_ics``: ``write_ics`` of the default window (a year back, five years ahead)
  in Japanese with the default alarms, as File → Export Calendar… writes it.  Baseline:
  as many minimal VEVENTs (UID, DTSTAMP, DTSTART, SUMMARY) made with f-strings and written
  to a file, synced as the export syncs.  The ratio is the price of what an event says
  beyond that: its record read and described in the language, ten times the text
  escaped and folded, its alarms — some 30× at 10,000 organisations.  Goal ≤ 50×: room
  for a busy machine, while events built as icalendar objects again (about 500×) or any
  other per-event work of that order fail it at once.

Named calendar_core, not calendar: run.py's folder comes first on ``sys.path``, and a
``calendar.py`` there would stand in for the standard library's (``db.dates`` imports
``calendar.monthrange``).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from benchmarks.measures import _raw_window, median_ms
from db.calendar_ics import write_ics
from db.lifecycle import open_database
from db.reminders_defaults import DEFAULT_LEADS
from db.services.calendar import OVERDUE_DAYS, agenda
from db.services.due import due_between
from db.services.timeline import timeline

TODAY = date(2025, 6, 1)
AGENDA_DAYS = 180
YEAR = 2025
ICS_REPEATS = 3  # a file of a quarter of a million events takes seconds: fewer runs are enough

# name: (what, unit, goal, whether the goal bounds the value or the ratio)
# The agenda and the timeline are read off the GUI thread; their goals are ratios to the
# raw rows they are made of, read in the same run, since a shared machine's times swing
# by half: the agenda may cost three times its rows (the types, partners and groups), the
# timeline five times (each agreement's terms by the date rules, its chain, its partners).
GOALS = {
    "calendar_agenda": ("agenda: overdue and 180 days by week", "ms", 3.0, "ratio"),
    "calendar_timeline": ("timeline of a year, renewal chains as lanes", "ms", 5.0, "ratio"),
    "calendar_ics": (".ics export, default window, alarms", "ms", 50.0, "ratio"),
}


def measure(path: Path, repeats: int, log=print) -> dict[str, tuple[float, float | None, str]]:
    """name: (value, baseline, note) for each of :data:`GOALS`."""
    results: dict[str, tuple[float, float | None, str]] = {}
    with open_database(path, user="benchmark") as db, closing(sqlite3.connect(path)) as conn:
        due_between(db, TODAY, TODAY)  # builds the calendar index if it is not there yet
        groups = agenda(db, TODAY, AGENDA_DAYS, by="week")
        entries = sum(len(group.entries) for group in groups)
        first, last = TODAY - timedelta(days=OVERDUE_DAYS), TODAY + timedelta(days=AGENDA_DAYS)
        results["calendar_agenda"] = (
            median_ms(lambda: agenda(db, TODAY, AGENDA_DAYS, by="week"), repeats),
            median_ms(lambda: _raw_window(conn, first, last), repeats),
            f"{entries:,} entries in {len(groups)} groups; baseline: raw sqlite3 of the due_event rows "
            f"{first}..{last}")
        log(f"  calendar_agenda: {results['calendar_agenda'][0]:,.1f} ms ({entries:,} entries)")

        lanes = timeline(db, YEAR, today=TODAY)
        results["calendar_timeline"] = (
            median_ms(lambda: timeline(db, YEAR, today=TODAY), repeats),
            median_ms(lambda: _raw_agreements(conn), repeats),
            f"{YEAR}: {len(lanes):,} lanes, {sum(len(lane.bars) for lane in lanes):,} bars; baseline: raw "
            f"sqlite3 of every agreement's id, dates and renewed_from_id into tuples")
        log(f"  calendar_timeline: {results['calendar_timeline'][0]:,.1f} ms ({len(lanes):,} lanes)")

        with tempfile.TemporaryDirectory() as folder:
            target, plain = Path(folder) / "calendar.ics", Path(folder) / "plain.ics"
            runs = max(1, min(repeats, ICS_REPEATS))
            timings, events = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                events = write_ics(db, target, today=TODAY, lang="ja", leads=DEFAULT_LEADS)
                timings.append((time.perf_counter() - started) * 1000)
            value = statistics.median(timings)
            size = target.stat().st_size
            baseline = median_ms(lambda: _plain_events(plain, events), runs)
    per_event = value / events if events else 0.0
    results["calendar_ics"] = (
        value, baseline, f"{events:,} events, {per_event:.3f} ms an event, {size / 1e6:,.1f} MB; baseline: as many "
                         f"minimal VEVENTs from f-strings, written and synced")
    log(f"  calendar_ics: {value:,.0f} ms for {events:,} events ({per_event:.3f} ms each); plain {baseline:,.0f} ms")
    return results


def _raw_agreements(conn: sqlite3.Connection) -> list[tuple]:
    """The floor of the timeline: every agreement's dates and link, nothing worked out."""
    return conn.execute("SELECT id, signed_on, effective_on, expires_on, renewed_from_id FROM agreement"
                        " WHERE deleted_at IS NULL").fetchall()


def _plain_events(path: Path, count: int) -> None:
    """``count`` all-day events saying as little as a calendar accepts."""
    with open(path, "wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kakehashi//Benchmark//EN\r\n")
        for number in range(count):
            out.write(f"BEGIN:VEVENT\r\nUID:event-{number}@kakehashi\r\nDTSTAMP:20250601T000000Z\r\n"
                      f"DTSTART;VALUE=DATE:2025{number % 12 + 1:02d}{number % 28 + 1:02d}\r\n"
                      f"SUMMARY:Event {number}\r\nEND:VEVENT\r\n".encode())
        out.write(b"END:VCALENDAR\r\n")
        out.flush()
        os.fsync(out.fileno())
