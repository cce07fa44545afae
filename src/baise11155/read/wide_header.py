"""The header of one of the city's own layouts (see `wide`): found where `header.locate_header`
looks, and read into a `Layout` — which column holds which indicator's figures, or which county's.

A header is one of these only when that is unambiguous: two or more of its cells name indicators of
the plan (or one does, beside a county column), or two or more name areas (右江区, 平果市, one of
the plan's divisions) beside an indicator column. A group row just above it (序号, 县区 merged down
over a row of indicators) names its blank cells; a row of sub-columns just below it is read with it.
Under a merged parent naming an indicator, a sub-column `保有数`, `累计` or `数量` is the indicator's
own figure, a year that year's, a period that period's (2019年1-9月: from the year's start, a running
total within it), a category that category's, and `其中…` a part of it (set aside,
and checked not to exceed its whole). Anything half-recognised is refused at the header cell that
could not be read: an indicator not in the plan, a sub-column that says nothing known, two figures
under one indicator, `高新技术企业` with nothing saying held or new, a count in money.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model.areas import area_key
from ..model.columns import IGNORED_HEADERS, QUANTITY_HINTS
from ..model.notices import Note, note, quoted
from ..model.plan import COUNT_UNITS
from .cells import FULL_WIDTH, CellError, unit_factor
from .header import (
    _YEAR_COLUMN,
    FROM_YEAR_START,
    RUNNING_TOTAL_WORDS,
    SET_ASIDE,
    TARGET_HEADERS,
    UNIT_HEADERS,
    HeaderMatch,
    _period_column,
    header_key,
    role_of,
)
from .lookup import fold
from .totals import SUBTOTAL, area_named, folded, is_total

if TYPE_CHECKING:
    from ..model.plan import Indicator
    from .header import Located, Recognise
    from .lookup import NameIndex
    from .rows import Place

INDICATORS, COUNTIES = "indicators", "counties"  # a column per indicator; a column per county
CITY_TOTAL = "全市合计"  # how the ledger names the whole city's total in a county cell

# A header cell names an area when it ends as a county's, a district's or a city's name does (or
# is one of the plan's divisions); these are names of a county column, not of a county.
COUNTY_ENDINGS = ("区", "县", "市", "旗")
_NOT_A_COUNTY = ("县区", "区县", "县市", "市县", "地区", "城市", "地市", "设区市", "所属", "所在", "各县")
# a header in a county-per-column table naming a part of the city that is not a county
_CITY_PARTS = ("本级", "市直", "直属", "园区", "开发区", "管委会", "试验区")
# under an indicator, the sub-column that is its own figure (besides a value column's headers)
_OWN = ("累计", "累计数", "总数", "合计", "总计", "数量", "数", "完成", "完成数", "完成情况", "实际完成")
_STOCK_PREFIX = "保有"  # 保有数 under 高新技术企业: the plan's 保有高新技术企业
_NEW_WORDS = ("新增", "新认定", "新引进", "新培育", "新建", "本年", "当年", "本期", "当期", "本季度", "本月")
_PART = "其中"
# a column left of the figures, named as no ledger's column is, naming each row: a county's (地区,
# 单位) in a table of indicators, an indicator's (项目, 考核内容) in a table of counties
_LABEL_WORDS = {INDICATORS: ("县", "区", "市", "地", "单位", "部门"), COUNTIES: ("项目", "内容", "事项", "指标", "名称")}
_LABEL_ROLE = {INDICATORS: "county", COUNTIES: "indicator"}
_NUMBER_WORDS = ("数量", "个数", "总数", "数")  # 转化科技成果数: the indicator's number
_HELD_WORDS = ("保有量", "保有数")  # 高新技术企业保有量: 保有高新技术企业
# a column beside figures that is not one: a target, a rate, a rank (said, not read)
_ASIDE_WORDS = ("率", "%", "目标", "任务", "计划", "进度", "排名", "得分", "名次")
_IGNORED = {header_key(header)[0] for header in IGNORED_HEADERS}
_UNIT_WORDS = ("元", "万元", "亿元", "人", "人次", "万人", "%", "个百分点")  # besides the counting units
_COLUMN_NUMBERS = ("甲", "乙", "丙", "丁", "戊", "栏次", "栏", "序号", "-", "—")  # a numbering row's words
NOT_READ = ("column_not_used", "column_set_aside", "wide_column_aside", "wide_row_total_column")  # a column's notes


@dataclass
class Figure:
    """A column of figures in a table with a column per indicator."""

    index: int
    indicator: Indicator
    header: str  # as written (its parent's and its own, for a sub-column), for messages
    category: str = ""  # a sub-column naming one of the indicator's categories
    year: str = ""  # a sub-column naming a year
    date: str = ""  # a sub-column naming a period within one (2019年1-9月): its last day, ISO
    unit: str = ""  # written after a measured value's figures, so that the ledger converts or refuses it
    running: bool = False  # a count's running total (累计)
    whole: int | None = None  # a part's (其中) column: the column of the figure it is part of
    is_part: bool = False
    is_new: bool = False  # a stock's new ones (当年新认定): a part beside the level held, else a question


@dataclass
class Layout:
    """What the header of one of the city's layouts says, for `WideTable` to read rows by."""

    kind: str
    line: int
    names: list[str]  # each column's name as read, for messages
    figures: list[Figure] = field(default_factory=list)  # INDICATORS: the columns of figures
    counties: list[tuple[int, str]] = field(default_factory=list)  # COUNTIES: (column, county as written)
    totals: list[tuple[int, str]] = field(default_factory=list)  # COUNTIES: (column, header) of 合计/全市 columns
    unit_column: int | None = None  # COUNTIES: a column saying each row's unit
    blank: list[int] = field(default_factory=list)  # columns with no name at all


