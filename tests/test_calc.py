"""Every figure for the bundled examples, worked out by hand (the arithmetic is written beside it)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TARGETS, example, said

from baise11155.calc.evaluate import (
    Schedule,
    default_as_of,
    evaluate,
    schedule,
    standing,
)
from baise11155.calc.region import compare
from baise11155.model.kinds import COUNT, STOCK
from baise11155.model.plan import Names
from baise11155.read.progress import read_progress
from baise11155.read.targets_file import load_plan

PLAN = load_plan(str(TARGETS))
NAME = Names("测试", "test")


def evaluation_of(*files, as_of=None):
    observations = read_progress(PLAN, [example(f) for f in files])
    assert observations.problem_count == 0
    return evaluate(PLAN, observations.buckets, as_of or default_as_of(PLAN, (key.when for key in observations.buckets))), observations


def by_id(evaluation):
    return {s.id: s for s in evaluation.indicators}


def test_schedule():
    # 2018: 365 days, 2019: 365, 2020: 366 (leap) -> 1096 days in the period; 36 months, counted
    # as offices count 时间进度: the months completed
    period = (PLAN.start, PLAN.end)
    months = {"basis": "months", "period_months": 36}
    assert schedule(PLAN, dt.date(2019, 12, 31)) == Schedule(dt.date(2019, 12, 31), 730, 1096, 366, *period,
                                                             elapsed_months=24, **months)
    assert schedule(PLAN, dt.date(2018, 1, 1)) == Schedule(dt.date(2018, 1, 1), 1, 1096, 1095, *period,
                                                           elapsed_months=0, **months)
    assert schedule(PLAN, dt.date(2020, 12, 31)) == Schedule(dt.date(2020, 12, 31), 1096, 1096, 0, *period,
                                                             elapsed_months=36, **months)
    assert schedule(PLAN, dt.date(2019, 12, 31)).elapsed == 24 / 36  # 66.7 %, not 730/1096 = 66.6 %
    assert schedule(PLAN, dt.date(2017, 12, 31)).elapsed_days == 0
    assert schedule(PLAN, dt.date(2021, 6, 30)).elapsed == 1
    assert schedule(PLAN, dt.date(2019, 12, 31)).years_left == 366 / 365.25


def test_default_as_of():
    assert default_as_of(PLAN, [dt.date(2018, 12, 31), dt.date(2019, 12, 31)]) == dt.date(2019, 12, 31)
    assert default_as_of(PLAN, [dt.date(2022, 3, 1)]) == dt.date(2020, 12, 31)  # none counted: the period's end
    assert default_as_of(PLAN, []) == dt.date(2020, 12, 31)
    # a row after the period (2021 written for 2019) is never counted, so it never sets the date
    assert default_as_of(PLAN, [dt.date(2019, 12, 31), dt.date(2021, 12, 31)]) == dt.date(2019, 12, 31)


def test_example_2019_indicators():
    evaluation, observations = evaluation_of("progress-2019.csv")
    assert evaluation.schedule.as_of == dt.date(2019, 12, 31)  # the latest year in the file
    elapsed = 24 / 36  # 24 of 36 months: 0.6667
    years_left = 366 / 365.25  # 2020 is left: 366 days
    s = by_id(evaluation)

    # breakthroughs: 2 in 2018 + 3 in 2019 = 5 of 10
    b = s["breakthroughs"]
    assert (b.achieved, b.completion, b.progress, b.gap, b.surplus) == (5, 0.5, 0.5, 5, 0)
    assert b.expected == pytest.approx(10 * 24 / 36)  # 6.67
    assert b.deviation == pytest.approx((0.5 - elapsed) * 100)  # -16.7 points: behind, not far (20)
    assert b.needed_per_year == pytest.approx(5 / years_left)  # 4.99
    assert (b.baseline, b.status) == (None, "behind")

    # platforms: 2 + 3 = 5 of 10
    assert (s["platforms"].achieved, s["platforms"].status) == (5, "behind")

    # talents: 2 in 2018 + 4 in 2019 (one not allocated to a sector) = 6 of 10
    t = s["talents"]
    assert (t.achieved, t.completion, t.gap, t.status) == (6, 0.6, 4, "behind")
    assert t.deviation == pytest.approx((0.6 - elapsed) * 100)  # -6.7

    # high-tech enterprises held: the 2019 rows by county add up to 20 + 8 + 9 + 8 = 45
    h = s["high-tech-enterprises"]
    assert (h.baseline, h.achieved, h.gap, h.surplus) == (29, 45, 5, 0)
    assert h.completion == 45 / 50  # 0.9
    assert h.progress == pytest.approx((45 - 29) / (50 - 29))  # 16/21 = 0.762 >= 0.666
    assert h.expected == pytest.approx(29 + 21 * 24 / 36)  # 43
    assert h.deviation == pytest.approx((16 / 21 - elapsed) * 100)  # 76.19 - 66.67 = +9.5
    assert h.status == "on_track"

    # achievements: 18 in 2018 + 8 + 5 + 4 in 2019 = 35 of 50
    a = s["achievements"]
    assert (a.achieved, a.completion, a.gap, a.status) == (35, 0.7, 15, "on_track")
    assert a.deviation == pytest.approx((0.7 - elapsed) * 100)  # +3.3
    assert a.needed_per_year == pytest.approx(15 / years_left)  # 14.97

    assert observations.rows == 26
    assert said(evaluation.notices) == []


def test_example_2019_categories():
    evaluation, _ = evaluation_of("progress-2019.csv")
    s = by_id(evaluation)

    def categories(indicator_id):
        return {c.id: (c.achieved, c.gap, c.status) for c in s[indicator_id].categories}

    # 中高端铝 2018 + 2019 = 2 of 2 (100 %: achieved, not exceeded); 大健康 1 of 2 (50 % against
    # 66.7 %: 16.7 points behind); 特色优势农业 1 of 2; 机械 1 of 1; the rest 0 (66.7 points: far behind)
    assert categories("breakthroughs") == {
        "aluminium": (2, 0, "achieved"),
        "health": (1, 1, "behind"),
        "agriculture": (1, 1, "behind"),
        "machinery": (1, 0, "achieved"),
        "electronics": (0, 1, "far_behind"),
        "environment": (0, 1, "far_behind"),
        "materials": (0, 1, "far_behind"),
    }
    # 星创天地 2 + 2 = 4 of 8; 众创空间 1 of 1; 高新区 0 of 1
    assert categories("platforms") == {
        "high-tech-zone": (0, 1, "far_behind"),
        "maker-space": (1, 0, "achieved"),
        "xingchuang-tiandi": (4, 4, "behind"),
    }
    # the unallocated talent counts to the indicator (6) but to no sector (2+1+1+1 = 5)
    assert categories("talents") == {
        "aluminium": (2, 0, "achieved"),
        "health": (1, 1, "behind"),
        "agriculture": (1, 1, "behind"),
        "machinery": (0, 1, "far_behind"),
        "electronics": (0, 1, "far_behind"),
        "environment": (0, 1, "far_behind"),
        "materials": (1, 0, "achieved"),
    }
    health = s["breakthroughs"].categories[1]
    assert health.completion == 0.5
    assert health.needed_per_year == pytest.approx(1 / (366 / 365.25))


def test_example_2018():
    evaluation, _ = evaluation_of("progress-2018.csv")
    assert evaluation.schedule.as_of == dt.date(2018, 12, 31)
    elapsed = 12 / 36  # 0.333
    s = by_id(evaluation)
    assert [(x.id, x.achieved, x.status) for x in evaluation.indicators] == [
        ("breakthroughs", 2, "behind"),  # 0.2 < 0.333, by 13.3 points: not far behind
        ("platforms", 2, "behind"),
        ("talents", 2, "behind"),
        ("high-tech-enterprises", 41, "on_track"),  # (41 - 29) / 21 = 0.571 >= 0.333
        ("achievements", 18, "on_track"),  # 18 / 50 = 0.36 >= 0.333
    ]
    assert s["high-tech-enterprises"].progress == pytest.approx(12 / 21)
    assert s["achievements"].deviation == pytest.approx((0.36 - elapsed) * 100)  # +2.7 (36 − 33.3)
    assert s["breakthroughs"].needed_per_year == pytest.approx(8 / (731 / 365.25))  # 8 left over 2 years


def test_both_files_together_count_each_item_once():
    evaluation, observations = evaluation_of("progress-2018.csv", "progress-2019.csv")
    # every 2018 ledger item appears in both files: the second listing is dropped, with a warning
    assert [x.achieved for x in evaluation.indicators] == [5, 5, 6, 45, 35]
    # 2 + 2 + 2 ledger items, the 2018 achievements row, and the city totals held in 2017 and 2018
    assert observations.duplicates == 9
    assert by_id(evaluation)["high-tech-enterprises"].baseline == 29  # not 29 + 29


def test_a_level_given_in_two_files_without_item_names_is_a_question(write):
    """The city's 29 in two files: 58 if added, 29 if one is a copy; which is meant is asked."""
    first = write("indicator,year,value\nhigh-tech-enterprises,2017,29\n", name="a.csv")
    second = write("indicator,year,value\nhigh-tech-enterprises,2017,29\n", name="b.csv")
    observations = read_progress(PLAN, [str(first), str(second)])
    assert said(observations.problems) == [
        f"{second}:2: high-tech-enterprises for — on 2017-12-31 was given already at {first}:2, and again here: added "
        "up it would count twice; keep one (if they differ, check which is right)"]


