"""The outlook to the deadline and the published progress measures, by hand."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from conftest import example

from baise11155.calc.evaluate import Schedule, standing
from baise11155.calc.measures import eurostat
from baise11155.calc.outlook import outlook
from baise11155.model.kinds import COUNT, LEVEL, STOCK
from baise11155.model.plan import Names

NAME = Names("x", "x")
AT_2019 = Schedule(dt.date(2019, 12, 31), 730, 1096, 366, dt.date(2018, 1, 1), dt.date(2020, 12, 31))


def test_the_examples_figures():
    """Breakthroughs, 5 of 10 in 730 of 1096 days: a pace of 5 ÷ (730/365.25) = 2.50 a year, 5 still
    needed in 366/365.25 years = 4.99 a year, projected 5 × 1096/730 = 7.51 (75.1 %): short of
    80 % of the way, unlikely. Enterprises held, 29 → 45 of 50: (45 − 29) × 1096/730 + 29 = 53.0,
    likely."""
    tech = outlook(standing("tech", NAME, COUNT, 10, None, 5, AT_2019), AT_2019)
    assert tech.observed_pace == pytest.approx(5 / (730 / 365.25))
    assert tech.required_pace == pytest.approx(5 / (366 / 365.25))
    assert tech.projected == pytest.approx(5 * 1096 / 730) and tech.projected_completion == pytest.approx(0.7507, abs=1e-4)
    assert tech.pace_ratio == pytest.approx(tech.observed_pace / tech.required_pace)
    assert tech.verdict == "unlikely"
    held = outlook(standing("hte", NAME, STOCK, 50, 29, 45, AT_2019), AT_2019)
    assert held.projected == pytest.approx(29 + 16 * 1096 / 730) and held.verdict == "likely"


@pytest.mark.parametrize("achieved, verdict", [
    (10, "achieved"),  # met already
    (7, "likely"),  # 7 × 1096/730 = 10.5
    (6, "at_risk"),  # 9.0: 90 % of the way
    (5, "unlikely"),  # 7.5: 75 %
])
def test_every_verdict(achieved, verdict):
    assert outlook(standing("x", NAME, COUNT, 10, None, achieved, AT_2019), AT_2019).verdict == verdict


def test_nothing_to_project_from():
    assert outlook(standing("x", NAME, COUNT, 10, None, None, AT_2019), AT_2019).verdict == "not_available"
    unknown = standing("x", NAME, LEVEL, 120, None, 93, AT_2019)  # no baseline: no pace to project
    assert outlook(unknown, AT_2019).verdict == "not_available"


def test_lower_is_better_projects_downwards():
    """0.6 → 0.5: at 0.55 after two thirds of the time the projection is 0.6 − 0.05 × 1096/730 = 0.525, 75 % of the way:
    unlikely; completion 0.5 ÷ 0.525."""
    s = standing("e", NAME, LEVEL, Fraction(1, 2), Fraction(6, 10), Fraction(55, 100), AT_2019, direction="decrease")
    o = outlook(s, AT_2019)
    assert o.projected == pytest.approx(0.6 - 0.05 * 1096 / 730)
    assert o.projected_completion == pytest.approx(0.5 / (0.6 - 0.05 * 1096 / 730))
    assert o.verdict == "unlikely"


def test_eurostats_growth_ratio_by_hand():
    """Enterprises held 29 (2017) → 45 (2019), 50 by 2020: observed (45/29)^(1/2) − 1 = 24.57 % a year,
    required (50/29)^(1/3) − 1 = 19.90 %; ratio 1.234 ≥ 95 %: significant progress."""
    s = standing("hte", NAME, STOCK, 50, 29, 45, AT_2019).replace(
        baseline_date=dt.date(2017, 12, 31), level_date=dt.date(2019, 12, 31))
    result = eurostat(s, dt.date(2020, 12, 31))
    assert result.values["observed_growth"] == pytest.approx((45 / 29) ** 0.5 - 1)
    assert result.values["required_growth"] == pytest.approx((50 / 29) ** (1 / 3) - 1)
    assert result.category == "significant_progress"
    count = standing("tech", NAME, COUNT, 10, None, 5, AT_2019)
    assert eurostat(count, dt.date(2020, 12, 31)).values == {"reason": "counted_from_zero"}


def test_the_command(run):
    result = run("outlook", example("progress-2019.csv"), "--measure", "all", "-f", "json")
    assert result.exit_code == 0, result.stderr
    indicators = {i["id"]: i for i in result.json()["indicators"]}
    tech = indicators["breakthroughs"]["outlook"]
    assert tech["verdict"] == "unlikely" and tech["projected"] == pytest.approx(5 * 1096 / 730)
    assert tech["measures"]["open-sdg"] == {"reason": "counted_from_zero", "status": "not_applicable"}
    held = indicators["high-tech-enterprises"]["outlook"]["measures"]
    assert held["open-sdg"]["status"] == "substantial_progress"
    assert held["open-sdg"]["value"] == pytest.approx(((45 / 29) ** 0.5 - 1) / ((50 / 29) ** (1 / 3) - 1))
    assert held["eurostat"]["category"] == "significant_progress"
    assert "outlook" in indicators["breakthroughs"]["categories"][0]
    table = run("outlook", example("progress-2019.csv"), "--lang", "zh").stdout
    assert "期末研判" in table and "难以完成" in table and "有望完成" in table
