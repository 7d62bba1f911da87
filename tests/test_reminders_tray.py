"""The tray's daily message: what it names, once a day at most, and nothing broken without a tray."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from db.services.agreements import AgreementData, create_agreement
from db.services.organisations import OrganisationData, create_organisation
from db.services.reminders import due_reminders, mark_done
from desktop.calendar.export import leads_of
from desktop.reminders_tray import NOTIFIED_KEY, SHOWN_ITEMS, RemindersTray, message, take_notice, to_notify

DAY = date(2025, 8, 1)  # the Kanagawa MOU expires 47 days later, inside the 60-day lead


def _due(context, today=DAY, leads=None):
    return due_reminders(context.db, today, leads or leads_of(context.settings))


def test_the_message_names_the_kanagawa_expiry(demo_context):
    due = _due(demo_context)
    chosen = to_notify(due, DAY, None)
    assert [r.item.who for r in chosen] == ["神奈川県"]
    title, text = message(chosen)
    assert title == "Kakehashi: 1 reminder is due"
    assert text.startswith("神奈川県: Expiry (In 47 days) – ")
    assert "MOU" in text


def test_only_the_first_few_are_named_and_the_rest_counted(demo_context):
    db = demo_context.db
    org = create_organisation(db, OrganisationData(kind="university", name_ja="横浜大学")).record
    for n in range(4):  # four more agreements expiring in the coming weeks
        create_agreement(db, AgreementData(title=f"協定{n}", effective_on=date(2024, 8, 10 + n), term_years=1,
                                           party_ids=[org.id]))
    due = _due(demo_context)
    assert len(due) == 5
    title, text = message(to_notify(due, DAY, None))
    assert title == f"Kakehashi: {len(due)} reminders are due"
    lines = text.splitlines()
    assert len(lines) == SHOWN_ITEMS + 1
    assert lines[-1] == f"and {len(due) - SHOWN_ITEMS} more on Home"
    assert lines[0].startswith(due[0].item.who)  # soonest first, as the core listed them


def test_not_twice_on_the_same_day_even_after_a_restart(demo_context, tmp_path):
    settings = demo_context.settings
    due = _due(demo_context)
    assert take_notice(settings, due, DAY) is not None
    assert settings.value(NOTIFIED_KEY) == "2025-08-01"
    assert take_notice(settings, due, DAY) is None
    settings.sync()
    restarted = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert take_notice(restarted, due, DAY) is None
    # The next day it says them again (they are still due).
    assert take_notice(restarted, _due(demo_context, date(2025, 8, 2)), date(2025, 8, 2)) is not None


def test_nothing_due_is_not_said_and_not_remembered(demo_context):
    settings = demo_context.settings
    mark_done(demo_context.db, _due(demo_context)[0].key)
    due = _due(demo_context)
    assert due == []
    assert take_notice(settings, due, DAY) is None
    assert settings.value(NOTIFIED_KEY) is None  # a reminder due later today may still be said


def test_without_a_system_tray_nothing_breaks(qtbot, demo_context):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # the headless test platform has none
    window = QWidget()
    qtbot.addWidget(window)
    shown = []
    tray = RemindersTray(window, demo_context, lambda: shown.append(True))
    assert tray.icon is None
    assert tray.check(DAY) is False
    assert demo_context.settings.value(NOTIFIED_KEY) is None
    assert shown == []


def test_the_main_window_makes_its_tray_once_shown(qtbot, demo_context):
    from desktop.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    assert window.reminders_tray is None
    window.show()
    qtbot.waitExposed(window)
    tray = window.reminders_tray
    assert isinstance(tray, RemindersTray)
    window.hide()
    window.show()
    assert window.reminders_tray is tray  # one tray per window, however often it shows
    window.show_page("partners")
    window.show_home()  # what clicking the message does
    assert window.current_key() == "home"
