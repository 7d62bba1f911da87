"""Checks a file passes before any parser reads it.

A file from outside may be anything: a text file named .xlsx, half a download, a
password-protected workbook, a zip bomb, XML with entity tricks, or a sheet whose one
far-away cell makes a reader allocate billions of empty cells (python-calamine holds a
sheet as a dense grid, so a cell at XFD1048576 alone would take all memory).  Each is
refused here with a message naming the file, reading at most a bounded piece at a time.

- What the file is comes from its first bytes, not its name.
- A zip package (.xlsx, .xlsm, .ods): declared sizes and ratios are checked first; then
  every part is unpacked once as a stream, by our own loop, so that a part which unpacks
  to more than it declares is caught as it happens; the start of every XML part goes
  through defusedxml, which refuses DTDs and entity declarations; worksheets are
  scanned for how far their rows and columns reach.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser, fromstring

from db.errors import QT_TRANSLATE_NOOP
from db.exchange.model import ExchangeError
from db.exchange.read_ods import ods_tables
from db.exchange.read_xls import Damaged, Protected, sheet_extents

MAX_ROWS = 200_000  # data rows in one sheet
TITLE_ROWS = 100  # rows above and around the data (titles, headers, notes) allowed on top
MAX_CELLS = 12_000_000  # rows × columns of the area a sheet uses
MAX_COLUMNS = 16_384  # Excel's own limit (XFD)
MAX_UNPACKED = 1024**3  # bytes a package may unpack to, all parts together
MAX_RATIO = 300  # a part this much larger than its compressed size, and large, is a bomb
_RATIO_FROM = 20 * 1024**2  # parts smaller than this are never called a bomb
_CHUNK = 1024 * 1024

CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Import", "“{file}” cannot be opened. Check that it exists and is not open in another program.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "“{file}” is empty.")
NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Import",
    "“{file}” is not a spreadsheet Kakehashi can read. Save it as an Excel workbook (.xlsx) or CSV and try again.")
DAMAGED = QT_TRANSLATE_NOOP("Import", "“{file}” is damaged or incomplete and cannot be read.")
PROTECTED = QT_TRANSLATE_NOOP(
    "Import", "“{file}” is protected with a password. Open it in Excel, remove the password and save it again.")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "Import", "“{file}” unpacks to far more data than a spreadsheet of its size holds; it was not read.")
XML_DECLARATIONS = QT_TRANSLATE_NOOP(
    "Import", "“{file}” contains XML declarations that spreadsheets do not use; for safety it was not read.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import", "The sheet “{sheet}” in “{file}” has more than {limit} rows. Split it into smaller files.")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "Import", "The sheet “{sheet}” in “{file}” uses cells as far as row {rows} and column {columns}, more than "
    "Kakehashi reads at once. Delete the unused rows and columns and save it again.")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream of a password-protected .xlsx
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class Extent:
    """How far a sheet reaches: its last row and column (1-based), and its cells."""

    rows: int
    columns: int
    cells: int


def check_file(path: Path, file_name: str) -> str:
    """The file's format ("xlsx", "ods", "xls", "csv") from its first bytes."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            if not head:
                raise ExchangeError(EMPTY_FILE, file=file_name)
            if head.startswith(_OLE):
                if _contains(f, _ENCRYPTED):
                    raise ExchangeError(PROTECTED, file=file_name)
                return "xls"
    except OSError as exc:
        raise ExchangeError(CANNOT_OPEN, file=file_name) from exc
    if head.startswith(_ZIP):
        return _package_format(path, file_name)
    if head.startswith(b"PK"):
        raise ExchangeError(DAMAGED, file=file_name)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    raise ExchangeError(NOT_SPREADSHEET, file=file_name)


def _contains(f, needle: bytes) -> bool:
    f.seek(0)
    tail = b""
    while chunk := f.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle):]
    return False


def _package_format(path: Path, file_name: str) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "mimetype" in names:
                with z.open("mimetype") as part:  # a few bytes, whatever size it declares
                    if b"opendocument.spreadsheet" in part.read(200):
                        return "ods"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError(DAMAGED, file=file_name) from exc
    if "[Content_Types].xml" in names:
        return "xlsx"
    raise ExchangeError(NOT_SPREADSHEET, file=file_name)


# ---------------------------------------------------------------------- zip packages


