"""Indicators watched without a target (监测指标), a natural limit for Open SDG's measure, and a
baseline given by its date only (its value from the progress files): each by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import textwrap

import pytest

from baise11155.calc.measures import eurostat, open_sdg
from baise11155.present.words import label
from baise11155.read.targets_file import TargetsError, load_plan

PLAN = """\
schema: 1
plan:
  id: test-monitored
  name: {zh: 测试计划, en: Test plan}
  project: {zh: 测试, en: Test}
  area: {zh: 测试市, en: Testcity}
  period: {start: 2021-01-01, end: 2025-12-31}
indicators:
  - id: patents
    name: {zh: 发明专利授权量, en: Invention patents granted}
    unit: {zh: 件, en: patents}
    kind: count
  - id: internet
    name: {zh: 互联网普及率, en: Internet penetration}
    unit: {zh: "%", en: "%"}
    kind: level
    limit: 100
    baseline: {date: 2015}
  - id: rd
    name: {zh: 研发投入强度, en: R&D intensity}
    unit: {zh: "%", en: "%"}
    kind: level
    target: 2.0
    baseline: {date: 2020-12-31}
  - id: firms
    name: {zh: 高新技术企业, en: High-tech enterprises}
    unit: {zh: 家, en: enterprises}
    kind: stock
    target: 100
    baseline: {date: 2020-12-31}
