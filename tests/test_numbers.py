"""Numbers as a person reads them, from one module (`present/numbers.py`): a figure, a share, the
points against the schedule, the arithmetic of an explanation, a spreadsheet's format."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import baise11155
from baise11155.present import numbers

PACKAGE = Path(baise11155.__file__).parent
# the report's bars are drawn at coordinates (x="61.5"): geometry, not a number anyone reads
DRAWN = {("present/render/html.py", "_bar")}


def test_a_figure_has_the_decimals_its_size_needs():
    assert [numbers.figure(x) for x in (45, 45.0, 9999, 12345, 12345.0, 8529.27, 8529.2, 1.296, 1.3, 0.0083, 0.5)] == [
        "45", "45", "9999", "12,345", "12,345", "8529.27", "8529.2", "1.296", "1.3", "0.0083", "0.5"]
    # grouped from five digits, fraction or not, as the plans write 8529.27亿元
    assert [numbers.figure(x) for x in (12345.67, -12345.5, 9999.5)] == ["12,345.67", "-12,345.5", "9999.5"]
    assert numbers.figure(None) == numbers.MISSING == "—"
    assert numbers.grouped(1048577) == "1,048,577"  # a size, a limit: grouped however small


def test_shares_and_rates():
    assert numbers.percent(0.634) == "63.4%" and numbers.percent(None) == "—"
    assert numbers.rate(7.25) == "7.2" and numbers.rate(None) == "—"  # (7.25 is 7.249… in binary)
    # below 1, two significant digits: 0.0277‰ expected by now is not "0.0"
    assert [numbers.rate(v) for v in (0.0277, 0.6667, -0.00057, 0.95, 0.9996, 0)] == \
        ["0.028", "0.67", "-0.00057", "0.95", "1.0", "0.0"]
    # no trailing zero: a pace of 0.5 a year beside 1.0 and 2.5 (outlook wrote 0.50: third 公文 review, item 8)
    assert [numbers.rate(v) for v in (0.5, 0.03, 0.1)] == ["0.5", "0.03", "0.1"]
    assert numbers.excel_format(0.0277, "rate") == "0.000" and numbers.excel_format(6.67, "rate") == "0.0"


@pytest.mark.parametrize("value, zh, en, zh_phrase, en_phrase", [
    (9.58, "+9.6", "+9.6", "高于序时进度9.6个百分点", "+9.6 pp against the schedule"),
    (-16.61, "-16.6", "-16.6", "低于序时进度16.6个百分点", "-16.6 pp against the schedule"),
    (0.0, "0.0", "0.0", "与序时进度持平", "0.0 pp against the schedule"),
    (-0.04, "0.0", "0.0", "与序时进度持平", "0.0 pp against the schedule"),  # (English said -0.0)
])
def test_points_against_the_schedule(value, zh, en, zh_phrase, en_phrase):
    assert (numbers.points(value, "zh"), numbers.points(value, "en")) == (zh, en)
    assert (numbers.points_phrase(value, "zh"), numbers.points_phrase(value, "en")) == (zh_phrase, en_phrase)


def test_a_formula_and_a_measure():
    from fractions import Fraction

    assert [numbers.formula(x) for x in (3, 3.0, 2.5, 0.1 + 0.2, Fraction(5, 2), Fraction(4, 2))] == [
        "3", "3", "2.5", "0.3", "2.5", "2"]
    assert numbers.measure(0.123456) == "0.1235" and numbers.measure("no_baseline") == "no_baseline"


def test_a_spreadsheet_shows_what_the_tables_show():
    """A fraction's cell shows the decimals `figure` gives it, trailing zeros left out (8529.2, as
    the tables: it was 8,529.20), grouped from 10,000 as the tables are."""
    assert [numbers.excel_format(x, "number") for x in (8529.2, 1.296, 0.0083, 12345.6)] == [
        "0.0#", "0.0##", "0.0###", "#,##0.0#"]
    assert [numbers.excel_format(x, display) for x, display in ((45, "number"), (12345, "number"), (0.5, "percent"),
                                                                 (9.6, "points"), (7.2, "rate"))] == [
        "0", "#,##0", "0.0%", "+0.0;-0.0;0.0", "0.0"]
    assert (numbers.excel_text(1234, "number"), numbers.excel_text(0.634, "percent")) == ("1,234", "63.4%")


def test_numbers_are_formatted_in_one_module():
    """No format spec (f"{x:.1%}", format(x, ",")) in present/ or cli/ outside numbers.py."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if not name.startswith(("present/", "cli/")) or name == "present/numbers.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        drawn = {id(node) for function in ast.walk(tree) if isinstance(function, ast.FunctionDef)
                 and (name, function.name) in DRAWN for node in ast.walk(function)}
        for node in ast.walk(tree):
            formatted = isinstance(node, ast.FormattedValue) and node.format_spec is not None
            called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "format"
            if (formatted or called) and id(node) not in drawn:
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    assert found == []
