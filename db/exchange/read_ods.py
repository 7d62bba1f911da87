"""What python-calamine does not tell about an OpenDocument spreadsheet (.ods), read from
its content.xml in one streaming pass before calamine loads it:

- how far each sheet reaches.  ODS compresses runs of rows and cells into one element
  with a repeat count (``table:number-rows-repeated="1000000"``); calamine expands the
  runs that hold a value, so one small element can ask for millions of rows.  Runs of
  empty rows and cells at the end (LibreOffice writes them to the sheet's last row) are
  not counted: nothing reads them.
- the merged ranges (``table:number-columns-spanned`` / ``number-rows-spanned``), which
  calamine gives only for .xlsx and .xls.

The parser is defusedxml's: a DTD or an entity declaration stops it.
"""

from __future__ import annotations

from collections.abc import Iterable

from defusedxml.ElementTree import XMLParser

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

T_TABLE, T_ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
T_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
A_NAME = f"{{{_TABLE}}}name"
A_ROWS, A_COLS = f"{{{_TABLE}}}number-rows-repeated", f"{{{_TABLE}}}number-columns-repeated"
A_SPAN_ROWS, A_SPAN_COLS = f"{{{_TABLE}}}number-rows-spanned", f"{{{_TABLE}}}number-columns-spanned"
A_TYPE = f"{{{_OFFICE}}}value-type"
T_P = f"{{{_TEXT}}}p"

# A repeat count above this is read as this: enough to fail any limit, small enough to add.
_CAP = 10**9


def _count(attrs: dict, name: str) -> int:
    try:
        return max(1, min(int(attrs.get(name, 1)), _CAP))
    except ValueError:
        return 1


class _Tables:
    """The parser's target: counts as elements open and close, keeps no tree."""

    def __init__(self) -> None:
        self.extents: dict[str, tuple[int, int]] = {}  # sheet → (rows, columns) that hold values
        self.merged: dict[str, list] = {}
        self.name = ""
        self.row_index = 0  # 0-based row of the current row element, counting every row
        self.rows = self.pending = self.width = 0
        self.row_repeat = 1
        self.col = self.last_value_col = 0
        self.cell_repeat = 1
        self.row_has_value = self.cell_has_value = False
        self.in_cell = False

    def start(self, tag: str, attrs: dict) -> None:
        if tag == T_TABLE:
            self.name = attrs.get(A_NAME, f"Sheet{len(self.extents) + 1}")
            self.row_index = self.rows = self.pending = self.width = 0
            self.merged[self.name] = []
        elif tag == T_ROW:
            self.row_repeat = _count(attrs, A_ROWS)
            self.col = self.last_value_col = 0
            self.row_has_value = False
        elif tag in T_CELLS:
            self.in_cell = True
            self.cell_repeat = _count(attrs, A_COLS)
            self.cell_has_value = A_TYPE in attrs
            span_rows, span_cols = _count(attrs, A_SPAN_ROWS), _count(attrs, A_SPAN_COLS)
            if span_rows > 1 or span_cols > 1:
                first = (self.row_index, self.col)
                self.merged[self.name].append((first, (self.row_index + span_rows - 1, self.col + span_cols - 1)))
        elif tag == T_P and self.in_cell:
            self.cell_has_value = True

    def end(self, tag: str) -> None:
        if tag in T_CELLS:
            self.in_cell = False
            self.col += self.cell_repeat
            if self.cell_has_value:
                self.last_value_col = self.col
                self.row_has_value = True
        elif tag == T_ROW:
            if self.row_has_value:
                self.rows += self.pending + self.row_repeat
                self.pending = 0
                self.width = max(self.width, self.last_value_col)
            else:
                self.pending += self.row_repeat
            self.row_index += self.row_repeat
        elif tag == T_TABLE:
            self.extents[self.name] = (self.rows, self.width)

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def ods_tables(chunks: Iterable[bytes]) -> tuple[dict[str, tuple[int, int]], dict[str, list]]:
    """(sheet → (rows, columns) holding values, sheet → merged ranges as calamine gives them).
    Raises defusedxml's errors for DTDs and entities, ParseError for broken XML."""
    target = _Tables()
    parser = XMLParser(target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    for chunk in chunks:
        parser.feed(chunk)
    parser.close()
    return target.extents, target.merged
