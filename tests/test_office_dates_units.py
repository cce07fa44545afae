"""Dates and units as offices keep them (issue 20, items 6, 7 and 9): a month typed 2019.10 that
Excel keeps as the number 2019.1, a date cell whose format shows only the month, periods written
as text (2019年1-6月), amounts in 万元 against a plan in 亿元, and numbers as 12,345.67 or 1 234.

Every workbook is made here with openpyxl, and every figure is worked out by hand beside it.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from conftest import TARGETS, said

from baise11155.read.cells import (
    CellError,
    convert,
    parse_measure,
    parse_when,
    unit_factor,
)
from baise11155.read.date_formats import date_grain
from baise11155.read.progress import ReadSettings, read_progress
from baise11155.read.targets_file import load_plan

PLAN = load_plan(str(TARGETS))  # baise-11155, 2018-01-01 to 2020-12-31
MONEY_PLAN_ID = "guangxi-keji-qianggui-2021-2023"  # 技术合同成交额 in 亿元, 国家级高层次创新人才 in 人
MONEY_PLAN = load_plan(str(TARGETS.parent / "plans" / f"{MONEY_PLAN_ID}.yaml"))


def book(path: Path, rows: list[list], formats: dict[str, str] | None = None, title: str = "进度") -> Path:
    """A one-sheet workbook; `formats` gives cells (C2) their number format, as an office sets it."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    workbook.save(path)
    return path


def use_built_in_format(path: Path, code: str, built_in: int) -> None:
    """Make the cell style with format `code` use Excel's built-in format `built_in` instead, with
    no format code in the file, as Excel writes its own formats (openpyxl spells every one out)."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    styles = files["xl/styles.xml"].decode()
    escaped = code.replace('"', "&quot;")
    ident = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(escaped)}"\s*/>', styles)
    assert ident, styles
    styles = styles.replace(ident.group(0), "").replace(f'numFmtId="{ident.group(1)}"', f'numFmtId="{built_in}"')
    files["xl/styles.xml"] = styles.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def sums(observations, indicator: str) -> dict[str, object]:
    """An indicator's sums by date, its parts added up."""
    found: dict[str, object] = {}
    for (ident, _category, when, _part), bucket in observations.buckets.items():
        if ident == indicator:
            found[when.isoformat()] = found.get(when.isoformat(), 0) + bucket.total
    return found


def refusal(parse, *args) -> str:
    with pytest.raises(CellError) as caught:
        parse(*args)
    from baise11155.present.words import phrase

    return phrase(caught.value.code, "en", **caught.value.params)


# 1 (a). A month typed 2019.10: Excel keeps the number 2019.1, and a CSV saved from it holds 2019.1


def test_a_month_excel_kept_as_a_number_is_refused_naming_the_cell(tmp_path, run):
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "日期", "数量"],
        ["转化科技成果", 2019.1, 3],  # typed 2019.10 (October), stored as 2019.1: or was it January?
        ["转化科技成果", 2019.05, 2],  # typed 2019.05 or 2019.050: May, whichever
    ])
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [(
        f"{path}:进度!B2: date '2019.1' is ambiguous: Excel keeps 2019.10 typed in a cell as the number 2019.1, so "
        "is it January or October 2019? write 2019-01 or 2019-10 (or 2019-10-31), or use a date cell")]
    zh = run("--lang", "zh", "validate", path)
    assert zh.stdout.splitlines() == [(
        f"{path}工作表“进度”B2单元格：日期“2019.1”含义不明：Excel会把输入的2019.10存成数字2019.1，是2019年1月还是10月？"
        "请写成2019-01或2019-10（或2019-10-31），或使用日期格式的单元格")]


def test_the_same_in_a_year_column(tmp_path):
    path = book(tmp_path / "进度.xlsx", [["指标", "年份", "数量"], ["转化科技成果", 2018.1, 3]])
    observations = read_progress(PLAN, [str(path)])
    assert [note.place for note in observations.problems] == [f"{path}:进度!B2"]
    assert observations.problems[0].code == "month_ambiguous"


