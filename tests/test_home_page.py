"""Home: what needs attention, driven like a person (and the model read directly)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from db.services.agreements import AgreementData, create_agreement
from db.services.memberships import MembershipData, create_membership
from db.services.organisations import OrganisationData, create_organisation
from desktop.home.attention import DEADLINES, EXPIRED, EXPIRIES, MEMBERSHIPS, OVERDUE, gather
from desktop.home.model import DATE, GROUP_ROLE, ITEM_ROLE, TITLE, WHEN, AttentionModel
from desktop.home.page import HomePage


def _page(qtbot, context, today=None):
    page = HomePage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    if today is not None:
        with qtbot.waitSignal(page.refreshed, timeout=5000):
            pass
        with qtbot.waitSignal(page.refreshed, timeout=5000):
            page.refresh(today)
    else:
        qtbot.waitSignal(page.refreshed, timeout=5000).wait()
    return page


def _kanagawa_index(page):
    model = page.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            item = model.data(model.index(r, 0, group), ITEM_ROLE)
            if item.group == EXPIRED and item.who == "神奈川県":
                return model.index(r, 0, group)
    return None


def test_the_kanagawa_mou_expired_without_renewal_and_opens(qtbot, demo_context):
    page = _page(qtbot, demo_context, today=date(2026, 1, 10))
    assert page.stack.currentWidget() is page.view
    model = page.model
    groups = [model.data(model.index(g, 0), GROUP_ROLE) for g in range(model.rowCount())]
    assert EXPIRED in groups
    heading = model.data(model.index(groups.index(EXPIRED), 0))
    assert heading.startswith("Expired without renewal (")
    index = _kanagawa_index(page)
    assert index is not None
    row = index.row()
    parent = index.parent()
    assert model.data(model.index(row, DATE, parent)) == demo_context.format_date(date(2025, 9, 17))
    assert model.data(model.index(row, WHEN, parent)) == "115 days ago"
    kanagawa_id = model.data(index, ITEM_ROLE).record_id

    # Opening it, as a person does: select the line and press Enter (or double-click it).
    rect = page.view.visualRect(model.index(row, TITLE, parent))
    assert rect.isValid()
    with qtbot.waitSignal(page.open_record, timeout=2000) as opened:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["agreement", kanagawa_id]


def test_an_empty_database_welcomes_and_loads_the_demo_data(qtbot, context):
    page = _page(qtbot, context)
    assert page.is_showing_welcome()
    requested = []
    page.new_record_requested.connect(requested.append)
    qtbot.mouseClick(page.welcome.partner_button, Qt.MouseButton.LeftButton)
    assert requested == ["organisation"]

    with qtbot.waitSignal(page.refreshed, timeout=15000):
        qtbot.mouseClick(page.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.view, timeout=5000)
    assert _kanagawa_index(page) is not None
    assert page.model.rowCount() >= 1


def test_upcoming_deadlines_expiries_and_membership_ends(qtbot, context):
    db = context.db
    org = create_organisation(db, OrganisationData(kind="prefecture", name_ja="神奈川県")).record
    mou = create_agreement(db, AgreementData(title="神奈川県MOU", signed_on=date(2020, 9, 18), term_years=5,
                                             notice_months=3, party_ids=[org.id])).record
    member = create_membership(db, MembershipData(organisation_id=org.id, starts_on=date(2024, 4, 1),
                                                  ends_on=date(2025, 7, 31))).record
    found = gather(db, date(2025, 6, 1))
    assert [(i.group, i.record_id, i.on) for items in found.groups.values() for i in items] == [
        (DEADLINES, mou.id, date(2025, 6, 17)), (MEMBERSHIPS, member.id, date(2025, 7, 31))]
    found = gather(db, date(2025, 7, 1))
    assert [(i.group, i.on) for items in found.groups.values() for i in items] == [
        (OVERDUE, date(2025, 6, 17)), (EXPIRIES, date(2025, 9, 17)), (MEMBERSHIPS, date(2025, 7, 31))]

    # A membership opens in its organisation's form.
    page = _page(qtbot, context, today=date(2025, 6, 1))
    index = page.model.item_index("membership", member.id)
    assert page.model.data(page.model.index(index.row(), TITLE, index.parent())) == "Regular member"
    page.view.setCurrentIndex(index)
    page.view.setFocus()
    with qtbot.waitSignal(page.open_record, timeout=2000) as opened:
        QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == ["organisation", org.id]


def test_nothing_due_says_so(qtbot, context):
    create_organisation(context.db, OrganisationData(kind="company", name_en="Bio Inc.", country="US"))
    page = _page(qtbot, context)
    assert page.stack.currentWidget() is page.message
    assert "Nothing needs attention" in page.message.text()


def test_a_change_refreshes(qtbot, context):
    org = create_organisation(context.db, OrganisationData(kind="company", name_en="Bio Inc.", country="US")).record
    page = _page(qtbot, context)
    today = date.today()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        saved = create_agreement(context.db, AgreementData(
            title="NDA", kind="nda", effective_on=today.replace(year=today.year - 1), term_years=1,
            party_ids=[org.id])).record
        context.changed("agreement", saved.id)
    assert page.model.item_index("agreement", saved.id).isValid()


def test_dates_follow_the_users_style(qtbot, demo_context):
    page = _page(qtbot, demo_context, today=date(2026, 1, 10))
    demo_context.set_date_style("era")
    index = _kanagawa_index(page)
    assert page.model.data(page.model.index(index.row(), DATE, index.parent())) == "令和7年9月17日"
    assert "令和8年1月10日" in page.subtitle.text()


def test_model(qtbot, demo_context):
    model = AttentionModel(demo_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_attention(gather(demo_context.db, date(2026, 1, 10)))
    assert model.rowCount() >= 1
    group = model.index(0, 0)
    assert model.rowCount(group) >= 1 and model.parent(model.index(0, 2, group)) == group
    model.set_attention(gather(demo_context.db, date(2025, 6, 1)))
    model.retranslate()


def test_it_looks_as_far_ahead_as_the_longest_reminder(qtbot, context):
    page = _page(qtbot, context)
    assert page.days == 90  # Preferences' defaults: renewals 90 and 30 days ahead, expiries 60
    context.settings.setValue("reminders/renewal_days", "120,30")
    assert page.days == 120
    context.settings.setValue("home/days", 30)
    assert page.days == 30


def test_long_groups_say_how_many_there_are_in_all(qtbot, context):
    from desktop.home.model import heading

    assert heading(EXPIRED, 50, 2639, context.locale().toString) == \
        "Expired without renewal (2,639; the latest 50 shown)"
    assert heading(DEADLINES, 3) == "Renewal decision deadlines (3)"


def test_the_day_turning_refreshes(qtbot, demo_context):
    page = _page(qtbot, demo_context, today=date(2025, 9, 17))
    assert _kanagawa_index(page) is None  # it expires today: not yet lapsed
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page._check_day()  # the minute's check finds another day than the one shown
    assert page.attention.today == date.today() and _kanagawa_index(page) is not None
