"""At 80 columns, Chinese text is wrapped as Chinese is set: never inside a word of Latin
letters or an option, no line starting with a closing mark, names broken into even lines."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from baise11155.present.wrap import CLOSING, OPENING, balanced, columns_of, least_columns, wrap_lines, wrap_wide

HELP = ("把表头为 HEADER 的列当作 COLUMN 读取（COLUMN 为 indicator, category, year, date, value, item, "
        "county, note 之一），用于本工具不认识的表头，例如 --column value=完成情况。可重复。")


def test_a_chinese_character_takes_two_columns():
    assert columns_of("UTF-8") == 5 and columns_of("完成率") == 6 and columns_of("（2）") == 5


@pytest.mark.parametrize("width", range(12, 81, 3))
def test_no_word_split_no_line_starting_with_a_closing_mark(width):
    text = ("进度文件的编码（默认自动识别 UTF-8 或 GB18030）。测算日期：2019-06-30、2019/6/30、2019年6月30日，"
            "或用 --as-of 指定。" + HELP)
    lines = wrap_wide(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost, nothing added
    for line in lines:
        assert columns_of(line) <= width or " " not in line.strip()  # (only a piece wider than the line is wider)
        assert line[0] not in CLOSING and line[-1] not in OPENING, lines
    joined = "\n".join(lines)
    for word in ("UTF-8", "GB18030", "--as-of", "2019-06-30", "2019/6/30", "--column", "value=完成情况"):
        assert word in joined, (word, lines)


def test_wrapped_by_hand():
    # 每项指标一行 fills 12 columns: the colon may not start the next line, so 行 comes down with it
    assert wrap_wide("每项指标一行：目标、已完成、完成率。", 12) == ["每项指标一", "行：目标、已", "完成、完成", "率。"]
    assert wrap_wide("识别 UTF-8 或 GB18030）。测算日", 12) == ["识别 UTF-8", "或", "GB18030）。", "测算日"]
    # a name and its weight in a list stay together
    assert wrap_wide("权重：突破重大技术 2、保有高新技术企业 1）", 30) == ["权重：突破重大技术 2、", "保有高新技术企业 1）"]
    # the lines a warning is broken into are indented under it (“ and ” take one column, as rich counts them)
    assert wrap_lines("提示：第2行“指标”列“突破重大科技”不在计划中", 24) == "提示：第2行“指标”列“突破\n  重大科技”不在计划中"


def test_a_name_in_a_table_is_broken_into_even_lines():
    assert balanced("突破重大技术", 10) == "突破重\n大技术"  # not 突破重大技 / 术
    assert balanced("创建国家级创新平台", 10) == "创建国家级\n创新平台"
    assert balanced("合计", 10) == "合计"


def test_a_name_of_clauses_breaks_at_its_punctuation_only():
    # 组织重大技术攻关，(18 columns) / 解决产业技术瓶颈 (16): never 组织重大技术攻关，解决产 / 业技术瓶颈
    assert balanced("组织重大技术攻关，解决产业技术瓶颈", 27) == "组织重大技术攻关，\n解决产业技术瓶颈"
    # a node: after its colon, before its bracket
    assert balanced("二季度：6月底前完成申报材料（未完成）", 28) == "二季度：6月底前完成申报材料\n（未完成）"
    # the least a table's column may be: the longest clause (14 characters, 28 columns) whole
    assert least_columns("加快建设充满活力的创新示范区") == 28
    assert least_columns("组织重大技术攻关，解决产业技术瓶颈") == 18
    assert least_columns("突破重大技术" * 4) == 8  # 24 characters: a sentence, not a name, may break


@pytest.mark.parametrize("command", [[], ["status"], ["gaps"], ["rank"], ["rollup"], ["validate"], ["config"]])
def test_chinese_help_at_80_columns(command):
    env = {**os.environ, "COLUMNS": "80", "BAISE11155_CONFIG": "/nonexistent/config.ini"}
    done = subprocess.run([sys.executable, "-m", "baise11155", "--lang", "zh", *command, "--help"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        if line.startswith("    baise11155"):
            continue  # an example is a command, written as it is typed
        assert columns_of(line) <= 80, line
        assert not line.strip() or line.strip()[0] not in CLOSING, line
    for word in ("UTF-8", "GB18030", "--as-of", "BAISE11155_LANG"):
        if word in done.stdout.replace("\n", ""):
            assert word in done.stdout, word
