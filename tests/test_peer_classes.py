"""The peer measures' held-out classes, each on a real series, run through the whole tool: a plan
with the indicator, a progress file with its published yearly figures, `outlook --measure`.

The series and sdg-build 2.4.0's published components are the ones in
tests/data/open-sdg-2.4.0-statcan.json (Statistics Canada's Open SDG repositories; see
test_open_sdg.py). Each plan's base year is the sdg-build configuration's, given as the baseline's
date only (the files give its value, or do not); its period ends in the configured target year.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = {case["id"]: case for case in json.loads(
    (Path(__file__).parent / "data" / "open-sdg-2.4.0-statcan.json").read_text(encoding="utf-8"))}

PLAN = """\
schema: 1
plan:
  id: peer
  name: {{zh: 测试, en: Test}}
  project: {{zh: 测试, en: Test}}
  area: {{zh: 加拿大, en: Canada}}
  period: {{start: {start}-01-01, end: {end}-12-31}}
indicators:
  - id: x
    name: {{zh: 指标, en: Indicator}}
    unit: {{zh: "%", en: "%"}}
    kind: level
    direction: {direction}
{extra}    baseline: {{date: {base}}}
"""


def _files(tmp_path, case_id: str, *, from_base: bool = True):
    """The case's plan and progress file (its figures from the base year on, as a plan's files
    would give them, or all of them)."""
    option = CASES[case_id]["options"][0]
    config = option["config"]
    base, end = config.get("base_year", 2015), config.get("target_year", 2030)
    extra = "".join(f"    {key}: {config[key]}\n" for key in ("target", "limit") if key in config)
    direction = "increase" if config.get("direction") == "positive" else "decrease"
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(start=base + 1, end=end, direction=direction, extra=extra, base=base), encoding="utf-8")
    progress = tmp_path / "progress.csv"
    rows = "".join(f"x,{year}-12-31,{value}\n" for year, value in option["series"] if year >= base or not from_base)
    progress.write_text("indicator,date,value\n" + rows, encoding="utf-8")
    return plan, progress, option["expected"]


def _measures(run, plan, progress) -> dict:
    result = run("outlook", progress, "--targets", plan, "--measure", "all", "-f", "json")
    assert result.exit_code == 0, result.stderr
    return result.json()["indicators"][0]["outlook"]["measures"]


def _as_published(found: dict, expected: dict) -> None:
    assert found["status"] == expected["status"]
    assert found["base_year"] == expected["base_year"] and found["current_year"] == expected["current_year"]
    for mine, theirs in (("value", "progress_value"), ("score", "score")):
        if expected[theirs] is None:
            assert found[mine] is None
        else:
            assert found[mine] == pytest.approx(expected[theirs], abs=1e-12, rel=0)


@pytest.mark.parametrize("case_id", ["cif/6-6-1", "cif/1-2-1", "cif/11-2-1"])
def test_a_base_year_without_data_takes_the_first_later_year(run, tmp_path, case_id):
    """cif/6-6-1: water quality, base year 2015 configured, data from 2016: sdg-build's base is
    2016 (77.0), current 2024 (77.7), target 100 in 2040: limited progress, score −2.069. The plan's
    baseline date is 2015 with no figure then; the tool used to say `not_applicable`."""
    plan, progress, expected = _files(tmp_path, case_id)
    _as_published(_measures(run, plan, progress)["open-sdg"], expected)


def test_the_base_year_is_the_plans_where_it_gives_no_baseline_date(run, tmp_path):
    """A baseline not published (`unknown`): the base year is the year before the period, 2015,
    and with data from 2016 on the first of them is the base, as above."""
    plan, progress, expected = _files(tmp_path, "cif/6-6-1")
    plan.write_text(plan.read_text(encoding="utf-8").replace("baseline: {date: 2015}", "baseline: unknown"),
                    encoding="utf-8")
    _as_published(_measures(run, plan, progress)["open-sdg"], expected)


def test_a_single_data_point_is_not_available(run, tmp_path):
    """cif/3-2-1: one figure (2019, 13.2) against 10 by 2025: sdg-build publishes `not_available`
    with base and current year 2019, no value and no score."""
    plan, progress, expected = _files(tmp_path, "cif/3-2-1")
    found = _measures(run, plan, progress)
    _as_published(found["open-sdg"], expected)
    assert found["open-sdg"]["status"] == "not_available"
    # Eurostat's method starts from the base year's own figure: none here, said so
    assert found["eurostat"] == {"category": "not_applicable", "reason": "no_baseline"}


@pytest.mark.parametrize("case_id", ["gif/3-3-1", "gif/2-b-1"])
def test_a_zero_target_lower_is_better_is_measured_with_0_001(run, tmp_path, case_id):
    """gif/3-3-1: new HIV infections per 1,000, target 0 by 2030: sdg-build replaces 0 by 0.001;
    base 0.052 (2015), current 0.048 (2022): progress value 0.0491, limited progress, score −2.295.
    gif/2-b-1 reaches 0 itself: target achieved. The plan used to be refused ("must be greater
    than 0")."""
    plan, progress, expected = _files(tmp_path, case_id)
    found = _measures(run, plan, progress)
    _as_published(found["open-sdg"], expected)
    # Eurostat's growth rates need figures above 0: not applicable, said so
    assert found["eurostat"]["category"] == "not_applicable"


def test_a_zero_target_is_judged_by_the_way_down_not_a_completion_rate(run, tmp_path):
    """Target 0, baseline 0.052, now 0.048: 0 ÷ 0.048 is no completion rate; the way down is
    (0.052 − 0.048) ÷ 0.052 = 7.69 % of it in 7 of 15 years (46.7 %): more than 20 points behind."""
    plan, progress, _ = _files(tmp_path, "gif/3-3-1")
    found = run("status", progress, "--targets", plan, "-f", "json").json()["indicators"][0]
    assert found["target"] == 0 and found["completion"] is None
    assert found["progress"] == pytest.approx(0.004 / 0.052)
    assert found["status"] == "far_behind"
    outlook = run("outlook", progress, "--targets", plan, "-f", "json").json()["indicators"][0]["outlook"]
    assert outlook["projected_completion"] is None and outlook["verdict"] == "unlikely"
    # 0.004 down in 7 of 15 years projects to 0.052 − 0.004 × 15 ÷ 7 = 0.04343
    assert outlook["projected"] == pytest.approx(0.052 - 0.004 * 15 / 7)


def test_a_zero_target_is_only_for_lower_is_better(run, tmp_path):
    plan, progress, _ = _files(tmp_path, "gif/3-3-1")
    plan.write_text(plan.read_text(encoding="utf-8").replace("direction: decrease", "direction: increase"),
                    encoding="utf-8")
    result = run("status", progress, "--targets", plan)
    assert result.exit_code == 1
    assert "indicators[0].target: must be greater than 0, found 0 (only a lower-is-better indicator" in result.stderr


def test_eurostat_computes_its_ratio_where_the_base_is_beyond_the_target(run, tmp_path):
    """gif/3-1-1: maternal mortality 7.05 per 100,000 in 2015 against a target of 70 (lower is
    better): the base is already far beyond it. Eurostat's ratio is still computed: observed
    (12.58 ÷ 7.05)^(1/9) − 1 = 6.646 % a year, required (70 ÷ 7.05)^(1/15) − 1 = 16.536 %, ratio
    0.4019 (sdg-build publishes −0.4019, its sign for direction). It means: the figure falls back
    towards the target at 40 % of the pace that would just reach it by 2030 — the target holds."""
    plan, progress, expected = _files(tmp_path, "gif/3-1-1")
    found = _measures(run, plan, progress)
    eurostat = found["eurostat"]
    observed, required = (12.58 / 7.05) ** (1 / 9) - 1, (70 / 7.05) ** (1 / 15) - 1
    assert eurostat["category"] == "beyond_target_at_base" and eurostat["meaning"] == "holds"
    assert eurostat["observed_growth"] == pytest.approx(observed) and eurostat["required_growth"] == pytest.approx(required)
    assert eurostat["ratio"] == pytest.approx(observed / required) == pytest.approx(-expected["progress_value"])
    _as_published(found["open-sdg"], expected)
    table = run("outlook", progress, "--targets", plan, "--measure", "eurostat", "--lang", "zh").stdout
    assert "eurostat：基期已优于目标（实际年均增速6.6%，所需年均增速16.5%，比值0.4019，含义：比值不超过1，按此趋势期末仍优于目标）" \
        in table


def test_beyond_the_target_and_falling_back_past_it_by_hand(run, tmp_path):
    """Higher is better, 120 at the base (2020) against a target of 100 by 2025, 105 in 2022:
    observed (105/120)^(1/2) − 1 = −6.46 %, required (100/120)^(1/5) − 1 = −3.58 %: ratio 1.8037,
    above 1 — on this trend the figure is below 100 before 2025."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(start=2021, end=2025, direction="increase", extra="    target: 100\n", base=2020),
                    encoding="utf-8")
    progress = tmp_path / "progress.csv"
    progress.write_text("indicator,date,value\nx,2020-12-31,120\nx,2022-12-31,105\n", encoding="utf-8")
    eurostat = _measures(run, plan, progress)["eurostat"]
    observed, required = (105 / 120) ** 0.5 - 1, (100 / 120) ** 0.2 - 1
    assert eurostat["ratio"] == pytest.approx(observed / required) and eurostat["ratio"] == pytest.approx(1.8037, abs=1e-4)
    assert eurostat["category"] == "beyond_target_at_base" and eurostat["meaning"] == "crosses"
