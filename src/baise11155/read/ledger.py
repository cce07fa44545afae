"""Reading supervision ledgers (督查台账): the template's (`template --tasks`), and ledgers as offices
keep them — title rows above the header, a quarter's name merged over its 节点目标 and 完成情况, cells
merged down over several rows (one 牵头单位 for three tasks), a sheet per quarter, a node's date
written 6月底前, 2019年9月底前 or 年底前 (its month's, its year's last day).

Never silently wrong, as with progress files: a row that cannot be read is a problem naming its
cell and what to write instead; a row or a sheet set aside is named in a notice. Workbooks are
opened as progress workbooks are (`spreadsheet`), CSV records read by `records`, headers folded by
`header.header_key` and dates read by `cells.parse_when`: one set of rules for every file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model.ledger import (
    LEDGER_COLUMNS,
    NO_DEADLINE_WORDS,
    NODE_DONE_WORDS,
    NODE_NOT_DONE_WORDS,
    STATUS_WORDS,
    UNIT_SEPARATORS,
    LedgerTask,
    Node,
)
from ..model.notices import Listed, Note, note
from ..model.observations import Observations
from ..model.plan import Plan
from .cells import FULL_WIDTH, CellError, parse_when
from .header import HEADER_SEARCH_ROWS, header_key

if TYPE_CHECKING:
    import io

    from .spreadsheet import Book

_ROLES = {header_key(header)[0]: column.name for column in LEDGER_COLUMNS for header in (column.name, *column.headers)}
_QUARTER_NUMBERS = {"1": 1, "一": 1, "2": 2, "二": 2, "3": 3, "三": 3, "4": 4, "四": 4}
# a quarter as a header or a sheet names it: 2019年第一季度, 一季度, 第2季度, Q3
_QUARTER = r"(?:((?:19|20)\d\d)年?)?(?:第)?([1-4一二三四])季度|(?:((?:19|20)\d\d)年?)?q([1-4])"
_YEARS_SPAN = r"(?:19|20)\d\d\s*[-—–~至到]+\s*(?:19|20)\d\d年?"
_YEAR = r"((?:19|20)\d\d)\s*年"
# a node's or a deadline's date as offices write it, at the start of its words: 2019年9月底前, 6月底前,
# 6月30日前, 年底前, 2019年底前
_DUE_END = r"(?:前|之前|以前|止)?"
_DAY_DUE = r"(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _DUE_END
_MONTH_DUE = r"(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月(?:份)?(?:底|末)?" + _DUE_END
_YEAR_END_DUE = r"(?:((?:19|20)\d\d)\s*年\s*(?:底|末|内)|年底|年末|年内)" + _DUE_END
_DUE_SUFFIX = r"(?:前|之前|以前|止)$"
_TRAILING_MARKS = r"[。.！!；;，,、]+$"  # a 完成情况 written 已完成。


def _fold(text: str) -> str:
    return "".join(text.translate(FULL_WIDTH).split())


def quarter_of(text: str) -> tuple[int | None, int] | None:
    """(year or None, quarter) that a header or a sheet's name gives, or None."""
    match = re.search(_QUARTER, _fold(text).casefold())
    if match is None:
        return None
    year = match.group(1) or match.group(3)
    return (int(year) if year else None), _QUARTER_NUMBERS[match.group(2) or match.group(4)]


def year_named(texts: list[str]) -> tuple[int | None, bool]:
    """The year a ledger's title (or sheet name) gives, a plan's span (2018—2020年) aside; (None,
    True) when it names two years."""
    found: set[int] = set()
    for text in texts:
        found.update(int(y) for y in re.findall(_YEAR, re.sub(_YEARS_SPAN, "", _fold(text))))
    if len(found) > 1:
        return None, True
    return (found.pop() if found else None), False


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


class _NeedsYear(ValueError):
    pass


def due_in_text(text: str, year: int | None) -> tuple[dt.date, int] | None:
    """The date a node's words start with (6月底前完成…, 2019年9月底前：…, 年底前…) and where the date
    ends in the folded words, or None. Raises _NeedsYear when the words give a month and the
    ledger no year, CellError for a day that does not exist."""
    folded = _fold(text)
    for pattern, month_end in ((_DAY_DUE, False), (_MONTH_DUE, True), (_YEAR_END_DUE, None)):
        match = re.match(pattern, folded)
        if match is None:
            continue
        given = int(match.group(1)) if match.group(1) else year
        if given is None:
            raise _NeedsYear(text)
        if month_end is None:
            return dt.date(given, 12, 31), match.end()
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise CellError("date_not_real", cell=folded[:match.end()], month=month, day=1)
        if month_end:
            return _month_end(given, month), match.end()
        day = int(match.group(3))
        try:
            return dt.date(given, month, day), match.end()
        except ValueError:
            raise CellError("date_not_real", cell=folded[:match.end()], month=month, day=day) from None
    return None


