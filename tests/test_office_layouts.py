"""The city's own layouts (issue 20), each built as the office and its counties build them — a title,
a 单位： line, merged headers, 序号, a 合计 row, 备注, a 填表人 footer, the twelve counties — with every
figure worked out by hand: read right, or refused with a message naming the cell."""

from __future__ import annotations

import openpyxl
import pytest

TITLE = "百色市“11155”科技创新工程推进情况统计表"
COUNTIES = ("右江区", "田阳区", "田东县", "平果市", "德保县", "靖西市", "那坡县", "凌云县", "乐业县", "田林县", "西林县",
            "隆林各族自治县")
INDICATOR_HEADERS = ["突破重大技术（项）", "创建国家级创新平台（个）", "引育高层次创新人才和团队（个）", "高新技术企业（家）", None,
                     "转化科技成果（项）"]
# Each county's figures at 2019-12-31: breakthroughs, platforms, talents, high-tech enterprises held,
# of which newly recognised this year, achievements (None: left blank, nothing reported).
FIGURES = {
    "右江区": (2, 1, 3, 15, 4, 9),
    "田阳区": (1, 0, 1, 5, 1, 4),
    "田东县": (0, 1, 2, 6, 2, 5),
    "平果市": (1, None, 1, 8, 2, 6),
    "德保县": (None, None, 0, 2, 0, 1),
    "靖西市": (1, 1, 1, 3, 1, 3),
    "那坡县": (None, None, None, 1, 0, None),
    "凌云县": (None, None, 1, 1, 0, 2),
    "乐业县": (None, None, None, 1, 1, 1),
    "田林县": (1, None, None, 2, 0, 2),
    "西林县": (None, None, None, 1, 0, 1),
    "隆林各族自治县": (None, 1, 1, 2, 1, 2),
}
# The sums, by hand:
#   breakthroughs  2 + 1 + 0 + 1 + 1 + 1                              = 6
#   platforms      1 + 0 + 1 + 1 + 1                                  = 4
#   talents        3 + 1 + 2 + 1 + 0 + 1 + 1 + 1                      = 10
#   held           15 + 5 + 6 + 8 + 2 + 3 + 1 + 1 + 1 + 2 + 1 + 2     = 47
#   of them new    4 + 1 + 2 + 2 + 0 + 1 + 0 + 0 + 1 + 0 + 0 + 1      = 12 (a part: never added)
#   achievements   9 + 4 + 5 + 6 + 1 + 3 + 2 + 1 + 2 + 1 + 2          = 36
TOTALS = (6, 4, 10, 47, 12, 36)
EXPECTED = {"breakthroughs": 6, "platforms": 4, "talents": 10, "high-tech-enterprises": 47, "achievements": 36}


def test_the_hand_worked_sums_are_the_tables():
    for column, total in enumerate(TOTALS):
        assert sum(row[column] or 0 for row in FIGURES.values()) == total


def achieved(result) -> dict[str, object]:
    assert result.exit_code == 0, result.stderr
    return {s["id"]: s["achieved"] for s in result.json()["indicators"]}


def by_county(result) -> dict[str, dict[str, object]]:
    assert result.exit_code == 0, result.stderr
    return {area["area"]: {i["id"]: i["achieved"] for i in area["indicators"]} for area in result.json()["areas"]}


def titled(sheet, width: int, title: str = TITLE, unit: str = "单位：项、个、家") -> None:
    """The title merged across the table, and the unit line under it."""
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append([unit])