def recogniser(place: Place, mapping: dict[str, str], names: NameIndex) -> Recognise:
    """What `header.locate_header` asks of each row it looks at: whether it is the header of one of
    the city's layouts (`header_at`)."""

    def recognise(number: int, cells: list[str], above: list[list[str]], rows: Iterator[tuple[int, list[str]]]
                  ) -> Located | None:
        return header_at(number, cells, above, rows, place, mapping, names)

    return recognise


def header_at(number: int, cells: list[str], above: list[list[str]], rows: Iterator[tuple[int, list[str]]],
              place: Place, mapping: dict[str, str], names: NameIndex) -> Located | None:
    """The header of one of the city's layouts at this row, as `header.locate_header` returns a
    header found; None when the row is not one. A group row just above it (序号, 县区 merged down over
    a row of indicators) names its blank cells; a row of sub-columns just below it (保有数, 其中：…
    under a merged 高新技术企业) is read with it, and a row after it that is data is given back."""
    group = above[-1] if above and _group_row(above[-1]) else None
    kind = _kind(cells, group, mapping, names)
    if kind is None:
        return None
    subs: tuple[int, list[str]] | None = None
    units: list[str] = []
    numbering: int | None = None
    leftover: list[tuple[int, list[str]]] = []
    for later, row in rows:  # the rows under it that belong to the header, if any
        if not any(cell.strip() for cell in row):
            continue
        if kind == INDICATORS and subs is None and not units and _sub_row(row, cells, mapping, names):
            subs = (later, row)  # 保有数 | 其中：当年新认定 under 高新技术企业
        elif kind == INDICATORS and not units and _units_row(row):
            units = row  # 项 | 个 | 家 under the indicators
        elif numbering is None and _numbering_row(row):
            numbering = later  # 甲 | 乙 | 1 | 2 | 3: the columns' numbers (栏次)
        else:
            leftover.append((later, row))
            break
    header = _Header(number, cells, group, subs, place, mapping, names)
    header.units = units
    header.read(kind)
    if numbering is not None:
        header.match.warnings.append(note("numbering_row", place(numbering, None), row=numbering))
    return number, header.layout.names, header.match, above[:-1] if header.used_group else above, leftover


def _group_row(cells: list[str]) -> bool:
    """Whether a row above a header may be its group row (names merged down, a group's name): two
    names or more, none a `label：value` line (填报单位：… 填报日期：…)."""
    filled = [cell for cell in cells if cell.strip()]
    return len(filled) >= 2 and not any(":" in cell.translate(FULL_WIDTH) for cell in filled)


def cell_at(cells: list[str] | None, index: int) -> str:
    """A row's cell, blank past its end."""
    return cells[index] if cells is not None and index < len(cells) else ""


