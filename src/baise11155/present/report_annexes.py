"""The office report's annexed tables (附表): the gaps of every indicator and category, the city
against the region, the outlook to the deadline, the counties and their ranking. Each cell keeps
the number it shows and the JSON field it is, so the page can carry the exact figure beside it
(`data-value`) and a test can read it back; the Word file shows the text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .fields import OUTLOOK, RATE, REGION, REGION_PROGRESS_TABLE, REPORT_REGION, STANDING, STATUS, TEXT, Field
from .numbers import figure, percent
from .render.human import cell
from .views import VERDICT_KEYS, RegionBasis, region_basis_note
from .views import Table as ViewTable
from .words import STATUS_KEYS, label, long_date, marked_name

if TYPE_CHECKING:
    from .render import Page

# the columns of the first table: the figures, how far from the schedule, what is needed a year
GAPS_ANNEX = ("target", "achieved", "gap", "completion", "deviation", "needed_per_year", "status")
OUTLOOK_ANNEX = ("observed_pace", "required_pace", "projected", "projected_completion", "verdict")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    value: Any = None  # the number shown, exactly as the JSON has it
    field: str | None = None  # its field in the JSON document ("completion", "region.contribution")
    indicator: str | None = None
    category: str | None = None
    status: str | None = None  # a status cell: its status, which the page colours
    number: bool = False  # set right, as figures are


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    groups: tuple[int, ...] = ()  # the rows that begin a group (an indicator and its categories), kept together
    note: str = ""
    wide: bool = False  # many columns: set smaller and evenly
    kind: str = ""  # which table it is (gaps, region, outlook, areas, ranking, tasks): the text refers to it by it
    short_title: str = ""  # its title without its number, as the list of annexes says it


def annexes(document: dict[str, Any], page: Page, lang: str) -> tuple[Table, ...]:
    tables = [replace(_gaps(document, lang), kind="gaps")]
    if document["region"] is not None:
        tables.append(replace(_region(document, page, lang), kind="region"))
    if any("outlook" in i and i["target"] is not None for i in document["indicators"]):
        tables.append(replace(_outlook(document, lang), kind="outlook"))
    if "areas" in document:
        tables.append(replace(_areas(document, lang) if page.areas_table is None
                              else _areas_wide(page.areas_table, lang), kind="areas"))
        if document.get("ranking"):
            tables.append(replace(_ranking(document, page, lang), kind="ranking"))
    if page.tasks is not None and page.plan is not None:
        from .task_views import tasks_table

        ledger = tasks_table(page.plan, page.tasks, lang)
        tasks_as_of = long_date(page.tasks.as_of.isoformat(), lang)
        tables.append(replace(_view(label("report_annex_tasks", lang).format(project=page.project, as_of=tasks_as_of),
                                    ledger, lang, leave_out=("place",)), kind="tasks",
                              note=label("report_tasks_note", lang).format(as_of=tasks_as_of)))
    # a table is named in full, with its date, as it is read apart from the text (附表1　百色市“11155”科技
    # 创新工程各项指标完成情况（截至2019年12月31日）); the list of annexes names it so too
    as_of = long_date(document["as_of"], lang)
    tables = [t if t.kind == "tasks" else replace(t, title=label("report_annex_full", lang).format(
        project=page.project, title=t.title, as_of=as_of)) for t in tables]
    return tuple(replace(t, title=label("report_annex", lang).format(number=n, title=t.title), short_title=t.title)
                 for n, t in enumerate(tables, 1))


HEADER_LINE = 6  # characters: a header longer than this is set on two lines
BRACKET_AFTER = 8  # characters: a header longer than this breaks before its bracket (综合得分（分） does not)


def header_lines(header: str) -> list[str]:
    """A header's lines, for the Word file and the page alike: where its words say (本市完成数占↵
    全区目标比重), else a long one before its bracket (较序时进度↵（百分点）) — never mid-word."""
    if "\n" not in header and header.find("（") > 0 and sum(2 if ord(c) > 0x2E80 else 1 for c in header) > 2 * BRACKET_AFTER:
        cut = header.index("（")
        return [header[:cut], header[cut:]]
    return header.split("\n")


def indicator_name(i: dict[str, Any], lang: str) -> str:
    return marked_name(i["name"][lang], lang, part_of=bool(i.get("part_of")), above=i.get("qualifier") == "above",
                       decrease=i.get("direction") == "decrease", aspirational=bool(i.get("aspirational")))


def _cell(value: Any, field: Field, lang: str, path: str, indicator: str, category: str | None = None) -> Cell:
    if field.display == STATUS:
        return Cell(label(STATUS_KEYS[value], lang), status=value)
    # a figure worked out (needed a year, a pace, a projection) as a figure is: 5, not 5.0; 2.5 as it is
    shown = figure(None if value is None else round(value, 1)) if field.display == RATE else cell(value, field.display, lang)
    if field.display == TEXT or field.key == "pace":
        return Cell(shown)
    return Cell(shown, value, path, indicator, category, number=True)


# the report's own names for columns it names more fully than the terminal's tables
REPORT_HEADERS = {"target_share": "report_col_target_share", "contribution": "report_col_contribution",
                  "share_of_achieved": "report_col_share_of_achieved", "needed_per_year": "report_col_needed"}
# the region's table, eleven columns across A4: its headers in short words, each broken where its
# words say (本市完成数占↵全区目标比重), never mid-word (全区目/标); 全区口径 said once in its note
REGION_HEADERS = {"region_target": "report_col_region_target", "city_target": "report_col_city_target",
                  "target_share": "report_col_target_share_lines", "city_achieved": "report_col_city_achieved",
                  "contribution": "report_col_contribution_lines", "city_completion": "report_col_city_completion",
                  "region_achieved": "report_col_region_achieved", "region_completion": "report_col_region_completion",
                  "share_of_achieved": "report_col_share_of_achieved_lines", "pace": "report_col_pace"}


def _header(key: str, lang: str) -> str:
    return label(REPORT_HEADERS.get(key, key), lang)


def _needed_by(document: dict[str, Any], lang: str) -> str:
    """2020年需完成: at the end of the year before the period's last, what is needed a year is what
    that year needs, and the tables say so (附表1 and 附表3 alike); "" otherwise."""
    end_year = document["period"]["end"][:4]
    last_year = document["period"]["end"][4:] == "-12-31" and document["as_of"] == f"{int(end_year) - 1}-12-31"
    return label("report_col_needed_by", lang).format(year=end_year) if last_year else ""


def _gaps(document: dict[str, Any], lang: str) -> Table:
    """Each indicator and its categories: the figures in the indicator's unit (a column of its own,
    as 项, 个 and 家 share the table), how far from the schedule, what is needed a year."""
    needed_by = _needed_by(document, lang)
    headers = (label("indicator", lang), label("category", lang), label("unit", lang),
               *(needed_by or _header(k, lang) if k == "needed_per_year" else _header(k, lang) for k in GAPS_ANNEX))
    rows: list[tuple[Cell, ...]] = []
    groups = []
    for i in document["indicators"]:
        groups.append(len(rows))
        unit = Cell(i["unit"][lang])
        for c in (None, *i["categories"]):
            item = i if c is None else c
            whole = label("report_whole", lang) if i["categories"] else ""  # the indicator's own row, over its categories
            rows.append((Cell(indicator_name(i, lang) if c is None else ""), Cell(c["name"][lang] if c else whole), unit,
                         *(_cell(item[STANDING[k].attribute], STANDING[k], lang, STANDING[k].attribute, i["id"],
                                 c["id"] if c else None) for k in GAPS_ANNEX)))
        if i.get("unassigned") is not None:  # what no row names a category of (未分领域): a figure, nothing to judge
            rows.append((Cell(""), Cell(label("unassigned_category", lang)), unit, *(
                Cell(figure(i["unassigned"]), i["unassigned"], "unassigned", i["id"], number=True) if k == "achieved"
                else Cell("") for k in GAPS_ANNEX)))
    if not any(i["categories"] or i.get("unassigned") is not None for i in document["indicators"]):
        # no indicator split by category: no column left empty all the way down
        headers, rows = headers[:1] + headers[2:], [row[:1] + row[2:] for row in rows]
    return Table(label("report_annex_gaps", lang), headers, tuple(rows), tuple(groups))


def _region(document: dict[str, Any], page: Page, lang: str) -> Table:
    keys = REPORT_REGION + (REGION_PROGRESS_TABLE if document["region_progress"] else ())
    rows = []
    for i in document["indicators"]:
        region = i["region"]
        rows.append((Cell(i["name"][lang]), *(
            _cell(None if region is None else region[REGION[k].attribute], REGION[k], lang,
                  "region." + REGION[k].attribute, i["id"]) for k in keys)))
    return Table(label("report_annex_region", lang).format(region=page.region_title),
                 (label("indicator", lang), *(label(REGION_HEADERS[k], lang) for k in keys)), tuple(rows),
                 note=_region_note(document, page, lang), wide=len(keys) > 6)


def _region_note(document: dict[str, Any], page: Page, lang: str) -> str:
    """注：高新技术企业保有量按全区口径以新增数计，本市目标为50−29=21家，完成数为45−29=16家。 — each
    indicator the region counts otherwise than the plan, worked out in its own figures."""
    said = {i.id: i.said(lang) for i in page.plan.indicators} if page.plan is not None else {}
    items = [RegionBasis(said.get(i["id"], i["name"][lang]), i["unit"][lang], i["target"], i["baseline"], i["achieved"],
                         i["region"]["city_target"], i["region"]["city_achieved"])
             for i in document["indicators"] if i["region"] is not None and i["baseline"] is not None
             and i["achieved"] is not None and i["region"]["city_target"] != i["target"]]
    return region_basis_note(items, lang, basis=True)


def _outlook(document: dict[str, Any], lang: str) -> Table:
    rows = []
    for i in document["indicators"]:
        if "outlook" not in i or i["target"] is None:
            continue
        o = i["outlook"]
        cells = [Cell(indicator_name(i, lang)), Cell(i["unit"][lang])]
        for k in OUTLOOK_ANNEX:
            if k == "verdict":
                cells.append(Cell(label(VERDICT_KEYS[o["verdict"]], lang)))
            else:
                cells.append(_cell(o[OUTLOOK[k].attribute], OUTLOOK[k], lang, "outlook." + OUTLOOK[k].attribute, i["id"]))
        rows.append(tuple(cells))
    needed_by = _needed_by(document, lang)
    return Table(label("report_annex_outlook", lang),
                 (label("indicator", lang), label("unit", lang), *(
                     needed_by if k == "required_pace" and needed_by else label(OUTLOOK_HEADERS.get(k, k), lang)
                     for k in OUTLOOK_ANNEX)),
                 tuple(rows), note=label("report_outlook_note", lang).format(
                     note=label("outlook_line", lang).format(end=long_date(document["period"]["end"], lang))))


OUTLOOK_HEADERS = {"observed_pace": "report_col_observed_pace", "required_pace": "report_col_required_pace",
                   "projected": "report_col_projected"}


def area_name(area: dict[str, Any], lang: str) -> str:
    return area["name"][lang] if "name" in area else area["area"] or label("unallocated", lang)


def _areas(document: dict[str, Any], lang: str) -> Table:
    """Each county's figures against its own targets, in the plan's order of counties."""
    names = {i["id"]: i["name"][lang] for i in document["indicators"]}
    keys = ("county", "indicator", "target", "achieved", "completion", "status")
    rows: list[tuple[Cell, ...]] = []
    groups = []
    for area in document["areas"]:
        groups.append(len(rows))  # a county's rows together
        for i in area["indicators"]:
            if i["achieved"] is None and i.get("target") is None:
                continue
            status = Cell(label(STATUS_KEYS[i["status"]], lang), status=i["status"]) if "status" in i else Cell("")
            rows.append((Cell(area_name(area, lang)), Cell(names[i["id"]]), Cell(figure(i.get("target")), number=True),
                         Cell(figure(i["achieved"]), number=True), Cell(percent(i.get("completion")), number=True), status))
    return Table(label("report_annex_areas", lang), tuple(label(k, lang) for k in keys), tuple(rows),
                 tuple(sorted(set(groups) - {len(rows)})))


def _areas_wide(table: ViewTable, lang: str) -> Table:
    """The counties as offices lay them out (--layout wide): a county a row, 完成数 and 完成率 under
    each indicator, the 合计 row last; a column under an indicator named with it (突破重大技术完成数)."""
    return _view(label("report_annex_areas", lang), table, lang)


def _view(title: str, table: ViewTable, lang: str, leave_out: tuple[str, ...] = ()) -> Table:
    """A command's table annexed as it is, less the columns meant for whoever checks the files
    (a row's place in its file)."""
    kept = [n for n, c in enumerate(table.columns) if c.key not in leave_out]
    headers = tuple(table.columns[n].header for n in kept)
    rows = tuple(tuple(Cell(cell(row[n], table.columns[n].display, lang), number=table.columns[n].display != TEXT)
                       for n in kept) for row in table.rows)
    return Table(title, headers, rows, note=" ".join(table.lines), wide=True)


def _ranking(document: dict[str, Any], page: Page, lang: str) -> Table:
    areas = {a.get("id"): a for a in document["areas"]}
    # a score in points out of 100 (77.5), as `rank` gives it, not a share
    rows = tuple((Cell(str(r["rank"]), number=True), Cell(area_name(areas[r["id"]], lang)),
                  Cell(figure(round(r["score"] * 100, 1)), r["score"], "score", number=True)) for r in document["ranking"])
    return Table(label("report_annex_ranking", lang), (label("rank", lang), label("county", lang),
                                                       label("score_points", lang)),
                 rows, note=label("report_table_note", lang).format(note=page.ranking_rule) if page.ranking_rule else "")
