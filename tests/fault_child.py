"""Processes the fault tests start, kill and race against.  Not a test module.

    python tests/fault_child.py services DB START   write use cases until killed
    python tests/fault_child.py writer DB [PAUSE]   small raw writes until killed
    python tests/fault_child.py hold DB SECONDS     hold the write lock, then let go
    python tests/fault_child.py seed DB             load the demo data once

Each prints one line per committed step (flushed), so the test knows what must be
in the database after a kill.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROUND = "Kill round"


def services(path: str, start: int) -> None:
    from db.errors import StorageFault
    from db.lifecycle import open_database

    db = open_database(path, user="kill", busy_timeout_ms=60_000)
    n = start
    while True:
        try:
            operation = _use_case(db, n, start)
        except StorageFault:  # the disk is full: nothing of this use case was written
            print("full", flush=True)
            time.sleep(0.02)
            continue
        print(f"{n} {operation}", flush=True)
        n += 1


def _use_case(db, n: int, start: int) -> int | None:
    from db import audit
    from db.models import Organisation
    from db.services.agreements import AgreementData, ScopeItemData, SignatoryData, add_agreement
    from db.services.contacts import ContactData, add_contact
    from db.services.organisations import OrganisationData, add_organisation

    with db.transaction(ROUND) as session:
        org = add_organisation(session, OrganisationData(
            kind="university", name_ja=f"組織{n}", name_en=f"Organisation {n}", notes="x" * (n % 500),
            tags=[f"round{n % 7}"]))
        add_contact(session, ContactData(organisation_id=org.id, family_name="山田", given_name=f"{n}",
                                         email=f"p{n}@example.org", is_primary=True))
        add_agreement(session, AgreementData(
            title=f"協定{n}", party_ids=[org.id], signed_on=date(2020, 1 + n % 12, 1), term_years=3,
            signatories=[SignatoryData(side="partner", name=f"署名者{n}", organisation_id=org.id)],
            scope=[ScopeItemData(f"範囲{n}", f"Scope {n}")]))
        if n > start:  # an update of an earlier record in the same use case
            earlier = session.get(Organisation, org.id - 1)
            if earlier is not None:
                earlier.notes = f"touched by {n}"
        session.flush()
        return session.info.get(audit.OPERATION_ID)


def writer(path: str, pause: float = 0.0) -> None:
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    conn.execute("CREATE TABLE IF NOT EXISTS scribble (id INTEGER PRIMARY KEY, body TEXT)")
    n = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO scribble (body) VALUES (?)", [("x" * 200,)] * 20)
        conn.execute("COMMIT")
        n += 1
        if n == 1:
            print("writing", flush=True)
        time.sleep(pause)


def hold(path: str, seconds: float) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(seconds)
    conn.execute("ROLLBACK")


def seed(path: str) -> None:
    from db.demo.seed import NotEmpty, load_seed
    from db.lifecycle import open_database

    with open_database(path, busy_timeout_ms=60_000) as db:
        try:
            load_seed(db)
            print("seeded", flush=True)
        except NotEmpty:
            print("not empty", flush=True)


if __name__ == "__main__":
    command, target = sys.argv[1], sys.argv[2]
    if command == "services":
        services(target, int(sys.argv[3]))
    elif command == "writer":
        writer(target, float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
    elif command == "hold":
        hold(target, float(sys.argv[3]))
    elif command == "seed":
        seed(target)
    else:
        raise SystemExit(f"unknown command {command}")
