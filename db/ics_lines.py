"""Content lines of an iCalendar file (RFC 5545), written by hand for speed.

A line is ``NAME;PARAM=VALUE:value`` ending in CRLF; a value of type TEXT is escaped
(3.3.11) and a line longer than 75 octets is folded (3.1).  These are the rules icalendar
applies, at a fraction of its cost per line: its folding looks at every character on
its own, these functions at the bytes of the whole line.
"""

from __future__ import annotations

from datetime import date

FOLD_AT = 75  # octets of a physical line, its CRLF not counted


def date_value(day: date) -> str:
    """A DATE value (3.3.4): ``20250917``.  Seven times quicker than ``f"{day:%Y%m%d}"``,
    which a quarter of a million events each ask for three times."""
    return day.isoformat().replace("-", "")


def escape_text(value: str) -> str:
    """A TEXT value escaped: backslash, semicolon and comma get a backslash, and every
    line end (CRLF, LF or a lone CR) becomes ``\\n``.  Unlike icalendar, which takes a
    ``\\N`` already in the text for a line end, a backslash here is always a backslash."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def content_line(name: str, value: str) -> bytes:
    """``name:value`` as UTF-8 with its CRLF, folded where longer than 75 octets.

    ``name`` may carry parameters (``DTSTART;VALUE=DATE``); ``value`` is already in its
    type's form (TEXT escaped by :func:`escape_text`).  A fold never splits a character's
    bytes, and never parts an escape's backslash from the character it escapes: some
    readers would take the two halves for two characters.
    """
    data = f"{name}:{value}".encode()
    if len(data) <= FOLD_AT:  # most lines: nothing to fold
        return data + b"\r\n"
    pieces = []
    start, width = 0, FOLD_AT
    while len(data) - start > width:
        cut = start + width
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: fold before its character
            cut -= 1
        escapes = cut
        while escapes > start and data[escapes - 1] == 0x5C:
            escapes -= 1
        if (cut - escapes) % 2:  # an odd run of backslashes: the last one opens an escape
            cut -= 1
        pieces.append(data[start:cut])
        start, width = cut, FOLD_AT - 1  # a continuation line starts with a space
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + b"\r\n"
