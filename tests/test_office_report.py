"""The report an office sends (进展情况报告): its sentences against figures worked out by hand for
examples/progress-2019.csv and data/targets.yaml, its Word file opened with python-docx (and, where
LibreOffice is installed, laid out as a PDF), and the output file's name choosing the format.

The example at 2019-12-31, from the file and the plan:
- 突破重大技术 5 rows in 2018–2019 of 10: 50.0 %; 中高端铝 2/2, 机械 1/1 done; 大健康 1/2 and
  特色优势农业 1/2 half; 电子信息, 节能环保, 新材料 0/1.
- 创建国家级创新平台 5 of 10: 50.0 %; 国家级众创空间 1/1; 国家级星创天地 4/8; 国家级高新区 0/1.
- 引育高层次创新人才和团队 6 of 10 (one row without a category): 60.0 %; 中高端铝 2/2 and 新材料 1/1
  done; 大健康 1/2, 特色优势农业 1/2; 机械, 电子信息, 节能环保 0/1.
- 保有高新技术企业: 29 held at the end of 2017 (the baseline), 20 + 8 + 9 + 8 = 45 held at the end
  of 2019, of 50: 90.0 %; progress from the baseline (45 − 29) ÷ (50 − 29) = 16/21 = 76.19 %.
- 转化科技成果 18 + 8 + 5 + 4 = 35 of 50: 70.0 %.
The share of the period gone (时间进度) is the tool's: 730 of 1096 days (66.6 %), or two years of
three counted by months (66.7 %); every figure against the schedule below is worked from it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from conftest import example

from baise11155.present.words import STATUS_KEYS, label

ON, BEHIND, DONE, NO_DATA = (label(STATUS_KEYS[s], "zh") for s in ("on_track", "behind", "achieved", "no_data"))


def _report(lang: str, progress: str = example("progress-2019.csv"), *, targets: str | None = None, by_county: bool = False,
            unit: str = "", notes: int = 0):
    """The report's model, built as `report` builds it: the comparison's document with its outlook
    (and the counties), the page's title, unit and date."""
    from baise11155.calc.areas import ranking
    from baise11155.calc.outlook import indicator_outlooks
    from baise11155.cli.pipeline import compare_all
    from baise11155.present.contract import comparison_document, with_areas, with_outlooks
    from baise11155.present.office_report import office_report
    from baise11155.present.render import Page
    from baise11155.present.views import project_name, region_name
    from baise11155.read.progress import ReadSettings
    from baise11155.read.targets_file import load_plan

    plan = load_plan(targets)
    compared = compare_all(plan, [progress], [], ReadSettings(), as_of=None, by_area=by_county)
    document = with_outlooks(comparison_document(plan, compared.comparison),
                             indicator_outlooks(plan, compared.comparison.evaluation))
    if by_county:
        document = with_areas(document, plan, compared.areas, ranking(plan, compared.areas))
    project = project_name(plan, lang)
    page = Page(label("report_title", lang).format(name=project), region_name(plan, lang), (), notes=notes,
                project=project, unit=unit, signed="2020-01-10")
    return office_report(document, page, lang), document


def _parts(report) -> dict[str, list[str]]:
    """The paragraphs under each heading of the first level."""
    from baise11155.present.office_report import Heading

    # the opening (现将……报告如下：) under no heading, and the closing (特此报告。) apart
    parts: dict[str, list[str]] = {"": []}
    current = ""
    for block in report.body:
        if isinstance(block, Heading) and block.level == 1:
            current = block.text
            parts[current] = []
        elif block.text == label("report_closing", "zh"):
            parts["closing"] = [block.text]
        elif not isinstance(block, Heading):
            parts[current].append(block.text)
    return parts


def _points(share: float) -> str:
    """Percentage points as the report writes them, one decimal."""
    return f"{abs(share * 100):.1f}"


