"""The plans that followed "11155": their kinds, directions and qualifiers, each against figures
worked out by hand, and the bundled plans with the published figures in `examples/`."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from conftest import ROOT, example, said

from baise11155.calc.evaluate import Schedule, evaluate, standing
from baise11155.model.kinds import CHANGE_PP, FLOW, GROWTH, LEVEL, MULTIPLE
from baise11155.model.plan import Names
from baise11155.read.progress import read_progress
from baise11155.read.targets_file import bundled_plans, load_plan

NAME = Names("x", "x")
# a three-year period, a third of it gone: 365 of 1095 days
THIRD = Schedule(dt.date(2021, 12, 31), 365, 1095, 730)
END = Schedule(dt.date(2023, 12, 31), 1095, 1095, 0)


# --- each kind, by hand ---------------------------------------------------------------------

def test_a_level_climbs_from_its_baseline_and_is_never_a_sum():
    """R&D intensity 0.83 % against 1.3 % from 0.78 %: progress 0.05 ÷ 0.52 = 9.6 %, completion
    0.83 ÷ 1.3 = 63.8 %; a third of the way through, 9.6 % is behind by 23.7 points: far behind."""
    s = standing("rd", NAME, LEVEL, Fraction(13, 10), baseline=Fraction(78, 100), level=Fraction(83, 100), when=THIRD)
    assert s.achieved == 0.83 and s.baseline == 0.78
    assert s.progress == pytest.approx(0.05 / 0.52) and s.completion == pytest.approx(0.83 / 1.3)
    assert s.expected == pytest.approx(0.78 + 0.52 / 3)
    assert s.gap == 0.47 and s.status == "far_behind"


@pytest.mark.parametrize("qualifier, status", [("at_least", "achieved"), ("above", "on_track")])
def test_to_pass_a_target_is_not_to_reach_it(qualifier, status):
    """突破1.3%: exactly 1.3 has not passed it (and, a third of the way, is ahead of the schedule);
    达 or 以上: exactly 1.3 has reached it. Compared exactly, 1.3 being 13/10 on both sides."""
    s = standing("rd", NAME, LEVEL, Fraction(13, 10), baseline=Fraction(78, 100), level=Fraction(13, 10), when=THIRD,
                 qualifier=qualifier)
    assert s.status == status
    assert s.gap == 0  # nothing left to climb, yet "above" asks for more than the target


def test_lower_is_better():
    """Energy use 0.6 → 0.5 (下降): at 0.55 half the way down is done (0.05 ÷ 0.10), a third of
    the time gone: on track; completion 0.5 ÷ 0.55 = 90.9 %; 0.05 still to cut."""
    s = standing("energy", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(55, 100), when=THIRD,
                 direction="decrease")
    assert s.progress == pytest.approx(0.5) and s.completion == pytest.approx(0.5 / 0.55)
    assert s.gap == 0.05 and s.surplus == 0 and s.status == "on_track"
    assert s.expected == pytest.approx(0.6 - 0.1 / 3)
    # at 0.59 a tenth of the way, 23.3 points short of a third: far behind; at 0.57 three tenths of the way, 3.3 points short: behind; at the target: achieved; under it:
    # exceeded, with a surplus
    assert standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(59, 100), when=THIRD,
                    direction="decrease").status == "far_behind"
    assert standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(57, 100), when=THIRD,
                    direction="decrease").status == "behind"
    assert standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(1, 2), when=THIRD,
                    direction="decrease").status == "achieved"
    below = standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(45, 100), when=THIRD,
                     direction="decrease")
    assert below.status == "exceeded" and below.surplus == 0.05  # 0.45 is past the target of 0.5: 超额完成
    # 突破 downwards: exactly at the target is not past it
    assert standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(1, 2), when=THIRD,
                    direction="decrease", qualifier="above").status not in ("achieved", "exceeded")


def test_a_change_in_percentage_points():
    """提升5个百分点: a share of 20.1 % at the baseline and 22.6 % now is 2.5 points gained: half the
    target, progress 50 %, ahead of a third of the time."""
    s = standing("share", NAME, CHANGE_PP, 5, baseline=Fraction(201, 10), level=Fraction(226, 10), when=THIRD)
    assert s.achieved == 2.5 and s.level == 22.6 and s.completion == 0.5 and s.progress == 0.5
    assert s.expected == pytest.approx(5 / 3) and s.status == "on_track"
    assert standing("share", NAME, CHANGE_PP, 5, baseline=Fraction(201, 10), level=Fraction(251, 10),
                    when=THIRD).status == "achieved"


def test_an_average_annual_growth_rate():
    """年均增长22%: 100 at the end of 2020 and 148.84 at the end of 2022 is 1.22² — exactly 22 % a
    year over two years: met when "at least", not when "above"; 130 is 14.0 % a year: behind."""
    met = standing("rd", NAME, GROWTH, 22, baseline=100, level=Fraction(14884, 100), when=END, years=2)
    assert met.achieved == pytest.approx(22.0) and met.level == 148.84 and met.status == "achieved"
    assert met.progress is None and met.expected == 22  # a rate has no pace to keep but its own
    assert standing("rd", NAME, GROWTH, 22, baseline=100, level=Fraction(14884, 100), when=END, years=2,
                    qualifier="above").status == "behind"
    slow = standing("rd", NAME, GROWTH, 22, baseline=100, level=130, when=END, years=2)
    assert slow.achieved == pytest.approx((1.3 ** 0.5 - 1) * 100) and slow.status == "behind"
    assert slow.completion == pytest.approx((1.3 ** 0.5 - 1) * 100 / 22)
    # in the baseline's own year there is no rate yet
    assert standing("rd", NAME, GROWTH, 22, baseline=100, level=110, when=END, years=0).status == "unjudged"


def test_a_multiple_of_the_baseline():
    """倍增: 50 enterprises doubled is 100; at 80 the multiple is 1.6, completion 1.6 ÷ 2 = 80 %,
    progress (1.6 − 1) ÷ (2 − 1) = 60 %."""
    s = standing("hte", NAME, MULTIPLE, 2, baseline=50, level=80, when=THIRD)
    assert s.achieved == 1.6 and s.level == 80 and s.completion == 0.8 and s.progress == pytest.approx(0.6)
    assert s.status == "on_track"
    assert standing("hte", NAME, MULTIPLE, 2, baseline=50, level=100, when=THIRD).status == "achieved"


def test_without_a_baseline_the_completion_is_told_and_the_pace_is_not():
    """93 talents of 120 with no published 2020 figure: 77.5 %, and no judgement of pace."""
    s = standing("talents", NAME, LEVEL, 120, baseline=None, level=93, when=THIRD)
    assert s.completion == 0.775 and s.gap == 27
    assert s.progress is None and s.expected is None and s.deviation is None and s.status == "unjudged"
    assert standing("talents", NAME, LEVEL, 120, baseline=None, level=120,
                    when=THIRD).status == "achieved"  # met is met
    # a change in points cannot even be measured without its baseline
    assert standing("share", NAME, CHANGE_PP, 5, baseline=None, level=Fraction(226, 10), when=THIRD).achieved is None


def test_a_flow_is_its_latest_years_sum_never_summed_over_years():
    """Two zones' outputs in 2021 (3000 + 2000 = 5000) and one figure for 2022 (6000): 6000."""
    by_date = {dt.date(2021, 12, 31): {"": 5000}, dt.date(2022, 12, 31): {"": 6000}}
    assert FLOW.aggregate(by_date) == (6000, dt.date(2022, 12, 31), {})


