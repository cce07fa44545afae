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
            unit: str = "", notes: int = 0, region: tuple[str, ...] = (), recipient: str = "", signed: str = "2020-01-10",
            touched: tuple[str, ...] = (), first_note=None):
    """The report's model, built as `report` builds it: the comparison's document with its outlook
    (and the counties), the page's title, recipient, unit and date."""
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
    compared = compare_all(plan, [progress], list(region), ReadSettings(), as_of=None, by_area=by_county)
    document = with_outlooks(comparison_document(plan, compared.comparison),
                             indicator_outlooks(plan, compared.comparison.evaluation))
    if by_county:
        document = with_areas(document, plan, compared.areas, ranking(plan, compared.areas))
    project = project_name(plan, lang)
    page = Page(label("report_title", lang).format(name=project), region_name(plan, lang), notes=notes, touched=touched,
                first_note=first_note, project=project, unit=unit, signed=signed, recipient=recipient, plan=plan)
    return office_report(document, page, lang), document


def _parts(report) -> dict[str, list[str]]:
    """The paragraphs under each heading of the first level."""
    from baise11155.present.office_report import Heading

    # the opening (根据……报告如下：) under no heading, and the closing (特此报告。) apart
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
    assert elapsed == pytest.approx(2 / 3)  # two years of three, by months as offices count
    return elapsed


def test_the_example_in_the_office_s_words():
    report, document = _report("zh")
    e = _elapsed(document)
    assert report.title == "关于百色市“11155”科技创新工程推进情况的报告"
    # broken as 公文 break a title: each line whole in sense, never 报告 alone on the second
    assert report.title_lines == ("关于百色市“11155”科技创新工程", "推进情况的报告")
    assert report.recipient == "＿＿＿＿＿＿：" and report.signed == "2020年1月10日"  # no recipient configured: a blank
    parts = _parts(report)
    assert list(parts) == ["", "一、总体情况", "二、分项推进情况", "三、存在问题", "四、下步工作建议", "closing"]
    # the opening cites the plan's document (plan.document, the seed's title) and speaks as the city
    assert parts[""] == ["根据《百色市科技创新支撑产业高质量发展三年行动实施方案（2018—2020年）》要求，"
                         "现将我市“11155”科技创新工程截至2019年12月31日推进情况报告如下："]
    assert parts["closing"] == ["特此报告。"]
    # the names inside sentences are the plan's noun forms (short), the headings the plan's names
    assert parts["一、总体情况"] == [
        f"截至2019年12月31日，实施期（2018年1月1日至2020年12月31日）时间进度为{e:.1%}。"
        f"我市“11155”科技创新工程共5项指标，2项{ON}，3项{BEHIND}（详见附表1）。"
        f"其中，{ON}的有高新技术企业保有量、科技成果转化；{BEHIND}的有重大技术突破、国家级创新平台创建、高层次创新人才和团队引育。"]
    items = parts["二、分项推进情况"]
    assert items[0] == f"目标10项，已完成5项，完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5项。"
    assert _points(0.5 - e) == "16.7"
    # (电子信息, 节能环保 and 新材料 have none of their targets at 66.7 % of the time: more than 20 points behind)
    # the names first, then where they stand (never 已完成的有中高端铝, as if 中高端铝 were done)
    assert items[1] == (f"分类别看，中高端铝、机械已完成目标；大健康、特色优势农业{BEHIND}；"
                        f"电子信息、节能环保、新材料{label('far_behind', 'zh')}。")
    assert items[2] == f"目标10个，已完成5个，完成率50.0%，低于序时进度{_points(0.5 - e)}个百分点，尚差5个。"
    assert items[4] == f"目标10个，已完成6个，完成率60.0%，低于序时进度{_points(0.6 - e)}个百分点，尚差4个。"
    # a stock: its progress from the baseline, 16/21 = 76.2 %, against 66.7 %: 高于 by 9.5 points (not 超)
    assert items[6] == ("目标50家，基数29家，已完成45家，完成率90.0%，较基数净增16家、完成新增任务的76.2%，"
                        "高于序时进度9.5个百分点，尚差5家。")
    assert _points(16 / 21 - e) == "9.5"
    assert items[7] == "目标50项，已完成35项，完成率70.0%，高于序时进度3.3个百分点，尚差15项。"  # 70.0 − 66.7
    assert len(items) == 8  # the two without categories say no more
    # the headings of the indicators, in the plan's order, numbered as offices number them, in the
    # noun form the sentences use (重大技术突破), not the plan's verb form (突破重大技术)
    assert [b.text for b in report.body if getattr(b, "level", 1) == 2] == [
        "（一）重大技术突破", "（二）国家级创新平台创建", "（三）高层次创新人才和团队引育", "（四）高新技术企业保有量", "（五）科技成果转化"]
    # the annexed tables listed after the text (附件说明), each by its number
    # the annexed tables listed after the text (附件说明), each by its full name and date, as titled
    titles = ("百色市“11155”科技创新工程各项指标完成情况（截至2019年12月31日）",
              "百色市“11155”科技创新工程与广西“三百二千”科技创新工程目标完成情况对照（截至2019年12月31日）",
              "百色市“11155”科技创新工程期末完成情况研判（截至2019年12月31日）")
    assert report.annex_list == tuple(("附表：" if n == 1 else "　　　") + f"{n}.{t}" for n, t in enumerate(titles, 1))
    assert [t.title for t in report.annexes] == [f"附表{n}　{t}" for n, t in enumerate(titles, 1)]
    assert not any("读取数据时" in b.text for b in report.body)  # the read receipts stay on standard error


