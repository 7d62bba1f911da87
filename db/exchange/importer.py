"""Importing a spreadsheet: the preview (a dry run that writes nothing) and the commit
(one transaction, a backup first, recorded as a batch that can be undone).

    preview = importer.preview(db, "横浜市_連携先.xlsx", "partners")
    preview.rows          # every row: new / update / unchanged / error, with its changes
    result = importer.commit(db, preview)   # all or nothing; skip_errors=True for the valid rows

The command line (``kakehashi import``) and the desktop's wizard both call these two.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from db import audit, catalogue
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.exchange import mapping as mappings
from db.exchange import reading
from db.exchange.model import CONTEXT, KINDS, ImportResult, Mapping, Preview, Problem, Table
from db.exchange.plan import Progress, make_plan
from db.models import ImportBatch, Operation, Tag

OPERATION = QT_TRANSLATE_NOOP("Operations", "Import from a spreadsheet")
CANCELLED = QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was written.")
HAS_ERRORS = QT_TRANSLATE_NOOP(
    "Import", "{count} rows have errors; nothing was written. Correct them and import again, or import the "
              "valid rows only.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Import", "'{kind}' is not a list that can be imported: {kinds}.")
NOT_IMPORTED = QT_TRANSLATE_NOOP("Import", "These columns are not imported: {headers}.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Import", "Someone saved while the import was starting; nothing was written. Check the rows again and import.")
NOTHING_MAPPED = QT_TRANSLATE_NOOP(
    "Import", "No column of the sheet “{sheet}” was recognised; say which column holds which field.")


class Cancelled(KakehashiError):
    context = CONTEXT

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class ImportRefused(KakehashiError):
    """The import cannot start as asked (an unknown list, the database changed under it)."""

    context = CONTEXT


class HasErrors(KakehashiError):
    context = CONTEXT

    def __init__(self, count: int) -> None:
        super().__init__(HAS_ERRORS, count=count)


def _check_kind(list_kind: str) -> None:
    if list_kind not in KINDS:
        raise ImportRefused(UNKNOWN_KIND, kind=list_kind, kinds=", ".join(KINDS))


def version_column(list_kind: str, headers: list[str]) -> int | None:
    """The column our own export wrote each record's version in, if the file has it."""
    wanted = {catalogue.normalise_header(h) for h in catalogue.header_synonyms(KINDS[list_kind], "version")}
    for index, header in enumerate(headers):
        if header and catalogue.normalise_header(header) in wanted:
            return index
    return None


def _info_headers(list_kind: str) -> set[str]:
    from db.exchange.columns import columns

    kind = KINDS[list_kind]
    return {catalogue.normalise_header(h) for c in columns(list_kind) if not c.importable
            for h in catalogue.header_synonyms(kind, c.field)}


def read_table(path: str | Path, list_kind: str, sheet: str | None = None) -> tuple[Table, str]:
    """The sheet's table and the file's SHA-256."""
    _check_kind(list_kind)
    with reading.open_workbook(path) as book:
        return book.table(sheet, list_kind), book.sha256


def preview(db: Database, path: str | Path, list_kind: str, *, sheet: str | None = None,
            mapping: Mapping | None = None, overrides: dict[str, str] | None = None,
            progress: Progress = None, cancelled: Callable[[], bool] | None = None,
            table: Table | None = None, sha256: str | None = None) -> Preview:
    """Read the file and plan every row against the database; nothing is written.

    ``mapping`` None: the mapping remembered for files with these headers, else the
    automatic one; ``overrides`` (header → field, "" to leave a column out) go on top.
    A ``table`` already read (the wizard keeps it) saves reading the file again.
    """
    if table is None:
        table, sha256 = read_table(path, list_kind, sheet)
    headers = table.headers
    if mapping is None:
        mapping = mappings.remembered(db, list_kind, headers) or mappings.auto_map(list_kind, headers)
    if overrides:
        mapping = mappings.apply_overrides(list_kind, headers, mapping, overrides)
    problems = list(table.notes)
    if not any(mapping.values()):
        problems.append(Problem(NOTHING_MAPPED, params={"sheet": table.sheet}))
    versions = version_column(list_kind, headers)
    ours = _info_headers(list_kind)  # our own export's read-only columns: expected, not worth a word
    left_out = [h for i, h in enumerate(headers) if h and mapping.get(i) is None and i != versions
                and not mappings.is_running_number(h) and catalogue.normalise_header(h) not in ours]
    if left_out and any(mapping.values()):
        problems.append(Problem(NOT_IMPORTED, params={"headers": ", ".join(left_out)}))
    with db.reading() as session:
        mark = _latest_operation(session)
        plans, pending = make_plan(session, list_kind, table, mapping, version_column=versions,
                                   progress=progress, cancelled=cancelled)
    return Preview(path=str(path), sheet=table.sheet, list_kind=list_kind, sha256=sha256 or "", headers=headers,
                   mapping=dict(mapping), rows=plans, problems=problems, table=table, version_column=versions,
                   pending=pending, planned_at_operation=mark)


