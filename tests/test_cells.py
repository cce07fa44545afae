"""What a cell may hold: which odd values are accepted and which are refused, on purpose."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from baise11155.present.words import phrase
from baise11155.read.cells import CellError, parse_value, parse_when


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", 1), ("  ", 1), ("3", 3), (" 12 ", 12), ("１２", 12), ("1,000", 1000), ("12,345,678", 12345678),
        ("１，０００", 1000), ("1 000", 1000), ("12 345 678", 12345678), ("1\u00a0000", 1000),
        ("2.5", Fraction(5, 2)), ("3.0", 3), ("+3", 3), ("-0", 0), ("-0.0", 0), ("0", 0), (".5", Fraction(1, 2)), ("0.7", Fraction(7, 10)),
    ],
)
def test_values_accepted(text, expected):
    value = parse_value(text)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    "text, message",
    [
        ("-1", "is negative"),
        ("十二", "Chinese numerals"),
        ("50%", "percentage"),
        ("1e3", "exponent notation"),
        ("1e309", "exponent notation"),
        ("nan", "not a number"),
        ("inf", "not a number"),
        ("1,00", "commas that are not thousands separators"),
        ("12 34", "not a number"),  # a space groups thousands by threes, or it is two numbers
        ("1,234 567", "commas that are not thousands separators"),  # commas and spaces together
        ("abc", "not a number"),
        ("²", "not a number"),
    ],
)
def test_values_refused(text, message):
    assert message in refusal(parse_value, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019", (dt.date(2019, 12, 31), True)),
        ("2019年", (dt.date(2019, 12, 31), True)),
        (" 2019 ", (dt.date(2019, 12, 31), True)),
        ("２０１９", (dt.date(2019, 12, 31), True)),
        ("2019-12-31", (dt.date(2019, 12, 31), False)),
        ("2019-1-5", (dt.date(2019, 1, 5), False)),
        ("2019/1/5", (dt.date(2019, 1, 5), False)),
        ("2019.01.05", (dt.date(2019, 1, 5), False)),
        ("2019年1月5日", (dt.date(2019, 1, 5), False)),
        ("2019/12/31 0:00", (dt.date(2019, 12, 31), False)),
        ("2019-12-31 00:00:00", (dt.date(2019, 12, 31), False)),
        ("2020-02-29", (dt.date(2020, 2, 29), False)),
    ],
)
def test_dates_accepted(text, expected):
    assert parse_when(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("2019-02-30", "does not exist"),
        ("2019-13-01", "does not exist"),
        ("19-01-01", "two-digit year"),
        ("2019-1/5", "not a year or a date"),
        ("1899", "out of range"),
        ("二〇一九年", "not a year or a date"),
        ("", "no year or date"),
        ("2019-13", "does not exist"),
        ("20191301", "does not exist"),
        ("31/12/2019", "not a year or a date"),
    ],
)
def test_dates_refused(text, message):
    assert message in refusal(parse_when, text)


def refusal(parse, text: str) -> str:
    """What the tool says, in English, when a cell is refused."""
    with pytest.raises(CellError) as caught:
        parse(text)
    return phrase(caught.value.code, "en", **caught.value.params)
