"""The measures of benchmarks/run.py, each against a baseline doing the same work in the
same run: raw ``sqlite3`` for queries, a bare ``import sqlalchemy.orm`` for start-up,
raw ``executemany`` of the very rows the generator wrote for the demo insert."""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

from db.calendar_index import LONG_DAYS
from db.demo import add_synthetic
from db.lifecycle import open_database
from db.services.agreements import AgreementQuery, list_agreements
from db.services.due import due_between
from db.services.organisations import OrganisationQuery, list_organisations
from db.text import like_pattern, search_terms

ROOT = Path(__file__).resolve().parent.parent
# Typed one key at a time: every prefix is a keystroke (1, 2, 3+ characters).
TYPED = ("かながわ", "神奈川県", "横浜", "大学", "ばいお", "バイオ", "ほっかいどう", "京", "研", "さ",
         "university", "kyoto", "bio", "medical", "x", "かなざわ university")
PAGE = 100
YEAR = 2025


def median_ms(action, repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def keystrokes() -> list[str]:
    found = []
    for word in TYPED:
        for end in range(1, len(word) + 1):
            if word[:end].strip() and word[:end] not in found:
                found.append(word[:end])
    return found


# ------------------------------------------------------------------ start-up


def startup(path: Path, repeats: int) -> tuple[float, float]:
    """Whole processes: ``kakehashi partners --limit 1`` against ``python -c "import sqlalchemy.orm"``.

    The project's own modules are compiled to bytecode first, as an installed program has
    them: uv compiles the libraries on install, but the project itself is installed from
    its source folder, and with ``PYTHONDONTWRITEBYTECODE`` set nothing would ever cache it.
    """
    import compileall

    for package in ("db", "desktop"):
        compileall.compile_dir(ROOT / package, quiet=1)
    script = Path(sys.executable).with_name("kakehashi")  # the installed command, as people start it
    start = [str(script)] if script.exists() else [sys.executable, "-m", "desktop.launcher"]
    command = [*start, "--db", str(path), "partners", "--limit", "1"]
    baseline = [sys.executable, "-c", "import sqlalchemy.orm"]

    def once(args: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        return (time.perf_counter() - started) * 1000

    once(command), once(baseline)  # warm the file cache and the bytecode
    # Taken in turns, so that a busy moment of the machine weighs on both alike.
    pairs = [(once(command), once(baseline)) for _ in range(repeats)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


# ------------------------------------------------------------------ search


def _raw_search(conn: sqlite3.Connection, text: str) -> None:
    """The floor: the same page and the same (uncapped) count with LIKE, no ORM."""
    terms = [like_pattern(t) for t in search_terms(text)]
    where = " AND ".join(["deleted_at IS NULL"] + ["search_text LIKE ? ESCAPE '\\'"] * len(terms))
    conn.execute(f"SELECT id, name_ja, name_en, kind, country, region, sort_key FROM organisation WHERE {where}"
                 f" ORDER BY sort_key, id LIMIT {PAGE}", terms).fetchall()
    conn.execute(f"SELECT count(*) FROM organisation WHERE {where}", terms).fetchall()


def search(path: Path, repeats: int) -> tuple[float, float, str, str]:
    """Worst keystroke of the service (page + count) and of the raw baseline."""
    worst, worst_key, floor, floor_key = 0.0, "", 0.0, ""
    with open_database(path, user="benchmark") as db, closing(sqlite3.connect(path)) as conn:
        for key in keystrokes():
            query = OrganisationQuery(search=key, limit=PAGE)
            list_organisations(db, query)
            ms = median_ms(lambda: list_organisations(db, query), repeats)
            if ms > worst:
                worst, worst_key = ms, key
            raw = median_ms(lambda: _raw_search(conn, key), max(1, repeats // 2))
            if raw > floor:
                floor, floor_key = raw, key
    return worst, floor, worst_key, floor_key


# ------------------------------------------------------------------ agreements

# The Agreements list's keystrokes: its own titles, partners' names in kanji, kana and
# English (a partner's name finds its agreements), one and two characters included.
AGREEMENT_TYPED = ("神奈川", "かながわ", "MOU", "university", "研究", "x", "大学", "京", "さ", "横浜", "bio",
                   "覚書", "かなざわ university")
SCROLLED = (0, 100, 500, 1000, 2000, 3000)  # offsets of the pages a scroll reads


def agreement_keystrokes() -> list[str]:
    found = []
    for word in AGREEMENT_TYPED:
        for end in range(1, len(word) + 1):
            if word[:end].strip() and word[:end] not in found:
                found.append(word[:end])
    return found


def _raw_agreements(conn: sqlite3.Connection, text: str | None, offset: int = 0) -> None:
    """The floor: the same page in the list's order and the same (uncapped) count with
    LIKE over the agreement's and its partners' text, no ORM, the parties' names only."""
    terms = [like_pattern(t) for t in search_terms(text)]
    rule = ("(a.search_text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM agreement_party p JOIN organisation o"
            " ON o.id = p.organisation_id WHERE p.agreement_id = a.id AND o.search_text LIKE ? ESCAPE '\\'))")
    where = " AND ".join(["likely(a.deleted_at IS NULL)"] + [rule] * len(terms))
    values = [t for t in terms for _ in (0, 1)]
    ids = [i for (i,) in conn.execute(f"SELECT a.id FROM agreement a WHERE {where}"
                                      f" ORDER BY a.signed_on DESC NULLS LAST, a.id LIMIT {PAGE} OFFSET {offset}",
                                      values)]
    marks = ",".join("?" * len(ids))
    conn.execute(f"SELECT * FROM agreement WHERE id IN ({marks})", ids).fetchall()
    conn.execute(f"SELECT p.agreement_id, o.name_ja, o.name_en FROM agreement_party p JOIN organisation o"
                 f" ON o.id = p.organisation_id WHERE p.agreement_id IN ({marks})", ids).fetchall()
    conn.execute(f"SELECT count(*) FROM agreement a WHERE {where}", values).fetchall()


def agreement_search(path: Path, repeats: int) -> tuple[float, float, str, str]:
    """Worst keystroke of the Agreements list's search (page of 100 in its default order,
    newest signed first, and the capped count) against the raw LIKE page and full count."""
    worst, worst_key, floor, floor_key = 0.0, "", 0.0, ""
    with open_database(path, user="benchmark") as db, closing(sqlite3.connect(path)) as conn:
        for key in agreement_keystrokes():
            query = AgreementQuery(search=key, order_by="signed", descending=True, limit=PAGE)
            list_agreements(db, query)
            ms = median_ms(lambda: list_agreements(db, query), repeats)
            if ms > worst:
                worst, worst_key = ms, key
        # The baseline reads every agreement for a rare term (a second or more at 100,000):
        # once per whole word and for the service's worst keystroke.
        for key in dict.fromkeys((*AGREEMENT_TYPED, worst_key)):
            raw = median_ms(lambda: _raw_agreements(conn, key), 1)
            if raw > floor:
                floor, floor_key = raw, key
    return worst, floor, worst_key, floor_key


def agreement_pages(path: Path, repeats: int) -> tuple[float, float, str]:
    """The worst page of 100 of the unsearched list by scrolling (newest signed first,
    offsets up to 3,000, the count included) against the raw page and count."""
    worst, floor, note = 0.0, 0.0, ""
    with open_database(path, user="benchmark") as db, closing(sqlite3.connect(path)) as conn:
        for offset in SCROLLED:
            query = AgreementQuery(order_by="signed", descending=True, offset=offset, limit=PAGE)
            list_agreements(db, query)
            ms = median_ms(lambda: list_agreements(db, query), repeats)
            if ms > worst:
                worst, note = ms, f"worst at offset {offset:,}"
            floor = max(floor, median_ms(lambda: _raw_agreements(conn, None, offset), repeats))
    return worst, floor, note


# ------------------------------------------------------------------ calendar


def _raw_window(conn: sqlite3.Connection, first: date, last: date) -> None:
    """The floor: the index's rows of the window, by hand, as the service asks for them."""
    start, end = first.toordinal(), last.toordinal()
    columns = "falls_on, kind, entity_id, uid, title, who, auto_renew"
    conn.execute(f"SELECT {columns} FROM due_event WHERE falls_on <= ? AND until >= ? AND falls_on < ?"
                 f" AND falls_on >= ? UNION ALL SELECT {columns} FROM due_event WHERE falls_on <= ? AND until >= ?"
                 f" AND falls_on < ? AND until - falls_on > {LONG_DAYS}",
                 (end, start, start, start - LONG_DAYS, end, start, start - LONG_DAYS)).fetchall()
    conn.execute(f"SELECT {columns} FROM due_event WHERE falls_on <= ? AND until >= ? AND falls_on >= ?"
                 " ORDER BY falls_on, kind, title, entity_id", (end, start, start)).fetchall()


def calendar(path: Path, repeats: int) -> dict[str, tuple[float, float, str]]:
    """The worst month of the year, and the whole year, against the raw window query."""
    months = [(date(YEAR, m, 1), date(YEAR + (m == 12), m % 12 + 1, 1)) for m in range(1, 13)]
    months = [(first, date.fromordinal(following.toordinal() - 1)) for first, following in months]
    with open_database(path, user="benchmark") as db, closing(sqlite3.connect(path)) as conn:
        due_between(db, months[0][0], months[0][1])  # builds the index if it is not there yet
        worst = (0.0, 0.0, "")
        for first, last in months:
            ms = median_ms(lambda: due_between(db, first, last), repeats)
            if ms > worst[0]:
                raw = median_ms(lambda: _raw_window(conn, first, last), repeats)
                worst = (ms, raw, f"{first:%Y-%m} ({len(due_between(db, first, last)):,} entries)")
        first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
        year = (median_ms(lambda: due_between(db, first, last), repeats),
                median_ms(lambda: _raw_window(conn, first, last), repeats),
                f"{YEAR} ({len(due_between(db, first, last)):,} entries)")
    return {"month": worst, "year": year}


# ------------------------------------------------------------------ the full list


def full_list(path: Path, count: int) -> dict:
    """In a fresh process each, so that peak memory is the list's alone."""
    def child(mode: str) -> dict:
        out = subprocess.run([sys.executable, str(Path(__file__).with_name("list_child.py")), mode, str(path),
                              str(count)], cwd=ROOT, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    return {"service": child("service"), "raw": child("raw")}


# ------------------------------------------------------------------ demo insert


_COPIED = ("tag", "operation", "organisation", "organisation_tag", "contact", "membership", "agreement",
           "agreement_party", "signatory", "scope_item", "activity", "activity_organisation", "due_event", "due_state")


def demo_insert(size: int) -> tuple[float, float]:
    """``add_synthetic`` into a new database against raw ``executemany`` of the same rows
    (triggers and indexes alike) into another new one."""
    with tempfile.TemporaryDirectory() as folder:
        made, again = Path(folder) / "made.sqlite3", Path(folder) / "again.sqlite3"
        with open_database(made, user="benchmark") as db:
            started = time.perf_counter()
            add_synthetic(db, size, seed=2)
            seconds = time.perf_counter() - started
        open_database(again, user="benchmark").close()
        with closing(sqlite3.connect(made)) as source:
            tables = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in _COPIED}
        with closing(sqlite3.connect(again, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            for table, rows in tables.items():
                if rows:
                    conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
            conn.execute("DELETE FROM due_queue")  # as the generator's rebuild leaves it
            conn.execute("COMMIT")
            baseline = time.perf_counter() - started
    return seconds * 1000, baseline * 1000