def test_a_month_written_as_text_is_not_ambiguous(tmp_path, write):
    # a text cell '2019.10' (typed as text, or a CSV) is October; so is 2019.1 nowhere
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "日期", "数量"],
        ["转化科技成果", "2019.10", 3],  # October 31
        ["转化科技成果", "2019.03", 2],  # March 31
        ["转化科技成果", 2019.12, 4],  # a number, but only December: 2019.120 is no month
    ])
    observations = read_progress(PLAN, [str(path)])
    assert said(observations.problems) == []
    assert sums(observations, "achievements") == {"2019-10-31": 3, "2019-03-31": 2, "2019-12-31": 4}
    csv = write("指标,日期,数量\n转化科技成果,2019.10,3\n转化科技成果,2019.1,2\n")
    from_csv = read_progress(PLAN, [str(csv)])
    assert sums(from_csv, "achievements") == {"2019-10-31": 3}  # the 2019.1 row is refused, not January
    assert said(from_csv.problems)[0].startswith(f"{csv}:3: date '2019.1' is ambiguous")


# 1 (b). A date cell whose format shows the month only is that month's last day


@pytest.mark.parametrize("number_format", ['yyyy"年"m"月"', "yyyy-mm", "mmm-yy", '[DBNum1][$-804]yyyy"年"m"月"',
                                           'yyyy"年"m"月";@', "yyyy/m", "mmmm yyyy"])
def test_a_date_cell_formatted_as_a_month_is_the_months_end(tmp_path, run, number_format):
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "统计时间", "数量"],
        ["转化科技成果", dt.datetime(2019, 12, 1), 3],  # typed 2019年12月: Excel stores 2019-12-01
    ], formats={"B2": number_format})
    result = run("status", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = result.json()
    # as of 2019-12-31, not 12-01: 24 of the period's 36 months (2018-01-01 to 2020-12-31) = 66.7%,
    # where 12-01 gave 23/36 = 63.9% (December not yet completed)
    assert document["as_of"] == "2019-12-31"
    assert document["elapsed"] == pytest.approx(24 / 36)
    assert f"warning: {path}:进度!B2: the date cell's format shows only its month (the first such cell on this " \
           "sheet; it holds 2019-12-01): read as the month's last day, 2019-12-31; the others like it are not " \
           "listed" in result.stderr


@pytest.mark.parametrize("built_in", [17, 27, 36, 50, 52, 57])  # mmm-yy; yyyy"年"m"月" in Chinese Excel
def test_excels_built_in_month_formats(tmp_path, built_in):
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "日期", "数量"],
        ["转化科技成果", dt.datetime(2019, 6, 1), 3],
        ["转化科技成果", dt.datetime(2019, 6, 1), 2],  # the same style, not named again
    ], formats={"B2": 'yyyy"年"m"月"', "B3": 'yyyy"年"m"月"'})
    use_built_in_format(path, 'yyyy"年"m"月"', built_in)
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "achievements") == {"2019-06-30": 5}
    assert [note.code for note in observations.warnings] == ["date_shown_as_month"]


def test_a_date_cell_formatted_as_a_year_is_its_31_december(tmp_path):
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "日期", "数量"],
        ["转化科技成果", dt.datetime(2019, 1, 1), 3],  # shows 2019年: 2019-12-31
        ["转化科技成果", dt.datetime(2019, 1, 1), 2],  # shows 2019: 2019-12-31
        ["转化科技成果", dt.datetime(2019, 6, 1), 4],  # a full date: 2019-06-01, as it says
        ["转化科技成果", dt.datetime(2019, 7, 15), 1],  # shows 7月15日, the year from the cell: 2019-07-15
    ], formats={"B2": 'yyyy"年"', "B3": "yyyy", "B4": "yyyy-mm-dd", "B5": 'm"月"d"日"'})
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "achievements") == {"2019-12-31": 5, "2019-06-01": 4, "2019-07-15": 1}
    assert said(observations.warnings) == [(
        f"{path}:进度!B2: the date cell's format shows only its year (the first such cell on this sheet; it holds "
        "2019-01-01): read as the year's last day, 2019-12-31; the others like it are not listed")]


def test_a_month_cell_already_at_its_end_needs_no_word(tmp_path):
    path = book(tmp_path / "进度.xlsx", [["指标", "日期", "数量"], ["转化科技成果", dt.datetime(2019, 6, 30), 3]],
                formats={"B2": "yyyy-mm"})
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "achievements") == {"2019-06-30": 3} and observations.warnings == []


def test_a_workbook_and_the_same_table_saved_as_csv_agree(tmp_path, write, run):
    # the CSV Excel saves holds what the cell shows, 2019年6月: the month's end either way
    path = book(tmp_path / "进度.xlsx", [["指标", "日期", "数量"], ["转化科技成果", dt.datetime(2019, 6, 1), 3]],
                formats={"B2": 'yyyy"年"m"月"'})
    csv = write("指标,日期,数量\n转化科技成果,2019年6月,3\n")
    assert run("status", path, "-f", "json").json() == run("status", csv, "-f", "json").json()


