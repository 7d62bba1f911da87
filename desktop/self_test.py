"""``kakehashi --self-test [--offscreen]``: the installed program proves that it works.

It starts the real GUI (on the offscreen platform when asked, for machines without a
display), then, in a temporary folder it removes afterwards, creates a database, applies
the migrations, loads the demo data, exports the partners to .xlsx and imports the file
again, and renders the main window and the Calendar page.  Before that it checks what a
built program might have lost on the way: the app's translations and Qt's own, SQLite with
the full-text search the lists need, and defusedxml, which guards every workbook read.

It prints one line — what passed and how long it took, or which check failed and why —
and exits 0 or 1.  The user's own database, settings and log are never touched.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

EXIT_PASSED, EXIT_FAILED = 0, 1
WAIT_FOR_WORK_S = 60  # background reads of a page; far more than the demo data needs
CATALOG = "kakehashi_ja"


class CheckFailed(Exception):
    """A check found something missing or wrong; the message says what."""


class SelfTest:
    """The checks in order; each returns a short note for the summary line."""

    def __init__(self, translations: Path | None = None, workdir: Path | None = None):
        from desktop import i18n

        self.translations = translations or i18n.translations_dir()
        self.workdir = workdir
        self.app = None
        self.db = None
        self.window = None
        self.errors: list[str] = []  # Python exceptions and Qt's critical messages while the window ran

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [("Qt", self.qt), ("translations", self.check_translations), ("SQLite", self.check_sqlite),
                ("defusedxml", self.check_defusedxml), ("database", self.check_database),
                ("Excel", self.check_excel), ("window", self.check_window), ("calendar", self.check_calendar)]

    # ------------------------------------------------------------------ the checks

    def qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QGuiApplication

        from desktop.app import make_application

        self.app = make_application(["kakehashi", "--self-test"])
        return f"Qt {pyside_version} on {QGuiApplication.platformName()}"

    def check_translations(self) -> str:
        """The catalogue the command line reads (.ts), the one Qt loads (.qm, prebuilt in a
        bundle) and Qt's own Japanese for standard buttons and dialogs."""
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        from desktop import i18n

        ts = self.translations / f"{CATALOG}.ts"
        if not ts.is_file():
            raise CheckFailed(f"{ts} is missing")
        qm = ts.with_suffix(".qm")
        if not qm.is_file():
            if getattr(sys, "frozen", False):
                raise CheckFailed(f"{qm} is missing from the bundle")
            from desktop.i18n import compile_translations  # from source the app builds it the same way

            qm = compile_translations(self._folder("translations"), self.translations)[0]
        ours = QTranslator()
        if not ours.load(str(qm)) or ours.translate("MainWindow", "Home") in ("", "Home"):
            raise CheckFailed(f"{qm} cannot be loaded or holds no Japanese")
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt_own = QTranslator()
        if not qt_own.load(str(qt_dir / "qtbase_ja.qm")):
            raise CheckFailed(f"Qt's own Japanese (qtbase_ja.qm) is not in {qt_dir}")
        if self.translations == i18n.translations_dir():  # the program's own: the window speaks it
            i18n.switch_language(self.app, "ja")
            if i18n.current_language() != "ja" or QCoreApplication.translate("MainWindow", "Home") == "Home":
                raise CheckFailed(f"the window did not switch to Japanese with {qm.name}")
        return f"ja ({qm.name}, qtbase_ja.qm)"

    def check_sqlite(self) -> str:
        """The lists search through FTS5 and read JSON; an SQLite built without them fails here."""
        with sqlite3.connect(":memory:") as connection:
            try:
                connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
                connection.execute("SELECT json_extract('{\"a\": 1}', '$.a')")
            except sqlite3.OperationalError as exc:
                raise CheckFailed(f"SQLite {sqlite3.sqlite_version} lacks what the lists need: {exc}") from exc
        connection.close()
        return f"SQLite {sqlite3.sqlite_version}"

    def check_defusedxml(self) -> str:
        try:
            import defusedxml
            from defusedxml.ElementTree import fromstring
        except ImportError as exc:
            raise CheckFailed(f"defusedxml is missing: {exc}") from exc
        if fromstring("<ok>1</ok>").text != "1":
            raise CheckFailed("defusedxml does not read a plain document")
        return f"defusedxml {defusedxml.__version__}"

    def check_database(self) -> str:
        from db.demo.seed import load_seed
        from db.lifecycle import open_database
        from db.migrate import HEAD, current_revision

        self.db = open_database(self._folder("data") / "self-test.sqlite3", user="self-test")
        revision = current_revision(self.db.engine)
        if revision != HEAD:
            raise CheckFailed(f"the migrations stopped at {revision}, not {HEAD}")
        seed = load_seed(self.db)
        return f"schema {revision}, demo data ({seed.organisations} partners, {seed.agreements} agreements)"

    def check_excel(self) -> str:
        """Export the partners and import the file again: every row comes back unchanged."""
        from db.exchange.export import export_xlsx
        from db.exchange.importer import commit, preview

        path = self._folder("exchange") / "partners.xlsx"
        written = export_xlsx(self.db, "partners", path, lang="ja")
        plan = preview(self.db, path, "partners")
        if plan.errors:
            raise CheckFailed(f"re-importing {path.name} found errors: {plan.errors[0]}")
        result = commit(self.db, plan)
        back = result.created + result.updated + result.unchanged
        if written == 0 or back != written:
            raise CheckFailed(f"{written} partners exported, {back} read back")
        return f"{written} partners out and back"

    def check_window(self) -> str:
        from desktop.context import AppContext
        from desktop.main_window import MainWindow

        self.window = MainWindow(AppContext(self.db, self._settings()))
        self.window.resize(1280, 800)
        self.window.show()
        self._settle()
        sizes = self.app.windowIcon().availableSizes()
        if not sizes:
            raise CheckFailed("the app icon (resources/icons) is missing")
        self._rendered(self.window, "the main window")
        return f"main window with its icon at {len(sizes)} sizes"

    def check_calendar(self) -> str:
        page = self.window.show_page("calendar")
        self._settle()
        self._rendered(page, "the Calendar page")
        return "calendar"

    # ------------------------------------------------------------------ helpers

    def _folder(self, name: str) -> Path:
        folder = self.workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _settings(self):
        """The window's preferences in a file of the self-test's own, never the user's."""
        from PySide6.QtCore import QSettings

        return QSettings(str(self._folder("settings") / "settings.ini"), QSettings.Format.IniFormat)

    def _settle(self) -> None:
        """Let the pages read their data off the GUI thread and show it."""
        self._drain()
        self._raise_errors()

    def _drain(self) -> None:
        """Run the event loop until no work is left: no background read running, none started
        by the events that answered the last ones."""
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        deadline = time.monotonic() + WAIT_FOR_WORK_S
        quiet = 0
        while quiet < 3:  # three rounds in a row with no work left: the answers have arrived
            self.app.processEvents()
            idle = pool.waitForDone(20)
            quiet = quiet + 1 if idle else 0
            if time.monotonic() > deadline:
                raise CheckFailed(f"background work did not finish within {WAIT_FOR_WORK_S} s")

    def _rendered(self, widget, what: str) -> None:
        image = widget.grab().toImage()
        if image.isNull() or image.width() < 100 or image.height() < 100:
            raise CheckFailed(f"{what} could not be drawn")
        # A drawn page has text, lines and fields: many colours on a coarse grid; a blank one has one or two.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        if len(colours) < 8:
            raise CheckFailed(f"{what} came out blank ({len(colours)} colours)")
        self._raise_errors()

    def _raise_errors(self) -> None:
        if self.errors:
            raise CheckFailed(self.errors[0])

    def close(self) -> None:
        """Let the window's reads finish, then close it, then the database: a read must never
        find its database closed, or its folder removed."""
        from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

        if self.window is not None:
            with suppress(CheckFailed):  # a read that never ends was reported by its check already
                self._drain()
                self.window.close()
                self.window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                self._drain()
        QThreadPool.globalInstance().waitForDone()
        if self.db is not None:
            self.db.close()