def _kind(cells: list[str], group: list[str] | None, mapping: dict[str, str], names: NameIndex) -> str | None:
    """Which of the city's layouts a header row is, or None."""
    named, areas = 0, []
    for index, cell in enumerate(cells):
        key = header_key(cell)[0] if cell.strip() else ""
        if key and (_indicator_keyed(key, names) or _indicator_keyed(key, names, _STOCK_PREFIX)):
            named += role_of(cell, mapping) is None
        elif key.endswith(COUNTY_ENDINGS) or names.plan.divisions or mapping:
            areas += [index] if names_area(cell, mapping, names) else []
    if not named and len(areas) < 2:
        return None  # (a ledger's header, a title: nothing more to ask)
    roles = {role_of(cell, mapping) for cell in _with_group(cells, group) if cell.strip()}
    if named >= 2 or (named == 1 and "county" in roles):
        return INDICATORS
    if len(areas) >= 2 and "value" not in roles and (
            "indicator" in roles or _label_column(_with_group(cells, group), areas[0], COUNTIES, mapping) is not None):
        return COUNTIES
    return None


def _label_column(cells: list[str], before: int, kind: str, mapping: dict[str, str]) -> int | None:
    """The column naming each row when no header says so: the first left of the figures whose name
    is no ledger column's and says it names a county (地区, 单位) or an indicator (项目, 考核内容)."""
    for index, cell in enumerate(cells[:before]):
        name = header_key(cell)[0]
        if name and role_of(cell, mapping) is None and name not in _IGNORED and any(
                word in name for word in _LABEL_WORDS[kind]):
            return index
    return None


def _with_group(cells: list[str], group: list[str] | None) -> list[str]:
    """A header row's cells, the blank ones named by the group row above it."""
    width = max(len(cells), len(group or []))
    return [cell_at(cells, i) if cell_at(cells, i).strip() else cell_at(group, i) for i in range(width)]


def indicator_named(text: str, names: NameIndex, prefix: str = "") -> Indicator | None:
    """The indicator a header cell names, its unit in brackets aside (`突破重大技术（项）`) and a word
    saying it is a number (`转化科技成果数`), or None; with `prefix`, the name after it (保有 +
    高新技术企业). `高新技术企业保有量` is 保有高新技术企业. Looked up in the names' index as a header
    folds them (no spaces, no case), not asked of `NameIndex.indicator`: a header cell that names no
    indicator is not a mistake to explain."""
    return _indicator_keyed(header_key(text)[0], names, prefix)


def _indicator_keyed(key: str, names: NameIndex, prefix: str = "") -> Indicator | None:
    index = _keys(names)
    candidates = [prefix + key]
    candidates += [prefix + key[: -len(word)] for word in _NUMBER_WORDS if key.endswith(word)]
    candidates += [_STOCK_PREFIX + key[: -len(word)] for word in _HELD_WORDS if key.endswith(word)]
    return next((index[candidate] for candidate in candidates if candidate in index), None)


_KEYS: weakref.WeakKeyDictionary[NameIndex, dict[str, Indicator]] = weakref.WeakKeyDictionary()


def _keys(names: NameIndex) -> dict[str, Indicator]:
    """The plan's indicators by each of their names as `header_key` folds a header cell."""
    keys = _KEYS.get(names)
    if keys is None:
        keys = _KEYS[names] = {header_key(name)[0]: indicator for name, indicator in names.indicators.items()}
    return keys


def names_area(cell: str, mapping: dict[str, str], names: NameIndex) -> bool:
    """Whether a header cell names a county (or a district, a park), not a column the tool knows:
    one of the plan's divisions, a name ending in 区/县/市/旗, or a header named a county with
    --column county=…; the whole city (全市, 百色市) is a total, not a county."""
    if not cell.strip():
        return False
    name, unit = header_key(cell)
    if mapping.get(name + (f"({unit})" if unit else ""), mapping.get(name)) == "county":
        return True
    ends = len(name) >= 2 and name.endswith(COUNTY_ENDINGS) and not any(word in name for word in _NOT_A_COUNTY)
    if not ends and not names.plan.divisions:
        return False  # (most cells: nothing more to ask)
    if role_of(cell, mapping) is not None or name in _IGNORED or total_column(cell, names):
        return False
    return ends or names.plan.division(cell.strip()) is not None


def total_column(cell: str, names: NameIndex) -> bool:
    """A header saying a column holds the counties' total: 合计, 总计, 全市, 百色市."""
    return bool(cell.strip()) and (is_total(cell) or cell.strip() in names.plan.whole_area_names)


