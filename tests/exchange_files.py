"""Builders of the spreadsheets municipalities really send, written with the real
libraries (openpyxl, xlwt, csv) into a test's folder.  Shared by every exchange test.

    path = municipal_partners_xlsx(tmp_path / "partners.xlsx")
    write_xlsx(tmp_path / "a.xlsx", [["団体名", "種別"], ["横浜市", "市"]], merged=("A1:B1",))

``MUNICIPAL_PARTNERS`` holds what the municipal workbooks say, row by row as Excel shows
them, so tests can compare what was read with what was written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

TITLE = "令和7年度 連携団体一覧"
SHEET = "連携団体"

# The two-row header: the upper row (with cells merged across or down) and the lower.
HEADER_TOP = ["No.", "団体名", "英語名", "種別", "所在地", None, "住所", "ウェブサイト", "連携開始日", "備考"]
HEADER_BOTTOM = [None, None, None, None, "都道府県", "市区町村", None, None, None, None]
# The headers reading should give for the two rows joined.
HEADERS = ["No.", "団体名", "英語名", "種別", "所在地 都道府県", "所在地 市区町村", "住所", "ウェブサイト",
           "連携開始日", "備考"]
HEADER_MERGES = ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4")

# Data rows 5–10 as written; None where a merged range above fills the cell.
MUNICIPAL_PARTNERS = [
    ["１", "横浜市", "City of Yokohama", "市", "神奈川県", "横浜市", "中区港町１－１", "https://www.city.yokohama.lg.jp/",
     "令和2年9月18日", None],
    ["２", "川崎市", "City of Kawasaki", None, None, "川崎市", "川崎区宮本町１", "https://www.city.kawasaki.jp/",
     "平成31年4月1日", "友好都市"],
    ["３", "相模原市", None, None, None, "相模原市", "中央区中央２－１１－１５", None, "R2.9.18", None],
    ["４", "株式会社かながわテック", "Kanagawa Tech Co., Ltd.", "企業", "神奈川県", "藤沢市", "藤沢１－２－３",
     "https://kanagawa-tech.example.jp/", date(2021, 4, 1), "ＩＴ連携"],
    ["５", "国立大学法人　湘南大学", "Shonan University", "大学", "神奈川県", "藤沢市", None, None, "H30.8.1",
     "学術交流\n共同研究"],
    ["６", "公益財団法人 かながわ国際交流財団", "Kanagawa International Foundation", "財団", "神奈川県", "横浜市",
     "中区山下町１", None, "２０２１／４／１", None],
]
# Merged down a column: 種別 "市" over rows 5–7 and 都道府県 "神奈川県" over rows 5–7.
DATA_MERGES = ("D5:D7", "E5:E7")
FIRST_DATA_ROW = 5
NOTES = ["※ 令和7年4月1日現在の情報です。", "出典：国際課調べ"]  # rows 12 and 13, under a blank row 11


def filled_partners() -> list[list]:
    """``MUNICIPAL_PARTNERS`` with the merged cells filled, as reading should give them."""
    rows = [list(r) for r in MUNICIPAL_PARTNERS]
    for r in (1, 2):
        rows[r][3] = rows[0][3]
        rows[r][4] = rows[0][4]
    return rows


def write_xlsx(path: Path, rows: Iterable[Sequence], sheet: str = "Sheet1", merged: Iterable[str] = (),
               *, more_sheets: dict[str, Iterable[Sequence]] | None = None, start: str = "A1",
               formulas: bool = False) -> Path:
    """A workbook with ``rows`` from ``start`` on one sheet (and optionally more sheets),
    ``merged`` ranges like "A1:C1" merged (the top-left cell keeps its value).  Text that
    starts with "=" is a text cell unless ``formulas`` (then openpyxl writes a formula,
    with no cached value, as a program that never opened Excel would)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    _fill(ws, rows, start, formulas)
    for ref in merged:
        ws.merge_cells(ref)
    for name, more in (more_sheets or {}).items():
        _fill(book.create_sheet(name), more, "A1", formulas)
    book.save(path)
    return Path(path)


def _fill(ws, rows: Iterable[Sequence], start: str, formulas: bool) -> None:
    col0, row0, _, _ = range_boundaries(start + ":" + start)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                cell = ws.cell(row=row0 + r, column=col0 + c, value=value)
                if isinstance(value, str) and value.startswith("=") and not formulas:
                    cell.data_type = "s"


