"""Preferences: the language switched without a restart, date display, reminder lead
times, and the database's backups and restore through the real services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.backup import list_backups
from db.services.organisations import OrganisationData, create_organisation, get_organisation
from desktop.main_window import MainWindow
from desktop.preferences import PreferencesDialog, reminder_days


@pytest.fixture
def window(qtbot, demo_context):
    win = MainWindow(demo_context)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def dialog(qtbot, window):
    prefs = PreferencesDialog(window.context, window.database_actions, window)
    qtbot.addWidget(prefs)
    prefs.show()
    return prefs


def _choose(combo, data):
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))


def _texts(window):
    return ([window.navigation.item(i).text() for i in range(window.navigation.count())],
            [m.title() for m in (window.menus.file_menu, window.menus.edit_menu, window.menus.go_menu,
                                 window.menus.help_menu)])


def test_switching_language_changes_the_window_and_back(window, dialog, qtbot):
    assert window.windowTitle().startswith("Kakehashi — ")
    _choose(dialog.language, "ja")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("架け橋 — "))
    navigation, menus = _texts(window)
    assert navigation == ["ホーム", "連携先", "協定", "活動", "カレンダー", "取り込み・書き出し", "ごみ箱"]
    assert menus == ["ファイル(&F)", "編集(&E)", "移動(&G)", "ヘルプ(&H)"]
    assert window.menus.preferences.text() == "環境設定(&P)…"
    assert dialog.windowTitle() == "環境設定"
    assert window.context.lang == "ja"
    assert window.context.settings.value("preferences/language") == "ja"

    _choose(dialog.language, "en")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Kakehashi — "))
    navigation, menus = _texts(window)
    assert navigation == ["Home", "Partners", "Agreements", "Activities", "Calendar", "Import/Export", "Trash"]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    assert window.context.lang == "en"


def test_the_date_display_follows_the_choice(window, dialog):
    from datetime import date

    assert "Western calendar" in dialog.date_style.itemText(0)
    _choose(dialog.date_style, "era")
    assert window.context.date_style == "era"
    assert window.context.format_date(date(2020, 9, 18)) == "令和2年9月18日"
    _choose(dialog.date_style, "western")
    assert window.context.settings.value("preferences/date_style") == "western"


def test_reminder_lead_times_are_kept(window, dialog, qtbot):
    settings = window.context.settings
    assert reminder_days(settings) == {"renewal_days": [90, 30], "expiry_days": 60, "activity_days": 7,
                                       "membership_days": 0}
    dialog.renewal_days.selectAll()
    qtbot.keyClicks(dialog.renewal_days, "30, 120,x60")  # the letter is refused as typed
    qtbot.keyClick(dialog.renewal_days, Qt.Key.Key_Return)
    assert dialog.renewal_days.text() == "120,60,30"
    dialog.expiry_days.setFocus()
    dialog.expiry_days.selectAll()
    qtbot.keyClicks(dialog.expiry_days, "45")
    dialog.activity_days.setValue(14)
    assert settings.value("reminders/renewal_days") == "120,60,30"
    assert reminder_days(settings) == {"renewal_days": [120, 60, 30], "expiry_days": 45, "activity_days": 14,
                                       "membership_days": 0}


def test_membership_ends_are_reminded_of_once_a_lead_time_is_set(window, dialog, qtbot):
    from datetime import date

    from db.services.memberships import MembershipData, create_membership
    from db.services.organisations import OrganisationData, create_organisation
    from db.services.reminders import due_reminders
    from desktop.calendar.export import leads_of

    settings = window.context.settings
    db = window.context.db
    org = create_organisation(db, OrganisationData(kind="university", name_ja="会員大学")).record
    create_membership(db, MembershipData(organisation_id=org.id, tier="regular", starts_on=date(2025, 4, 1),
                                         ends_on=date(2026, 3, 31)))
    assert dialog.membership_days.text() == "No reminder"  # 0, the default: not reminded of
    assert leads_of(settings)["membership_end"] == []

    def memberships():
        return [r for r in due_reminders(db, date(2026, 3, 1), leads_of(settings)) if r.item.entity == "membership"]

    assert memberships() == []
    dialog.membership_days.setValue(60)
    assert leads_of(settings)["membership_end"] == [60]
    [reminder] = memberships()
    assert (reminder.item.kind.value, reminder.days_left, reminder.item.who) == ("membership_end", 30, "会員大学")


def _close_message(qtbot, name):
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name)
    text = box.text()
    box.close()
    return text


def test_back_up_now_from_preferences(window, dialog, qtbot):
    location = window.context.db.location
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_backups(location)) == 1, timeout=10_000)
    assert list_backups(location)[0].reason == "manual"
    assert str(location.backups_dir) in _close_message(qtbot, "backedUp")


def test_the_automatic_backup_is_taken_once_a_day(window, qtbot):
    actions = window.database_actions
    with qtbot.waitSignal(actions.backed_up, timeout=10_000):
        assert actions.auto_backup_if_due() is not None
    assert [b.reason for b in list_backups(window.context.db.location)] == ["auto"]
    assert actions.auto_backup_if_due() is None  # not due again today


def test_restore_puts_the_backup_back_and_asks_to_reopen(window, qtbot):
    from db.backup import take_backup

    context = window.context
    backup = take_backup(context.db.location, reason="manual")
    org_id = create_organisation(context.db, OrganisationData(name_ja="後で消える組織", kind="company")).record.id
    with qtbot.waitSignal(window.database_switch_requested, timeout=10_000) as reopened:
        window.database_actions.restore_from(backup.path)
    assert reopened.args == [str(context.db.location.path), False]
    with pytest.raises(Exception):
        get_organisation(context.db, org_id)
    assert [b.reason for b in list_backups(context.db.location)].count("before-restore") == 1