def run_self_test(translations: Path | None = None) -> tuple[bool, str]:
    """Run every check; (passed, the summary line).  ``translations`` checks another
    folder of catalogues than the program's own."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from db.cli.main import program_version

    started = time.perf_counter()
    notes: list[str] = []
    # Windows may hold a just-closed file a moment longer: a leftover temporary folder is no failure.
    with tempfile.TemporaryDirectory(prefix="kakehashi-self-test-", ignore_cleanup_errors=True) as folder:
        test = SelfTest(translations, Path(folder))

        def on_qt_message(kind, _context, message: str) -> None:
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                test.errors.append(f"Qt: {message}")

        def on_exception(kind, value, _traceback) -> None:
            test.errors.append(f"{kind.__name__}: {value}")

        previous_handler = qInstallMessageHandler(on_qt_message)
        previous_hook, sys.excepthook = sys.excepthook, on_exception
        try:
            for name, check in test.checks():
                try:
                    notes.append(check())
                except Exception as exc:  # noqa: BLE001 - any fault of a check is its failure, named
                    detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                    return False, f"Kakehashi {program_version()} self-test FAILED at {name}: {detail}"
        finally:
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
            test.close()
    seconds = time.perf_counter() - started
    return True, f"Kakehashi {program_version()} self-test passed in {seconds:.1f} s: {'; '.join(notes)}"


def main(argv: Sequence[str] = (), translations: Path | None = None) -> int:
    """The ``--self-test`` flag: ``--offscreen`` draws without a display."""
    if "--offscreen" in argv:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    passed, line = run_self_test(translations)
    print(line, file=sys.stdout if passed else sys.stderr, flush=True)
    return EXIT_PASSED if passed else EXIT_FAILED