"""

PROGRESS = """\
indicator,date,value
patents,2021-06-30,12
patents,2022-12-31,30
internet,2014-12-31,40
internet,2015-12-31,50
internet,2021-12-31,60
internet,2022-12-31,64
rd,2020-12-31,1.2
rd,2021-12-31,1.4
rd,2022-12-31,1.5
firms,2022-12-31,80
"""


@pytest.fixture
def files(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    progress = tmp_path / "p.csv"
    progress.write_text(PROGRESS, encoding="utf-8")
    return plan, progress


def _json(run, *args):
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return {i["id"]: i for i in result.json()["indicators"]}, result.stderr


def test_the_plan_keys(files):
    plan = load_plan(files[0])
    patents, internet, rd, firms = plan.indicators
    assert patents.monitored and patents.target is None and internet.monitored
    assert internet.limit == 100 and internet.baseline is None
    assert internet.baseline_on == dt.date(2015, 12, 31)  # a year alone is its 31 December
    assert rd.baseline_on == dt.date(2020, 12, 31) and not rd.monitored
    assert plan.code is None  # no code style: and a monitored one never enters a code


@pytest.mark.parametrize("extra, message", [
    ("    breakdown: [{id: a, name: {zh: 甲, en: a}, target: 1}]", "indicators[0].breakdown: an indicator without a "
                                                                     "target (monitored only) takes no breakdown"),
    ("    milestones: {2021: 3}", "takes no milestones"),
    ("    aspirational: true", "takes no aspirational"),
    ("    limit: 100", "a natural limit bounds a level; a count has none"),
])
def test_what_a_monitored_indicator_cannot_take(tmp_path, extra, message):
    text = PLAN.replace("    kind: count\n", "    kind: count\n" + extra + "\n", 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TargetsError) as error:
        load_plan(path)
    assert any(message in str(p) for p in error.value.problems), error.value.problems


@pytest.mark.parametrize("baseline, message", [
    ("{date: 2021-01-01}", "is not before the period starts"),
    ("{date: twenty}", "expected a date"),
    ("{date: 2020-12-31, sauce: x}", "unknown key 'sauce'"),
])
def test_a_baseline_date_is_checked(tmp_path, baseline, message):
    text = PLAN.replace("baseline: {date: 2020-12-31}\n", f"baseline: {baseline}\n", 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TargetsError) as error:
        load_plan(path)
    assert any(message in str(p) for p in error.value.problems), error.value.problems


def test_a_limit_must_be_above_zero(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("limit: 100", "limit: 0"), encoding="utf-8")
    with pytest.raises(TargetsError, match="limit"):
        load_plan(path)


def test_status_by_hand(run, files):
    plan, progress = files
    found, stderr = _json(run, "status", progress, "--targets", plan)
    # a count watched: 12 + 30, nothing to judge it by
    patents = found["patents"]
    assert patents["achieved"] == 42 and patents["status"] == "monitored" and patents["target"] is None
    assert patents["completion"] is None and patents["gap"] is None and patents["expected"] is None
    assert patents["schedule"] == "none"
    # a level watched: its baseline is the files' 2015 level (the 2014 row is before the baseline's year)
    internet = found["internet"]
    assert internet["baseline"] == 50 and internet["achieved"] == 64 and internet["status"] == "monitored"
    # a target with its baseline from the files: (1.5 − 1.2) ÷ (2 − 1.2) = 37.5 % of the way, 24 of
    # 60 months gone (40 %): behind by 2.5 points
    rd = found["rd"]
    assert rd["baseline"] == 1.2 and rd["progress"] == pytest.approx(0.3 / 0.8)
    assert rd["deviation"] == pytest.approx((0.375 - 24 / 60) * 100) and rd["status"] == "behind"
    # no file gives the stock's 2020 level: completion told, pace not judged, and a warning says why
    firms = found["firms"]
    assert firms["baseline"] is None and firms["completion"] == 0.8 and firms["status"] == "unjudged"
    assert "firms's baseline is its level on 2020-12-31, taken from the progress files, and none gives it" in stderr
    table = run("status", progress, "--targets", plan, "--lang", "zh")
    assert "共4项指标，1项滞后，1项暂不评价（基数不详），2项为监测指标（无目标）" in table.stdout


def test_gaps_put_the_monitored_last_and_the_report_draws_no_bar(run, files, tmp_path):
    plan, progress = files
    result = run("gaps", progress, "--targets", plan, "--sort", "shortfall", "-f", "csv")
    order = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert order[-2:] == ["Invention patents granted", "Internet penetration"], order
    page = tmp_path / "r.html"
    assert run("report", progress, "--targets", plan, "-o", page).exit_code == 0
    html = page.read_text(encoding="utf-8")
    monitored = label("monitored", "en")
    assert f"2 {monitored}" in html  # (the overall counts: both have no target)
    said = html[html.index(">2.", html.index("2. Each indicator")):]  # the indicators, one by one
    patents = said[said.index("Invention patents granted"):said.index("Internet penetration")]
    assert "<svg" not in patents and "42" in patents
    table = html[html.index("Table 1."):]
    assert 'data-value="42"' in table[table.index("Invention patents granted"):table.index("Internet penetration")]


def test_outlook_and_the_measures_by_hand(run, files):
    plan, progress = files
    found, _ = _json(run, "outlook", progress, "--targets", plan, "--measure", "all")
    # 42 patents in 24 of 60 months: 42 ÷ 2 = 21 a year, ending at 42 × 60 ÷ 24 = 105
    o = found["patents"]["outlook"]
    assert o["verdict"] == "monitored" and o["observed_pace"] == pytest.approx(42 / 2)
    assert o["projected"] == pytest.approx(42 * 60 / 24) and o["projected_completion"] is None
    assert o["required_pace"] is None and o["pace_ratio"] is None
    # Open SDG without a target: the growth from 2015 (50) to 2022 (64), against 1.5 % a year scaled
    # by the limit's coefficient 1 − 0.5^4.44
    sdg = found["internet"]["outlook"]["measures"]["open-sdg"]
    growth = (64 / 50) ** (1 / 7) - 1
    assert sdg["base_year"] == 2015 and sdg["current_year"] == 2022 and sdg["value"] == pytest.approx(growth)
    assert sdg["status"] == "substantial_progress" and sdg["score"] == 5
    assert found["internet"]["outlook"]["measures"]["eurostat"] == {"category": "not_applicable", "reason": "no_target"}


def test_the_limit_moves_the_thresholds_by_hand():
    """Base 90 % near a limit of 100 %, 92 % seven years on: growth (92/90)^(1/7) − 1 = 0.315 % a
    year. Without a limit that is below 0.5 %: limited progress, score 500 × g − 2.5. Near the limit
    the coefficient 1 − 0.9^4.44 = 0.3736 lowers the thresholds to 0.56 % and 0.19 %: moderate
    progress, score 250 × g ÷ 0.3736 − 1.25 (sdg-build 2.4.0, `ProgressMeasure.py`)."""
    from baise11155.calc.evaluate import standing
    from baise11155.model.kinds import LEVEL
    from baise11155.model.plan import Names

    when = dt.date(2022, 12, 31)
    s = dataclasses.replace(standing("i", Names("i", "i"), LEVEL, None, baseline=90, level=92, when=_schedule()),
        baseline_date=dt.date(2015, 12, 31), level_date=when, series=((2015, 90), (2022, 92)))
    growth = (92 / 90) ** (1 / 7) - 1
    coefficient = 1 - 0.9 ** 4.44
    assert coefficient == pytest.approx(0.37362, abs=1e-5)
    bare, limited = open_sdg(s, dt.date(2025, 12, 31)), open_sdg(s, dt.date(2025, 12, 31), 100)
    assert bare.category == "limited_progress" and bare.values["score"] == pytest.approx(500 * growth - 2.5)
    assert limited.category == "moderate_progress"
    assert limited.values["score"] == pytest.approx(250 * growth / coefficient - 1.25)
    assert math.isclose(limited.values["value"], growth)
    assert eurostat(s, dt.date(2025, 12, 31)).values == {"reason": "no_target"}


def _schedule():
    """2021-01-01 to 2025-12-31 at the end of 2022: 730 of 1826 days gone, 1096 left."""
    from baise11155.calc.evaluate import Schedule

    return Schedule(dt.date(2022, 12, 31), 730, 1826, 1096, dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def test_explain_and_targets_say_what_is_monitored(run, files):
    plan, progress = files
    explained = run("explain", progress, "-i", "patents", "--targets", plan, "--lang", "zh").stdout
    assert "监测指标，无目标" in explained and "12 + 30 = 42" in explained
    targets = run("targets", "--targets", plan, "-f", "json").json()["indicators"]
    assert targets[0]["target"] is None
    assert targets[1]["baseline"] == {"date": "2015-12-31", "value": None} and targets[1]["limit"] == 100
    assert "基数取进度文件中2015年12月31日的数值" in run("targets", "--targets", plan, "--lang", "zh").stdout


def test_the_schema_doc_shows_each_key():
    from conftest import ROOT

    doc = (ROOT / "docs" / "targets-schema.md").read_text(encoding="utf-8")
    for key in ("limit: 100", "baseline: {date: 2015-12-31}", "no `target`: monitored only"):
        assert key in textwrap.dedent(doc), key


BASE_YEAR_PLAN = PLAN.replace("""    target: 2.0
    baseline: {date: 2020-12-31}""", """    target: 2.0
    baseline: {date: 2015}""")


def test_a_baseline_years_before_the_period_is_paced_from_its_own_date(run, tmp_path, write):
    """R&D intensity from 1.0 (2015) to 2.0 by 2025-12-31, 1.6 in 2022: the schedule runs from
    2016-01-01, 84 of 120 months gone (70 %), so 60 % of the way is 10 points behind (expected
    1.7), not 20 ahead of the period's 40 %; the pace is 0.6 in 84 months (7 years), projected to
    1 + 0.6 × 120 ÷ 84 = 1.857 (92.9 %): at risk, not likely. A level watched the same way:
    internet 50 → 64 in seven years is 2.0 a year, not 7."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(BASE_YEAR_PLAN, encoding="utf-8")
    progress = write(PROGRESS.replace("rd,2020-12-31,1.2\n", "rd,2015-12-31,1.0\nrd,2020-12-31,1.5\n")
                     .replace("rd,2021-12-31,1.4\nrd,2022-12-31,1.5\n", "rd,2022-12-31,1.6\n"))
    found, stderr = _json(run, "status", progress, "--targets", plan)
    rd = found["rd"]
    assert rd["baseline"] == 1 and rd["achieved"] == 1.6 and rd["status"] == "behind"
    assert rd["expected"] == pytest.approx(1 + 84 / 120) and rd["deviation"] == pytest.approx((0.6 - 84 / 120) * 100)
    assert "rd's baseline is of 2015-12-31, before the period: its schedule runs from then (70.0% gone)" in stderr
    outlooks, _ = _json(run, "outlook", progress, "--targets", plan)
    o = outlooks["rd"]["outlook"]
    assert o["observed_pace"] == pytest.approx(0.6 / 7)
    assert o["projected"] == pytest.approx(1 + 0.6 * 120 / 84) and o["verdict"] == "at_risk"
    internet = outlooks["internet"]["outlook"]
    assert internet["observed_pace"] == pytest.approx(14 / 7) == 2.0
    assert internet["projected"] == pytest.approx(50 + 14 * 120 / 84)


