"""One desktop measure in a process of its own; prints one JSON line last.

    python benchmarks/desktop_child.py start-bare ROWS
    python benchmarks/desktop_child.py start-window DATABASE
    python benchmarks/desktop_child.py list DATABASE REPEATS
    python benchmarks/desktop_child.py list-bare DATABASE

``start-*`` exit at the first paint of their window (the parent times the whole process):
``start-bare`` a bare PySide6 window with a QTableView over ROWS rows, ``start-window``
exactly what ``kakehashi --db DATABASE`` runs, up to its main window painted.  ``list``
builds the Partners page in a window over DATABASE and times each keystroke of
search-as-you-type and the walk through the whole list; ``list-bare`` walks the same
rows, read with sqlite3, through a bare QTableView (the floor).  Both report their
peak memory.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.list_child import peak_mb  # noqa: E402

COLUMNS = ("name_ja", "name_en", "name_kana", "kind", "country", "region", "city")


def _exit_on_first_paint(app, is_target) -> None:
    """Leave the process as soon as a widget of the target window has painted."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and hasattr(watched, "window") and is_target(watched.window()):
                sys.stdout.write(json.dumps({"peak_mb": peak_mb()}) + "\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    app._first_paint_watcher = Watcher()
    app.installEventFilter(app._first_paint_watcher)


def bare_model(rows: list[tuple]):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 0 if parent.isValid() else len(COLUMNS)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    return Model()


def start_bare(count: int) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    rows = [(f"名前{i}", f"Name {i}", f"ナマエ{i}", "university", "JP", "東京都", "港区") for i in range(count)]
    window = QMainWindow()
    table = QTableView()
    table.setModel(bare_model(rows))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    _exit_on_first_paint(app, lambda w: w is window)
    window.show()
    app.exec()


def start_window(database: str) -> None:
    """``kakehashi --db DATABASE``, through the installed entry point's own code."""
    import desktop.app as app_module
    from desktop.launcher import main

    made = app_module.make_application

    def make_application(argv=None):
        app = made(argv)
        if not hasattr(app, "_first_paint_watcher"):
            _exit_on_first_paint(app, lambda w: type(w).__name__ == "MainWindow")
        return app

    app_module.make_application = make_application
    main(["--db", database])


def _window_with_partners(database: str):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from db.lifecycle import open_database
    from desktop.context import AppContext
    from desktop.partners.page import PartnersPage

    app = QApplication(["list"])
    db = open_database(database, user="benchmark")
    settings = QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / f"kakehashi-bench-{os.getpid()}.ini"),
                         QSettings.Format.IniFormat)
    page = PartnersPage(AppContext(db, settings))
    window = QMainWindow()
    window.setCentralWidget(page)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    app._benchmark_window = window  # kept alive with the application
    return app, page, settings


def _walk(app, table, model) -> tuple[float, int]:
    """Fetch and paint down to the last row: at the bottom, the next page, as a scroll does."""
    started = time.perf_counter()
    bar = table.verticalScrollBar()
    while True:
        bar.setValue(bar.maximum())
        table.viewport().repaint()
        if not model.canFetchMore():
            break
        model.fetchMore()
        app.processEvents()
    return time.perf_counter() - started, model.rowCount()


def list_measures(database: str, repeats: int) -> None:
    from benchmarks.measures import keystrokes
    from db.services.organisations import OrganisationQuery, list_organisations

    app, page, settings = _window_with_partners(database)
    worst, worst_key, service_worst, paint_worst = 0.0, "", 0.0, 0.0
    for key in keystrokes():
        timings, paints = [], []
        for _ in range(repeats):
            page.search_box.setText("")
            page.apply_search()
            started = time.perf_counter()
            page.search_box.setText(key)
            page.apply_search()  # the service's page and count, the model reset, the count shown
            searched = time.perf_counter()
            page.table.viewport().repaint()  # and the rows drawn, apart
            timings.append((searched - started) * 1000)
            paints.append((time.perf_counter() - searched) * 1000)
        ms = statistics.median(timings)
        paint_worst = max(paint_worst, statistics.median(paints))
        query = OrganisationQuery(search=key, limit=page.page_size)
        service = statistics.median(_timed(lambda: list_organisations(page.context.db, query)) for _ in range(repeats))
        service_worst = max(service_worst, service)
        if ms > worst:
            worst, worst_key = ms, key
    page.clear_search()
    seconds, rows = _walk(app, page.table, page.model)
    result = {"search_ms": worst, "search_key": worst_key, "service_ms": service_worst, "paint_ms": paint_worst,
              "scroll_s": seconds,
              "rows": rows, "peak_mb": peak_mb()}
    settings.clear()
    Path(settings.fileName()).unlink(missing_ok=True)
    print(json.dumps(result, ensure_ascii=False))


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def list_bare(database: str) -> None:
    """The floor of the walk: the same rows read with sqlite3 a page at a time, into a bare table."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    conn = sqlite3.connect(database)
    rows: list[tuple] = []
    model = bare_model(rows)
    table = QTableView()
    table.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    cursor = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM organisation WHERE likely(deleted_at IS NULL)"
                          " ORDER BY sort_key, id")
    started = time.perf_counter()
    bar = table.verticalScrollBar()
    size = 100
    while True:
        page = cursor.fetchmany(size)
        if page:
            model.beginInsertRows(QModelIndex(), len(rows), len(rows) + len(page) - 1)
            rows.extend(page)
            model.endInsertRows()
        bar.setValue(bar.maximum())
        table.viewport().repaint()
        app.processEvents()
        if len(page) < size:
            break
        size = min(10_000, max(100, len(rows) // 2))  # the same pages as the Partners list
    print(json.dumps({"scroll_s": time.perf_counter() - started, "rows": len(rows), "peak_mb": peak_mb()}))


def main() -> None:
    mode = sys.argv[1]
    if mode == "start-bare":
        start_bare(int(sys.argv[2]))
    elif mode == "start-window":
        start_window(sys.argv[2])
    elif mode == "list":
        list_measures(sys.argv[2], int(sys.argv[3]))
    elif mode == "list-bare":
        list_bare(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    # Leave without tearing Qt and SQLAlchemy down object by object: the measure is taken,
    # and the interpreter's last collection is no part of it.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
