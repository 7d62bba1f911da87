"""Hostile and broken files: each is refused with a message that names the file, before a
parser is given a chance to run away with time or memory."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from db.exchange import read_checks as checks
from db.exchange.model import ExchangeError
from db.exchange.reading import MAX_ROWS, open_workbook
from tests import exchange_files as files


def _refused(path: Path, message: str, *, sheet: str | None = None) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        with open_workbook(path) as book:
            book.table(sheet, "partners")
    error = caught.value
    assert error.message == message, error.text()
    assert error.params["file"] == path.name
    assert path.name in error.text()
    return error


# ---------------------------------------------------------------------- not a spreadsheet


def test_a_text_file_named_xlsx(tmp_path):
    path = tmp_path / "団体一覧.xlsx"
    path.write_text("団体名,種別\n横浜市,市\n", encoding="utf-8")
    _refused(path, checks.NOT_SPREADSHEET)


def test_a_web_page_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>団体名</td></tr></table></body></html>", encoding="utf-8")
    _refused(path, checks.NOT_SPREADSHEET)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.txt", "not a workbook")
    _refused(path, checks.NOT_SPREADSHEET)


@pytest.mark.parametrize("name", ["empty.xlsx", "empty.csv", "empty.xls", "empty.ods"])
def test_an_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    _refused(path, checks.EMPTY_FILE)


def test_a_missing_file(tmp_path):
    with pytest.raises(ExchangeError) as caught:
        open_workbook(tmp_path / "gone.xlsx")
    assert caught.value.message == checks.CANNOT_OPEN
    assert caught.value.params == {"file": "gone.xlsx"}


# ---------------------------------------------------------------------- damaged


def test_half_a_download(tmp_path):
    whole = files.municipal_partners_xlsx(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    _refused(path, checks.DAMAGED)


def test_a_part_with_damaged_data(tmp_path):
    path = files.municipal_partners_xlsx(tmp_path / "bitrot.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    middle = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    data[middle:middle + 16] = bytes(16)
    path.write_bytes(bytes(data))
    _refused(path, checks.DAMAGED)


def test_an_xls_that_is_only_its_signature(tmp_path):
    path = tmp_path / "broken.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    _refused(path, checks.DAMAGED)


# ---------------------------------------------------------------------- protected


def test_a_password_protected_workbook(tmp_path):
    path = files.password_protected_xlsx(tmp_path / "secret.xlsx")
    error = _refused(path, checks.PROTECTED)
    assert "password" in error.text()


# ---------------------------------------------------------------------- zip bombs


def test_a_part_that_unpacks_to_hundreds_of_times_its_size(tmp_path):
    path = files.write_xlsx(tmp_path / "bomb.xlsx", [["団体名"], ["横浜市"]])
    files.replace_part(path, "xl/media/padding.bin", bytes(40 * 1024 * 1024))
    _refused(path, checks.ZIP_BOMB)


def test_a_package_that_declares_more_than_it_may_unpack(tmp_path):
    path = files.write_xlsx(tmp_path / "huge.xlsx", [["団体名"], ["横浜市"]])
    files.replace_part(path, "xl/media/padding.bin", b"x" * 1000, declared_size=checks.MAX_UNPACKED + 1)
    _refused(path, checks.ZIP_BOMB)


def test_a_part_that_unpacks_to_more_than_it_declares(tmp_path):
    # Its headers say 1,000 bytes, so no ratio looks odd; the unpacking itself stops it.
    path = files.write_xlsx(tmp_path / "liar.xlsx", [["団体名"], ["横浜市"]])
    files.replace_part(path, "xl/media/padding.bin", bytes(5 * 1024 * 1024), declared_size=1000)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/media/padding.bin")
    assert info.file_size == 1000 and info.compress_size < info.file_size * 10
    _refused(path, checks.ZIP_BOMB)


# ---------------------------------------------------------------------- XML tricks

_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
                      for i in range(1, 10))
           + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
           b"<si><t>&lol9;</t></si></sst>")
_EXTERNAL = (b'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
             b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
             b"<si><t>&xxe;</t></si></sst>")


@pytest.mark.parametrize("xml", [_LAUGHS, _EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_entity_tricks_in_the_shared_strings(tmp_path, xml):
    path = files.write_xlsx(tmp_path / "entities.xlsx", [["団体名"], ["横浜市"]])
    files.replace_part(path, "xl/sharedStrings.xml", xml)
    _refused(path, checks.XML_DECLARATIONS)


def test_a_doctype_after_a_long_comment_in_a_sheet(tmp_path):
    path = files.write_xlsx(tmp_path / "sheet.xlsx", [["団体名"], ["横浜市"]])
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert sheet.startswith(b"<worksheet")  # openpyxl writes no XML declaration
    tricked = (b'<?xml version="1.0" encoding="UTF-8"?><!--' + b" " * 3_000_000 + b"-->"
               + b'<!DOCTYPE x [<!ENTITY e "e">]>' + sheet)
    files.replace_part(path, "xl/worksheets/sheet1.xml", tricked)
    _refused(path, checks.XML_DECLARATIONS)


def test_entity_tricks_in_an_ods(tmp_path):
    body = '<table:table-row><table:table-cell office:value-type="string"><text:p>団体名</text:p></table:table-cell></table:table-row>'
    path = files.write_ods(tmp_path / "entities.ods", [], body=body)
    files.replace_part(path, "content.xml", _LAUGHS.replace(b"sst", b"doc"))
    _refused(path, checks.XML_DECLARATIONS)


# ---------------------------------------------------------------------- too large


def test_a_sheet_of_a_million_rows_is_refused_without_loading_it(tmp_path):
    path = files.many_rows_xlsx(tmp_path / "million.xlsx", 1_000_000)
    error = _refused(path, checks.TOO_MANY_ROWS)
    assert error.params["limit"] == f"{MAX_ROWS:,}"
    assert error.params["sheet"] == "Sheet1"
    # In a process of its own, the refusal must not have cost the memory the sheet would take.
    if not Path("/proc/self/status").exists():
        pytest.skip("the peak memory of a process is read from /proc (Linux)")
    # VmHWM, the process's own peak: ru_maxrss survives exec and would count the forking
    # test process (hundreds of MB late in a full run).
    code = ("import sys; from pathlib import Path; from db.exchange.reading import open_workbook\n"
            "try:\n    open_workbook(sys.argv[1]).table()\nexcept Exception as e:\n    print(type(e).__name__)\n"
            "print(next(int(l.split()[1]) for l in Path('/proc/self/status').read_text().splitlines()"
            " if l.startswith('VmHWM:')) // 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent).stdout.split()
    assert out[0] == "ExchangeError"
    assert int(out[1]) < 250, f"peak memory {out[1]} MB"


def test_the_limit_itself_is_read(tmp_path):
    path = files.many_rows_xlsx(tmp_path / "at-limit.xlsx", 3000)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert len(table.rows) == 3000
    assert table.rows[-1].number == 3001 and table.rows[-1].cells == ["団体3001", 3001]


def test_one_far_away_cell_is_refused_before_the_grid_is_made(tmp_path):
    # calamine holds a sheet as a dense grid: A1 and XFD1048576 alone would be 17 billion cells.
    path = files.write_xlsx(tmp_path / "far-row.xlsx", [["団体名"], ["横浜市"]])
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = "x"
    book.save(path)
    _refused(path, checks.TOO_MANY_ROWS)


def test_a_far_away_column_is_refused(tmp_path):
    import openpyxl

    path = files.write_xlsx(tmp_path / "far-column.xlsx", [["団体名"], ["横浜市"]])
    book = openpyxl.load_workbook(path)
    book.active["XFD1000"] = "x"
    book.save(path)
    error = _refused(path, checks.TOO_WIDE)
    assert error.params["columns"] == "XFD" and error.params["rows"] == "1,000"


def test_the_large_sheet_is_refused_only_when_read(tmp_path):
    import openpyxl

    path = files.write_xlsx(tmp_path / "two.xlsx", [["団体名"], ["横浜市"]], sheet="一覧", more_sheets={"大": [["x"]]})
    book = openpyxl.load_workbook(path)
    book["大"]["A900000"] = "x"
    book.save(path)
    with open_workbook(path) as opened:
        assert opened.table("一覧", "partners").rows[0].cells == ["横浜市"]
        with pytest.raises(ExchangeError) as caught:
            opened.table("大")
    assert caught.value.message == checks.TOO_MANY_ROWS and caught.value.params["sheet"] == "大"


def test_a_csv_of_a_million_rows(tmp_path):
    path = tmp_path / "million.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("団体名,種別\n")
        f.writelines(f"団体{i},市\n" for i in range(1_000_000))
    error = _refused(path, checks.TOO_MANY_ROWS)
    assert error.params["sheet"] == "million"


def test_an_ods_that_repeats_a_row_a_million_times(tmp_path):
    body = ('<table:table-row><table:table-cell office:value-type="string"><text:p>団体名</text:p></table:table-cell>'
            '</table:table-row><table:table-row table:number-rows-repeated="1000000">'
            '<table:table-cell office:value-type="string"><text:p>横浜市</text:p></table:table-cell></table:table-row>')
    path = files.write_ods(tmp_path / "repeat.ods", [], body=body, sheet="一覧")
    _refused(path, checks.TOO_MANY_ROWS)


def test_an_ods_that_repeats_a_cell_across_every_column(tmp_path):
    body = ('<table:table-row table:number-rows-repeated="5000"><table:table-cell office:value-type="string" '
            'table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>')
    path = files.write_ods(tmp_path / "wide.ods", [], body=body)
    _refused(path, checks.TOO_WIDE)


def test_an_xls_with_one_far_away_cell_is_refused_before_calamine_opens_it(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("一覧")
    sheet.write(0, 0, "団体名")
    sheet.write(1, 0, "横浜市")
    sheet.write(65535, 255, "x")  # calamine would hold 16.7 million cells for this
    book.save(str(tmp_path / "far.xls"))
    error = _refused(tmp_path / "far.xls", checks.TOO_WIDE)
    assert (error.params["sheet"], error.params["rows"], error.params["columns"]) == ("一覧", "65,536", "IV")


def test_xls_extents_are_read_per_sheet(tmp_path):
    import xlwt

    from db.exchange.read_xls import Damaged, sheet_extents

    book = xlwt.Workbook()
    for name, (row, column) in {"一覧": (3, 2), "メモ": (40, 7)}.items():
        book.add_sheet(name).write(row, column, "x")
    book.save(str(tmp_path / "two.xls"))
    assert sheet_extents((tmp_path / "two.xls").read_bytes()) == {"一覧": (4, 3), "メモ": (41, 8)}
    with pytest.raises(Damaged):
        sheet_extents(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))


def test_an_xls_whose_sheet_ends_before_it_starts(tmp_path):
    # Found by fuzzing: calamine sized its grid from (last row - first row) wrapped around
    # and asked for 1.7 TB, which ends the process.  The records are read first.
    path = files.municipal_partners_xls(tmp_path / "inverted.xls")
    data = bytearray(path.read_bytes())
    at = data.find(b"\x00\x02\x0e\x00")  # the sheet's DIMENSIONS record, 14 bytes long
    assert at > 0
    data[at + 4:at + 8] = (160).to_bytes(4, "little")  # first row 161, after the last (13)
    path.write_bytes(bytes(data))
    _refused(path, checks.DAMAGED)



def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_a_cell_that_names_a_far_row_inside_a_near_one(tmp_path):
    # Found by fuzzing: <row r="6"><c r="J1000000000000"> — calamine goes by the cell's own reference.
    path = files.write_xlsx(tmp_path / "far-ref.xlsx", [["団体名", "種別"], ["横浜市", "市"]])
    files.replace_part(path, "xl/worksheets/sheet1.xml", _sheet_xml(path).replace(b'r="B2"', b'r="B1000000000000"'))
    _refused(path, checks.TOO_MANY_ROWS)


def test_a_merged_range_over_the_whole_sheet_is_clipped_to_the_data(tmp_path):
    path = files.write_xlsx(tmp_path / "merged.xlsx", [["団体名", "種別"], ["横浜市", "市"], ["川崎市", "市"]])
    xml = _sheet_xml(path).replace(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                   b'<mergeCell ref="B2:XFD1048576"/></mergeCells>')
    files.replace_part(path, "xl/worksheets/sheet1.xml", xml)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert [r.cells for r in table.rows] == [["横浜市", "市"], ["川崎市", "市"]]


def test_an_ods_cell_spanning_two_billion_columns_is_clipped(tmp_path):
    body = ('<table:table-row><table:table-cell office:value-type="string"><text:p>団体名</text:p></table:table-cell>'
            '<table:table-cell office:value-type="string"><text:p>種別</text:p></table:table-cell></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="2147483648">'
            '<text:p>横浜市</text:p></table:table-cell></table:table-row>')
    path = files.write_ods(tmp_path / "span.ods", [], body=body)
    with open_workbook(path) as book:
        assert [r.cells for r in book.table().rows] == [["横浜市", "横浜市"]]


def test_many_overlapping_merged_ranges_are_refused(tmp_path):
    rows = [["団体名", "種別"]] + [[f"団体{i}", "市"] for i in range(200)]
    path = files.write_xlsx(tmp_path / "overlap.xlsx", rows)
    merges = b"".join(b'<mergeCell ref="A2:B201"/>' for _ in range(5000))
    xml = _sheet_xml(path).replace(b"</sheetData>", b'</sheetData><mergeCells count="5000">' + merges + b"</mergeCells>")
    files.replace_part(path, "xl/worksheets/sheet1.xml", xml)
    _refused(path, checks.DAMAGED)


def test_an_unknown_xml_encoding(tmp_path):
    path = files.write_xlsx(tmp_path / "encoding.xlsx", [["団体名"], ["横浜市"]])
    files.replace_part(path, "xl/worksheets/sheet1.xml",
                       b'<?xml version="1.0" encoding="UTF-1048576"?>' + _sheet_xml(path))
    _refused(path, checks.DAMAGED)


# ---------------------------------------------------------------------- never a traceback

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SAMPLES: dict[str, bytes] = {}


def _sample(kind: str, folder: Path) -> bytes:
    if kind not in _SAMPLES:
        path = folder / f"sample.{kind}"
        if kind == "xlsx":
            files.municipal_partners_xlsx(path)
        elif kind == "xls":
            files.municipal_partners_xls(path)
        elif kind == "ods":
            files.write_ods(path, [["団体名", "種別"], ["横浜市", "市"]], merged=("A1:B1",))
        else:
            files.cp932_csv(path, files.municipal_partners_rows())
        _SAMPLES[kind] = path.read_bytes()
    return _SAMPLES[kind]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["xlsx", "xls", "ods", "csv"]),
       edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=8)),
                      min_size=1, max_size=4),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_damaged_files_give_a_table_or_an_exchange_error(tmp_path, kind, edits, cut):
    data = bytearray(_sample(kind, tmp_path))
    for where, junk in edits:
        at = int(where * len(data))
        data[at:at + len(junk)] = junk
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = tmp_path / f"damaged.{kind}"
    path.write_bytes(bytes(data))
    try:
        with open_workbook(path) as book:
            for sheet in book.sheet_names:
                book.table(sheet, "partners")
    except ExchangeError as error:
        assert error.params["file"] == path.name


def test_the_extent_of_an_ordinary_wide_sheet(tmp_path):
    rows = [[f"列{c}" for c in range(40)]] + [[r * 100 + c for c in range(40)] for r in range(300)]
    path = files.write_xlsx(tmp_path / "wide.xlsx", rows)
    extents = checks.check_package(path, "wide.xlsx", "xlsx").extents
    assert extents["Sheet1"].rows == 301 and extents["Sheet1"].columns == 40  # AN
    with open_workbook(path) as book:
        assert book.table().rows[-1].cells[-1] == 299 * 100 + 39


def test_the_limit_counts_data_rows(tmp_path):
    def write(name: str, count: int) -> Path:
        path = tmp_path / name
        with open(path, "w", encoding="utf-8") as f:
            f.write("団体一覧\n\n団体名,種別\n")
            f.writelines(f"団体{i},市\n" for i in range(count))
        return path

    with open_workbook(write("at-limit.csv", MAX_ROWS)) as book:
        assert len(book.table(list_kind="partners").rows) == MAX_ROWS
    _refused(write("over.csv", MAX_ROWS + 1), checks.TOO_MANY_ROWS)


def test_an_xls_encrypted_with_a_password(tmp_path):
    # Excel 97–2003 encrypts the records after a FILEPASS record at the start of the
    # workbook; the record headers stay readable.  One record of the same length is
    # turned into FILEPASS here (xlwt cannot encrypt).
    import struct

    path = files.municipal_partners_xls(tmp_path / "secret.xls")
    data = bytearray(path.read_bytes())
    at = data.find(struct.pack("<HH", 0x0019, 2))  # WINDOWPROTECT, 2 bytes, in the workbook's globals
    assert at > 0
    data[at:at + 2] = struct.pack("<H", 0x002F)
    path.write_bytes(bytes(data))
    _refused(path, checks.PROTECTED)


def test_a_csv_row_of_a_hundred_thousand_cells(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("団体名,種別\n" + "x," * 100_000 + "\n", encoding="utf-8")
    error = _refused(path, checks.TOO_WIDE)
    assert error.params["rows"] == "2"


def test_a_sheet_stored_under_another_name_is_still_checked(tmp_path):
    import openpyxl

    path = files.write_xlsx(tmp_path / "renamed.xlsx", [["団体名"], ["横浜市"]])
    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = "x"
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts["xl/data/list.dat"] = parts.pop("xl/worksheets/sheet1.xml")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"/xl/worksheets/sheet1.xml", b"/xl/data/list.dat").replace(b'"worksheets/sheet1.xml"', b'"data/list.dat"')
    assert b"data/list.dat" in parts["xl/_rels/workbook.xml.rels"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _refused(path, checks.TOO_MANY_ROWS)


def test_an_ods_header_cell_spanning_two_billion_columns(tmp_path):
    body = ('<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="2147483648">'
            '<text:p>所在地</text:p></table:table-cell></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="string"><text:p>都道府県</text:p></table:table-cell>'
            '<table:table-cell office:value-type="string"><text:p>市区町村</text:p></table:table-cell></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="string"><text:p>神奈川県</text:p></table:table-cell>'
            '<table:table-cell office:value-type="string"><text:p>横浜市</text:p></table:table-cell></table:table-row>')
    path = files.write_ods(tmp_path / "span-header.ods", [], body=body)
    with open_workbook(path) as book:
        table = book.table()
    assert table.headers == ["所在地 都道府県", "所在地 市区町村"]
    assert [r.cells for r in table.rows] == [["神奈川県", "横浜市"]]


_NUMBERS = [0, 1, 65_536, 1_048_576, 2**31, 2**32 + 5, 10**12]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["xlsx", "ods"]), part=st.integers(0, 20), spots=st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from(_NUMBERS)), min_size=1, max_size=3))
def test_numbers_changed_inside_the_xml_give_a_table_or_an_exchange_error(tmp_path, kind, part, spots):
    # The package stays a valid zip; what its XML says (rows, columns, spans, repeats,
    # references, sizes) is changed — where the earlier fuzzing found the far cells and spans.
    import re

    with zipfile.ZipFile(io.BytesIO(_sample(kind, tmp_path))) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    xml = [i for i, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]
    index = xml[part % len(xml)]
    data = parts[index][1]
    numbers = [m.span() for m in re.finditer(rb"\d+", data)]
    for where, number in spots:
        if numbers:
            start, end = numbers[int(where * len(numbers))]
            data = data[:start] + str(number).encode() + data[end:]
            numbers = [m.span() for m in re.finditer(rb"\d+", data)]
    parts[index] = (parts[index][0], data)
    path = tmp_path / f"changed.{kind}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts:
            z.writestr(name, content)
    try:
        with open_workbook(path) as book:
            for sheet in book.sheet_names:
                book.table(sheet)
    except ExchangeError as error:
        assert error.params["file"] == path.name