def test_a_baseline_from_the_files_already_at_the_target_is_said(run, files, write):
    plan, _ = files
    progress = write("indicator,date,value\nfirms,2020-12-31,120\nfirms,2022-12-31,90\n")
    found, stderr = _json(run, "status", progress, "--targets", plan)
    assert found["firms"]["status"] == "unjudged"
    assert "firms's baseline from the progress files, 120, already reaches its target of 100" in stderr
    assert "none gives it" not in stderr  # indicators without rows are not asked for their baseline


def test_a_rise_watched_without_its_baseline_is_still_watched(run, tmp_path, write):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN + """  - id: share
    name: {zh: 占比提升, en: Share rise}
    unit: {zh: 百分点, en: pp}
    value_unit: {zh: "%", en: "%"}
    kind: change_pp
    baseline: unknown
""", encoding="utf-8")
    found, _ = _json(run, "status", write("indicator,date,value\nshare,2022-12-31,11\n"), "--targets", plan)
    assert found["share"]["status"] == "monitored" and found["share"]["achieved"] is None
    assert found["share"]["level"] == 11


def test_a_yearly_figures_baseline_date_is_a_years_end(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN + """  - id: output
    name: {zh: 产值, en: Output}
    unit: {zh: 亿元, en: 100 million yuan}
    kind: flow
    baseline: {date: 2020-06-30}
""", encoding="utf-8")
    with pytest.raises(TargetsError, match="a yearly figure's baseline is a whole year's: date it 2020-12-31"):
        load_plan(path)


def test_the_template_takes_years_from_the_earliest_baseline(run, files, tmp_path):
    from openpyxl import load_workbook

    plan, _ = files
    out = tmp_path / "t.xlsx"
    assert run("template", out, "--targets", plan).exit_code == 0
    years = [v for v in load_workbook(out).worksheets[0].data_validations.dataValidation if v.type == "whole"][0]
    assert (years.formula1, years.formula2) == ("2015", "2025")


def test_a_plan_of_watched_figures_has_no_code(tmp_path):
    path = tmp_path / "plan.yaml"
    text = PLAN.replace("  period:", "  code: digits\n  period:").replace("    target: 2.0\n", "").replace(
        "    target: 100\n", "")
    path.write_text(text, encoding="utf-8")
    assert load_plan(path).code is None