def test_formats_that_change_down_a_column(tmp_path):
    path = book(tmp_path / "进度.xlsx", [
        ["指标", "日期", "数量"],
        ["转化科技成果", dt.datetime(2019, 3, 1), 1],  # 2019年3月: 03-31
        ["转化科技成果", dt.datetime(2019, 4, 1), 2],  # 2019年4月: 04-30
        ["转化科技成果", dt.datetime(2019, 5, 1), 4],  # a full date between them: 05-01
        [],  # a blank row
        ["转化科技成果", dt.datetime(2019, 6, 1), 8],  # 2019年6月 again: 06-30
        ["转化科技成果", dt.datetime(2019, 7, 1), 16],  # a year only: 12-31
    ], formats={"B2": 'yyyy"年"m"月"', "B3": 'yyyy"年"m"月"', "B4": "yyyy-mm-dd", "B6": 'yyyy"年"m"月"', "B7": "yyyy"})
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "achievements") == {"2019-03-31": 1, "2019-04-30": 2, "2019-05-01": 4,
                                                  "2019-06-30": 8, "2019-12-31": 16}


def test_cells_written_with_their_attributes_in_another_order(tmp_path):
    # <c s="1" t="n" r="B2">: valid XML that no common program writes, found all the same
    path = book(tmp_path / "进度.xlsx", [["指标", "日期", "数量"], ["转化科技成果", dt.datetime(2019, 6, 1), 3]],
                formats={"B2": "yyyy-mm"})
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    sheet, count = re.subn(rb'<c r="B2" s="(\d+)" t="n">', rb"""<c s='\1' t="n" r="B2">""",
                           files["xl/worksheets/sheet1.xml"])
    assert count == 1
    files["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert sums(read_progress(PLAN, [str(path)]), "achievements") == {"2019-06-30": 3}


@pytest.mark.parametrize("code, grain", [
    ('yyyy"年"m"月"', "month"), ("mmm-yy", "month"), ("mmmm", "month"), ("yyyy年m月", "month"),
    ("yyyy", "year"), ('yyyy"年"', "year"), ("yy", "year"), ('e"年"', "year"),
    ("yyyy-mm-dd", None), ('m"月"d"日"', None), ("m/d/yyyy", None), ("yyyy-mm-dd hh:mm", None),
    ("h:mm", None), ("mm:ss", None), ("[h]:mm:ss", None), ("General", None), ("0.00", None), ("@", None),
    ('"月报"yyyy"年"m"月"', "month"),  # text in quotes shows nothing of the date (its d included)
])
def test_what_a_format_shows_of_a_date(code, grain):
    assert date_grain(code) == grain


# 1 (c). Periods written as text: the period's last day


@pytest.mark.parametrize("text, day", [
    ("2019年1-6月", dt.date(2019, 6, 30)),
    ("2019年1—6月", dt.date(2019, 6, 30)),  # an em dash
    ("2019年1–6月", dt.date(2019, 6, 30)),  # an en dash
    ("2019年1～6月", dt.date(2019, 6, 30)),
    ("2019年1至6月", dt.date(2019, 6, 30)),
    ("2019年1月-6月", dt.date(2019, 6, 30)),
    ("2019年1月至6月", dt.date(2019, 6, 30)),
    ("2019年1-6月份", dt.date(2019, 6, 30)),
    ("２０１９年１－６月", dt.date(2019, 6, 30)),
    ("2019 年 1 - 6 月", dt.date(2019, 6, 30)),
    ("2019年1-9月", dt.date(2019, 9, 30)),
    ("2019年1-2月", dt.date(2019, 2, 28)),
    ("2020年1-2月", dt.date(2020, 2, 29)),  # a leap year
    ("2019年1月1日-6月30日", dt.date(2019, 6, 30)),
    ("2019年1月-2019年10月", dt.date(2019, 10, 31)),
    ("2018年7月-2019年6月", dt.date(2019, 6, 30)),
    ("2019.1-2019.6", dt.date(2019, 6, 30)),
    ("2019.01-2019.10", dt.date(2019, 10, 31)),
    ("2019年上半年", dt.date(2019, 6, 30)),
    ("2019年下半年", dt.date(2019, 12, 31)),
    ("2019年第三季度", dt.date(2019, 9, 30)),
    ("2019年三季度", dt.date(2019, 9, 30)),
    ("2019年第3季度", dt.date(2019, 9, 30)),
    ("2019年一季度", dt.date(2019, 3, 31)),
    ("2019年第四季度", dt.date(2019, 12, 31)),
    ("2019年前三季度", dt.date(2019, 9, 30)),
    ("2019年1-3季度", dt.date(2019, 9, 30)),
    ("2019年度", dt.date(2019, 12, 31)),
    ("2019年全年", dt.date(2019, 12, 31)),
    ("截至2019年9月底", dt.date(2019, 9, 30)),
    ("截止2019年9月底", dt.date(2019, 9, 30)),
    ("截至2019年9月30日", dt.date(2019, 9, 30)),
    ("2019年9月末", dt.date(2019, 9, 30)),
    ("2019年9月底", dt.date(2019, 9, 30)),
    ("2019年1-9月累计", dt.date(2019, 9, 30)),
    ("截至2019年底", dt.date(2019, 12, 31)),
])
def test_periods_as_offices_write_them(text, day):
    assert parse_when(text)[0] == day


@pytest.mark.parametrize("text, message", [
    ("2019年6-1月", "ends before it starts"),
    ("2019年3-2季度", "ends before it starts"),
    ("2019年1-13月", "does not exist"),
    ("2019年第五季度", "not a year or a date"),
    ("2019.1-6", "not a year or a date"),  # January to June, or 2019.1 to day 6?
    ("截至9月底", "not a year or a date"),  # which year?
    ("2019年初", "not a year or a date"),
    ("2019.1", "is ambiguous"),
    ("2019.1-2019.1", "is ambiguous"),
])
def test_what_is_still_refused(text, message):
    assert message in refusal(parse_when, text)


def test_a_file_of_half_year_rows_is_read_not_refused_row_by_row(write):
    # 130 rows dated 2019年1-6月, one item each: 130 achievements at 2019-06-30, no problem
    rows = "".join(f"转化科技成果,2019年1-6月,成果{n}\n" for n in range(130))
    path = write("指标,时间,名称\n" + rows + "转化科技成果,2019年第5季度,成果X\n")
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "achievements") == {"2019-06-30": 130}
    assert said(observations.problems) == [  # what is still unreadable is named, once, at its cell
        f"{path}:132: '2019年第5季度' is not a year or a date; write YYYY or YYYY-MM-DD"]


