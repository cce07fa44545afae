"""Turning the text of one cell into a date or a number, as Chinese spreadsheets write them.

Accepted, because Excel and WPS on Chinese Windows produce them and they are unambiguous:
- dates: `2019`, `2019年`, `2019-12-31`, `2019-1-5`, `2019/1/5`, `2019.1.5`, `2019年1月5日`,
  optionally followed by a time of day (`2019/12/31 0:00`), which is ignored; full-width digits;
  a month alone (`2019年3月`, `2019-03`, `2019.10`) is its last day;
- periods as offices write them (`2019年1-6月`, `2019年1月—6月`, `2019年上半年`, `2019年三季度`,
  `2019年前三季度`, `截至2019年9月底`): the period's last day, since a figure for a period is
  dated at its end and a stock's level is the level on that day;
- numbers: `12`, `１２` (full-width), `1,000` and `1 000` (thousands grouped by threes), `2.5`,
  `+3`, `-0`, kept exact (a decimal is a Fraction, never a float);
- units: an amount written in a unit that converts exactly to the plan's (万元 to 亿元, 人 to 万人)
  is converted (`convert`), exactly.
Refused, each with a message that says what to write instead: two-digit years (`19-01-01`),
impossible dates (`2019-02-30`), `2019.1` (Excel keeps a month typed `2019.10` as the number
2019.1: January or October?), Chinese numerals (`十二`), percentages, exponents (`1e3`),
`nan`/`inf`, negative numbers, and units that do not convert.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ..model.notices import quoted

if TYPE_CHECKING:
    from fractions import Fraction

    from ..model.kinds import Number

MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_DIGITS = 15  # no count in a plan comes near 10^15; longer numbers are mistakes

_YEAR = r"(\d{4})\s*(?:年\s*(?:度末|度|底|末)?)?"  # 2019, 2019年, 2019年度, 2019年底, 2019年末
_MONTH = r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月(?:份|底|末)?|([-/.])(\d{1,2}))"  # 2019年3月, 2019-03, 2019/3, 2019.03
_COMPACT = r"(\d{4})(\d{2})(\d{2})"  # 20190315
# units typed after a count (3项, 5个, 45家): set aside
_COUNT_UNIT = r"(.*?[\d.])\s*(?:个团队|项目|项|个|家|人|名|件|支|台|套|篇|次|所|座)"
_DATE = (
    r"(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_PLAIN_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
# thousands grouped by threes, by commas (12,345.67) or by spaces (12 345.67), never by both
_GROUPED_NUMBER = r"[+-]?\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?:\.\d+)?"
# full-width forms (Ａ, １, （, ＝) as their ASCII selves, the ideographic space as a space
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# the spaces a number's thousands are grouped by in Word and WPS (no-break, thin, narrow no-break)
_GROUP_SPACES = {0xA0: 0x20, 0x2009: 0x20, 0x202F: 0x20}


class CellError(ValueError):
    """A cell's text cannot be read: a message code (`present.words`) that says what to write
    instead, and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def parse_when(text: str) -> tuple[dt.date, bool]:
    """Read a year, a date or a period; returns (date, year_only). A year alone stands for its
    last day, a month for its last day, a period for its last day."""
    cell = text.strip()
    # the two forms nearly every file uses, without a regular expression
    if len(cell) == 4 and cell.isascii() and cell.isdigit():
        return dt.date(_year(cell, cell), 12, 31), True
    if len(cell) == 10 and cell.isascii() and cell[4] == "-" == cell[7]:
        try:
            return _in_range(dt.date.fromisoformat(cell), cell), False
        except ValueError:
            pass
    found = _one_date(cell, cell)
    if found is None:
        normal = _period_text(cell)
        found = (_one_date(normal, cell) if normal != cell else None) or _period_end(normal, cell)
    if found is not None:
        return found
    if not cell:
        raise CellError("no_when")
    if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{1,2}", cell):
        raise CellError("two_digit_year", cell=_show(cell))
    raise CellError("not_when", cell=_show(cell))


