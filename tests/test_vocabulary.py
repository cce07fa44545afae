"""One vocabulary of statuses, and 时间进度 by months as offices count it: every figure by hand,
in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
import yaml
from conftest import TARGETS, example

from baise11155.calc.evaluate import Schedule, completed_months, schedule, standing
from baise11155.model.kinds import COUNT, STOCK
from baise11155.model.plan import FAR_BEHIND_POINTS, Names
from baise11155.present.words import STATUS_KEYS, label, phrase, summary
from baise11155.read.targets_file import TargetsError, build_plan, load_plan

PLAN = load_plan(str(TARGETS))
NAME = Names("测试", "test")


# --- 时间进度 by months ------------------------------------------------------------------------

@pytest.mark.parametrize("as_of, months", [
    (dt.date(2019, 12, 31), 24),  # two of three years: 24/36 = 66.7 %
    (dt.date(2020, 11, 30), 35),  # the end of November of the last year: 35/36 = 97.2 %
    (dt.date(2019, 12, 30), 23),  # December not completed: 23/36
    (dt.date(2019, 6, 15), 17),  # mid-June: January 2018 to May 2019 completed, 12 + 5
    (dt.date(2020, 2, 29), 26),  # a leap February's last day completes it
    (dt.date(2018, 1, 31), 1),
    (dt.date(2018, 1, 30), 0),
    (dt.date(2017, 12, 31), 0),  # before the period
    (dt.date(2021, 3, 31), 36),  # after it: all of it
])
def test_months_completed(as_of, months):
    assert completed_months(dt.date(2018, 1, 1), dt.date(2020, 12, 31), as_of) == (months, 36)


def test_a_period_not_of_whole_months_has_no_months():
    assert completed_months(dt.date(2018, 1, 15), dt.date(2020, 12, 31), dt.date(2019, 12, 31)) is None
    assert completed_months(dt.date(2018, 1, 1), dt.date(2020, 12, 30), dt.date(2019, 12, 31)) is None


def test_the_schedule_by_months_as_offices_count():
    assert schedule(PLAN, dt.date(2019, 12, 31)).elapsed == pytest.approx(2 / 3)  # 66.7 %, not 66.6 %
    assert f"{schedule(PLAN, dt.date(2019, 12, 31)).elapsed:.1%}" == "66.7%"
    assert f"{schedule(PLAN, dt.date(2020, 11, 30)).elapsed:.1%}" == "97.2%"  # 35/36
    one_year = dataclasses.replace(PLAN, start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31))
    assert f"{schedule(one_year, dt.date(2019, 11, 30)).elapsed:.1%}" == "91.7%"  # 11/12
    # by days where the plan says so: 730 of 1096 days = 66.6 %
    by_days = dataclasses.replace(PLAN, schedule_basis="days")
    when = schedule(by_days, dt.date(2019, 12, 31))
    assert (when.basis, when.elapsed) == ("days", 730 / 1096)
    # a period of part months is counted by days whatever the plan says
    odd = dataclasses.replace(PLAN, start=dt.date(2018, 1, 15))
    assert schedule(odd, dt.date(2019, 12, 31)).basis == "days"


def _document(**plan_settings):
    document = yaml.safe_load(TARGETS.read_text(encoding="utf-8"))
    document["plan"].update(plan_settings)
    return document


def test_the_plan_sets_the_basis_and_the_far_behind_threshold():
    assert (PLAN.schedule_basis, PLAN.far_behind_points) == ("months", FAR_BEHIND_POINTS) == ("months", 20)
    plan = build_plan(_document(schedule_basis="days", far_behind_points=10), "targets.yaml")
    assert (plan.schedule_basis, plan.far_behind_points) == ("days", 10)
    with pytest.raises(TargetsError, match="schedule_basis"):
        build_plan(_document(schedule_basis="weeks"), "targets.yaml")
    with pytest.raises(TargetsError, match="far_behind_points"):
        build_plan(_document(far_behind_points=-5), "targets.yaml")


# --- the statuses ------------------------------------------------------------------------------

TWO_THIRDS = Schedule(dt.date(2019, 12, 31), 730, 1096, 366, dt.date(2018, 1, 1), dt.date(2020, 12, 31),
                      basis="months", elapsed_months=24, period_months=36)


@pytest.mark.parametrize("achieved, status", [
    (60, "exceeded"),  # 200 %: 超额完成, not 已完成
    (31, "exceeded"),  # 103.3 %
    (30, "achieved"),  # 100 %: 已完成, not 提前完成
    (20.1, "on_track"),  # 67 % against 66.7 %
    (14, "behind"),  # 46.7 %: exactly 20 points short (66.7 − 46.7) is not more than 20
    (13, "far_behind"),  # 43.3 %: 23.3 points short
    (0, "far_behind"),  # 0 %: 66.7 points short, not the same word as 60 %
    (18, "behind"),  # 60 %: 6.7 points short
])
def test_each_status_by_hand(achieved, status):
    s = standing("x", NAME, COUNT, 30, baseline=None, level=achieved, when=TWO_THIRDS)
    assert s.status == status


def test_the_threshold_is_the_plans():
    ten = dataclasses.replace(TWO_THIRDS, far_behind_points=10)
    # 18 of 30 (60 %) is 6.7 points short: behind under 10 too; 16 of 30 (53.3 %) is 13.3 short
    assert standing("x", NAME, COUNT, 30, baseline=None, level=18, when=ten).status == "behind"
    assert standing("x", NAME, COUNT, 30, baseline=None, level=16, when=ten).status == "far_behind"
    assert standing("x", NAME, COUNT, 30, baseline=None, level=16, when=TWO_THIRDS).status == "behind"


def test_a_stock_far_behind_counts_from_its_baseline():
    # 29 held, 50 to hold: 33 is 4 of 21 (19.0 %) against 66.7 %: 47.6 points short
    assert standing("x", NAME, STOCK, 50, baseline=29, level=33, when=TWO_THIRDS).status == "far_behind"
    # 41 is 12 of 21 (57.1 %): 9.5 points short
    assert standing("x", NAME, STOCK, 50, baseline=29, level=41, when=TWO_THIRDS).status == "behind"


def test_to_pass_a_target_is_exceeded_when_passed():
    # 突破10: 10 is not met (on track at 100 % of the way), 11 has passed it
    assert standing("x", NAME, COUNT, 10, baseline=None, level=11, when=TWO_THIRDS, qualifier="above").status \
        == "exceeded"
    assert standing("x", NAME, COUNT, 10, baseline=None, level=10, when=TWO_THIRDS, qualifier="above").status \
        == "on_track"


@pytest.mark.parametrize("status, zh, en", [
    ("exceeded", "超额完成", "exceeded"),
    ("achieved", "已完成", "achieved"),
    ("on_track", "序时推进", "on track"),
    ("behind", "滞后", "behind"),
    ("far_behind", "严重滞后", "far behind"),
    ("no_data", "未报送", "not reported"),
    ("unjudged", "暂不评价", "not assessed"),
    ("monitored", "监测", "monitored"),
])
def test_the_words_of_each_status(status, zh, en):
    assert (label(STATUS_KEYS[status], "zh"), label(STATUS_KEYS[status], "en")) == (zh, en)


def test_the_statuses_are_in_the_offices_order():
    from baise11155.calc.evaluate import STATUSES

    assert list(STATUS_KEYS) == list(STATUSES) == ["exceeded", "achieved", "on_track", "behind", "far_behind",
                                                   "no_data", "unjudged", "monitored", "breakdown_unreported"]


# --- the headline ------------------------------------------------------------------------------

def test_the_headline_lists_only_the_statuses_that_occur():
    counts = dict.fromkeys(STATUS_KEYS, 0) | {"aspirational": 0, "on_track": 2, "behind": 3}
    assert summary(counts, "zh") == "共5项指标，2项序时推进，3项滞后"
    assert summary(counts, "en") == "5 indicators: 2 on track, 3 behind"
    counts |= {"exceeded": 1, "far_behind": 1, "no_data": 1}
    assert summary(counts, "zh") == "共8项指标，1项超额完成，2项序时推进，3项滞后，1项严重滞后，1项未报送"
    assert summary(counts, "en") == "8 indicators: 1 exceeded, 2 on track, 3 behind, 1 far behind, 1 not reported"


def test_the_command_line_says_it_all_in_both_languages(run):
    result = run("status", example("progress-2019.csv"), "--lang", "zh")
    lines = result.stdout.splitlines()
    assert lines[1] == "截至2019年12月31日，时间进度66.7%（按月计，实施期2018年1月1日至2020年12月31日）"
    assert lines[2] == "共5项指标，2项序时推进，3项滞后"
    result = run("status", example("progress-2019.csv"), "--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[1] == "As of 2019-12-31, 66.7% of the period (2018-01-01 to 2020-12-31, counted by months) has passed"
    assert lines[2] == "5 indicators: 2 on track, 3 behind"
    document = run("status", example("progress-2019.csv"), "--format", "json").json()
    assert (document["schedule_basis"], document["elapsed"]) == ("months", pytest.approx(24 / 36))
    gaps = run("gaps", example("progress-2019.csv"), "--lang", "zh").stdout
    # 电子信息 0 of 1: 66.7 points short; 中高端铝 2 of 2: 100 %
    assert "严重滞后" in gaps and "已完成" in gaps and "提前完成" not in gaps


def test_the_share_of_the_regions_target_is_not_called_a_contribution(run):
    zh = run("compare", example("progress-2019.csv"), "--lang", "zh").stdout
    en = run("compare", example("progress-2019.csv"), "--lang", "en").stdout
    assert "占全区目标比重" in zh and "贡献率" not in zh
    assert "Share of region target" in en and "Contribution" not in en


# --- Chinese as an office writes it --------------------------------------------------------------

def _chinese_catalogue():
    """Every Chinese string the tool says: labels, messages, usage errors, help."""
    from baise11155.present.words import LABELS, MESSAGES
    from baise11155.present.words import command_line as words

    for table in (LABELS, MESSAGES, words.USAGE, words.COMMANDS, words.OPTIONS, words.FORMAT_GROUPS):
        for key, (zh, _en) in table.items():
            yield key, zh
    yield from words.DOCS.items()
    yield "group", words.GROUP


CJK = "[\u4e00-\u9fff]"
# formulas keep their brackets: 29 + (50 − 29) × 66.7%
FORMULAS = {"explain_expected", "explain_progress"}


def test_no_ascii_quotes_in_chinese():
    """“…” around a name, never '…' or "…"; the one ASCII quote shown is the character itself, （"）."""
    found = [(key, zh) for key, zh in _chinese_catalogue()
             if re.search("['\"]", re.sub(r'（"）', "", zh))]
    assert not found, found


