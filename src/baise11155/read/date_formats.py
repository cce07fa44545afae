"""What an .xlsx's number formats say of its date cells: which show only the month (`yyyy"年"m"月"`,
`yyyy-mm`, `mmm-yy`) or only the year (`yyyy`). Excel stores a month typed `2019年6月` as its 1st;
the cell shows, and the same table saved as CSV holds, the month. `spreadsheet` reads such a cell
as the text it shows, so as the month's (the year's) last day, as the CSV is read.

The styles come from xl/styles.xml (`date_styles`), read once a workbook; the cells that have one
are found in the one pass `spreadsheet` makes over each sheet's XML (`StyledCells`), and kept as
runs down each column (`DateCells`), so that what is kept does not grow with the rows.
"""

from __future__ import annotations

import html
import re
import zipfile
from typing import Any

# A date format's parts: the text in quotes, after a backslash, in brackets ([$-804], [DBNum1],
# [Red]), and the characters after _ and * (padding, fill) show nothing of the date
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|[_*].')
# Excel's built-in formats that show the month only, where the workbook does not spell them out:
# 17 is mmm-yy; 27, 36, 50, 52 and 57 are yyyy"年"m"月" in Chinese (simplified) Excel and WPS
_BUILT_IN_MONTHS = frozenset({17, 27, 36, 50, 52, 57})
MAX_STYLES_BYTES = 16 << 20  # a workbook's styles.xml is kilobytes; a larger one is not read for dates


def date_grain(code: str) -> str | None:
    """What a number format shows of a date: "month" (yyyy"年"m"月", yyyy-mm, mmm-yy), "year"
    (yyyy, yyyy"年"), or None (the day, a time, or not a date format)."""
    section = _FORMAT_LITERALS.sub("", code.split(";")[0]).casefold()
    if not section or "general" in section or re.search(r"[0#?@]", section):
        return None
    if any(part in section for part in ("d", "h", "s", "am/pm", "a/p")):
        return None  # the day shows, or a time (where m is minutes)
    if "m" in section:
        return "month"
    if "y" in section or "e" in section:
        return "year"
    return None


def date_styles(archive: zipfile.ZipFile) -> dict[int, str]:
    """An .xlsx's cell styles (the index a cell's s= gives) whose format shows a date's month or
    year only: index -> "month" or "year". Empty when there are none, as in most workbooks."""
    try:
        info = archive.getinfo("xl/styles.xml")
        if info.file_size > MAX_STYLES_BYTES:
            return {}
        styles = archive.read(info).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return {}
    codes = {}
    for tag in re.findall(r"<(?:\w+:)?numFmt\b[^>]*>", styles):
        ident, code = re.search(r"""\bnumFmtId=["'](\d+)["']""", tag), re.search(r"""\bformatCode=(?:"([^"]*)"|'([^']*)')""", tag)
        if ident and code:
            codes[int(ident.group(1))] = html.unescape(code.group(1) if code.group(1) is not None else code.group(2))
    cell_styles = re.search(r"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", styles, re.DOTALL)
    if cell_styles is None:
        return {}
    found = {}
    for index, tag in enumerate(re.findall(r"<(?:\w+:)?xf\b[^>]*>", cell_styles.group(1))):
        ident = re.search(r"""\bnumFmtId=["'](\d+)["']""", tag)
        if ident is None:
            continue
        number = int(ident.group(1))
        grain = date_grain(codes[number]) if number in codes else "month" if number in _BUILT_IN_MONTHS else None
        if grain is not None:
            found[index] = grain
    return found


class StyledCells:
    """Finds the cells whose style is one of a workbook's date styles: (column letters, row, style).

    A cell as every spreadsheet program writes it, `<c r="B2" s="5" t="n">`, is found by a pattern
    that starts with plain text, which the regular expression engine skips to; a block in which
    the style attribute is met more often than such cells were found (attributes in another order,
    in single quotes, a namespace prefix, or a style's number elsewhere: scenarios="5") is searched
    again with patterns that take any order, several times slower."""

    def __init__(self, date_styles: dict[int, str]) -> None:
        styles = b"|".join(str(index).encode() for index in sorted(date_styles))
        self.usual = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})" s="(' + styles + rb')"')
        self.attribute = re.compile(rb"""s=["'](?:""" + styles + rb""")["']""")
        reference, style = rb"""\br=["']([A-Z]{1,3})(\d{1,7})["']""", rb"""\bs=["'](""" + styles + rb""")["']"""
        cell = rb"<(?:\w+:)?c\s[^>]*?"
        self.reference_first = re.compile(cell + reference + rb"[^>]*?" + style)
        self.style_first = re.compile(cell + style + rb"[^>]*?" + reference)

    def cells(self, text: bytes) -> list[tuple[bytes, bytes, bytes]]:
        found = self.usual.findall(text)
        if len(found) < len(self.attribute.findall(text)):
            found = self.reference_first.findall(text) + [
                (letters, digits, style) for style, letters, digits in self.style_first.findall(text)]
            found.sort(key=lambda cell: (int(cell[1]), len(cell[0]), cell[0]))
        return found


class DateCells:
    """The cells of a sheet styled to show a date's month or year only, as runs down each column
    (a column styled alike from top to bottom is one run, however long), so that what is kept does
    not grow with the rows; read back row by row, in order."""

    def __init__(self) -> None:
        self.runs: dict[int, list[list[Any]]] = {}  # column index -> [[first row, last row, grain], ...]
        self._next: dict[int, int] = {}  # column index -> its first run not yet passed, when read back

    def add(self, column: int, row: int, grain: str) -> None:
        """A cell so styled; cells are added in the order of the sheet, row by row."""
        runs = self.runs.setdefault(column, [])
        if runs and runs[-1][1] == row - 1 and runs[-1][2] == grain:
            runs[-1][1] = row
        elif not runs or runs[-1][1] < row:  # a cell given twice keeps its first
            runs.append([row, row, grain])

    def at(self, row: int) -> dict[int, str]:
        """The columns of a row so styled, and what each shows; rows asked for in increasing order."""
        found = {}
        for column, runs in self.runs.items():
            index = self._next.get(column, 0)
            if index < len(runs) and runs[index][1] < row:  # past this run: on to the one that may hold the row
                while index < len(runs) and runs[index][1] < row:
                    index += 1
                self._next[column] = index
            if index < len(runs) and runs[index][0] <= row:
                found[column] = runs[index][2]
        return found