def read_deadline(text: str, year: int | None) -> tuple[dt.date | None, bool]:
    """A 完成时限: (its date, False), or (None, True) for 长期 (kept up throughout)."""
    folded = _fold(text)
    if folded in NO_DEADLINE_WORDS:
        return None, True
    found = due_in_text(folded, year)
    if found is not None and found[1] == len(folded):
        return found[0], False
    return parse_when(re.sub(_DUE_SUFFIX, "", folded))[0], False


Slot = tuple[int | None, int | None]  # a node column's (year, quarter), as its header names them


@dataclass
class _Header:
    """Where each column is: (column name, (year, quarter) of a node's column) by the index of its cell."""

    roles: dict[int, tuple[str, Slot]] = field(default_factory=dict)
    year: int | None = None  # the year the quarters' names give (2019年第一季度), when they give one
    years: set[int] = field(default_factory=set)  # every year the quarters' names give
    rows: int = 1  # one header row, or two (a group row of quarters over the names)
    unused: list[tuple[int, str]] = field(default_factory=list)  # (index, the header as written): named in a notice

    @property
    def two_years(self) -> bool:  # quarters named in two years (2019年第四季度, 2020年第一季度)
        return len(self.years) > 1

    def saw_year(self, year: int | None) -> None:
        if year is not None:
            self.years.add(year)
        self.year = self.year or year


def _role(cell: str) -> str | None:
    return _ROLES.get(header_key(cell)[0])


def _slot(said: tuple[int | None, int], before: Slot) -> Slot:
    """A quarter's (year, quarter): 二季度完成情况 beside 2020年二季度节点目标 is that quarter's, in its year."""
    return (said[0] if said[0] is not None else before[0] if before[1] == said[1] else None), said[1]


def _header(row: list[str], below: list[str] | None) -> _Header | None:
    """The header a row (with the row under it, for a two-row header) makes, or None: it must name
    a task column and a lead unit column. Each quarter keeps the year its own name gives, so that
    2019年第四季度 beside 2020年第一季度 is due in 2019 and in 2020."""
    names = {_role(c) for c in row if c.strip()}
    if not {"task", "lead"} <= names:
        return None
    found = _Header()
    under = below if below is not None and sum(_role(c) in ("node", "node_done") for c in below) >= 1 and not any(
        _role(c) in ("task", "lead") for c in below) else None
    found.rows = 2 if under is not None else 1
    slot: Slot = (None, None)
    for index in range(max(len(row), len(under or []))):
        upper = row[index] if index < len(row) else ""
        lower = under[index] if under is not None and index < len(under) else ""
        if upper.strip():
            said = quarter_of(upper) if _role(upper) is None else None
            slot = _slot(said, slot) if said is not None else (None, None)
            if said is not None:
                found.saw_year(said[0])
        text = lower if lower.strip() else upper
        role = _role(text) if text.strip() else None
        said = quarter_of(text) if role is None and text.strip() else None
        if said is not None:  # a quarter and a node's column in one cell: 2019年一季度节点目标, 二季度完成情况
            role = _role(re.sub(_QUARTER, "", _fold(text).casefold()))
            if role in ("node", "node_done"):
                slot = _slot(said, slot)
                found.saw_year(said[0])
            else:
                role = None
        if role is None:
            if text.strip() and (text is lower or quarter_of(text) is None):
                found.unused.append((index, " ".join(text.split())))
            continue
        found.roles[index] = (role, slot if role in ("node", "node_done") else (None, None))
    return found


@dataclass
class LedgerReading:
    """What ledgers say: their tasks (a task kept on a sheet a quarter is one task with every
    quarter's node), the problems that stop a row being read, and the notices."""

    tasks: list[LedgerTask]
    out: Observations

    @property
    def latest_report(self) -> dt.date | None:
        dates = [t.reported_on for t in self.tasks if t.reported_on is not None]
        return max(dates) if dates else None