# --- plans written in YAML, and progress files -----------------------------------------------

PLAN = """schema: 1
plan:
  id: test-plan
  name: {{zh: 测试, en: Test}}
  project: {{zh: 行动, en: action}}
  area: {{zh: 某市, en: A city}}
  period: {{start: 2021-01-01, end: 2023-12-31}}
indicators:
{indicators}
"""

INDICATORS = {
    "rd": "  - {id: rd, name: {zh: 研发强度, en: R&D intensity}, unit: {zh: '%', en: '%'}, kind: level, target: 1.3,\n"
          "     qualifier: above, baseline: {date: 2020-12-31, value: 0.78}}",
    "output": "  - {id: output, name: {zh: 产值, en: Output}, unit: {zh: 亿元, en: 100M yuan}, kind: flow, target: 100}",
    "money": "  - {id: money, name: {zh: 技术合同成交额, en: Contracts}, unit: {zh: 亿元, en: 100M yuan}, kind: count,\n"
             "     target: 2000}",
    "energy": "  - {id: energy, name: {zh: 能耗, en: Energy use}, unit: {zh: 吨, en: t}, kind: level, target: 0.5,\n"
              "     direction: decrease, baseline: {date: 2020-12-31, value: 0.6}}",
    "hope": "  - {id: hope, name: {zh: 力争指标, en: Hoped for}, unit: {zh: 项, en: items}, kind: count, target: 30,\n"
            "     aspirational: true}",
}


