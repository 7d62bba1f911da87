"""One full list in a process of its own: prints seconds and peak memory as JSON.

    python benchmarks/list_child.py service|raw DATABASE COUNT

``service`` lists COUNT organisations through ``list_organisations``; ``raw`` reads
the same columns and tags with ``sqlite3`` into dicts (the floor).  Both import
SQLAlchemy's ORM first, so the memory compared is the list's own.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no getrusage
    resource = None

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy.orm  # noqa: E402, F401 - the same imports in both modes

COLUMNS = ("id", "kind", "name_ja", "name_en", "name_kana", "short_name", "country", "region", "city", "address",
           "website", "notes", "version", "uid", "created_at", "updated_at", "deleted_at")


def peak_mb() -> float | None:
    """Peak resident memory of this process.  On Linux from VmHWM: ru_maxrss survives
    exec and would count the parent's memory at the fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def raw(path: str, count: int) -> int:
    conn = sqlite3.connect(path)
    # likely(): walk the name index as the service does, instead of sorting every row.
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM organisation WHERE likely(deleted_at IS NULL)"
                        " ORDER BY sort_key, id LIMIT ?", (count,)).fetchall()
    tags = defaultdict(list)
    for org, name in conn.execute("SELECT ot.organisation_id, t.name FROM organisation_tag ot"
                                  " JOIN tag t ON t.id = ot.tag_id ORDER BY ot.organisation_id, t.name"):
        tags[org].append(name)
    items = [dict(zip(COLUMNS, row), tags=tags.get(row[0], [])) for row in rows]
    return len(items)


def main() -> None:
    mode, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "service":  # the imports and opening are not the list's time
        from db.lifecycle import open_database
        from db.services.organisations import OrganisationQuery, list_organisations

        with open_database(path, user="benchmark") as db:
            list_organisations(db, OrganisationQuery(limit=1))
            before = peak_mb()
            started = time.perf_counter()
            listed = len(list_organisations(db, OrganisationQuery(limit=count)).items)
            seconds = time.perf_counter() - started
    else:
        before = peak_mb()
        started = time.perf_counter()
        listed = raw(path, count)
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before, "listed": listed}))


if __name__ == "__main__":
    main()
