"""Edit → Preferences…: language, how dates read, the database file, reminder lead times.

Every choice applies at once (a language switch included, no restart) and is kept in
QSettings; the dialog only has Close.  Keys:

- ``preferences/language``: "system", "ja" or "en" (``desktop.context.LANGUAGE_KEY``)
- ``preferences/date_style``: "western" or "era" (``desktop.context.DATE_STYLE_KEY``)
- ``reminders/renewal_days`` "90,30", ``reminders/expiry_days`` 60, ``reminders/activity_days`` 7,
  ``reminders/membership_days`` 0 (none): how many days ahead the calendar reminds of renewal
  deadlines, expiries, activities and membership ends (read them with :func:`reminder_days`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from db.reminders_defaults import DEFAULT_LEADS
from desktop import i18n
from desktop.context import DATE_STYLE_KEY, LANGUAGE_KEY, AppContext
from desktop.database_actions import DatabaseActions
from desktop.widgets.retranslating import Retranslating

RENEWAL_DAYS_KEY = "reminders/renewal_days"
EXPIRY_DAYS_KEY = "reminders/expiry_days"
ACTIVITY_DAYS_KEY = "reminders/activity_days"
MEMBERSHIP_DAYS_KEY = "reminders/membership_days"  # 0: membership ends are not reminded of
# The defaults are the core's (db/reminders_defaults.py), as QSettings keeps them.
REMINDER_DEFAULTS = {RENEWAL_DAYS_KEY: ",".join(str(d) for d in DEFAULT_LEADS["renewal_deadline"]),
                     EXPIRY_DAYS_KEY: DEFAULT_LEADS["expiry"][0], ACTIVITY_DAYS_KEY: DEFAULT_LEADS["activity"][0],
                     MEMBERSHIP_DAYS_KEY: (DEFAULT_LEADS.get("membership_end") or [0])[0]}
LANGUAGES = ("system", "ja", "en")
DATE_STYLES = ("western", "era")
EXAMPLE_DAY = date(2025, 9, 17)


def reminder_days(settings) -> dict[str, list[int] | int]:
    """The lead times as numbers: renewal_days a list (largest first), the others one number
    (membership_days 0: no reminder)."""
    text = str(settings.value(RENEWAL_DAYS_KEY, REMINDER_DEFAULTS[RENEWAL_DAYS_KEY]))
    renewal = sorted({int(p) for p in text.replace(" ", "").split(",") if p.isdigit()}, reverse=True)
    return {"renewal_days": renewal,
            "expiry_days": int(settings.value(EXPIRY_DAYS_KEY, REMINDER_DEFAULTS[EXPIRY_DAYS_KEY])),
            "activity_days": int(settings.value(ACTIVITY_DAYS_KEY, REMINDER_DEFAULTS[ACTIVITY_DAYS_KEY])),
            "membership_days": int(settings.value(MEMBERSHIP_DAYS_KEY, REMINDER_DEFAULTS[MEMBERSHIP_DAYS_KEY]))}


def apply_language(context: AppContext, choice: str) -> str:
    """Keep ``choice`` ("system"/"ja"/"en") and speak it now; returns the language spoken."""
    context.settings.setValue(LANGUAGE_KEY, choice)
    i18n.switch_language(QApplication.instance(), choice)
    context.set_language(i18n.current_language())
    return i18n.current_language()


class PreferencesDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, actions: DatabaseActions | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.context = context
        self.actions = actions
        settings = context.settings

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(self.language.findData(str(settings.value(LANGUAGE_KEY, "system"))), 0))
        self.date_style = QComboBox()
        self.date_style.setObjectName("dateStyle")
        for style in DATE_STYLES:
            self.date_style.addItem("", style)
        self.date_style.setCurrentIndex(max(self.date_style.findData(context.date_style), 0))
        self.general = QGroupBox()
        general = QFormLayout(self.general)
        self.language_label, self.date_label = QLabel(), QLabel()
        general.addRow(self.language_label, self.language)
        general.addRow(self.date_label, self.date_style)

        self.database = QGroupBox()
        self.path = QLabel(str(context.db.location))
        self.path.setObjectName("databasePath")
        self.path.setWordWrap(True)
        self.open_button, self.backup_button, self.restore_button = QPushButton(), QPushButton(), QPushButton()
        self.open_button.setObjectName("openAnother")
        self.backup_button.setObjectName("backUpNow")
        self.restore_button.setObjectName("restoreBackup")
        row = QHBoxLayout()
        for button in (self.open_button, self.backup_button, self.restore_button):
            button.setAutoDefault(False)  # Return in a field must not open a file dialog
            row.addWidget(button)
            button.setEnabled(actions is not None)
        row.addStretch(1)
        box = QVBoxLayout(self.database)
        box.addWidget(self.path)
        box.addLayout(row)
        if actions is not None:
            self.open_button.clicked.connect(actions.open_another)
            self.backup_button.clicked.connect(actions.back_up_now)
            self.restore_button.clicked.connect(actions.restore)
            self.restore_button.setEnabled(not context.db.read_only)

        self.reminders = QGroupBox()
        self.renewal_days = QLineEdit(str(settings.value(RENEWAL_DAYS_KEY, REMINDER_DEFAULTS[RENEWAL_DAYS_KEY])))
        self.renewal_days.setObjectName("renewalDays")
        self.renewal_days.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\s*\d{1,4}(\s*,\s*\d{1,4})*\s*,?\s*$"), self))
        self.expiry_days = _days(int(settings.value(EXPIRY_DAYS_KEY, REMINDER_DEFAULTS[EXPIRY_DAYS_KEY])), 3650)
        self.expiry_days.setObjectName("expiryDays")
        self.activity_days = _days(int(settings.value(ACTIVITY_DAYS_KEY, REMINDER_DEFAULTS[ACTIVITY_DAYS_KEY])), 365)
        self.activity_days.setObjectName("activityDays")
        self.membership_days = _days(int(settings.value(MEMBERSHIP_DAYS_KEY, REMINDER_DEFAULTS[MEMBERSHIP_DAYS_KEY])),
                                     3650)
        self.membership_days.setObjectName("membershipDays")
        reminders = QFormLayout(self.reminders)
        self.renewal_label, self.expiry_label, self.activity_label = QLabel(), QLabel(), QLabel()
        self.membership_label = QLabel()
        reminders.addRow(self.renewal_label, self.renewal_days)
        reminders.addRow(self.expiry_label, self.expiry_days)
        reminders.addRow(self.membership_label, self.membership_days)
        reminders.addRow(self.activity_label, self.activity_days)
        for label, editor in ((self.language_label, self.language), (self.date_label, self.date_style),
                              (self.renewal_label, self.renewal_days), (self.expiry_label, self.expiry_days),
                              (self.membership_label, self.membership_days), (self.activity_label, self.activity_days)):
            label.setBuddy(editor)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (self.general, self.database, self.reminders):
            layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.language.currentIndexChanged.connect(lambda: apply_language(self.context, self.language.currentData()))
        self.date_style.currentIndexChanged.connect(
            lambda: self.context.set_date_style(self.date_style.currentData()))
        self.renewal_days.editingFinished.connect(self._store_renewal_days)
        self.expiry_days.valueChanged.connect(lambda v: self._store_lead(EXPIRY_DAYS_KEY, v))
        self.activity_days.valueChanged.connect(lambda v: self._store_lead(ACTIVITY_DAYS_KEY, v))
        self.membership_days.valueChanged.connect(lambda v: self._store_lead(MEMBERSHIP_DAYS_KEY, v))
        self.retranslate()

    def _store_renewal_days(self) -> None:
        days = sorted({int(p) for p in self.renewal_days.text().replace(" ", "").split(",") if p}, reverse=True)
        text = ",".join(str(d) for d in days) or REMINDER_DEFAULTS[RENEWAL_DAYS_KEY]
        self.renewal_days.setText(text)
        self._store_lead(RENEWAL_DAYS_KEY, text)

    def _store_lead(self, key: str, value: object) -> None:
        # Home's reminders and lists look ahead by these: they refresh on the signal.
        self.context.settings.setValue(key, value)
        self.context.reminder_leads_changed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.general.setTitle(self.tr("Language and dates"))
        self.language_label.setText(self.tr("&Language:"))
        # Each language by its own name, so that a person who cannot read the current
        # one still finds theirs.
        for i, text in enumerate((self.tr("Follow the system"), "日本語", "English")):
            self.language.setItemText(i, text)
        self.date_label.setText(self.tr("&Dates:"))
        from db.eras import format_japanese_date

        western = self.context.locale().toString(QDate(EXAMPLE_DAY.year, EXAMPLE_DAY.month, EXAMPLE_DAY.day),
                                                self.context.date_format())
        self.date_style.setItemText(0, self.tr("Western calendar ({example})").format(example=western))
        self.date_style.setItemText(1, self.tr("Japanese era ({example})").format(
            example=format_japanese_date(EXAMPLE_DAY)))
        self.database.setTitle(self.tr("Database"))
        self.open_button.setText(self.tr("&Open Another…"))
        self.backup_button.setText(self.tr("&Back Up Now…"))
        self.restore_button.setText(self.tr("Res&tore from a Backup…"))
        self.reminders.setTitle(self.tr("Reminders"))
        self.renewal_label.setText(self.tr("&Renewal decisions, days before:"))
        self.renewal_days.setToolTip(self.tr("Several lead times separated by commas, e.g. 90,30"))
        self.expiry_label.setText(self.tr("&Expiries, days before:"))
        self.activity_label.setText(self.tr("&Activities, days before:"))
        self.membership_label.setText(self.tr("&Membership ends, days before:"))
        # At 0 the box says what 0 means here: membership ends are not reminded of.
        self.membership_days.setSpecialValueText(self.tr("No reminder"))
        suffix = self.tr(" days")
        self.expiry_days.setSuffix(suffix)
        self.activity_days.setSuffix(suffix)
        self.membership_days.setSuffix(suffix)


def _days(value: int, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    return spin
