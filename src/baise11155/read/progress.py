"""Read progress files into observations: values summed by indicator, category and date.

One direction: a file is opened (`sources`), becomes numbered rows of cell text (`records` for
CSV, `spreadsheet` for a workbook), its header row gives the columns (`header`), and each row is
placed into the observations (`rows`, with `cells` and `lookup` reading each cell). Nothing
calls back up.

Files are streamed, and every route (a file by path, standard input, a named pipe, a workbook's
sheet, a traced reading) hands its rows to the same `RowReader.take`. What is kept does not
grow with the number of rows: one sum per (indicator, category, date), and, to catch an item
listed twice, one fixed-size digest per distinct item. Problems are collected with their place, so that `validate` can list them
all. A `trace` function, when given, is handed every row with its named fields (county included)
and its place, for whoever needs to show which rows made a figure or to break them down.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from ..model.areas import names_an_area
from ..model.notices import DataError, Listed, Note, Typed, columns_read, note, os_reason, quoted
from ..model.observations import Observations, ProgressRow
from ..model.plan import Plan
from .cells import find_when
from .header import FROM_YEAR_START, UNIT_HEADERS, HeaderMatch, header_key, locate_header
from .lookup import NameIndex
from .periods import PeriodAdditions, YearDays
from .records import CsvError, Records
from .rows import MAX_DUPLICATE_WARNINGS, RowReader, SeenItems, line_place, rename_areas
from .running import RunningTotals
from .sources import (
    MAX_LINE_BYTES,
    OLE_MAGIC,
    STDIN,
    ZIP_MAGIC,
    LineLimited,
    LineTooLong,
    check_wide,
    detect_encoding,
    label_of,
    locate_decode_error,
    open_binary,
    sniff_delimiter,
    workbook_source,
)
from .wide import WideTable, recogniser, wide_reader

if TYPE_CHECKING:
    from .crosstab import CrossTab
    from .rows import Place

Trace = Callable[[ProgressRow], Any]


ALL_SHEETS = "all"
OTHER_SHEETS_LOOKED_AT = 50  # after the first sheet, how many are looked at for a progress header
SUMMARY_SHEET_WORDS = ("汇总", "合计", "总表", "总计", "小计", "summary", "total")


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """How progress files are read: the encoding of text files (None: detected); the sheets of
    workbooks to read (none named: the first; "all": every sheet with a progress header);
    columns named by the user (`--column value=完成情况`: (column, header) pairs) for headers the
    tool does not know; whether rows and sheets hidden in Excel are left out."""

    encoding: str | None = None
    sheets: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()
    skip_hidden: bool = False
    count_hidden: bool = False  # rows and sheets hidden in Excel counted; with neither, asked
    by_area: bool = False  # keep every kind's sums by county (a count's too), for `--by county`
    # a roll-up to the region: "file" (one city's file: its categories set aside), or "column" (a
    # file of several cities: the 地区 column takes the county's place, counties and categories set aside)
    roll_up: str = ""


class _Context:
    """What every file of one reading shares."""

    def __init__(self, plan: Plan, settings: ReadSettings, trace: Trace | None) -> None:
        self.names = NameIndex(plan)
        self.settings = settings
        self.trace = trace
        self.out = Observations()
        self.seen = SeenItems()
        self.mapping = {_mapped(header): column for column, header in settings.columns}
        if settings.roll_up:
            self.mapping.update(_roll_up_mapping(settings.roll_up == "column"))
        self.mapped_found: set[str] = set()  # the --column headers met in some file
        self.series = RunningTotals()  # running totals' series, across files and sheets (see RowReader._increment)
        self.periods = PeriodAdditions()  # the periods a period's additions were given for, across files and sheets
        self.year_days = YearDays()  # the days a year's figure was given on for one area, across files and sheets
        self.area_names: dict[str, list] = {}  # one name for each area, across files (see RowReader._area)
        self.given: dict = {}  # figures given, across files and sheets (see RowReader._given_before)

    def reader(self, label: str, rows: Iterator[tuple[int, list[str]]], place: Place, sheet: bool = False,
               sheet_name: str = ""
               ) -> tuple[RowReader, int, CrossTab | WideTable | None, list[tuple[int, list[str]]]] | None:
        """The reader of a file's rows after its header, found in its first rows, the header's
        width, for a cross-tab what turns its rows into ledger rows, and the data rows read while
        looking for the header; None when there is no header (the problems noted)."""
        out = self.out
        found = locate_header(rows, place, self.mapping, sheet, recogniser(place, self.mapping, self.names))
        if found is None:
            return None
        line, cells, match, skipped, leftover = found
        if self.mapping:
            for cell in cells:  # a --column header matches with its unit in brackets, or without it
                self.mapped_found |= {_mapped(cell), header_key(cell)[0]} & self.mapping.keys()
        dated = None
        if any(problem.code == "no_when_column" for problem in match.problems):
            # no date column: a date the sheet's name or the title above gives, said in the receipt (and
            # not asked for beside another problem of the header: f06 of the third trial)
            dated = _date_outside(out, sheet_name, skipped, place(line, None))
            if dated is not None:
                match.problems[:] = [problem for problem in match.problems if problem.code != "no_when_column"]
        if match.problems:
            for problem in match.problems:
                out.problem(problem)
            return None
        if skipped:
            shown = [quoted(" ".join(" ".join(cells_above).split())) for cells_above in skipped[:2]]
            more = ("…",) if len(skipped) > len(shown) else ()  # the first two, said to be the first
            out.warnings.append(note("header_below", place(line, None), row=line, skipped=len(skipped),
                                     first=Listed((*shown, *more))))
        # a column of each row's unit (单位, 计量单位) beside the value: read with it, not "not used"
        unit_column = next((index for index, header in match.unused if header_key(header)[0] in UNIT_HEADERS), None) \
            if "value" in match.positions or match.cross_tab else None
        grade_column = next((index for index, header in match.unused if header_key(header)[0] in GRADE_HEADERS), None)
        read_too = {column + 1 for column in (unit_column, grade_column) if column is not None}
        out.warnings.extend(w for w in match.warnings if w.params.get("index") not in read_too)
        if match.wide is not None:  # the city's own layouts: a column per indicator, or per county
            return wide_reader(label, found, place, self.names, out, self.seen, self.trace, series=self.series,
                               all_parts=self.settings.by_area, line_units=_unit_line(skipped),
                               outside=lambda: _date_outside(out, sheet_name, skipped, place(line, None)),
                               figures_given=self.given, area_names=self.area_names)
        columns = columns_read(match.positions, cells)
        if match.cross_tab:
            from .crosstab import COLUMNS, UNIT, WIDTH, CrossTab
            from .crosstab import shown as period

            titled = any("累计" in "".join(cells_above) for cells_above in skipped)
            cross = CrossTab(match, self.names, out, place, cumulative=titled, unit=unit_column)
            years = ", ".join(period(when) for _, when in cross.years)
            if cross.covered and not cross.cumulative:
                parts = ", ".join(period(when) for index, when in cross.years if index in cross.covered)
                out.warnings.append(note("columns_covered", place(line, None), columns=parts))
            out.warnings.append(note("cross_tab_cumulative" if cross.cumulative else "cross_tab", place(line, None),
                                     years=years))
            out.recognised.append(note("recognised_cross_tab", place(line, None), row=line, columns=columns,
                                       years=years, unused=len(match.warnings)))
            values = note("values_year_running" if cross.cumulative else "values_year_columns")
            reader = RowReader(label, COLUMNS, WIDTH, self.names, out, self.seen, place=cross.place, trace=self.trace,
                               receipt=(values, note("dates_year_columns", years=years)), area_names=self.area_names,
                               given=self.given, unit_column=UNIT)
            reader.all_parts = self.settings.by_area
            return reader, WIDTH, cross, leftover
        out.recognised.append(note("recognised", place(line, None), row=line, columns=columns,
                                   unused=len(match.warnings)))
        # the cells up to the last name (blank ones after it are not columns) and the header's width
        reader = RowReader(label, match.positions, max(match.width, len(cells)), self.names, out, self.seen,
                           place=place, trace=self.trace, value_unit=match.units.get("value", ""), named_width=len(cells),
                           series=self.series if match.running_totals or _to_date(dated) else None,
                           receipt=_receipt(cells, match, dated), fixed_when=dated[0] if dated else None,
                           area_names=self.area_names, given=self.given,
                           fixed_county=_county_sheet(sheet_name, self.names.plan) if "county" not in match.positions else "",
                           unit_column=unit_column, grade_column=grade_column)
        reader.all_parts = self.settings.by_area
        reader.blank_columns = match.blank
        reader.additions = match.additions
        reader.year_days = self.year_days
        if match.period:
            reader.periods = (match.period, self.periods)
        when_column = match.positions.get("date", match.positions.get("year"))
        ledger = "item" in match.positions or "value" not in match.positions  # one row per enterprise
        if when_column is not None and "认定" in cells[when_column] and ledger:  # 认定时间: when each was recognised
            reader.recognition_dates = place(line, when_column)
        if "value" in match.positions:
            reader.unit_place = place(line, match.positions["value"])
            reader.line_units = _unit_line(skipped)
        else:  # every row counts 1: unless a column not read holds figures (checked at the end)
            reader.unread = [(index, " ".join(cells[index].split()), place(line, index)) for index, header in match.unused
                             if not any(word in header for word in NUMBERS_NOT_FIGURES)]
        return reader, len(cells), None, leftover


def _date_outside(self_out: Observations, sheet_name: str, above: list[list[str]], where: str
                  ) -> tuple[dt.date, Note] | None:
    """The date of every row of a table with no date column, from the sheet's name (2019年三季度,
    or 三季度 with the year from the title) or the title above the header (2019年1-9月, 截至2019年9月底),
    with the receipt's words for it; None when neither gives one. Two different dates are a
    question (a problem named at the header), never a guess."""
    title = " ".join(cell.strip() for row in above for cell in row if cell.strip())
    from_title = find_when(title)
    from_sheet = find_when(sheet_name) if sheet_name else {}
    if sheet_name and not from_sheet and len({when.year for when in from_title}) == 1:
        year = f"{next(iter(from_title)).year}年"  # 三季度 under a title of 2019年: the sheet says when in the year
        from_sheet = {when: words for when, words in find_when(year + sheet_name).items() if words != year}
    found = from_sheet or from_title
    if not found:
        return None
    if len(found) > 1 or (from_sheet and from_title and not set(from_title) <= set(from_sheet)
                          and {w.year for w in from_title} != {w.year for w in from_sheet}):
        said = ", ".join(sorted({*from_sheet.values(), *from_title.values()}))
        self_out.problem(note("dates_outside_differ", where, dates=said))
        return None
    when, words = next(iter(found.items()))
    return when, note("dates_sheet" if from_sheet else "dates_title", words=words, when=str(when))


GRADE_HEADERS = ("级别", "等级", "层级", "平台级别", "grade", "level")  # a column of each row's grade (国家级)
# headers of columns whose numbers are not figures of progress: a certificate's, a telephone's
NUMBERS_NOT_FIGURES = ("编号", "号码", "电话", "代码", "证书", "邮编", "手机", "身份证", "年龄", "序号")


def _county_sheet(sheet_name: str, plan: Plan) -> str:
    """The county a sheet is named for (右江区, 隆林各族自治县), when the table names none: one sheet
    per county, its rows that county's; "" for any other name (一季度, 汇总, 全市)."""
    name = sheet_name.strip()
    if plan.division(name) is not None or (names_an_area(name) and name not in plan.whole_area_names):
        return name
    return ""