def county_table(path, *, three_rows: bool = False, total_row: list | None = None, when="2019-12-31",
                 figures: dict = FIGURES, footer: bool = True, title: str = TITLE, sheet_name: str = "2019年",
                 workbook=None) -> str:
    """A row per county, a column per indicator, 高新技术企业（家） merged over 保有数 | 其中：当年新认定;
    with `three_rows`, a group row 主要指标完成情况 over the indicators, 序号/县区/统计时间/备注 merged
    down all three rows."""
    book = workbook or openpyxl.Workbook()
    sheet = book.active if workbook is None else book.create_sheet(sheet_name)
    sheet.title = sheet_name
    titled(sheet, 10, title)
    top = 3
    if three_rows:
        sheet.append(["序号", "县（市、区）", "主要指标完成情况", None, None, None, None, None, "统计时间", "备注"])
        sheet.merge_cells("C3:H3")
        top = 4
        sheet.append([None, None, *INDICATOR_HEADERS, None, None])
    else:
        sheet.append(["序号", "县（市、区）", *INDICATOR_HEADERS, "统计时间", "备注"])
    sheet.append([None, None, None, None, None, "保有数", "其中：当年新认定", None, None, None])
    for column in "ABIJ":
        sheet.merge_cells(f"{column}3:{column}{top + 1}")
    for column in "CDEH":
        sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
    sheet.merge_cells(f"F{top}:G{top}")
    for number, (county, row) in enumerate(figures.items(), start=1):
        sheet.append([number, county, *row, when, "示例数据" if number == 1 else None])
    sheet.append(["合计", None, *(total_row or TOTALS), when, None] if total_row is not False else [])
    if footer:
        sheet.append(["填表人：张三　　审核人：李四　　联系电话：0776-2821234"])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=10)
    if workbook is None:
        book.save(path)
    return str(path)


@pytest.mark.parametrize("three_rows", [False, True], ids=["two-row-header", "three-row-header"])
def test_a_row_per_county_and_a_column_per_indicator(run, tmp_path, three_rows):
    path = county_table(tmp_path / "统计表.xlsx", three_rows=three_rows)
    result = run("status", path, "-f", "json")
    assert achieved(result) == EXPECTED  # 6, 4, 10, 47 held (12 new among them, not added), 36
    header = 4 if three_rows else 3
    data = header + 2  # the first county's row
    total = data + 12
    assert f"统计表.xlsx:2019年!{header}:{header}: a table with a row per county (or unit) and a column per indicator" \
        in result.stderr
    assert f"统计表.xlsx:2019年!G{header + 1}: column '高新技术企业（家） 其中：当年新认定' is a part (其中)" in result.stderr
    # the 合计 row (its word in the 序号 cell) is checked against the counties, each figure at its cell
    for column, figure in zip("CDEFH", TOTALS[:4] + TOTALS[5:], strict=False):
        assert f"统计表.xlsx:2019年!{column}{total}: a total" in result.stderr
        assert f"{figure}, as the rows above add up to; not counted" in result.stderr
    assert f"统计表.xlsx:2019年!A{total + 1}: a footer ('填表人：张三" in result.stderr
    # the counties' filled cells, 6 + 5 + 8 + 12 + 11 = 42, counted; the 合计 row's 5 and the footer set aside
    assert f"read: {path}:2019年: 42 rows counted, 6 set aside (5 totals, 1 footers" in result.stderr
    assert "header says" not in result.stderr  # (单位：项、个、家 names each indicator's unit: no question)

    # explain names each cell; its sum is status's
    trail = run("explain", path, "-i", "achievements", "-f", "json").json()
    assert sum(row["value"] for row in trail["rows"]) == trail["achieved"] == 36
    assert trail["rows"][0]["place"] == f"{path}:2019年!H{data}" and trail["rows"][0]["county"] == "右江区"
    held = run("explain", path, "-i", "high-tech-enterprises", "-f", "json").json()
    assert held["achieved"] == 47 and {row["place"][-3:] for row in held["rows"]} >= {f"!F{data}"}

    # by county: each county's own figures
    counties = by_county(run("status", path, "--by", "county", "-f", "json"))
    assert counties["右江区"] == {"breakthroughs": 2, "platforms": 1, "talents": 3, "high-tech-enterprises": 15,
                                "achievements": 9}
    assert counties["隆林各族自治县"]["high-tech-enterprises"] == 2
    assert sum(counties[county]["achievements"] or 0 for county in COUNTIES) == 36


def test_a_total_row_that_disagrees_is_said_at_its_cell_and_the_counties_counted(run, tmp_path):
    """The 合计 row says 7 breakthroughs; the counties' add up to 6: 6 is counted, the cell named."""
    path = county_table(tmp_path / "统计表.xlsx", total_row=[7, *TOTALS[1:]])
    result = run("status", path, "-f", "json")
    assert achieved(result)["breakthroughs"] == 6
    assert "统计表.xlsx:2019年!C17: a total of breakthroughs on 2019-12-31 of 7 (项), but the rows above add " \
        "up to 6" in result.stderr