def test_the_problems_are_judgements_and_the_steps_measures_with_places_to_fill_in():
    """三: what is behind grouped by how far (16.7 points for two, 6.7 for one), the categories with
    nothing yet, the outlook in whole things (5 in two years is 2.5 a year: 5 + 2.5 = 7.5 by the end
    of 2020, 7 done and the eighth not: 约7项; 6 + 3 = 9 talents exactly). 四: a measure for each
    indicator behind, its categories with nothing yet, a marked place for the measures, and what
    is left to do in the one year left (5, 5 and 4), never a pace a year."""
    report, document = _report("zh")
    outlooks = {i["id"]: i["outlook"] for i in document["indicators"]}
    assert outlooks["breakthroughs"]["projected"] == pytest.approx(7.5)  # 5 × 36 months ÷ 24
    assert outlooks["talents"]["projected"] == pytest.approx(9.0)  # 6 × 36 ÷ 24
    problems = _parts(report)["三、存在问题"]
    assert problems == [
        "一是重大技术突破、国家级创新平台创建进度偏慢，均低于序时进度16.7个百分点；"
        "高层次创新人才和团队引育进度偏慢，低于序时进度6.7个百分点。",
        "二是部分领域仍是空白。重大技术突破中，电子信息、节能环保、新材料3个领域尚未实现零的突破；"
        "国家级创新平台创建中，国家级高新区尚未实现零的突破；"
        "高层次创新人才和团队引育中，机械、电子信息、节能环保3个领域尚未实现零的突破。",
        "三是按目前进度推算，到2020年底，重大技术突破预计完成7项左右，完成目标难度较大；"
        "国家级创新平台创建预计完成7个左右，完成目标难度较大；"
        "高层次创新人才和团队引育预计完成9个，完成目标存在一定风险（详见附表3）。",
    ]
    assert document["years_left"] <= 1.05  # 366 days of 2020 left: what is left is said for 2020, not a year's pace
    steps = _parts(report)["四、下步工作建议"]
    assert steps == [
        "一是加快推进重大技术突破。聚焦电子信息、节能环保、新材料等尚未实现突破的领域，【请牵头单位补充具体措施】，"
        "确保2020年底前再完成5项以上。",
        "二是加快推进国家级创新平台创建。聚焦国家级高新区等尚未实现突破的领域，【请牵头单位补充具体措施】，"
        "确保2020年底前再完成5个以上。",
        "三是加快推进高层次创新人才和团队引育。聚焦机械、电子信息、节能环保等尚未实现突破的领域，【请牵头单位补充具体措施】，"
        "确保2020年底前再完成4个以上。",
        "四是巩固高新技术企业保有量、科技成果转化的良好势头，确保按期完成目标任务。",
    ]
    text = "".join(b.text for b in report.body)
    assert not re.search(r"\d\.0[项个家年]|年均完成|剩余1", text)  # no 5.0项, no pace a year with one year left


def test_the_city_against_the_region_in_a_sentence():
    """With the region's progress (examples/guangxi-progress.csv): on the region's basis the city is at
    5/10 = 50.0 % against the region's 65/100 = 65.0 % (breakthroughs), 5/10 against 65 % (platforms),
    6/10 against 62 % (talents), (45 − 29)/(50 − 29) = 76.2 % against 1200/1000 = 120.0 %
    (enterprises, as new additions) — all slower — and 35/50 = 70.0 % against 600/1000 = 60.0 %
    (achievements), faster."""
    report, document = _report("zh", region=(example("guangxi-progress.csv"),))
    paces = {i["id"]: i["region"]["pace"] for i in document["indicators"]}
    assert paces == {"breakthroughs": "behind", "platforms": "behind", "talents": "behind",
                     "high-tech-enterprises": "behind", "achievements": "ahead"}
    overall = _parts(report)["一、总体情况"][0]
    assert overall.endswith("对照广西“三百二千”科技创新工程，我市5项指标中，科技成果转化快于全区进度，"
                            "其余4项慢于全区进度（详见附表2）。")
    region = report.annexes[1]
    # short header words, broken where their words say (never 全区目/标); 全区口径 said once in the note
    assert region.headers[1:4] == ("全区目标", "本市目标", "本市目标占\n全区比重")
    assert region.headers[5] == "本市完成数占\n全区目标比重" and "本市完成数占\n全区完成数比重" in region.headers
    assert region.note == ("注：本市目标、完成数、完成率均按全区口径计；高新技术企业保有量按全区口径以新增数计，"
                           "本市目标为50−29=21家，完成数为45−29=16家。")