def test_no_half_width_punctuation_in_chinese_sentences():
    """No ASCII bracket, comma, colon, semicolon, question or exclamation mark beside a Chinese
    character or a placeholder in a Chinese sentence."""
    beside = re.compile(f"{CJK}[(),;:?!]|[(),;:?!]{CJK}|[}}）][,;:?!]|[(,;:?!][{{]")
    found = [(key, zh) for key, zh in _chinese_catalogue() if key not in FORMULAS and beside.search(zh)]
    assert not found, found


def test_no_space_between_a_number_and_a_chinese_word():
    """第4行, 45家, 截至2019年12月31日: no space between a figure (or a placeholder for one) and its
    Chinese unit, nor after 第."""
    unit = "[行列项个家人年月日天次条倍元万亿名页]"
    spaced = re.compile(f"\\d {unit}|第 [\\d{{]|}} {unit}(?!{CJK})|{CJK} {{\\w+}} {CJK}")
    found = [(key, zh) for key, zh in _chinese_catalogue() if spaced.search(zh)]
    assert not found, found


def test_no_programmer_words_for_a_clerk():
    found = [(key, zh) for key, zh in _chinese_catalogue()
             if re.search("YYYY|MM-DD|零字节|退出码|原子写入|闭合|转义|stdin|stdout", zh)]
    assert not found, found