def plan_file(tmp_path, *names: str):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(indicators="\n".join(INDICATORS[n] for n in names)), encoding="utf-8")
    return load_plan(str(path))


def observations(plan, write, text: str):
    return read_progress(plan, [str(write(text))])


def test_a_ratio_given_twice_for_a_date_or_by_county_is_a_problem(tmp_path, write):
    plan = plan_file(tmp_path, "rd")
    twice = observations(plan, write, "指标,年份,数值\n研发强度,2021,0.8\n研发强度,2021,0.7\n")
    assert said(twice.problems) == [f"{tmp_path / 'progress.csv'}:3: rd has more than one row for 2021-12-31; a "
                                    "measured value (a ratio, an intensity) is never added up: keep the figure for the "
                                    "whole area only"]
    counties = observations(plan, write, "指标,年份,数值,县区\n研发强度,2021,0.8,右江区\n")
    assert said(counties.problems)[0].endswith(
        "rd is given by county (右江区); a ratio of the whole is not the sum of the counties' ratios: give the "
        "city's figure, or its numerator and denominator as two indicators")
    city = observations(plan, write, "指标,年份,数值,县区\n研发强度,2021,0.8%,全市\n")
    assert city.problems == [] and evaluate(plan, city.buckets, dt.date(2021, 12, 31)).indicators[0].achieved == 0.8


def test_an_amount_needs_its_figure_and_may_carry_its_unit(tmp_path, write):
    """技术合同成交额 in 亿元 is summed like a count, but a blank figure is not "one contract"."""
    plan = plan_file(tmp_path, "money", "output")
    read = observations(plan, write, "指标,年份,数值\n技术合同成交额,2021,\"1,234.5亿元\"\n技术合同成交额,2022,300\n"
                                     "技术合同成交额,2022,\n产值,2021,30\n产值,2021,20\n产值,2022,60\n")
    assert said(read.problems) == [f"{tmp_path / 'progress.csv'}:4: the value is blank; this indicator is a measured "
                                   "value (a ratio, an amount): every row needs its figure"]
    result = evaluate(plan, read.buckets, dt.date(2022, 12, 31)).indicators
    assert result[0].achieved == 1534.5  # 1234.5 + 300, summed over the years
    assert result[1].achieved == 60  # the latest year's (30 + 20 in 2021 is not added to it)


def test_an_aspirational_indicator_behind_is_not_counted_among_those_behind(tmp_path, write, run):
    plan_path = tmp_path / "plan.yaml"
    plan_path.write_text(PLAN.format(indicators="\n".join(INDICATORS[n] for n in ("energy", "hope"))), encoding="utf-8")
    progress = write("指标,年份,数值\n能耗,2021,0.59\n力争指标,2021,1\n")
    result = run("status", progress, "--targets", plan_path, "--as-of", "2021-12-31")
    assert result.exit_code == 0, result.stderr
    # energy at 0.59: a tenth of the way down against a third of the time, 23.3 points short
    assert "2 indicators: 1 far behind, 1 aspirational behind (not counted as behind)" in result.stdout
    assert "Energy use (lower is better)" in result.stdout and "Hoped for (aspirational)" in result.stdout
    document = run("status", progress, "--targets", plan_path, "--as-of", "2021-12-31", "-f", "json").json()
    energy, hope = document["indicators"]
    assert energy["direction"] == "decrease" and energy["status"] == "far_behind"
    assert energy["progress"] == pytest.approx(0.01 / 0.1)
    assert hope["aspirational"] is True and "direction" not in hope


# --- the bundled plans ------------------------------------------------------------------------