Cells = Callable[[int, int], str]  # (row number, column index) -> where, as a user sees it


Report = tuple[LedgerTask, dt.date | None]  # a task as one sheet gives it, with the end of the sheet's quarter


SKIP_HIDDEN, COUNT_HIDDEN = "skip", "count"  # what to do with rows hidden in Excel; neither: asked about


def read_ledgers(plan: Plan, paths: list[str], hidden: str | None = None) -> LedgerReading:
    """The tasks of every ledger, a task kept on a sheet (or a file) a quarter put together.

    A task is one task of one lead unit: the same task named in two ledgers under two lead units
    stays two tasks, and a notice names both rows. A supervising office asks each lead unit about
    its own row (督办 goes to a unit), and a task the plan gives to two units (市科技局、市财政局按职责
    分工负责) is often reported by each for its share: merging them would credit one unit's nodes to
    the other, dropping one would lose a unit's report without a word.

    A row hidden in Excel that holds anything is asked about, as in a progress workbook (a task
    withdrawn, or only folded away?), unless `hidden` says to skip or count such rows."""
    out = Observations()
    tasks: dict[tuple[str, str], Report] = {}
    first_of: dict[str, LedgerTask] = {}  # each task's first row, by its name
    for path in paths:
        for found in _read_file(plan, path, out, hidden):
            name = _fold(found[0].name)
            key = (name, _fold(found[0].lead))
            first = first_of.setdefault(name, found[0])
            if key in tasks:
                tasks[key] = _merged(tasks[key], found, out)
            elif first is not found[0]:
                out.warnings.append(note("ledger_task_two_leads", found[0].place, task=found[0].name,
                                         lead=found[0].lead, other=first.place, other_lead=first.lead))
                tasks[key] = found
            else:
                tasks[key] = found
    return LedgerReading([task for task, _ in tasks.values()], out)


def _reported_later(one: Report, other: Report) -> bool:
    """Whether `other` is the later report of a task: by its 报送日期, else by its sheet's quarter,
    else as read (the later sheet or file), whatever order the sheets are kept in."""
    (task, quarter), (then, then_quarter) = one, other
    if task.reported_on is not None and then.reported_on is not None and task.reported_on != then.reported_on:
        return then.reported_on > task.reported_on
    if quarter is not None and then_quarter is not None and quarter != then_quarter:
        return then_quarter > quarter
    return True


def _merged(one: Report, other: Report, out: Observations) -> Report:
    """One task kept on two sheets (a sheet a quarter): every quarter's node, the later report's
    status. A node given on both with different words of whether it was met is a problem."""
    first, second = (one, other) if _reported_later(one, other) else (other, one)
    earlier, later = first[0], second[0]
    nodes = {n.due: n for n in earlier.nodes}
    for node in later.nodes:
        before = nodes.get(node.due)
        if before is not None and before.done is not None and node.done is not None and before.done != node.done:
            out.problem(note("ledger_node_conflict", node.place, task=later.name, other=before.place))
        if before is None or node.done is not None:
            nodes[node.due] = node
    return replace(later, nodes=tuple(sorted(nodes.values(), key=lambda n: n.due)),
                   deadline=later.deadline or earlier.deadline), second[1]


def _read_file(plan: Plan, path: str, out: Observations, hidden: str | None) -> Iterator[Report]:
    from ..model.notices import DataError
    from .sources import OLE_MAGIC, ZIP_MAGIC, check_wide, detect_encoding, label_of, open_binary, workbook_source

    label = label_of(path)
    try:
        handle, head = open_binary(path)
    except DataError as exc:
        out.problem(exc.problems[0])
        return
    with handle:
        if not head:
            out.problem(note("file_empty", label))
            return
        if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
            try:
                source = workbook_source(path, handle, label)
            except DataError as exc:
                out.problem(exc.problems[0])
                return
            yield from _read_book(plan, source, label, out, hidden)
            return
        try:
            encoding = detect_encoding(head, label)
            check_wide(head, encoding, label)
        except DataError as exc:
            out.problem(exc.problems[0])
            return
        import io

        from .records import CsvError, Records
        from .sources import sniff_delimiter

        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        records = Records(text, sniff_delimiter(head, encoding))
        try:
            found = _read_rows(plan, iter(records), lambda line, column: f"{label}:{line}", label, label, {}, out)
        except CsvError as exc:
            out.problem(note(exc.code, f"{label}:{exc.line}", **exc.params))
            return
        except UnicodeDecodeError:
            out.problem(note("ledger_not_decoded", label, encoding=encoding))
            return
        if found is None:
            out.problem(note("ledger_no_header", label))
            return
        yield from found


