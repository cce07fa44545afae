"""One vocabulary of statuses, and 时间进度 by months as offices count it: every figure by hand,
in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import yaml
from conftest import TARGETS, example

from baise11155.calc.evaluate import Schedule, completed_months, schedule, standing
from baise11155.model.kinds import COUNT, STOCK
from baise11155.model.plan import FAR_BEHIND_POINTS, Names
from baise11155.present.words import STATUS_KEYS, label, summary
from baise11155.read.targets_file import TargetsError, build_plan, load_plan

PLAN = load_plan(str(TARGETS))
NAME = Names("测试", "test")


# --- 时间进度 by months ------------------------------------------------------------------------

@pytest.mark.parametrize("as_of, months", [
    (dt.date(2019, 12, 31), 24),  # two of three years: 24/36 = 66.7 %
    (dt.date(2020, 11, 30), 35),  # the end of November of the last year: 35/36 = 97.2 %
    (dt.date(2019, 12, 30), 23),  # December not completed: 23/36
    (dt.date(2019, 6, 15), 17),  # mid-June: January 2018 to May 2019 completed, 12 + 5
    (dt.date(2020, 2, 29), 26),  # a leap February's last day completes it
    (dt.date(2018, 1, 31), 1),
    (dt.date(2018, 1, 30), 0),
    (dt.date(2017, 12, 31), 0),  # before the period
    (dt.date(2021, 3, 31), 36),  # after it: all of it
])
def test_months_completed(as_of, months):
    assert completed_months(dt.date(2018, 1, 1), dt.date(2020, 12, 31), as_of) == (months, 36)


def test_a_period_not_of_whole_months_has_no_months():
    assert completed_months(dt.date(2018, 1, 15), dt.date(2020, 12, 31), dt.date(2019, 12, 31)) is None
    assert completed_months(dt.date(2018, 1, 1), dt.date(2020, 12, 30), dt.date(2019, 12, 31)) is None


def test_the_schedule_by_months_as_offices_count():
    assert schedule(PLAN, dt.date(2019, 12, 31)).elapsed == pytest.approx(2 / 3)  # 66.7 %, not 66.6 %
    assert f"{schedule(PLAN, dt.date(2019, 12, 31)).elapsed:.1%}" == "66.7%"
    assert f"{schedule(PLAN, dt.date(2020, 11, 30)).elapsed:.1%}" == "97.2%"  # 35/36
    one_year = dataclasses.replace(PLAN, start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31))
    assert f"{schedule(one_year, dt.date(2019, 11, 30)).elapsed:.1%}" == "91.7%"  # 11/12
    # by days where the plan says so: 730 of 1096 days = 66.6 %
    by_days = dataclasses.replace(PLAN, schedule_basis="days")
    when = schedule(by_days, dt.date(2019, 12, 31))
    assert (when.basis, when.elapsed) == ("days", 730 / 1096)
    # a period of part months is counted by days whatever the plan says
    odd = dataclasses.replace(PLAN, start=dt.date(2018, 1, 15))
    assert schedule(odd, dt.date(2019, 12, 31)).basis == "days"


def _document(**plan_settings):
    document = yaml.safe_load(TARGETS.read_text(encoding="utf-8"))
    document["plan"].update(plan_settings)
    return document


def test_the_plan_sets_the_basis_and_the_far_behind_threshold():
    assert (PLAN.schedule_basis, PLAN.far_behind_points) == ("months", FAR_BEHIND_POINTS) == ("months", 20)
    plan = build_plan(_document(schedule_basis="days", far_behind_points=10), "targets.yaml")
    assert (plan.schedule_basis, plan.far_behind_points) == ("days", 10)
    with pytest.raises(TargetsError, match="schedule_basis"):
        build_plan(_document(schedule_basis="weeks"), "targets.yaml")
    with pytest.raises(TargetsError, match="far_behind_points"):
        build_plan(_document(far_behind_points=-5), "targets.yaml")


# --- the statuses ------------------------------------------------------------------------------

TWO_THIRDS = Schedule(dt.date(2019, 12, 31), 730, 1096, 366, dt.date(2018, 1, 1), dt.date(2020, 12, 31),
                      basis="months", elapsed_months=24, period_months=36)


@pytest.mark.parametrize("achieved, status", [
    (60, "exceeded"),  # 200 %: 超额完成, not 已完成
    (31, "exceeded"),  # 103.3 %
    (30, "achieved"),  # 100 %: 已完成, not 提前完成
    (20.1, "on_track"),  # 67 % against 66.7 %
    (14, "behind"),  # 46.7 %: exactly 20 points short (66.7 − 46.7) is not more than 20
    (13, "far_behind"),  # 43.3 %: 23.3 points short
    (0, "far_behind"),  # 0 %: 66.7 points short, not the same word as 60 %
    (18, "behind"),  # 60 %: 6.7 points short
])
def test_each_status_by_hand(achieved, status):
    s = standing("x", NAME, COUNT, 30, baseline=None, level=achieved, when=TWO_THIRDS)
    assert s.status == status


def test_the_threshold_is_the_plans():
    ten = dataclasses.replace(TWO_THIRDS, far_behind_points=10)
    # 18 of 30 (60 %) is 6.7 points short: behind under 10 too; 16 of 30 (53.3 %) is 13.3 short
    assert standing("x", NAME, COUNT, 30, baseline=None, level=18, when=ten).status == "behind"
    assert standing("x", NAME, COUNT, 30, baseline=None, level=16, when=ten).status == "far_behind"
    assert standing("x", NAME, COUNT, 30, baseline=None, level=16, when=TWO_THIRDS).status == "behind"


def test_a_stock_far_behind_counts_from_its_baseline():
    # 29 held, 50 to hold: 33 is 4 of 21 (19.0 %) against 66.7 %: 47.6 points short
    assert standing("x", NAME, STOCK, 50, baseline=29, level=33, when=TWO_THIRDS).status == "far_behind"
    # 41 is 12 of 21 (57.1 %): 9.5 points short
    assert standing("x", NAME, STOCK, 50, baseline=29, level=41, when=TWO_THIRDS).status == "behind"


def test_to_pass_a_target_is_exceeded_when_passed():
    # 突破10: 10 is not met (on track at 100 % of the way), 11 has passed it
    assert standing("x", NAME, COUNT, 10, baseline=None, level=11, when=TWO_THIRDS, qualifier="above").status \
        == "exceeded"
    assert standing("x", NAME, COUNT, 10, baseline=None, level=10, when=TWO_THIRDS, qualifier="above").status \
        == "on_track"


@pytest.mark.parametrize("status, zh, en", [
    ("exceeded", "超额完成", "exceeded"),
    ("achieved", "已完成", "achieved"),
    ("on_track", "序时推进", "on track"),
    ("behind", "滞后", "behind"),
    ("far_behind", "严重滞后", "far behind"),
    ("no_data", "未报送", "not reported"),
    ("unjudged", "暂不评价", "not assessed"),
    ("monitored", "监测", "monitored"),
])
def test_the_words_of_each_status(status, zh, en):
    assert (label(STATUS_KEYS[status], "zh"), label(STATUS_KEYS[status], "en")) == (zh, en)


def test_the_statuses_are_in_the_offices_order():
    from baise11155.calc.evaluate import STATUSES

    assert list(STATUS_KEYS) == list(STATUSES) == ["exceeded", "achieved", "on_track", "behind", "far_behind",
                                                   "no_data", "unjudged", "monitored"]


# --- the headline ------------------------------------------------------------------------------

def test_the_headline_lists_only_the_statuses_that_occur():
    counts = dict.fromkeys(STATUS_KEYS, 0) | {"aspirational": 0, "on_track": 2, "behind": 3}
    assert summary(counts, "zh") == "共5项指标，2项达到序时进度，3项滞后"
    assert summary(counts, "en") == "5 indicators: 2 on track, 3 behind"
    counts |= {"exceeded": 1, "far_behind": 1, "no_data": 1}
    assert summary(counts, "zh") == "共8项指标，1项超额完成，2项达到序时进度，3项滞后，1项严重滞后，1项未报送"
    assert summary(counts, "en") == "8 indicators: 1 exceeded, 2 on track, 3 behind, 1 far behind, 1 not reported"


def test_the_command_line_says_it_all_in_both_languages(run):
    result = run("status", example("progress-2019.csv"), "--lang", "zh")
    lines = result.stdout.splitlines()
    assert lines[1] == "截至2019年12月31日，时间进度66.7%（按月计，实施期2018年1月1日至2020年12月31日）"
    assert lines[2] == "共5项指标，2项达到序时进度，3项滞后"
    result = run("status", example("progress-2019.csv"), "--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[1] == "As of 2019-12-31, 66.7% of the period (2018-01-01 to 2020-12-31, counted by months) has passed"
    assert lines[2] == "5 indicators: 2 on track, 3 behind"
    document = run("status", example("progress-2019.csv"), "--format", "json").json()
    assert (document["schedule_basis"], document["elapsed"]) == ("months", pytest.approx(24 / 36))
    gaps = run("gaps", example("progress-2019.csv"), "--lang", "zh").stdout
    # 电子信息 0 of 1: 66.7 points short; 中高端铝 2 of 2: 100 %
    assert "严重滞后" in gaps and "已完成" in gaps and "提前完成" not in gaps


def test_the_share_of_the_regions_target_is_not_called_a_contribution(run):
    zh = run("compare", example("progress-2019.csv"), "--lang", "zh").stdout
    en = run("compare", example("progress-2019.csv"), "--lang", "en").stdout
    assert "占全区目标比重" in zh and "贡献率" not in zh
    assert "Share of region target" in en and "Contribution" not in en