@dataclass
class Package:
    """What the check of a zip package learnt: each worksheet's extent by sheet name (by
    part name where the workbook does not say which part is which sheet) and, for .ods,
    the merged ranges (python-calamine gives them for .xlsx and .xls only)."""

    extents: dict[str, Extent] = field(default_factory=dict)
    merged: dict[str, list] = field(default_factory=dict)


def check_package(path: Path, file_name: str, fmt: str) -> Package:
    """Every part of an .xlsx/.xlsm/.ods checked, as described in the module's docstring."""
    found = Package()
    try:
        with zipfile.ZipFile(path) as z, open(path, "rb") as raw:
            infos = [i for i in z.infolist() if not i.is_dir()]
            _check_sizes(infos, file_name)
            sheets = _sheet_parts(z, file_name) if fmt == "xlsx" else {}
            for info in infos:
                chunks = _unpack(raw, info, file_name)
                # A worksheet is whatever part the workbook names, whatever the part is called.
                worksheet = fmt == "xlsx" and (info.filename in sheets or info.filename.startswith("xl/worksheets/"))
                if info.filename.endswith((".xml", ".rels")) or (worksheet and not info.filename.endswith(".bin")):
                    chunks = _checked_xml(chunks, file_name)
                if worksheet:
                    name = sheets.get(info.filename, info.filename)
                    found.extents[name] = _sheet_extent(chunks, file_name, name)
                elif fmt == "ods" and info.filename == "content.xml":
                    found.extents, found.merged = _ods(chunks, file_name)
                else:
                    for _ in chunks:
                        pass
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error,
            struct.error) as exc:
        raise ExchangeError(DAMAGED, file=file_name) from exc
    return found


def _check_sizes(infos: list[zipfile.ZipInfo], file_name: str) -> None:
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise ExchangeError(ZIP_BOMB, file=file_name)
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExchangeError(PROTECTED, file=file_name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ExchangeError(DAMAGED, file=file_name)
        if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeError(ZIP_BOMB, file=file_name)


def _unpack(raw, info: zipfile.ZipInfo, file_name: str) -> Iterator[bytes]:
    """The part's bytes in pieces, never more than it declares (a part that would
    unpack to more is a bomb whatever its header says), checked against its CRC."""
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != _ZIP:
        raise ExchangeError(DAMAGED, file=file_name)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_length + extra_length)
    left_in, made, crc = info.compress_size, 0, 0
    inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    while left_in > 0 or (inflate is not None and inflate.unconsumed_tail):
        if inflate is not None and inflate.unconsumed_tail:
            data = inflate.unconsumed_tail
        else:
            data = raw.read(min(_CHUNK, left_in))
            if not data:
                raise ExchangeError(DAMAGED, file=file_name)
            left_in -= len(data)
        room = info.file_size - made + 1  # one byte more than declared shows a lie
        out = inflate.decompress(data, min(room, _CHUNK)) if inflate is not None else data
        made += len(out)
        if made > info.file_size:
            raise ExchangeError(ZIP_BOMB, file=file_name)
        crc = zlib.crc32(out, crc)
        if out:
            yield out
        if inflate is not None and inflate.eof:
            break
    if made != info.file_size or crc != info.CRC:
        raise ExchangeError(DAMAGED, file=file_name)


def xls_extents(path: Path, file_name: str) -> dict[str, Extent]:
    """Each sheet's extent in an .xls, from its records (``db.exchange.read_xls``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(CANNOT_OPEN, file=file_name) from exc
    try:
        found = sheet_extents(data)
    except Protected as exc:
        raise ExchangeError(PROTECTED, file=file_name) from exc
    except Damaged as exc:
        raise ExchangeError(DAMAGED, file=file_name) from exc
    return {name: Extent(rows, columns, 0) for name, (rows, columns) in found.items()}


def _ods(chunks: Iterator[bytes], file_name: str) -> tuple[dict[str, Extent], dict[str, list]]:
    try:
        extents, merged = ods_tables(chunks)
    except DefusedXmlException as exc:
        raise ExchangeError(XML_DECLARATIONS, file=file_name) from exc
    except (ParseError, LookupError, ValueError) as exc:
        raise ExchangeError(DAMAGED, file=file_name) from exc
    return {name: Extent(rows, columns, rows * columns) for name, (rows, columns) in extents.items()}, merged


class _Started(Exception):
    """Raised by the parser's target at the first element: the prolog is over."""


class _FirstElement:
    def start(self, tag, attrs):
        raise _Started