def _elapsed(document) -> float:
    elapsed = document["elapsed"]
    assert elapsed in (pytest.approx(730 / 1096), pytest.approx(2 / 3))  # by days, or by months
    return elapsed


def test_the_example_in_the_office_s_words():
    report, document = _report("zh")
    e = _elapsed(document)
    assert report.title == "关于百色市“11155”科技创新工程推进情况的报告"
    parts = _parts(report)
    assert list(parts) == ["", "一、总体情况", "二、分项推进情况", "三、存在问题", "四、下步工作建议", "closing"]
    assert parts["closing"] == ["特此报告。"]
    assert parts["一、总体情况"] == [
        f"截至2019年12月31日，实施期（2018年1月1日至2020年12月31日）时间进度为{e:.1%}。"
        f"百色市“11155”科技创新工程共5项指标，2项{ON}，3项{BEHIND}。"
        f"其中，{ON}的有保有高新技术企业、转化科技成果；{BEHIND}的有突破重大技术、创建国家级创新平台、引育高层次创新人才和团队。"]
    items = parts["二、分项推进情况"]
    assert items[0] == f"目标10项，已完成5项，完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5项。"
    # (电子信息, 节能环保 and 新材料 have none of their targets at 66.7 % of the time: more than 20 points behind)
    assert items[1] == (f"分类别看，{DONE}的有中高端铝、机械；{BEHIND}的有大健康、特色优势农业；"
                        f"{label('far_behind', 'zh')}的有电子信息、节能环保、新材料。")
    assert items[2] == f"目标10个，已完成5个，完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5个。"
    assert items[4] == f"目标10个，已完成6个，完成率60.0%，低于序时进度{_points(0.6 - e)}个百分点，尚差4个。"
    # a stock: its progress from the baseline, 16/21, against the schedule
    assert items[6] == f"目标50家，基数29家，已完成45家，完成率90.0%，较基数净增16家、完成新增任务的76.2%，超序时进度{_points(16 / 21 - e)}个百分点，尚差5家。"
    assert items[7] == f"目标50项，已完成35项，完成率70.0%，超序时进度{_points(0.7 - e)}个百分点，尚差15项。"
    assert len(items) == 8  # the two without categories say no more
    # the headings of the indicators, in the plan's order, numbered as offices number them
    assert [b.text for b in report.body if getattr(b, "level", 1) == 2] == [
        "（一）突破重大技术", "（二）创建国家级创新平台", "（三）引育高层次创新人才和团队", "（四）保有高新技术企业", "（五）转化科技成果"]


def test_the_problems_and_the_next_steps_come_from_the_figures():
    """Behind, the furthest first; the categories with nothing yet; the pace kept against the pace
    needed (outlook, by days: 730 days gone = 1.9986 years, 366 days left = 1.0021 years)."""
    report, document = _report("zh")
    e = _elapsed(document)
    problems = _parts(report)["三、存在问题"]
    assert problems[0] == (
        f"一是3项指标{BEHIND}：突破重大技术完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5项；"
        f"创建国家级创新平台完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5个；"
        f"引育高层次创新人才和团队完成率60.0%，低于序时进度{_points(0.6 - e)}个百分点，尚差4个。")
    assert problems[1] == ("二是突破重大技术中电子信息、节能环保、新材料完成数仍为0；创建国家级创新平台中国家级高新区完成数仍为0；"
                           "引育高层次创新人才和团队中机械、电子信息、节能环保完成数仍为0。")
    gone, left = 730 / 365.25, 366 / 365.25
    kept, needed = 5 / gone, 5 / left  # 2.5017 and 4.9898 a year
    assert f"{kept:.1f}" == "2.5" and f"{needed:.1f}" == "5.0" and f"{(5 + kept * left) / 10:.1%}" == "75.1%"
    talents_kept = 6 / gone  # 3.0021; 6 + 3.0021 × 1.0021 = 9.008: 90.1 %, at risk (80 % or more)
    assert f"{(6 + talents_kept * left) / 10:.1%}" == "90.1%"
    assert problems[2] == (
        "三是按目前年均进度推算，突破重大技术期末预计完成7.5项（完成率75.0%，难以完成），完成目标需年均5.0项，目前年均2.5项；"
        "创建国家级创新平台期末预计完成7.5个（完成率75.0%，难以完成），完成目标需年均5.0个，目前年均2.5个；"
        "引育高层次创新人才和团队期末预计完成9.0个（完成率90.0%，存在风险），完成目标需年均4.0个，目前年均3.0个。")
    assert len(problems) == 3
    steps = _parts(report)["四、下步工作建议"]
    assert steps == [
        "一是突破重大技术尚差5项，剩余1.0年需年均完成5.0项。",  # 5 ÷ 1.0021 = 4.99
        "二是创建国家级创新平台尚差5个，剩余1.0年需年均完成5.0个。",
        "三是引育高层次创新人才和团队尚差4个，剩余1.0年需年均完成4.0个。",  # 4 ÷ 1.0021 = 3.99
        "四是保有高新技术企业、转化科技成果保持目前进度，确保按期完成。",
    ]