def _unit_line(above: list[list[str]]) -> tuple[str, ...]:
    """The units a line above the header states (单位：万元; 单位：项、个、家, one per indicator;
    （单位：万元） at the end of a title), as written."""
    for row in above:
        for cell in row:
            found = re.search(r"(?:^|[（(\s])单\s*位\s*[:：]\s*([^）)]+)", cell.strip())  # (not 填报单位：)
            if found:
                return tuple(unit for unit in re.split(r"[、，,/;；\s]+", found.group(1).strip()) if unit)
    return ()


def _to_date(dated: tuple[dt.date, Note] | None) -> bool:
    """Whether a date from the title or the sheet's name is of a period from the year's start to a
    day before its end (2019年1-6月, 前三季度, 截至9月底): its figures are the year's so far, and two
    such sheets are running totals within the year, the later less the earlier."""
    if dated is None:
        return False
    when, said = dated
    return (when.month, when.day) != (12, 31) and re.search(FROM_YEAR_START, str(said.params.get("words", ""))) is not None


def _receipt(cells: list[str], match: HeaderMatch, dated: tuple[dt.date, Note] | None) -> tuple[Note, Note]:
    """What a ledger's receipt says of its values and its dates: which column, read how."""
    positions = match.positions
    if "value" in positions:
        header = " ".join(cells[positions["value"]].split())
        values = note("values_running" if match.running_totals else "values_column", header=header)
    else:
        values = note("values_one_per_row")
    if dated is not None:
        return values, dated[1]
    headers = {column: " ".join(cells[positions[column]].split()) for column in ("date", "year") if column in positions}
    if len(headers) == 2:
        return values, note("dates_columns", **headers)
    return values, note("dates_column", header=next(iter(headers.values())))


