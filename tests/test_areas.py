"""Figures by county (--by county): the blocks add up to the city's."""

from __future__ import annotations

from conftest import example

COUNTIES = "指标,日期,数量,县区,名称\n" \
    "突破重大技术,2019-12-31,1,右江区,a\n" \
    "突破重大技术,2019-12-31,2,田阳区,b\n" \
    "突破重大技术,2019-12-31,1,平果市,c\n" \
    "突破重大技术,2019-12-31,1,靖西市,d\n" \
    "突破重大技术,2019-12-31,3,田东县,e\n" \
    "突破重大技术,2019-12-31,2,,f\n" \
    "保有高新技术企业,2019-06-30,20,右江区,右江区合计\n" \
    "保有高新技术企业,2019-12-20,22,右江区,右江区合计\n" \
    "保有高新技术企业,2019-12-15,8,田阳区,田阳区合计\n" \
    "保有高新技术企业,2019-12-31,9,平果市,平果市合计\n"


def test_the_blocks_add_up_to_the_city(run, write):
    """Breakthroughs 1 + 2 + 1 + 1 + 3 and 2 not allocated = 10 for the city; enterprises held by each
    county's latest report of the round, 22 (右江区, 12-20) + 8 (田阳区, 12-15) + 9 (平果市) = 39, as the city's
    level (a report more than a quarter old is a question: test_a_level_a_round_old_is_a_question)."""
    path = write(COUNTIES)
    city = {i["id"]: i for i in run("status", path, "-f", "json").json()["indicators"]}
    document = run("status", path, "--by", "county", "-f", "json").json()
    assert {i["id"]: i["achieved"] for i in document["indicators"]} == {k: v["achieved"] for k, v in city.items()}
    areas = {a["area"]: {i["id"]: i["achieved"] for i in a["indicators"]} for a in document["areas"]}
    # in the plan's order (右江区, 田阳区, 田东县, 平果市 … 靖西市), never by character code; the unallocated block last
    assert list(areas) == ["右江区", "田阳区", "田东县", "平果市", "靖西市", ""]
    assert {area: figures["breakthroughs"] for area, figures in areas.items()} == {
        "右江区": 1, "田阳区": 2, "平果市": 1, "靖西市": 1, "田东县": 3, "": 2}
    assert sum(figures["breakthroughs"] or 0 for figures in areas.values()) == city["breakthroughs"]["achieved"] == 10
    held = {area: figures["high-tech-enterprises"] for area, figures in areas.items() if figures["high-tech-enterprises"]}
    assert held == {"右江区": 22, "田阳区": 8, "平果市": 9}
    assert sum(held.values()) == city["high-tech-enterprises"]["achieved"] == 39


def test_the_table_names_the_unallocated_block_and_every_county(run, write):
    table = run("gaps", write(COUNTIES), "--by", "county", "--lang", "zh").stdout
    assert "分县区完成情况" in table and "未分县区" in table
    assert all(county in table for county in ("右江区", "田阳区", "平果市", "靖西市", "田东县"))
    assert "不一致" not in table


def test_the_example_by_county(run):
    document = run("status", example("progress-2019.csv"), "--by", "county", "-f", "json").json()
    for indicator in document["indicators"]:
        added = sum(a["indicators"][n]["achieved"] or 0 for a in document["areas"]
                    for n in range(len(a["indicators"])) if a["indicators"][n]["id"] == indicator["id"])
        assert added == indicator["achieved"], indicator["id"]


def test_by_county_at_an_earlier_date_shows_what_each_had_then(run):
    """At the end of 2018 the city held 41 (全市合计); no county had reported: no county shows the
    city's baseline as its own, and 41 is the unallocated block's."""
    document = run("status", example("progress-2019.csv"), "--by", "county", "--as-of", "2018-12-31",
                   "-f", "json").json()
    held = {a["area"]: {i["id"]: i["achieved"] for i in a["indicators"]}["high-tech-enterprises"]
            for a in document["areas"]}
    assert {area: value for area, value in held.items() if value is not None} == {"": 41}


def test_a_cross_tab_keeps_its_counties(run, write):
    path = write("指标,县区,2018年,2019年\n突破重大技术,平果市,1,1\n突破重大技术,右江区,,1\n转化科技成果,田东县,6,7\n")
    document = run("status", path, "--by", "county", "-f", "json").json()
    areas = {a["area"]: {i["id"]: i["achieved"] for i in a["indicators"]} for a in document["areas"]}
    assert areas["平果市"]["breakthroughs"] == 2 and areas["右江区"]["breakthroughs"] == 1
    assert areas["田东县"]["achievements"] == 13 and "" not in areas


def test_a_whole_city_level_beside_its_counties_on_one_date_is_not_added_to_them(run, write):
    path = write("指标,年份,数量,县区\n保有高新技术企业,2019,45,全市\n保有高新技术企业,2019,20,右江区\n"
                 "保有高新技术企业,2019,25,田阳区\n")
    result = run("status", path, "-f", "json")
    assert {i["id"]: i["achieved"] for i in result.json()["indicators"]}["high-tech-enterprises"] == 45
    assert ("has on 2019-12-31 both the whole city's figure, 45, and its counties' (adding up to 45): the city's is "
            "taken") in result.stderr


def test_a_new_additions_indicator_by_county_shows_each_countys_level(run, write):
    """The region's baseline (1204) is not a city's: a city's block shows the level it reported."""
    path = write("指标,年份,数量,县区\n新增高新技术企业,2017,1204,\n新增高新技术企业,2019,300,南宁市\n"
                 "新增高新技术企业,2019,2000,\n")
    document = run("status", path, "--plan", "guangxi-sanbai-erqian", "--by", "county", "-f", "json").json()
    areas = {a["area"]: {i["id"]: i["achieved"] for i in a["indicators"]} for a in document["areas"]}
    assert areas["南宁市"]["high-tech-enterprises"] == 300


def test_a_level_a_round_old_is_a_question(run, write):
    """田阳区's 8 of 06-30 beside 平果市's 9 of 12-31: half a year old, it may be none by now, or not
    reported; the city's level (17, or 9) is asked for, not made up."""
    result = run("status", write("指标,日期,数量,县区\n保有高新技术企业,2019-06-30,8,田阳区\n保有高新技术企业,2019-12-31,9,平果市\n"))
    assert result.exit_code == 1
    assert "these areas' latest levels are more than a reporting round older: 田阳区 (2019-06-30: 8)" in result.stderr