def _read_book(plan: Plan, path: io.BytesIO | str, label: str, out: Observations, hidden: str | None
               ) -> Iterator[Report]:
    from .spreadsheet import column_letter, open_book, watch_hidden

    book = open_book(path, label, out)
    if book is None:
        return
    read_any = False
    with book:
        for name in book.names:
            sheet = book.sheet(name)
            if sheet.refused is not None:
                out.problem(sheet.refused)
                continue
            if book.hidden(name):
                out.warnings.append(note("ledger_sheet_hidden", sheet.where))
                continue
            merged = _merged_cells(book, name)
            where = sheet.where

            def place(row: int, column: int, where: str = where) -> str:
                return f"{where}!{column_letter(column)}{row}"

            if sheet.hidden_rows is None:
                out.warnings.append(note("hidden_rows_unknown", where))
            folded: list[int] = []
            rows = watch_hidden(sheet.rows, sheet.hidden_rows or set(), folded, hidden == SKIP_HIDDEN)
            found = _read_rows(plan, rows, place, where, name, merged, out)
            if folded:  # rows withdrawn, or only folded away? the user's to say
                code = {SKIP_HIDDEN: "hidden_rows_skipped", COUNT_HIDDEN: "hidden_rows_read"}.get(hidden or "",
                                                                                                  "hidden_rows_ask")
                shown = ", ".join(str(n) for n in folded[:10]) + ("…" if len(folded) > 10 else "")
                (out.problem if code == "hidden_rows_ask" else out.warnings.append)(
                    note(code, where, count=len(folded), rows=shown))
            if found is None:
                out.warnings.append(note("ledger_sheet_not_ledger", where))
                continue
            read_any = True
            yield from found
    if not read_any:
        out.problem(note("ledger_no_header", label))