def read_progress(plan: Plan, paths: list[str], settings: ReadSettings | None = None,
                  trace: Trace | None = None) -> Observations:
    """Read and combine progress files; problems are collected in the result, not raised."""
    context = _Context(plan, settings or ReadSettings(), trace)
    read: dict[object, str] = {}  # each file's identity -> the name it was first given by
    for path in paths:
        identity = _identity(path)
        if identity in read:  # by the same name, another path, a link: its rows would count twice
            context.out.warnings.append(note("file_given_again", label_of(path), first=read[identity]))
            continue
        read[identity] = label_of(path)
        _read_one(path, context)
    out = context.out
    mixed = context.series.conventions()
    if mixed is not None:
        out.problem(mixed)
    out.warnings.extend(context.periods.missing(plan.start))
    for asked in context.year_days.asked():
        out.problem(asked)
    rename_areas(out, context.area_names)
    for column, header in context.settings.columns:
        if _mapped(header) not in context.mapped_found:
            # a mapping that matched no header would leave the column it names unread
            out.problem(note("column_mapping_unused", "", column=column, header=quoted(header), typed=Typed(header)))
    if out.revised:  # each listed by explain
        first = out.revised[0]
        out.warnings.append(note("figures_revised", first.place, rows=len(out.revised), value=first.value,
                                 by=first.by_value, by_place=first.by_place))
    hidden = out.duplicates - MAX_DUPLICATE_WARNINGS
    if hidden > 0:
        out.warnings.append(note("more_listed_again", count=hidden))
    return out