def _sub_row(row: list[str], header: list[str], mapping: dict[str, str], names: NameIndex) -> bool:
    """Whether the row under a header of indicators names its sub-columns (保有数, 其中：当年新认定, a
    year, a category) rather than holding figures: no number in it, and such a name under a column
    that is no ledger's (an indicator's, or a blank cell of a merged one)."""
    named = False
    for index, cell in enumerate(row):
        if not cell.strip():
            continue
        name = header_key(cell)[0]
        if name.replace(".", "", 1).isdigit() and not _year(name):
            return False  # a figure, a 序号
        top = cell_at(header, index)
        under = not top.strip() or (role_of(top, mapping) is None and header_key(top)[0] not in _IGNORED)
        named = named or (under and (_sub_word(name) or _is_category(cell, names)))
    return named


def _units_row(row: list[str]) -> bool:
    """Whether a row under a header of indicators says each column's unit (项 | 个 | 家), not figures."""
    filled = [header_key(cell)[0].strip("()") for cell in row if cell.strip()]
    return bool(filled) and all(unit in COUNT_UNITS or unit in _UNIT_WORDS for unit in filled)


def _numbering_row(row: list[str]) -> bool:
    """Whether a row under a header numbers its columns, as statistical tables do (栏次: 甲 | 乙 | 1 |
    2 | 3): its figures 1, 2, 3 … in order, beside 甲, 乙 or nothing; never a county's figures."""
    filled = [header_key(cell)[0].strip("()") for cell in row if cell.strip()]
    numbers = [int(cell) for cell in filled if cell.isdigit()]
    words = [cell for cell in filled if not cell.isdigit()]
    return (len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            and numbers[0] in (0, 1) and all(word in _COLUMN_NUMBERS for word in words))


def _sub_word(name: str) -> bool:
    return (name.startswith((_PART, _STOCK_PREFIX)) or name in _OWN or bool(_year(name))
            or _period_column(name) is not None or any(word in name for word in _NEW_WORDS + _ASIDE_WORDS))


def _year(name: str) -> re.Match[str] | None:
    return re.fullmatch(_YEAR_COLUMN, name) if name[:1].isdigit() or name[:2] in ("截至", "截止") else None


def _is_category(cell: str, names: NameIndex) -> bool:
    return any(_category(indicator, cell, names) for indicator in names.plan.indicators if indicator.categories)


def _category(indicator: Indicator, cell: str, names: NameIndex) -> str:
    """The category of the indicator a sub-column names (its unit aside), as the plan writes it, or ""."""
    name = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", cell.translate(FULL_WIDTH).strip())
    found = names.categories[indicator.id].get(fold(name)) if indicator.categories and name else None
    return next((c.name.zh for c in indicator.categories if c.id == found), "")