def test_a_city_row_instead_of_a_total(run, tmp_path):
    """全市 in the county column: for a count, the counties' total, checked (36 = 36); for the stock, the
    city's own level (47, the counties' sum too); nothing counted twice."""
    figures = {**FIGURES, "全市": TOTALS}
    path = county_table(tmp_path / "统计表.xlsx", figures=figures, total_row=False)
    result = run("status", path, "-f", "json")
    assert achieved(result) == EXPECTED
    assert "the 全市 row of achievements on 2019-12-31 (36) is the counties' total and agrees" in result.stderr


def test_a_part_larger_than_its_whole_is_said_naming_both_cells(run, tmp_path):
    """右江区 holds 15 enterprises, 16 of them new: a slip in one of the two cells; 47 held is read, said."""
    figures = {**FIGURES, "右江区": (2, 1, 3, 15, 16, 9)}
    result = run("status", county_table(tmp_path / "统计表.xlsx", figures=figures, total_row=[6, 4, 10, 47, 24, 36]),
                 "-f", "json")
    assert achieved(result)["high-tech-enterprises"] == 47
    assert "统计表.xlsx:2019年!G5: the part, 16, is more than '高新技术企业（家） 保有数', 15 (" in result.stderr


def test_running_totals_by_quarter_are_differenced_per_county(run, tmp_path):
    """A sheet per quarter titled 累计: 右江区's achievements 2 then 5 (3 more), 田阳区's 1 then 1 (none
    more): 5 + 1 = 6, not 2 + 1 + 5 + 1 = 9."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, when, (right, tianyang) in (("一季度", "2019-03-31", (2, 1)), ("二季度", "2019-06-30", (5, 1))):
        figures = {"右江区": (None, None, None, 15, 1, right), "田阳区": (None, None, None, 5, 0, tianyang)}
        county_table(None, figures=figures, total_row=False, footer=False, when=when, sheet_name=name,
                     title="百色市科技创新工程进度表（累计）", workbook=book)
    path = tmp_path / "季报.xlsx"
    book.save(path)
    result = run("status", path, "--sheet", "all", "-f", "json")
    assert achieved(result)["achievements"] == 6
    assert achieved(result)["high-tech-enterprises"] == 20  # a level: the latest, 15 + 5
    trail = run("explain", path, "--sheet", "all", "-i", "achievements", "-f", "json").json()
    assert sorted(row["value"] for row in trail["rows"]) == [0, 1, 2, 3]  # 右江区 2, 3; 田阳区 1, 0


def test_years_under_each_indicator(run, tmp_path):
    """突破重大技术 and 转化科技成果 each over 2018年 | 2019年, no date column: 右江区 1 + 2 and 田阳区 0 + 1
    breakthroughs = 4; 右江区 3 + 4 and 田阳区 2 + 2 achievements = 11."""
    book = openpyxl.Workbook()
    sheet = book.active
    titled(sheet, 6)
    sheet.append(["序号", "县区", "突破重大技术", None, "转化科技成果", None])
    sheet.append([None, None, "2018年", "2019年", "2018年", "2019年"])
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("E3:F3")
    sheet.append([1, "右江区", 1, 2, 3, 4])
    sheet.append([2, "田阳区", 0, 1, 2, 2])
    book.save(tmp_path / "分年.xlsx")
    figures = achieved(run("status", tmp_path / "分年.xlsx", "-f", "json"))
    assert figures["breakthroughs"] == 4 and figures["achievements"] == 11


COUNTY_HEADER = ["序号", "指标", "统计时间", *COUNTIES, "合计", "备注"]
# 突破重大技术 by county (the first six counties 1 each, 平果市 2 more: 1+1+1+2+1+1 = 7), and
# 转化科技成果 (each county 3: 12 x 3 = 36); 保有高新技术企业 (each county 4: 48).
TRANSPOSED = [
    ("突破重大技术（项）", (1, 1, 1, 2, 1, 1, None, None, None, None, None, None), 7),
    ("转化科技成果（项）", (3,) * 12, 36),
    ("保有高新技术企业（家）", (4,) * 12, 48),
]


def transposed(path, header=COUNTY_HEADER, rows=TRANSPOSED, total: bool = True) -> str:
    book = openpyxl.Workbook()
    sheet = book.active
    titled(sheet, len(header), "百色市2019年科技创新工程分县区完成情况表")
    sheet.append(header)
    for number, (name, figures, sum_) in enumerate(rows, start=1):
        sheet.append([number, name, "2019-12-31", *figures, sum_ if total else None, None])
    sheet.append(["填表人：王五"])
    book.save(path)
    return str(path)


def test_a_row_per_indicator_and_a_column_per_county(run, tmp_path):
    path = transposed(tmp_path / "分县区.xlsx")
    result = run("status", path, "-f", "json")
    assert achieved(result) == {"breakthroughs": 7, "platforms": None, "talents": None, "high-tech-enterprises": 48,
                                "achievements": 36}
    # the 合计 column is checked against the counties and not counted
    assert "分县区.xlsx:Sheet!P4: a total ('突破重大技术 2019-12-31 7 全市合计'): 7, as the rows above add up to" \
        in result.stderr
    assert "分县区.xlsx:Sheet!A7: a footer ('填表人：王五')" in result.stderr
    counties = by_county(run("status", path, "--by", "county", "-f", "json"))
    assert counties["平果市"]["breakthroughs"] == 2 and counties["西林县"]["achievements"] == 3
    trail = run("explain", path, "-i", "breakthroughs", "-f", "json").json()
    assert [row["place"].rsplit("!", 1)[1] for row in trail["rows"]] == ["D4", "E4", "F4", "G4", "H4", "I4"]
    assert [row["county"] for row in trail["rows"]] == list(COUNTIES[:6])


def test_a_county_column_table_once_counted_one_a_row(run, tmp_path):
    """`指标 | 年份 | 右江区 … 隆林各族自治县` with no 合计: it was read as a ledger, every row 1 (1/1/1, exit
    0); each county cell is its figure: 7, 36, 48 as above."""
    header = ["指标", "年份", *COUNTIES]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for name, figures, _ in TRANSPOSED:
        sheet.append([name, 2019, *figures])
    book.save(tmp_path / "分县区.xlsx")
    figures = achieved(run("status", tmp_path / "分县区.xlsx", "-f", "json"))
    assert (figures["breakthroughs"], figures["achievements"], figures["high-tech-enterprises"]) == (7, 36, 48)


def test_a_county_column_total_that_disagrees_is_said(run, tmp_path):
    rows = [("转化科技成果", (3,) * 12, 35)]
    result = run("status", transposed(tmp_path / "分县区.xlsx", rows=rows), "-f", "json")
    assert achieved(result)["achievements"] == 36
    assert "分县区.xlsx:Sheet!P4: a total of achievements on 2019-12-31 of 35 (项), but the rows above add " \
        "up to 36" in result.stderr


def test_a_city_column_among_counties(run, tmp_path):
    """全市 as the last column: the counties' total for a count (36, checked), the city's level for a stock."""
    header = [*COUNTY_HEADER[:-2], "全市", "备注"]
    result = run("status", transposed(tmp_path / "分县区.xlsx", header=header), "-f", "json")
    assert achieved(result)["achievements"] == 36 and achieved(result)["high-tech-enterprises"] == 48
    assert "the 全市 row of achievements on 2019-12-31 (36) is the counties' total and agrees" in result.stderr


def test_the_county_layouts_read_from_csv_as_from_a_workbook(run, tmp_path, write):
    lines = [",".join(COUNTY_HEADER)] + [",".join([str(n), name, "2019-12-31", *("" if f is None else str(f) for f in figures),
                                                  str(sum_), ""])
                                         for n, (name, figures, sum_) in enumerate(TRANSPOSED, start=1)]
    path = write("\n".join(["百色市科技创新工程分县区完成情况表", *lines, "填表人：王五"]) + "\n", name="分县区.csv")
    assert achieved(run("status", path, "-f", "json"))["achievements"] == 36
    assert achieved(run("status", path, "-f", "json"))["breakthroughs"] == 7


# What cannot be read is refused, at the cell that could not be, never at the title.

def refused(result, *expected: str) -> None:
    assert result.exit_code == 1, result.stdout
    for text in expected:
        assert text in result.stderr, result.stderr


def test_no_date_anywhere_is_refused_at_the_header(run, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    titled(sheet, 4)
    sheet.append(["县区", "突破重大技术", "转化科技成果"])
    sheet.append(["右江区", 1, 2])
    book.save(tmp_path / "无日期.xlsx")
    refused(run("status", tmp_path / "无日期.xlsx"),
            "无日期.xlsx:Sheet!3:3: the header on row 3 has no date, 统计时间 or year column")
    zh = run("status", tmp_path / "无日期.xlsx", "--lang", "zh")
    assert "无日期.xlsx工作表“Sheet”第3行：第3行的表头没有“统计时间”“日期”或“年份”列" in zh.stderr


def one_header(tmp_path, header: list, subs: list | None = None, row: list | None = None, name="表.xlsx") -> str:
    book = openpyxl.Workbook()
    sheet = book.active
    titled(sheet, len(header))
    sheet.append(header)
    if subs is not None:
        sheet.append(subs)
    sheet.append(row or [1, "右江区", *([1] * (len(header) - 3)), "2019-12-31"])
    book.save(tmp_path / name)
    return str(tmp_path / name)


def test_high_tech_enterprises_with_nothing_to_say_held_or_new_is_a_question(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术", "高新技术企业（家）", "统计时间"])
    refused(run("status", path), "表.xlsx:Sheet!D3: does '高新技术企业（家）' count those held or the new ones?")
    assert "表.xlsx工作表“Sheet”D3单元格：“高新技术企业（家）”是保有量还是新增数？计划按“保有高新技术企业”（保有量）计" in \
        run("status", path, "--lang", "zh").stderr


@pytest.mark.parametrize(("subs", "cell", "says"), [
    (["保有数", "备案数"], "E4", "'备案数' under '高新技术企业（家）' does not say what it counts"),
    (["保有数", "累计"], "E4", "'高新技术企业（家）' has two columns of its own figure ('高新技术企业（家） 保有数' and '累计')"),
    (["新增", "其中：当年新认定"], "D4", "'新增' counts new ones, but high-tech-enterprises is a level held"),
], ids=["unknown", "two-figures", "new-for-a-stock"])
def test_a_sub_column_that_cannot_be_told_is_refused_at_its_cell(run, tmp_path, subs, cell, says):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术", "高新技术企业（家）", None, "统计时间"],
                      [None, None, None, *subs, None])
    refused(run("status", path), f"表.xlsx:Sheet!{cell}: {says}")


def test_an_indicator_not_in_the_plan_is_refused_at_its_header(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术", "转化科技成果", "科技型中小企业（家）", "统计时间"])
    refused(run("status", path), "表.xlsx:Sheet!E3: header '科技型中小企业（家）' is not an indicator of the plan, so its "
                                 "figures cannot be counted")


def test_a_count_in_money_is_refused_at_its_header(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术（万元）", "转化科技成果", "统计时间"])
    refused(run("status", path), "表.xlsx:Sheet!C3: '突破重大技术（万元）' is in 万元, which does not convert to 项")


def test_another_counting_unit_is_said(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术（个）", "转化科技成果（项）", "统计时间"])
    result = run("status", path, "-f", "json")
    assert achieved(result)["breakthroughs"] == 1
    assert "表.xlsx:Sheet!C3: the value column's header says 个, but breakthroughs is counted in 项" in result.stderr


def test_an_indicator_column_beside_indicators_as_columns_is_refused(run, tmp_path):
    path = one_header(tmp_path, ["指标", "县区", "突破重大技术", "转化科技成果", "统计时间"],
                      row=["突破重大技术", "右江区", 1, 2, "2019-12-31"])
    refused(run("status", path), "表.xlsx:Sheet!A3: the header has a column per indicator (such as '突破重大技术') and "
                                 "a '指标' column as well")


def test_running_totals_beside_period_figures_are_refused(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术", "转化科技成果", None, "统计时间"],
                      [None, None, None, "累计", None, None], row=[1, "右江区", 1, 2, "2019-12-31"])
    refused(run("status", path), "'转化科技成果 累计' holds running totals and '突破重大技术' does not")


def test_a_part_of_the_city_among_counties_is_asked_about(run, tmp_path):
    """市本级 beside the counties: leaving it out would leave the city short; named, it is one more part."""
    header = ["指标", "年份", "右江区", "田阳区", "市本级", "合计"]
    path = one_header(tmp_path, header, row=["转化科技成果", 2019, 2, 3, 1, 6])
    refused(run("status", path), "表.xlsx:Sheet!E3: column 5 '市本级' is neither a county nor a known column",
            "--column county=市本级")
    result = run("status", path, "--column", "county=市本级", "-f", "json")
    assert achieved(result)["achievements"] == 2 + 3 + 1 == 6
    assert "6, as the rows above add up to" in result.stderr


def test_a_ledger_with_an_area_like_column_is_still_a_ledger(run, tmp_path, write):
    """Two headers ending as areas do (所在园区, 所属开发区) beside a value column: a ledger, as before."""
    path = write("指标,年份,数量,所在园区,所属开发区\n转化科技成果,2019,3,,\n")
    result = run("status", path, "-f", "json")
    assert achieved(result)["achievements"] == 3


def test_a_total_row_first_is_the_counties_total_not_more_of_them(run, tmp_path):
    """合计 right under the header, before the counties it adds up (右江区 2 + 田阳区 1 = 3 breakthroughs;
    20 + 10 = 30 enterprises held): 3 and 30, not 6 and 60."""
    book = openpyxl.Workbook()
    sheet = book.active
    titled(sheet, 5)
    sheet.append(["序号", "县（市、区）", "突破重大技术（项）", "保有高新技术企业（家）", "统计时间"])
    sheet.append(["合计", None, 3, 30, "2019-12-31"])
    sheet.append([1, "右江区", 2, 20, "2019-12-31"])
    sheet.append([2, "田阳区", 1, 10, "2019-12-31"])
    book.save(tmp_path / "表.xlsx")
    result = run("status", tmp_path / "表.xlsx", "-f", "json")
    assert achieved(result)["breakthroughs"] == 3 and achieved(result)["high-tech-enterprises"] == 30
    assert "the 全市合计 row of breakthroughs on 2019-12-31 (3) is the counties' total and agrees" in result.stderr


def test_subtotals_of_groups_of_counties_then_a_total(run, tmp_path):
    """右江区 2 + 田阳区 1 (小计 3), 田东县 1 (小计 1), 合计 4: 4 breakthroughs, every total checked."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "县区", "突破重大技术", "转化科技成果", "统计时间"])
    for row in ([1, "右江区", 2, 5], [2, "田阳区", 1, 4], ["小计", None, 3, 9], [3, "田东县", 1, 1], ["小计", None, 1, 1],
                ["合计", None, 4, 10]):
        sheet.append([*row, "2019-12-31"])
    book.save(tmp_path / "表.xlsx")
    result = run("status", tmp_path / "表.xlsx", "-f", "json")
    assert achieved(result)["breakthroughs"] == 4 and achieved(result)["achievements"] == 10
    assert "表.xlsx:Sheet!C4: a total ('突破重大技术 2019-12-31 3 小计'): 3, as the rows above add up to" \
        in result.stderr
    assert "differ" not in result.stderr and "but the rows above add up" not in result.stderr