# 2 (a). A unit in the value column's header is converted to the plan's where that is exact


def test_an_amount_in_wan_yuan_against_a_plan_in_yi_yuan(tmp_path, run):
    path = book(tmp_path / "成交额.xlsx", [
        ["指标", "年份", "成交额（万元）"],
        ["技术合同成交额", 2021, 12345.67],  # a number cell
        ["技术合同成交额", 2022, "24,926.42"],  # a number stored as text
        ["合计", None, 37272.09],  # 12,345.67 + 24,926.42 = 37,272.09 万元: the total agrees
    ])
    result = run("status", path, "--plan", MONEY_PLAN_ID, "--as-of", "2022-12-31", "--column", "value=成交额（万元）",
                 "--format", "json")
    assert result.exit_code == 0, result.stderr
    contracts = next(i for i in result.json()["indicators"] if i["id"] == "tech-contracts")
    # 37,272.09 万元 = 3.727209 亿元 (÷10^4), against 2000亿元: 0.186%, never 24,926.42 亿元 and 1246 %
    assert contracts["achieved"] == 3.727209
    assert contracts["completion"] == pytest.approx(3.727209 / 2000)
    assert f"warning: {path}:进度!C2: tech-contracts: the value column is in 万元; converted to 亿元 (÷10000)" \
        in result.stderr
    assert "a total ('合计 37272.09'): 37272.09, as the rows above add up to; not counted" in result.stderr
    zh = run("--lang", "zh", "validate", path, "--plan", MONEY_PLAN_ID, "--column", "value=成交额（万元）")
    assert f"{path}工作表“进度”C2单元格：“技术合同成交额”的数值列以万元计，已换算为亿元（÷10000）" in zh.stdout


def test_the_conversion_is_exact(write):
    path = write("指标,年份,金额(元)\n技术合同成交额,2021,123456789.01\n技术合同成交额,2022,0.99\n")
    observations = read_progress(MONEY_PLAN, [str(path)], ReadSettings(columns=(("value", "金额(元)"),)))
    # 123,456,789.01 元 = 1.2345678901 亿元; 0.99 元 = 0.0000000099 亿元: no binary fraction in either
    assert sums(observations, "tech-contracts") == {"2021-12-31": Fraction(12345678901, 10**10),
                                                    "2022-12-31": Fraction(99, 10**10)}


