"""An indicator's categories as the files give them, by hand: rows that name no category beside
rows that do (未分领域, so that the categories add up to the indicator), and files that name no
category at all (the breakdown not reported: never each category judged at 0)."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import example

# the bundled plan: breakthroughs 10 = 中高端铝 2 + 大健康 2 + 特色优势农业 2 + 机械 1 + 电子信息 1
# + 节能环保 1 + 新材料 1; at 2019-12-31, 730 of 1096 days gone
SOME_NAMED = "指标,类别,年份,数量\n突破重大技术,中高端铝,2019,2\n突破重大技术,大健康,2019,3\n突破重大技术,,2019,1\n"
NONE_NAMED = "指标,年份,数量\n突破重大技术,2019,3\n转化科技成果,2019,20\n"


def _breakthroughs(run, progress):
    result = run("gaps", progress, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return result.json()["indicators"][0]


def test_rows_naming_no_category_are_shown_so_that_the_categories_add_up(run, write):
    """6 achieved = 2 (中高端铝) + 3 (大健康) + 0 × 5 + 1 named to none; the indicator's gap 10 − 6 = 4;
    the categories named are judged as before: 特色优势农业 0 of 2, gap 2, behind."""
    found = _breakthroughs(run, write(SOME_NAMED))
    assert (found["achieved"], found["gap"], found["unassigned"]) == (6, 4, 1)
    categories = {c["id"]: c for c in found["categories"]}
    assert [c["achieved"] for c in found["categories"]] == [2, 3, 0, 0, 0, 0, 0]
    assert sum(c["achieved"] for c in found["categories"]) + found["unassigned"] == found["achieved"]
    assert (categories["agriculture"]["gap"], categories["agriculture"]["status"]) == (2, "far_behind")
    rows = list(csv.reader(io.StringIO(run("gaps", write(SOME_NAMED), "-f", "csv", "--lang", "zh").stdout)))
    unassigned = [row for row in rows if row[1] == "未分领域"]
    # 指标, 类别, 目标, 已完成, 差距, 完成率, 较序时进度, 每年尚需, 状态: only what it achieved
    assert unassigned == [["突破重大技术", "未分领域", "", "1", "", "", "", "", ""]]
    assert rows.index(unassigned[0]) == 9  # after the header, the indicator and its seven categories


def test_the_example_talents_add_up_with_the_one_named_to_no_category(run):
    """examples/progress-2019.csv: talents 6 = 2 + 1 + 1 + 0 + 0 + 0 + 1, and 1 named to none;
    breakthroughs 5 = 2 + 1 + 1 + 1, every row naming its category: nothing unassigned."""
    result = run("gaps", example("progress-2019.csv"), "-f", "json")
    indicators = {i["id"]: i for i in result.json()["indicators"]}
    talents = indicators["talents"]
    assert talents["achieved"] == 6 and talents["unassigned"] == 1
    assert [c["achieved"] for c in talents["categories"]] == [2, 1, 1, 0, 0, 0, 1]
    assert indicators["breakthroughs"]["unassigned"] is None
    assert "unassigned" not in indicators["achievements"]  # no categories: nothing to assign


@pytest.mark.parametrize("content", [NONE_NAMED, "指标,类别,年份,数量\n突破重大技术,,2019,3\n转化科技成果,,2019,20\n"])
def test_a_file_naming_no_category_leaves_the_breakdown_unreported(run, write, content):
    """3 achieved of 10: the indicator's gap 7, behind (30 % < 66.6 %). Its categories' figures are
    not in the file: no figure, no gap (not 2 + 2 + 2 + 1 + 1 + 1 + 1 = 10 beside the indicator's 7),
    no judgement, whether the 类别 column is missing or left blank."""
    found = _breakthroughs(run, write(content))
    assert (found["achieved"], found["gap"], found["status"], found["unassigned"]) == (3, 7, "far_behind", None)  # 30 % against 66.7 %: 36.7 points behind
    for category in found["categories"]:
        assert category["status"] == "breakdown_unreported"
        assert [category[key] for key in ("achieved", "completion", "gap", "surplus", "deviation",
                                          "needed_per_year")] == [None] * 6
    # the pace expected of a category is still its own: 中高端铝 2 × 24 ÷ 36 (months, as offices count)
    assert found["categories"][0]["expected"] == pytest.approx(2 * 24 / 36)
    table = run("gaps", write(content), "--lang", "zh", "-f", "csv").stdout
    statuses = [row[8] for row in csv.reader(io.StringIO(table)) if row[0] == "突破重大技术" and row[1]]
    assert statuses == ["未报送分类"] * 7
    english = run("gaps", write(content), "--lang", "en", "-f", "csv").stdout
    assert english.count("breakdown not reported") == 7


def test_the_report_draws_no_category_red_when_the_breakdown_is_unreported(run, write, tmp_path):
    page = tmp_path / "report.html"
    assert run("report", write(NONE_NAMED), "-o", page, "--lang", "zh").exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert html.count(">未报送分类</span>") == 7 * 2  # the bars and the gap table, a category each
    assert 'data-category="aluminium" data-field="completion" data-value="null"' in html
    some = tmp_path / "some.html"
    assert run("report", write(SOME_NAMED), "-o", some, "--lang", "zh").exit_code == 0
    assert some.read_text(encoding="utf-8").count('data-field="unassigned" data-value="1"') == 2


def test_a_category_without_rows_is_zero_where_others_are_named(run, write):
    """Rows name 中高端铝 only: the other six categories had none, 0 each and judged — the
    breakdown was reported, and they are not in it."""
    found = _breakthroughs(run, write("指标,类别,年份,数量\n突破重大技术,中高端铝,2019,2\n"))
    assert [c["achieved"] for c in found["categories"]] == [2, 0, 0, 0, 0, 0, 0]
    assert found["categories"][1]["status"] == "far_behind" and found["unassigned"] is None
