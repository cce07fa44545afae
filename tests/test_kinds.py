"""Each indicator kind's rules, against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

from baise11155.model.kinds import COUNT, INCREASE, KINDS, REGION_KINDS, STOCK

D = dt.date


def test_a_count_is_the_sum_over_its_dates():
    # 3 in 2018 + 5 in 2019 = 8 achieved; no level date
    assert COUNT.aggregate({D(2018, 12, 31): {"": 3}, D(2019, 12, 31): {"": 5}}) == (8, None, {})
    assert COUNT.aggregate({}) == (0, None, {})


def test_a_stock_is_its_latest_level():
    # 41 held at the end of 2018, 45 at the end of 2019: the level is 45, not 86
    assert STOCK.aggregate({D(2018, 12, 31): {"": 41}, D(2019, 12, 31): {"": 45}}) == (45, D(2019, 12, 31), {})
    assert INCREASE.aggregate({D(2017, 12, 31): {"": 29}}) == (29, D(2017, 12, 31), {})


def test_a_stock_reported_by_counties_on_different_days():
    """Each county's latest level counts: 右江区 20 (06-28) + 田阳区 8 (06-30) + 平果市 9 (07-02) = 37,
    not the 9 of the latest day alone."""
    by_date = {D(2019, 6, 28): {"右江区": 20}, D(2019, 6, 30): {"田阳区": 8}, D(2019, 7, 2): {"平果市": 9}}
    assert STOCK.aggregate(by_date) == (37, D(2019, 7, 2), {"右江区": (D(2019, 6, 28), 20), "田阳区": (D(2019, 6, 30), 8)})
    # a county's newer report replaces its older one: 右江区 22 (06-30) + 平果市 9 = 31
    by_date[D(2019, 6, 30)]["右江区"] = 22
    assert STOCK.aggregate(by_date)[0] == 22 + 8 + 9


def test_a_whole_city_figure_supersedes_the_counties_reported_before_it():
    """The city's 41 at the end of 2018 is not added to the counties' 2019 levels (20 + 25 = 45);
    counties reported before it are not carried past it."""
    by_date = {D(2018, 6, 30): {"右江区": 15}, D(2018, 12, 31): {"": 41},
               D(2019, 12, 31): {"右江区": 20, "平果市": 25}}
    assert STOCK.aggregate(by_date) == (45, D(2019, 12, 31), {})
    assert STOCK.aggregate({D(2018, 6, 30): {"右江区": 15}, D(2018, 12, 31): {"": 41}}) == (41, D(2018, 12, 31), {})


def test_on_the_regions_basis_a_stock_is_its_rise_over_the_baseline():
    # Baise: 50 held by 2020 against 29 at the end of 2017 = 21 new; 45 held = 16 new
    assert STOCK.on_region_basis(50, 29, INCREASE) == 21
    assert STOCK.on_region_basis(45, 29, INCREASE) == 16
    assert COUNT.on_region_basis(10, None, COUNT) == 10


def test_items_are_unique_per_indicator_or_per_date_held():
    assert COUNT.item_scope("achievements", D(2019, 1, 1)) == COUNT.item_scope("achievements", D(2020, 1, 1))
    assert STOCK.item_scope("enterprises", D(2019, 1, 1)) != STOCK.item_scope("enterprises", D(2020, 1, 1))


def test_only_a_levels_baseline_year_counts_before_the_period():
    base_year = 2017  # the year before a period starting in 2018
    assert STOCK.kept_before_period(D(2017, 12, 31), base_year)
    assert not STOCK.kept_before_period(D(2016, 12, 31), base_year)
    assert not COUNT.kept_before_period(D(2017, 12, 31), base_year)
    # a plan starting in mid-year keeps the levels measured earlier in its first year too
    assert STOCK.kept_before_period(D(2018, 3, 31), 2017)
    # a baseline given by its date (2015-12-31) keeps the levels from its year on
    assert STOCK.kept_before_period(D(2015, 12, 31), 2015)


def test_the_kinds_a_plan_may_name():
    assert list(KINDS) == ["count", "stock", "increase", "flow", "level", "change_pp", "growth", "multiple"]
    assert list(REGION_KINDS) == ["count", "increase"]
    assert STOCK.region_kinds == ("increase",) and COUNT.region_kinds == ("count",)
    assert COUNT.may_break_down and not STOCK.may_break_down