def _checked_xml(chunks: Iterator[bytes], file_name: str) -> Iterator[bytes]:
    """The chunks passed on unchanged once defusedxml has read the part's start up to its
    first element: a DTD or an entity declaration there refuses the file."""
    parser = XMLParser(target=_FirstElement(), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    checking = True
    seen = 0
    for chunk in chunks:
        if checking:
            try:
                parser.feed(chunk)
            except _Started:
                checking = False
            except DefusedXmlException as exc:
                raise ExchangeError(XML_DECLARATIONS, file=file_name) from exc
            except (ParseError, LookupError, ValueError) as exc:  # LookupError: an unknown encoding
                raise ExchangeError(DAMAGED, file=file_name) from exc
            seen += len(chunk)
            if checking and seen > 4 * _CHUNK:  # a prolog this long is not a spreadsheet's
                raise ExchangeError(XML_DECLARATIONS, file=file_name)
        yield chunk


def _sheet_parts(z: zipfile.ZipFile, file_name: str) -> dict[str, str]:
    """Worksheet part → sheet name, from the workbook and its relationships."""
    workbook = "xl/workbook.xml"
    rels = "xl/_rels/workbook.xml.rels"
    names = set(z.namelist())
    if workbook not in names or rels not in names:
        return {}
    for part in (workbook, rels):
        if z.getinfo(part).file_size > 16 * _CHUNK:
            raise ExchangeError(ZIP_BOMB, file=file_name)
    try:
        book = fromstring(z.read(workbook), forbid_dtd=True)
        links = fromstring(z.read(rels), forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ExchangeError(XML_DECLARATIONS, file=file_name) from exc
    except (ParseError, LookupError, ValueError) as exc:
        raise ExchangeError(DAMAGED, file=file_name) from exc
    targets = {}
    for link in links:
        target = link.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[link.get("Id")] = part
    found = {}
    for element in book.iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rid in targets and element.get("name") is not None:
                found[targets[rid]] = element.get("name")
    return found


# Row numbers (r="12"), and the cell references that could pass the limits: two or more
# letters (r="AB12") or a row past 99,999 (r="A250000").  Only those are captured, so an
# ordinary sheet is scanned at C speed.
_ROW_NUMBER = re.compile(rb'r="(\d+)"')
_UNUSUAL_CELL = re.compile(rb'r="([A-Za-z]{2,}|[A-Za-z](?=\d{6}))(\d+)"')


def _sheet_extent(chunks: Iterator[bytes], file_name: str, sheet: str) -> Extent:
    """How far a worksheet reaches, by scanning its XML: stops as soon as it has too many rows."""
    rows = count = cells = 0
    columns = 1
    tail = b""
    limit = MAX_ROWS + TITLE_ROWS
    for chunk in chunks:
        data = tail + chunk
        cut = data.rfind(b">") + 1
        data, tail = data[:cut], data[cut:]
        count += data.count(b"<row") + data.count(b":row ")
        cells += data.count(b"<c") + data.count(b":c ")
        numbers = _ROW_NUMBER.findall(data)
        if numbers:
            rows = max(rows, max(map(int, numbers)))
        unusual = _UNUSUAL_CELL.findall(data)
        if unusual:  # sets first: a chunk of a wide sheet repeats a few letters and row numbers
            rows = max(rows, max(map(int, {digits for _, digits in unusual})))
            columns = max(columns, max(map(_column_number, {letters for letters, _ in unusual})))
        if max(rows, count) > limit:
            return Extent(max(rows, count), columns, cells)
    if columns == 1 and cells:
        columns = 26  # single-letter references only: at most column Z
    return Extent(max(rows, count), columns, cells)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number


def check_extent(extent: Extent | None, file_name: str, sheet: str) -> None:
    """Refuse a sheet whose extent is too large to read (before a parser loads it)."""
    if extent is None:
        return
    if extent.rows > MAX_ROWS + TITLE_ROWS:
        raise ExchangeError(TOO_MANY_ROWS, file=file_name, sheet=sheet, limit=f"{MAX_ROWS:,}")
    if extent.rows * extent.columns > MAX_CELLS or extent.cells > MAX_CELLS or extent.columns > MAX_COLUMNS:
        raise ExchangeError(TOO_WIDE, file=file_name, sheet=sheet, rows=f"{extent.rows:,}",
                            columns=column_letters(extent.columns))


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
