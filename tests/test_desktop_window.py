"""The main window over a real database: its navigation, record windows, undo of a delete,
and the launcher that starts it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.services.contacts import ContactData, create_contact
from db.services.organisations import OrganisationData, create_organisation, delete_organisation, get_organisation
from desktop.main_window import MainWindow
from desktop.widgets.record_form import RecordForm


@pytest.fixture
def window(qtbot, demo_context):
    win = MainWindow(demo_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for form in win.open_forms():
        form.setWindowModified(False)
    win.close_forms()


def _activate(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_the_window_shows_its_navigation_and_pages(window, qtbot):
    assert window.windowTitle() == "Kakehashi — kakehashi.sqlite3"
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["Home", "Partners", "Agreements", "Activities", "Calendar", "Import/Export", "Trash"]
    assert window.navigation.accessibleName() == "Sections"
    assert window.toolbar.accessibleName() == "Main toolbar"
    assert window.stack.currentWidget().objectName() == "page_home"
    assert type(window.current_page()).__name__ == "HomePage"

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "partners"
    assert type(window.current_page()).__name__ == "PartnersPage"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "trash"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert type(window.current_page()).__name__ == "CalendarPage"
    # The navigation list is a keyboard stop of its own: arrows move between pages.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_key() == "activities"
    assert window.context.settings.value("window/page") == "activities"


def test_the_page_and_geometry_are_remembered(window, qtbot, demo_context):
    window.show_page("agreements")
    window.resize(window.minimumSizeHint().width() + 40, 560)
    size = window.size()
    window.close()
    again = MainWindow(demo_context)
    qtbot.addWidget(again)
    assert again.current_key() == "agreements"
    assert again.size() == size


def test_open_record_opens_a_form_and_raises_it_when_open(window, qtbot):
    org_id = create_organisation(window.context.db, OrganisationData(name_ja="架け橋テスト大学",
                                                                     kind="university")).record.id
    form = window.open_record("organisation", org_id)
    assert isinstance(form, RecordForm) and type(form).__name__ == "PartnerForm"
    qtbot.waitExposed(form)
    assert form.record_id == org_id and form.isVisible()
    window.activateWindow()
    assert window.open_record("organisation", org_id) is form  # not a second window
    assert len(window.open_forms()) == 1

    contact_id = create_contact(window.context.db, ContactData(organisation_id=org_id,
                                                               family_name="山田")).record.id
    assert window.open_record("contact", contact_id) is form  # a contact opens its organisation

    form.close()
    qtbot.waitUntil(lambda: window.open_forms() == [])
    assert window.open_record("organisation", org_id) is not form


def test_pages_open_records_through_the_window(window, qtbot):
    page = window.show_page("partners")
    org_id = get_organisation(window.context.db, 1).id
    page.open_record.emit("organisation", org_id)
    assert [f.record_id for f in window.open_forms()] == [org_id]
    page.open_record.emit("agreement", 0)  # a list's "new": an empty form
    assert any(type(f).__name__ == "AgreementForm" and f.record_id is None for f in window.open_forms())


def test_ctrl_z_after_a_delete_puts_the_record_back(window, qtbot):
    context = window.context
    org_id = create_organisation(context.db, OrganisationData(name_ja="消される組織", kind="company")).record.id
    assert not window.menus.undo.isEnabled()
    delete_organisation(context.db, org_id)
    context.deleted("organisation", org_id, "消される組織")
    assert window.menus.undo.isEnabled()
    assert "消される組織" in window.menus.undo.text()

    window.show_page("home")
    _activate(qtbot, window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_organisation(context.db, org_id).deleted_at is None
    assert not window.menus.undo.isEnabled()


def test_find_goes_to_the_search_box_of_the_page(window, qtbot):
    page = window.show_page("partners")
    _activate(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_box


def test_print_sheet_needs_a_partner(window, qtbot):
    window.show_page("home")
    window.menus.file_menu.aboutToShow.emit()
    assert not window.menus.print_sheet.isEnabled()
    form = window.open_record("organisation", 1)
    qtbot.waitExposed(form)
    window.menus.file_menu.aboutToShow.emit()
    assert window.menus.print_sheet.isEnabled()


def test_storage_warnings_are_shown_in_a_banner(window):
    from db.errors import Notice
    from db.storage import CLOUD

    window.show_notices([Notice("Warnings", CLOUD, path="/x/Dropbox/k.sqlite3", service="Dropbox")])
    assert window.banner.isVisible()
    assert "Dropbox" in window.banner.label.text()
    window.banner.close_button.click()
    assert not window.banner.isVisible()


# ------------------------------------------------------------------ the launcher


def test_a_command_still_runs_the_command_line_without_qt(tmp_path):
    import subprocess

    path = tmp_path / "cli.sqlite3"
    code = ("import sys; from desktop.launcher import main; rc = main(['--db', sys.argv[1], 'partners']); "
            "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'desktop.app'))]; "
            "print('QT', loaded); sys.exit(rc)")
    from db.lifecycle import open_database
    from db.demo.seed import load_seed

    with open_database(path) as db:
        load_seed(db)
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "神奈川県" in result.stdout
    assert "QT []" in result.stdout


def test_only_window_options_start_the_window():
    from desktop.launcher import WindowOptions, window_options

    assert window_options([]) == WindowOptions()
    assert window_options(["--db", "x.sqlite3", "--lang=ja", "--read-only"]) == WindowOptions("x.sqlite3", "ja", True)
    assert window_options(["partners"]) is None
    assert window_options(["--db", "x.sqlite3", "partners"]) is None
    assert window_options(["--help"]) is None and window_options(["--version"]) is None
    assert window_options(["--db"]) is None


def test_without_a_command_the_window_is_built(qapp, qtbot, tmp_path, settings):
    from desktop.app import build_window

    path = tmp_path / "window.sqlite3"
    win = build_window(["--db", str(path), "--lang", "en"], settings)
    qtbot.addWidget(win)
    assert isinstance(win, MainWindow) and win.isVisible()
    assert win.context.db.location.path == path and path.exists()
    assert win.windowTitle() == "Kakehashi — window.sqlite3"
    assert settings.value("database/last") == str(path)
    assert win.shell.guard is not None and win.shell.guard.listening
    win.shell.guard.close()
    win.close()
    win.context.db.close()


def test_ctrl_k_opens_quick_open_and_its_choice_opens_the_record(window, qtbot):
    from desktop.quick_open import QuickOpenDialog

    _activate(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickOpenDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.open_record.emit("organisation", 1)
    assert [f.record_id for f in window.open_forms()] == [1]


def test_with_no_argument_at_all_the_default_database_opens(qapp, qtbot, settings):
    from db.location import DEFAULT_FILE, app_data_dir
    from desktop import i18n
    from desktop.app import build_window

    settings.setValue("preferences/language", "en")
    win = build_window([], settings)
    qtbot.addWidget(win)
    try:
        assert win.context.db.location.path == app_data_dir() / DEFAULT_FILE
        assert [win.navigation.item(i).text() for i in range(5)][0] == "Home"
        assert i18n.current_language() == "en"
    finally:
        win.shell.guard.close()
        win.close()
        win.context.db.close()


def test_contacts_and_memberships_belong_to_their_organisation(db):
    from datetime import date

    from db.errors import NotFound
    from db.services.contacts import delete_contact
    from db.services.memberships import MembershipData, create_membership
    from db.services.record_owner import owning_organisation

    org_id = create_organisation(db, OrganisationData(name_en="Owner University", kind="university")).record.id
    contact_id = create_contact(db, ContactData(organisation_id=org_id, family_name="Sato")).record.id
    membership_id = create_membership(db, MembershipData(organisation_id=org_id, starts_on=date(2024, 4, 1))).record.id
    assert owning_organisation(db, "contact", contact_id) == org_id
    assert owning_organisation(db, "membership", membership_id) == org_id
    delete_contact(db, contact_id)
    assert owning_organisation(db, "contact", contact_id) == org_id  # from the trash too
    with pytest.raises(NotFound):
        owning_organisation(db, "contact", 9999)
