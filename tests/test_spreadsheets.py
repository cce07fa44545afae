"""Excel/WPS in and out: reading workbooks, the template, --format xlsx, and the HTML report."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from conftest import example


def workbook(path: Path, rows: list[list], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def store_cached_result(path: Path, cell: str, result: str) -> None:
    """Give a formula cell the stored result that Excel writes when it saves (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode()
    # openpyxl writes an empty value after the formula (<v></v> or <v />): Excel writes the result there
    sheet, count = re.subn(rf'(<c r="{cell}"[^>]*>)<f>([^<]*)</f>(?:<v>\s*</v>|<v\s*/>)', rf"\1<f>\2</f><v>{result}</v>",
                           sheet)
    if not count:
        sheet, count = re.subn(rf'(<c r="{cell}"[^>]*>)<f>([^<]*)</f>', rf"\1<f>\2</f><v>{result}</v>", sheet)
    assert count == 1, sheet
    files["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def achieved(run, *args) -> list:
    result = run("status", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [i["achieved"] for i in result.json()["indicators"]]


def test_a_workbook_reads_like_the_same_csv(run, tmp_path):
    # the bundled example, typed into a workbook the way Excel stores it: years as numbers
    lines = Path(example("progress-2019.csv")).read_text(encoding="utf-8").splitlines()
    rows = [lines[0].split(",")]
    for line in lines[1:]:
        cells = line.split(",")
        cells[2] = int(cells[2])
        cells[3] = float(cells[3]) if cells[3] else None
        rows.append(cells)
    path = workbook(tmp_path / "progress.xlsx", rows)
    csv_result = run("status", example("progress-2019.csv"), "--format", "json").json()
    xlsx_result = run("status", path, "--format", "json").json()
    assert xlsx_result == csv_result


def test_excel_types(run, tmp_path):
    path = workbook(tmp_path / "types.xlsx", [
        [None],  # the header is the first row with anything in it
        ["指标", "类别", "日期", "年份", "数量", "名称"],
        ["转化科技成果", None, dt.datetime(2019, 6, 30), None, 3.0, "a"],  # a real date, a whole float
        ["转化科技成果", None, None, 2019, 2, "b"],  # a year typed as a number
        ["转化科技成果", None, dt.date(2018, 3, 1), None, "4", "c"],  # a number typed as text
        ["转化科技成果", None, None, 2019, "=1+1", "d"],  # a formula, its result stored below
    ])
    store_cached_result(path, "E6", "5")
    assert achieved(run, path)[4] == 3 + 2 + 4 + 5


def test_problems_name_the_cell(run, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        ["指标", "年份", "数量"],
        ["转化科技成果", 2019, "十二"],
        ["转化科技成果", "二〇一九", 1],
        ["突破重大技木", 2019, 1],
        ["转化科技成果", 2019, "=2*3"],  # never opened in Excel: no stored result
    ], title="进度")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:进度!C2: value '十二' is written in Chinese numerals; write it in digits",
        f"{path}:进度!B3: '二〇一九' is not a year or a date; write YYYY or YYYY-MM-DD",
        f"{path}:进度!A4: indicator '突破重大技木' is not in the plan; did you mean '突破重大技术'?",
        f"{path}:进度!C5: the formula =2*3 has no stored result; open the file in Excel or WPS and save it, "
        "so that its results are stored",
    ]


def test_sheet_option(run, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["这是说明页"])
    data = book.create_sheet("2019")
    data.append(["indicator", "year"])
    data.append(["achievements", 2019])
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert achieved(run, path, "--sheet", "2019")[4] == 1
    result = run("status", path)
    assert result.exit_code == 1 and "no indicator column" in result.stderr
    result = run("status", path, "--sheet", "2020")
    assert result.exit_code == 1 and "no sheet named '2020'; the sheets are 说明, 2019" in result.stderr


def test_old_and_damaged_spreadsheets(run, tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    result = run("status", old)
    assert result.exit_code == 1
    # a damaged .xls: what calamine says, and what to do
    assert f"{old}: cannot read the workbook (CalamineError: " in result.stderr
    assert "open it in Excel or WPS and save it again as .xlsx" in result.stderr
    pdf = tmp_path / "progress.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01binary")
    result = run("status", pdf)
    assert result.exit_code == 1 and "is neither a CSV text file nor an Excel workbook" in result.stderr
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    result = run("status", broken)
    assert result.exit_code == 1 and f"{broken}: cannot read the workbook" in result.stderr


def test_template_xlsx_filled_in_reads_back(run, tmp_path):
    path = tmp_path / "progress.xlsx"
    result = run("template", path)
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["指标", "类别", "年份", "日期", "数量", "名称", "县区", "备注"]
    assert sheet["A1"].comment.text.startswith("indicator:")
    assert sheet.freeze_panes == "A2"
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    assert rules["A2:A5001"].formula1 == "'_lists'!$A$1:$A$5"
    assert rules["B2:B5001"].formula1 == "'_lists'!$B$1:$B$10"
    assert (rules["C2:C5001"].formula1, rules["C2:C5001"].formula2) == ("2017", "2020")
    lists = book["_lists"]
    assert [lists.cell(row=n, column=1).value for n in range(1, 6)] == [
        "突破重大技术", "创建国家级创新平台", "引育高层次创新人才和团队", "保有高新技术企业", "转化科技成果"]
    assert lists.sheet_state == "hidden"
    # the plan as `baise11155 targets --format xlsx` shows it
    targets = list(book.worksheets[1].iter_rows(values_only=True))
    header = next(n for n, row in enumerate(targets) if row[0] == "Id")
    assert targets[header + 1][:2] + targets[header + 1][5:6] == ("breakthroughs", "Major technologies broken through", 10)

    # filled in the way a user types: into the rows under the header
    for row, values in enumerate([
        ["突破重大技术", "中高端铝", 2019, None, None, "铝合金新工艺", "平果市"],
        ["突破重大技术", "大健康", None, dt.date(2019, 5, 1), None, "田七提取", "右江区"],
        ["保有高新技术企业", None, 2017, None, 29, "全市合计"],
        ["保有高新技术企业", None, 2019, None, 44, "全市合计"],
        ["转化科技成果", None, 2019, None, 20, "2019 年合计"],
    ], start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    book.save(path)
    result = run("status", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = result.json()
    assert [i["achieved"] for i in document["indicators"]] == [2, None, None, 44, 20]
    held = document["indicators"][3]
    assert held["progress"] == pytest.approx((44 - 29) / (50 - 29))


def test_template_csv_and_no_overwrite(run, tmp_path):
    path = tmp_path / "progress.csv"
    assert run("template", path).exit_code == 0
    assert path.read_bytes() == "\ufeff指标,类别,年份,日期,数量,名称,县区,备注\r\n".encode("utf-8")
    path.write_text("my data", encoding="utf-8")
    result = run("template", path)
    assert result.exit_code == 1 and "already exists; pass --force" in result.stderr
    assert path.read_text(encoding="utf-8") == "my data"
    assert run("template", path, "--force").exit_code == 0
    result = run("template", tmp_path / "progress.ods")
    assert result.exit_code == 2 and "name the template .xlsx or .csv" in result.stderr


def test_format_xlsx(run, tmp_path):
    path = tmp_path / "gaps.xlsx"
    result = run("gaps", example("progress-2019.csv"), "--format", "xlsx", "--output", path, "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "百色市“11155”科技创新工程：差距"
    assert sheet["A2"].value.startswith("截至2019年12月31日，时间进度66.7%（按月计")
    header = [c.value for c in sheet[5]]
    assert header[:6] == ["指标", "类别", "目标", "已完成", "差距", "完成率"]
    assert sheet["A5"].font.bold and sheet.freeze_panes == "B6"
    first = [c.value for c in sheet[6]]
    assert first[:6] == ["突破重大技术", None, 10, 5, 5, 0.5]
    assert sheet["F6"].number_format == "0.0%"  # a number with a percent format, not a string
    assert sheet["I6"].value == "滞后" and sheet["I6"].fill.fgColor.rgb.endswith("FFC7CE")
    # 2 of 2: 100 %, 已完成 in the workbook as in the terminal and the report (not 提前完成)
    assert sheet["I7"].value == "已完成" and sheet["I7"].fill.fgColor.rgb.endswith("C6EFCE")
    assert sheet["I11"].value == "严重滞后" and sheet["I11"].fill.fgColor.rgb.endswith("FF8B8B")  # 电子信息 0 of 1
    assert sheet.column_dimensions["A"].width >= 2 * len("引育高层次创新人才和团队")


def test_xlsx_and_csv_neutralise_formulas(run, tmp_path):
    targets = tmp_path / "t.yaml"
    text = (Path(__file__).parent.parent / "data" / "targets.yaml").read_text(encoding="utf-8")
    targets.write_text(text.replace("en: Major technologies broken through", "en: '=HYPERLINK(\"http://x\")'"))
    path = tmp_path / "out.xlsx"
    result = run("status", example("progress-2018.csv"), "--targets", targets, "-f", "xlsx", "-o", path, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    cell = openpyxl.load_workbook(path).active["A6"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x")', "s")  # text, never a formula
    csv_text = run("status", example("progress-2018.csv"), "--targets", targets, "-f", "csv", "--lang", "en").stdout
    assert "\n\"'=HYPERLINK(\"\"http://x\"\")\"," in csv_text


def test_xlsx_needs_a_file_and_never_overwrites_an_input(run, tmp_path):
    source = tmp_path / "p.xlsx"
    workbook(source, [["indicator", "year"], ["achievements", 2019]])
    before = source.read_bytes()
    result = run("status", source, "-f", "xlsx", "-o", source)
    assert result.exit_code == 2 and "is one of the input files" in result.stderr
    assert source.read_bytes() == before


class _Numbers(HTMLParser):
    """Collects every number the report marks: (indicator, category, field) -> value."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple, object] = {}
        self.tags: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attributes = dict(attrs)
        for name in ("src", "href"):
            if name in attributes:
                self.links.append(attributes[name])
        if "data-field" in attributes:
            key = (attributes["data-indicator"], attributes.get("data-category"), attributes["data-field"])
            raw = attributes["data-value"]
            self.values.setdefault(key, set()).add(None if raw == "null" else float(raw))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_numbers_are_the_json_numbers(run, tmp_path, lang):
    args = [example("progress-2019.csv"), "--region-progress", example("guangxi-progress.csv"), "--lang", lang]
    page = tmp_path / "report.html"
    result = run("report", *args, "--output", page)
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    document = run("compare", *args, "--format", "json").json()
    outlook = run("outlook", example("progress-2019.csv"), "--lang", lang, "--format", "json").json()

    parser = _Numbers()
    parser.feed(html)
    assert "script" not in parser.tags and parser.links == []  # self-contained, no network
    assert "@media print" in html and "@page { size: A4" in html
    expected = {}
    for i in outlook["indicators"]:  # the outlook's figures, as `outlook --format json` gives them
        for field in ("observed_pace", "required_pace", "projected", "projected_completion"):
            expected[(i["id"], None, "outlook." + field)] = i["outlook"][field]
    for i in document["indicators"]:
        for field in ("target", "baseline", "achieved", "completion", "expected", "deviation", "gap", "needed_per_year"):
            expected[(i["id"], None, field)] = i[field]
        for field, value in i["region"].items():
            if field not in ("kind", "pace"):
                expected[(i["id"], None, "region." + field)] = value
        for c in i["categories"]:
            for field in ("target", "achieved", "completion", "deviation", "gap", "needed_per_year"):
                expected[(i["id"], c["id"], field)] = c[field]
        if i.get("unassigned") is not None:  # what no row names a category of (talents: 1)
            expected[(i["id"], None, "unassigned")] = i["unassigned"]
    shown = dict(parser.values.items())
    for key, values in shown.items():
        assert len(values) == 1, key  # the same figure shown twice is the same number
        assert key in expected, key
        value = values.pop()
        assert value == (None if expected[key] is None else float(expected[key])), key
    # every figure of the contract that the page is about appears on it
    assert set(expected) - set(shown) <= {(i["id"], None, "baseline") for i in document["indicators"]} | {
        (i["id"], None, "needed_per_year") for i in document["indicators"]
    } | {(i["id"], None, "expected") for i in document["indicators"]}


def test_report_headline_and_warnings(run, tmp_path):
    page = tmp_path / "report.html"
    result = run("report", example("progress-2018.csv"), example("progress-2019.csv"), "--lang", "zh", "-o", page)
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "共5项指标，2项序时推进，3项滞后" in html  # only the statuses that occur, no 已完成0项
    # the warnings met while reading are on standard error, in the run's language, not in the report:
    # only in the line for the drafter to check and delete (the first with its place, and how many)
    assert "在“突破重大技术”中重复列出，只计一次" in result.stderr and "重复列出" not in _sent(html)
    assert re.search(r"【数据核实：测算时有\d+处数据提示[^】]*，第1处为[^】]*progress-201[89]\.csv第\d+行：", html)


def _sent(html: str) -> str:
    """The page as sent: without the 【数据核实】 line, which the drafter checks and deletes."""
    checked = re.subn(r'<p class="text"><mark class="fill-in">【数据核实[^】]*】</mark></p>', "", html)
    return checked[0]


# --- the report on paper --------------------------------------------------------------------

def _report(run, tmp_path, *args):
    out = tmp_path / "r.html"
    result = run("report", *args, "-o", out, "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    return out, out.read_text(encoding="utf-8")


def test_the_report_runs_as_an_office_writes_it_and_forces_no_page(run, tmp_path, write):
    """一、总体情况 … 四、下步工作建议, the list of annexes, the unit and the date, the annexed tables;
    the notes met while reading are not in the report (they are on standard error), nor any file's
    name. No part forces a new page (a short part would leave the rest of its page empty)."""
    progress = write(open(example("progress-2019.csv"), encoding="utf-8").read() + "突破重大技术,中高端铝,2016,1,旧的,平果市,\n")
    _, html = _report(run, tmp_path, progress, "--region-progress", example("guangxi-progress.csv"))
    parts = ["一、总体情况", "二、分项推进情况", "三、存在问题", "四、下步工作建议", "附表：1.百色市“11155”科技创新工程各项指标完成情况",
             '<div class="signature">', "附表1　百色市“11155”科技创新工程各项指标完成情况", "附表2　百色市“11155”科技创新工程与广西",
             "附表3　百色市“11155”科技创新工程期末完成情况研判"]
    places = [html.index(part) for part in parts]
    assert places == sorted(places)
    assert "break-before: page" not in html and "page-break-before" not in html
    assert ".csv" not in _sent(html) and "早于" not in _sent(html) and "读取数据时的提示" not in html
    # every indicator's bar on its categories' grid (one scale for the markers); a word on every status
    assert html.count('class="category whole"') == 5
    assert html.count('class="status small') == 17  # the categories of the example
    assert "低于序时进度16.7个百分点" in html  # 50 % against 24 of 36 months
    assert " --" not in re.sub(r"<style>.*?</style>", "", html, flags=re.S)  # no command-line advice


def test_the_report_prints_on_a4_with_no_page_left_near_empty(run, tmp_path):
    """Printed by headless Chromium (where installed; Debian's `chromium`), with the browser's own
    header and footer left on: six A4 pages for the example — the text on three, the annexed tables
    on three turned, as the Word file sets them (the region's eleven columns, their headers whole)
    — none near empty (the text of each counted by pdftotext), no URL or date of the browser's in the margins (the page's CSS has
    margin boxes of its own), and the page number as 公文 write it: — 1 —."""
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None or shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        pytest.skip("headless Chromium and poppler's pdfinfo and pdftotext are not installed")
    page, _ = _report(run, tmp_path, example("progress-2019.csv"), "--region-progress", example("guangxi-progress.csv"))
    pdf = tmp_path / "r.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           6" in info and "(A4)" in info
    for number in range(1, 7):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        if number == 3:  # the text's last page: what is left of it, then the annexes begin on a page turned
            assert "特此报告。" in text and "＿＿＿＿年＿＿月＿＿日" in text and "附表1" not in text
        else:  # a full page of text holds about 1500 characters, of bars 900, a page of table two-thirds full 500
            assert len(text) > (500 if number < 3 else 400), (number, len(text))
        assert "file:" not in text and f"{number}/6" not in text
        assert f"—{number}—" in re.sub(r"\s", "", text)



@pytest.mark.parametrize("lang, sheet", [("zh", "目标"), ("en", "Targets")])
def test_template_refuses_wrong_values_with_a_message(run, tmp_path, lang, sheet):
    """Excel accepts anything in a validated cell unless the rule shows its error: each rule refuses,
    with a title and a message in both languages, within Excel's limits (32 and 255 characters)."""
    path = tmp_path / "progress.xlsx"
    assert run("template", path, "--lang", lang).exit_code == 0
    rules = {str(rule.sqref)[0]: rule for rule in openpyxl.load_workbook(path).worksheets[0].data_validations.dataValidation}
    assert sorted(rules) == ["A", "B", "C", "D", "E"]
    for rule in rules.values():
        assert rule.showErrorMessage is True and rule.errorStyle == "stop" and rule.allow_blank
        assert len(rule.errorTitle) <= 32 and len(rule.error) <= 255
    assert rules["A"].errorTitle == "指标不在方案中 Unknown indicator"
    assert rules["A"].error == (f"请从下拉列表中选择指标，名称须与方案一致（见“{sheet}”表）。Pick an indicator from the "
                                f"drop-down list, named as the plan names it (see the {sheet} sheet).")
    assert rules["B"].errorTitle == "类别不在方案中 Unknown category"
    # the years a file may give: from 2017 (the stock's baseline year) to 2020 (the period's end)
    assert rules["C"].error == "请填写2017年至2020年之间的年份，如2020。Write a year from 2017 to 2020, e.g. 2020."
    assert rules["D"].errorTitle == "不是日期 Not a date"
    assert rules["E"].error.startswith("请填写不小于0的数字，不带单位，如12。Write a number, 0 or more")
