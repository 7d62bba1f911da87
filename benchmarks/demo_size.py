"""How fast synthetic demo data fills a database, and how fast the list then answers.

``add_synthetic(db, 50_000)`` is timed against a baseline measured in the same process:
raw ``sqlite3`` ``executemany`` of 50,000 organisation rows (the same columns, the same
schema and indexes, the same connection rules) into a fresh file.  The baseline writes
only the organisations; ``add_synthetic`` also writes their contacts, memberships,
agreements and activities (about four times as many rows) and builds every name, so
the ratio measures the whole generator against the floor SQLite sets, not like for like.

Targets: under 60 s on the two-core development machine, and at most RATIO_TARGET times
the baseline.  Three runs there measured 12.1x, 12.4x and 13.5x (14–15 s against 1.1–1.2 s);
the target of 20x leaves half as much again for noise on a shared machine.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no getrusage
    resource = None

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.demo import add_synthetic  # noqa: E402
from db.lifecycle import open_database  # noqa: E402
from db.services.organisations import OrganisationQuery, list_organisations  # noqa: E402

SIZE = 50_000
SECONDS_TARGET = 60.0
RATIO_TARGET = 20.0  # measured 12–13.5x; see the module docstring
LIST_REPEATS = 7
SEARCHES = ("バイオ", "かなざわ university", "ほっかいどう")

COLUMNS = ("name_ja", "name_en", "name_kana", "short_name", "kind", "country", "region", "city", "address",
           "website", "notes", "search_text", "sort_key", "uid", "created_at", "updated_at", "deleted_at")


def peak_rss_mb() -> float | None:
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB on Linux


def baseline_insert(path: Path, size: int) -> float:
    """Seconds for raw sqlite3 to build and write ``size`` organisation-shaped rows."""
    open_database(path).close()  # the same schema and indexes, created by the migrations
    started = time.perf_counter()
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    rows = [(f"札幌バイオ{i}株式会社", f"Sapporo Bio {i} Inc.", "サッポロバイオ", None, "company", "JP", "北海道",
             "札幌市", None, None, None, f"札幌ばいお{i}株式会社|sapporobio{i}inc|さっぽろばいお", "さっぽろばいお",
             str(uuid.uuid4()), now, now, None) for i in range(size)]
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO organisation ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                         rows)
        conn.execute("COMMIT")
    return time.perf_counter() - started


def median_seconds(action, repeats: int = LIST_REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def raw_search(path: Path, term: str) -> float:
    """The floor for a list page: one SELECT … LIMIT 100 on the same folded column, no ORM."""
    terms = [f"%{t}%" for t in term.split()]
    where = " AND ".join("search_text LIKE ?" for _ in terms)
    sql = (f"SELECT {', '.join(COLUMNS)} FROM organisation WHERE deleted_at IS NULL AND {where}"
           " ORDER BY sort_key, id LIMIT 100")
    with closing(sqlite3.connect(path)) as conn:
        return median_seconds(lambda: conn.execute(sql, terms).fetchall())


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rss_before = peak_rss_mb()
        with open_database(folder / "demo.sqlite3", user="benchmark") as db:
            started = time.perf_counter()
            summary = add_synthetic(db, SIZE)
            seconds = time.perf_counter() - started
            rss_after = peak_rss_mb()
            baseline = baseline_insert(folder / "baseline.sqlite3", SIZE)
            ratio = seconds / baseline
            rows = sum((summary.organisations, summary.contacts, summary.memberships, summary.agreements,
                        summary.activities))
            print(f"add_synthetic({SIZE}): {seconds:.2f} s, {SIZE / seconds:,.0f} organisations/s, "
                  f"{rows / seconds:,.0f} main rows/s ({rows:,} rows: {summary.contacts:,} contacts, "
                  f"{summary.memberships:,} memberships, {summary.agreements:,} agreements, "
                  f"{summary.activities:,} activities)")
            print(f"baseline sqlite3 executemany of {SIZE} organisation rows: {baseline:.2f} s, "
                  f"{SIZE / baseline:,.0f} rows/s")
            print(f"ratio: {ratio:.1f}x the baseline")
            if rss_after is not None:
                print(f"peak memory (ru_maxrss): {rss_after:.0f} MB, of which {rss_after - rss_before:.0f} MB "
                      "added while generating")
            for term in SEARCHES:
                query = OrganisationQuery(search=term, limit=100)
                found = list_organisations(db, query).total
                service = median_seconds(lambda: list_organisations(db, query))
                floor = raw_search(folder / "demo.sqlite3", term)
                print(f"list_organisations(search={term!r}, limit=100): {service * 1000:.1f} ms for {found} "
                      f"matches; raw SELECT … LIMIT 100: {floor * 1000:.1f} ms; ratio {service / floor:.1f}x")
        failures = []
        if seconds >= SECONDS_TARGET:
            failures.append(f"{seconds:.1f} s is not under {SECONDS_TARGET:.0f} s")
        if ratio > RATIO_TARGET:
            failures.append(f"{ratio:.1f}x is above the ratio target {RATIO_TARGET:.0f}x")
        print(f"targets: under {SECONDS_TARGET:.0f} s and at most {RATIO_TARGET:.0f}x the baseline: "
              + ("FAIL — " + "; ".join(failures) if failures else "hold"))
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