def test_five_plans_are_bundled_and_each_loads(run):
    plans = bundled_plans()
    assert list(plans) == ["baise-11155", "china-shisiwu-gangyao-2021-2025", "guangxi-keji-qianggui-2021-2023",
                           "guangxi-keji-shisiwu-2021-2025", "guangxi-sanbai-erqian"]
    document = run("plans", "-f", "json").json()
    # the 十四五 plan: its 11 targets and the 11 parts of its ratios, watched
    assert [(p["id"], p["indicators"], p["code"]) for p in document["plans"]] == [
        ("baise-11155", 5, "11155"), ("china-shisiwu-gangyao-2021-2025", 4, None),
        ("guangxi-keji-qianggui-2021-2023", 11, None),
        ("guangxi-keji-shisiwu-2021-2025", 22, None), ("guangxi-sanbai-erqian", 5, "三百二千")]


def test_the_regions_plan_is_the_one_baise_names_with_the_same_targets():
    """Baise's targets.yaml names guangxi-sanbai-erqian as its region: each regional target it
    carries is that plan's, kind for kind."""
    baise = load_plan()
    assert baise.region is not None and baise.region.id in bundled_plans()
    region = load_plan(bundled_plans()[baise.region.id])
    targets = {i.id: (i.target, i.kind.name) for i in region.indicators}
    for indicator in baise.indicators:
        assert indicator.region is not None
        assert (indicator.region.target, indicator.region.kind.name) == targets[indicator.id]
    assert region.indicator("high-tech-enterprises").baseline.value == 2388 - 1184  # as published, 2020-12-05


