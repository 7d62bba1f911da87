"""Helpers of the import tests: files written with openpyxl, and a dump of the records
to compare a database before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from db import derived

# Kept by the program about its own work, not records: they grow with every import.
_NOT_RECORDS = {"operation", "change", "import_batch", "import_mapping", "alembic_version", "sqlite_sequence"}


def write_xlsx(path: Path, rows: list[list], sheet: str = "一覧") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every record table's rows, sorted (derived indexes and the history left out)."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name not in _NOT_RECORDS and name not in derived.TABLES]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in sorted(tables)}
    finally:
        conn.close()


def partner_rows(*rows: list) -> list[list]:
    """A municipal partners list: a title row, a blank row, the header, the rows, a note."""
    return [["令和7年度 連携団体一覧"], [], ["No.", "団体名", "英文名", "種別", "所在地", "タグ", "備考"],
            *rows, ["※ 備考欄は任意です"]]