def test_the_signature_is_the_unit_configured_or_a_line_to_fill_in():
    unsigned, _ = _report("zh")
    assert unsigned.unit == "编制单位：＿＿＿＿＿＿＿＿" and unsigned.signed == "2020年1月10日"
    signed, _ = _report("zh", unit="百色市科知局")
    assert signed.unit == "编制单位：百色市科知局"
    english, _ = _report("en", unit="Baise S&T Bureau")
    assert english.unit == "Prepared by: Baise S&T Bureau" and english.signed == "10 January 2020"


def test_the_report_in_english():
    report, document = _report("en")
    e = _elapsed(document)
    parts = _parts(report)
    on, behind = label("on_track", "en"), label("behind", "en")
    assert parts["1. Overall"][0] == (
        f"As of 31 December 2019, {e:.1%} of the period (1 January 2018 to 31 December 2020) has passed. "
        f'Of the 5 indicators of the Baise "11155" S&T innovation project, 2 {on}, 3 {behind}. By status: {on}: '
        f"High-tech enterprises held, S&T achievements transformed; {behind}: Major technologies broken through, "
        "National innovation platforms created, High-level talents and teams brought in or grown.")
    assert parts["2. Each indicator"][0] == (
        f"Target 10 items, 5 items achieved, completion 50.0%, -{_points(0.5 - e)} pp against the schedule, 5 items to go.")
    assert parts["4. Next steps proposed"][0] == (
        "Major technologies broken through: 5 items to go, 5.0 items a year needed in the 1.0 years left.")
    assert not any(re.search(r"[\u4e00-\u9fff]", b.text) for b in report.body)  # nothing Chinese under en


def test_counties_behind_and_without_data_and_the_lead_unit():
    """examples/county-split.yaml splits targets to five counties and names 市科技局 as the lead.
    田阳区 1 of 2 technologies (50.0 %), 平果市 5 of 10 achievements (50.0 %) and 10 of 12 enterprises
    (83.3 %, from its baseline 9: (10 − 9) ÷ (12 − 9) = 33.3 % progress, 2 of 3 years), 田东县 2 of 10
    achievements (20.0 %), 靖西市 3 of 4 enterprises (75.0 %) and no figure for its technology."""
    report, document = _report("zh", example("progress-by-county-2019.csv"), targets=example("county-split.yaml"),
                               by_county=True)
    e = _elapsed(document)
    problems = _parts(report)["三、存在问题"]
    counties = next(p for p in problems if "分县区看" in p)
    tianyang = f"田阳区突破重大技术完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点"
    tiandong = f"田东县转化科技成果完成率20.0%，低于序时进度{_points(0.2 - e)}个百分点"
    assert tianyang in counties and tiandong in counties and f"靖西市突破重大技术{NO_DATA}" in counties
    assert counties.index("田阳区") < counties.index("平果市") < counties.index("田东县") < counties.index("靖西市")
    # the one indicator behind in the city, 转化科技成果 32 of 50, with the lead unit the plan names
    steps = _parts(report)["四、下步工作建议"]
    assert steps[0].startswith("一是转化科技成果尚差18项，") and steps[0].endswith("，建议由市科技局牵头加快推进。")
    titles = [t.title for t in report.annexes]
    assert titles == ["附表1　各项指标完成情况", "附表2　期末研判", "附表3　分县区完成情况", "附表4　分县区综合排名"]