def test_rows_named_by_a_column_no_ledger_has(run, tmp_path):
    """地区 names the rows (右江区 2 + 田阳区 1 = 3; 15 + 5 = 20 held, as 高新技术企业保有量); 德保县 reported
    nothing: no figure, no problem."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["地区", "突破重大技术数（项）", "高新技术企业保有量（家）", "统计时间"])
    sheet.append(["右江区", 2, 15, "2019-12-31"])
    sheet.append(["田阳区", 1, 5, "2019-12-31"])
    sheet.append(["德保县", None, None, "2019-12-31"])
    book.save(tmp_path / "表.xlsx")
    path = tmp_path / "表.xlsx"
    assert achieved(run("status", path, "-f", "json"))["high-tech-enterprises"] == 20
    assert by_county(run("status", path, "--by", "county", "-f", "json"))["田阳区"]["breakthroughs"] == 1


def test_a_county_column_table_under_a_group_row_with_a_total_row(run, tmp_path):
    """项目 merged down two rows, 各县（市、区） merged over the counties, 合计 merged down: 12 breakthroughs
    (1 each) and 48 held (4 each); the 合计 row adds the two (60), checked, not counted."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "项目", "统计时间", "各县（市、区）完成情况", *[None] * 11, "合计"])
    sheet.append([None, None, None, *COUNTIES, None])
    sheet.merge_cells("D1:O1")
    for column in "ABCP":
        sheet.merge_cells(f"{column}1:{column}2")
    sheet.append([1, "突破重大技术", "2019-12-31", *[1] * 12, 12])
    sheet.append([2, "保有高新技术企业", "2019-12-31", *[4] * 12, 48])
    sheet.append([None, "合计", "2019-12-31", *[5] * 12, 60])
    book.save(tmp_path / "表.xlsx")
    result = run("status", tmp_path / "表.xlsx", "-f", "json")
    assert achieved(result)["breakthroughs"] == 12 and achieved(result)["high-tech-enterprises"] == 48
    assert "表.xlsx:Sheet!P5: a total ('合计 2019-12-31 60'): 60, as the rows above add up to" in result.stderr


