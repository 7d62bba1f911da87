"""A health check of a database: SQLite's own checks, foreign keys, stored documents.

A damaged file is what this check is for, so damage is reported, never raised: SQLite's
integrity check runs first, and each later step that stumbles over a damaged page adds
a problem instead of ending the check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from db import migrate
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError, Notice
from db.models import Activity, Agreement, AgreementDocument, Contact, Membership, Organisation
from db.services.documents import sha256_of, stored_path


@dataclass
class CheckReport:
    revision: str | None
    journal_mode: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Notice] = field(default_factory=list)  # English text; .message/.params translate

    @property
    def ok(self) -> bool:
        return not self.problems


COUNTED = {"organisations": Organisation, "contacts": Contact, "memberships": Membership,
           "agreements": Agreement, "activities": Activity, "documents": AgreementDocument}


# What a check can find, in words for people (context "Errors").
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{part}: cannot be read ({reason})")
DAMAGE = QT_TRANSLATE_NOOP("Errors", "damage: {detail}")
DANGLING = QT_TRANSLATE_NOOP("Errors", "foreign key: {table} row {row} points to a missing {parent}")
DOCUMENT_MISSING = QT_TRANSLATE_NOOP("Errors", "document {id} ({name}): stored copy missing at {path}")
DOCUMENT_DAMAGED = QT_TRANSLATE_NOOP("Errors", "document {id} ({name}): stored copy damaged at {path}")
OTHER_SCHEMA = QT_TRANSLATE_NOOP("Errors", "schema {revision} is not this program's {head}")


def _problem(message: str, **params: object) -> Notice:
    return Notice("Errors", message, **params)


def check_database(db: Database) -> CheckReport:
    report = CheckReport(None, "")
    try:
        report.revision = migrate.current_revision(db.engine)
    except Exception as exc:  # noqa: BLE001 - a damaged file: report it, keep checking
        report.problems.append(_problem(UNREADABLE, part="schema", reason=_reason(exc)))
    if db.engine.dialect.name == "sqlite":
        _sqlite_checks(db, report)
    for name, model in COUNTED.items():
        try:
            with db.reading() as session:
                report.counts[name] = session.scalar(select(func.count()).select_from(model)) or 0
        except KakehashiError as exc:
            report.problems.append(_problem(UNREADABLE, part=name, reason=_reason(exc)))
    try:
        _documents(db, report)
    except KakehashiError as exc:
        report.problems.append(_problem(UNREADABLE, part="documents", reason=_reason(exc)))
    if report.revision is not None and report.revision != migrate.HEAD:
        report.problems.append(_problem(OTHER_SCHEMA, revision=report.revision, head=migrate.HEAD))
    return report


def _sqlite_checks(db: Database, report: CheckReport) -> None:
    try:
        with db.reading() as session:
            report.journal_mode = session.execute(text("PRAGMA journal_mode")).scalar_one()
            verdict = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    except KakehashiError as exc:  # damage so deep that SQLite stops checking half way
        verdict = [_reason(exc.__cause__ or exc)]
    if verdict != ["ok"]:
        report.problems += [_problem(DAMAGE, detail=v) for v in verdict]
        return  # a foreign-key walk over damaged pages would only repeat the damage
    with db.reading() as session:
        for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
            report.problems.append(_problem(DANGLING, table=table, row=rowid, parent=parent))


def _documents(db: Database, report: CheckReport) -> None:
    with db.reading() as session:
        for doc in session.scalars(select(AgreementDocument)):
            path = stored_path(db.location.files_dir, doc.sha256)
            if not path.is_file():
                report.problems.append(_problem(DOCUMENT_MISSING, id=doc.id, name=doc.original_name, path=str(path)))
            elif sha256_of(path)[0] != doc.sha256:
                report.problems.append(_problem(DOCUMENT_DAMAGED, id=doc.id, name=doc.original_name, path=str(path)))


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]