def test_notes_on_the_data_are_a_problem_and_a_step():
    report, _ = _report("zh", notes=2)
    parts = _parts(report)
    assert parts["一、总体情况"][1] == "读取数据时有提示2条，涉及0项指标，详见附表后的数据提示。"
    assert parts["三、存在问题"][-1] == "四是读取数据时有提示2条，涉及0项指标，相关数据有待核实。"
    assert parts["四、下步工作建议"][-1] == "五是核实数据提示所涉及的数据，必要时更正后重新计算。"


def test_nothing_behind_says_so(write):
    full = write("指标,年份,数量\n突破重大技术,2019,10\n创建国家级创新平台,2019,10\n引育高层次创新人才和团队,2019,10\n"
                 "保有高新技术企业,2019,50\n转化科技成果,2019,50\n")
    report, _ = _report("zh", str(full))
    parts = _parts(report)
    assert parts["一、总体情况"][0].endswith(f"共5项指标，5项{DONE}。其中，{DONE}的有突破重大技术、创建国家级创新平台、"
                                         "引育高层次创新人才和团队、保有高新技术企业、转化科技成果。")
    assert parts["三、存在问题"] == ["一是各项指标均未落后于序时进度。"]
    assert parts["四、下步工作建议"] == ["一是各项指标均已完成目标。"]


# --- the Word file ------------------------------------------------------------------------------

def _docx(run, tmp_path, *args, lang="zh"):
    out = tmp_path / "报告.docx"
    result = run("report", example("progress-2019.csv"), *args, "--lang", lang, "-o", out)
    assert result.exit_code == 0, result.stderr
    return out


def test_the_word_file(run, tmp_path):
    """Opened with python-docx: A4 with the margins of 公文, the title and the headings in styles of
    their own, the fonts as east-Asian fonts, the tables as Word tables, the page number a field."""
    import docx
    from docx.oxml.ns import qn

    path = _docx(run, tmp_path, "--region-progress", example("guangxi-progress.csv"))
    document = docx.Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] \
        == [37, 35, 28, 26]
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert styled[0] == ("Title", "关于百色市“11155”科技创新工程推进情况的报告")
    assert [text for style, text in styled if style == "Heading 1"] == [
        "一、总体情况", "二、分项推进情况", "三、存在问题", "四、下步工作建议", "附表", "附：读取数据时的提示"]
    assert [text for style, text in styled if style == "Heading 2"][0] == "（一）突破重大技术"
    assert ("Signature", "编制单位：＿＿＿＿＿＿＿＿") in styled
    today = dt.date.today()  # the day it was made
    assert ("Signature", f"{today.year}年{today.month}月{today.day}日") in styled
    assert ("Normal", f"目标50家，基数29家，已完成45家，完成率90.0%，较基数净增16家、完成新增任务的76.2%，超序时进度"
            f"{_points(16 / 21 - run('status', example('progress-2019.csv'), '-f', 'json').json()['elapsed'])}"
            "个百分点，尚差5家。") in styled

    def east_asian(name):
        return document.styles[name].element.rPr.rFonts.get(qn("w:eastAsia"))

    assert [east_asian(n) for n in ("Title", "Heading 1", "Heading 2", "Normal", "Table Text")] == [
        "方正小标宋简体", "黑体", "楷体", "仿宋", "仿宋"]
    assert document.styles["Normal"].font.size.pt == 16 and document.styles["Title"].font.size.pt == 22
    assert document.styles["Table Text"].font.size.pt >= 10.5
    # the tables: gaps (5 indicators, 17 categories and the talents' 未分领域), the region, the outlook
    assert [len(t.rows) for t in document.tables] == [1 + 22 + 1, 1 + 5, 1 + 5]
    assert [c.text for c in document.tables[0].rows[0].cells][:4] == ["指标", "类别", "目标", "已完成"]
    assert [c.text for c in document.tables[0].rows[1].cells][:6] == ["突破重大技术", "", "10", "5", "5", "50.0%"]
    assert document.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    # the page number: a PAGE field in the footer, between dashes
    footer = section.footer.paragraphs[0]
    assert "PAGE" in "".join(t.text for t in footer._p.iter(qn("w:instrText")))
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    # each Chinese font named with the one Word falls back to
    fonts = zipfile.ZipFile(path).read("word/fontTable.xml").decode("utf-8")
    assert re.search(r'w:name="方正小标宋简体"><w:altName w:val="宋体"/>', fonts)


