"""The outlook to the deadline and the published progress measures, by hand."""

from __future__ import annotations

import dataclasses
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
    tech = outlook(standing("tech", NAME, COUNT, 10, baseline=None, level=5, when=AT_2019), AT_2019)
    assert tech.observed_pace == pytest.approx(5 / (730 / 365.25))
    assert tech.required_pace == pytest.approx(5 / (366 / 365.25))
    assert tech.projected == pytest.approx(5 * 1096 / 730) and tech.projected_completion == pytest.approx(0.7507, abs=1e-4)
    assert tech.pace_ratio == pytest.approx(tech.observed_pace / tech.required_pace)
    assert tech.verdict == "unlikely"
    held = outlook(standing("hte", NAME, STOCK, 50, baseline=29, level=45, when=AT_2019), AT_2019)
    assert held.projected == pytest.approx(29 + 16 * 1096 / 730) and held.verdict == "likely"


@pytest.mark.parametrize("achieved, verdict", [
    (10, "achieved"),  # met already
    (7, "likely"),  # 7 × 1096/730 = 10.5
    (6, "at_risk"),  # 9.0: 90 % of the way
    (5, "unlikely"),  # 7.5: 75 %
])
def test_every_verdict(achieved, verdict):
    assert outlook(standing("x", NAME, COUNT, 10, baseline=None, level=achieved,
                            when=AT_2019), AT_2019).verdict == verdict


def test_nothing_to_project_from():
    assert outlook(standing("x", NAME, COUNT, 10, baseline=None, level=None,
                            when=AT_2019), AT_2019).verdict == "not_available"
    unknown = standing("x", NAME, LEVEL, 120, baseline=None, level=93, when=AT_2019)  # no baseline: no pace to project
    assert outlook(unknown, AT_2019).verdict == "not_available"


def test_lower_is_better_projects_downwards():
    """0.6 → 0.5: at 0.55 after two thirds of the time the projection is 0.6 − 0.05 × 1096/730 = 0.525, 75 % of the way:
    unlikely; completion 0.5 ÷ 0.525."""
    s = standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(55, 100), when=AT_2019,
                 direction="decrease")
    o = outlook(s, AT_2019)
    assert o.projected == pytest.approx(0.6 - 0.05 * 1096 / 730)
    assert o.projected_completion == pytest.approx(0.5 / (0.6 - 0.05 * 1096 / 730))
    assert o.verdict == "unlikely"


def test_eurostats_growth_ratio_by_hand():
    """Enterprises held 29 (2017) → 45 (2019), 50 by 2020: observed (45/29)^(1/2) − 1 = 24.57 % a year,
    required (50/29)^(1/3) − 1 = 19.90 %; ratio 1.234 ≥ 95 %: significant progress."""
    s = dataclasses.replace(standing("hte", NAME, STOCK, 50, baseline=29, level=45, when=AT_2019),
        baseline_date=dt.date(2017, 12, 31), level_date=dt.date(2019, 12, 31))
    result = eurostat(s, dt.date(2020, 12, 31))
    assert result.values["observed_growth"] == pytest.approx((45 / 29) ** 0.5 - 1)
    assert result.values["required_growth"] == pytest.approx((50 / 29) ** (1 / 3) - 1)
    assert result.category == "significant_progress"
    count = standing("tech", NAME, COUNT, 10, baseline=None, level=5, when=AT_2019)
    assert eurostat(count, dt.date(2020, 12, 31)).values == {"reason": "counted_from_zero"}


def test_the_command(run):
    result = run("outlook", example("progress-2019.csv"), "--measure", "all", "-f", "json")
    assert result.exit_code == 0, result.stderr
    indicators = {i["id"]: i for i in result.json()["indicators"]}
    tech = indicators["breakthroughs"]["outlook"]
    assert tech["verdict"] == "unlikely" and tech["projected"] == pytest.approx(5 * 36 / 24)  # 24 of 36 months
    assert tech["measures"]["open-sdg"] == {"reason": "counted_from_zero", "status": "not_applicable"}
    held = indicators["high-tech-enterprises"]["outlook"]["measures"]
    assert held["open-sdg"]["status"] == "substantial_progress"
    assert held["open-sdg"]["value"] == pytest.approx(((45 / 29) ** 0.5 - 1) / ((50 / 29) ** (1 / 3) - 1))
    assert held["eurostat"]["category"] == "significant_progress"
    assert "outlook" in indicators["breakthroughs"]["categories"][0]
    table = run("outlook", example("progress-2019.csv"), "--lang", "zh").stdout
    assert "期末研判" in table and "难以完成" in table and "有望完成" in table


def test_after_the_deadline_a_target_not_met_is_missed_not_at_risk():
    end = Schedule(dt.date(2020, 12, 31), 1096, 1096, 0, dt.date(2018, 1, 1), dt.date(2020, 12, 31))
    assert outlook(standing("x", NAME, COUNT, 50, baseline=None, level=45, when=end), end).verdict == "unlikely"


def test_a_falling_value_has_a_pace_below_zero():
    """Energy use 0.6 → 0.9 against a target of 0.5 is moving away: −0.3 in two years is not 0.3."""
    worse = standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(9, 10), when=AT_2019,
                     direction="decrease")
    o = outlook(worse, AT_2019)
    assert o.observed_pace == pytest.approx(0.3 / (730 / 365.25)) and o.pace_ratio < 0 and o.verdict == "unlikely"
    better = standing("e", NAME, LEVEL, Fraction(1, 2), baseline=Fraction(6, 10), level=Fraction(55, 100),
                      when=AT_2019, direction="decrease")
    assert outlook(better, AT_2019).observed_pace == pytest.approx(-0.05 / (730 / 365.25))
    assert outlook(better, AT_2019).pace_ratio > 0


def test_a_day_of_data_projects_nothing():
    day_one = Schedule(dt.date(2018, 1, 1), 1, 1096, 1095, dt.date(2018, 1, 1), dt.date(2020, 12, 31))
    assert outlook(standing("x", NAME, COUNT, 10, baseline=None, level=1,
                            when=day_one), day_one).verdict == "not_available"


def test_a_level_measured_before_the_as_of_date_is_projected_from_its_own_date(run):
    """3312 enterprises at the end of 2021 from 2800: 512 in its own year, projected 2800 + 512 × 3 = 4336 ≥
    4200: likely (spread over two years to the end of 2022 it looked unlikely)."""
    document = run("outlook", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023",
                   "-f", "json").json()
    held = {i["id"]: i for i in document["indicators"]}["high-tech-enterprises"]["outlook"]
    assert held["observed_pace"] == pytest.approx(512 / (365 / 365.25))
    assert held["projected"] == pytest.approx(2800 + 512 * 1095 / 365) and held["verdict"] == "likely"


def test_the_table_counts_verdicts_and_says_the_measures_in_the_language(run):
    table = run("outlook", example("progress-2019.csv"), "--measure", "all", "--lang", "zh").stdout
    assert "研判：有望完成2项，存在风险1项，难以完成2项" in table
    assert "突破重大技术 · open-sdg：不适用（原因：累计数从零起算，增长率无定义）" in table
    assert "保有高新技术企业 · open-sdg：进展显著（基年2017" in table
    english = run("outlook", example("progress-2019.csv"), "--lang", "en").stdout
    assert "Outlook: likely 2, at risk 1, unlikely 2" in english
