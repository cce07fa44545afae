"""The command line as a user meets it: help, options, errors and exit codes, output files."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, example

from baise11155.cli.main import cli

COMMANDS = ["status", "gaps", "compare", "targets", "validate"]  # the template and report have tests of their own


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(run, command, flag):
    result = run(command, flag)
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_the_list_of_commands_shows_each_ones_own_first_line():
    """--help lists the commands without loading them; the lines it shows are theirs."""
    import click

    from baise11155.cli.main import COMMANDS as LISTED

    context = click.Context(cli)
    assert sorted(LISTED) == sorted(COMMANDS + ["template", "report", "plans", "outlook", "explain", "rank", "rollup", "config", "tasks"])
    for name, line in LISTED.items():
        command = cli.get_command(context, name)
        assert command.name == name
        assert command.help.strip().splitlines()[0] == line


def test_top_level_help_and_version(run):
    result = run("-h")
    assert result.exit_code == 0 and all(c in result.stdout for c in COMMANDS)
    from importlib.metadata import version

    assert run("--version").stdout.strip() == f"baise11155, version {version('baise11155')}"


@pytest.mark.parametrize(
    "args, message",
    [
        (["status", example("progress-2019.csv"), "--format", "excel"], "Invalid value for '--format' / '-f'"),
        (["status", example("progress-2019.csv"), "--as-of", "2019-02-30"], "does not exist (month 2, day 30)"),
        (["status", example("progress-2019.csv"), "--lang", "fr"], "Invalid value for '--lang'"),
        (["status", example("progress-2019.csv"), "--encoding", "klingon"], "unknown encoding 'klingon'"),
        *[
            (["status", example("progress-2019.csv"), "--encoding", codec], f"'{codec}' is not an encoding of text files")
            for codec in ("rot13", "base64", "zlib", "hex", "idna", "undefined", "punycode", "unicode_escape")
        ],
        (["status"], "Missing argument 'PROGRESS...'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_mistakes_exit_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "UTF-32BE"])
def test_a_wide_encoding_named_for_a_file_without_zero_bytes_is_refused(run, encoding):
    path = example("progress-2019.csv")
    result = run("status", path, "--encoding", encoding)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}: --encoding {encoding.lower().replace('be', '-be')} was given")


def test_a_wide_encoding_named_for_a_file_in_it_is_read(run, tmp_path):
    text = Path(example("progress-2019.csv")).read_text(encoding="utf-8")
    path = tmp_path / "wide.csv"
    path.write_bytes(text.encode("utf-16-le"))  # no byte-order mark: only --encoding can say
    wide = run("status", path, "--encoding", "utf-16-le", "-f", "json")
    assert wide.exit_code == 0, wide.stderr
    assert wide.stdout == run("status", example("progress-2019.csv"), "-f", "json").stdout.replace(
        json.dumps(example("progress-2019.csv"))[1:-1], str(path))


def test_data_problems_exit_1_with_file_and_line(run, write):
    path = write("指标,年份\n突破重大技木,2019\n")
    for command in ("status", "gaps", "compare"):
        result = run(command, path)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr == f"Error: {path}:2: indicator '突破重大技木' is not in the plan; did you mean '突破重大技术'?\n"


def test_many_problems_are_cut_short_and_point_at_validate(run, write):
    path = write("indicator,year\n" + "nope,2019\n" * 30)
    result = run("status", path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 21
    assert lines[-1] == "... and 10 more; `baise11155 validate` lists them all"


def test_each_problem_begins_with_error(run, write):
    """Two problems: the second began bare, under the first's 错误： (third 公文 review, item 8)."""
    path = write("指标,年份\n突破重大技木,2019\n转化科技成果,2030\n突破重大科技,2019\n")
    result = run("status", path, "--lang", "zh")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"错误：{path}第") for line in lines), lines


def test_beyond_the_problems_kept_no_command_promises_to_list_them_all(run, write):
    path = write("indicator,year\n" + "nope,2019\n" * 1500)
    result = run("status", path)
    assert result.stderr.splitlines()[-1] == "... and 1480 more; `baise11155 validate` lists the first 1000"
    result = run("validate", path)
    assert result.stdout.count("is not in the plan") == 1000
    assert result.stdout.splitlines()[-1] == (
        "... and 500 more problems, not listed (only the first 1000 are kept); fix these and check again")
    assert "1500 rows of data, 0 counted; 1500 problems" in result.stderr