def municipal_partners_xlsx(path: Path) -> Path:
    """The partners list as a municipality keeps it: a title, a blank row, a header of two
    rows joined by merged cells, values merged down a column, full-width digits, era
    dates as text and one date cell, a running-number column, and notes under the data."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = SHEET
    ws["A1"] = TITLE
    ws.merge_cells("A1:J1")
    for c, value in enumerate(HEADER_TOP, start=1):
        if value is not None:
            ws.cell(row=3, column=c, value=value)
    for c, value in enumerate(HEADER_BOTTOM, start=1):
        if value is not None:
            ws.cell(row=4, column=c, value=value)
    for ref in HEADER_MERGES:
        ws.merge_cells(ref)
    for r, row in enumerate(MUNICIPAL_PARTNERS, start=FIRST_DATA_ROW):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, date):
                    cell.number_format = "yyyy/mm/dd"
    for ref in DATA_MERGES:
        ws.merge_cells(ref)
    last = FIRST_DATA_ROW + len(MUNICIPAL_PARTNERS)  # a blank row, then the notes
    for i, note in enumerate(NOTES):
        ws.cell(row=last + 1 + i, column=1, value=note)
    ws.merge_cells(f"A{last + 1}:J{last + 1}")
    ws.column_dimensions[get_column_letter(2)].width = 30
    book.save(path)
    return Path(path)


def municipal_partners_xls(path: Path) -> Path:
    """The same list as an old .xls, written by xlwt (merges through ``write_merge``)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(SHEET)
    date_style = xlwt.easyxf(num_format_str="yyyy/mm/dd")
    merged_cells = {}
    for ref in ("A1:J1", *HEADER_MERGES, *DATA_MERGES):
        c0, r0, c1, r1 = range_boundaries(ref)
        merged_cells[(r0 - 1, c0 - 1)] = (r1 - 1, c1 - 1)
    grid: dict[tuple[int, int], object] = {(0, 0): TITLE}
    for c, value in enumerate(HEADER_TOP):
        grid[(2, c)] = value
    for c, value in enumerate(HEADER_BOTTOM):
        if value is not None:
            grid[(3, c)] = value
    for r, row in enumerate(MUNICIPAL_PARTNERS, start=FIRST_DATA_ROW - 1):
        for c, value in enumerate(row):
            grid[(r, c)] = value
    last = FIRST_DATA_ROW - 1 + len(MUNICIPAL_PARTNERS)
    for i, note in enumerate(NOTES):
        grid[(last + 1 + i, 0)] = note
    covered = set()
    for (r0, c0), (r1, c1) in merged_cells.items():
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        value = grid.get((r0, c0))
        ws.write_merge(r0, r1, c0, c1, value if value is not None else "",
                       date_style if isinstance(value, date) else xlwt.Style.default_style)
    for (r, c), value in grid.items():
        if value is None or (r, c) in covered or (r, c) in merged_cells:
            continue
        ws.write(r, c, value, date_style if isinstance(value, (date, datetime)) else xlwt.Style.default_style)
    book.save(str(path))
    return Path(path)


def write_csv(path: Path, rows: Iterable[Sequence], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """A CSV as Excel writes it: CRLF line ends, empty text for empty cells."""
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return Path(path)


def cp932_csv(path: Path, rows: Iterable[Sequence], delimiter: str = ",") -> Path:
    """Excel's plain "CSV" on Japanese Windows: Shift_JIS (CP932), no BOM."""
    return write_csv(path, rows, encoding="cp932", delimiter=delimiter)


def utf8_bom_csv(path: Path, rows: Iterable[Sequence], delimiter: str = ",") -> Path:
    """Excel's "CSV UTF-8": UTF-8 with a byte order mark."""
    return write_csv(path, rows, encoding="utf-8-sig", delimiter=delimiter)


def municipal_partners_rows() -> list[list]:
    """The municipal list as the rows of a CSV: title, blank, one header row, data, notes."""
    rows: list[list] = [[TITLE], []]
    rows.append(["No.", "団体名", "英語名", "種別", "都道府県", "市区町村", "住所", "ウェブサイト", "連携開始日", "備考"])
    for row in filled_partners():
        rows.append([v.strftime("%Y/%m/%d") if isinstance(v, date) else v for v in row])
    rows.append([])
    rows.extend([note] for note in NOTES)
    return rows