def test_the_word_file_in_english_signed_by_the_unit_configured(run, tmp_path):
    import docx

    assert run("config", "set", "unit", "Baise S&T Bureau").exit_code == 0
    document = docx.Document(str(_docx(run, tmp_path, lang="en")))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == 'Baise "11155" S&T innovation project: progress report'
    assert "Prepared by: Baise S&T Bureau" in texts and "1. Overall" in texts
    assert run("config").stdout.splitlines()[-1] == "unit = Baise S&T Bureau  (config file)"


def test_the_word_file_lays_out_on_a4_pages_in_libreoffice(run, tmp_path):
    """Converted by LibreOffice where installed: five or six pages for the example with the region's
    progress — the text on three, the annexed tables on A4 turned."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    path = _docx(run, tmp_path, "--region-progress", example("guangxi-progress.csv"))
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=180, check=True,
                   env={**os.environ, "LANG": "C.UTF-8"})  # (a locale it has, for the file's Chinese name)
    pdf = (tmp_path / "报告.pdf").read_bytes()
    # (the count moves with the fonts installed and the words: five or six with Noto CJK)
    assert 4 <= len(re.findall(rb"/Type\s*/Page[^s]", pdf)) <= 7
    assert re.search(rb"/MediaBox\s*\[\s*0 0 595", pdf) and re.search(rb"/MediaBox\s*\[\s*0 0 841", pdf)  # A4, both ways


# --- the output file's name gives the format ----------------------------------------------------

@pytest.mark.parametrize("name, check", [
    ("差距.xlsx", lambda data: data.startswith(b"PK")),  # a zip: the workbook
    ("差距.json", lambda data: data.lstrip().startswith(b"{")),
    ("差距.csv", lambda data: data.startswith("\ufeff指标".encode())),
    ("差距.md", lambda data: re.search(rb"^\|[-:| ]+\|$", data, re.M)),  # a pipe table's rule
    ("差距.html", lambda data: b"<table>" in data),
])
def test_the_output_s_name_gives_its_format(run, tmp_path, name, check):
    out = tmp_path / name
    result = run("gaps", example("progress-2019.csv"), "--lang", "zh", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert check(out.read_bytes()), out.read_bytes()[:200]


@pytest.mark.parametrize("args, message", [
    (("gaps", "-f", "csv", "-o", "差距.xlsx"), "--output 差距.xlsx names a .xlsx file, which --format csv does not write"),
    (("gaps", "-f", "table", "-o", "差距.json"), "names a .json file, which --format table does not write"),
    (("status", "-o", "状态.docx"), "--output 状态.docx: a .docx file is written by `baise11155 report` only"),
    (("report", "-o", "报告.xlsx"), "the report is written as a page (.html) or a Word file (.docx), not .xlsx"),
])
def test_a_name_that_contradicts_the_format_is_refused(run, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    command, *rest = args
    result = run(command, example("progress-2019.csv"), *rest)
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / rest[-1]).exists()  # refused before any work is done


def test_a_format_and_a_name_that_agree(run, tmp_path):
    assert run("gaps", example("progress-2019.csv"), "-f", "github", "-o", tmp_path / "差距.md").exit_code == 0
    assert run("gaps", example("progress-2019.csv"), "-f", "xlsx", "-o", tmp_path / "差距.xlsx").exit_code == 0
    assert run("gaps", example("progress-2019.csv"), "-f", "csv", "-o", tmp_path / "差距.txt").exit_code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX's")
def test_a_workbook_is_never_written_to_a_terminal(tmp_path):
    import pty

    leader, follower = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "baise11155", "status", example("progress-2019.csv"), "-f", "xlsx"],
                                stdout=follower, stderr=subprocess.PIPE, timeout=120,
                                env={**os.environ, "BAISE11155_CONFIG": str(tmp_path / "none.ini")})
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2 and b"--format xlsx writes a file: give it with --output FILE.xlsx" in result.stderr


ASPIRATIONAL = """\
schema: 1
plan:
  id: test-aspirational
  name: {zh: 测试计划, en: Test plan}
  project: {zh: 测试工程, en: test project}
  area: {zh: 测试市, en: Testcity}
  period: {start: 2021-01-01, end: 2022-12-31}