def test_validate_lists_every_problem(run, write):
    path = write("indicator,year\n" + "nope,2019\n" * 30 + "achievements,2030\n")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout.count("is not in the plan") == 30
    assert "31 rows of data, 0 counted; 31 problems" in result.stderr  # (2030 is after the period: a problem too)
    clean = run("validate", example("progress-2019.csv"))
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert "26 rows of data, 26 counted; no problems" in clean.stderr


def test_validate_reports_rows_after_the_period_as_problems(run, write):
    """A 2023 row in a 2018-2020 plan is almost always a slip of the year: a problem (exit 1), said
    whatever else is wrong in the file, never counted, and never the date the rest is judged at."""
    path = write("indicator,year\nachievements,2019\nachievements,2023\n")
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout == f"{path}:3: the year 2023 is outside the period (2018-2020): check whether it was mistyped\n"
    zh = run("validate", path, "--lang", "zh")
    assert f"{path}第3行：年份“2023”不在实施期（2018—2020年）内，请核对是否误填" in zh.stdout
    also_wrong = write("indicator,year,value\nachievements,2019,四十五\nachievements,2023,1\n", name="two.csv")
    both = run("validate", also_wrong)
    assert both.exit_code == 1
    assert "value '四十五'" in both.stdout and "the year 2023 is outside the period" in both.stdout
    status = run("status", path, "-f", "json")
    assert status.exit_code == 0 and status.json()["as_of"] == "2019-12-31"  # not 2020-12-31
    assert [i["achieved"] for i in status.json()["indicators"]][4] == 1
    assert "1 row counted, 1 set aside (0 totals, 0 footers, 0 repeated, 1 other, 0 with errors)" in status.stderr
    assert f"{path}:3: 1 row of achievements dated after the period's end (2020-12-31) left out" in status.stderr


def test_validate_says_a_total_not_adding_up_once_as_a_problem(run, write):
    """The example and a 合计 row of 20 for 转化科技成果 in 2019, whose rows above add up to 8 + 5 + 4 = 17:
    it said 共27行数据，计入26行，未发现问题, then 1处核对不符, and exited 1 (third 公文 review, item 5)."""
    text = Path(example("progress-2019.csv")).read_text(encoding="utf-8") + "转化科技成果,,2019,20,合计,,\n"
    path = write(text, name="total.csv")
    result = run("validate", path, "--lang", "zh")
    assert result.exit_code == 1
    assert "未发现问题" not in result.stderr and "核对不符" not in result.stderr
    assert result.stderr.splitlines()[-1] == "共27行数据，计入26行；发现问题1处（合计不符1处），请核对后重新检查"
    # the cells not run together: the indicator, its date, the figures with their unit
    assert (f"提示：{path}第28行：“转化科技成果”2019年12月31日的合计行填报20项，上方各行之和为17项，两者不符，"
            "该行未计入，请核对") in result.stdout.replace("\n", "")
    # 26 counted + 1 total set aside = the 27 rows
    assert "计入26行，未计入1行（合计行1、表尾0、重复0、其他0、有错误0）" in result.stderr


def test_the_receipt_counts_add_up_to_the_rows_with_rows_in_error_set_aside(run, write):
    """Two typos in the example's 26 rows: 计入24行，未计入0行 left 2 rows in no column; now 24 + 2 = 26.
    With a 2021 row (set aside, 其他) and a 四十五 (an error) beside it: 24 + 1 + 1."""
    lines = Path(example("progress-2019.csv")).read_text(encoding="utf-8")
    typo = write(lines.replace("突破重大技术,大健康", "突破重大技木,大健康").replace(
        "国家级星创天地,2019,,示例：星创天地丁", "国家级星创天堂,2019,,示例：星创天地丁"), name="typo.csv")
    result = run("validate", typo, "--lang", "zh")
    assert result.exit_code == 1
    assert "计入24行，未计入2行（合计行0、表尾0、重复0、其他0、有错误2）" in result.stderr
    assert result.stderr.splitlines()[-1] == "共26行数据，计入24行；发现问题2处，请修改后重新检查"
    mix = write(lines.replace("引育高层次创新人才和团队,,2019", "引育高层次创新人才和团队,,2021").replace(
        "转化科技成果,,2019,5,", "转化科技成果,,2019,四十五,"), name="mix.csv")
    result = run("validate", mix, "--lang", "zh")
    assert "计入24行，未计入2行（合计行0、表尾0、重复0、其他1、有错误1）" in result.stderr


