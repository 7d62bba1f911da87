"""Databases the benchmarks run on: generated once per size and kept under build/.

Generating 100,000 organisations with 100,000 agreements takes minutes, so the file
is cached (``build/benchmarks/<size>.sqlite3``, never committed) and reused while the
schema revision and the generator's parameters stay the same; ``--fresh`` rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from db.demo import add_synthetic
from db.lifecycle import open_database
from db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "benchmarks"
# About one agreement per organisation (renewals included): the calendar is measured at
# as many agreements as the search has organisations.
AGREEMENT_SHARE = 0.82
SEED = 1


def database(size: int, *, fresh: bool = False, log=print) -> Path:
    """A database of ``size`` synthetic organisations, from the cache when it fits."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{size}.sqlite3"
    meta = path.with_suffix(".json")
    wanted = {"size": size, "revision": head_revision(), "schema": _schema(), "agreement_share": AGREEMENT_SHARE,
              "seed": SEED}
    if not fresh and path.exists() and meta.exists() and json.loads(meta.read_text()) == wanted:
        return path
    for old in (path, meta, *CACHE.glob(f"{size}.sqlite3-*"), CACHE / f"{size}-backups"):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
    log(f"generating {size:,} organisations into {path} (kept for later runs)…")
    started = time.perf_counter()
    with open_database(path, user="benchmark") as db:
        add_synthetic(db, size, seed=SEED, agreement_share=AGREEMENT_SHARE)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log(f"generated in {time.perf_counter() - started:.0f} s")
    meta.write_text(json.dumps(wanted))
    return path


def _schema() -> str:
    """A digest of the migrations: a cached file made by other ones is made again."""
    digest = hashlib.sha256()
    for script in sorted((ROOT / "db" / "migrations" / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:16]


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
                for t in ("organisation", "agreement", "contact", "membership", "activity")}
