"""A supervision ledger ready to fill in (`template --tasks FILE.xlsx`): a row for each of the
plan's tasks, its name written as the plan words it, and the columns an office keeps (序号 | 任务 |
牵头领导 | 牵头单位 | 配合单位 | 完成时限 | each quarter's 节点目标 and 完成情况 | 截至目前进展情况 | 存在问题 |
下步措施 | 状态 | 佐证材料 | 报送日期), with drop-down lists and checks whose error messages say what
to write. The headers are the ones `read.ledger` finds (`model.ledger.LEDGER_COLUMNS`).
"""

from __future__ import annotations

import io

from ..model.ledger import LEDGER_COLUMNS, NODE_COLUMNS, QUARTERS, TASK_STATUSES
from ..model.plan import Plan
from ..model.tasks import ledger_items
from .words import both, label

LEDGER_ROWS = 500  # how far down the drop-down lists and checks reach
_HEADER = {column.name: column.headers[0] for column in LEDGER_COLUMNS}
_BEFORE = ("number", "task", "leader", "lead", "partners", "deadline")
_AFTER = ("progress", "problems", "next_steps", "status", "evidence", "reported_on")
_WIDTHS = {"number": 6, "task": 36, "leader": 10, "lead": 16, "partners": 20, "deadline": 12, "node": 24,
           "node_done": 10, "progress": 36, "problems": 24, "next_steps": 24, "status": 12, "evidence": 16,
           "reported_on": 12}


def ledger_columns() -> list[tuple[str, int | None]]:
    """The ledger's columns in order: (column name, its quarter for a node's, else None)."""
    before: list[tuple[str, int | None]] = [(name, None) for name in _BEFORE]
    nodes: list[tuple[str, int | None]] = [(name, q) for q in range(1, QUARTERS + 1) for name in NODE_COLUMNS]
    return before + nodes + [(name, None) for name in _AFTER]


def quarter_header(year: int, quarter: int) -> str:
    return label("ledger_quarter", "zh").format(year=year, quarter=label(f"ledger_quarter_{quarter}", "zh"))


def ledger_xlsx(plan: Plan, year: int, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .render.xlsx import HEADER_FILL, print_across_one_page, write_text

    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = label("ledger_sheet", lang)
    book.properties.title = plan.city.name.get(lang)
    columns = ledger_columns()
    last_column = get_column_letter(len(columns))
    # a title row, as offices head a ledger: it gives the year a node's 6月底前 is read in
    write_text(sheet.cell(row=1, column=1), label("ledger_title", "zh").format(year=year, name=plan.city.name.zh))
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    sheet.merge_cells(f"A1:{last_column}1")
    thin = Side(style="thin")
    for index, (name, quarter) in enumerate(columns, start=1):
        letter = get_column_letter(index)
        for row in (2, 3):
            cell = sheet.cell(row=row, column=index)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if quarter is None:  # a column's name merged down over the two header rows
            write_text(sheet.cell(row=2, column=index), _HEADER[name])
            sheet.merge_cells(f"{letter}2:{letter}3")
        else:  # a quarter's name merged over its 节点目标 and 完成情况
            if name == NODE_COLUMNS[0]:
                write_text(sheet.cell(row=2, column=index), quarter_header(year, quarter))
                sheet.merge_cells(f"{letter}2:{get_column_letter(index + 1)}2")
            write_text(sheet.cell(row=3, column=index), _HEADER[name])
        sheet.column_dimensions[letter].width = _WIDTHS[name]
    first = 4
    place = {(name, quarter): get_column_letter(n) for n, (name, quarter) in enumerate(columns, start=1)}
    for offset, task in enumerate(ledger_items(plan.tasks)):
        row = first + offset
        write_text(sheet.cell(row=row, column=1), str(offset + 1))
        write_text(sheet.cell(row=row, column=2), task.name.zh)
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="center")
        if task.lead is not None:
            write_text(sheet.cell(row=row, column=4), task.lead.zh)
        if task.partners:
            write_text(sheet.cell(row=row, column=5), label("list_joiner", "zh").join(p.zh for p in task.partners))
    sheet.freeze_panes = f"C{first}"
    print_across_one_page(sheet)

    last = first + LEDGER_ROWS
    statuses = ",".join(label(f"task_{status}", "zh") for status in TASK_STATUSES)
    node_done = ",".join((label("ledger_node_done", "zh"), label("ledger_node_not_done", "zh")))
    day = f"DATE({plan.start.year},1,1)", f"DATE({plan.end.year + 1},12,31)"
    rules = [
        (DataValidation(type="list", formula1=f'"{node_done}"', allow_blank=True, errorTitle=both("ledger_node_title"),
                        error=both("ledger_node_prompt")),
         [place[("node_done", q)] for q in range(1, QUARTERS + 1)]),
        (DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True, errorTitle=both("ledger_status_title"),
                        error=both("ledger_status_prompt")), [place[("status", None)]]),
        (DataValidation(type="date", operator="between", formula1=day[0], formula2=day[1], allow_blank=True,
                        errorTitle=both("template_date_error_title"), error=both("ledger_date_prompt")),
         [place[("reported_on", None)]]),
    ]
    for rule, letters in rules:
        rule.showErrorMessage = True
        for letter in letters:
            rule.add(f"{letter}{first}:{letter}{last}")
        sheet.add_data_validation(rule)
    sheet.column_dimensions[place[("reported_on", None)]].number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