def test_the_recipient_the_unit_and_the_date_given_or_blanks_to_fill_in():
    unsigned, _ = _report("zh", signed="")
    # the signature is the unit's name alone (署名), never 编制单位：…; a blank line where none is set
    assert unsigned.unit == "＿＿＿＿＿＿＿＿" and unsigned.signed == "＿＿＿＿年＿＿月＿＿日"
    signed, _ = _report("zh", unit="百色市科知局", recipient="市人民政府")
    assert signed.unit == "百色市科知局" and signed.recipient == "市人民政府："
    english, _ = _report("en", unit="Baise S&T Bureau", recipient="Baise People's Government")
    assert english.unit == "Baise S&T Bureau" and english.signed == "10 January 2020"
    assert english.recipient == "To: Baise People's Government"


def test_the_report_in_english():
    report, document = _report("en")
    e = _elapsed(document)
    parts = _parts(report)
    on, behind = label("on_track", "en"), label("behind", "en")
    assert parts[""] == ["In accordance with the Baise three-year action plan for S&T innovation supporting high-quality "
                         'industrial development (2018-2020), the progress of Baise "11155" S&T innovation project as of '
                         "31 December 2019 is reported below."]
    assert parts["1. Overall"][0] == (
        f"As of 31 December 2019, {e:.1%} of the period (1 January 2018 to 31 December 2020) has passed. "
        f'Of the 5 indicators of Baise "11155" S&T innovation project, 2 {on}, 3 {behind} (see Table 1). By status: {on}: '
        f"high-tech enterprises held, S&T achievements transformed; {behind}: major technology breakthroughs, "
        "national innovation platforms, high-level talents and teams.")
    assert parts["2. Each indicator"][0] == (
        f"Target 10 items, 5 items achieved, completion 50.0%, -{_points(0.5 - e)} pp against the schedule, 5 items to go.")
    assert parts["4. Next steps proposed"][0] == (
        "Speed up major technology breakthroughs. Focus on Electronic information, Energy saving and environmental "
        "protection, New materials, where nothing is done yet; [lead unit: add the measures]; make sure 5 more items "
        "are done by the end of 2020.")
    assert not any(re.search(r"[\u4e00-\u9fff]", b.text) for b in report.body)  # nothing Chinese under en


def test_counties_behind_and_without_data_and_the_lead_unit():
    """examples/county-split.yaml splits targets to five counties and names 市科技局 as the lead (and
    市工业和信息化局 as a partner of the technologies). 田阳区 1 of 2 technologies (50.0 %), 平果市 5 of
    10 achievements (50.0 %), 田东县 2 of 10 achievements (20.0 %), 靖西市 no figure for its
    technology. The plan names no document: the opening cites none; its area 示例市 is 我市."""
    report, document = _report("zh", example("progress-by-county-2019.csv"), targets=example("county-split.yaml"),
                               by_county=True)
    e = _elapsed(document)
    assert _parts(report)[""] == ["现将我市示例科技工程截至2019年12月31日推进情况报告如下："]
    problems = _parts(report)["三、存在问题"]
    # a judgement, not 附表3 read out: 田东县 20.0 % against the schedule's e is far behind, named; the
    # rest behind counted by county — 田阳区 1 (technologies 50.0 %), 平果市 2 (achievements 5 of 10,
    # enterprises 83.3 %), 靖西市 1 (enterprises 75.0 %) — each county once; 靖西市's technology unreported
    assert 0.2 - e < -0.2 < 0.5 - e  # (far behind: more than the plan's 20 points below the schedule)
    counties = next(p for p in problems if "县区" in p)
    assert counties == ("三是县区进度不均衡。田东县科技成果转化严重滞后（完成率20.0%）；田阳区、平果市、靖西市各有1至2项指标滞后；"
                        f"靖西市重大技术突破{NO_DATA}（详见附表3）。")
    # the one indicator behind in the city, 转化科技成果 32 of 50, led by the unit the plan names: 18 to go
    steps = _parts(report)["四、下步工作建议"]
    assert steps[0] == "一是加快推进科技成果转化。由市科技局牵头，【请补充具体措施】，确保2020年底前再完成18项以上。"
    # each table by its full name and its date, as it is read apart from the text
    titles = [t.title for t in report.annexes]
    assert titles == [f"附表{n}　示例市示例科技工程{name}（截至2019年12月31日）" for n, name in
                      enumerate(("各项指标完成情况", "期末完成情况研判", "分县区完成情况", "分县区综合排名"), 1)]
    # the score in points out of 100, as `rank` gives it (77.5, not 77.5%), its rule a note
    ranking = report.annexes[-1]
    assert ranking.headers[-1] == "综合得分（分）" and not any("%" in row[-1].text for row in ranking.rows)
    assert ranking.note == ""  # (the page made here has no rule to note; the CLI's is checked below)