def test_keji_qianggui_on_the_published_2021_and_2022_figures(run):
    """By hand, at 2022-12-31 (730 of 1095 days, 66.7 %):
    R&D intensity 0.83 % (2022) against 突破1.3 % from 0.78 %: progress 0.05 ÷ 0.52 = 9.6 %, behind;
    high-tech enterprises 3312 of 4200 from 2800: completion 78.9 %, progress 512 ÷ 1400 = 36.6 %;
    talents 93 of 120 (no 2020 figure published): 77.5 %, pace not judged;
    achievements 1300 of 2000: 65.0 %, 1.7 points behind 66.7 %; zone output 8529.27 of 10000:
    85.3 %, no baseline published: pace not judged."""
    result = run("status", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023",
                 "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = result.json()
    assert document["as_of"] == "2022-12-31" and document["elapsed"] == pytest.approx(730 / 1095)
    i = {entry["id"]: entry for entry in document["indicators"]}
    assert (i["rd-intensity"]["achieved"], i["rd-intensity"]["baseline"]) == (0.83, 0.78)
    assert i["rd-intensity"]["progress"] == pytest.approx(0.05 / 0.52)
    # 9.6 % of the way against 24 of 36 months (66.7 %): 57 points short, far behind
    assert i["rd-intensity"]["completion"] == pytest.approx(0.83 / 1.3) and i["rd-intensity"]["status"] == "far_behind"
    assert i["high-tech-enterprises"]["achieved"] == 3312
    assert i["high-tech-enterprises"]["completion"] == pytest.approx(3312 / 4200)
    assert i["high-tech-enterprises"]["progress"] == pytest.approx(512 / 1400)
    assert (i["national-talents"]["completion"], i["national-talents"]["status"]) == (0.775, "unjudged")
    assert i["achievements"]["completion"] == 0.65
    assert i["achievements"]["deviation"] == pytest.approx((0.65 - 730 / 1095) * 100)
    assert i["achievements"]["status"] == "behind"
    assert i["zone-output"]["achieved"] == 8529.27 and i["zone-output"]["status"] == "unjudged"
    assert i["zone-output-in-bounds"]["part_of"] == "zone-output" and i["hte-output"]["aspirational"] is True
    assert [i[k]["status"] for k in ("rd-active-share", "tech-contracts", "new-product-share", "strategic-share")] == [
        "no_data"] * 4


def test_the_baise_plan_is_unchanged_by_the_plans_beside_it(run):
    """--plan baise-11155 is the default plan, figure for figure."""
    default = run("status", example("progress-2019.csv"), "-f", "json").stdout
    assert run("status", example("progress-2019.csv"), "--plan", "baise-11155", "-f", "json").stdout == default
    assert (ROOT / "data" / "targets.yaml").read_text(encoding="utf-8").count("target:") == 5 + 7 + 3 + 7 + 5


def test_a_plan_and_a_targets_file_cannot_both_be_given(run, tmp_path):
    result = run("status", example("progress-2019.csv"), "--plan", "baise-11155", "--targets",
                 str(ROOT / "data" / "targets.yaml"))
    assert result.exit_code == 2 and "give --plan or --targets, not both" in result.stderr
    result = run("status", example("progress-2019.csv"), "--plan", "nowhere")
    assert result.exit_code == 2 and "no bundled plan 'nowhere'" in result.stderr


def test_compare_needs_a_region_above(run):
    result = run("compare", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023")
    assert result.exit_code == 1
    assert "names no region above it, so there is nothing to compare with" in result.stderr


# --- found by trying it as an office would ----------------------------------------------------

def test_a_decimal_target_lower_is_better_gives_json_and_no_question_about_the_regions_file(tmp_path, write, run):
    """A traceback once: the "three times the target" question printed a fraction into the JSON."""
    plan_path = tmp_path / "plan.yaml"
    plan_path.write_text(PLAN.format(indicators=INDICATORS["energy"]), encoding="utf-8")
    result = run("status", write("指标,年份,数值\n能耗,2021,1.55\n"), "--targets", plan_path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "three times" not in result.stderr
    assert result.json()["indicators"][0]["achieved"] == 1.55


def test_a_unit_that_is_not_the_indicators_is_refused(tmp_path, write):
    plan = plan_file(tmp_path, "rd", "money")
    read = observations(plan, write, "指标,年份,数值\n研发强度,2021,3项\n技术合同成交额,2021,5美元\n")
    assert said(read.problems) == [
        f"{tmp_path / 'progress.csv'}:2: value '3项' is in 项, but this indicator is measured in %: convert it and "
        "write the figure alone",
        f"{tmp_path / 'progress.csv'}:3: value '5美元' is in 美元, but this indicator is measured in 亿元: convert "
        "it and write the figure alone"]


def test_a_unit_that_converts_exactly_is_converted(tmp_path, write):
    plan = plan_file(tmp_path, "money")
    # 0.5万亿元 = 0.5 × 10^12 元 = 5000 × 10^8 元 = 5000亿元
    read = observations(plan, write, "指标,年份,数值\n技术合同成交额,2021,0.5万亿元\n")
    assert said(read.problems) == []
    assert [bucket.total for bucket in read.buckets.values()] == [5000]


def test_a_flow_adds_up_its_year_whatever_the_days_and_judges_the_latest_full_year(tmp_path, write, run):
    """Two counties on different days of 2022 (400 + 450 = 850); a mid-2023 figure (250) is part of
    a year: 2022's 850 is judged, and the tool says so."""
    plan = plan_file(tmp_path, "output")
    read = observations(plan, write, "指标,日期,数值,县区\n产值,2022-12-20,400,甲县\n产值,2022-12-31,450,乙县\n"
                                     "产值,2023-06-30,250,甲县\n")
    evaluation = evaluate(plan, read.buckets, dt.date(2023, 6, 30))
    assert evaluation.indicators[0].achieved == 850
    assert said(evaluation.notices) == ["output has a figure to 2023-06-30, part of a year only; the latest full "
                                        "year's (2022) is judged"]


def test_a_target_reached_but_not_passed_is_behind_when_the_period_is_over():
    s = standing("rd", NAME, LEVEL, Fraction(13, 10), baseline=Fraction(78, 100), level=Fraction(13, 10), when=END,
                 qualifier="above")
    assert s.status == "behind"


def test_a_share_typed_into_a_percentage_cell_is_asked_about(tmp_path, write):
    """Excel stores 0.83% typed in a percentage-formatted cell as 0.0083."""
    plan = plan_file(tmp_path, "rd")
    read = observations(plan, write, "指标,年份,数值\n研发强度,2021,0.0083\n")
    notices = said(evaluate(plan, read.buckets, dt.date(2021, 12, 31)).notices)
    assert notices == ["rd is 0.0083 %, less than a fiftieth of its target or baseline: was it typed into a cell "
                       "formatted as a percentage (Excel stores 0.83% as 0.0083)? write 0.83"]


def test_an_old_level_judged_at_a_later_date_is_said_to_be_old(run):
    result = run("status", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023")
    assert ("high-tech-enterprises's latest figure is from 2021-12-31; it is judged against the schedule at "
            "2022-12-31: add a newer figure if there is one") in result.stderr


@pytest.mark.parametrize("above, decrease, aspirational, zh", [
    (True, False, True, "指标（力争突破）"),
    (True, True, False, "指标（须降至目标以下）"),
    (False, True, False, "指标（越低越好）"),
    (True, False, False, "指标（突破）"),
])
def test_marks_beside_a_name_are_said_together(above, decrease, aspirational, zh):
    from baise11155.present.words import marked_name

    assert marked_name("指标", "zh", part_of=False, above=above, decrease=decrease, aspirational=aspirational) == zh
    plain_part = marked_name("指标", "zh", part_of=True, above=False, decrease=False, aspirational=False)
    assert plain_part == "其中：指标"


# --- found by reading the change once more --------------------------------------------------

def test_a_years_target_of_0_and_a_growth_over_days_are_figures_not_tracebacks(tmp_path, write, run):
    plan_path = tmp_path / "plan.yaml"
    plan_path.write_text(PLAN.format(indicators=INDICATORS["money"].replace("target: 2000}", "target: 2000,\n"
                                                                            "     milestones: {2021: 0, 2022: 1000}}")
                                     + "\n  - {id: rd, name: {zh: 研发经费, en: R&D}, unit: {zh: '%', en: '%'}, kind: growth,"
                                       " target: 22,\n     baseline: {date: 2020-12-31, value: 100}}"), encoding="utf-8")
    progress = write("指标,日期,数值\n技术合同成交额,2021-06-30,5\n研发经费,2021-01-02,900\n")
    result = run("status", progress, "--targets", plan_path, "--as-of", "2021-06-30", "-f", "json")
    assert result.exit_code == 0, result.stderr
    money, rd = result.json()["indicators"]
    assert money["milestone"]["target"] == 0 and money["milestone"]["completion"] is None
    assert rd["status"] == "unjudged"  # two days after the baseline: no rate yet
    outlook = run("outlook", progress, "--targets", plan_path, "--as-of", "2021-06-30", "--measure", "all", "-f", "json")
    assert outlook.exit_code == 0, outlook.stderr


def test_a_stock_of_unknown_baseline_cannot_count_towards_a_regional_increase(tmp_path):
    text = (ROOT / "data" / "targets.yaml").read_text(encoding="utf-8").replace(
        "baseline: {date: 2017-12-31, value: 29}", "baseline: unknown")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    from baise11155.model.notices import TargetsError

    with pytest.raises(TargetsError) as caught:
        load_plan(str(path))
    assert said(caught.value.problems) == [f"{path}: indicators[3].baseline: the region counts new additions above "
                                           "the baseline: it must be known"]


def test_explain_takes_the_whole_citys_level_as_status_does(run, write):
    path = write("指标,年份,数量,县区\n保有高新技术企业,2019,45,全市\n保有高新技术企业,2019,20,右江区\n"
                 "保有高新技术企业,2019,22,田阳区\n")
    trail = run("explain", path, "-i", "high-tech-enterprises", "-f", "json").json()
    assert [row["value"] for row in trail["rows"]] == [45] and trail["achieved"] == 45
    assert sorted(row["value"] for row in trail["left_out"]) == [20, 22]


def test_counties_in_decimals_add_up_exactly(tmp_path, write, run):
    plan_path = tmp_path / "plan.yaml"
    plan_path.write_text(PLAN.format(indicators=INDICATORS["money"]), encoding="utf-8")
    progress = write("指标,年份,数值,县区\n技术合同成交额,2021,0.1,甲县\n技术合同成交额,2021,0.2,乙县\n技术合同成交额,2021,0.3,丙县\n")
    table = run("status", progress, "--targets", plan_path, "--by", "county").stdout
    assert "add up to" not in table


def test_a_figure_short_of_its_target_is_not_shown_as_the_target(tmp_path, write, run):
    """R&D intensity 1.296 % against 1.3 %: "1.3" in the table would contradict its status."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(indicators=INDICATORS["rd"]), encoding="utf-8")
    table = run("status", write("指标,年份,数值\n研发强度,2023,1.296\n"), "--targets", plan, "-f", "plain").stdout
    assert " 1.296 " in table
    from baise11155.present.numbers import figure

    assert [figure(x) for x in (1.296, 0.0083, 8529.27, 45.0, 12345.0)] == ["1.296", "0.0083", "8529.27", "45", "12,345"]
