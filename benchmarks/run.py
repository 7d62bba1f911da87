"""Speed and memory of what the screens and commands need, each against a baseline
doing the same work in the same run (see benchmarks/measures.py).

    uv run python benchmarks/run.py            # 100,000 organisations and agreements
    uv run python benchmarks/run.py --quick    # 10,000, in under a minute once cached
    uv run python benchmarks/run.py --json     # one JSON object instead of the table
    uv run python benchmarks/run.py --desktop-only   # only the window's measures (benchmarks/desktop.py)

Measures: start-up of a small command; the worst keystroke of search-as-you-type
(one-, two- and longer Japanese, kana and English input, the count included), in the
partners and in the agreements (their partners' names included), and the agreements'
pages read by scrolling; the worst calendar month and the whole year; the agenda of 180
days, the year timeline and the .ics file (benchmarks/calendar_core.py); the full list of
50,000 organisations, in
time and peak memory; the demo insert; the Excel exchange's import (10,000 and 100,000 rows end to
end, and its peak memory) and styled export (benchmarks/exchange.py); the desktop's start-up, search-as-you-type, scrolling and
memory against a bare PySide6 window, and the Calendar's month switch against the core's
read of the same month (benchmarks/desktop.py).  Prints a table and exits 1 when a goal is
missed.  Generated databases are kept in build/benchmarks/ (see benchmarks/data.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import calendar_core, data, desktop, exchange, measures  # noqa: E402

FULL, QUICK = 100_000, 10_000
LISTED = 50_000  # "all 50,000 partners"

# name: (what, unit, goal, whether the goal bounds the value or the ratio)
GOALS = {
    "startup": ("kakehashi partners --limit 1 (whole process)", "ms", 1.5, "ratio"),
    "search": ("worst keystroke, page of 100 and count", "ms", 30.0, "value"),
    "agreement_search": ("agreements: worst keystroke, page of 100 and count", "ms", 30.0, "value"),
    "agreement_pages": ("agreements: worst page of 100 scrolled, newest first", "ms", 30.0, "value"),
    "calendar_month": ("worst month of due_between", "ms", 50.0, "value"),
    "calendar_year": ("a year of due_between", "ms", 300.0, "value"),
    "list_time": ("list 50,000 organisations", "ms", 1000.0, "value"),
    "list_memory": ("peak memory of that process", "MB", 150.0, "value"),
    "demo_insert": ("add_synthetic into a new database", "ms", 6.0, "ratio"),
    **calendar_core.GOALS,
    **exchange.GOALS,
    **desktop.GOALS,
}


def measure(size: int, repeats: int, fresh: bool, log, parts: str = "all") -> dict:
    path = data.database(size, fresh=fresh, log=log)
    results: dict[str, dict] = {}

    def add(name: str, value: float, baseline: float | None, note: str = "") -> None:
        what, unit, goal, bound = GOALS[name]
        ratio = value / baseline if baseline else None
        judged = ratio if bound == "ratio" else value
        results[name] = {"what": what, "unit": unit, "value": round(value, 2),
                         "baseline": None if baseline is None else round(baseline, 2),
                         "ratio": None if ratio is None else round(ratio, 2), "goal": goal, "goal_on": bound,
                         "met": judged is not None and judged <= goal, "note": note}
        log(f"  {name}: {value:,.1f} {unit}" + (f" ({ratio:.2f}x baseline)" if ratio else ""))

    log(f"database: {path} {data.counts(path)}")
    if parts != "core":
        for name, (value, baseline, note) in desktop.measure(path, repeats, log).items():
            add(name, value, baseline, note)
    if parts == "desktop":
        return {"size": size, "database": str(path), "measures": results,
                "met": all(r["met"] for r in results.values())}
    value, baseline = measures.startup(path, repeats)
    add("startup", value, baseline, "baseline: python -c 'import sqlalchemy.orm'")
    value, baseline, key, raw_key = measures.search(path, repeats)
    add("search", value, baseline, f"worst keystroke {key!r}; baseline LIKE + full count, worst {raw_key!r}")
    value, baseline, key, raw_key = measures.agreement_search(path, repeats)
    add("agreement_search", value, baseline,
        f"worst keystroke {key!r}; baseline LIKE (own or partners') + full count, worst {raw_key!r}")
    value, baseline, note = measures.agreement_pages(path, repeats)
    add("agreement_pages", value, baseline, f"{note}; baseline: raw page and count")
    for name, (value, baseline, note) in measures.calendar(path, repeats).items():
        add(f"calendar_{name}", value, baseline, f"{note}; baseline: raw sqlite3 of the same rows")
    for name, (value, baseline, note) in calendar_core.measure(path, repeats, log).items():
        add(name, value, baseline, note)
    listed = min(LISTED, size)
    found = measures.full_list(path, listed)
    service, raw = found["service"], found["raw"]
    add("list_time", service["seconds"] * 1000, raw["seconds"] * 1000,
        f"{service['listed']:,} rows; baseline: raw sqlite3 rows and tags into dicts")
    if service["peak_mb"] is not None:
        add("list_memory", service["peak_mb"], raw["peak_mb"], "peak resident memory of the whole process")
    insert_size = max(1000, size // 10)
    value, baseline = measures.demo_insert(insert_size)
    add("demo_insert", value, baseline, f"{insert_size:,} organisations; baseline: executemany of the same rows")
    for name, (value, baseline, note) in exchange.measure(path, size, max(1, repeats // 2), log).items():
        add(name, value, baseline, note)
    return {"size": size, "database": str(path), "measures": results,
            "met": all(r["met"] for r in results.values())}


def table(report: dict) -> str:
    lines = [f"Kakehashi benchmarks at {report['size']:,} organisations",
             f"{'measure':<16}{'value':>12}{'baseline':>12}{'ratio':>8}{'goal':>12}  ok  note"]
    for name, r in report["measures"].items():
        goal = f"≤{r['goal']:g}{'x' if r['goal_on'] == 'ratio' else ' ' + r['unit']}"
        baseline = "" if r["baseline"] is None else f"{r['baseline']:,.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
        lines.append(f"{name:<16}{r['value']:>9,.1f} {r['unit']:<2}{baseline:>12}{ratio:>8}{goal:>12}  "
                     f"{'yes' if r['met'] else 'NO '} {r['note']}")
    lines.append("all goals met" if report["met"] else "goals missed: " + ", ".join(
        name for name, r in report["measures"].items() if not r["met"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK:,} records instead of {FULL:,}")
    parser.add_argument("--size", type=int, help="number of organisations (overrides --quick)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--fresh", action="store_true", help="generate the database again even if cached")
    parser.add_argument("--repeats", type=int, default=5, help="runs per measure; the median counts")
    parser.add_argument("--desktop-only", action="store_true", help="only the window's measures")
    parser.add_argument("--no-desktop", action="store_true", help="leave out the window's measures")
    args = parser.parse_args(argv)
    size = args.size or (QUICK if args.quick else FULL)
    log = (lambda text: print(text, file=sys.stderr, flush=True)) if args.json else print
    parts = "desktop" if args.desktop_only else "core" if args.no_desktop else "all"
    report = measure(size, args.repeats, args.fresh, log, parts)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else table(report))
    return 0 if report["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
