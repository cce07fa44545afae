"""The audit trail: every row that made a figure, every row left out with why."""

from __future__ import annotations

import pytest
from conftest import example

INDICATORS = ["breakthroughs", "platforms", "talents", "high-tech-enterprises", "achievements"]


@pytest.mark.parametrize("indicator", INDICATORS)
def test_the_rows_listed_make_the_figure_status_gives(run, indicator):
    status = {i["id"]: i for i in run("status", example("progress-2019.csv"), "-f", "json").json()["indicators"]}
    trail = run("explain", example("progress-2019.csv"), "-i", indicator, "-f", "json").json()
    assert sum(row["value"] for row in trail["rows"]) == trail["arithmetic"]["sum"] == status[indicator]["achieved"]
    assert trail["achieved"] == status[indicator]["achieved"]
    assert trail["arithmetic"]["status"] == status[indicator]["status"]
    for category in status[indicator]["categories"]:
        part = run("explain", example("progress-2019.csv"), "-i", indicator, "-c", category["id"], "-f", "json").json()
        assert sum(row["value"] for row in part["rows"]) == category["achieved"]


def test_every_row_left_out_is_there_with_its_reason(run, write):
    path = write("指标,日期,数量,名称,县区\n"
                 "转化科技成果,2017-06-30,1,a,\n"  # before the period
                 "转化科技成果,2019-06-30,2,b,\n"  # counted
                 "转化科技成果,2019-07-31,2,b,\n"  # b again (the same figure): not counted twice
                 "转化科技成果,2020-03-31,4,c,\n"  # after the as-of date
                 "保有高新技术企业,2017-12-31,29,全市合计,\n"  # the baseline
                 "保有高新技术企业,2018-12-31,41,全市合计,\n"  # superseded
                 "保有高新技术企业,2019-09-15,20,右江区合计,右江区\n"  # carried forward: 右江区's latest
                 "保有高新技术企业,2019-09-30,25,平果市合计,平果市\n")
    trail = run("explain", path, "-i", "achievements", "--as-of", "2019-12-31", "-f", "json").json()
    assert [row["place"] for row in trail["rows"]] == [f"{path}:3"]
    assert {(row["place"], row["reason"]) for row in trail["left_out"]} == {
        (f"{path}:2", "before_period"), (f"{path}:4", "repeated_item"), (f"{path}:5", "after_as_of")}
    held = run("explain", path, "-i", "high-tech-enterprises", "--as-of", "2019-12-31", "-f", "json").json()
    assert sorted(row["value"] for row in held["rows"]) == [20, 25] and held["achieved"] == 45
    assert {(row["value"], row["reason"]) for row in held["left_out"]} == {(29, "baseline"), (41, "earlier_level")}
    table = run("explain", path, "-i", "转化科技成果", "--as-of", "2019-12-31", "--lang", "zh").stdout
    assert "重复列出，未计入" in table and "早于实施期，未计入" in table and "晚于截止日期，未计入" in table
    assert "计入1行：2 = 2（已完成2）" in table


def test_the_rows_table_says_places_and_dates_as_the_messages_do(run):
    """progress-2019.csv第25行 and 2019年12月31日, as every message writes them: not path:25 and 2019-12-31
    (third 公文 review, item 8). The JSON keeps the place and the date as they are."""
    table = run("explain", example("progress-2019.csv"), "-i", "转化科技成果", "--lang", "zh", "-f", "plain").stdout
    assert f"{example('progress-2019.csv')}第25行  2019年12月31日" in table
    assert ":25" not in table and "2019-12-31" not in table
    english = run("explain", example("progress-2019.csv"), "-i", "转化科技成果", "--lang", "en", "-f", "plain").stdout
    assert f"{example('progress-2019.csv')}:25  2019-12-31" in english


def test_a_category_never_reported_is_said_without_an_empty_table(run):
    """突破重大技术 / 电子信息 has no row: a count has no baseline, so not 已完成按基数计0; no grid of headers alone."""
    result = run("explain", example("progress-2019.csv"), "-i", "突破重大技术", "-c", "电子信息", "--lang", "zh")
    assert result.exit_code == 0
    assert result.stdout == "突破重大技术 / 电子信息：数据来源\n期内无该类别的数据行，已完成计为0\n"


def test_an_unknown_name_is_a_message(run):
    result = run("explain", example("progress-2019.csv"), "-i", "突破重大技木")
    assert result.exit_code == 2 and "did you mean '突破重大技术'" in result.stderr  # a usage mistake