class _Header:
    """Reads the header of one of the city's layouts into a `HeaderMatch` (the columns a ledger has:
    county, date, year, category, note; the problems and warnings) and a `Layout`."""

    def __init__(self, number: int, cells: list[str], group: list[str] | None, subs: tuple[int, list[str]] | None,
                 place: Place, mapping: dict[str, str], names: NameIndex) -> None:
        self.number, self.cells, self.group, self.place = number, cells, group, place
        self.sub_line, self.subs = subs if subs is not None else (number, [])
        self.mapping, self.names = mapping, names
        self.width = max(len(cells), len(self.subs), len(group or []))
        self.match = HeaderMatch()
        self.match.width = self.width
        self.used_group = False
        self.layout = Layout("", number, [""] * self.width)
        self.label: int | None = None  # a column naming each row, told by its name (地区, 项目)
        self.units: list[str] = []  # a row under the header giving each column's unit (项 | 个 | 家)

    def at(self, column: int | None, line: int | None = None) -> str:
        return self.place(self.number if line is None else line, column)

    def read(self, kind: str) -> None:
        self.layout.kind = kind
        if kind == INDICATORS:
            self._indicators()
        else:
            self._counties()
        self.match.wide = self.layout

    def _named(self, index: int) -> tuple[str, int]:
        """A column's own name when it is not under an indicator: its header cell, or the sub row's,
        or the group row's above (a name merged down); and the line it is on."""
        for cells, line in ((self.cells, self.number), (self.subs, self.sub_line)):
            if cell_at(cells, index).strip():
                return cell_at(cells, index), line
        if cell_at(self.group, index).strip():
            self.used_group = True
            return cell_at(self.group, index), self.number - 1
        return "", self.number

    # a column per indicator

    def _indicators(self) -> None:
        first = next((index for index in range(self.width)
                      if indicator_named(cell_at(self.cells, index), self.names)
                      or indicator_named(cell_at(self.cells, index), self.names, _STOCK_PREFIX)), self.width)
        named = [self._named(index)[0] for index in range(self.width)]
        if not any(role_of(cell, self.mapping) in ("county", "item") for cell in named):
            self.label = _label_column(named, first, INDICATORS, self.mapping)
        spans: dict[int, list[int]] = {}  # a parent's column -> the columns under it (itself first)
        parent: int | None = None
        for index in range(self.width):
            top, sub = cell_at(self.cells, index), cell_at(self.subs, index)
            if top.strip():
                known = role_of(top, self.mapping) is not None or header_key(top)[0] in _IGNORED or index == self.label
                parent = None if known else index
                if known:
                    self._column(index, top, self.number, allowed=("county", "item", "date", "year", "category", "note"))
                else:
                    spans[index] = [index]
            elif sub.strip() and parent is not None:
                spans[parent].append(index)  # under a merged parent: its first cell holds the name
            else:
                parent = None
                name, line = self._named(index)
                if name.strip():
                    self._column(index, name, line, allowed=("county", "item", "date", "year", "category", "note"))
                else:
                    self.layout.blank.append(index)
        seen: dict[tuple[str, str, str], int] = {}
        for start, columns in spans.items():
            self._span(start, columns, seen)
        example = next((figure for figure in self.layout.figures if not figure.is_part), None)
        for role in ("indicator", "value"):
            if role in self.match.positions and example is not None:
                index = self.match.positions.pop(role)
                self.match.problems.append(note("wide_indicator_conflict", self.at(index), first=example.header,
                                                cell=" ".join(self.layout.names[index].split())))
        if "county" in self.match.positions and "item" in self.match.positions:
            index = self.match.positions.pop("item")  # the rows are the counties': the name beside them is not read
            self.match.warnings.append(note("column_not_used", self.at(index), index=index + 1,
                                            cell=quoted(" ".join(self.layout.names[index].split()))))
        self._years_and_date()

    def _span(self, start: int, columns: list[int], seen: dict[tuple[str, str, str], int]) -> None:
        """A parent header and the sub-columns under it: the indicator it names and each column's figure."""
        parent = self.cells[start]
        subs = [cell_at(self.subs, index) for index in columns]
        indicator = indicator_named(parent, self.names)
        if indicator is None and any(sub.strip() for sub in subs):
            # 高新技术企业 over 保有数 is the plan's 保有高新技术企业; over 新增, a question its sub-column answers
            indicator = indicator_named(parent, self.names, _STOCK_PREFIX)
        if indicator is None:
            figures = len(columns) > 1 or any(sub.strip() for sub in subs) or bool(header_key(parent)[1])
            self._unknown(start, parent, self.number, figures=figures)
            return
        own: dict[tuple[str, str], int] = {}
        parts: list[Figure] = []
        for index, sub in zip(columns, subs, strict=False):
            header = " ".join(f"{' '.join(parent.split())} {' '.join(sub.split())}".split())
            self.layout.names[index] = header
            unit = header_key(sub)[1] or header_key(parent)[1] or header_key(cell_at(self.units, index))[0].strip("()")
            figure = Figure(index, indicator, header, unit=unit)
            if not self._sub(figure, parent, sub):
                continue
            if figure.is_part:
                parts.append(figure)
                continue
            key = (figure.category, figure.year or figure.date)
            if key in own:
                self.match.problems.append(note("wide_two_figures", self.at(index, self.sub_line),
                                                parent=" ".join(parent.split()), first=self.layout.names[own[key]],
                                                cell=" ".join(sub.split())))
                continue
            named = (indicator.id, figure.category, figure.year or figure.date)
            if named in seen:
                self.match.problems.append(note("wide_indicator_twice", self.at(index), cell=header, id=indicator.id,
                                                name=indicator.name.zh, first=seen[named] + 1))
                continue
            own[key] = seen[named] = index
            if self._unit(figure):
                self.layout.figures.append(figure)
        for figure in parts:
            figure.whole = own.get(("", ""))
            if figure.is_new and figure.whole is None:
                self.match.problems.append(note("wide_stock_new", self.at(figure.index, self.sub_line),
                                                cell=" ".join(cell_at(self.subs, figure.index).split()), id=indicator.id,
                                                name=indicator.name.zh))
                continue
            whole = self.layout.names[figure.whole] if figure.whole is not None else ""
            self.match.warnings.append(note("part_column_set_aside" if whole else "part_column_alone",
                                            self.at(figure.index, self.sub_line), cell=figure.header,
                                            id=indicator.id, name=indicator.name.zh, whole=whole))
            self.layout.figures.append(figure)

    def _sub(self, figure: Figure, parent: str, sub: str) -> bool:
        """What a sub-column under an indicator holds, set on its figure; False when it cannot be
        told (a problem, at the sub-column's cell)."""
        indicator = figure.indicator
        name = header_key(sub)[0]
        running = any(word in header_key(parent)[0] + name for word in RUNNING_TOTAL_WORDS)
        figure.running = running and indicator.kind.accrues
        where = self.at(figure.index, self.sub_line)
        if not name:
            return True
        if name.startswith(_PART):
            figure.is_part = True
            return True
        year = _year(name)
        if year:
            figure.year = year.group(1)
            return True
        period = _period_column(name)
        if period is not None:  # 2019年1-9月: the figure at its last day; from the year's start, a running total in it
            figure.date = period.isoformat()
            figure.running = figure.running or bool(re.search(FROM_YEAR_START, name)) and indicator.kind.accrues
            return True
        figure.category = _category(indicator, sub, self.names)
        if figure.category or name.startswith(_STOCK_PREFIX) or name in _OWN or role_of(sub, self.mapping) == "value":
            return True
        if any(word in name for word in _ASIDE_WORDS):
            self.match.warnings.append(note("wide_column_aside", where, cell=figure.header))
            return False
        if any(word in name for word in _NEW_WORDS):
            # what a count achieved in the period is what is new; beside a level held, the new ones
            # are a part of it (当年新认定 under 高新技术企业, beside 保有数), else it is asked
            figure.is_part = indicator.kind.levels
            figure.is_new = indicator.kind.levels
            return True
        self.match.problems.append(note("wide_sub_unknown", where, parent=" ".join(parent.split()),
                                        cell=" ".join(sub.split())))
        return False

    def _unit(self, figure: Figure) -> bool:
        """A unit in brackets that is not the indicator's: a measured value's is written after each
        figure, so that the ledger converts it or refuses it; another count's unit (个 for 家) is
        said; any other unit for a count is refused."""
        unit, expected = figure.unit, figure.indicator.values_unit
        if not unit or unit in (expected.zh.casefold(), expected.en.casefold()):
            figure.unit = ""
            return True
        said = {"id": figure.indicator.id, "name": figure.indicator.name.zh, "unit": unit, "expected": expected.zh}
        if figure.indicator.measured:  # (converted by the ledger, as a unit written after a figure is)
            factor = unit_factor(unit, expected.zh)
            if factor is None:
                self.match.problems.append(note("unit_not_convertible", self.at(figure.index), **said))
                return False
            if factor != 1:
                by = f"×{factor}" if factor > 1 else f"÷{1 / factor}"
                self.match.warnings.append(note("unit_converted", self.at(figure.index), by=by, **said))
            return True
        figure.unit = ""
        if unit in COUNT_UNITS:
            self.match.warnings.append(note("unit_differs", self.at(figure.index), **said))
            return True
        self.match.problems.append(note("wide_unit", self.at(figure.index), cell=figure.header, **said))
        return False

    def _years_and_date(self) -> None:
        years = sorted({figure.year or figure.date for figure in self.layout.figures if figure.year or figure.date})
        column = next((self.match.positions[c] for c in ("date", "year") if c in self.match.positions), None)
        if years and column is not None:
            self.match.problems.append(note("wide_years_and_date", self.at(column), years=", ".join(years),
                                            cell=" ".join(self.layout.names[column].split())))

    # a column per county

    def _counties(self) -> None:
        first = next(index for index in range(self.width) if names_area(cell_at(self.cells, index), self.mapping, self.names))
        named = _with_group(self.cells, self.group)
        if not any(role_of(cell, self.mapping) == "indicator" for cell in named):
            self.label = _label_column(named, first, COUNTIES, self.mapping)
        counties: dict[str, int] = {}  # area key -> column
        for index in range(self.width):
            top = cell_at(self.cells, index)
            if names_area(top, self.mapping, self.names):
                key = area_key(top)
                self.layout.names[index] = top
                if key in counties:
                    self.match.problems.append(note("repeated_column", self.at(index), index=index + 1,
                                                    cell=quoted(top.strip()), column=top.strip(),
                                                    first=counties[key] + 1))
                    continue
                counties[key] = index
                self.layout.counties.append((index, " ".join(top.split())))
                continue
            name, line = self._named(index)  # (merged down from the group row above: 合计, 指标)
            if total_column(name, self.names):
                self.layout.names[index] = name
                self.layout.totals.append((index, whole_city(" ".join(name.split()))))
            elif header_key(name)[0] in UNIT_HEADERS and self.layout.unit_column is None:
                self.layout.names[index] = name
                self.layout.unit_column = index
            elif name.strip():
                self._column(index, name, line, allowed=("indicator", "date", "year", "category", "note"))
            else:
                self.layout.blank.append(index)

    # any column that is not one of figures

    def _column(self, index: int, name: str, line: int, allowed: tuple[str, ...]) -> None:
        """A column named as a ledger's (县区, 统计时间, 备注), set aside (序号), or not known."""
        self.layout.names[index] = name
        role = role_of(name, self.mapping)
        shown = " ".join(name.split())
        where = self.at(index, line)
        if role == SET_ASIDE:
            self.match.warnings.append(note("column_set_aside", where, index=index + 1, cell=quoted(shown)))
        elif role is None:
            label = _LABEL_ROLE[self.layout.kind]
            if index == self.label and label not in self.match.positions:
                self.match.positions[label] = index  # 地区 naming the counties, 项目 the indicators
            elif header_key(name)[0] not in _IGNORED:
                self._unknown(index, name, line)
        elif role in self.match.positions:
            self.match.problems.append(note("repeated_column", where, index=index + 1, cell=quoted(shown), column=role,
                                            first=self.match.positions[role] + 1))
        elif role in allowed or (self.layout.kind == INDICATORS and role in ("indicator", "value")):
            self.match.positions[role] = index  # (an indicator or value column beside indicators: refused after)
        elif self.layout.kind == COUNTIES:
            first = self.layout.counties[0][1] if self.layout.counties else ""
            self.match.problems.append(note("wide_county_conflict", where, first=first, cell=shown))
        else:
            self.match.warnings.append(note("column_not_used", where, index=index + 1, cell=quoted(shown)))

    def _unknown(self, index: int, name: str, line: int, figures: bool = False) -> None:
        """A header cell the tool does not know. Where it holds figures — sub-columns under it, a
        unit in brackets, a quantity's word, a near miss of an indicator's name, a part of the city
        among counties — leaving it out would leave a figure short: refused. A target, a rate, a
        total across indicators, or anything else is said, and not read."""
        shown = " ".join(name.split())
        where = self.at(index, line)
        key, unit = header_key(name)
        if self.layout.kind == COUNTIES:
            if any(word in key for word in _CITY_PARTS):
                self.match.problems.append(note("wide_area_unknown", where, index=index + 1, cell=shown))
                return
        elif total_column(name, self.names):
            self.match.warnings.append(note("wide_row_total_column", where, cell=shown))
            return
        elif key in TARGET_HEADERS or any(word in key + unit for word in _ASIDE_WORDS):
            self.match.warnings.append(note("wide_column_aside", where, cell=shown))
            return
        elif not _year(key):
            stock = indicator_named(name, self.names, _STOCK_PREFIX) if figures else None
            if stock is not None:  # 高新技术企业（家） alone: those held, or the new ones?
                self.match.problems.append(note("wide_stock_unnamed", where, cell=shown, id=stock.id,
                                                name=stock.name.zh))
                return
            try:
                self.names.indicator(key)
                hint: Any = None
            except CellError as exc:
                hint = exc.params.get("hint")
            near = isinstance(hint, Note) and hint.code == "did_you_mean"
            if figures or unit or near or any(word in key for word in QUANTITY_HINTS):
                self.match.problems.append(note("wide_column_unknown", where, cell=shown, hint=hint))
                return
        self.match.warnings.append(note("column_not_used", where, index=index + 1, cell=quoted(shown)))


def whole_city(label: str) -> str:
    """A county cell (or a county column's header) saying 合计, 总计 or 共计 with no area before it: in a
    table of counties, the whole city's total, as the ledger names it (全市合计), so that it is the
    counties' total wherever it stands, first row or last, never counted beside them."""
    if is_total(label) and not folded(label).endswith(SUBTOTAL) and not area_named(label):
        return CITY_TOTAL
    return label
