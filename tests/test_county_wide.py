"""The county table as offices lay it out (`--by county --layout wide`): a county a row in the
plan's order, 完成数 and 完成率 under each indicator, a 合计 row that is the city's figure; by
hand on the made-up examples/county-split.yaml with examples/progress-by-county-2019.csv."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from conftest import example

PLAN, PROGRESS = example("county-split.yaml"), example("progress-by-county-2019.csv")
WIDE = ("--targets", PLAN, "--by", "county", "--layout", "wide")

# Each county against its own target (county-split.yaml), at 2019-12-31:
#   breakthroughs  右江 2 of 3, 田阳 1 of 2, 平果 2 of 3, 田东 2 of 1, 靖西 none of 1, 1 naming no county:
#                  8 = 2 + 1 + 2 + 2 + 1 of the city's 10 (80 %)
#   achievements   右江 6 + 7 = 13 of 15, 田阳 8 of 10, 平果 5 of 10, 田东 2 of 10, 靖西 4 of 5:
#                  32 = 13 + 8 + 5 + 2 + 4 of 50 (64 %)
#   enterprises    held: 右江 18 of 20, 田阳 7 of 8, 平果 10 of 12, 田东 5 of 6, 靖西 3 of 4:
#                  43 = 18 + 7 + 10 + 5 + 3 of 50 (86 %)
EXPECTED = [
    ["县区", "突破重大技术完成数", "突破重大技术完成率", "转化科技成果完成数", "转化科技成果完成率",
     "保有高新技术企业完成数", "保有高新技术企业完成率"],
    ["右江区", 2, 2 / 3, 13, 13 / 15, 18, 18 / 20],
    ["田阳区", 1, 1 / 2, 8, 8 / 10, 7, 7 / 8],
    ["平果市", 2, 2 / 3, 5, 5 / 10, 10, 10 / 12],
    ["田东县", 2, 2 / 1, 2, 2 / 10, 5, 5 / 6],
    ["靖西市", 0, 0 / 1, 4, 4 / 5, 3, 3 / 4],  # a target of 1 and nothing reported: 0, as rank counts it
    ["未分县区", 1, None, None, None, None, None],
    ["合计", 8, 8 / 10, 32, 32 / 50, 43, 43 / 50],
]


def _number(text: str):
    return None if text == "" else float(text)


def test_the_counties_as_rows_by_hand(run):
    result = run("status", PROGRESS, *WIDE, "--lang", "zh", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == EXPECTED[0]
    # the plan's order (右江区 … 靖西市), not the characters' (平 < 右 < 田 < 靖)
    assert [row[0] for row in rows[1:]] == [row[0] for row in EXPECTED[1:]]
    for row, expected in zip(rows[1:], EXPECTED[1:], strict=True):
        assert [_number(cell) for cell in row[1:]] == pytest.approx(expected[1:]), row[0]
    # the 合计 row is the city's own figure, as `status` gives it without --by
    city = {i["id"]: i for i in run("status", PROGRESS, "--targets", PLAN, "-f", "json").json()["indicators"]}
    assert [_number(cell) for cell in rows[-1][1::2]] == [city[i]["achieved"] for i in city]
    assert [_number(cell) for cell in rows[-1][2::2]] == pytest.approx([city[i]["completion"] for i in city])
    # and every count's rows add up to it: 2 + 1 + 2 + 2 + 1 = 8, 13 + 8 + 5 + 2 + 4 = 32
    assert sum(_number(row[1]) or 0 for row in rows[1:-1]) == 8 and sum(_number(row[3]) or 0 for row in rows[1:-1]) == 32
    gaps = run("gaps", PROGRESS, *WIDE, "--lang", "zh", "-f", "csv").stdout
    assert gaps == result.stdout  # the same table under gaps


def test_the_terminal_draws_each_indicator_over_its_two_columns(run):
    table = run("status", PROGRESS, *WIDE, "--lang", "zh").stdout
    lines = table.splitlines()
    assert lines[0] == "示例市示例科技工程：分县区完成情况"
    assert "完成率按各县区的分解目标计；合计为全市的数，按全市目标计" in lines
    header = next(n for n, line in enumerate(lines) if "突破重大技术" in line)
    assert lines[header].count("突破重大技术") == 2 and lines[header + 1].count("完成数") == 3
    assert lines[header + 1].count("完成率") == 3 and "县区" in lines[header + 1]
    total = next(line for line in lines if line.startswith("│ 合计"))
    assert [cell.strip() for cell in total.split("│")[2:-1]] == ["8", "80.0%", "32", "64.0%", "43", "86.0%"]
    english = run("status", PROGRESS, *WIDE, "--lang", "en", "-f", "csv").stdout.splitlines()
    assert english[0].startswith("County,Major technologies broken through: Achieved,Major technologies broken "
                                 "through: Completion,")
    assert english[-1] == "Total,8,0.8,32,0.64,43,0.86"


def test_the_workbook_merges_each_indicator_over_its_two_columns(run, tmp_path):
    path = tmp_path / "counties.xlsx"
    result = run("status", PROGRESS, *WIDE, "--lang", "zh", "-f", "xlsx", "-o", path)
    assert result.exit_code == 0, result.stderr
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    top = next(n for n, row in enumerate(rows) if row[0] == "县区")
    assert rows[top] == ("县区", "突破重大技术", None, "转化科技成果", None, "保有高新技术企业", None)
    assert rows[top + 1] == (None, "完成数", "完成率", "完成数", "完成率", "完成数", "完成率")
    first = top + 1  # 1-based row of the headers' first row
    assert sorted(str(r) for r in sheet.merged_cells.ranges) == sorted(
        [f"A{first}:A{first + 1}", f"B{first}:C{first}", f"D{first}:E{first}", f"F{first}:G{first}"])
    body = [list(row) for row in rows[top + 2:]]
    assert [row[0] for row in body] == [row[0] for row in EXPECTED[1:]]
    for row, expected in zip(body, EXPECTED[1:], strict=True):
        assert row[1:] == pytest.approx(expected[1:]), row[0]
    assert sheet.cell(row=first + 2, column=3).number_format.endswith("%")  # 66.7 %, a number shown as one
    assert sheet.freeze_panes == f"B{first + 2}"
    assert sheet.auto_filter.ref == f"A{first + 1}:G{first + 1 + len(body)}"


def test_the_report_draws_the_same_table(run, tmp_path):
    page = tmp_path / "report.html"
    result = run("report", PROGRESS, *WIDE, "--lang", "zh", "-o", page)
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    # (the report's annex names each column with its indicator, on one row of headers)
    assert "<th>县区</th><th>突破重大技术完成数</th><th>突破重大技术完成率</th><th>转化科技成果完成数</th>" in html
    assert ('<tr><td class="text">合计</td><td>8</td><td>80.0%</td><td>32</td><td>64.0%</td><td>43</td>'
            '<td>86.0%</td></tr>') in html
    assert html.index(">右江区<") < html.index(">田阳区<") < html.index(">平果市<") < html.index(">靖西市<")


def test_the_layout_changes_no_figure_of_the_json(run):
    blocks = run("status", PROGRESS, "--targets", PLAN, "--by", "county", "-f", "json").stdout
    assert run("status", PROGRESS, *WIDE, "-f", "json").stdout == blocks


@pytest.mark.parametrize("command", ["status", "gaps", "report"])
def test_wide_needs_the_counties(run, command):
    result = run(command, PROGRESS, "--targets", PLAN, "--layout", "wide", "-o", "never-written.html")
    assert result.exit_code == 2 and "--layout wide lays out the counties' figures: give it with --by county" \
        in result.stderr


def test_a_stocks_total_is_the_citys_and_says_why_the_rows_differ(run, write):
    """右江区 18 and 田阳区 7 held beside a whole-city 30 on the same date: the city holds 30 (a
    whole-city level is not added to its counties'), 60 % of 50; the rows show 18 + 7 + 30 = 55."""
    progress = write("指标,年份,数量,县区\n保有高新技术企业,2019,18,右江区\n保有高新技术企业,2019,7,田阳区\n"
                     "保有高新技术企业,2019,30,全市\n")
    result = run("status", progress, *WIDE, "--lang", "zh", "-f", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["县区", "保有高新技术企业完成数", "保有高新技术企业完成率"]  # the only indicator with figures
    assert rows[-2:] == [["未分县区", "30", ""], ["合计", "30", "0.6"]]
    said = run("status", progress, *WIDE, "--lang", "zh").stdout
    assert "保有高新技术企业：合计为全市的30，与上列各行之和55不同（全市的保有量为各县区最近一次报数之和，或当日全市的数）" in said


def test_a_plan_splitting_no_targets_gives_the_counties_figures_and_the_citys_completion(run):
    """The bundled plan on the county example: no county has a target, so no county's 完成率; the
    total is still the city's, 8 of 10 breakthroughs (80 %)."""
    result = run("status", PROGRESS, "--by", "county", "--layout", "wide", "--lang", "zh", "-f", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][1:3] == ["突破重大技术完成数", "突破重大技术完成率"]
    assert all(row[2] == "" for row in rows[1:-1]) and rows[-1][:3] == ["合计", "8", "0.8"]
    said = run("status", PROGRESS, "--by", "county", "--layout", "wide", "--lang", "zh").stdout
    assert "方案未把目标分解到县区，各县区只列完成数；合计为全市的数，按全市目标计" in said
