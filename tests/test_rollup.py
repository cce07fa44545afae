"""The roll-up to the region, by hand: three made-up cities (examples/cities-2019.csv, marked as
invented) and Baise's own example file named with --area."""

from __future__ import annotations

import pytest
from conftest import example

CITIES = example("cities-2019.csv")
REGION = ("--plan", "guangxi-sanbai-erqian")


def _json(run, *args):
    result = run("rollup", *args, *REGION, "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = result.json()
    region = {i["id"]: i for i in document["indicators"]}
    areas = {a["area"]: {i["id"]: i for i in a["indicators"]} for a in document["areas"]}
    return document, region, areas, result.stderr


def test_three_cities_by_hand(run):
    """Breakthroughs: 南宁 12 + 15, 柳州 9, 百色 2 + 3 = 41 of 100. New high-tech enterprises, each
    above its own 2017 level: 南宁 820 − 500 = 320, 柳州 260 − 180 = 80, 百色 45 − 29 = 16 (its file
    names them 保有高新技术企业, as Baise's plan does): 416 of 1000. 百色 has a plan of its own:
    target 21 on the region's basis (50 − 29), 16 ÷ 21 = 76.2 %; the others are counted, and flagged."""
    document, region, areas, stderr = _json(run, CITIES)
    # 4 of Guangxi's 14 cities: 41 is what they make of the region's 100 (41.0%), not the region's completion
    assert (region["breakthroughs"]["achieved"], region["breakthroughs"]["completion"]) == (41, None)
    assert region["breakthroughs"]["share_of_target"] == 0.41
    assert region["high-tech-enterprises"]["achieved"] == 416 and region["high-tech-enterprises"]["areas_counted"] == 3
    assert region["platforms"]["achieved"] is None  # no city gave one: no data, not 0
    assert areas["南宁市"]["high-tech-enterprises"]["achieved"] == 320
    assert areas["柳州市"]["high-tech-enterprises"]["achieved"] == 80
    baise = areas["百色市"]["high-tech-enterprises"]
    assert (baise["achieved"], baise["city_target"]) == (16, 21)
    assert baise["city_completion"] == pytest.approx(16 / 21)
    assert baise["contribution"] == pytest.approx(16 / 1000) and baise["share_of_achieved"] == pytest.approx(16 / 416)
    nanning = areas["南宁市"]["breakthroughs"]
    assert nanning["contribution"] == pytest.approx(0.27) and nanning["share_of_achieved"] == pytest.approx(27 / 41)
    assert nanning["city_target"] is None
    assert [a["plan"] for a in document["areas"]] == [None, None, None, "baise-11155"]
    assert "南宁市: has no plan of its own" in stderr
    assert not any("百色市: has no plan" in line for line in stderr.splitlines())
    # the cities' figures add up to the region's
    for ident, total in region.items():
        added = sum(a[ident]["achieved"] or 0 for a in areas.values())
        assert added == (total["achieved"] or 0), ident


def test_a_citys_own_file_named_with_area(run):
    """Baise's bundled example, as Baise keeps it (categories, counties, its own names): the same
    figures as `status` gives, the held enterprises turned into new additions above 29."""
    _, region, areas, stderr = _json(run, "--area", f"百色市={example('progress-2019.csv')}")
    status = {i["id"]: i["achieved"] for i in run("status", example("progress-2019.csv"), "-f", "json").json()["indicators"]}
    baise = areas["百色市"]
    for ident in ("breakthroughs", "platforms", "talents", "achievements"):
        assert baise[ident]["achieved"] == status[ident] == region[ident]["achieved"]
    assert baise["high-tech-enterprises"]["achieved"] == status["high-tech-enterprises"] - 29 == 16
    assert "column 2 '类别' is set aside" in stderr


def test_a_stock_without_its_own_baseline_is_not_added(run, write):
    progress = write("地区,指标,年份,数量\n甲市,新增高新技术企业,2019,300\n乙市,新增高新技术企业,2017,100\n"
                     "乙市,新增高新技术企业,2019,130\n")
    _, region, areas, stderr = _json(run, progress)
    assert region["high-tech-enterprises"]["achieved"] == 30 and region["high-tech-enterprises"]["areas_counted"] == 1
    assert areas["甲市"]["high-tech-enterprises"]["achieved"] is None
    assert "甲市: high-tech-enterprises has no level on 2017-12-31 in its file" in stderr


def test_rows_without_an_area_are_refused(run):
    result = run("rollup", example("progress-2019.csv"), *REGION)
    assert result.exit_code == 1
    assert "26 row(s) name no area: fill in the 地区 (or 市) column, or give the file as --area NAME=FILE" in result.stderr


def test_the_usage(run):
    assert run("rollup", *REGION).exit_code == 2
    bad = run("rollup", "--area", "nofile.csv", *REGION)
    assert bad.exit_code == 2 and "write NAME=FILE" in bad.stderr
    twice = run("rollup", CITIES, "--area", f"百色市={example('progress-2019.csv')}", *REGION)
    assert twice.exit_code == 2 and "give each area once" in twice.stderr


def test_the_table_in_chinese(run):
    table = run("rollup", CITIES, *REGION, "--lang", "zh").stdout
    assert "各地汇总" in table and "占全区完成" in table and "76.2%" in table


def test_the_sum_of_some_cities_is_not_called_the_regions(run):
    """Four of Guangxi's 14 cities in the file (the bundled plan lists none, so never all of them):
    breakthroughs 27 + 9 + 5 = 41 from three, achievements 40 from 梧州 alone; platforms, given by
    none, are said to be given by none (they read 4市合计 over empty figures: hostile review C1)."""
    rows = {}
    for line in run("rollup", CITIES, *REGION, "--lang", "zh", "-f", "csv").stdout.splitlines()[1:]:
        cells = line.split(",")
        rows.setdefault(cells[1], cells[0]) if cells[0].endswith(("合计", "未报送")) else None
    assert rows == {"突破重大技术": "已报送3市合计", "创建国家级创新平台": "各市均未报送", "引育高层次创新人才和团队": "各市均未报送",
                    "新增高新技术企业": "已报送3市合计"}
    # 梧州 alone: its 40 of 1000 named as its own, no completion, its 4.0% the share of the region's target
    # (1市合计 … 4.0% read as the whole region at 4%: third 公文 review, item 7)
    table = run("rollup", CITIES, *REGION, "--lang", "zh", "-f", "plain").stdout
    only = next(line for line in table.splitlines() if line.startswith("仅梧州市"))
    assert only.split() == ["仅梧州市", "转化重大科技成果", "1000", "40", "—", "4.0%", "—"]
    assert "合计行只含已报送的地区，不是全区完成率" in table and "占全区完成数比重" in table
    english = run("rollup", CITIES, *REGION, "--lang", "en").stdout
    assert "3-city total" in english and "no city gave it" in english and "Guangxi total" not in english
    assert run("rollup", CITIES, *REGION, "-f", "json").json()["whole_region"] is False


REGION_OF_TWO = """\
schema: 1
plan:
  id: two-cities
  name: {zh: 两市示例, en: Two cities}
  project: {zh: 测试, en: test}
  area: {zh: 示例区, en: Example Region}
  period: {start: 2018-01-01, end: 2020-12-31}
areas:
  - {id: nanning, name: {zh: 南宁市, en: Nanning}}
  - {id: liuzhou, name: {zh: 柳州市, en: Liuzhou}}
indicators:
  - id: one
    name: {zh: 指标一, en: One}
    unit: {zh: 项, en: items}
    kind: count
    target: 20
"""


@pytest.mark.parametrize("rows, name, achieved", [
    ("南宁市,指标一,2019,3\n柳州市,指标一,2019,4\n", "示例区合计", 7),  # every city of the plan: 3 + 4 = 7
    ("南宁市,指标一,2019,3\n", "仅南宁市", 3),  # one of its two: 3, not the region's
    ("南宁市,指标一,2019,3\n柳江县,指标一,2019,4\n", "已报送2个县区合计", 7),  # a 市 and a 县: the counties of a city
    ("南宁,指标一,2019,3\n柳州市,指标一,2019,4\n", "示例区合计", 7),  # 南宁 is 南宁市
])
def test_the_region_is_named_only_when_every_area_of_its_plan_is_there(run, write, tmp_path, rows, name, achieved):
    plan = tmp_path / "two.yaml"
    plan.write_text(REGION_OF_TWO, encoding="utf-8")
    progress = write("地区,指标,年份,数量\n" + rows)
    result = run("rollup", progress, "--targets", plan, "--lang", "zh", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    total = result.stdout.splitlines()[1].split(",")
    assert total[:4] == [name, "指标一", "20", str(achieved)]
    document = run("rollup", progress, "--targets", plan, "-f", "json").json()
    assert document["whole_region"] is (name == "示例区合计")
    assert document["indicators"][0]["achieved"] == achieved
    # the region's completion only from every city of it (7 ÷ 20); some cities' sum is their share of its target
    whole = name == "示例区合计"
    assert document["indicators"][0]["completion"] == (0.35 if whole else None)
    assert document["indicators"][0]["share_of_target"] == (None if whole else achieved / 20)


def test_a_ratio_is_never_added_up(run, write):
    """R&D intensity 1.2 % and 1.5 %: the region's is not 2.7 %; no figure, and a warning why."""
    nanning = write("指标,年份,数量\n全社会R&D经费投入强度,2022,1.2%\n", name="nn.csv")
    liuzhou = write("指标,年份,数量\n全社会R&D经费投入强度,2022,1.5%\n", name="lz.csv")
    result = run("rollup", "--plan", "guangxi-keji-qianggui-2021-2023", "--area", f"南宁市={nanning}",
                 "--area", f"柳州市={liuzhou}", "-f", "json")
    assert result.exit_code == 0, result.stderr
    region = {i["id"]: i for i in result.json()["indicators"]}
    assert region["rd-intensity"]["achieved"] is None and region["rd-intensity"]["completion"] is None
    cities = {a["area"]: a["indicators"][0] for a in result.json()["areas"]}
    assert cities["南宁市"]["achieved"] == 1.2 and cities["南宁市"]["contribution"] is None
    assert "rd-intensity is a ratio or a rate: the areas' figures do not add up" in result.stderr


def test_one_city_written_two_ways_is_one_city(run, write):
    both = run("rollup", CITIES, "--area", f"百色={example('progress-2019.csv')}", *REGION)
    assert both.exit_code == 2 and "given twice" in both.stderr
    progress = write("地区,指标,年份,数量\n百色,突破重大技术,2019,2\n百色市,突破重大技术,2019,3\n")
    _, region, areas, stderr = _json(run, progress)
    assert list(areas) == ["百色市"] and areas["百色市"]["breakthroughs"]["achieved"] == 5
    assert areas["百色市"]["breakthroughs"]["city_completion"] == 0.5
    assert "百色 is taken as 百色市" in stderr


def test_year_figures_of_different_years_are_not_added(run, write):
    """南宁市's 2022 R&D spending (120) and 百色市's 2023 (16) add up to no year's: no total, and said
    (trial 5, g28 printed 3市合计 136); the same year's add up (120 + 16 = 136)."""
    plan = ("--plan", "guangxi-keji-shisiwu-2021-2025")
    mixed = write("地区,指标,年份,数量\n南宁市,全社会研发经费,2022,120\n百色市,全社会研发经费,2023,16\n", "mixed.csv")
    result = run("rollup", mixed, *plan, "-f", "json")
    assert result.exit_code == 0, result.stderr
    region = {i["id"]: i for i in result.json()["indicators"]}
    assert region["rd-spending"]["achieved"] is None
    assert "rd-spending: the areas' figures are of different years (南宁市2022年、百色市2023年)" in result.stderr
    same = write("地区,指标,年份,数量\n南宁市,全社会研发经费,2023,120\n百色市,全社会研发经费,2023,16\n", "same.csv")
    region = {i["id"]: i for i in run("rollup", same, *plan, "-f", "json").json()["indicators"]}
    assert region["rd-spending"]["achieved"] == 136