def test_a_date_from_the_title_for_a_table_without_a_date_column(run, tmp_path):
    """截至2019年9月底 in the title: the table's figures stand at 2019-09-30 (3 breakthroughs)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["百色市科技创新工程推进情况（截至2019年9月底）"])
    sheet.append(["县区", "突破重大技术", "转化科技成果"])
    sheet.append(["右江区", 2, 5])
    sheet.append(["田阳区", 1, 4])
    book.save(tmp_path / "表.xlsx")
    result = run("status", tmp_path / "表.xlsx", "--as-of", "2019-09-30", "-f", "json")
    assert achieved(result)["breakthroughs"] == 3
    trail = run("explain", tmp_path / "表.xlsx", "-i", "breakthroughs", "-f", "json").json()
    assert {row["date"] for row in trail["rows"]} == {"2019-09-30"}


def test_a_county_listed_twice_is_refused(run, tmp_path):
    path = one_header(tmp_path, ["序号", "县区", "突破重大技术", "转化科技成果", "统计时间"],
                      row=[1, "右江区", 2, 5, "2019-12-31"])
    book = openpyxl.load_workbook(path)
    book.active.append([2, "右江区", 2, 5, "2019-12-31"])
    book.save(path)
    refused(run("status", path), "表.xlsx:Sheet!B5: '右江区' is listed twice in this table (first on row 4)")


def test_a_units_row_and_a_numbering_row_under_the_header(run, tmp_path):
    """项 | 项 under the indicators, then 甲 | 乙 | 1 | 2 | 3 (栏次): neither is a county's row; 2 + 1 = 3."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "县区", "突破重大技术", "转化科技成果", "统计时间"])
    sheet.append([None, None, "项", "项", None])
    sheet.append(["甲", "乙", 1, 2, 3])
    sheet.append([1, "右江区", 2, 5, "2019-12-31"])
    sheet.append([2, "田阳区", 1, 4, "2019-12-31"])
    book.save(tmp_path / "表.xlsx")
    result = run("status", tmp_path / "表.xlsx", "-f", "json")
    assert achieved(result)["breakthroughs"] == 3 and achieved(result)["achievements"] == 9
    assert "表.xlsx:Sheet!3:3: row 3 numbers the columns (甲, 乙, 1, 2, …): not data, not read" in result.stderr


