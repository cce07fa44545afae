"""Numbers as a person reads them: the one place a figure, a share or a number of percentage points
becomes text (the tables, the report, the lines above a table, the explanation's arithmetic) or
gets its format in a spreadsheet. The words around a number are the catalogue's (`words`)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..model.kinds import Number, output_number
from .fields import NUMBER, PERCENT, POINTS, RATE
from .words import label

if TYPE_CHECKING:
    import datetime as dt

    from ..calc.evaluate import Schedule

MISSING = "—"  # no figure: nothing reported, or nothing that can be worked out


GROUPED_FROM = 10000  # thousands are grouped from five digits on, as the plans write them: 8529.27亿元, 12,345


def decimals(value: float) -> int:
    """The decimals a fraction's size needs: 8529.27; 1.296, which "1.3" would show as the target
    1.3 it has not reached; 0.0083."""
    return 2 if abs(value) >= 10 else 3 if abs(value) >= 1 else 4


def figure(value: float | None) -> str:
    """A figure as the tables show it: whole numbers whole, a fraction with the decimals its size
    needs, trailing zeros left out; grouped from 10,000 either way (8529.27, 12,345.6)."""
    if value is None:
        return MISSING
    group = "," if abs(value) >= GROUPED_FROM else ""
    if isinstance(value, int) or value.is_integer():
        return f"{int(value):{group}}"
    return f"{value:{group}.{decimals(value)}f}".rstrip("0").rstrip(".")


def grouped(count: int) -> str:
    """A whole number with its thousands grouped, as a size or a limit is said: 1,048,577."""
    return f"{count:,}"


def percent(value: float | None) -> str:
    """A share as a percentage to one decimal: 63.4%."""
    return MISSING if value is None else f"{value:.1%}"


def rate(value: float | None) -> str:
    """A figure worked out rather than counted (expected by now, a pace, needed a year): one decimal,
    or two significant digits below 1 (0.028‰ expected is not 0.0)."""
    return MISSING if value is None else f"{value:.{rate_decimals(value)}f}"


def rate_decimals(value: float) -> int:
    """One decimal; below 1, as many as two significant digits need (0.028, 0.67), without a
    trailing zero (0.5 beside 1.0 and 2.5 in one column, not 0.50)."""
    if value == 0 or abs(value) >= 1:
        return 1
    places = max(1, 1 - math.floor(math.log10(abs(value))))
    if round(abs(value), places) >= 1:
        return 1  # (0.9996 is 1.0)
    return places - 1 if places > 1 and round(value, places - 1) == round(value, places) else places


def points(value: float, lang: str) -> str:
    """Percentage points against the schedule, signed as a table's column of figures: +9.6 / -16.6,
    0.0 under a twentieth of a point (a word in a column of numbers, 超9.6 / 低于16.6, read as text)."""
    return label(_points_key(value, "points"), lang).format(points=f"{abs(value):.1f}")


def points_phrase(value: float, lang: str) -> str:
    """The same in a sentence: 低于序时进度16.6个百分点 / 超序时进度9.6个百分点 / 与序时进度持平."""
    return label(_points_key(value, "points_phrase"), lang).format(points=f"{abs(value):.1f}")


def _points_key(value: float, key: str) -> str:
    if f"{abs(value):.1f}" == "0.0":
        return f"{key}_level"
    return f"{key}_ahead" if value > 0 else f"{key}_behind"


def formula(value: Number | float | None) -> str:
    """A figure as a formula or a sentence shows it: whole, or with as many decimals as it needs
    (at most 6), never a Fraction's 5/2."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")
    return str(output_number(value))


def measure(value: float | str | None) -> str:
    """A published measure's figure (a growth rate, a ratio, a score): four significant digits."""
    return f"{value:.4g}" if isinstance(value, float) else str(value)


# what a spreadsheet cell of each display shows (fractions get theirs by their size: `excel_format`)
EXCEL_FORMATS = {NUMBER: "#,##0", PERCENT: "0.0%", POINTS: "+0.0;-0.0;0.0"}  # (a rate's by its size)


def excel_format(value: float, display: str) -> str:
    """A spreadsheet cell's number format: a figure shows what the tables show (1.296, not 1.30;
    8529.2; 12,345), the others as their display says."""
    if display == NUMBER:
        whole = "#,##0" if abs(value) >= GROUPED_FROM else "0"
        if isinstance(value, float) and not value.is_integer():
            return whole + ".0" + "#" * (decimals(value) - 1)
        return whole
    if display == RATE:
        return "0." + "0" * rate_decimals(value)
    return EXCEL_FORMATS[display]


def excel_text(value: float, display: str) -> str:
    """About what a spreadsheet cell shows, for the column's width."""
    if display == PERCENT:
        return percent(value)
    return figure(value) if isinstance(value, float) else grouped(value)


def day(when: dt.date, lang: str) -> str:
    """A date in a sentence: 2019年12月31日 in Chinese, 2019-12-31 in English."""
    return label("date_said", lang).format(year=when.year, month=when.month, day=when.day, iso=when.isoformat())


def as_of_line(when: Schedule, start: dt.date, end: dt.date, lang: str) -> str:
    """截至2019年12月31日，时间进度66.7%（按月计，实施期2018年1月1日至2020年12月31日）."""
    return label("as_of_line", lang).format(as_of=day(when.as_of, lang), elapsed=percent(when.elapsed),
                                            basis=label(f"basis_{when.basis}", lang), start=day(start, lang),
                                            end=day(end, lang))
