"""Home's "Due soon" panel on the demo data, driven like a person: the Kanagawa MOU expires
on 2025-09-17, so on 2025-08-01 its 60-day expiry reminder is due, 47 days ahead."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop import i18n
from desktop.home.due_soon import DueSoonPanel
from desktop.home.due_soon_model import DATE, KIND, REMINDER_ROLE, STATE, TITLE, WHEN, WHO
from desktop.home.page import HomePage
from desktop.preferences import EXPIRY_DAYS_KEY, PreferencesDialog

DAY = date(2025, 8, 1)
KANAGAWA = "神奈川県"


def _panel(qtbot, context, today=DAY):
    panel = DueSoonPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1000, 360)
    panel.show()
    _refresh(qtbot, panel, today)
    return panel


def _refresh(qtbot, panel, today=DAY):
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.refresh(today)


def _row(panel, who=KANAGAWA):
    model = panel.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, WHO)) == who:
            return row
    return -1


def _select(qtbot, panel, row):
    rect = panel.view.visualRect(panel.model.index(row, TITLE))
    assert rect.isValid()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected() is panel.model.reminders[row]


def _answered(qtbot, panel, act):
    """Do something that answers a reminder; the panel reads the reminders again after it."""
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        act()


def test_the_kanagawa_expiry_is_due_with_its_days_left(qtbot, demo_context):
    panel = _panel(qtbot, demo_context)
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert panel.stack.currentWidget() is panel.view
    row = _row(panel)
    assert row >= 0
    model = panel.model
    assert model.data(model.index(row, KIND)) == "Expiry"
    assert model.data(model.index(row, DATE)) == demo_context.format_date(date(2025, 9, 17))
    assert model.data(model.index(row, WHEN)) == "In 47 days"
    assert "MOU" in model.data(model.index(row, TITLE))
    assert panel.heading.text() == f"Due soon ({model.rowCount()})"
    assert panel.view.isColumnHidden(STATE)


def test_done_removes_it_for_good_and_reopen_brings_it_back(qtbot, demo_context):
    panel = _panel(qtbot, demo_context)
    _select(qtbot, panel, _row(panel))
    assert panel.done_button.isEnabled()
    _answered(qtbot, panel, lambda: qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton))
    assert _row(panel) == -1
    assert panel.stack.currentWidget() is panel.empty  # it was the only one on that day
    assert "Edit → Preferences" in panel.empty.text.text()

    # A new panel over the same database (as after a restart) does not show it either.
    again = _panel(qtbot, demo_context)
    assert _row(again) == -1

    # Shown with the done and snoozed ones, it can be reopened.
    _answered(qtbot, again, lambda: again.show_hidden.click())
    assert not again.view.isColumnHidden(STATE)
    row = _row(again)
    assert again.model.data(again.model.index(row, STATE)) == "Done"
    assert again.reopen_button.isVisible()
    _select(qtbot, again, row)
    assert not again.done_button.isEnabled()
    _answered(qtbot, again, lambda: qtbot.mouseClick(again.reopen_button, Qt.MouseButton.LeftButton))
    assert again.model.data(again.model.index(_row(again), STATE)) == "Due"
    _answered(qtbot, again, lambda: again.show_hidden.click())
    assert _row(again) >= 0
    assert _row(_panel(qtbot, demo_context)) >= 0


def test_snooze_hides_it_until_the_day(qtbot, demo_context):
    panel = _panel(qtbot, demo_context)
    _select(qtbot, panel, _row(panel))
    week = panel.snooze_menu.actions()[1]
    assert week is panel.week_action and week.isEnabled()
    _answered(qtbot, panel, week.trigger)  # the Snooze button's menu: "For a Week"
    assert _row(panel) == -1
    _refresh(qtbot, panel, date(2025, 8, 7))
    assert _row(panel) == -1
    _refresh(qtbot, panel, date(2025, 8, 8))  # the week is over: due again, 40 days ahead
    row = _row(panel)
    assert row >= 0
    assert panel.model.data(panel.model.index(row, WHEN)) == "In 40 days"

    _select(qtbot, panel, row)
    _answered(qtbot, panel, panel.day_action.trigger)
    _answered(qtbot, panel, lambda: panel.show_hidden.setChecked(True))
    row = _row(panel)
    assert panel.model.data(panel.model.index(row, STATE)) == \
        "Snoozed until " + demo_context.format_date(date(2025, 8, 9))


def test_double_click_and_enter_open_the_agreement(qtbot, demo_context):
    panel = _panel(qtbot, demo_context)
    row = _row(panel)
    agreement_id = panel.model.data(panel.model.index(row, 0), REMINDER_ROLE).item.entity_id
    rect = panel.view.visualRect(panel.model.index(row, TITLE))
    with qtbot.waitSignal(panel.open_record, timeout=2000) as opened:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["agreement", agreement_id]
    panel.view.setFocus()
    with qtbot.waitSignal(panel.open_record, timeout=2000) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == ["agreement", agreement_id]


def test_nothing_due_says_where_the_lead_times_are_set(qtbot, demo_context):
    panel = _panel(qtbot, demo_context, today=date(2025, 6, 1))  # 108 days before: beyond the 60-day lead
    assert _row(panel) == -1
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.heading.text() == "Nothing has reached its reminder time"
    assert panel.heading.text() == "Due soon"
    assert not panel.answers.isVisible()  # no Done or Snooze without a line to answer


def test_the_language_switch_retranslates(qtbot, qapp, demo_context):
    panel = _panel(qtbot, demo_context)
    row = _row(panel)
    english_date = panel.model.data(panel.model.index(row, DATE))
    panel.heading.setText("")
    panel.show_hidden.setText("")
    i18n.switch_language(qapp, "ja")
    demo_context.set_language("ja")
    # The panel says its texts again (on Qt's LanguageChange event), in the catalogue's words.
    qtbot.waitUntil(lambda: panel.heading.text() != "", timeout=2000)
    assert panel.heading.text() == QCoreApplication.translate("DueSoonPanel", "Due soon ({count})").format(count=1)
    assert panel.show_hidden.text() == QCoreApplication.translate("DueSoonPanel", "Show done and snoozed")
    assert panel.model.data(panel.model.index(row, KIND)) == "期間満了日"  # the catalogue's name of the kind
    assert panel.model.data(panel.model.index(row, DATE)) != english_date
    assert panel.model.data(panel.model.index(row, DATE)) == demo_context.format_date(date(2025, 9, 17))
    i18n.switch_language(qapp, "en")
    demo_context.set_language("en")
    assert panel.model.data(panel.model.index(row, KIND)) == "Expiry"
    qtbot.waitUntil(lambda: panel.show_hidden.text() == "Show done and snoozed", timeout=2000)  # posted by Qt


def test_home_shows_the_panel_and_follows_the_lead_times(qtbot, demo_context):
    page = HomePage(demo_context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    panel = page.due_soon
    qtbot.waitSignal(panel.refreshed, timeout=10000).wait()
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        page.refresh(DAY)
    assert panel.isVisible() and _row(panel) >= 0
    opened = []
    page.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(_row(panel), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "agreement"

    # A 30-day expiry lead, set in Preferences, leaves nothing due 47 days ahead.
    dialog = PreferencesDialog(demo_context, parent=page)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        dialog.expiry_days.setValue(30)
    assert demo_context.settings.value(EXPIRY_DAYS_KEY) in (30, "30")
    # The page refreshes with the real day; ask again for the test's day.
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        page.refresh(DAY)
    assert _row(panel) == -1


def test_a_record_change_refreshes_the_panel(qtbot, demo_context):
    from datetime import timedelta

    from db.services.agreements import AgreementData, create_agreement
    from db.services.organisations import OrganisationData, create_organisation

    page = HomePage(demo_context)
    qtbot.addWidget(page)
    page.show()
    panel = page.due_soon
    qtbot.waitSignal(panel.refreshed, timeout=10000).wait()
    db = demo_context.db
    org = create_organisation(db, OrganisationData(kind="university", name_ja="横浜大学")).record
    # A one-year agreement that ends ten days from the real today: its expiry reminder is due.
    starts = date.today() + timedelta(days=10)
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        saved = create_agreement(db, AgreementData(
            title="学術交流協定", effective_on=starts - timedelta(days=365), term_years=1, party_ids=[org.id])).record
        demo_context.changed("agreement", saved.id)
    row = _row(panel, "横浜大学")
    assert row >= 0
    assert panel.model.data(panel.model.index(row, WHEN)).startswith("In ")