def _identity(path: str) -> object:
    """What tells one file from another whatever it is called: its device and inode (a link, a
    hard link, `./file` and `file` are one file); standard input is one file; a path that cannot
    be looked at is itself (opening it says why)."""
    if path == STDIN:
        return STDIN
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return path
    return (status.st_dev, status.st_ino)


def _read_one(path: str, context: _Context) -> None:
    label, out = label_of(path), context.out
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
            _read_workbook(path, handle, head, label, context)
            return
        try:
            encoding = context.settings.encoding or detect_encoding(head, label)
            check_wide(head, encoding, label)
        except DataError as exc:
            out.problem(exc.problems[0])
            return
        _read_text(handle, encoding, head, label, context)


def _read_workbook(path: str, handle: BinaryIO, head: bytes, label: str, context: _Context) -> None:
    from .spreadsheet import open_book

    out, settings = context.out, context.settings
    try:
        source = workbook_source(path, handle, label)
    except DataError as exc:
        out.problem(exc.problems[0])
        return
    book = open_book(source, label, out)
    if book is None:
        return
    with book:
        if not book.names:
            out.problem(note("no_worksheets", label, others=Listed(quoted(n) for n in book.others) or "—"))
            return
        every = ALL_SHEETS in settings.sheets
        unknown = [name for name in settings.sheets if name != ALL_SHEETS and name not in book.names]
        if unknown:
            out.problem(note("no_such_sheet", label, sheet=quoted(unknown[0]), sheets=Listed(book.names)))
            return
        chosen = book.names if every else list(dict.fromkeys(settings.sheets)) or book.names[:1]
        if book.others and (every or not settings.sheets):  # a chart sheet is not read: said so
            out.warnings.append(note("not_worksheets", label, sheets=Listed(quoted(n) for n in book.others)))
        if every and len(chosen) > 1:
            # a summary sheet (汇总) beside the sheets it sums would count every figure twice
            # (a sheet named for the whole city, 全市 or 百色市, beside sheets named for its counties is one too)
            counties = any(_county_sheet(name, context.names.plan) for name in chosen)
            summaries = [name for name in chosen if any(word in name for word in SUMMARY_SHEET_WORDS)
                         or (counties and name.strip() in context.names.plan.whole_area_names and name.strip())]
            if summaries and len(summaries) < len(chosen):
                for name in summaries:
                    out.warnings.append(note("summary_sheet_skipped", f"{label}:{name}", sheet=quoted(name), typed=Typed(name)))
                chosen = [name for name in chosen if name not in summaries]
            else:
                summaries = []
        else:
            summaries = []
        before = _sums(out)  # what the sheets read add, to hold a summary sheet left out against
        read: list[str] = []  # the sheets whose rows were read
        passed_over: list[str] = []  # (--sheet all) those that seemed to hold no progress
        for name in chosen:
            if book.hidden(name) and (every or name not in settings.sheets):
                if settings.skip_hidden:
                    out.warnings.append(note("hidden_sheet_skipped", f"{label}:{name}", sheet=quoted(name)))
                    continue
                if not settings.count_hidden:  # withdrawn, or only put away? the user's to say
                    out.problem(note("hidden_sheet_ask", f"{label}:{name}", sheet=quoted(name)))
                    continue
                out.warnings.append(note("hidden_sheet_read", f"{label}:{name}", sheet=quoted(name)))
            outcome = _read_sheet(book, name, context, quietly=every)
            (read if outcome == "read" else passed_over if outcome == "passed over" else []).append(name)
        if every and not read and passed_over:
            # no sheet held a header that could be read: what each lacks, at its header row
            for name in passed_over:
                _read_sheet(book, name, context, quietly=False)
        for name in summaries:
            _check_summary(book, name, f"{label}:{name}", context, _added(before, _sums(out)), chosen)
        if not settings.sheets:
            # Only the first sheet was asked for, by asking for none: when others hold progress too
            # (a sheet per quarter, per year, per county), which is meant is the user's to say. The
            # first few dozen are looked at, not thirty thousand.
            others = [name for name in book.names[1:OTHER_SHEETS_LOOKED_AT + 1]  # (a hidden one is put away)
                      if not book.hidden(name) and _has_header(book, name, context, asked=False)]
            if others:
                out.problem(note("other_sheets", label, sheets=Listed(quoted(n) for n in others),
                                 first=quoted(book.names[0])))