def test_as_of_earlier_than_the_data_leaves_rows_out():
    evaluation, _ = evaluation_of("progress-2019.csv", as_of=dt.date(2018, 12, 31))
    assert [x.achieved for x in evaluation.indicators] == [2, 2, 2, 41, 18]
    # rows 4, 5, 6 each one row of its own (three categories): named one by one
    assert "progress-2019.csv: rows 4, 5, 6: 3 rows of breakthroughs dated after the as-of date (2018-12-31) left out" \
        in said(evaluation.notices)[0]
    assert "progress-2019.csv：第4、5、6行共3条“突破重大技术”数据日期晚于测算日期（2018年12月31日），未计入" \
        in said(evaluation.notices, "zh")[0]
    assert len(said(evaluation.notices)) == 5


def test_stock_baseline_from_a_2017_row_overrides_the_plan(write):
    path = write("indicator,year,value\nhigh-tech-enterprises,2017,30\nhigh-tech-enterprises,2019,44\n")
    observations = read_progress(PLAN, [str(path)])
    held = by_id(evaluate(PLAN, observations.buckets, dt.date(2019, 12, 31)))["high-tech-enterprises"]
    assert (held.baseline, held.achieved) == (30, 44)
    assert held.progress == pytest.approx((44 - 30) / (50 - 30))  # 0.7


