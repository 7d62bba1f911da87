"""How far each sheet of an old .xls workbook reaches, read from its records before
python-calamine opens it.

calamine builds every sheet of an .xls as a dense grid when it opens the file, so a few
kilobytes with one cell at IV65536 cost a gigabyte.  An .xls is an OLE compound file
whose "Workbook" stream is a list of BIFF records; each cell record starts with its row
and column.  This module follows the compound file's sector chains to that stream and
reads only the record headers and those first bytes.

What it cannot follow is called damaged (``Damaged``) rather than handed to calamine:
fuzzing showed that a compound file with one wrong header field can make calamine take
tens of gigabytes.  Excel, LibreOffice and every writer we know lay the format out as
its specification says, which is all this reader expects.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

_FREE_OR_END = 0xFFFFFFFA  # sector numbers from here up mark ends and free sectors
_BOF, _EOF, _BOUNDSHEET, _DIMENSIONS, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x0200, 0x002F
# Cell records: each begins with row (u16) and column (u16).
_CELLS = {0x0006, 0x00FD, 0x0203, 0x027E, 0x0201, 0x0204, 0x0205, 0x00D6, 0x0207, 0x0406}
_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, …, last column (u16 at the end)


class Damaged(Exception):
    """The records say something no reader can take (a sheet whose end is before its start)."""


class Protected(Exception):
    """The workbook is encrypted with a password (its FILEPASS record): the records after
    it cannot be read without it."""


class _Compound:
    """Just enough of the compound file format to read one stream."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        major, order, shift, mini_shift = struct.unpack_from("<HHHH", data, 26)
        if order != 0xFFFE or (major, shift) not in ((3, 9), (4, 12)) or mini_shift != 6:
            raise ValueError("not a compound file")
        self.size = 1 << shift
        (fat_count, self.dir_start, _, self.cutoff, self.minifat_start, minifat_count,
         difat_start, difat_count) = struct.unpack_from("<IIIIIIII", data, 44)
        if self.cutoff != 4096:
            raise ValueError("not a compound file")
        sectors = list(struct.unpack_from("<109I", data, 76))
        seen = 0
        while difat_start < _FREE_OR_END and seen <= len(data) // self.size:
            per = self.size // 4 - 1
            block = struct.unpack_from(f"<{per + 1}I", data, self._offset(difat_start))
            sectors += block[:per]
            difat_start = block[per]
            seen += 1
        self.fat: list[int] = []
        for sector in sectors[:fat_count]:
            if sector >= _FREE_OR_END:
                break
            self.fat += struct.unpack_from(f"<{self.size // 4}I", data, self._offset(sector))

    def _offset(self, sector: int) -> int:
        offset = (sector + 1) * self.size
        if offset + self.size > len(self.data) + self.size:  # the last sector may be short
            raise ValueError("sector outside the file")
        return offset

    def chain(self, start: int, table: list[int]) -> Iterator[int]:
        sector, steps = start, 0
        while sector < _FREE_OR_END:
            if sector >= len(table) or steps > len(table):
                raise ValueError("broken chain")
            yield sector
            sector = table[sector]
            steps += 1

    def read(self, start: int, size: int) -> bytes:
        out = b"".join(self.data[self._offset(s):self._offset(s) + self.size] for s in self.chain(start, self.fat))
        return out[:size]

    def stream(self, names: tuple[str, ...]) -> bytes | None:
        directory = self.read(self.dir_start, len(self.data))
        entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
        root_start = struct.unpack_from("<I", entries[0], 116)[0] if entries else _FREE_OR_END
        for entry in entries:
            length, kind = struct.unpack_from("<HB", entry, 64)
            name = entry[:max(0, length - 2)].decode("utf-16-le", "replace")
            if kind != 2 or name not in names:
                continue
            start, size = struct.unpack_from("<IQ", entry, 116)
            size &= 0xFFFFFFFF
            if size >= self.cutoff:
                return self.read(start, size)
            # A small stream lives in 64-byte pieces inside the root entry's stream.
            minifat_bytes = self.read(self.minifat_start, len(self.data))
            minifat = list(struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes[: len(minifat_bytes) // 4 * 4]))
            mini = self.read(root_start, len(self.data))
            return b"".join(mini[s * 64:(s + 1) * 64] for s in self.chain(start, minifat))[:size]
        return None


def sheet_extents(data: bytes) -> dict[str, tuple[int, int]]:
    """Sheet name → (rows, columns) its cells and dimensions reach.  Raises Damaged when
    the file cannot be followed to its records, or they would make calamine ask for
    terabytes; Protected for a workbook encrypted with a password."""
    try:
        stream = _Compound(data).stream(("Workbook", "Book"))
    except (ValueError, struct.error, IndexError) as exc:
        raise Damaged from exc
    if not stream:
        raise Damaged
    names: dict[int, str] = {}
    extents: dict[str, tuple[int, int]] = {}
    current: str | None = None
    rows = columns = 0
    at = substreams = 0
    try:
        while at + 4 <= len(stream):
            kind, length = struct.unpack_from("<HH", stream, at)
            body = at + 4
            if kind == _FILEPASS:
                raise Protected
            if kind == _BOUNDSHEET and length >= 8:
                offset = struct.unpack_from("<I", stream, body)[0]
                count, flags = stream[body + 6], stream[body + 7]
                raw = stream[body + 8: body + 8 + count * (2 if flags & 1 else 1)]
                names[offset] = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
            elif kind == _BOF:
                substreams += 1
                rows = columns = 0
                globals_ = length >= 4 and struct.unpack_from("<H", stream, body + 2)[0] == 0x0005
                # A sheet the workbook's list does not point at is still counted, by number.
                current = None if globals_ else names.get(at, f"#{substreams}")
            elif kind == _EOF and current is not None:
                extents[current] = (rows, columns)
                current = None
            elif current is not None and length >= 4:
                if kind in _CELLS:
                    row, column = struct.unpack_from("<HH", stream, body)
                    rows, columns = max(rows, row + 1), max(columns, column + 1)
                elif kind in _MULTI and length >= 6:
                    row = struct.unpack_from("<H", stream, body)[0]
                    last = struct.unpack_from("<H", stream, body + length - 2)[0]
                    rows, columns = max(rows, row + 1), max(columns, last + 1)
                elif kind == _DIMENSIONS and length >= 12:
                    # Both ends count: a reader sizes its grid from them, and a damaged
                    # record can put the first row far beyond the last.
                    first_row, last_row, first_column, last_column = struct.unpack_from("<IIHH", stream, body)
                    if first_row > last_row or first_column > last_column:
                        raise Damaged  # calamine would size a grid from the difference, wrapped around
                    rows = max(rows, first_row + 1, last_row)
                    columns = max(columns, first_column + 1, last_column)
            at = body + length
    except (struct.error, IndexError) as exc:
        raise Damaged from exc
    if current is not None:  # the stream ended inside a sheet
        extents[current] = (rows, columns)
    return extents