def test_notes_on_the_data_are_a_line_for_the_drafter_never_a_sentence_sent():
    """A report sent to the 市人民政府 never says its own figures need checking (读取数据时有2处提示,
    必要时更正后重新测算): the notes stay on screen, and the drafter gets one marked line at the top,
    to check and delete — and none where reading met no notes."""
    from baise11155.model.notices import note

    total = note("total_of_differs", "进度.csv:28", row=28, total=20, rows=17, id="achievements", when="2019-12-31",
                 name="转化科技成果", unit="项")  # as reading a 合计 row of 20 over rows of 17 notes it
    report, _ = _report("zh", notes=2, touched=("achievements",), first_note=total)
    parts = _parts(report)
    # what and where, said in the line itself: the drafter opens the file a day later, the screen gone
    assert parts[""][0] == ("【数据核实：测算时有2处数据提示（涉及科技成果转化），第1处为进度.csv第28行：“转化科技成果”"
                            "2019年12月31日的合计行填报20项，上方各行之和为17项，两者不符，该行未计入，请核对，"
                            "其余见测算时的屏幕提示。经办人核对后删除本段】")
    one, _ = _report("zh", notes=1, touched=("achievements",), first_note=total)
    assert _parts(one)[""][0].startswith("【数据核实：测算时有1处数据提示（涉及科技成果转化），即进度.csv第28行：")
    from baise11155.present.office_report import FILL_IN

    assert FILL_IN.fullmatch(parts[""][0])  # marked as a place to fill in: yellow in Word
    assert len(parts["一、总体情况"]) == 1
    assert not any("提示" in p or "核实" in p or "测算" in p for part in ("三、存在问题", "四、下步工作建议")
                   for p in parts[part])
    plain, _ = _report("zh")
    assert not any("【数据核实" in p for p in _parts(plain)[""])


def test_nothing_behind_says_so(write):
    full = write("指标,年份,数量\n突破重大技术,2019,10\n创建国家级创新平台,2019,10\n引育高层次创新人才和团队,2019,10\n"
                 "保有高新技术企业,2019,50\n转化科技成果,2019,50\n")
    report, _ = _report("zh", str(full))
    parts = _parts(report)
    assert parts["一、总体情况"][0].endswith(f"共5项指标，5项{DONE}（详见附表1）。其中，{DONE}的有重大技术突破、国家级创新平台创建、"
                                         "高层次创新人才和团队引育、高新技术企业保有量、科技成果转化。")
    assert parts["三、存在问题"] == ["一是各项指标均未落后于序时进度。"]
    assert parts["四、下步工作建议"] == ["一是各项指标均已完成目标。"]