def test_rows_before_the_period_and_after_it(write):
    path = write(
        "indicator,year,value\n"
        "achievements,2016,5\n"  # before the period: left out
        "achievements,2017,5\n"  # before the period (a count has no baseline): left out
        "high-tech-enterprises,2016,20\n"  # before the baseline year: left out
        "achievements,2019,10\n"
        "achievements,2021,7\n"  # after the period's end: left out
    )
    observations = read_progress(PLAN, [str(path)])
    # the latest row that can be counted sets the date, not the 2021 row left out
    as_of = default_as_of(PLAN, (key.when for key in observations.buckets))
    assert as_of == dt.date(2019, 12, 31)
    evaluation = evaluate(PLAN, observations.buckets, as_of)
    s = by_id(evaluation)
    assert s["achievements"].achieved == 10
    # only a row before the baseline year: the level known is still the plan's baseline
    # (at 2019-12-31, none of the 21 to add: 66.7 points short of the schedule, far behind)
    assert (s["high-tech-enterprises"].achieved, s["high-tech-enterprises"].status) == (29, "far_behind")
    assert sorted(said(evaluation.notices)) == sorted(
        [
            f"{path}: rows 2, 3: 2 rows of achievements dated before the period (2018-01-01) left out of the figures",
            f"{path}:6: 1 row of achievements dated after the period's end (2020-12-31) left out of the figures",
            f"{path}:4: 1 row of high-tech-enterprises dated before 2017, the baseline year left out of the figures",
        ]
    )


def test_no_data_is_never_zero(write):
    path = write("indicator,year\nachievements,2019\n")
    observations = read_progress(PLAN, [str(path)])
    s = by_id(evaluate(PLAN, observations.buckets, dt.date(2019, 12, 31)))
    b = s["breakthroughs"]
    assert (b.achieved, b.completion, b.gap, b.deviation, b.needed_per_year, b.status) == (
        None, None, None, None, None, "no_data",
    )
    assert b.expected == pytest.approx(10 * 24 / 36)
    assert all(c.status == "no_data" and c.achieved is None for c in b.categories)
    assert s["achievements"].achieved == 1