def test_a_users_text_is_quoted_as_the_language_quotes():
    from baise11155.model.notices import Listed, note, quoted
    from baise11155.present.words import message

    problem = note("not_when", cell=quoted("2019-13"))
    assert message(problem, "zh") == "“2019-13”不是年份或日期：请填写年份（如2019）或日期（如2019-12-31、2019年12月）"
    assert message(problem, "en") == "'2019-13' is not a year or a date; write YYYY or YYYY-MM-DD"
    sheets = note("not_worksheets", sheets=Listed((quoted("图表1"), quoted("图表2"))))
    assert message(sheets, "zh").startswith("“图表1”、“图表2”不是工作表")
    assert message(sheets, "en").startswith("'图表1', '图表2': not worksheets")


def test_dates_in_chinese_messages_and_iso_in_json():
    from baise11155.model.notices import note
    from baise11155.present.words import message, note_document

    after = note("as_of_after_period", as_of="2021-06-30", end="2020-12-31")
    assert message(after, "zh") == "截止日期2021年6月30日晚于实施期结束（2020年12月31日），按实施期结束时计算"
    assert message(after, "en").startswith("the as-of date 2021-06-30 is after the period's end (2020-12-31)")
    assert note_document(after)["params"] == {"as_of": "2021-06-30", "end": "2020-12-31"}