def test_with_years_left_the_step_says_a_year_s_amount(write):
    """At the end of 2018, two years of three left: 2 technologies of 10 done, 8 to go, 8 ÷ 2 = 4 a
    year; projected 2 × 3 = 6 by the end of 2020, 60 %: unlikely."""
    progress = write("指标,年份,数量\n突破重大技术,2018,2\n")
    report, document = _report("zh", str(progress))
    assert document["as_of"] == "2018-12-31"
    step = _parts(report)["四、下步工作建议"][0]
    assert step.endswith("【请牵头单位补充具体措施】，今后每年完成4项以上，确保2020年底前再完成8项以上。"), step
    assert any("重大技术突破预计完成6项，完成目标难度较大" in p for p in _parts(report)["三、存在问题"])


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
    assert styled[0] == ("Title", "关于百色市“11155”科技创新工程\n推进情况的报告")  # a manual line break
    assert styled[1] == ("Recipient", "＿＿＿＿＿＿：")  # 主送机关, flush left under the title: none configured
    assert [text for style, text in styled if style == "Heading 1"] == [
        "一、总体情况", "二、分项推进情况", "三、存在问题", "四、下步工作建议"]  # no appendix of read receipts
    # (nor a heading 附表 over the tables: each is marked by its own title, 附表1　…)
    assert not any("examples/" in text or "读取数据时" in text for _, text in styled)
    # the headings in the noun form the sentences use
    assert [text for style, text in styled if style == "Heading 2"][0] == "（一）重大技术突破"
    assert [text for style, text in styled if style == "Annex List"] == [
        "附表：1.\t百色市“11155”科技创新工程各项指标完成情况（截至2019年12月31日）",
        "　　　2.\t百色市“11155”科技创新工程与广西“三百二千”科技创新工程目标完成情况对照（截至2019年12月31日）",
        "　　　3.\t百色市“11155”科技创新工程期末完成情况研判（截至2019年12月31日）"]
    # a name that runs on lines up with its first character (GB/T 9704): a hanging indent at 2 + 3 + 1
    # characters of 16 pt (the text's indent, 附表：, the number), the first line from the text's indent
    for listed in (p for p in document.paragraphs if p.style.name == "Annex List"):
        f = listed.paragraph_format
        assert (f.left_indent.pt, f.first_line_indent.pt, f.tab_stops[0].position.pt) == (96, -64, 96)
    # the signature: no unit configured and no --date, both left to fill in (never today's date)
    assert [text for style, text in styled if style == "Signature"] == ["＿＿＿＿＿＿＿＿", "＿＿＿＿年＿＿月＿＿日"]
    assert ("Normal", "目标50家，基数29家，已完成45家，完成率90.0%，较基数净增16家、完成新增任务的76.2%，"
            "高于序时进度9.5个百分点，尚差5家。") in styled
    # the places to fill in are highlighted, and only they
    marked = [r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color is not None]
    assert marked == ["【请牵头单位补充具体措施】"] * 3

    def east_asian(name):
        return document.styles[name].element.rPr.rFonts.get(qn("w:eastAsia"))

    assert [east_asian(n) for n in ("Title", "Heading 1", "Heading 2", "Normal", "Table Text")] == [
        "方正小标宋简体", "黑体", "楷体", "仿宋", "仿宋"]
    assert document.styles["Normal"].font.size.pt == 16 and document.styles["Title"].font.size.pt == 22
    assert document.styles["Table Text"].font.size.pt >= 10.5
    # the tables: gaps (5 indicators, 17 categories and the talents' 未分领域), the region, the outlook
    assert [len(t.rows) for t in document.tables] == [1 + 22 + 1, 1 + 5, 1 + 5]
    gaps = document.tables[0]
    assert [c.text for c in gaps.rows[0].cells][:5] == ["指标", "类别", "单位", "目标", "已完成"]
    # 5 of 10 in 2 of 3 years: 5 to go in the one year left, a whole number
    assert [c.text for c in gaps.rows[1].cells] == ["突破重大技术", "合计", "项", "10", "5", "5", "50.0%", "-16.7", "5",
                                                    BEHIND]
    # the indicator's name once, merged down its categories' rows
    assert gaps.rows[2].cells[0]._tc is gaps.rows[1].cells[0]._tc and gaps.rows[2].cells[1].text == "中高端铝"
    assert [c.text for c in gaps.rows[-1].cells][:4] == ["转化科技成果", "", "项", "50"]
    assert gaps.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in gaps.rows[1:])  # no row split across pages

    def kept(row):
        return row.cells[2].paragraphs[0].paragraph_format.keep_with_next

    # an indicator's rows kept together (中高端铝 with 突破重大技术), the last two rows too
    assert kept(gaps.rows[1]) and not kept(gaps.rows[8]) and kept(gaps.rows[-2]) and not kept(gaps.rows[-1])
    assert [c.text for c in document.tables[2].rows[0].cells][:2] == ["指标", "单位"]
    # the page number: a PAGE field, between dashes, on the right of odd pages and the left of even ones
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    assert document.settings.odd_and_even_pages_header_footer
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        number = footer.paragraphs[0]
        assert "PAGE" in "".join(t.text for t in number._p.iter(qn("w:instrText")))
        assert number.text.startswith("— ") and number.text.endswith(" —") and number.alignment == align
    # each Chinese font named with the one Word falls back to
    fonts = zipfile.ZipFile(path).read("word/fontTable.xml").decode("utf-8")
    assert re.search(r'w:name="方正小标宋简体"><w:altName w:val="宋体"/>', fonts)


