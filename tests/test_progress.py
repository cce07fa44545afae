"""Reading progress files: headers, encodings, duplicates, and every problem with file:line."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TARGETS, said

from baise11155.read.progress import ReadSettings, read_progress
from baise11155.read.targets_file import load_plan

PLAN = load_plan(str(TARGETS))
D2019 = dt.date(2019, 12, 31)


def totals(observations):
    """Sums by indicator, category and date (a stock's counties added up)."""
    summed: dict = {}
    for (indicator, category, when, _part), bucket in observations.buckets.items():
        total, rows = summed.get((indicator, category, when), (0, 0))
        summed[(indicator, category, when)] = (total + bucket.total, rows + bucket.rows)
    return summed


def read(*paths, encoding=None):
    return read_progress(PLAN, [str(p) for p in paths], ReadSettings(encoding=encoding))


def test_english_headers_ledger_and_figures(write):
    path = write(
        "indicator,category,year,value,item\n"
        "breakthroughs,aluminium,2019,,A\n"
        "breakthroughs,aluminium,2019,,B\n"
        "achievements,,2019-06-30,7,\n"
        "high-tech-enterprises,,2019,20,\n"
        "high-tech-enterprises,,2019,25,\n"
    )
    observations = read(path)
    assert observations.problem_count == 0
    assert totals(observations) == {
        ("breakthroughs", "aluminium", D2019): (2, 2),
        ("achievements", None, dt.date(2019, 6, 30)): (7, 1),
        ("high-tech-enterprises", None, D2019): (45, 2),
    }
    assert observations.rows == 5
    assert observations.latest == D2019


def test_chinese_headers_names_and_any_column_order(write):
    path = write("备注,数量,类别,指标,日期\n,3,国家级星创天地,创建国家级创新平台,2019/5/1\n,,national HIGH-TECH zone,platforms,2019年\n")
    assert totals(read(path)) == {
        ("platforms", "xingchuang-tiandi", dt.date(2019, 5, 1)): (3, 1),
        ("platforms", "high-tech-zone", D2019): (1, 1),
    }


@pytest.mark.parametrize("header", ["年份", "年度", "YEAR", " Year "])
@pytest.mark.parametrize("value_header", ["数量", "数值", "完成数", "Value"])
def test_header_aliases(write, header, value_header):
    path = write(f"指标,{header},{value_header}\nachievements,2019,4\n")
    assert totals(read(path)) == {("achievements", None, D2019): (4, 1)}


@pytest.mark.parametrize(
    "encoding, prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""), ("utf-16", b"")]
)
def test_encodings_are_recognised(write, encoding, prefix):
    text = "指标,类别,年份,名称\n突破重大技术,中高端铝,2019,铝合金\n"
    path = write(prefix + text.encode(encoding))
    assert totals(read(path)) == {("breakthroughs", "aluminium", D2019): (1, 1)}


def test_tab_separated(write):
    path = write("指标\t年份\t数量\n转化科技成果\t2019\t1,000\n")
    assert totals(read(path)) == {("achievements", None, D2019): (1000, 1)}


def test_encoding_override(write):
    path = write("指标,年份\n转化科技成果,2019\n".encode("gb18030"))
    observations = read(path, encoding="utf-8")
    assert said(observations.problems) == [
        f"{path}:1: bytes that are not valid utf-8; save the file as CSV UTF-8, or pass --encoding gb18030"
    ]


def test_undecodable_bytes_name_their_line(write):
    lines = "指标,年份\n" + "转化科技成果,2019\n" * 5000
    path = write(lines.encode("utf-8") + "转化科技成果,2019\n".encode("gbk"))
    observations = read(path)
    assert said(observations.problems) == [
        f"{path}:5002: bytes that are not valid utf-8; save the file as CSV UTF-8, or pass --encoding gb18030"
    ]


def test_items_listed_twice_are_counted_once(write):
    path = write(
        "indicator,category,year,item\n"
        "talents,health,2018,Team A\n"
        "talents,health,2019,Team A\n"
        "talents,health,2019,Team B\n"
        "high-tech-enterprises,,2018,Ent A\n"
        "high-tech-enterprises,,2019,Ent A\n"
        "high-tech-enterprises,,2019,Ent A\n"
    )
    other = write("indicator,year,item\ntalents,2019,Team B\n", name="second.csv")
    observations = read(path, other)
    assert totals(observations) == {
        ("talents", "health", dt.date(2018, 12, 31)): (1, 1),
        ("talents", "health", D2019): (1, 1),
        ("high-tech-enterprises", None, dt.date(2018, 12, 31)): (1, 1),
        ("high-tech-enterprises", None, D2019): (1, 1),
    }
    assert said(observations.warnings) == [
        f"{path}:3: item 'Team A' is listed again for talents; counted once",
        f"{path}:7: item 'Ent A' is listed again for high-tech-enterprises on 2019-12-31; counted once",
        f"{other}:2: item 'Team B' is listed again for talents; counted once",
    ]


def test_many_duplicates_are_summarised(write):
    path = write("indicator,year,item\n" + "achievements,2019,same\n" * 50)
    observations = read(path)
    assert len(said(observations.warnings)) == 21
    assert said(observations.warnings)[-1] == "... and 29 more items listed again, each counted once"
    assert totals(observations) == {("achievements", None, D2019): (1, 1)}


def test_blank_rows_and_short_rows(write):
    # (the short row's value is blank: 1, as the other row's blank is; a blank among numbers is refused)
    path = write("indicator,year,value,note\n\n,,,\nachievements,2019\r\n   ,  ,,\nachievements,2019,,x\n")
    observations = read(path)
    assert observations.problem_count == 0
    assert totals(observations) == {("achievements", None, D2019): (2, 2)}


def test_every_problem_is_listed_with_its_line(write):
    path = write(
        "indicator,category,year,value\n"
        "突破重大技木,,2019,1\n"  # a typo
        "breakthroughs,aluminum,2019,1\n"
        "achievements,health,2019,1\n"
        "achievements,,2019,十二\n"
        "achievements,,2019,-3\n"
        "achievements,,19-1-1,1\n"
        "achievements,,2019-02-30,1\n"
        ",,2019,1\n"
        "achievements,,2019,1,000\n"
        "achievements,,,1\n"
    )
    assert said(read(path).problems) == [
        f"{path}:2: indicator '突破重大技木' is not in the plan; did you mean '突破重大技术'?",
        f"{path}:3: category 'aluminum' is not one of breakthroughs's categories; did you mean 'aluminium'?",
        f"{path}:4: category 'health' given, but 转化科技成果 (achievements) has no categories; leave the category blank",
        f"{path}:5: value '十二' is written in Chinese numerals; write it in digits",
        f"{path}:6: value '-3' is negative; a value is a count, 0 or more",
        f"{path}:7: date '19-1-1' has a two-digit year, which is ambiguous; write YYYY-MM-DD",
        f"{path}:8: date '2019-02-30' does not exist (month 2, day 30)",
        f"{path}:9: no indicator; fill in the indicator (指标) column",
        f"{path}:10: the row has 5 cells, the header 4; is there an unquoted comma in a name or a number?",
        f"{path}:11: no year or date; write YYYY or YYYY-MM-DD",
    ]


def test_unknown_names_far_from_any_list_the_known_ones(write):
    path = write("indicator,year\nzzzz,2019\n")
    assert said(read(path).problems)[0].endswith(
        "known: breakthroughs, platforms, talents, high-tech-enterprises, achievements (突破重大技术, 创建国家级创新平台, "
        "引育高层次创新人才和团队, 保有高新技术企业, 转化科技成果)"
    )
    # in Chinese the plan's names first, the codes after them
    assert said(read(path).problems, "zh")[0].endswith(
        "可填：突破重大技术、创建国家级创新平台、引育高层次创新人才和团队、保有高新技术企业、转化科技成果"
        "（也可用英文代码：breakthroughs、platforms、talents、high-tech-enterprises、achievements）")


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "the file is empty; it needs a header row and at least one row of progress"),
        (b"\n\n,,\n", "the file is empty; it needs a header row and at least one row of progress"),
        (b"year,value\n2019,1\n", "1: no indicator column; the header needs one named indicator or 指标"),
        (b"indicator,value\nx,1\n", "1: no year or date column; the header needs one named year/年份 or date/日期"),
        (b"indicator,year,value,\xe6\x95\xb0\xe9\x87\x8f\nx,1\n",
         "1: column 4 ('数量') repeats the value column (column 3); keep one"),
    ],
)
def test_file_level_problems(write, content, problem):
    path = write(content)
    assert said(read(path).problems) == [f"{path}:{problem}" if problem[0].isdigit() else f"{path}: {problem}"]