def test_on_track_is_exact_at_the_boundary():
    # 7 of 10 done when 7 of 10 days have passed: exactly on the line is on track
    assert standing("x", NAME, COUNT, 10, baseline=None, level=7,
                    when=Schedule(dt.date(2019, 1, 1), 7, 10, 3)).status == "on_track"
    # a decimal 0.7 of 1 is exactly 7/10 too (kept exact from the cell, not rounded to binary)
    from fractions import Fraction

    s = standing("x", NAME, COUNT, 1, baseline=None, level=Fraction(7, 10),
                 when=Schedule(dt.date(2019, 1, 1), 7, 10, 3))
    assert (s.status, s.achieved, s.deviation) == ("on_track", 0.7, 0)
    # one day more and it is behind
    assert standing("x", NAME, COUNT, 10, baseline=None, level=7,
                    when=Schedule(dt.date(2019, 1, 1), 8, 10, 2)).status == "behind"


def test_achieved_surplus_and_no_time_left():
    s = standing("x", NAME, COUNT, 10, baseline=None, level=12, when=Schedule(dt.date(2020, 12, 31), 1096, 1096, 0))
    # 12 of 10 is 120 %: the target passed, 超额完成
    assert (s.status, s.gap, s.surplus, s.completion, s.needed_per_year) == ("exceeded", 0, 2, 1.2, None)
    s = standing("x", NAME, COUNT, 10, baseline=None, level=10, when=Schedule(dt.date(2020, 12, 31), 1096, 1096, 0))
    assert (s.status, s.surplus, s.completion) == ("achieved", 0, 1.0)  # 100 %: 已完成
    s = standing("x", NAME, COUNT, 10, baseline=None, level=4, when=Schedule(dt.date(2020, 12, 31), 1096, 1096, 0))
    # no time left to spread the gap over; 40 % of the way when all of it is due: 60 points short, far behind
    assert (s.status, s.gap, s.needed_per_year) == ("far_behind", 6, None)
    s = standing("x", NAME, COUNT, 10, baseline=None, level=8, when=Schedule(dt.date(2020, 12, 31), 1096, 1096, 0))
    assert s.status == "behind"  # 80 %: exactly 20 points short is behind, not far behind


def test_a_stock_can_fall_below_its_baseline():
    s = standing("x", NAME, STOCK, 50, baseline=29, level=27, when=Schedule(dt.date(2019, 12, 31), 730, 1096, 366))
    assert s.progress == pytest.approx(-2 / 21)
    assert s.status == "far_behind"  # -9.5 % of the way against 66.6 % of the days: 76 points short


def test_compare_with_the_region():
    evaluation, _ = evaluation_of("progress-2019.csv")
    region_observations = read_progress(PLAN, [example("guangxi-progress.csv")])
    comparison = compare(PLAN, evaluation, region_observations.buckets)
    r = dict(zip([i.id for i in PLAN.indicators], comparison.regions, strict=False))

    b = r["breakthroughs"]
    assert (b.target, b.city_target, b.target_share, b.city_achieved, b.contribution) == (100, 10, 0.1, 5, 0.05)
    assert (b.achieved, b.completion) == (65, 0.65)  # 30 + 35
    assert b.share_of_achieved == pytest.approx(5 / 65)
    assert (b.city_completion, b.pace) == (0.5, "behind")  # 0.5 < 0.65

    # the stock on the region's basis: 50 - 29 = 21 new; achieved 45 - 29 = 16 new
    h = r["high-tech-enterprises"]
    assert (h.kind.name, h.target, h.city_target, h.city_achieved) == ("increase", 1000, 21, 16)
    assert h.target_share == 21 / 1000
    assert h.contribution == 16 / 1000
    assert h.achieved == 2400 - 1200  # the region's level in 2019 minus its level in 2017
    assert h.completion == 1.2
    assert h.share_of_achieved == pytest.approx(16 / 1200)
    assert h.city_completion == pytest.approx(16 / 21)
    assert h.pace == "behind"  # 0.762 < 1.2

    a = r["achievements"]
    assert (a.achieved, a.completion, a.city_completion, a.pace) == (600, 0.6, 0.7, "ahead")
    assert said(comparison.notices) == []


def test_compare_without_region_progress_and_without_a_region_baseline(write):
    evaluation, _ = evaluation_of("progress-2019.csv")
    comparison = compare(PLAN, evaluation)
    h = comparison.regions[3]
    assert (h.city_target, h.city_achieved, h.achieved, h.completion, h.pace) == (21, 16, None, None, None)

    path = write("indicator,year,value\nhigh-tech-enterprises,2019,2400\n")
    region = read_progress(PLAN, [str(path)])
    comparison = compare(PLAN, evaluation, region.buckets)
    assert comparison.regions[3].achieved is None
    assert tuple(said(comparison.notices)) == (
        "region: high-tech-enterprises: the region's new additions are unknown: its level in 2017 "
        "is neither in the region progress file nor in the targets file",
    )
