"""One import (or its baseline) in a process of its own: prints seconds and peak memory
as JSON.

    python benchmarks/exchange_child.py import WORKBOOK EMPTY_DATABASE
    python benchmarks/exchange_child.py raw WORKBOOK

``import`` copies the empty database and runs the whole import on it — read, map,
plan, backup, write, batch — as ``kakehashi import`` does.  ``raw`` is the floor:
python-calamine reads the same sheet and ``sqlite3.executemany`` inserts its rows into
a table of as many columns, in one transaction, with the program's own settings.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.list_child import peak_mb  # noqa: E402


def run_import(workbook: str, empty: str) -> dict:
    from db.exchange import importer
    from db.lifecycle import open_database

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "import.sqlite3"
        shutil.copy(empty, target)
        with open_database(target, user="benchmark") as db:
            started = time.perf_counter()
            preview = importer.preview(db, workbook, "partners")
            result = importer.commit(db, preview)
            seconds = time.perf_counter() - started
        return {"seconds": seconds, "peak_mb": peak_mb(), "created": result.created,
                "errors": len(result.errors)}


def run_raw(workbook: str) -> dict:
    from python_calamine import CalamineWorkbook

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        rows = CalamineWorkbook.from_path(workbook).get_sheet_by_index(0).to_python()
        header, body = rows[0], rows[1:]
        with closing(sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            columns = ", ".join(f"c{n}" for n in range(len(header)))
            conn.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {columns})")
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(f"INSERT INTO t ({columns}) VALUES ({', '.join('?' * len(header))})", body)
            conn.execute("COMMIT")
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "created": len(body), "errors": 0}


if __name__ == "__main__":
    mode = sys.argv[1]
    found = run_import(sys.argv[2], sys.argv[3]) if mode == "import" else run_raw(sys.argv[2])
    print(json.dumps(found))
