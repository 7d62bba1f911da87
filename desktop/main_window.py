"""The main window: navigation beside the pages, the menus, and the record windows it opens.

Pages and forms are registered in :mod:`desktop.pages`; each page is built the first
time it is shown.  Every page's ``open_record(kind, id)`` signal ends in
:meth:`MainWindow.open_record`, which opens the record's form window — or brings it
forward when it is open already.  The window remembers its size, place and page in
the QSettings group ``window``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QStackedWidget, QToolBar, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.faults import READ_ONLY_WARNING
from desktop import i18n, pages
from desktop.context import AppContext
from desktop.database_actions import DatabaseActions
from desktop.banner import WarningBanner
from desktop.menus import MainMenus
from desktop.widgets.record_form import RecordForm
from desktop.widgets.retranslating import Retranslating

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PAGE_KEY = "window/page"


class MainWindow(Retranslating, QMainWindow):
    """The application's window over one open database (its ``AppContext``)."""

    # Another database was chosen (File → Open database…, a restore): the application
    # opens it, with a new window, and closes this one.  (path, read_only)
    database_switch_requested = Signal(str, bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self._pages: dict[str, QWidget] = {}
        self._forms: dict[tuple[str, int], RecordForm] = {}
        self._new_forms: list[RecordForm] = []
        self._notices: list = []
        self._last_partner_id: int | None = None
        self.reminders_tray = None  # made once the window shows (desktop/reminders_tray.py)
        self.database_actions = DatabaseActions(self, context, before_replace=self.close_forms)
        self.database_actions.switch_requested.connect(self.database_switch_requested)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setFixedWidth(190)
        self.navigation.setStyleSheet("#navigation::item { padding: 7px 12px; }")
        for spec in pages.PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.banner = WarningBanner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.navigation, self.stack)

        self.menus = MainMenus(self, pages.page_keys())
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.menus.new_partner, self.menus.new_agreement, self.menus.new_activity,
                    self.menus.quick_open):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)
        self.status_label = QLabel()
        self.status_label.setObjectName("databaseLocation")
        self.statusBar().addPermanentWidget(self.status_label)
        self._connect_actions()

        self.navigation.currentRowChanged.connect(self._show_row)
        context.undo_changed.connect(self._update_undo)
        self.retranslate()
        self._restore_state()

    # ------------------------------------------------------------------ pages

    def page(self, key: str) -> QWidget:
        """The page ``key`` (built now if it was not yet)."""
        if key not in self._pages:
            widget = self._build_page(pages.spec_of(key))
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _build_page(self, spec: pages.PageSpec) -> QWidget:
        widget = pages.build_page(spec, self.context)
        widget.setObjectName(f"page_{spec.key}")
        _connect(widget, "open_record", self.open_record)
        _connect(widget, "new_record_requested", self.new_record)
        return widget

    def show_page(self, key: str) -> QWidget:
        """Switch to the page ``key``; returns it."""
        row = pages.page_keys().index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # → _show_row
        return self.page(key)

    def current_key(self) -> str:
        row = max(self.navigation.currentRow(), 0)
        return pages.page_keys()[row]

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = pages.page_keys()[row]
        self.stack.setCurrentWidget(self.page(key))
        self.context.settings.setValue(PAGE_KEY, key)
        self._update_page_actions()
        self._update_file_menu()

    def _update_page_actions(self) -> None:
        page = self._pages.get(self.current_key())
        self.menus.find.setEnabled(hasattr(page, "focus_search"))
        self.menus.delete.setEnabled(hasattr(page, "delete_selected"))

    # ------------------------------------------------------------------ records

    def open_record(self, kind: str, record_id: int) -> RecordForm | None:
        """Open the record's form window, or bring it forward if it is open; contacts and
        memberships open their organisation's form; id 0 opens a new record's form.
        Returns the form (None if it cannot be opened)."""
        if not record_id:
            return self.new_record(kind)
        try:
            if kind in pages.OWNED_BY_ORGANISATION:
                kind, record_id = "organisation", pages.owner_of(self.context, kind, record_id)
            form = self._forms.get((kind, record_id))
            if form is not None:
                bring_forward(form)
                return form
            form = pages.form_class(kind)(self.context, record_id)
        except KakehashiError as exc:  # deleted meanwhile, the database busy…
            QMessageBox.warning(self, self.tr("Cannot open the record"), self.context.error_text(exc))
            return None
        self._forms[(kind, record_id)] = form
        self._track(form)
        return form

    def new_record(self, kind: str, **preset) -> RecordForm:
        """A form window for a new record of ``kind`` (keyword arguments preset its fields)."""
        form = pages.form_class(kind)(self.context, None, **preset)
        self._new_forms.append(form)
        form.saved.connect(lambda _result, f=form: self._first_save(f))
        self._track(form)
        return form

    def _track(self, form: RecordForm) -> None:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _connect(form, "open_record", self.open_record)
        _connect(form, "new_agreement", lambda org_id: self.new_record("agreement", organisation_id=org_id))
        _connect(form, "renewal_opened", self._adopt)
        form.destroyed.connect(lambda _obj=None, f=form: self._forget(f))
        if form.kind == "organisation" and form.record_id:
            self._last_partner_id = form.record_id
        form.show()
        bring_forward(form)

    def _adopt(self, form: RecordForm) -> None:
        """A new record's window another window opened (an agreement's renewal)."""
        if form not in self._new_forms:
            self._new_forms.append(form)
            form.saved.connect(lambda _result, f=form: self._first_save(f))
            form.destroyed.connect(lambda _obj=None, f=form: self._forget(f))

    def _first_save(self, form: RecordForm) -> None:
        if form in self._new_forms and form.record_id:
            self._new_forms.remove(form)
            self._forms[(form.kind, form.record_id)] = form

    def _forget(self, form: RecordForm) -> None:
        self._forms = {key: f for key, f in self._forms.items() if f is not form}
        if form in self._new_forms:
            self._new_forms.remove(form)

    def open_forms(self) -> list[RecordForm]:
        return [*self._forms.values(), *self._new_forms]

    def close_forms(self) -> bool:
        """Close every record window; False when one stayed open (its changes not given up)."""
        for form in list(self.open_forms()):
            if not form.close():
                bring_forward(form)
                return False
        return True

    def current_partner_id(self) -> int | None:
        """The partner the person is looking at: the active partner window, else the one
        selected in the Partners page, else the last partner window still open."""
        active = QApplication.activeWindow()
        if isinstance(active, RecordForm) and active.kind == "organisation" and active.record_id:
            return active.record_id
        page = self._pages.get("partners")
        if self.current_key() == "partners" and hasattr(page, "current_id"):
            selected = page.current_id()
            if selected:
                return selected
        if ("organisation", self._last_partner_id) in self._forms:
            return self._last_partner_id
        return None

    # ------------------------------------------------------------------ banner, title

    def show_notices(self, notices: list) -> None:
        """Warnings from opening the database (``db.warnings``: network or cloud folders,
        read-only), shown above the pages until closed."""
        self._notices = list(notices)
        self._show_notices()

    def _show_notices(self) -> None:
        lines = [i18n.tr_warning(n.message, n.params) if hasattr(n, "message") else str(n) for n in self._notices]
        if self.context.db.read_only and not any(getattr(n, "message", "") == READ_ONLY_WARNING
                                                 for n in self._notices):
            lines.append(self.tr("This database is open read-only: you can look things up, but not change them."))
        self.banner.set_lines(lines)

    def database_name(self) -> str:
        location = self.context.db.location
        return location.path.name if location.path is not None else str(location)

    def retranslate(self) -> None:
        title = self.tr("Kakehashi") + " — " + self.database_name()
        if self.context.db.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)
        self.menus.retranslate()
        titles = self.page_titles()
        for row, spec in enumerate(pages.PAGES):
            self.navigation.item(row).setText(titles[spec.key])
            self.menus.pages[spec.key].setText(titles[spec.key])
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setAccessibleDescription(self.tr("Choose what the window shows; Ctrl+1 to Ctrl+7"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.stack.setAccessibleName(self.tr("Page"))
        self.status_label.setText(str(self.context.db.location))
        self._update_undo()
        self._show_notices()

    def page_titles(self) -> dict[str, str]:
        return {"home": self.tr("Home"), "partners": self.tr("Partners"), "agreements": self.tr("Agreements"),
                "activities": self.tr("Activities"), "calendar": self.tr("Calendar"), "trash": self.tr("Trash"),
                "exchange": self.tr("Import/Export")}


    # ------------------------------------------------------------------ actions

    def _connect_actions(self) -> None:
        m = self.menus
        m.new_partner.triggered.connect(lambda: self.new_record("organisation"))
        m.new_agreement.triggered.connect(lambda: self.new_record("agreement"))
        m.new_activity.triggered.connect(lambda: self.new_record("activity"))
        m.open_database.triggered.connect(self.database_actions.open_another)
        m.back_up.triggered.connect(self.database_actions.back_up_now)
        m.restore.triggered.connect(self.database_actions.restore)
        m.print_sheet.triggered.connect(self.print_partner_sheet)
        from desktop.exchange import actions as exchange  # Import/Export: its own screens

        on_list = lambda: exchange.LIST_OF_PAGE.get(self.current_key())  # noqa: E731 - the list looked at
        m.import_file.triggered.connect(lambda: exchange.start_import(self, self.context, list_kind=on_list()))
        m.export_file.triggered.connect(lambda: exchange.start_export(self, self.context, on_list()))
        m.export_template.triggered.connect(lambda: exchange.start_template(self, self.context, on_list()))
        from desktop.calendar.export import export_calendar  # File → Export Calendar…: the .ics

        m.export_calendar.triggered.connect(lambda: export_calendar(self, self.context))
        m.close_window.triggered.connect(self.close)
        m.quit.triggered.connect(self.quit_application)
        m.undo.triggered.connect(self.undo_delete)
        m.find.triggered.connect(self.find)
        m.delete.triggered.connect(self.delete_selected)
        m.preferences.triggered.connect(self.show_preferences)
        m.quick_open.triggered.connect(self.quick_open)
        m.about.triggered.connect(self.show_about)
        for key, act in m.pages.items():
            act.triggered.connect(lambda _checked=False, k=key: self._go(k))
        m.file_menu.aboutToShow.connect(self._update_file_menu)
        # A method of this window (not a lambda): the connection ends with the window.
        QApplication.instance().focusWindowChanged.connect(self._focus_window_changed)
        self._update_file_menu()

    def _go(self, key: str) -> None:
        page = self.show_page(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if page.focusProxy() is None and page.focusWidget() is None:
            page.focusNextChild()

    def _focus_window_changed(self, _window: object) -> None:
        self._update_file_menu()

    def _update_file_menu(self) -> None:
        # On the Partners page it stays available: its selection is read when it is chosen.
        self.menus.print_sheet.setEnabled(self.current_partner_id() is not None or self.current_key() == "partners")
        writable = not self.context.db.read_only
        self.menus.restore.setEnabled(writable)
        for act in (self.menus.new_partner, self.menus.new_agreement, self.menus.new_activity,
                    self.menus.import_file):
            act.setEnabled(writable)

    def _update_undo(self) -> None:
        last = self.context.last_deleted()
        self.menus.set_undo_label(last[2] if last else None)

    def undo_delete(self) -> None:
        try:
            self.context.undo_delete()
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Cannot undo"), self.context.error_text(exc))

    def find(self) -> None:
        page = self.current_page()
        if hasattr(page, "focus_search"):
            page.focus_search()

    def delete_selected(self) -> None:
        page = self.current_page()
        if hasattr(page, "delete_selected"):
            page.delete_selected()

    def print_partner_sheet(self) -> None:
        partner = self.current_partner_id()
        if partner is None:
            self.statusBar().showMessage(self.tr("Select or open a partner first."), 5000)
            return
        from desktop.partners.sheet import print_partner_sheet

        try:
            print_partner_sheet(self.context, partner, self)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Cannot print"), self.context.error_text(exc))

    def quick_open(self) -> None:
        from desktop.quick_open import QuickOpenDialog

        dialog = QuickOpenDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(dialog, "open_record"):
            dialog.open_record.connect(self.open_record)
        dialog.open()

    def show_preferences(self) -> None:
        from desktop.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context, self.database_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from desktop.about import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def quit_application(self) -> None:
        if self.close():
            QApplication.quit()

    def bring_forward(self) -> None:
        bring_forward(self)

    def show_home(self) -> None:
        """Forward, on Home (the tray's message was clicked)."""
        bring_forward(self)
        self.show_page("home")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.reminders_tray is None:  # the tray's first message waits for the window
            from desktop.reminders_tray import RemindersTray

            self.reminders_tray = RemindersTray(self, self.context, self.show_home)

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            # First run: most of the screen, so that a list shows its columns without scrolling.
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is not None and screen.width() >= 1100:
                self.resize(min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.88)))
            else:
                self.resize(1100, 720)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        key = str(settings.value(PAGE_KEY, "home"))
        self.show_page(key if key in pages.page_keys() else "home")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.close_forms():
            event.ignore()
            return
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(PAGE_KEY, self.current_key())
        event.accept()


def _connect(source: QWidget, signal_name: str, slot) -> None:
    """Connect ``source.signal_name`` to ``slot`` when the widget has that signal."""
    signal = getattr(source, signal_name, None)
    if signal is not None and hasattr(signal, "connect"):
        signal.connect(slot)


def bring_forward(window: QWidget) -> None:
    """Show a window in front, restored if minimised, with the keyboard focus."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
