"""File → Export Calendar…: the .ics written off the GUI thread with Preferences' lead times."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.calendar.export import export_calendar, leads_of
from desktop.preferences import EXPIRY_DAYS_KEY, RENEWAL_DAYS_KEY


def _box(name: str) -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_preferences_lead_times_become_the_cores(settings):
    assert leads_of(settings) == {"renewal_deadline": [90, 30], "expiry": [60], "activity": [7],
                                  "membership_end": []}
    settings.setValue(RENEWAL_DAYS_KEY, "30, 120")
    settings.setValue(EXPIRY_DAYS_KEY, 45)
    assert leads_of(settings) == {"renewal_deadline": [120, 30], "expiry": [45], "activity": [7],
                                  "membership_end": []}


def test_the_calendar_is_written_with_the_alarms_of_preferences_and_says_where(qtbot, demo_context, tmp_path):
    demo_context.settings.setValue(EXPIRY_DAYS_KEY, 45)
    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "kakehashi.ics"
    task = export_calendar(window, demo_context, str(path), today=date(2025, 6, 1))
    assert task is not None
    qtbot.waitUntil(lambda: _box("calendarExported") is not None, timeout=20_000)
    box = _box("calendarExported")
    assert str(path) in box.text()
    events = [e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    expiry = next(e for e in events if e.decoded("dtstart") == date(2025, 9, 17))
    assert "神奈川県" in str(expiry["summary"]) or "Kanagawa" in str(expiry["summary"])
    assert [str(a["trigger"].to_ical(), "ascii") for a in expiry.walk("VALARM")] == ["-P45D"]
    box.close()


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot, demo_context, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    blocked = tmp_path / "folder.ics"
    blocked.mkdir()
    export_calendar(window, demo_context, str(blocked), today=date(2025, 6, 1))
    qtbot.waitUntil(lambda: _box("calendarNotExported") is not None, timeout=20_000)
    box = _box("calendarNotExported")
    assert "folder.ics" in box.text() and "Traceback" not in box.text()
    box.close()
