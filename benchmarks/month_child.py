"""The Calendar's month view switching months, in a process of its own; prints one JSON line.

    python benchmarks/month_child.py DATABASE REPEATS

A MonthView over DATABASE is shown in a window of 1280×800 with the application's fonts;
each switch is timed from ``next_month()`` / ``previous_month()`` (what the page's ‹ ›
and PageUp/PageDown call) to the month painted (``repaint()``, which paints at once
rather than at the next turn of the event loop), for every month of the year, forwards
and then backwards.  Twice: as a person clicks, the neighbouring months read ahead
between two clicks; and cold, right after a record changed (nothing read ahead).  The
baseline is the core's ``items_between`` for the same six weeks, in the same process.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

YEAR = 2025  # as benchmarks/measures.py's calendar month


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def month_switches(database: str, repeats: int) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.lifecycle import open_database
    from db.services.calendar import items_between
    from desktop.appearance import apply_fonts
    from desktop.calendar.month import MonthView, first_cell_of
    from desktop.calendar.month_grid import WEEKS
    from desktop.context import AppContext

    app = QApplication(["month"])
    apply_fonts(app)  # the Japanese fallbacks the application sets: what its chips are drawn with
    db = open_database(database, user="benchmark")
    settings = QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / f"kakehashi-month-{os.getpid()}.ini"),
                         QSettings.Format.IniFormat)
    context = AppContext(db, settings)
    view = MonthView(context)
    view.set_today(date(YEAR, 6, 1))
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    view.set_month(YEAR - 1, 12)  # also builds the calendar's index if the file has none yet
    view.repaint()

    def settle() -> None:  # what a person's next click finds: the loop idle, the neighbours read
        app.processEvents()
        while view.is_reading_ahead():
            app.processEvents()
            time.sleep(0.001)

    switches: dict[tuple[str, int, int, str], list[float]] = {}
    for _ in range(repeats):
        for mode in ("ahead", "cold"):
            view.set_month(YEAR - 1, 12)
            view.repaint()
            settle()
            for way, step in (("forwards", view.next_month), ("backwards", view.previous_month)):
                for _month in range(12):
                    if mode == "cold":
                        context.changed("agreement", 0)  # what was read ahead is forgotten
                    ms = _ms(lambda: (step(), view.repaint()))
                    switches.setdefault((mode, *view.month(), way), []).append(ms)
                    settle()
                if way == "forwards":
                    view.next_month()  # January of the next year: back from there reaches December
                    view.repaint()
                    settle()
    medians = {key: statistics.median(times) for key, times in switches.items()}
    ahead = {key[1:]: ms for key, ms in medians.items() if key[0] == "ahead"}
    cold = {key[1:]: ms for key, ms in medians.items() if key[0] == "cold"}
    worst_key = max(ahead, key=ahead.get)
    cold_key = max(cold, key=cold.get)
    first_weekday = int(context.locale().firstDayOfWeek().value)
    service = {}
    for month in range(1, 13):
        first = first_cell_of(YEAR, month, first_weekday)
        last = first + timedelta(days=WEEKS * 7 - 1)
        service[month] = statistics.median(_ms(lambda: items_between(db, first, last))
                                           for _ in range(repeats))
    worst_month = max(service, key=service.get)
    first = first_cell_of(*worst_key[:2], first_weekday)
    items = len(items_between(db, first, first + timedelta(days=WEEKS * 7 - 1)))
    settings.clear()
    Path(settings.fileName()).unlink(missing_ok=True)

    def name(key: tuple[int, int, str]) -> str:
        return f"{key[0]}-{key[1]:02d} {key[2]}"

    return {"worst_ms": ahead[worst_key], "worst": name(worst_key), "worst_items": items,
            "median_ms": statistics.median(ahead.values()),
            "cold_worst_ms": cold[cold_key], "cold_worst": name(cold_key),
            "cold_median_ms": statistics.median(cold.values()),
            "service_ms": service[worst_month], "service_month": f"{YEAR}-{worst_month:02d}"}


def main() -> None:
    print(json.dumps(month_switches(sys.argv[1], int(sys.argv[2]))))
    sys.stdout.flush()
    os._exit(0)  # the measure is taken; Qt's and SQLAlchemy's teardown is no part of it


if __name__ == "__main__":
    main()