def _merged_cells(book: Book, name: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Each cell merged down under another, by (row number, column index), with the range's first
    cell, whose value it shows (one 牵头单位 for three tasks). Where a format does not say, none: a
    blank is blank, and a task without its lead unit a problem."""
    ranges = book.merged(name)
    filled: dict[tuple[int, int], tuple[int, int]] = {}
    for (top, left), (bottom, right) in ranges:
        if (bottom - top + 1) * (right - left + 1) > 100_000:
            continue  # a whole column merged: no ledger's
        for row in range(top + 1, bottom + 1):  # down its first column only: a heading merged across
            filled[(row + 1, left)] = (top + 1, left)  # a row is one cell, not a row of copies
    return filled


def _read_rows(plan: Plan, rows: Iterator[tuple[int, list[str]]], place: Cells, where: str, sheet_name: str,
               merged: dict[tuple[int, int], tuple[int, int]], out: Observations) -> list[Report] | None:
    """The tasks of one sheet (or CSV file); None when it has no ledger header in its first rows."""

    def next_filled() -> tuple[int, list[str]] | None:
        for number, row in rows:
            if any(c.strip() for c in row):
                return number, row
        return None

    above: list[tuple[int, list[str]]] = []
    current = next_filled()
    while True:
        if current is None or len(above) >= HEADER_SEARCH_ROWS:
            return None
        following = next_filled()
        header = _header(current[1], following[1] if following is not None else None)
        if header is not None:
            break
        above.append(current)
        current = following
    pending = [following] if header.rows == 1 and following is not None else []
    title = [c for _, cells in above for c in cells if c.strip()]
    year, two_years = ((None, True) if header.two_years else (header.year, False) if header.year
                       else year_named(title + [sheet_name]))
    sheet_quarter = quarter_of(sheet_name) or next((q for q in map(quarter_of, title) if q), None)
    if year is None and not two_years and sheet_quarter is not None and sheet_quarter[0] is not None:
        year = sheet_quarter[0]
    for index, text in header.unused:
        out.warnings.append(note("ledger_column_not_used", place(current[0] + header.rows - 1, index), cell=text[:40]))
    context = _Sheet(plan, place, year, two_years, sheet_quarter[1] if sheet_quarter else None, header, out)
    values: dict[tuple[int, int], str] = {}
    needed = set(merged.values())
    tasks: list[Report] = []
    quarter_year = sheet_quarter[0] or year if sheet_quarter is not None else None
    quarter_end = _month_end(quarter_year, 3 * sheet_quarter[1]) if sheet_quarter and quarter_year else None
    seen: dict[str, str] = {}
    for number, row in _chain(pending, rows):
        cells = list(row)
        for index, text in enumerate(cells):
            if (number, index) in needed:
                values[(number, index)] = text
            if not text.strip() and (number, index) in merged:
                cells[index] = values.get(merged[(number, index)], "")
        task = context.task(number, cells)
        if task is None:
            continue
        key = _fold(task.name)
        if key in seen:
            out.problem(note("ledger_task_twice", task.place, task=task.name, first=seen[key]))
            continue
        seen[key] = task.place
        tasks.append((task, quarter_end))
    if context.aside_rows:  # one line for the sheet's headings and notes, not one each
        out.warnings.append(note("ledger_rows_aside", where, rows=Listed(map(str, context.aside_rows))))
    out.receipts.append(note("ledger_receipt", where, tasks=len(tasks), aside=context.aside,
                             year=year if year is not None else "—".join(map(str, sorted(header.years))) or "—"))
    return tasks


def _chain(first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


class _Sheet:
    """Reads the rows under one header."""

    def __init__(self, plan: Plan, place: Cells, year: int | None, two_years: bool, quarter: int | None,
                 header: _Header, out: Observations) -> None:
        self.plan, self.place, self.year, self.two_years, self.quarter = plan, place, year, two_years, quarter
        self.header, self.out = header, out
        self.aside = 0
        self.aside_rows: list[int] = []  # headings and notes (二、加快创新平台建设…; 注：…), by their rows
        self.columns: dict[str, int] = {}
        self.nodes: dict[Slot, dict[str, int]] = {}
        for index, (role, slot) in header.roles.items():
            if role in ("node", "node_done"):
                self.nodes.setdefault(slot, {})[role] = index
            else:
                self.columns.setdefault(role, index)
        self.plan_tasks = {_fold(t.name.zh): t.id for t in plan.tasks} | {_fold(t.name.en): t.id for t in plan.tasks}
        self.said_no_quarter = False

    def cell(self, cells: list[str], role: str) -> str:
        index = self.columns.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def task(self, number: int, cells: list[str]) -> LedgerTask | None:
        filled = [i for i, c in enumerate(cells) if c.strip()]
        if not filled:
            return None
        own = {self.columns.get("number"), self.columns.get("task")}
        if len(filled) == 1 or set(filled) <= own:
            # a heading (二、加快创新平台建设…), a note under the table, a task not filled in
            self.aside += 1
            self.aside_rows.append(number)  # said together, once the sheet is read
            return None
        problems = self.out.problem_count
        name = self.cell(cells, "task")
        if not name:
            self.out.problem(note("ledger_no_task", self.place(number, self.columns["task"])))
        units = [u for u in re.split(f"[{re.escape(UNIT_SEPARATORS)}]+", self.cell(cells, "lead")) if u]
        if not units:
            self.out.problem(note("ledger_no_lead", self.place(number, self.columns["lead"])))
        partners = units[1:] + [u for u in re.split(f"[{re.escape(UNIT_SEPARATORS)}]+", self.cell(cells, "partners")) if u]
        nodes = self.read_nodes(number, cells)
        deadline = self.read_deadline(number, cells, nodes)
        reported = self.read_status(number, cells)
        reported_on = self.read_date(number, cells)
        if self.out.problem_count > problems:
            return None
        return LedgerTask(
            number=self.cell(cells, "number"), name=name, lead=units[0], partners=tuple(dict.fromkeys(partners)),
            leader=self.cell(cells, "leader"), deadline=deadline, nodes=nodes, progress=self.cell(cells, "progress"),
            problems=self.cell(cells, "problems"), next_steps=self.cell(cells, "next_steps"), reported=reported,
            evidence=self.cell(cells, "evidence"), reported_on=reported_on, place=self.place(number, 0),
            plan_task=self.plan_tasks.get(_fold(name)), deadline_text=self.cell(cells, "deadline"))

    def needs_year(self, where: str, text: str) -> Note:
        return note("ledger_two_years" if self.two_years else "ledger_needs_year", where, cell=text[:40])

    def read_nodes(self, number: int, cells: list[str]) -> tuple[Node, ...]:
        nodes = []
        for (in_year, given), where in sorted(self.nodes.items(), key=lambda q: (q[0][0] or 0, q[0][1] or 0)):
            at = where.get("node", where.get("node_done", 0))
            done_at = where.get("node_done", at)
            text = cells[at].strip() if "node" in where and at < len(cells) else ""
            said = cells[done_at].strip() if "node_done" in where and done_at < len(cells) else ""
            if not text and not said:
                continue
            quarter = given or self.quarter
            year = in_year or self.year  # the quarter's own year (2020年第一季度), else the ledger's
            try:
                found = due_in_text(text, year)
            except _NeedsYear:
                self.out.problem(self.needs_year(self.place(number, at), text))
                continue
            except CellError as exc:
                self.out.problem(note(exc.code, self.place(number, at), **exc.params))
                continue
            due = found[0] if found is not None else None
            if due is None:  # due at its quarter's end
                if quarter is None:
                    self.out.problem(note("ledger_node_when", self.place(number, at), cell=text[:40]))
                    continue
                if year is None:
                    self.out.problem(self.needs_year(self.place(number, at), text or said))
                    continue
                due = _month_end(year, 3 * quarter)
            # whole words only: 完成一半 or 已完成60% is not met, and asked about
            folded = re.sub(_TRAILING_MARKS, "", _fold(said))
            if not folded:
                done = None
            elif folded in NODE_NOT_DONE_WORDS:
                done = False
            elif folded in NODE_DONE_WORDS:
                done = True
            else:
                self.out.problem(note("ledger_node_done_unknown", self.place(number, done_at), cell=said[:40]))
                continue
            nodes.append(Node(due, text, done, self.place(number, done_at)))
        return tuple(sorted(nodes, key=lambda n: n.due))

    def read_deadline(self, number: int, cells: list[str], nodes: tuple[Node, ...]) -> dt.date | None:
        text = self.cell(cells, "deadline")
        index = self.columns.get("deadline", 0)
        if not text:
            if nodes:
                return nodes[-1].due  # the last node's date is the task's deadline
            self.out.problem(note("ledger_no_deadline", self.place(number, index)))
            return None
        try:
            due, ongoing = read_deadline(text, self.year)
        except _NeedsYear:
            self.out.problem(self.needs_year(self.place(number, index), text))
            return None
        except CellError as exc:
            self.out.problem(note("ledger_deadline_unread", self.place(number, index), cell=text[:40],
                                  why=note(exc.code, **exc.params)))
            return None
        if due is not None and due < self.plan.start:  # 2017年6月底前 in a 2018—2020 plan: a typo, judged overdue
            self.out.problem(note("ledger_deadline_before_plan", self.place(number, index), cell=text[:40],
                                  due=due.isoformat(), start=self.plan.start.isoformat()))
            return None
        late = [n for n in nodes if due is not None and not ongoing and n.due > due]
        if late:  # a node due after the task's own deadline: one of the two dates is likely wrong
            self.out.warnings.append(note("ledger_node_after_deadline", self.place(number, index), cell=text[:40],
                                          due=due.isoformat() if due else "", node=late[-1].due.isoformat()))
        return None if ongoing else due

    def read_status(self, number: int, cells: list[str]) -> str | None:
        text = _fold(self.cell(cells, "status"))
        if not text:
            return None
        if text not in STATUS_WORDS:
            self.out.problem(note("ledger_status_unknown", self.place(number, self.columns["status"]), cell=text[:40]))
            return None
        return STATUS_WORDS[text]

    def read_date(self, number: int, cells: list[str]) -> dt.date | None:
        text = self.cell(cells, "reported_on")
        if not text:
            return None
        where = self.place(number, self.columns["reported_on"])
        try:
            day = parse_when(text)[0]
        except CellError as exc:
            self.out.problem(note(exc.code, where, **exc.params))
            return None
        plan = self.plan
        if day > dt.date.today():  # a typo (2091) would be the as-of date: every task overdue
            self.out.problem(note("ledger_reported_future", where, date=day.isoformat(), today=dt.date.today().isoformat()))
            return None
        if day < plan.start or day > plan.end + dt.timedelta(days=366):  # a final report may come the next January
            self.out.problem(note("ledger_reported_outside", where, date=day.isoformat(), start=plan.start.isoformat(),
                                  end=plan.end.isoformat()))
            return None
        return day
