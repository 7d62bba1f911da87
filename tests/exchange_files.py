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


AGREEMENTS_TITLE = "令和7年度 連携協定一覧"
AGREEMENT_HEADERS = ["No.", "協定名", "相手方", "種別", "締結日", "有効期間（年）", "自動更新", "連携内容", "備考"]
# Rows 4–8 as written (the header is row 3); None where the merged range above fills it.
MUNICIPAL_AGREEMENTS = [
    [1, "観光振興に関する連携協定", "横浜市", "連携協定", "令和2年9月18日", "３年", "○", "観光振興\n人材育成", None],
    [2, "防災に関する協定", None, "連携協定", date(2021, 4, 1), 2, "×", "防災訓練", "更新協議中"],
    [3, "学術交流に関する覚書", "国立大学法人 湘南大学", "覚書", "H30.8.1", "5", "あり", "学生交流；共同研究", None],
    [4, "技術連携協定", "㈱かながわテック", "MOU", "2020/9/18", None, "なし", None, None],
    [5, "秘密保持契約", "株式会社 かながわテック", "秘密保持契約", "R3.4.1", "１", "はい", None, "※ 技術連携に付随"],
]
AGREEMENT_MERGES = ("C4:C5",)  # one partner named once for its two agreements


def municipal_agreements_xlsx(path: Path) -> Path:
    """The agreements list as a municipality keeps it: title, blank row, header, the
    partner merged down over its two agreements, era dates as text, full-width numbers,
    ○/× and あり/なし, a partner written as ㈱…, scope items on lines or after ；, notes."""
    rows = [[AGREEMENTS_TITLE], [], AGREEMENT_HEADERS, *MUNICIPAL_AGREEMENTS, [],
            ["出典：国際課調べ（令和7年4月1日現在）"]]
    write_xlsx(path, rows, sheet="協定一覧", merged=("A1:I1", *AGREEMENT_MERGES))
    return Path(path)


def filled_agreements() -> list[list]:
    """``MUNICIPAL_AGREEMENTS`` with the merged cells filled, as reading should give them."""
    rows = [list(r) for r in MUNICIPAL_AGREEMENTS]
    rows[1][2] = rows[0][2]
    return rows


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


# ---------------------------------------------------------------------- OpenDocument

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def _ods_cell(value, span: tuple[int, int] | None = None, repeat: int = 1) -> str:
    from xml.sax.saxutils import escape

    attrs = ""
    if span:
        attrs += f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if repeat > 1:
        attrs += f' table:number-columns-repeated="{repeat}"'
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, bool):
        return (f'<table:table-cell{attrs} office:value-type="boolean" office:boolean-value="{str(value).lower()}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, (int, float)):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if isinstance(value, date):
        return (f'<table:table-cell{attrs} office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def write_ods(path: Path, rows: Iterable[Sequence], sheet: str = "Sheet1", merged: Iterable[str] = (),
              *, body: str | None = None, trailing_empty_rows: int = 1048000) -> Path:
    """An OpenDocument spreadsheet the way LibreOffice lays it out: the rows, then a run
    of empty rows to the end of the sheet.  No library here writes .ods, so the XML is
    written as the format defines it; ``body`` replaces the sheet's rows with raw XML."""
    spans = {}
    for ref in merged:
        c0, r0, c1, r1 = range_boundaries(ref)
        spans[(r0 - 1, c0 - 1)] = (r1 - r0 + 1, c1 - c0 + 1)
    if body is None:
        parts = []
        for r, row in enumerate(rows):
            cells = "".join(_ods_cell(v, spans.get((r, c))) for c, v in enumerate(row))
            parts.append(f"<table:table-row>{cells}</table:table-row>")
        parts.append(f'<table:table-row table:number-rows-repeated="{trailing_empty_rows}">'
                     f'<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
        body = "".join(parts)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return Path(path)


# ---------------------------------------------------------------------- hostile files


def password_protected_xlsx(path: Path, package_size: int = 8192) -> Path:
    """What Excel saves for a workbook with a password to open: not a zip but an OLE
    compound file holding the streams EncryptionInfo and EncryptedPackage.  Laid out here
    sector by sector as the compound file format (version 3) defines it."""
    import struct

    sector = 512
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + bytes(4096 - 8)  # agile encryption, version 4.4
    package = struct.pack("<Q", package_size) + bytes(range(256)) * ((package_size - 8) // 256 + 1)
    package = package[:package_size]
    streams = [("EncryptionInfo", info), ("EncryptedPackage", package)]
    fat = [fat_sector, end]  # sector 0 holds the FAT, sector 1 the directory
    starts, data = [], b""
    for _, payload in streams:
        count = -(-len(payload) // sector)
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
        data += payload + bytes(count * sector - len(payload))
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", free, right, child) + bytes(16) + bytes(4) + bytes(16)
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, free, end, 0)
                 + entry("EncryptionInfo", 2, free, 2, starts[0], len(info))
                 + entry("EncryptedPackage", 2, free, free, starts[1], len(package))
                 + entry("", 0, free, free, 0, 0))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    Path(path).write_bytes(header + struct.pack(f"<{len(fat)}I", *fat) + directory + data)
    return Path(path)


def replace_part(path: Path, part: str, content: bytes, *, declared_size: int | None = None) -> Path:
    """The package at ``path`` rewritten with ``part`` holding ``content`` (for XML tricks
    and bombs); ``declared_size`` makes the zip's headers lie about the part's size."""
    import struct
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == part:
                data = content
            z.writestr(info.filename, data)
        if part not in {i.filename for i, _ in parts}:
            z.writestr(part, content)
    if declared_size is not None:
        raw = bytearray(Path(path).read_bytes())
        name = part.encode()
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = raw.find(signature)
            while at != -1:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if raw[name_at:name_at + len(name)] == name:
                    raw[at + offset:at + offset + 4] = struct.pack("<I", declared_size)
                at = raw.find(signature, at + 4)
        Path(path).write_bytes(bytes(raw))
    return Path(path)


def many_rows_xlsx(path: Path, rows: int, *, header: Sequence[str] = ("団体名", "種別")) -> Path:
    """A real workbook whose sheet has ``rows`` data rows, its sheet XML streamed into
    the package (openpyxl would take minutes for a million rows)."""
    import zipfile

    write_xlsx(path, [list(header)])
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
                continue
            head, _, rest = data.partition(b"<sheetData>")
            _, _, tail = rest.partition(b"</sheetData>")
            head = head.replace(b"<sheetData/>", b"")
            with z.open(name, "w", force_zip64=True) as out:
                out.write(head + b"<sheetData>")
                cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>'
                                for i, h in enumerate(header))
                out.write(f'<row r="1">{cells}</row>'.encode())
                batch = []
                for r in range(2, rows + 2):
                    batch.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>団体{r}</t></is></c>'
                                 f'<c r="B{r}"><v>{r}</v></c></row>')
                    if len(batch) == 10000:
                        out.write("".join(batch).encode())
                        batch = []
                out.write("".join(batch).encode() + b"</sheetData>" + tail)
    return Path(path)