def _sums(out: Observations) -> dict[tuple[str, dt.date], Any]:
    """The figures read so far by indicator and date, categories and counties added up."""
    sums: dict[tuple[str, dt.date], Any] = {}
    for key, bucket in out.buckets.items():
        sums[(key.indicator, key.when)] = sums.get((key.indicator, key.when), 0) + bucket.total
    return sums


def _added(before: dict, after: dict) -> dict:
    return {key: total - before.get(key, 0) for key, total in after.items() if total != before.get(key, 0)}


def _check_summary(book: Any, name: str, where: str, context: _Context, others: dict, sheets: list[str]) -> None:
    """A sheet left out as the summary of the others is read apart and held against them: where it
    says another figure (汇总 holding eleven counties, the other sheet the twelfth's late report), it
    was no summary of them, and which is meant is asked, never one of them counted in silence."""
    apart = _Context(context.names.plan, context.settings, None)
    if _read_sheet(book, name, apart, quietly=True) != "read" or apart.out.problem_count:
        return  # (no figures of its own to hold the others against)
    summary = _sums(apart.out)
    for key in sorted(summary.keys() | others.keys()):
        if summary.get(key, 0) != others.get(key, 0):
            indicator = context.names.plan.indicator(key[0])
            context.out.problem(note("summary_sheet_differs", where,
                                     sheet=quoted(name), id=key[0], name=indicator.name.zh, when=str(key[1]),
                                     summary=summary.get(key, 0), others=others.get(key, 0),
                                     typed=Typed(name), sheets=Listed(quoted(n) for n in sheets)))
            return