@pytest.mark.parametrize("args, said", [
    (["status"], "错误：缺少进度文件：请在命令后写上进度文件，如：baise11155 status 进度.xlsx"),
    (["status", "x.csv", "--as-of", "2019-13-45"], "错误：“--as-of”的取值有误：日期“2019-13-45”不存在（13月45日）"),
    (["status", "x.csv", "--as-of"], "错误：选项“--as-of”后面缺少取值"),
    (["status", "x.csv", "--asof", "2019"], "错误：没有选项“--asof”；是否要用“--as-of”？"),
    (["status", "x.csv", "--lang", "fr"], "错误：“--lang”的取值有误：“fr”不是可选的取值；可选：zh、en"),
    (["status", "x.csv", "--plan", "nope"], "错误：“--plan”的取值有误：没有编号为“nope”的内置计划；可用的计划："
                                            "baise-11155、china-shisiwu-gangyao-2021-2025、guangxi-keji-qianggui-2021-2023、guangxi-keji-shisiwu-2021-2025、guangxi-sanbai-erqian"
                                            "（baise11155 plans 列出全部）"),
    (["explain", "x.csv"], "错误：缺少选项“--indicator”或“-i”"),
    (["stauts", "x.csv"], "错误：没有“stauts”这个命令；是否要用“status”或“targets”？"),
])
def test_usage_errors_in_chinese(args, said):
    """click's own usage errors said in Chinese under zh, exit 2, with the usage in Chinese."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "baise11155", "--lang", "zh", *args], capture_output=True, text=True,
                          env={**__import__("os").environ, "BAISE11155_CONFIG": "/nonexistent/config.ini"})
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1] == said
    assert not re.search("Error|Usage|Missing|Invalid|No such|Did you mean|requires|Try ", done.stderr), done.stderr
    if args[0] != "stauts":
        assert lines[0].startswith(f"用法：baise11155 {args[0]} [选项]") and lines[1].startswith("查看帮助：")
        # the arguments in Chinese too, not click's PROGRESS...
        assert not re.search("PROGRESS|COMMAND|ARGS|OPTIONS", lines[0]), lines[0]


def test_usage_lines_name_their_arguments_in_chinese(run):
    """用法：… gaps [选项] 进度文件……, the group's 命令 [参数]..., a ledger's 台账文件……"""
    zh = {"BAISE11155_LANG": "zh"}
    assert run("gaps", "--help", env=zh).stdout.split("\n")[0].endswith(" gaps [选项] 进度文件……")
    assert run("tasks", "--help", env=zh).stdout.split("\n")[0].endswith(" tasks [选项] 台账文件……")
    assert run("rollup", "--help", env=zh).stdout.split("\n")[0].endswith(" rollup [选项] [进度文件……]")
    assert run("--help", env=zh).stdout.split("\n")[0].endswith(" [选项] 命令 [参数]...")
    assert run("gaps", "--help", env={"BAISE11155_LANG": "en"}).stdout.split("\n")[0].endswith(
        " gaps [OPTIONS] PROGRESS...")


def test_quotation_marks_inside_a_quoted_text_are_the_inner_ones():
    """“注：完成情况填‘已完成’” in Chinese, as it nests them; English keeps the text as it is."""
    from baise11155.model.notices import Quoted

    quoted = Quoted("注：完成情况填“已完成”")
    assert phrase("footer_skipped", "zh", row=7, cells=quoted) == "表尾（“注：完成情况填‘已完成’”），不是数据，未读取"
    assert label("quoted", "en").format(text=quoted) == "'注：完成情况填“已完成”'"


def test_usage_errors_in_english_stay_clicks():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "baise11155", "--lang", "en", "status"], capture_output=True,
                          text=True)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "Error: Missing argument 'PROGRESS...'."


def test_growth_rates_are_said_as_percentages(run):
    """R&D intensity 0.78 % (2020) to 0.83 % (2022): (0.83 ÷ 0.78)^(1/2) − 1 = 3.155 % a year kept;
    to reach 1.3 % by 2023, (1.3 ÷ 0.78)^(1/3) − 1 = 18.56 % a year needed; ratio 0.17."""
    args = ("outlook", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023",
            "--measure", "eurostat")
    zh = run(*args, "--lang", "zh").stdout
    en = run(*args, "--lang", "en").stdout
    assert "eurostat：进展不足（实际年均增速3.2%，所需年均增速18.6%，比值0.17）" in zh
    assert "eurostat: insufficient progress (observed growth 3.2%, required growth 18.6%, ratio 0.17)" in en


def test_the_templates_notes_are_in_the_language(run, tmp_path):
    import openpyxl

    for lang, first in (("zh", "指标：从下拉列表中选择"), ("en", "indicator: The indicator: pick from the list")):
        path = tmp_path / f"{lang}.xlsx"
        assert run("template", path, "--lang", lang).exit_code == 0
        sheet = openpyxl.load_workbook(path).worksheets[0]
        notes = [cell.comment.text for cell in sheet[1] if cell.comment]
        assert len(notes) == 8 and notes[0].startswith(first)
        if lang == "zh":
            assert not any(re.search("[A-Za-z]{3,}", note) for note in notes), notes


@pytest.mark.parametrize("place, zh, en", [
    ("进度.csv:2", "进度.csv第2行", "进度.csv:2"),
    ("进度.xlsx:进度!B2", "进度.xlsx工作表“进度”B2单元格", "进度.xlsx:进度!B2"),
    ("进度.xlsx:Sheet!3:3", "进度.xlsx工作表“Sheet”第3行", "进度.xlsx:Sheet!3:3"),
    ("C:\\数据\\进度.csv:12", "C:\\数据\\进度.csv第12行", "C:\\数据\\进度.csv:12"),
    ("进度.xlsx:汇总", "进度.xlsx工作表“汇总”", "进度.xlsx:汇总"),  # a sheet alone: named as a sheet
])
def test_where_a_note_points_in_the_language(place, zh, en):
    from baise11155.present.words import said_place

    assert (said_place(place, "zh"), said_place(place, "en")) == (zh, en)


def test_every_column_a_header_may_name_has_its_word(run, write):
    """validate lists each column read with its role; a 版本 column had none (KeyError, trial 5)."""
    from baise11155.model.columns import PROGRESS_COLUMNS
    from baise11155.model.notices import note
    from baise11155.present.words import text

    for column in PROGRESS_COLUMNS:
        assert text(note(f"column_role_{column.name}"), "zh") and text(note(f"column_role_{column.name}"), "en")
    result = run("validate", write("指标,年份,数量,版本\n转化科技成果,2019,20,快报\n"), "--lang", "zh")
    assert result.exit_code == 0 and "未发现问题" in result.stdout + result.stderr


def test_a_project_named_with_its_area_is_not_given_it_twice(run, write):
    """广西科技创新“十四五”规划 read 广西广西科技创新“十四五”规划 (trial 5)."""
    progress = write("指标,年份,数量\n全社会研发经费,2022,217.9\n")
    table = run("status", progress, "--plan", "guangxi-keji-shisiwu-2021-2025", "--lang", "zh").stdout
    assert table.startswith("广西科技创新“十四五”规划：完成情况")
