"""The main window's menu bar: its actions, shortcuts and words.

Only the actions and their texts live here; what they do is the main window's.  Menu
roles put Preferences, About and Quit where macOS expects them (the application menu);
elsewhere they stay in Edit, Help and File.  Standard shortcuts come from
``QKeySequence.StandardKey`` so every platform gets its own (Ctrl+Q, ⌘Q, Alt+F4…).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

NAV_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7")


class MainMenus(QObject):
    """The menus and actions of one main window; ``retranslate`` on every language switch."""

    def __init__(self, window: QMainWindow, page_keys: list[str]):
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        def action(name: str, shortcut=None, role=QAction.MenuRole.NoRole) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setMenuRole(role)
            return act

        keys = QKeySequence.StandardKey
        self.new_partner = action("newPartner", keys.New)
        self.new_agreement = action("newAgreement")
        self.new_activity = action("newActivity")
        self.open_database = action("openDatabase", keys.Open)
        self.back_up = action("backUp")
        self.restore = action("restoreBackup")
        self.import_file = action("importFile")
        self.export_file = action("exportFile")
        self.export_template = action("exportTemplate")
        self.export_calendar = action("exportCalendar")
        self.print_sheet = action("printSheet", keys.Print)
        self.close_window = action("closeWindow", keys.Close)
        self.quit = action("quit", keys.Quit, QAction.MenuRole.QuitRole)
        add_to(self.file_menu, [self.new_partner, self.new_agreement, self.new_activity, None,
                                self.import_file, self.export_file, self.export_template, self.export_calendar, None,
                                self.open_database, self.back_up, self.restore, None, self.print_sheet, None,
                                self.close_window, self.quit])

        self.undo = action("undoDelete", keys.Undo)
        self.find = action("find", keys.Find)
        self.delete = action("delete", keys.Delete)
        self.preferences = action("preferences", keys.Preferences, QAction.MenuRole.PreferencesRole)
        add_to(self.edit_menu, [self.undo, None, self.find, self.delete, None, self.preferences])

        # Ctrl+K becomes ⌘K on macOS by itself (Qt maps Ctrl to Command there).
        self.quick_open = action("quickOpen", "Ctrl+K")
        self.go_menu.addAction(self.quick_open)
        self.go_menu.addSeparator()
        self.pages: dict[str, QAction] = {}
        for key, shortcut in zip(page_keys, NAV_SHORTCUTS):
            self.pages[key] = action(f"go_{key}", shortcut)
            self.go_menu.addAction(self.pages[key])

        self.about = action("about", role=QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about)
        # Qt's own preference of a platform's Quit/Preferences key may be empty (Linux has
        # no standard Preferences key): give it the common Ctrl+, there.
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_partner.setText(self.tr("New &Partner"))
        self.new_agreement.setText(self.tr("New &Agreement"))
        self.new_activity.setText(self.tr("New Ac&tivity"))
        self.open_database.setText(self.tr("&Open Database…"))
        self.back_up.setText(self.tr("&Back Up Now…"))
        self.restore.setText(self.tr("&Restore from a Backup…"))
        self.import_file.setText(self.tr("&Import…"))
        self.export_file.setText(self.tr("&Export…"))
        self.export_template.setText(self.tr("Export Te&mplate…"))
        self.export_calendar.setText(self.tr("Export Ca&lendar…"))
        self.print_sheet.setText(self.tr("Print Partner &Sheet…"))
        self.close_window.setText(self.tr("&Close Window"))
        self.quit.setText(self.tr("&Quit Kakehashi"))
        self.set_undo_label(None)  # the window sets the label of the delete to undo next
        self.find.setText(self.tr("&Find"))
        self.delete.setText(self.tr("&Delete"))
        self.preferences.setText(self.tr("&Preferences…"))
        self.quick_open.setText(self.tr("&Quick Open…"))
        self.about.setText(self.tr("&About Kakehashi"))
        # The toolbar shows these without the menus' access keys (a Japanese "(&P)" would
        # otherwise read "(P)" on its buttons).
        self.new_partner.setIconText(self.tr("New Partner"))
        self.new_agreement.setIconText(self.tr("New Agreement"))
        self.new_activity.setIconText(self.tr("New Activity"))
        self.quick_open.setIconText(self.tr("Quick Open"))

    def set_undo_label(self, label: str | None) -> None:
        """'Undo Delete “name”' when a delete can be undone, a plain disabled "Undo" otherwise."""
        if label is None:
            self.undo.setText(self.tr("&Undo"))
            self.undo.setEnabled(False)
        else:
            self.undo.setText(self.tr("&Undo Delete “{name}”").format(name=label))
            self.undo.setEnabled(True)


def add_to(menu: QMenu, actions: list[QAction | None]) -> None:
    for act in actions:
        if act is None:
            menu.addSeparator()
        else:
            menu.addAction(act)
