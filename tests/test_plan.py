"""The plan's figures, encoded once in data/targets.yaml, and the checks made when it is loaded."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
import yaml
from conftest import ROOT, TARGETS, said

from baise11155.model.notices import TargetsError
from baise11155.model.plan import city_code, region_code
from baise11155.read.targets_file import build_plan, load_plan


@pytest.fixture(scope="module")
def plan():
    return load_plan(str(TARGETS))


@pytest.fixture
def document():
    return yaml.safe_load(TARGETS.read_text(encoding="utf-8"))


def test_the_plan_and_its_period(plan):
    assert plan.id == "baise-11155"
    assert plan.region.id == "guangxi-sanbai-erqian"
    assert (plan.start, plan.end) == (dt.date(2018, 1, 1), dt.date(2020, 12, 31))
    assert plan.days == 1096  # 365 + 365 + 366 (2020 is a leap year)
    assert plan.baseline_year == 2017
    sources = " ".join(s.zh for s in plan.sources)
    assert "桂政发〔2018〕51号" in sources and "百发〔2018〕11号" in sources
    assert "百色市科技创新支撑产业高质量发展三年行动实施方案" in plan.city.name.zh


def test_five_indicators_in_order_with_their_targets(plan):
    rows = [(i.id, i.name.zh, i.unit.zh, i.kind.name, i.target) for i in plan.indicators]
    assert rows == [
        ("breakthroughs", "突破重大技术", "项", "count", 10),
        ("platforms", "创建国家级创新平台", "个", "count", 10),
        ("talents", "引育高层次创新人才和团队", "个", "count", 10),
        ("high-tech-enterprises", "保有高新技术企业", "家", "stock", 50),
        ("achievements", "转化科技成果", "项", "count", 50),
    ]


SECTORS = [
    ("aluminium", "中高端铝", 2),
    ("health", "大健康", 2),
    ("agriculture", "特色优势农业", 2),
    ("machinery", "机械", 1),
    ("electronics", "电子信息", 1),
    ("environment", "节能环保", 1),
    ("materials", "新材料", 1),
]


def test_breakdowns(plan):
    def breakdown(indicator_id):
        return [(c.id, c.name.zh, c.target) for c in plan.indicator(indicator_id).categories]

    assert breakdown("breakthroughs") == SECTORS
    assert breakdown("talents") == SECTORS
    assert breakdown("platforms") == [
        ("high-tech-zone", "国家级高新区", 1),
        ("maker-space", "国家级众创空间", 1),
        ("xingchuang-tiandi", "国家级星创天地", 8),
    ]
    assert breakdown("high-tech-enterprises") == breakdown("achievements") == []


def test_high_tech_enterprises_stock_baseline_and_history(plan):
    held = plan.indicator("high-tech-enterprises")
    assert (held.baseline.date, held.baseline.value) == (dt.date(2017, 12, 31), 29)
    assert [(h.date, h.value, h.added) for h in held.history] == [(dt.date(2018, 12, 31), 41, 12)]
    assert 29 + 12 == 41  # the seed's own arithmetic holds
    assert held.region_basis_target == 50 - 29 == 21


def test_regional_counterparts(plan):
    assert [(i.region.target, i.region.kind.name) for i in plan.indicators] == [
        (100, "count"), (100, "count"), (100, "count"), (1000, "increase"), (1000, "count"),
    ]


def test_codes_are_derived_from_the_targets(plan):
    assert plan.code == "11155"
    assert plan.region_code == "三百二千"
    assert city_code([20, 300, 7]) == "237"
    assert region_code([100, 1000, 100]) == "二百一千"
    assert region_code([100, 21]) is None
    assert region_code([10, 10000]) == "一十一万"


def problems_of(document):
    with pytest.raises(TargetsError) as caught:
        build_plan(document, "targets.yaml")
    return said(caught.value.problems)


def test_breakdown_must_add_up(document):
    document["indicators"][0]["breakdown"][0]["target"] = 1
    assert problems_of(document) == [
        "targets.yaml: indicators[0].breakdown: categories add up to 9, the indicator's target is 10"
    ]


def test_a_breakdown_in_decimals_adds_up_as_written(document):
    """0.1 + 0.2 + 0.3 is 0.6 on paper; in binary fractions it is 0.6000000000000001."""
    document["indicators"][4]["target"] = 0.6
    document["indicators"][4]["breakdown"] = [
        {"id": f"part{n}", "name": {"zh": f"分{n}", "en": f"part {n}"}, "target": share}
        for n, share in enumerate((0.1, 0.2, 0.3))
    ]
    plan = build_plan(document, "targets.yaml")
    from fractions import Fraction

    assert [c.target for c in plan.indicators[4].categories] == [Fraction(1, 10), Fraction(2, 10), Fraction(3, 10)]
    document["indicators"][4]["breakdown"][2]["target"] = 0.31
    assert problems_of(document) == [
        "targets.yaml: indicators[4].breakdown: categories add up to 0.61, the indicator's target is 0.6"
    ]


@pytest.mark.parametrize(
    "figure, expected",
    [
        (1e-320, "too small: a figure in a plan is 0 or at least 1e-06, found 1e-320"),
        (1e15, "too large: a figure in a plan is less than 10^15, found 1e+15"),
        (10**400, "too large: a figure in a plan is less than 10^15, found a whole number of more than 15 digits"),
        (10**5000, "too large: a figure in a plan is less than 10^15, found a whole number of more than 15 digits"),
        (float("inf"), "too large: a figure in a plan is less than 10^15, found a number of more than 300 digits"),
    ],
    ids=["subnormal", "10^15", "10^400", "10^5000", "inf"],
)
def test_figures_beyond_what_a_plan_holds_are_refused(document, figure, expected):
    document["indicators"][4]["target"] = figure
    assert problems_of(document) == [f"targets.yaml: indicators[4].target: {expected}"]


def test_dates_beyond_the_calendar_of_progress_files_are_refused(document):
    document["plan"]["period"]["start"] = "0001-01-01"
    assert "targets.yaml: plan.period.start: 0001-01-01 is not between the years 1900 and 2100" in problems_of(document)


def test_every_problem_is_reported_with_its_place(document):
    document["indicators"][1]["id"] = "breakthroughs"
    document["indicators"][2]["kind"] = "flux"
    document["indicators"][4]["target"] = -5
    del document["indicators"][3]["baseline"]
    document["plan"]["period"]["end"] = "2020-02-30"
    problems = problems_of(document)
    assert "targets.yaml: plan.period.end: expected a date written YYYY-MM-DD, found '2020-02-30'" in problems
    assert "targets.yaml: indicators[1].id: 'breakthroughs' is already the id of indicators[0]" in problems
    assert ("targets.yaml: indicators[2].kind: unknown kind 'flux'; known kinds: count, stock, increase, flow, level, "
            "change_pp, growth, multiple") in problems
    assert (
        "targets.yaml: indicators[3]: a stock needs a baseline: its level at the end of the year before the period "
        "(`baseline: {date: …, value: …}`; `{date: …}` to take it from the progress files; or `baseline: unknown` "
        "where no source gives it)" in problems
    )
    assert "targets.yaml: indicators[4].target: must not be negative, found -5" in problems


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d.pop("region"), "targets.yaml: region: indicators have regional targets, but the plan names no region"),
        (lambda d: d["indicators"][0].update(target="ten"), "indicators[0].target: expected a number, found 'ten'"),
        (lambda d: d["indicators"][0].update(target=True), "indicators[0].target: expected a number, found True"),
        (lambda d: d["indicators"][0].update(name="x"), "indicators[0].name: expected a mapping, found 'x'"),
        (lambda d: d["indicators"][0].update(extra=1), "indicators[0]: unknown key 'extra'"),
        (lambda d: d.update(indicators=[]), "indicators: expected a non-empty list, found a list"),
        (lambda d: d.update(indicators={}), "indicators: expected a non-empty list, found a mapping"),
        (lambda d: d.update(schema=2), "schema: this tool reads schema 1, found 2"),
        (lambda d: d["indicators"][3].update(baseline={"date": "2018-06-30", "value": 29}),
         "indicators[3].baseline.date: 2018-06-30 is not before the period starts (2018-01-01)"),
        (lambda d: d["indicators"][3].update(baseline={"date": "2017-12-31", "value": 60}),
         "indicators[3].baseline.value: 60 already reaches the target 50"),
        (lambda d: d["indicators"][0].update(baseline={"date": "2017-12-31", "value": 1}),
         "indicators[0].baseline: a count starts from 0 and takes no baseline"),
        (lambda d: d["indicators"][3]["region"].update(kind="count"),
         "indicators[3].region.kind: a stock is compared with the region as an increase"),
        (lambda d: d["indicators"][0]["region"].update(kind="increase"),
         "indicators[0].region.kind: an increase (新增) can only be compared with a stock"),
        (lambda d: d["indicators"][0]["breakdown"][1].update(id="aluminium"),
         "indicators[0].breakdown[1].id: 'aluminium' appears twice in this breakdown"),
        (lambda d: d["indicators"][1]["name"].update(zh="突破重大技术"),
         "indicators: '突破重大技术' names both 'breakthroughs' and 'platforms'"),
        (lambda d: d["plan"].update(id="百色"), "plan.id: id '百色' may hold only ASCII letters"),
    ],
)
def test_wrong_shapes_are_named(document, change, expected):
    change(document)
    assert any(expected in problem for problem in problems_of(document)), problems_of(document)



# --- each check of an indicator, by name: one case each, its problems said in full ---------------

_NAME = {"zh": "甲", "en": "a"}


def _as(kind, **values):
    """The bundled plan's stock (indicators[3]) made another kind, its regional target dropped."""
    def change(document):
        entry = document["indicators"][3]
        entry.pop("region")
        entry.update(kind=kind, **values)
    return change