def test_the_word_file_in_english_signed_by_the_unit_configured(run, tmp_path):
    import docx

    assert run("config", "set", "unit", "Baise S&T Bureau").exit_code == 0
    assert run("config", "set", "recipient", "Baise People's Government").exit_code == 0
    document = docx.Document(str(_docx(run, tmp_path, "--date", "2020-01-15", lang="en")))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ['Baise "11155" S&T innovation project: progress report', "To: Baise People's Government"]
    assert "Baise S&T Bureau" in texts and "15 January 2020" in texts and "1. Overall" in texts
    shown = run("config", "--lang", "en").stdout.splitlines()
    assert "unit = Baise S&T Bureau  (config file)" in shown
    assert shown[-1] == "recipient = Baise People's Government  (config file)"


def test_the_recipient_and_the_date_in_chinese(run, tmp_path):
    import docx

    assert run("config", "set", "recipient", "市人民政府").exit_code == 0
    texts = [p.text for p in docx.Document(str(_docx(run, tmp_path, "--date", "2020年1月15日"))).paragraphs]
    after = [t for t in texts[texts.index("2020年1月15日") + 1:] if t]  # (the section's break an empty paragraph)
    assert texts[1] == "市人民政府：" and after[0].startswith("附表1　")  # the tables, under no heading 附表
    assert "2020年1月15日" in texts
    assert run("config", "set", "recipient", " ").exit_code == 2  # a blank name is refused


def test_an_unknown_date_is_refused(run, tmp_path):
    result = run("report", example("progress-2019.csv"), "--date", "2020-02-30", "-o", tmp_path / "r.docx")
    assert result.exit_code == 2 and "--date" in result.stderr
    assert not (tmp_path / "r.docx").exists()


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
    # a name no format has: refused, not a page written into a .pdf
    (("report", "-o", "报告.pdf"), "the report is written as a page (.html) or a Word file (.docx), not .pdf"),
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
    assert f"我市测试工程共2项指标，1项{BEHIND}，{aside}（详见附表1）。" in overall
    # 10 of 100 at half the time: 40 points behind, far behind (严重滞后), named with its mark
    assert _parts(report)["三、存在问题"][0].startswith("一是科技型企业（力争）进度严重滞后，低于序时进度40.0个百分点；")