indicators:
  - id: patents
    name: {zh: 发明专利授权量, en: Invention patents granted}
    unit: {zh: 件, en: patents}
    kind: count
    target: 100
  - id: firms
    name: {zh: 科技型企业, en: Tech firms}
    unit: {zh: 家, en: firms}
    kind: count
    target: 100
    aspirational: true
"""


def test_an_aspirational_target_behind_is_not_counted_among_those_behind(write):
    """At the end of 2021, half the period: 40 of 100 patents and 10 of 100 firms are both behind;
    the firms' target is aspirational (力争), so the count says 1 behind and 1 aspirational aside,
    as the tables' summary does, and the problems name it with its mark."""
    plan = write(ASPIRATIONAL, name="plan.yaml")
    progress = write("指标,年份,数量\n发明专利授权量,2021,40\n科技型企业,2021,10\n")
    report, _ = _report("zh", str(progress), targets=str(plan))
    overall = _parts(report)["一、总体情况"][0]
    aside = label("summary_aspirational", "zh").format(aspirational=1)  # 力争目标滞后1项，不计入滞后
    assert f"测试市测试工程共2项指标，1项{BEHIND}，{aside}。" in overall
    assert "科技型企业（力争）完成率10.0%" in _parts(report)["三、存在问题"][0]


def test_the_report_gains_the_tasks_from_the_ledger(run, tmp_path):
    """report --tasks: 重点任务推进情况 after the indicators (the counts by status, the tasks behind
    with their lead units), a point among the problems, and the ledger annexed (issue 24). At
    2019-09-30 the example ledger holds 21 tasks: 序时推进9, 滞后5, 超期未完成2, 已完成1, 已销号2, 未启动2."""
    import docx

    path = tmp_path / "报告.docx"
    result = run("report", example("progress-2019.csv"), "--tasks", example("ledger-2019.xlsx"), "--as-of",
                 "2019-09-30", "-o", path, "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "（六）重点任务推进情况" in texts
    said = texts[texts.index("（六）重点任务推进情况") + 1]
    assert said.startswith("督查台账共21项任务，2项未启动，9项序时推进，5项滞后，2项超期未完成，1项已完成，2项已销号。")
    assert "（牵头单位：市科技局）" in said
    assert any(t.startswith("五是7项重点任务进度滞后或超期未完成：") or "7项重点任务进度滞后或超期未完成" in t for t in texts)
    assert any("重点任务推进情况" in t for t in texts if t.startswith("附表"))
