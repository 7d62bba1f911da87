"""What every screen of one window shares: the open database, the user's preferences,
and the signals by which a screen tells the others that records changed.

One ``AppContext`` is made per open database and handed to each screen's constructor;
screens never reach for a global.  Services are called with ``context.db``; after a
change a screen calls :meth:`AppContext.changed` with what the service returned, and
every list and form showing that kind of record refreshes itself from the signal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject, QSettings, Signal

from db.database import Database
from desktop import i18n

# Keys of QSettings shared by several screens (each screen keeps its own state in its own group).
LANGUAGE_KEY = "preferences/language"  # "system", "ja" or "en"
DATE_STYLE_KEY = "preferences/date_style"  # "western" or "era"
SETTINGS_VERSION = 1
UNDO_DEPTH = 20  # deletes that Edit → Undo can put back, latest first


class AppContext(QObject):
    """The database and preferences of one window, and the signals that keep screens in step."""

    # kind ("organisation", "contact", "membership", "agreement", "activity") and the record's
    # id; id 0 means "several records of this kind, refresh everything of it".
    records_changed = Signal(str, int)
    # the UI language was switched ("ja" / "en"); widgets also get QEvent.LanguageChange
    language_changed = Signal(str)
    # the list of deletes Undo can put back changed
    undo_changed = Signal()
    # date display style changed ("western" / "era"): redraw dates
    date_style_changed = Signal(str)
    # Preferences changed a reminder lead time (read them with desktop.calendar.export.leads_of)
    reminder_leads_changed = Signal()

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        if self.settings.value("settings_version") is None:
            self.settings.setValue("settings_version", SETTINGS_VERSION)
        self._lang = i18n.current_language()
        self._deleted: list[tuple[str, int, str]] = []

    # ------------------------------------------------------------------ changes

    def changed(self, kind: str, record_id: int | None = 0) -> None:
        """Tell every screen that a record of ``kind`` (or several, with 0) changed."""
        self.records_changed.emit(kind, int(record_id or 0))

    def deleted(self, kind: str, record_id: int, label: str) -> None:
        """A record was moved to the trash: remember it for Edit → Undo, and tell the screens."""
        self._deleted.append((kind, record_id, label))
        del self._deleted[:-UNDO_DEPTH]
        self.undo_changed.emit()
        self.changed(kind, record_id)

    def last_deleted(self) -> tuple[str, int, str] | None:
        """(kind, id, label) of the latest delete that Undo would put back, or None."""
        return self._deleted[-1] if self._deleted else None

    def undo_delete(self):
        """Restore the latest deleted record from the trash; returns the service's ``Saved`` or None."""
        if not self._deleted:
            return None
        from db.services.trash import restore

        from db.errors import NotFound

        kind, record_id, _label = self._deleted[-1]
        try:
            saved = restore(self.db, kind, record_id)
        except NotFound:  # deleted for good meanwhile: nothing to put back, ever
            self._deleted.pop()
            self.undo_changed.emit()
            raise
        # Other errors (busy, a partner still in the trash) leave the entry for another try.
        self._deleted.pop()
        self.undo_changed.emit()
        self.changed(kind, record_id)
        return saved

    # ------------------------------------------------------------------ language

    @property
    def lang(self) -> str:
        """The language the interface speaks now: "ja" or "en"."""
        return self._lang

    def set_language(self, lang: str) -> None:
        """Record that the translators now speak ``lang`` (desktop.i18n.switch_language installs them)."""
        if lang != self._lang:
            self._lang = lang
            self.language_changed.emit(lang)

    # ------------------------------------------------------------------ dates

    @property
    def date_style(self) -> str:
        return "era" if self.settings.value(DATE_STYLE_KEY, "western") == "era" else "western"

    def set_date_style(self, style: str) -> None:
        style = "era" if style == "era" else "western"
        if style != self.date_style:
            self.settings.setValue(DATE_STYLE_KEY, style)
            self.date_style_changed.emit(style)

    def locale(self) -> QLocale:
        """The system's locale when it speaks the interface's language, else that language's
        usual one (a Japanese interface on an English system shows Japanese dates)."""
        system = QLocale.system()
        wanted = QLocale.Language.Japanese if self._lang == "ja" else QLocale.Language.English
        if system.language() == wanted:
            return system
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan) if self._lang == "ja" \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    def date_format(self) -> str:
        """The locale's short date format with a four-digit year (never "9/17/25")."""
        fmt = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return fmt

    def format_date(self, day: date | None) -> str:
        """A date as the user wants to read it: the locale's format, or the Japanese era."""
        if day is None:
            return ""
        if self.date_style == "era":
            from db.eras import format_japanese_date

            return format_japanese_date(day)
        return self.locale().toString(QDate(day.year, day.month, day.day), self.date_format())

    # ------------------------------------------------------------------ errors

    def error_text(self, exc: BaseException) -> str:
        """A core error in the interface's language (one line per field for validation)."""
        return i18n.tr_error(exc)