def _read_sheet(book: Any, name: str, context: _Context, quietly: bool) -> str:
    """One sheet's rows: "read", "refused" (a problem said), or with `quietly` (--sheet all) "passed
    over", a sheet without a progress header being named in a warning, not a problem."""
    from .spreadsheet import column_letter, watch_hidden

    out = context.out
    sheet = book.sheet(name)
    where = sheet.where

    def place(line: int, column: int | None) -> str:
        return f"{where}!{column_letter(column)}{line}" if column is not None else f"{where}!{line}:{line}"

    if sheet.refused is not None:
        out.problem(sheet.refused)
        return "refused"
    if quietly and not _has_header(book, name, context):
        out.warnings.append(note("sheet_no_header", where, sheet=quoted(name)))
        return "passed over"
    before = out.problem_count
    started = context.reader(where, sheet.rows, place, sheet=True, sheet_name=name)
    if started is None:
        if out.problem_count == before:
            out.problem(note("sheet_empty", where))
        return "refused"
    reader, width, cross, leftover = started
    if sheet.hidden_rows is None:
        out.warnings.append(note("hidden_rows_unknown", where))
    rows: Iterator[tuple[int, list[str]]] = itertools.chain(leftover, sheet.rows)
    if cross is None or isinstance(cross, WideTable):
        # (in one of the city's layouts, the columns that say what a row is are the table's own)
        said = cross if isinstance(cross, WideTable) else None
        named = [c for c in ((said.i_indicator, said.i_category, said.label, said.i_date, said.i_year) if said else
                             (reader.i_indicator, reader.i_category, reader.i_county, reader.i_date, reader.i_year))
                 if c is not None]
        down = _merged_down(book.merged(name), named)
        if down:
            rows = _filled_down(rows, down)
            out.warnings.append(note("merged_cells_read", where, rows=sum(1 for covered in down.values() for _ in covered)))
    hidden = sheet.hidden_rows or set()
    if hidden:
        seen_hidden: list[int] = []
        rows = watch_hidden(rows, hidden, seen_hidden, context.settings.skip_hidden)
    if cross is not None:
        reader.take_all(cross.rows(rows))
    else:
        reader.take_all(_fitted(rows, width, place, out))
    if hidden and seen_hidden:
        settings = context.settings
        code = "hidden_rows_skipped" if settings.skip_hidden else "hidden_rows_read" if settings.count_hidden \
            else "hidden_rows_ask"  # rows withdrawn, or only folded away? the user's to say
        shown = ", ".join(str(n) for n in seen_hidden[:10]) + ("…" if len(seen_hidden) > 10 else "")
        (out.problem if code == "hidden_rows_ask" else out.warnings.append)(
            note(code, where, count=len(seen_hidden), rows=shown))
    return "read"


def _merged_down(ranges: list[tuple[tuple[int, int], tuple[int, int]]], columns: list[int]
                 ) -> dict[int, list[tuple[int, int]]]:
    """The rows a cell merged down covers below its own (one 指标 over its categories' rows), in the
    columns that say what a row is: row number -> [(column, the merged cell's row)]. Never a figure's
    column: a figure merged over two rows is one figure, which read in each row would count twice."""
    down: dict[int, list[tuple[int, int]]] = {}
    for (top, left), (bottom, right) in ranges:
        if left == right and bottom > top and left in columns:
            for line in range(top + 2, bottom + 2):  # (Excel's rows, numbered from 1 as the reading numbers them)
                down.setdefault(line, []).append((left, top + 1))
    return down


def _filled_down(rows: Iterator[tuple[int, list[str]]], down: dict[int, list[tuple[int, int]]]
                 ) -> Iterator[tuple[int, list[str]]]:
    """Rows with a merged cell's text in each row it covers, as Excel shows it."""
    tops = {(column, top) for covered in down.values() for column, top in covered}
    text: dict[tuple[int, int], str] = {}
    for line, row in rows:
        for column, top in tops:
            if top == line and column < len(row):
                text[(column, top)] = row[column]
        for column, top in down.get(line, ()):
            if column < len(row) and not row[column].strip():
                row[column] = text.get((column, top), "")
        yield line, row


