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



def test_what_each_kind_answers_for_the_rules_that_ask_it():
    """Each rule that once compared a kind's name now asks the kind; each kind's answers, by name."""
    answers = {name: (k.areas_add_up, k.takes_limit, k.level_target, k.yearly, k.target_above)
               for name, k in KINDS.items()}
    assert answers == {
        # areas add up, a limit bounds it, the target is a level (or additions), a year's figure, target above
        "count": (True, False, True, False, 0),
        "stock": (True, True, True, False, 0),
        "increase": (True, True, True, False, 0),
        "flow": (True, True, True, True, 0),
        "level": (False, True, True, False, 0),
        "change_pp": (False, False, False, False, 0),
        "growth": (False, False, False, False, 0),
        "multiple": (False, False, False, False, 1),
    }
    assert STOCK.counts_towards(INCREASE) and not STOCK.counts_towards(COUNT)
    assert COUNT.counts_towards(COUNT) and not COUNT.counts_towards(INCREASE)


def test_the_level_a_target_asks_for():
    # 50 held is the level 50; 21 new enterprises above 29 held is the level 29 + 21 = 50
    assert STOCK.target_level(50, 29) == 50 and INCREASE.target_level(21, 29) == 50


def test_a_target_is_met_exactly_and_a_growth_rate_by_its_level():
    assert COUNT.meets(10, 10, level=None, baseline=None, years=2, lower_is_better=False, strict=False)
    assert not COUNT.meets(10, 10, level=None, baseline=None, years=2, lower_is_better=False, strict=True)
    assert KINDS["level"].meets(3, 4, level=3, baseline=5, years=2, lower_is_better=True, strict=True)
    # 10 % a year for two years from 100 is 121 exactly: the rate measured may round, the level does not
    growth = KINDS["growth"]
    assert growth.meets(0.0, 10, level=121, baseline=100, years=2, lower_is_better=False, strict=False)
    assert not growth.meets(99.0, 10, level=121, baseline=100, years=2, lower_is_better=False, strict=True)

# --- behaviour lives on the kinds ---------------------------------------------------------------

def _kind_decisions(source: str) -> list[tuple[int, str]]:
    """Where code decides by which kind it holds rather than by asking the kind: a kind's name
    compared (`kind.name == "increase"`, `"flow"` against a kind's), a kind object compared
    (`kind is GROWTH`), or a kind class tested (`isinstance(kind, Stock)`)."""
    import ast

    from baise11155.model import kinds

    words = set(kinds.KINDS) | set(kinds.REGION_KINDS)
    objects = {name for name, value in vars(kinds).items() if isinstance(value, kinds.Kind)}
    # a kind's class (asking whether a value is a Kind at all tells no kind apart)
    classes = {name for name, value in vars(kinds).items()
               if isinstance(value, type) and issubclass(value, kinds.Kind) and value is not kinds.Kind}
    tree = ast.parse(source)
    imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and (node.module or "").split(".")[-1] == "kinds" for alias in node.names}

    def about_a_kind(node: ast.AST) -> bool:
        return "kind" in ast.unparse(node).lower()

    def a_kinds_name(node: ast.AST) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "name" and about_a_kind(node.value)

    def a_kind_word(node: ast.AST) -> bool:
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return any(a_kind_word(item) for item in node.elts)
        return isinstance(node, ast.Constant) and node.value in words

    def one_of(node: ast.AST, names: set[str]) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names & imported
        return isinstance(node, ast.Attribute) and node.attr in names and ast.unparse(node.value).endswith("kinds")

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if (any(a_kinds_name(o) or one_of(o, objects) for o in operands)
                    or any(a_kind_word(o) for o in operands) and any(about_a_kind(o) for o in operands)):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("isinstance",
                                                                                                  "issubclass"):
            tested = node.args[1:] if len(node.args) > 1 else []
            if any(one_of(t, classes) or isinstance(t, ast.Tuple) and any(one_of(e, classes) for e in t.elts)
                   for t in tested):
                found.append((node.lineno, ast.unparse(node)))
    return sorted(found)


def test_no_kind_is_told_by_its_name_outside_the_kinds():
    """A kind knows how it is measured, summed, rolled up and checked: code elsewhere asks it
    (`kind.levels`, `kind.target_level(...)`), never which kind it is, so that a new kind is one
    class in model/kinds.py plus its words."""
    from pathlib import Path

    import baise11155

    package = Path(baise11155.__file__).resolve().parent
    found = [f"{path.relative_to(package)}:{line}: {code}"
             for path in sorted(package.rglob("*.py")) if path != package / "model" / "kinds.py"
             for line, code in _kind_decisions(path.read_text(encoding="utf-8"))]
    assert found == [], "kinds told apart outside model/kinds.py:\n" + "\n".join(found)


def test_the_scan_finds_each_way_of_telling_a_kind_apart():
    """The scan above, on the shapes it must catch and on look-alikes it must not."""
    caught = [
        'if kind.name == "increase": pass',
        'if standing.kind.name != "increase": pass',
        'if region_kind.name not in kind.region_kinds: pass',
        'if mapping["kind"] in ("stock", "flow"): pass',
        'from ..model.kinds import GROWTH\nif kind is GROWTH: pass',
        'from ..model import kinds\nif indicator.kind == kinds.FLOW: pass',
        'from ..model.kinds import Stock\nif isinstance(kind, Stock): pass',
    ]
    for source in caught:
        assert len(_kind_decisions(source)) == 1, source
    passed = [
        'if direction == INCREASE: pass',  # a direction, not a kind
        'if "level" not in row: pass',  # a word that is also a kind's name, about something else
        'label(kind.name, lang)',  # a kind's words, looked up by its name
        'if kind.levels and not kind.derived: pass',  # asking the kind
        'if info.name in ("utf-8",): pass',
        'from ..model.kinds import Kind\nif isinstance(value, Kind): pass',  # a kind at all
    ]
    for source in passed:
        assert _kind_decisions(source) == [], source