def test_people_in_wan_ren(write):
    path = write("指标,年份,数量（万人）\n国家级高层次创新人才数量,2021,0.012\n")
    observations = read_progress(MONEY_PLAN, [str(path)])
    assert sums(observations, "national-talents") == {"2021-12-31": 120}  # 0.012万人 = 120人
    assert said(observations.problems) == []


@pytest.mark.parametrize("unit", ["美元", "项", "%", "万元/年", "件/万人"])
def test_a_unit_that_does_not_convert_is_refused_naming_the_cell(write, run, unit):
    path = write(f"指标,年份,数值（{unit}）\n技术合同成交额,2021,3\n技术合同成交额,2022,4\n")
    result = run("status", path, "--plan", MONEY_PLAN_ID, "--as-of", "2022-12-31")
    assert result.exit_code == 1
    # said once, not once a row
    assert result.stderr.count("does not convert") == 1
    # (named at the header, where the unit is written)
    assert f"{path}:1: the value column's unit, {unit}, does not convert to 亿元, the unit of tech-contracts: its " \
           "rows are not read; give the figures in 亿元, or a unit that converts (元, 万元, 亿元)" in result.stderr


def test_counting_units_are_not_conversions(write):
    # 个 for enterprises counted in 家: no conversion, the figure as it is, and a question (as before)
    path = write("指标,年份,数量（个）\n保有高新技术企业,2019,45\n")
    observations = read_progress(PLAN, [str(path)])
    assert sums(observations, "high-tech-enterprises") == {"2019-12-31": 45}
    assert [note.code for note in observations.warnings] == ["unit_differs"]


# 2 (b). Numbers as they are written in a money column, read exactly


@pytest.mark.parametrize("cell, amount", [
    ("12,345.67", Fraction(1234567, 100)),
    ("１２，３４５", 12345),
    ("1 234", 1234),
    ("1\u00a0234.5", Fraction(2469, 2)),  # a no-break space, as Word and WPS group thousands
    ("12345.67万元", Fraction(1234567, 10**6)),  # 12,345.67万元 = 1.234567亿元
    ("8,529.27亿元", Fraction(852927, 100)),
    ("0.5万亿元", 5000),
    ("123456789元", Fraction(123456789, 10**8)),
])
def test_money_as_it_is_written(cell, amount):
    value = parse_measure(cell, ("亿元", "100 million yuan"))
    assert value == amount and type(value) is type(amount)


def test_a_cells_own_unit_wins_over_the_headers():
    # the header says 万元; a cell written 3亿元 is 3亿元, and one written 50000 is 50000万元 = 5亿元
    assert parse_measure("3亿元", ("亿元",), "万元") == 3
    assert parse_measure("50000", ("亿元",), "万元") == 5


@pytest.mark.parametrize("cell", ["12,34", "1,234 567", "3美元", "12 34"])
def test_money_that_is_not_a_number_is_refused(cell):
    with pytest.raises(CellError):
        parse_measure(cell, ("亿元",))


@pytest.mark.parametrize("source, target, factor", [
    ("万元", "亿元", Fraction(1, 10**4)), ("元", "亿元", Fraction(1, 10**8)), ("亿元", "万元", 10**4),
    ("千元", "万元", Fraction(1, 10)), ("万亿元", "亿元", 10**4), ("人", "万人", Fraction(1, 10**4)),
    ("万人", "人", 10**4), ("万", "亿元", Fraction(1, 10**4)), ("亿", "亿元", 1), ("亿元", "100 million yuan", 1),
    ("个", "家", 1), ("项", "件", 1), ("人", "家", 1),  # counts by other words: not conversions
    ("个/项", "项", 1), ("家、个", "家", 1), ("项/亿元", "项", None), ("家、个、亿元", "亿元", None),
    ("美元", "亿元", None), ("万美元", "亿元", None), ("%", "亿元", None), ("项", "亿元", None),
    ("万", "%", None), ("件/万人", "件", None), ("百分点", "%", None), ("万个", "家", None),
])
def test_unit_factors(source, target, factor):
    assert unit_factor(source, target) == factor
    assert convert(100, source, target) == (None if factor is None else 100 * factor)