def _one_date(cell: str, text: str) -> tuple[dt.date, bool] | None:
    """A year, a month or a day written in one of the usual forms; None for any other text."""
    match = re.fullmatch(_YEAR, cell)
    if match:
        return dt.date(_year(match.group(1), text), 12, 31), True
    match = re.fullmatch(_MONTH, cell)
    if match:
        year, month = _year(match.group(1), text), int(match.group(2) or match.group(4))
        if match.group(3) == "." and match.group(4) == "1":
            # Excel keeps 2019.10 typed in a cell as the number 2019.1, and a CSV saved from it
            # holds 2019.1 too: January and October cannot be told apart
            raise CellError("month_ambiguous", cell=_show(text), year=year)
        return _month_end(year, month, text), False
    match = re.fullmatch(_COMPACT, cell)
    if match:
        year, month, day = _year(match.group(1), text), int(match.group(2)), int(match.group(3))
        return _day(year, month, day, text), False
    match = re.fullmatch(_DATE, cell)
    if match:
        year = _year(match.group(1), text)
        parts = (match.group(3), match.group(4)) if match.group(2) else (match.group(5), match.group(6))
        return _day(year, int(parts[0]), int(parts[1]), text), False
    return None


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError("date_not_real", cell=_show(text), month=month, day=day) from None


