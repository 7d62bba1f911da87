"""A health check of a database: SQLite's own checks, foreign keys, stored documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from db import migrate
from db.database import Database
from db.models import Activity, Agreement, AgreementDocument, Contact, Membership, Organisation
from db.services.documents import sha256_of, stored_path


@dataclass
class CheckReport:
    revision: str | None
    journal_mode: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


COUNTED = {"organisations": Organisation, "contacts": Contact, "memberships": Membership,
           "agreements": Agreement, "activities": Activity, "documents": AgreementDocument}


def check_database(db: Database) -> CheckReport:
    report = CheckReport(migrate.current_revision(db.engine), "")
    with db.reading() as session:
        if db.engine.dialect.name == "sqlite":
            report.journal_mode = session.execute(text("PRAGMA journal_mode")).scalar_one()
            verdict = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if verdict != ["ok"]:
                report.problems += [f"integrity: {v}" for v in verdict]
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
        for name, model in COUNTED.items():
            report.counts[name] = session.scalar(select(func.count()).select_from(model)) or 0
        for doc in session.scalars(select(AgreementDocument)):
            path = stored_path(db.location.files_dir, doc.sha256)
            if not path.is_file():
                report.problems.append(f"document {doc.id} ({doc.original_name}): stored copy missing at {path}")
            elif sha256_of(path)[0] != doc.sha256:
                report.problems.append(f"document {doc.id} ({doc.original_name}): stored copy damaged at {path}")
    if report.revision != migrate.head_revision():
        report.problems.append(f"schema {report.revision} is not this program's {migrate.head_revision()}")
    return report