def _fitted(rows: Iterator[tuple[int, list[str]]], width: int, place: Place, out: Observations
            ) -> Iterator[tuple[int, list[str]]]:
    """A sheet's rows cut or padded to its header's width. A value right of the last named column
    has no header to say what it is: it is not read, and the first such cell is named."""
    named = False
    for line, row in rows:
        if len(row) != width:
            if not named and any(cell.strip() for cell in row[width:]):
                column = width + next(n for n, cell in enumerate(row[width:]) if cell.strip())
                out.warnings.append(note("cells_without_header", place(line, column)))
                named = True
            row = row[:width] + [""] * (width - len(row))
        yield line, row


def _has_header(book: Any, name: str, context: _Context, asked: bool = True) -> bool:
    """Whether a sheet's first rows hold a progress header that can be read. A sheet nobody asked
    for (looked at to say whether it holds progress too) that cannot be read is named in a
    warning, not made a problem of the run."""
    # what goes wrong only looking at a sheet nobody asked for is not the reading's problem
    aside = context.out if asked else Observations()
    sheet = book.sheet(name, out=aside)
    before = aside.problem_count
    where = line_place(sheet.where)
    found = None if sheet.refused is not None else locate_header(
        sheet.rows, where, context.mapping, sheet=True, recognise=recogniser(where, context.mapping, context.names))
    if sheet.refused is not None or aside.problem_count > before:
        if not asked:
            context.out.warnings.append(note("other_sheet_unreadable", sheet.where, sheet=quoted(name)))
        return False
    # (a header whose only want is a date column may find its date in the title or the sheet's name)
    return found is not None and found[2].usable and all(p.code == "no_when_column" for p in found[2].problems)


def _read_text(handle: BinaryIO, encoding: str, head: bytes, label: str, context: _Context) -> None:
    import io

    out = context.out
    text = io.TextIOWrapper(LineLimited(handle), encoding=encoding, newline="")  # type: ignore[type-var]
    records = Records(text, sniff_delimiter(head, encoding))
    try:
        rows: Iterator[tuple[int, list[str]]] = iter(records)
        before = out.problem_count
        started = context.reader(label, rows, line_place(label))
        if started is None:
            if out.problem_count == before:
                out.problem(note("file_empty", label))
            return
        reader, _, cross, leftover = started
        rows = itertools.chain(leftover, rows)
        reader.take_all(cross.rows(rows) if cross is not None else rows)
    except UnicodeDecodeError:
        where = locate_decode_error(handle.name if hasattr(handle, "name") else STDIN, encoding) or records.line + 1
        other = "gb18030" if encoding.startswith("utf") else "utf-8"
        out.problem(note("bad_bytes", f"{label}:{where}", encoding=encoding, other=other))
    except CsvError as exc:
        out.problem(note(exc.code, f"{label}:{exc.line}", **exc.params))
    except LineTooLong as exc:
        out.problem(note("line_too_long", f"{label}:{exc.line}", limit=f"{MAX_LINE_BYTES >> 20} MiB"))
    except OSError as exc:  # the disk or the network share failed in the middle of the file
        out.problem(note("cannot_read", f"{label}:{records.line + 1}", reason=os_reason(exc)))
    finally:
        text.detach()  # the file is closed by its opener


AREA_HEADERS = ("地区", "市", "城市", "设区市", "所属市", "地市", "area", "city")  # a roll-up's area column


def _roll_up_mapping(by_column: bool) -> dict[str, str]:
    """The headers a roll-up reads otherwise: a region's plan has no city's categories (set aside,
    and named among the columns not used); with an area column, the area is the part a stock's
    levels are summed by, and the counties inside a city are set aside."""
    from ..model.columns import PROGRESS_COLUMNS
    from .header import SET_ASIDE

    of = {column.name: (column.name, *column.headers) for column in PROGRESS_COLUMNS}
    mapping = {_mapped(header): SET_ASIDE for header in of["category"]}
    if by_column:
        mapping.update({_mapped(header): SET_ASIDE for header in of["county"]})
        mapping.update({_mapped(header): "county" for header in AREA_HEADERS})
    return mapping


def _mapped(header: str) -> str:
    """A header named with --column, folded as the file's headers are."""
    name, unit = header_key(header)
    return name + (f"({unit})" if unit else "")