@pytest.mark.parametrize("unit_line", ["单位：万元", None], ids=["unit-line", "units-in-brackets"])
def test_money_in_10_000_yuan_is_converted_to_the_plans_100_million(run, tmp_path, unit_line):
    """科技强桂's 技术合同成交额 and 高新区工业总产值 are in 亿元; the cities' table gives 万元, on a 单位：
    line or in each header's brackets: 12,345.67 + 10,000 = 22,345.67 万元 = 2.234567 亿元, and
    20,000 + 30,000 = 50,000 万元 = 5 亿元 (never 22,345.67 亿元)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2021年各市科技强桂主要指标"])
    bracket = "" if unit_line else "（万元）"
    if unit_line:
        sheet.append([unit_line])
    sheet.append(["地区", f"技术合同成交额{bracket}", f"高新区工业总产值{bracket}", "年份"])
    sheet.append(["南宁市", 12345.67, 20000, 2021])
    sheet.append(["柳州市", 10000, 30000, 2021])
    book.save(tmp_path / "各市.xlsx")
    result = run("status", tmp_path / "各市.xlsx", "--plan", "guangxi-keji-qianggui-2021-2023", "-f", "json")
    figures = achieved(result)
    assert figures["tech-contracts"] == pytest.approx(2.234567) and figures["zone-output"] == 5
    assert "tech-contracts: the value column is in 万元; converted to 亿元 (÷10000)" in result.stderr