_CHECK_CASES = {
    "monitored_takes_no_judging": (
        lambda d: (d["indicators"][4].pop("target"), d["indicators"][4].update(aspirational=True)),
        ["indicators[4].region: an indicator without a target (monitored only) takes no region",
         "indicators[4].aspirational: an indicator without a target (monitored only) takes no aspirational"]),
    "limit_bounds_a_level": (
        lambda d: d["indicators"][4].update(limit=100),
        ["indicators[4].limit: a natural limit bounds a level; a count has none"]),
    "decrease_where_the_kind_may": (
        lambda d: d["indicators"][4].update(direction="decrease"),
        ["indicators[4].direction: a count cannot be lower-is-better"]),
    "target_above_the_kinds_least": (
        _as("multiple", target=1),
        ["indicators[3].target: a multiple of the baseline must be more than 1, found 1"]),
    "baseline_taken": (
        lambda d: (d["indicators"][4].update(baseline={"date": 2017}), d["indicators"][2].update(baseline="unknown")),
        ["indicators[2].baseline: a count starts from 0 and takes no baseline",
         "indicators[4].baseline: a count starts from 0 and takes no baseline"]),
    "baseline_before_period": (
        lambda d: d["indicators"][3].update(baseline={"date": dt.date(2018, 6, 30)}),
        ["indicators[3].baseline.date: 2018-06-30 is not before the period starts (2018-01-01)",
         "indicators[3].baseline: the region counts new additions above the baseline: it must be known"]),
    "yearly_baseline_is_a_whole_year": (
        _as("flow", baseline={"date": dt.date(2017, 6, 30)}),
        [("indicators[3].baseline.date: a yearly figure's baseline is a whole year's: date it 2017-12-31 "
          "(or give the year)")]),
    "baseline_short_of_target": (
        lambda d: d["indicators"][3].update(direction="decrease"),
        ["indicators[3].baseline.value: 29 is already at or below the target 50"]),
    "baseline_where_needed": (
        lambda d: (_as("growth", target=10)(d), d["indicators"][3].pop("baseline")),
        [("indicators[3]: a growth needs a baseline: its level at the end of the year before the period "
          "(`baseline: {date: …, value: …}`; `{date: …}` to take it from the progress files; or "
          "`baseline: unknown` where no source gives it)")]),
    "breakdown_where_the_kind_may": (
        lambda d: d["indicators"][3].update(breakdown=[{"id": "a", "name": _NAME, "target": 50}]),
        ["indicators[3].breakdown: only a count can be broken down into categories"]),
    "region_baseline_known": (
        lambda d: d["indicators"][3].update(baseline="unknown"),
        ["indicators[3].baseline: the region counts new additions above the baseline: it must be known"]),
    "milestones_where_the_kind_may": (
        _as("growth", target=10, milestones={2019: 5}),
        ["indicators[3].milestones: a growth takes no milestones: a year's target is a count's or a level's"]),
    "prices_of_a_growth": (
        lambda d: d["indicators"][4].update(prices="comparable"),
        ["indicators[4].prices: only a growth rate is measured at some prices; a count is not"]),
}