def test_header_alone_is_no_data_not_an_error(write):
    observations = read(write("indicator,year\n"))
    assert (observations.problem_count, observations.rows, observations.buckets) == (0, 0, {})


def test_missing_file_and_directory(tmp_path):
    observations = read(tmp_path / "missing.csv", tmp_path)
    assert said(observations.problems) == [
        f"{tmp_path / 'missing.csv'}: no such file; check the name and the folder",
        f"{tmp_path}: is a directory, not a progress file",
    ]


def test_problems_beyond_the_limit_are_counted(write):
    path = write("indicator,year\n" + "nope,2019\n" * 1500)
    observations = read(path)
    assert (len(said(observations.problems)), observations.problem_count) == (1000, 1500)


def test_every_row_can_be_traced_with_its_county_and_place(write):
    """The sums are the city's; a trace gets every row counted, with its county and its place."""
    path = write(
        "指标,年份,数量,县区,名称\n"
        "保有高新技术企业,2019,20,右江区,\n"
        "保有高新技术企业,2019,25,平果市,\n"
        "转化科技成果,2019,,平果市,成果甲\n"
        "转化科技成果,2019,,,成果乙\n"
        "转化科技成果,2019,,平果市,成果甲\n"
    )
    traced = []
    observations = read_progress(PLAN, [str(path)], trace=traced.append)
    assert totals(observations) == {("high-tech-enterprises", None, D2019): (45, 2), ("achievements", None, D2019): (2, 2)}
    # the repeated item (line 6) is left out, and traced with the reason
    assert [(r.indicator, r.value, r.item, r.county, r.place, r.left_out) for r in traced] == [
        ("high-tech-enterprises", 20, "", "右江区", f"{path}:2", ""),
        ("high-tech-enterprises", 25, "", "平果市", f"{path}:3", ""),
        ("achievements", 1, "成果甲", "平果市", f"{path}:4", ""),
        ("achievements", 1, "成果乙", "", f"{path}:5", ""),
        ("achievements", 1, "成果甲", "平果市", f"{path}:6", "repeated_item"),
    ]
    # the same figures as the fast reading, which traces nothing
    untraced = read(path)
    assert {k: (b.total, b.rows, b.first) for k, b in untraced.buckets.items()} == {
        k: (b.total, b.rows, b.first) for k, b in observations.buckets.items()
    }


def test_the_near_miss_search_runs_once_per_unknown_name_not_once_per_row(write, monkeypatch):
    """A million rows misspelling one indicator took 95 s when every row searched for a near miss."""
    import difflib

    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    path = write("指标,类别,年份\n" + "突破重大技木,,2019\n" * 3000 + "突破重大技术,中高端铝X,2019\n" * 3000)
    observations = read(path)
    assert observations.problem_count == 6000
    assert said(observations.problems[:1]) == [f"{path}:2: indicator '突破重大技木' is not in the plan; "
                                               "did you mean '突破重大技术'?"]
    assert sorted(calls) == ["中高端铝x", "突破重大技木"]


@pytest.mark.parametrize("first", ["indicator,year,value,note\nachievements,2019,1,", ""])
def test_a_line_longer_than_any_row_stops_the_reading_with_its_number(write, first):
    """A one-line 2 GB file took 4.2 GB: the line is now cut off at 32 MiB and named."""
    path = write(first + "x" * (33 << 20))
    observations = read(path)
    line = 2 if first else 1
    assert said(observations.problems) == [f"{path}:{line}: this line is longer than 32 MiB, which no row of "
                                           "progress is; is this the progress file, and are its line breaks there?"]
