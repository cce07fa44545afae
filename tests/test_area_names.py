"""Area names folded by one rule (`model.areas.area_key`): every spelling the places that match a
county or area cell once handled each in their own way, and the ones none of them did."""

from __future__ import annotations

import pytest
from conftest import example

from baise11155.model.areas import AreaNames, area_key


@pytest.mark.parametrize("spellings, key", [
    # a county with or without its kind (the plan's divisions: 右江 is 右江区), and renamed ones
    (("右江区", "右江", "右 江 区", " 右江区 "), "右江"),
    (("平果市", "平果县", "平果"), "平果"),  # 平果县 became 平果市 in 2019
    (("田阳区", "田阳县"), "田阳"),  # 田阳县 became 田阳区 in 2019
    (("靖西市", "靖西县"), "靖西"),
    # an autonomous county, or region, by its full name or its short one
    (("隆林各族自治县", "隆林县", "隆林"), "隆林"),
    (("环江毛南族自治县", "环江县"), "环江"),
    (("三江侗族自治县", "三江县"), "三江"),
    (("广西壮族自治区", "广西"), "广西"),
    (("鄂伦春自治旗",), "鄂伦春"),
    # a city: as the roll-up matched a file's area to a city's own plan
    (("百色市", "百色", "百 色 市"), "百色"),
    (("Baise", "BAISE", "baise", "Ｂａｉｓｅ", "Baise City", "Baise city", "  Baise  "), "baise"),
    (("Youjiang District", "youjiang"), "youjiang"),
    # what stays as written: too short to lose its kind, or not an area's kind
    (("城区",), "城区"),
    (("全市",), "全市"),
    (("市合计",), "市合计"),
    (("全市合计",), "全市合计"),
    (("柳州",), "柳州"),
    (("百色高新区",), "百色高新"),
    (("",), ""),
])
def test_every_spelling_of_an_area_folds_to_one_key(spellings, key):
    assert {area_key(name) for name in spellings} == {key}


def test_the_city_before_a_county_is_left_out_within_it():
    assert area_key("百色市右江区", within="百色市") == "右江"
    assert area_key("百色右江区", within="百色市") == "右江"
    assert area_key("百色市", within="百色市") == "百色"  # the city alone is the city
    assert area_key("百色市右江区") == "百色市右江"  # (not within it: a name of its own)


def test_the_whole_city_however_it_is_written():
    whole = AreaNames(("", "全市", "全市合计", "市合计", "百色市", "Baise"))
    for name in ("", "全市", "全 市", "全市合计", "市合计", "百色市", "百色", "Baise", "baise", "Baise City", "ＢＡＩＳＥ"):
        assert name in whole, name
    for name in ("右江区", "合计", "全区", "Youjiang"):
        assert name not in whole, name
    assert list(whole) == ["", "全市", "全市合计", "市合计", "百色市", "Baise"]


def test_a_plans_division_by_any_of_its_spellings():
    from baise11155.read.targets_file import load_plan

    plan = load_plan(example("county-split.yaml"))
    for cell, division in (("右江区", "youjiang"), ("右江", "youjiang"), ("示例市右江区", "youjiang"),
                           ("示例田阳区", "tianyang"), ("田阳县", "tianyang"), ("平果县", "pingguo"),
                           ("Pingguo", "pingguo"), ("ＰＩＮＧＧＵＯ", "pingguo"), ("靖西", "jingxi")):
        found = plan.division(cell)
        assert found is not None and found.id == division, cell
    assert plan.division("凌云县") is None
    assert "示例 市" in plan.whole_area_names and "example city" in plan.whole_area_names
    assert "右江" not in plan.whole_area_names


def test_counties_by_the_names_offices_write(run, write):
    """右江, 田阳县 (its name before 2019) and 示例市平果市 are the plan's 右江区, 田阳区 and 平果市; the
    city written 示 例 市 or Example is the unallocated block."""
    path = write("指标,日期,数量,县区,名称\n突破重大技术,2019-12-31,1,右江,a\n突破重大技术,2019-12-31,2,田阳县,b\n"
                 "突破重大技术,2019-12-31,1,示例市平果市,c\n突破重大技术,2019-12-31,3,示 例 市,d\n"
                 "突破重大技术,2019-12-31,1,Example,e\n")
    document = run("status", path, "--targets", example("county-split.yaml"), "--by", "county", "-f", "json").json()
    areas = {a["area"]: {i["id"]: i["achieved"] for i in a["indicators"]} for a in document["areas"]}
    assert {area: figures["breakthroughs"] for area, figures in areas.items() if figures["breakthroughs"]} == {
        "右江区": 1, "田阳区": 2, "平果市": 1, "": 4}