@pytest.mark.parametrize("check", list(_CHECK_CASES))
def test_each_indicator_check_says_its_problem(document, check):
    change, expected = _CHECK_CASES[check]
    change(document)
    assert problems_of(document) == [f"targets.yaml: {problem}" for problem in expected]


def test_every_indicator_check_has_its_case():
    from baise11155.read.targets_file import INDICATOR_CHECKS

    assert [check.__name__ for check in INDICATOR_CHECKS] == list(_CHECK_CASES)


def test_an_entrys_problems_are_said_as_read_then_as_checked(document):
    """What could not be read, key by key, then what the checks find, in the order of the checks."""
    document["indicators"][4].update(limit="x", direction="sideways", baseline="unknown")
    assert problems_of(document) == [
        "targets.yaml: indicators[4].limit: expected a number, found 'x'",
        "targets.yaml: indicators[4].direction: expected one of increase, decrease, found 'sideways'",
        "targets.yaml: indicators[4].limit: a natural limit bounds a level; a count has none",
        "targets.yaml: indicators[4].baseline: a count starts from 0 and takes no baseline",
    ]

@pytest.mark.parametrize("document", [None, [], "text", 3])
def test_not_a_mapping_at_all(document):
    assert problems_of(document)[0].startswith("targets.yaml: expected a mapping")