def test_warnings_go_to_stderr_and_keep_exit_0(run):
    result = run("status", example("progress-2018.csv"), example("progress-2019.csv"), "-f", "json")
    assert result.exit_code == 0
    assert result.stderr.count("is listed again") == 9
    assert [i["achieved"] for i in result.json()["indicators"]] == [5, 5, 6, 45, 35]


def test_standard_input(run):
    text = Path(example("progress-2019.csv")).read_bytes()
    result = run("status", "-", "-f", "json", input=text)
    assert result.exit_code == 0
    assert [i["achieved"] for i in result.json()["indicators"]] == [5, 5, 6, 45, 35]


def test_gb18030_file_end_to_end(run, write):
    text = Path(example("progress-2019.csv")).read_text(encoding="utf-8")
    path = write(text, encoding="gb18030")
    assert run("status", path, "-f", "json").json() == run("status", example("progress-2019.csv"), "-f", "json").json()


def test_language_follows_the_locale(run):
    assert "完成率" in run("status", example("progress-2019.csv"), env={"LANG": "zh_CN.UTF-8"}).stdout
    assert "Completion" in run("status", example("progress-2019.csv"), env={"LANG": "en_US.UTF-8"}).stdout
    # LC_ALL=C (a server's, a container's) chooses no language: LANG's stands
    assert "完成率" in run("status", example("progress-2019.csv"), env={"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}).stdout


def test_targets_from_the_environment(run, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text((ROOT / "data" / "targets.yaml").read_text(encoding="utf-8").replace("target: 50\n", "target: 60\n", 1))
    result = run("targets", "-f", "json", env={"BAISE11155_TARGETS": str(other)})
    assert result.exit_code == 0
    assert result.json()["code"] == "11165"
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\n")
    result = run("targets", "--targets", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: missing key 'plan'")


def test_sort_by_shortfall(run):
    result = run("gaps", example("progress-2019.csv"), "--sort", "shortfall", "-f", "csv")
    names = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    # 0/1 missing shares: breakthroughs 5/10 = platforms 5/10 > talents 4/10 > achievements 15/50 > held 5/50
    order = list(dict.fromkeys(names))
    assert order == ["Major technologies broken through", "National innovation platforms created",
                     "High-level talents and teams brought in or grown", "S&T achievements transformed",
                     "High-tech enterprises held"]


def test_output_file_is_written_atomically(run, tmp_path):
    target = tmp_path / "status.csv"
    result = run("status", example("progress-2019.csv"), "-f", "csv", "-o", target)
    assert (result.exit_code, result.stdout) == (0, "")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, for Excel on Chinese Windows
    assert data.decode("utf-8-sig") == run("status", example("progress-2019.csv"), "-f", "csv").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["status.csv"]  # no temporary file left behind


def test_output_never_overwrites_an_input(run, tmp_path):
    source = tmp_path / "progress.csv"
    original = Path(example("progress-2019.csv")).read_bytes()
    source.write_bytes(original)
    result = run("status", source, "-o", source)
    assert result.exit_code == 2
    assert "is one of the input files" in result.stderr
    assert source.read_bytes() == original


def test_output_onto_a_directory_or_a_read_only_place(run, tmp_path):
    result = run("status", example("progress-2019.csv"), "-o", tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.stderr
    result = run("status", example("progress-2019.csv"), "-o", tmp_path / "missing" / "x.txt")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        result = run("status", example("progress-2019.csv"), "-o", locked / "x.txt")
        assert result.exit_code == 2 and "permission denied" in result.stderr


def test_csv_output_neutralises_formulas(run, tmp_path, write):
    targets = tmp_path / "t.yaml"
    text = (ROOT / "data" / "targets.yaml").read_text(encoding="utf-8")
    targets.write_text(text.replace("en: Major technologies broken through", "en: '=HYPERLINK(\"x\")'"))
    result = run("status", example("progress-2018.csv"), "--targets", targets, "-f", "csv", "--lang", "en")
    assert "\n'=HYPERLINK" in result.stdout.replace('"', "")


def readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    return [line for block in blocks for line in block.splitlines() if line.startswith("baise11155 ")]


def fill_in(path):
    """What a user types into the template: two rows of the example's."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    for row in ({"指标": "转化科技成果", "年份": 2019, "数量": 3}, {"指标": "保有高新技术企业", "年份": 2019, "数量": 45}):
        sheet.append([row.get(str(name).split("\n")[0].strip(), None) if name else None for name in header])
    book.save(path)


def test_readme_examples_run(run, tmp_path, monkeypatch):
    """Every command the README shows, in order, where a user would run them: beside the examples."""
    import shutil

    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    commands = readme_commands()
    assert len(commands) >= 10
    for line in commands:
        result = run(*shlex.split(line, comments=True)[1:])
        assert result.exit_code == 0, (line, result.stderr)
        if line.startswith("baise11155 template 进度.xlsx"):
            fill_in(tmp_path / "进度.xlsx")  # step 2, "fill it in with Excel or WPS"
    assert (tmp_path / "进度.xlsx").exists() and (tmp_path / "报告.docx").exists()
    assert zipfile.is_zipfile(tmp_path / "差距.xlsx")  # a workbook, as its name says, with no --format


def test_readme_quick_start_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = re.search(r"## Quick start\n\n```sh\n(.*?)```", readme, re.S).group(1).splitlines()
    assert len(quick) == 2
    assert "baise11155 status examples/" in quick[0]
    assert quick[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_messages_in_chinese(run, write):
    path = write("指标,年份,数量,名称\n突破重大技木,2019,1,a\n转化科技成果,19-1-1,十二,b\n转化科技成果,2019,1,c\n转化科技成果,2019,1,c\n")
    result = run("validate", path, "--lang", "zh")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}第2行：指标“突破重大技木”不在计划中；是否要填“突破重大技术”？",
        f"{path}第3行：日期“19-1-1”的年份只有两位，看不出是哪一年：请写四位年份，如2019-12-31",
        f"提示：{path}第5行：“c”在“转化科技成果”中重复列出，只计一次",
    ]
    # the file's four rows of data, one counted (the others wrong, or listed again)
    assert "共4行数据，计入1行；发现问题2处，请修改后重新检查" in result.stderr
    assert f"读取“{path}”：计入1行" in result.stderr  # the file named once, not 读取：x.csv：计入
    result = run("status", path, "--lang", "zh")
    assert result.stderr.startswith(f"错误：{path}第2行：指标“突破重大技木”不在计划中")
    # the locale chooses when --lang does not
    assert "不在计划中" in run("status", path, env={"LANG": "zh_CN.UTF-8"}).stderr
    assert "is not in the plan" in run("status", path, env={"LANG": "en_US.UTF-8"}).stderr


def test_every_message_has_both_languages_with_the_same_fields():
    import string

    from baise11155.present.words import MESSAGES as CATALOG

    for key, (zh, en) in CATALOG.items():
        fields = [{name for _, name, _, _ in string.Formatter().parse(text) if name} for text in (zh, en)]
        # the two may differ only by the fields one language needs: English "row" or "rows" (noun),
        # and the indicator's Chinese name where the English names its id
        assert zh and en and fields[0] ^ fields[1] <= {"noun", "name", "id"}, key


def test_readme_lists_the_progress_columns_as_declared():
    from baise11155.model.columns import PROGRESS_COLUMNS

    rows = [f"| `{c.name}` | {', '.join(c.headers)} | {c.required} | {c.meaning} |" for c in PROGRESS_COLUMNS]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = "| column | Chinese headers | required | meaning |\n|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
    assert table in readme


def test_every_format_has_one_renderer_with_the_one_signature():
    import importlib
    import inspect

    from baise11155.present.formats import REGISTRY

    for name, spec in REGISTRY.items():
        module = importlib.import_module(f"baise11155.present.render.{spec.module}")
        assert list(inspect.signature(module.render).parameters) == ["view", "settings"], name


def test_every_tabulate_format_offered_is_known_to_tabulate():
    from tabulate import tabulate_formats

    from baise11155.present.formats import ALIASES, TABULATE_FORMATS

    assert set(TABULATE_FORMATS) <= set(tabulate_formats)
    assert set(ALIASES.values()) <= set(tabulate_formats)


def test_no_input_is_written_over_whatever_option_names_it(run, tmp_path):
    """The targets file is an input too: --output onto it is refused before any work is done."""
    plan = tmp_path / "targets.yaml"
    plan.write_bytes((ROOT / "data" / "targets.yaml").read_bytes())
    before = plan.read_bytes()
    for command in (["status", example("progress-2019.csv")], ["targets"]):
        result = run(*command, "--targets", plan, "--output", plan)
        assert result.exit_code == 2
        assert "is one of the input files" in result.stderr
    # the report is never written as a .yaml at all: refused by its name first
    result = run("report", example("progress-2019.csv"), "--targets", plan, "--output", plan)
    assert result.exit_code == 2 and "not .yaml" in result.stderr
    assert plan.read_bytes() == before
    named_page = tmp_path / "plan.html"  # (the report writes .docx or .html only: -o plan.yaml is refused first)
    named_page.write_bytes(before)
    result = run("report", example("progress-2019.csv"), "--targets", named_page, "--output", named_page)
    assert result.exit_code == 2 and "is one of the input files" in result.stderr
    assert named_page.read_bytes() == before
    named_csv = tmp_path / "plan.csv"  # a targets file may have any name
    named_csv.write_bytes(before)
    result = run("template", named_csv, "--force", "--targets", named_csv)
    assert result.exit_code == 2 and "is one of the input files" in result.stderr
    assert named_csv.read_bytes() == before


def test_output_onto_a_pipe_or_through_a_link_is_written_into_not_replaced(run, tmp_path):
    """A named pipe stays a pipe (its reader gets the output); a link stays a link to its file."""
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()))
    reader.start()
    result = run("status", example("progress-2019.csv"), "--format", "csv", "-o", fifo)
    reader.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and received[0].startswith("\ufeffIndicator,".encode())

    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run("status", example("progress-2019.csv"), "--format", "csv", "-o", link).exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8-sig").startswith("Indicator,")


def test_the_file_on_standard_input_is_not_written_over(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.csv"
    path.write_bytes(Path(example("progress-2019.csv")).read_bytes())
    before = path.read_bytes()
    with open(path, "rb") as stdin:
        result = subprocess.run([sys.executable, "-m", "baise11155", "status", "-", "-o", str(path)], stdin=stdin,
                                capture_output=True, text=True)
    assert result.returncode == 2 and "is one of the input files" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("group, command, variable, locale, expected", [
    (None, None, None, "C.UTF-8", "zh"),  # C chooses no language: the tool's default, Chinese
    (None, None, None, "en_US.UTF-8", "en"),
    (None, None, None, "zh_CN.UTF-8", "zh"),
    (None, None, "zh", "C.UTF-8", "zh"),  # BAISE11155_LANG on a machine with no Chinese locale (Windows)
    (None, None, "en", "zh_CN.UTF-8", "en"),
    ("zh", None, "en", "C.UTF-8", "zh"),  # the group's --lang over the variable
    ("zh", "en", None, "C.UTF-8", "en"),  # the command's over the group's
    (None, None, "fr", "zh_CN.UTF-8", "zh"),  # a value the tool does not speak is passed over
])
def test_the_language_and_where_it_comes_from(run, group, command, variable, locale, expected):
    env = {"LANG": locale, "LC_ALL": None, "LC_MESSAGES": None, "BAISE11155_LANG": variable}
    args = (["--lang", group] if group else []) + ["status", example("progress-2019.csv")]
    args += ["--lang", command] if command else []
    title = run(*args, env=env).stdout.splitlines()[0]
    assert title.endswith("完成情况" if expected == "zh" else ": status")


def test_a_mistyped_command_gets_the_one_meant(run):
    result = run("stauts", example("progress-2019.csv"))
    assert result.exit_code == 2 and "No such command 'stauts'. Did you mean 'status'" in result.stderr


def test_every_command_that_writes_a_file_says_so(run, tmp_path):
    for args in (["status", example("progress-2019.csv"), "-f", "json", "-o", tmp_path / "s.json"],
                 ["gaps", example("progress-2019.csv"), "-f", "xlsx", "-o", tmp_path / "g.xlsx"],
                 ["report", example("progress-2019.csv"), "-o", tmp_path / "r.html"],
                 ["template", tmp_path / "t.xlsx"]):
        result = run(*args, "--lang", "zh")
        assert result.exit_code == 0 and result.stderr.strip().endswith(f"已写入 {args[-1]}"), result.stderr


def test_a_file_with_no_rows_is_not_a_result(run, write):
    """An unfilled template gave "no data" for every indicator and exit 0, as if that were the answer."""
    path = write("指标,类别,年份,数量,名称,县区,备注\n")
    for command in ("status", "gaps", "report", "outlook"):
        result = run(command, path, "--lang", "en")
        assert result.exit_code == 1, command
        assert "the files hold no row of progress (a header alone?): fill them in first" in result.stderr


def test_every_example_in_the_help_runs_as_written(run, tmp_path, monkeypatch):
    """The examples each command's --help shows, run beside the examples, as a user would copy them."""
    import shutil

    from baise11155.cli.main import COMMANDS as LISTED

    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    lines = []
    for name in LISTED:
        help_text = run(name, "--help").stdout
        lines += [line.strip() for line in help_text.splitlines() if line.strip().startswith("baise11155 ")]
    assert len(lines) >= 15
    for line in lines:
        args = shlex.split(line)[1:]
        result = run(*args)
        assert result.exit_code == 0, (line, result.stderr)


# --- the settings that last: the config file, and the system's language ----------------------

@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "conf" / "config.ini"
    monkeypatch.setenv("BAISE11155_CONFIG", str(path))
    return path


@pytest.mark.parametrize("variable, configured, locale, system, expected, source", [
    (None, None, None, None, "zh", "default"),
    (None, None, None, "zh", "zh", "system"),  # Windows: no variable, a Chinese display language
    (None, None, None, "en", "en", "system"),
    (None, None, "C.UTF-8", "en", "en", "system"),  # C and POSIX choose no language
    (None, None, "en_US.UTF-8", "zh", "en", "locale"),  # a variable set says more than the system
    (None, "zh", "C.UTF-8", None, "zh", "config"),  # the config file over the locale
    ("en", "zh", None, None, "en", "env"),  # BAISE11155_LANG over the config file
])
def test_where_the_language_comes_from_in_order(variable, configured, locale, system, expected, source, monkeypatch):
    from baise11155.cli import config

    monkeypatch.setattr(config, "system_language", lambda platform: system)
    env = {key: value for key, value in (("BAISE11155_LANG", variable), ("LANG", locale)) if value}
    assert config.language(env, config={"lang": configured} if configured else {}) == (expected, source)


def test_the_windows_display_language(monkeypatch):
    """GetUserDefaultUILanguage: 0x0804 (zh-CN), 0x0404 (zh-TW) are Chinese (primary language 0x04);
    0x0409 (en-US) is not."""
    from baise11155.cli import config

    monkeypatch.undo()  # the real system_language, not the fixture's
    for langid, expected in ((0x0804, "zh"), (0x0404, "zh"), (0x0409, "en")):
        monkeypatch.setattr(config, "_windows_ui_language", lambda langid=langid: langid)
        assert config.system_language("win32") == expected


def test_the_config_command_sets_what_every_command_then_uses(run, config_file):
    assert "(none yet)" in run("config").stdout
    assert run("config", "set", "lang", "zh").exit_code == 0
    assert config_file.read_text(encoding="utf-8") == "[baise11155]\nlang = zh\n"
    assert run("status", example("progress-2019.csv")).stdout.splitlines()[0].endswith("完成情况")
    assert "lang = zh（配置文件）" in run("config").stdout
    assert run("--lang", "en", "status", example("progress-2019.csv")).stdout.splitlines()[0].endswith(": status")
    run("config", "set", "plan", "guangxi-keji-qianggui-2021-2023")
    assert run("status", example("guangxi-keji-2021-2022.csv"), "-f", "json").json()["plan"] == \
        "guangxi-keji-qianggui-2021-2023"
    bad = run("config", "set", "lang", "fr")
    assert bad.exit_code == 2 and "语言只能是zh、en之一" in bad.stderr  # said in the language set (zh)
    assert run("config", "unset", "plan").exit_code == 0
    assert "plan" not in config_file.read_text(encoding="utf-8")
    assert run("config", "path").stdout.strip() == str(config_file)


def test_a_broken_config_file_is_a_message_and_config_mends_it(run, config_file):
    config_file.parent.mkdir(parents=True)
    config_file.write_text("lang = zh\n", encoding="utf-8")
    result = run("status", example("progress-2019.csv"))
    assert result.exit_code == 1 and "cannot be read as a config file" in result.stderr
    assert "Traceback" not in result.stderr
    config_file.write_text("[baise11155]\nlang = fr\n", encoding="utf-8")
    assert "lang = fr: the language is one of zh, en" in run("status", example("progress-2019.csv")).stderr
    assert run("config", "unset", "lang").exit_code == 0
    assert run("status", example("progress-2019.csv")).exit_code == 0


def test_help_speaks_chinese_when_the_run_does(run):
    """On a machine with no LANG, BAISE11155_LANG=zh (or --lang zh before --help) gives Chinese help:
    every command's description, every option's, the headings; the examples stay as written."""
    import importlib

    from baise11155.cli.main import COMMANDS as LISTED
    from baise11155.present.words import command_line

    top = run("--help", env={"BAISE11155_LANG": "zh"}).stdout
    assert top.startswith("用法：") and "命令：" in top and command_line.COMMANDS["rank"][0][:20] in top
    assert set(command_line.COMMANDS) == set(LISTED) == set(command_line.DOCS)
    for name in LISTED:
        shown = run(name, "--help", env={"BAISE11155_LANG": "zh"}).stdout
        assert command_line.DOCS[name][:12].replace(" ", "") in shown.replace("\n", "").replace(" ", ""), name
        assert "选项：" in shown and "Show this message" not in shown, name
        command = importlib.import_module(f"baise11155.cli.commands.{name}").command
        for param in command.params:
            if getattr(param, "help", None):
                assert command_line.chinese_option_help(param.help) is not None, (name, param.name)
    assert "示例：" in run("status", "--lang", "zh", "--help").stdout
    english = run("status", "--help").stdout
    assert english.startswith("Usage:") and "One row per indicator" in english


def test_an_indicator_by_the_short_form_its_plan_gives(run):
    """-i 高企: the plan's `aliases` (data/targets.yaml) name 保有高新技术企业 so; a near miss is
    answered by the plan's own name once, not by each of its short forms."""
    short = run("explain", example("progress-2019.csv"), "-i", "高企", "-f", "json")
    full = run("explain", example("progress-2019.csv"), "-i", "保有高新技术企业", "-f", "json")
    assert short.exit_code == 0 and short.json() == full.json()
    near = run("explain", example("progress-2019.csv"), "-i", "高新企业", "--lang", "zh")
    assert near.exit_code == 2 and near.stderr.rstrip().endswith("是否要填“保有高新技术企业”？")
    # 45 held at 2019-12-31 against a baseline of 29 and a target of 50: (45 − 29) ÷ (50 − 29) = 16/21 = 76.2%
    worked = run("explain", example("progress-2019.csv"), "-i", "高企", "--lang", "zh")
    assert "新增进度 = (45 − 29) ÷ (50 − 29) = 76.2%" in worked.stdout
    assert "序时应完成 = 29 + (50 − 29) × 66.7% = 43.0" in worked.stdout  # 29 + 21 × 24/36 = 43, one decimal as status


def test_a_missing_file_is_said_as_a_clerk_can_act_on_it(run):
    result = run("status", "examples/nonexistent.csv", "--lang", "zh")
    assert result.exit_code == 1
    assert result.stderr.strip() == "错误：找不到文件“examples/nonexistent.csv”，请检查文件名和路径"


@pytest.mark.parametrize("name", ["报告.pdf", "report.txt"])
def test_a_report_is_never_written_under_a_name_it_cannot_open_as(run, tmp_path, name):
    """report -o x.pdf wrote the page (HTML) into a .pdf, exit 0: refused, nothing written, exit 2."""
    target = tmp_path / name
    result = run("report", example("progress-2019.csv"), "-o", str(target), "--lang", "zh")
    assert result.exit_code == 2 and not target.exists()
    assert "报告只能写成 Word 文件（.docx）或网页（.html）" in result.stderr