def test_the_report_gains_the_tasks_from_the_ledger(run, tmp_path):
    """report --tasks: 重点任务推进情况 after the indicators (the counts by status, the tasks to ask
    about by lead unit), a point among the problems, and the ledger annexed (issues 22, 24). The
    ledger is judged at its own 报送日期, 2019-09-28 (before the --as-of 2019-09-30, as `tasks`
    judges it): its third-quarter nodes, due 09-30, not yet due. By hand from its rows: 未启动 6, 21;
    序时推进 1, 7, 8, 10, 11, 12, 13, 14, 16, 18, 19; 滞后 2, 9, 15 (all 市科技局); 超期未完成 4
    (市发展改革委), 20 (市绩效办); 已完成 3; 已销号 5, 17; no status reported 19, 21."""
    import docx

    path = tmp_path / "报告.docx"
    result = run("report", example("progress-2019.csv"), "--tasks", example("ledger-2019.xlsx"), "--as-of",
                 "2019-09-30", "-o", path, "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "（六）重点任务推进情况" in texts
    said = texts[texts.index("（六）重点任务推进情况") + 1]
    assert said == ("从截至2019年9月28日的督查台账报送情况看，21项重点任务中，未启动2项，序时推进11项，滞后3项，超期未完成2项，"
                    "已完成1项，已销号2项；其中2项未报送推进状态（详见附表4）。需督办的任务中，市科技局牵头的3项滞后；"
                    "市发展改革委牵头的1项超期未完成；市绩效办牵头的1项超期未完成。")
    # 滞后 said once: 未能按序时推进, then the counts
    assert "四是部分重点任务未能按序时推进，滞后3项、超期未完成2项，涉及市科技局、市发展改革委、市绩效办（详见附表4）。" in texts
    # and its measure in 四、下步工作建议, after the indicators' five: the 3 + 2 = 5 tasks behind, their three
    # lead units (2, 9, 15 市科技局; 4 市发展改革委; 20 市绩效办), the 2 with no status (19, 21) asked for it
    steps = texts[texts.index("四、下步工作建议") + 1:texts.index("特此报告。")]
    assert steps[-1] == (
        "六是加强重点任务督查督办。对滞后、超期未完成的5项任务，由市科技局、市发展改革委、市绩效办逐项对照节点目标整改，"
        "【请补充督办措施】；督促未报送推进状态的2项任务按时报送。")
    assert "附表4　百色市“11155”科技创新工程重点任务推进情况（截至2019年9月28日台账报送情况）" in texts
    assert not any("，解决产业技术瓶颈" in t for t in texts)  # no task named in the text: they are in the annex


def test_a_year_s_amount_in_whole_things_and_a_level_to_raise(write):
    """At 2019-06-30 (18 months of 36 gone, 550 days of 2019-07-01..2020-12-31 left, 1.51 years):
    3 technologies of 10, 7 to go, 7 ÷ 1.51 = 4.65 a year, said in whole ones rounded up: 5; 35
    enterprises held from 29, (35 − 29) ÷ (50 − 29) = 28.6 % against 50.0 %: behind, a level to
    raise, 15 to go."""
    progress = write("指标,日期,数量\n突破重大技术,2019-06-30,3\n保有高新技术企业,2019-06-30,35\n")
    report, document = _report("zh", str(progress))
    assert document["as_of"] == "2019-06-30" and document["years_left"] == pytest.approx(550 / 365.25)
    needed = {i["id"]: i["needed_per_year"] for i in document["indicators"]}
    assert needed["breakthroughs"] == pytest.approx(7 / (550 / 365.25))  # 4.65
    steps = _parts(report)["四、下步工作建议"]
    assert steps[0] == "一是着力提升高新技术企业保有量。【请牵头单位补充具体措施】，确保2020年底前完成目标任务（尚差15家）。"
    assert steps[1].endswith("今后每年完成5项以上，确保2020年底前再完成7项以上。")


def test_the_annexes_headed_as_their_columns_hold():
    """At 2019-12-31 one year is left: what is needed a year is 2020年需完成 (重大技术突破 5); the
    outlook's paces are what is done a year (5 in 2 years: 2.5), its projection noted as worked
    out, not rounded (7.5); the county report, no indicator split by category, has no 类别 column."""
    report, document = _report("zh")
    tables = {t.kind: t for t in report.annexes}
    gaps, outlook = tables["gaps"], tables["outlook"]
    assert document["as_of"] == "2019-12-31" and document["years_left"] == pytest.approx(366 / 365.25)
    assert gaps.headers[-2] == "2020年需完成" and gaps.rows[0][-2].text == "5"
    # and in the outlook, with one year left, 2020年需完成 as in the first table, not 尚需年均完成数
    assert outlook.headers[2:5] == ("实际年均\n完成数", "2020年需完成", "按此进度\n期末可达")
    assert [c.text for c in outlook.rows[0][2:5]] == ["2.5", "5", "7.5"]
    assert outlook.note.endswith("“按此进度期末可达”为推算值，保留一位小数，未取整。")
    county, _ = _report("zh", example("progress-by-county-2019.csv"), targets=example("county-split.yaml"),
                        by_county=True)
    assert county.annexes[0].headers[:3] == ("指标", "单位", "目标")
    assert all(len(row) == len(county.annexes[0].headers) for row in county.annexes[0].rows)


def test_a_header_breaks_only_where_its_words_do():
    from baise11155.present.report_annexes import header_lines

    assert header_lines("全区目标") == ["全区目标"]
    assert header_lines("本市完成数占\n全区目标比重") == ["本市完成数占", "全区目标比重"]
    assert header_lines("较序时进度（百分点）") == ["较序时进度", "（百分点）"]  # before its bracket, not （百/分点）


def test_with_the_ledger_the_notes_are_a_line_to_delete_and_the_receipts_none(run, tmp_path):
    """The ledger's own read receipt is no 提示: without --tasks the example has none, so no line."""
    import docx

    path = tmp_path / "报告.docx"
    result = run("report", example("progress-2019.csv"), "-o", path, "--lang", "zh")
    assert result.exit_code == 0 and "提示" not in result.stderr
    assert not any("【数据核实" in p.text for p in docx.Document(str(path)).paragraphs)
    path = tmp_path / "台账报告.docx"
    result = run("report", example("progress-2019.csv"), "--tasks", example("ledger-2019.xlsx"), "-o", path,
                 "--lang", "zh")
    shown = result.stderr.count("提示：")  # the ledger's headings not read as tasks: one 提示 on screen
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    # but no figure touched: no line for the drafter (one at every run would teach them to delete it unread)
    assert shown == 1 and not any("【数据核实" in t for t in texts)
    assert not any("读取数据" in t or "重新测算" in t for t in texts)


def test_the_signature_kept_on_the_page_of_the_text_s_last_lines(run, tmp_path):
    """特此报告。, the list of annexes and the unit each keep with the next paragraph, and the date
    is kept whole: the page that holds the unit and the date holds the text's end too (GB/T 9704),
    never the unit and the date alone."""
    import docx

    path = _docx(run, tmp_path, "--region-progress", example("guangxi-progress.csv"), "--date", "2020-01-10")
    paragraphs = docx.Document(str(path)).paragraphs
    closing = next(n for n, p in enumerate(paragraphs) if p.text == "特此报告。")
    date = next(n for n, p in enumerate(paragraphs) if p.text == "2020年1月10日")
    kept = paragraphs[closing:date]  # 特此报告。, 附表：1.…, 2.…, 3.…, the unit
    assert [p.style.name for p in kept] == ["Normal", "Annex List", "Annex List", "Annex List", "Signature"]
    assert all(p.paragraph_format.keep_with_next for p in kept)
    assert paragraphs[date].paragraph_format.keep_together
    # the paragraph before 特此报告。 goes with it, so that the signature's page has text of its own
    assert paragraphs[closing - 1].paragraph_format.keep_with_next


def test_the_annexes_names_whole_at_their_clauses_and_the_tables_heads_kept_with_rows(run, tmp_path):
    """The name columns as wide as their longest clause, as the terminal's tables (`least_columns`):
    附表2's 指标 holds 引育高层次创新人才和团队 (12 characters) on a line, 附表4's 任务 holds
    加速科技成果转移转化平台建设 (14), its other columns (配合单位, 说明) narrower. A character of
    the tables' 小五 (9 pt) is 9 × 0.3528 = 3.18 mm; a cell's margins take 1.2 characters more.
    附表4's title, header and first three rows keep together."""
    import docx

    path = _docx(run, tmp_path, "--region-progress", example("guangxi-progress.csv"), "--tasks",
                 example("ledger-2019.xlsx"))
    document = docx.Document(str(path))
    region, tasks = document.tables[1], document.tables[3]
    char = 9 * 0.3528

    def fits(column) -> float:
        return column.width.mm / char - 1.2  # the characters a line of the column holds

    assert region.rows[0].cells[0].text == "指标" and fits(region.columns[0]) >= 12
    headers = [c.text for c in tasks.rows[0].cells]
    task, partners, said = (tasks.columns[headers.index(h)] for h in ("任务", "配合单位", "说明"))
    assert any(c.text == "加速科技成果转移转化平台建设" for c in task.cells)
    assert fits(task) >= 14 and fits(partners) < fits(task) and fits(said) < fits(task)
    assert sum(c.width.mm for c in tasks.columns) == pytest.approx(297 - 28 - 26, abs=0.5)  # A4 turned, its text's width
    # 附表4's title, its header and its first three rows on one page
    paragraphs = document.paragraphs
    title = next(p for p in paragraphs if p.text.startswith("附表4"))
    assert title.paragraph_format.keep_with_next or title.style.paragraph_format.keep_with_next
    kept = [row.cells[1].paragraphs[0].paragraph_format.keep_with_next for row in tasks.rows[:5]]
    assert kept == [True, True, True, False, False]


def test_the_page_s_ledger_annex_fits_the_printed_page(run, tmp_path):
    """The page with --tasks printed by headless Chromium (where installed): 附表4 on A4 turned within
    its margins (right margin 20 mm: 297 mm is 841.9 pt, 20 mm 56.7 pt), its 说明 column wrapped, never
    cut at the paper's edge (报送“滞后”，但已超过完成时限（2019年3月底前），判为超期未完成 whole)."""
    import xml.etree.ElementTree as ET

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None or shutil.which("pdftotext") is None:
        pytest.skip("headless Chromium and poppler's pdftotext are not installed")
    page = tmp_path / "报告.html"
    result = run("report", example("progress-2019.csv"), "--tasks", example("ledger-2019.xlsx"), "-o", page,
                 "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / "r.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=120, check=True)
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    tree = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", boxes).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = tree.findall(".//page")
    turned = [p for p in pages if float(p.get("width")) > float(p.get("height"))]
    assert turned  # the annexes across A4's length
    for p in turned:
        right = max(float(w.get("xMax")) for w in p.iter("word"))
        assert right <= float(p.get("width")) - 56.7 + 1, (right, p.get("width"))
    words = "".join(w.text or "" for p in turned for w in p.iter("word"))
    assert "判为超期未完成" in words and "（2019年3月底前），" in words


def test_categories_none_reported_said_once():
    """examples/progress-by-county-2019.csv against the built-in plan: 8 rows of technologies with no
    category column (the breakdown of 7 fields unreported), no row of platforms or talents. Said once
    (分类别数据未报送。), not the seven fields read out; nothing more under an indicator itself 未报送."""
    report, _ = _report("zh", example("progress-by-county-2019.csv"), by_county=True)
    items = _parts(report)["二、分项推进情况"]
    assert items[:2] == ["目标10项，已完成8项，完成率80.0%，高于序时进度13.3个百分点，尚差2项。", "分类别数据未报送。"]
    assert items[2:4] == [f"目标10个，{NO_DATA}。", f"目标10个，{NO_DATA}。"]  # 创建国家级创新平台, then the talents
    assert not any("中高端铝" in p for p in items)
