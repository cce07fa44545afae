"""XLSX for Excel and WPS: numbers stay numbers, percentages carry a percent format, status
cells are coloured, and the plan and the as-of date stand above the table."""

from __future__ import annotations

import io
import unicodedata
from typing import TYPE_CHECKING

from ..fields import PACE, STATUS, TEXT
from ..numbers import excel_format, excel_text
from ..views import Table
from ..words import PACE_KEYS, STATUS_KEYS, label

if TYPE_CHECKING:
    from . import Settings, View

# fills for the statuses: the colours of the terminal table, made pale enough to print
STATUS_FILLS = {"exceeded": "A9D08E", "achieved": "C6EFCE", "on_track": "E2EFDA", "behind": "FFC7CE",
                "far_behind": "FF8B8B", "unjudged": "FFEB9C", "no_data": "EDEDED", "monitored": "DDEBF7"}
PACE_FILLS = {"ahead": "E2EFDA", "behind": "FFC7CE", "level": "FFFFFF"}
HEADER_FILL = "DDEBF7"
MAX_WIDTH = 60


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_across_one_page(sheet) -> None:
    """Landscape, every column on the page's width: a printed table is not split down the middle."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def write_text(cell, text: str) -> None:
    """Put text in a cell as text, even if it starts with = (openpyxl would make it a formula)."""
    cell.value = text
    cell.data_type = "s"


def render(view: View, settings: Settings) -> bytes:
    return render_xlsx(view.table(), settings.lang)


def render_xlsx(table: Table, lang: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook has one sheet
    sheet.title = label("sheet", lang)
    book.properties.title = table.title
    write_table(sheet, table, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_table(sheet, table: Table, lang: str) -> None:
    """A table on a sheet: its title and lines above, then the header and the rows."""
    from openpyxl.styles import Alignment, Font, PatternFill

    write_text(sheet.cell(row=1, column=1), table.title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    for n, line in enumerate(table.lines, start=2):
        write_text(sheet.cell(row=n, column=1), line)
    header_row = len(table.lines) + 3

    widths = [display_width(column.header) for column in table.columns]
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=header_row, column=index)
        write_text(cell, column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    depths = table.depths or [0] * len(table.rows)
    for offset, (row, depth) in enumerate(zip(table.rows, depths, strict=True), start=1):
        for index, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(row=header_row + offset, column=index)
            shown = _write(cell, value, column.display, lang)
            if index <= 2 and depth and column.display == TEXT:
                cell.alignment = Alignment(indent=depth)
            widths[index - 1] = max(widths[index - 1], display_width(shown) + (2 * depth if index <= 2 else 0))

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(index)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = f"B{header_row + 1}"
    if table.rows:
        sheet.auto_filter.ref = f"A{header_row}:{_letter(len(table.columns))}{header_row + len(table.rows)}"
    print_across_one_page(sheet)


def _write(cell, value, kind: str, lang: str) -> str:
    """Write one value with its number format or colour; returns the text it shows, for the width."""
    from openpyxl.styles import PatternFill

    if value is None:
        return ""
    if kind == STATUS:
        write_text(cell, label(STATUS_KEYS[value], lang))
        cell.fill = PatternFill("solid", fgColor=STATUS_FILLS[value])
        return cell.value
    if kind == PACE:
        write_text(cell, label(PACE_KEYS[value], lang))
        cell.fill = PatternFill("solid", fgColor=PACE_FILLS[value])
        return cell.value
    if kind == TEXT:
        write_text(cell, str(value))
        return str(value)
    cell.value = value
    cell.number_format = excel_format(value, kind)
    return excel_text(value, kind)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