def write_targets(tmp_path, text):
    path = tmp_path / "targets.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_invalid_yaml_names_the_line(tmp_path):
    path = write_targets(tmp_path, "schema: 1\nplan: [unclosed\n")
    with pytest.raises(TargetsError) as caught:
        load_plan(path)
    assert said(caught.value.problems)[0].startswith(f"{path}:3: not valid YAML")


def test_python_tags_are_refused(tmp_path):
    path = write_targets(tmp_path, "schema: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(TargetsError) as caught:
        load_plan(path)
    assert said(caught.value.problems) == [
        f"{path}:1: YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed in a targets file"
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("schema: 1\nschema: 1\n", "2: the key 'schema' appears twice in one mapping"),
        ("schema: !!int 1\n", "1: YAML tags (tag:yaml.org,2002:int) are not allowed in a targets file"),
        ("- a\n- b\n", "expected a mapping, found a list"),
        ("", "expected a mapping, found nothing"),
        ("schema: [1, 2\n", "not valid YAML"),
    ],
)
def test_yaml_shapes_refused(tmp_path, text, message):
    path = write_targets(tmp_path, text)
    with pytest.raises(TargetsError) as caught:
        load_plan(path)
    assert message in said(caught.value.problems)[0]


def test_scalars_are_typed_strictly():
    from baise11155.read.yaml_reader import load

    assert load("a: 10\nb: '10'\nc: 2.5\nd: 2017-12-31\ne: no\nf: true\ng: ~\nh: 2019-02-30\ni: 1e3\n") == {
        "a": 10, "b": "10", "c": 2.5, "d": dt.date(2017, 12, 31), "e": "no", "f": True, "g": None,
        "h": "2019-02-30", "i": 1000.0,
    }


def test_alias_bombs_are_refused_before_expansion(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    path = write_targets(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(TargetsError) as caught:
        load_plan(path)
    assert said(caught.value.problems) == [
        f"{path}:1: YAML anchors and aliases (&name, *name) are not allowed in a targets file"
    ]


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(TargetsError) as caught:
        load_plan(str(tmp_path / "nope.yaml"))
    assert "cannot read the targets file" in said(caught.value.problems)[0]
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("schema: 1\nname: 百色\n".encode("gbk"))
    with pytest.raises(TargetsError) as caught:
        load_plan(str(bad))
    assert said(caught.value.problems) == [f"{bad}:2: not valid UTF-8; save the targets file as UTF-8"]


def test_another_plan_of_the_same_schema(tmp_path, document):
    other = copy.deepcopy(document)
    other["plan"]["id"] = "hezhou-22"
    other["indicators"] = other["indicators"][3:]
    other["indicators"][1]["target"] = 20
    path = write_targets(tmp_path, yaml.safe_dump(other, allow_unicode=True))
    plan = load_plan(path)
    assert (plan.id, plan.code, plan.region_code) == ("hezhou-22", "52", "二千")


def test_an_edited_plan_file_is_read_as_it_is_now(tmp_path):
    """A copy of the bundled plan changed by one figure gives that figure; the bundled one keeps its own."""
    text = (ROOT / "data" / "targets.yaml").read_text(encoding="utf-8").replace("target: 50\n", "target: 60\n", 1)
    path = tmp_path / "targets.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_plan(str(path)).indicator("high-tech-enterprises").target == 60
    assert load_plan().indicator("high-tech-enterprises").target == 50


def test_the_names_a_report_says_and_the_document_it_cites(plan, document):
    """`short:` (the name inside a sentence, a noun phrase) and `plan.document` (the title a report
    cites): the seed's own words for the bundled plan; without them, the name and no citation."""
    assert [i.said("zh") for i in plan.indicators] == [
        "重大技术突破", "国家级创新平台创建", "高层次创新人才和团队引育", "高新技术企业保有量", "科技成果转化"]
    assert plan.document.zh == "百色市科技创新支撑产业高质量发展三年行动实施方案（2018—2020年）"
    del document["indicators"][0]["short"], document["plan"]["document"]
    plain = build_plan(copy.deepcopy(document), "targets.yaml")
    assert plain.indicators[0].said("zh") == "突破重大技术" and plain.document is None
    document["indicators"][0]["short"] = "重大技术突破"  # a name in both languages, as every name is
    assert problems_of(document) == ["targets.yaml: indicators[0].short: expected a mapping, found '重大技术突破'"]
