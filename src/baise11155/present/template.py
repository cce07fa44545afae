"""Ready-to-fill progress files: a workbook with drop-down lists, or a CSV Excel opens cleanly.

The header is in Chinese, as the analysts write it; each header cell of the workbook carries a
comment with the English name and what to put there. Nothing in a template is a row of data,
so a template read back before it is filled in gives `no data`, never a made-up figure.
"""

from __future__ import annotations

import io
from typing import Any

from ..model.columns import PROGRESS_COLUMNS
from ..model.plan import Plan
from .words import both, label

DATA_ROWS = 5000  # how far down the drop-down lists and formats reach


def template_csv() -> bytes:
    """The header alone, UTF-8 with a byte-order mark so that Excel on Chinese Windows reads it."""
    return ("\ufeff" + ",".join(column.headers[0] for column in PROGRESS_COLUMNS if column.in_template) + "\r\n").encode("utf-8")


def template_xlsx(plan: Plan, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    from .render.xlsx import (
        HEADER_FILL,
        display_width,
        print_across_one_page,
        write_text,
    )

    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook has one sheet
    sheet.title = label("template_sheet", lang)
    book.properties.title = plan.city.name.get(lang)

    for index, column in enumerate((c for c in PROGRESS_COLUMNS if c.in_template), start=1):
        cell = sheet.cell(row=1, column=index)
        write_text(cell, column.headers[0])
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center")
        cell.comment = Comment(label(f"template_note_{column.name}", lang), "baise11155", width=260, height=90)
    sheet.freeze_panes = "A2"
    print_across_one_page(sheet)

    # the lists the drop-downs offer, on a hidden sheet (a list typed into the rule is limited
    # to 255 characters; a range is not)
    lists = book.create_sheet("_lists")
    lists.sheet_state = "hidden"
    indicator_names = [i.name.zh for i in plan.indicators]
    category_names = list(dict.fromkeys(c.name.zh for i in plan.indicators for c in i.categories))
    for row, name in enumerate(indicator_names, start=1):
        write_text(lists.cell(row=row, column=1), name)
    for row, name in enumerate(category_names, start=1):
        write_text(lists.cell(row=row, column=2), name)

    last = DATA_ROWS + 1
    # from the year of the earliest baseline the files may give (a base year before the period)
    first = min([plan.baseline_year] + [i.base_date.year for i in plan.indicators
                                         if i.base_date is not None and i.kind.takes_baseline])
    sheet_name = label("template_targets_sheet", lang)
    rules = [
        _refusing("list", "indicator", formula1=f"'_lists'!$A$1:$A${len(indicator_names)}", sheet=sheet_name),
        _refusing("whole", "year", operator="between", formula1=str(first), formula2=str(plan.end.year),
                  first=first, last=plan.end.year),
        _refusing("date", "date", operator="greaterThanOrEqual", formula1="DATE(1900,1,1)", last=plan.end.year),
        _refusing("decimal", "value", operator="greaterThanOrEqual", formula1="0"),
    ]
    if category_names:
        rules.insert(1, _refusing("list", "category", formula1=f"'_lists'!$B$1:$B${len(category_names)}",
                                  sheet=sheet_name))
    targets = ["A"] + (["B"] if category_names else []) + ["C", "D", "E"]
    for rule, letter in zip(rules, targets, strict=True):
        rule.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(rule)
    # formats for whole columns, so that no empty cell is written (a template holds no rows)
    sheet.column_dimensions["C"].number_format = "0"
    sheet.column_dimensions["D"].number_format = "yyyy-mm-dd"

    widths = {1: max(display_width(n) for n in indicator_names), 2: max([display_width(n) for n in category_names] or [8]),
              3: 8, 4: 12, 5: 8, 6: 30, 7: 14, 8: 30}
    for index, width in widths.items():
        sheet.column_dimensions[chr(64 + index)].width = width + 2

    _targets_sheet(book, plan, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _refusing(kind: str, column: str, *, operator: str | None = None, formula1: str,
              formula2: str | None = None, **params: int | str):
    """A rule Excel holds a cell to, refusing a wrong value with a message in both languages (Excel
    shows no message and accepts anything unless `showErrorMessage` is on)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rule: dict[str, Any] = {"type": kind, "operator": operator}  # (openpyxl's stubs take literals only)
    return DataValidation(**rule, formula1=formula1, formula2=formula2, allow_blank=True,
                          showErrorMessage=True, errorStyle="stop",
                          errorTitle=both(f"template_{column}_error_title"),
                          error=both(f"template_{column}_error", **params))


def _targets_sheet(book, plan: Plan, lang: str) -> None:
    """A second sheet listing the plan as `baise11155 targets` shows it, for reference while filling in."""
    from .render.xlsx import write_table
    from .views import targets_table

    sheet = book.create_sheet(label("template_targets_sheet", lang), 1)
    write_table(sheet, targets_table(plan, lang), lang)
