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
                "far_behind": "FF8B8B", "unjudged": "FFEB9C", "no_data": "EDEDED", "monitored": "DDEBF7",
                "breakdown_unreported": "EDEDED"}
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
    grouped = any(column.group for column in table.columns)

    widths = [display_width(column.short if column.group else column.header) for column in table.columns]
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=header_row + grouped, column=index)
        write_text(cell, column.short if column.group else column.header)
        for header in range(header_row, header_row + grouped + 1):
            sheet.cell(row=header, column=index).font = Font(bold=True)
            sheet.cell(row=header, column=index).fill = PatternFill("solid", fgColor=HEADER_FILL)
            sheet.cell(row=header, column=index).alignment = Alignment(horizontal="center", vertical="center",
                                                                       wrap_text=True)
    if grouped:
        _merge_groups(sheet, table, header_row, widths)
        header_row += 1  # the rows below the second row of headers

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


def _merge_groups(sheet, table: Table, row: int, widths: list[int]) -> None:
    """Two rows of headers, as offices draw them: a group's header merged over its columns (突破重大
    技术 over 完成数 and 完成率), a column without one merged down over both rows (县区)."""
    index = 1
    for column in table.columns:
        if not column.group:
            sheet.cell(row=row, column=index).value = sheet.cell(row=row + 1, column=index).value
            sheet.cell(row=row + 1, column=index).value = None
            sheet.merge_cells(start_row=row, start_column=index, end_row=row + 1, end_column=index)
        index += 1
    start = 0
    while start < len(table.columns):
        group = table.columns[start].group
        end = start
        while end + 1 < len(table.columns) and group and table.columns[end + 1].group == group:
            end += 1
        if group:
            write_text(sheet.cell(row=row, column=start + 1), group)
            if end > start:
                sheet.merge_cells(start_row=row, start_column=start + 1, end_row=row, end_column=end + 1)
            share = -(-display_width(group) // (end - start + 1))  # the group's header fits over its columns
            for n in range(start, end + 1):
                widths[n] = max(widths[n], share)
        start = end + 1


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