def _latest_operation(session) -> int:
    """Every write of the program is an operation: the same latest one means the same data."""
    return session.scalar(select(func.max(Operation.id))) or 0


def dry_run_result(preview: Preview) -> ImportResult:
    """What the preview says an import would do, in the shape of a result (batch None)."""
    return ImportResult(
        created=preview.count("new"), updated=preview.count("update"), unchanged=preview.count("unchanged"),
        errors=preview.errors, warnings=preview.warnings, mapping=_named(preview), batch=None,
        skipped=preview.count("error"))


def _named(preview: Preview) -> dict[str, str | None]:
    return {header or f"#{index + 1}": preview.mapping.get(index) for index, header in enumerate(preview.headers)}


def commit(db: Database, preview: Preview, *, skip_errors: bool = False, progress: Progress = None,
           cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the import in one transaction, after a backup.

    The rows are planned again inside the transaction (someone may have saved since the
    preview).  Any row with an error writes nothing unless ``skip_errors``; a cancel
    writes nothing.  Returns what was done, with the batch that can undo it.
    """
    from db import backup
    from db.exchange.write import write_rows

    if preview.table is None:
        raise ValueError("the preview holds no table to import")
    if preview.errors and not skip_errors:
        raise HasErrors(sum(1 for r in preview.rows if r.errors))
    with db.reading() as session:
        unchanged_since = preview.planned_at_operation == _latest_operation(session)
    # A file the database already holds (the same file imported twice) needs no backup.
    taken = None
    if (preview.pending or not unchanged_since) and db.location.path is not None and not db.read_only:
        taken = str(backup.take_backup(db.location, reason="before-import").path)
    list_kind = preview.list_kind
    with db.transaction(OPERATION) as session:
        if preview.planned_at_operation is not None and _latest_operation(session) == preview.planned_at_operation:
            plans, pending = preview.rows, preview.pending  # nothing saved since the preview: its plan holds
        else:  # someone saved meanwhile: plan again on what the database holds now
            plans, pending = make_plan(session, list_kind, preview.table, preview.mapping,
                                       version_column=preview.version_column, cancelled=cancelled)
            if pending and taken is None and db.location.path is not None:
                raise ImportRefused(CHANGED_MEANWHILE)  # never a write without its backup
        failed = [r for r in plans if r.errors]
        if failed and not skip_errors:
            raise HasErrors(len(failed))
        tags_before = set(session.scalars(select(Tag.name)))
        details = write_rows(session, list_kind, pending, progress=progress, cancelled=cancelled)
        created = sum(1 for p in pending if p.plan.action == "new")
        updated = sum(1 for p in pending if p.plan.action == "update")
        unchanged = sum(1 for r in plans if r.action == "unchanged")
        batch_id = None
        if pending:
            details["tags"] = sorted(set(session.scalars(select(Tag.name))) - tags_before)
            batch = ImportBatch(operation_id=audit.operation_id(session), list_kind=list_kind,
                                file_name=Path(preview.path).name[:300], sha256=preview.sha256,
                                sheet=preview.sheet[:100], user=db.user, created=created, updated=updated,
                                unchanged=unchanged, skipped=len(failed), details=details)
            session.add(batch)
            session.flush()
            batch_id = batch.id
    try:
        mappings.remember(db, list_kind, preview.headers, preview.mapping, Path(preview.path).name)
    except KakehashiError:  # a busy moment: the import stands, the mapping is asked again next time
        pass
    return ImportResult(created=created, updated=updated, unchanged=unchanged,
                        errors=[p for r in failed for p in r.errors],
                        warnings=[*preview.problems, *(p for r in plans for p in r.warnings)],
                        mapping=_named(preview), batch=batch_id, skipped=len(failed), backup=taken)