def _month_end(year: int, month: int, text: str) -> dt.date:
    """A month alone stands for its last day, as a year alone for its 31 December."""
    if not 1 <= month <= 12:
        raise CellError("date_not_real", cell=_show(text), month=month, day=1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


# How offices write a period (2019年1—6月, 截至2019年9月底累计): its words around a date are set
# aside, every kind of dash (— – ― － ～ 至 到) is one range mark
_PERIOD_AROUND = r"(?:截止到|截至到|截至|截止|至|到)?(.+?)(?:为止|止)?(?:累计)?"
_DASHES = re.compile(r"[-\u2010-\u2015\u2212\ufe58\ufe63~\u301c至到]+")
_QUARTER_NUMBERS = {"1": 1, "一": 1, "2": 2, "二": 2, "两": 2, "3": 3, "三": 3, "4": 4, "四": 4}
_PERIOD_YEAR = r"(\d{4})年?"
_QUARTER = _PERIOD_YEAR + r"(?:第)?([1-4一二三四])(?:个)?季度?"  # 2019年第三季度, 2019年三季度, 2019年3季度
_FIRST_QUARTERS = _PERIOD_YEAR + r"前([1-4一二三四两])(?:个)?季度?"  # 2019年前三季度
_QUARTERS = _PERIOD_YEAR + r"(?:第)?([1-4一二三四])-(?:第)?([1-4一二三四])季度?"  # 2019年1-3季度
_HALF = _PERIOD_YEAR + r"(上|下)半年度?"  # 2019年上半年
_WHOLE_YEAR = _PERIOD_YEAR + r"全年度?"  # 2019年全年
# a range of months or days: its start, with its year (2019年1, 2019年1月, 2019.1, 2019年1月1日) ...
_RANGE = r"(\d{4})(?:年(\d{1,2})(?:月份?(?:(\d{1,2})日)?)?|([./-])(\d{1,2})(?:\4(\d{1,2}))?)-(.+)"
# ... and its end: a month or a day of the same year (6月, 6月底, 6月30日), or a date with its own year
_RANGE_END = r"(\d{1,2})月(?:份|底|末)?|(\d{1,2})月(\d{1,2})日"


def _period_text(cell: str) -> str:
    """A period's text as it is compared: half-width, without spaces, its dashes one mark."""
    folded = "".join(cell.translate(FULL_WIDTH).split())
    around = re.fullmatch(_PERIOD_AROUND, folded)
    if around:
        folded = around.group(1)
    return _DASHES.sub("-", folded)


def _period_end(cell: str, text: str) -> tuple[dt.date, bool] | None:
    """The last day of a period written as offices write it, or None."""
    match = re.fullmatch(_QUARTER, cell) or re.fullmatch(_FIRST_QUARTERS, cell)
    if match:
        return _month_end(_year(match.group(1), text), 3 * _QUARTER_NUMBERS[match.group(2)], text), False
    match = re.fullmatch(_QUARTERS, cell)
    if match:
        first, last = _QUARTER_NUMBERS[match.group(2)], _QUARTER_NUMBERS[match.group(3)]
        if first > last:
            raise CellError("period_reversed", cell=_show(text))
        return _month_end(_year(match.group(1), text), 3 * last, text), False
    match = re.fullmatch(_HALF, cell)
    if match:
        return _month_end(_year(match.group(1), text), 6 if match.group(2) == "上" else 12, text), False
    match = re.fullmatch(_WHOLE_YEAR, cell)
    if match:
        return dt.date(_year(match.group(1), text), 12, 31), True
    match = re.fullmatch(_RANGE, cell)
    if match:
        year = _year(match.group(1), text)
        month = int(match.group(2) or match.group(5) or 0)
        day = match.group(3) or match.group(6)
        start = _day(year, month, int(day), text) if day else _month_end(year, month, text).replace(day=1)
        end = _range_end(year, match.group(7), text)
        if end is None:
            return None
        if end < start:
            raise CellError("period_reversed", cell=_show(text))
        return end, False
    return None


def _range_end(year: int, cell: str, text: str) -> dt.date | None:
    match = re.fullmatch(_RANGE_END, cell)
    if match:
        if match.group(1):
            return _month_end(year, int(match.group(1)), text)
        return _day(year, int(match.group(2)), int(match.group(3)), text)
    if re.match(r"\d{4}", cell):
        found = _one_date(cell, text)
        return found[0] if found else None
    return None


def _in_range(day: dt.date, cell: str) -> dt.date:
    _year(str(day.year), cell)
    return day


def _year(digits: str, cell: str) -> int:
    year = int(digits)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError("year_range", year=year, cell=_show(cell), low=MIN_YEAR, high=MAX_YEAR)
    return year


def parse_value(text: str) -> int | Fraction:
    """Read a non-negative number; a blank cell is 1 (one row per item, a ledger)."""
    cell = text.strip()
    if not cell:
        return 1
    return _number(cell, text)


def parse_measure(text: str, units: tuple[str, ...], header_unit: str = "") -> Number:
    """Read a measured value (a ratio, money, an output): a figure is required, and the
    indicator's own unit may follow it (`0.82%`, `8,529.27亿元`); a percentage is in per cent
    (0.82% is 0.82), as the plan's targets are. A figure in another unit, written after it
    (`12,345.67万元`) or in the column's header (`header_unit`: 成交额（万元）), is converted to the
    indicator's unit (`units[0]`) when that is exact; refused when it is not."""
    cell = text.strip()
    if not cell:
        raise CellError("value_required")
    cell = cell.translate(FULL_WIDTH).strip()
    unit = header_unit
    written = re.fullmatch(r"([+-]?[\d., \u00a0\u2009\u202f]*\d)\s*(\D+)", cell)
    if written:
        unit, cell = written.group(2).strip(), written.group(1)
    factor = 1 if not unit or unit.casefold() in {u.casefold() for u in units} else unit_factor(unit, units[0])
    if factor is None:  # 3项 for a share in %, 100美元 for an amount in 亿元
        raise CellError("value_unit_differs", cell=_show(text), unit=unit, expected=units[0])
    return scaled(_number(cell, text, counted=False), factor)


# Units that convert exactly: a scale (a power of ten) of one base, 万元 = 10^4 元, 亿元 = 10^8 元,
# 万人 = 10^4 人; the longest scale word is tried first (万亿 before 亿, 千万 before 万)
_SCALES = (("万亿", 10**12), ("千亿", 10**11), ("百亿", 10**10), ("十亿", 10**9), ("亿", 10**8), ("千万", 10**7),
           ("百万", 10**6), ("十万", 10**5), ("万", 10**4), ("千", 10**3))
# the plan's English units, and what offices write for them
_UNIT_WORDS = {"yuan": "元", "10k yuan": "万元", "10,000 yuan": "万元", "ten thousand yuan": "万元",
               "100 million yuan": "亿元", "people": "人", "persons": "人", "人民币元": "元", "元人民币": "元",
               "万元人民币": "万元", "亿元人民币": "亿元"}
_UNIT_WORDS = {"".join(word.split()): unit for word, unit in _UNIT_WORDS.items()}  # compared without spaces
# what a bare scale (金额（万）, 产值（亿）) may be a scale of: an amount of money or of people
_SCALED_BASES = frozenset({"元", "人", "人次"})


def unit_factor(from_unit: str, to_unit: str) -> int | Fraction | None:
    """What a figure in `from_unit` is multiplied by to be in `to_unit`, exactly; None when one
    is not a scale of the other (美元 and 元, % and 亿元, 件/万人 and 件). Two counting units (个
    and 家, 人 and 项, 个/项 and 项) are not a conversion: 1, the figure as it is (a warning elsewhere
    asks whether the column holds the indicator's count)."""
    from fractions import Fraction

    from ..model.plan import COUNT_UNITS

    source, target = (_UNIT_WORDS.get(u, u) for u in ("".join(unit.split()).casefold() for unit in (from_unit, to_unit)))
    if source == target or (target in COUNT_UNITS and all(part in COUNT_UNITS for part in re.split("[/、,]", source))):
        return 1  # the same unit, or counts by other words (个 for 家; 个/项 over a ledger of both)
    (source_base, source_scale), (target_base, target_scale) = _scaled(source), _scaled(target)
    if not target_base or (source_base or target_base) != target_base:
        return None
    if not source_base and target_base not in _SCALED_BASES | COUNT_UNITS:
        return None
    ratio = Fraction(source_scale, target_scale)
    return ratio.numerator if ratio.denominator == 1 else ratio


def convert(value: Number, from_unit: str, to_unit: str) -> Number | None:
    """A figure in `from_unit` in `to_unit` (12,345.67 万元 is 1.234567 亿元), exactly; None when
    it cannot be converted."""
    factor = unit_factor(from_unit, to_unit)
    return None if factor is None else _exact(value * factor)


def scaled(value: Number, factor: Number) -> Number:
    """A figure multiplied by a unit's factor (`unit_factor`), exactly."""
    return value if factor == 1 else _exact(value * factor)


def _scaled(unit: str) -> tuple[str, int]:
    """A unit as (its base, its scale): 万元 is (元, 10^4), 万 is ("", 10^4), 家 is (家, 1)."""
    for word, scale in _SCALES:
        if unit.startswith(word):
            return unit[len(word):], scale
    return unit, 1


def _exact(number: Number) -> Number:
    """A whole Fraction as an int, as the rest of the figures are."""
    from fractions import Fraction

    if isinstance(number, Fraction) and number.denominator == 1:
        return int(number)
    return number


def _number(cell: str, text: str, counted: bool = True) -> int | Fraction:
    if len(cell) > MAX_DIGITS + 6:  # room for a sign, a point and thousands separators
        raise CellError("value_too_long", cell=_show(text))
    if cell.isascii():
        if cell.isdigit():
            return int(cell)
    else:
        cell = cell.translate(FULL_WIDTH).translate(_GROUP_SPACES).strip()
        with_unit = re.fullmatch(_COUNT_UNIT, cell) if counted else None
        if with_unit:
            cell = with_unit.group(1)
    if re.fullmatch(_GROUPED_NUMBER, cell, re.ASCII):
        cell = cell.replace(",", "").replace(" ", "")
    if re.fullmatch(_PLAIN_NUMBER, cell, re.ASCII):
        number: int | Fraction
        if "." in cell:
            # A decimal is kept exact (0.7 is 7/10, not the nearest binary fraction), so that
            # sums and the on-track test at the boundary are exact too.
            from fractions import Fraction

            number = Fraction(cell)
            if number.denominator == 1:
                number = int(number)
        else:
            number = int(cell)
        if number < 0:
            raise CellError("value_negative", cell=_show(text))
        if number >= 10**MAX_DIGITS:
            raise CellError("value_too_large", cell=_show(text))
        return number + 0  # -0 becomes 0
    raise _why_not_a_number(cell, text)


def _why_not_a_number(cell: str, original: str) -> CellError:
    shown = _show(original)
    if cell.endswith("%"):
        return CellError("value_percent", cell=shown)
    if re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+", cell):
        return CellError("value_exponent", cell=shown)
    if any(c in "零〇一二两三四五六七八九十百千万亿" for c in cell):
        return CellError("value_chinese", cell=shown)
    if "," in cell:
        return CellError("value_commas", cell=shown)
    return CellError("value_not_number", cell=shown)


def _show(text: str) -> str:
    """Quote a cell for a message, cut short if it is long."""
    return quoted(text)


_WHEN_STARTS = re.compile(r"(?:截至|截止)?(?:19|20)\d\d")
_LONGEST_WHEN = 24  # characters: 截至2019年12月31日止累计 and the like
YEARS_SPAN = re.compile(r"(?:19|20)\d\d\s*年?\s*[-\u2010-\u2015\u2212~\u301c至到]+\s*(?:19|20)\d\d\s*年?")


def find_when(text: str) -> dict[dt.date, str]:
    """The dates or periods written inside a longer text (a title, a sheet's name), each with the
    words that say it: at each year, the longest piece `parse_when` reads. A title may name more
    than one (the plan's 2018—2020 beside the report's 2019年三季度): which is meant is the caller's
    to ask."""
    found: dict[dt.date, str] = {}
    text = YEARS_SPAN.sub(" ", text)  # a span of years (2018—2020年) is a plan's period, not a date
    for start in _WHEN_STARTS.finditer(text):
        for end in range(min(len(text), start.start() + _LONGEST_WHEN), start.end() - 1, -1):
            piece = text[start.start():end]
            if end < len(text) and text[end - 1].isdigit() and text[end].isdigit():
                continue  # a number is never cut in two
            try:
                when = parse_when(piece)[0]
            except CellError:
                continue
            found.setdefault(when, piece)
            break
    return found
