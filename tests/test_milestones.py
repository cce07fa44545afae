"""Annual milestones (年度目标), against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from baise11155.calc.milestones import planned, year_elapsed, year_targets

PLAN = """schema: 1
plan:
  id: test-milestones
  name: {{zh: 测试, en: Test}}
  project: {{zh: 工程, en: project}}
  area: {{zh: 某市, en: A city}}
  period: {{start: 2018-01-01, end: 2020-12-31}}
indicators:
  - id: tech
    name: {{zh: 突破重大技术, en: Technologies}}
    unit: {{zh: 项, en: items}}
    kind: count
    target: 10
    milestones: {tech}
  - id: hte
    name: {{zh: 保有高新技术企业, en: Enterprises held}}
    unit: {{zh: 家, en: enterprises}}
    kind: stock
    target: 50
    baseline: {{date: 2017-12-31, value: 29}}
    milestones: {hte}
"""


def test_the_share_of_a_year_gone_is_counted_by_months():
    assert year_elapsed(dt.date(2019, 11, 30)) == Fraction(11, 12)  # 91.7 %, as offices say it
    assert year_elapsed(dt.date(2019, 12, 31)) == 1
    assert year_elapsed(dt.date(2019, 6, 30)) == Fraction(1, 2)
    # completed months, as the period's 时间进度: mid-February is January's end, 1/12 (not 1.5/12)
    assert year_elapsed(dt.date(2019, 2, 14)) == Fraction(1, 12)
    assert year_elapsed(dt.date(2020, 2, 29)) == Fraction(2, 12)  # a leap February's last day completes it


def test_years_without_a_milestone():
    # a count: the years not given share what the given ones leave of the target, (10 - 2) / 2
    assert year_targets(((2018, 2),), 10, 2018, 2020, levels=False, start=0) == {2018: 2, 2019: 4, 2020: 4}
    # a level: on the straight line between its neighbours, 29 at the end of 2017 and 45 at the end of 2019
    assert year_targets(((2019, 45),), 50, 2018, 2020, levels=True, start=29) == {2018: 37, 2019: 45, 2020: 50}


def test_the_schedule_milestones_set():
    # a count at 2019-11-30: 2 (2018) + 4 × 11/12 (2019) = 5 2/3
    assert planned(((2018, 2), (2019, 4)), 10, 2018, 2020, levels=False, start=0,
                   as_of=dt.date(2019, 11, 30)) == 2 + Fraction(44, 12)
    # a stock at 2019-06-30: from 41 (end of 2018) half the way to 45 = 43
    assert planned(((2018, 41), (2019, 45)), 50, 2018, 2020, levels=True, start=29, as_of=dt.date(2019, 6, 30)) == 43
    # before the period nothing is due; after it, all of it
    assert planned(((2018, 2),), 10, 2018, 2020, levels=False, start=0, as_of=dt.date(2017, 6, 30)) == 0
    assert planned(((2018, 2),), 10, 2018, 2020, levels=False, start=0, as_of=dt.date(2021, 6, 30)) == 10


def write_plan(tmp_path, tech: str, hte: str):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(tech=tech, hte=hte), encoding="utf-8")
    return path


def test_status_follows_the_milestones_and_shows_the_years_own(run, write, tmp_path):
    """At 2019-11-30: technologies 3 (2018) + 2 (2019) = 5 against 2 + 4 × 11/12 = 5.67 due:
    behind, where the straight line (10 × 1064/1096 = 9.7) would say far behind; 2019 alone: 2 of 4,
    50 %, behind 3.67 due. Enterprises 44 held against 41 + (45 − 41) × 11/12 = 44.67: behind;
    2019: 44 of 45 (97.8 %)."""
    plan = write_plan(tmp_path, "{2018: 2, 2019: 4}", "{2018: 41, 2019: 45}")
    progress = write("指标,年份,日期,数量\n突破重大技术,2018,,3\n突破重大技术,,2019-06-30,2\n"
                     "保有高新技术企业,,2019-11-30,44\n")
    document = run("status", progress, "--targets", plan, "--as-of", "2019-11-30", "-f", "json").json()
    tech, hte = document["indicators"]
    assert tech["schedule"] == "milestones" and tech["expected"] == pytest.approx(2 + 4 * 11 / 12)
    assert tech["status"] == "behind"
    assert tech["deviation"] == pytest.approx((5 - (2 + 4 * 11 / 12)) / 10 * 100)
    assert tech["milestone"] == {"year": 2019, "target": 4, "achieved": 2, "completion": 0.5,
                                 "elapsed": pytest.approx(11 / 12), "status": "behind"}
    assert hte["expected"] == pytest.approx(41 + 4 * 11 / 12) and hte["status"] == "behind"
    assert hte["milestone"]["achieved"] == 44 and hte["milestone"]["completion"] == pytest.approx(44 / 45)
    table = run("status", progress, "--targets", plan, "--as-of", "2019-11-30", "--lang", "zh").stdout
    assert "年度目标为2019年的；年度序时进度91.7%（按月计）" in table
    assert "年度目标" in table and "年度状态" in table


def test_a_stock_ahead_of_its_milestones_is_on_track(run, write, tmp_path):
    """At 2019-06-30, 44 held against 43 due (41 + 4 × 6/12): on track, for the period and the year."""
    plan = write_plan(tmp_path, "{2018: 2}", "{2018: 41, 2019: 45}")
    progress = write("指标,日期,数量\n保有高新技术企业,2019-06-30,44\n")
    hte = run("status", progress, "--targets", plan, "--as-of", "2019-06-30", "-f", "json").json()["indicators"][1]
    assert hte["expected"] == 43 and hte["status"] == "on_track" and hte["milestone"]["status"] == "on_track"


def test_a_year_without_a_milestone_has_none_shown_and_the_linear_schedule_stays_where_there_are_none(
        run, write, tmp_path):
    plan = write_plan(tmp_path, "{2018: 2}", "{2018: 41}")
    progress = write("指标,年份,数量\n突破重大技术,2019,3\n")
    document = run("status", progress, "--targets", plan, "--as-of", "2019-12-31", "-f", "json").json()
    tech = document["indicators"][0]
    assert tech["schedule"] == "milestones" and "milestone" not in tech
    assert tech["expected"] == pytest.approx(2 + 4)  # 2019 takes (10 − 2) ÷ 2
    default = run("status", progress, "-f", "json").json()["indicators"][0]
    assert default["schedule"] == "linear" and "milestone" not in default


def test_validate_warns_of_milestones_short_of_the_target(run, write, tmp_path):
    plan = write_plan(tmp_path, "{2018: 2, 2019: 3, 2020: 4}", "{2018: 41, 2019: 45, 2020: 48}")
    progress = write("指标,年份,数量\n突破重大技术,2019,3\n")
    result = run("validate", progress, "--targets", plan)
    assert result.exit_code == 0
    assert f"warning: {plan}: indicators[0].milestones: the years' targets add up to 9, less than the target 10" \
        in result.stdout
    assert f"warning: {plan}: indicators[1].milestones: the last year's target 48 is not the target 50" in result.stdout
    outside = write_plan(tmp_path, "{2017: 2}", "{2018: 41}")
    result = run("validate", progress, "--targets", outside)
    assert result.exit_code == 1 and "indicators[0].milestones: 2017 is not a year of the period (2018-2020)" in (
        result.stderr)


def test_a_levels_year_starts_where_the_line_put_last_year(run, write, tmp_path):
    """Enterprises held with a milestone for 2019 only (45, from 29 at the end of 2017): the end of
    2018 lies on the line, at 37; at 2019-06-30, 41 is due (37 + 8 × 6/12): 42 is on track, for the
    year too."""
    plan = write_plan(tmp_path, "{2018: 0}", "{2019: 45}")  # a year's target may be 0
    progress = write("指标,日期,数量\n保有高新技术企业,2019-06-30,42\n")
    hte = run("status", progress, "--targets", plan, "--as-of", "2019-06-30", "-f", "json").json()["indicators"][1]
    assert hte["expected"] == 41 and hte["status"] == "on_track"
    assert hte["milestone"]["status"] == "on_track"


def test_explain_says_the_milestones_schedule(run, write, tmp_path):
    plan = write_plan(tmp_path, "{2018: 2, 2019: 4}", "{2018: 41}")
    progress = write("指标,年份,数量\n突破重大技术,2018,3\n")
    table = run("explain", progress, "--targets", plan, "-i", "tech", "--as-of", "2018-12-31").stdout
    assert "expected by now (by the milestones) = 2" in table
    assert "achieved 3 against 2 due by the milestones: on track" in table
