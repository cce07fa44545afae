"""The supervision ledger (督查台账, issue 24): the template, reading ledgers as offices keep them,
judging each task by its nodes, `tasks` in every format, and `gaps --by lead --tasks`.

Each standing is worked out by hand in `ledger_files.TASKS`, beside the task's row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner
from conftest import TARGETS
from ledger_files import EXPECTED, office_ledger, quarter_sheets

from baise11155.calc.tasks import OTHERWISE, PAST_DEADLINE, judge_ledger, judge_task, ledger_date
from baise11155.cli.main import cli
from baise11155.model.ledger import (
    BEHIND,
    CLOSED,
    DONE,
    JUDGED_STATUSES,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
    STATUS_WORDS,
    TASK_STATUSES,
    UNREPORTED,
    LedgerTask,
    Node,
)
from baise11155.present.words import label, text
from baise11155.read.ledger import read_ledgers
from baise11155.read.targets_file import load_plan

AS_OF = dt.date(2019, 9, 30)


@pytest.fixture(scope="module")
def plan():
    return load_plan(str(TARGETS))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return office_ledger(tmp_path_factory.mktemp("ledger") / "台账.xlsx")


def run(*args):
    return CliRunner().invoke(cli, [*args], catch_exceptions=False)


# judging, by hand


def task(nodes=(), deadline=dt.date(2019, 12, 31), reported=None, progress="") -> LedgerTask:
    return LedgerTask(number="1", name="任务", lead="市科技局", partners=(), leader="", deadline=deadline,
                      nodes=tuple(Node(due, "", done, f"f.xlsx:S!H{n}") for n, (due, done) in enumerate(nodes)),
                      progress=progress, problems="", next_steps="", reported=reported, evidence="", reported_on=None,
                      place="f.xlsx:S!A1")


Q1, Q2, Q3, Q4 = dt.date(2019, 3, 31), dt.date(2019, 6, 30), dt.date(2019, 9, 30), dt.date(2019, 12, 31)


@pytest.mark.parametrize(("given", "as_of", "status"), [
    (task([(Q1, True), (Q2, True), (Q3, None)]), Q2, ON_SCHEDULE),  # both nodes due are met
    (task([(Q1, True), (Q2, False)]), Q2, BEHIND),  # Q2 due and not met
    (task([(Q1, True), (Q2, None)]), Q2, UNREPORTED),  # Q2 due, blank: 未报送完成情况, not 滞后 (and said)
    (task([(Q1, None), (Q2, False)]), Q2, BEHIND),  # one blank, one marked 未完成: 滞后
    (task([(Q1, True), (Q2, False)]), Q2 - dt.timedelta(days=1), ON_SCHEDULE),  # Q2 not due the day before
    (task([(Q1, True), (Q4, True)]), Q2, DONE),  # the last node met early
    (task([(Q1, True), (Q2, True)]), Q2, ON_SCHEDULE),  # the nodes so far met, the deadline 12-31 to come
    (task([(Q1, True), (Q2, True)], reported=DONE), Q2, DONE),  # ... and the unit says it is done
    (task([(Q1, True), (Q4, True)], reported=CLOSED), Q2, CLOSED),
    (task([(Q1, True), (Q2, False)], reported=CLOSED), Q2, BEHIND),  # 销号 claimed, not done: judged by its nodes
    (task([(Q1, True), (Q2, False)], deadline=Q2), Q3, OVERDUE),  # deadline passed
    (task([(Q1, True), (Q2, True)], deadline=Q2), Q3, DONE),  # its last node, due at the deadline, met
    (task([(Q4, None)]), Q3, NOT_STARTED),  # nothing due, nothing done, no progress
    (task([(Q4, None)], progress="已发通知"), Q3, ON_SCHEDULE),  # nothing due, progress reported
    (task([(Q4, None)], reported=ON_SCHEDULE), Q3, ON_SCHEDULE),  # nothing due, the unit says under way
    (task([(Q4, None)], reported=NOT_STARTED), Q3, NOT_STARTED),
    (task([], reported=DONE), Q3, DONE),  # no nodes: the unit's word
    (task([], deadline=None, progress="持续推进"), Q3, ON_SCHEDULE),  # 长期: never overdue
    (task([(Q1, False)], deadline=None), Q3, BEHIND),
])
def test_judging_a_task(given, as_of, status):
    assert judge_task(given, as_of)[0].status == status


def test_the_date_a_ledger_is_judged_at():
    end, latest = dt.date(2020, 12, 31), dt.date(2019, 9, 28)
    assert ledger_date(latest, end) == latest  # `tasks`: its own latest 报送日期
    assert ledger_date(latest, end, asked=Q4) == Q4  # --as-of, as asked (and said where it differs)
    assert ledger_date(dt.date(2021, 1, 8), end) == end  # reported after the period: capped at its end
    # `report --tasks`: a September ledger is not judged at the figures' 31 December, nor after them
    assert ledger_date(latest, end, by=Q4) == latest
    assert ledger_date(latest, end, by=Q2) == Q2
    assert ledger_date(None, end, by=Q4) is None  # no 报送日期: the caller asks for --as-of


def test_a_status_reported_otherwise_is_kept():
    judged, _ = judge_task(task([(Q1, True), (Q2, False)], deadline=Q2, reported=ON_SCHEDULE), Q3)
    assert (judged.status, judged.differs) == (OVERDUE, PAST_DEADLINE)
    judged, _ = judge_task(task([(Q1, True), (Q2, False)], reported=ON_SCHEDULE), Q3)
    assert (judged.status, judged.differs) == (BEHIND, OTHERWISE)
    judged, notices = judge_task(task([(Q1, True), (Q2, None)], reported=BEHIND), Q3)
    assert judged.differs is None and [n.code for n in notices] == ["ledger_node_unreported"]
    assert notices[0].place == "f.xlsx:S!H1"


def test_the_status_words_read_back():
    # each status as the catalogue (and the template's drop-down) writes it is read as itself
    for status in TASK_STATUSES:
        assert STATUS_WORDS[label(f"task_{status}", "zh")] == status


# a ledger kept as an office keeps it


def test_the_office_ledger_read(plan, office):
    reading = read_ledgers(plan, [str(office)])
    assert reading.out.problems == []
    assert len(reading.tasks) == 21
    assert [t.name for t in reading.tasks] == list(EXPECTED)
    first, second = reading.tasks[:2]
    # 牵头领导 and 牵头单位 merged down over tasks 1-3: the merged cells show the first's
    assert (second.leader, second.lead, second.partners) == ("张副市长", "市科技局", ("百色高新区管委会",))
    assert first.partners == ("市工业和信息化局", "市农业农村局")
    # a quarter's name merged over its 节点目标 and 完成情况; “6月底前” read as 2019-06-30 (the title's year)
    assert [(n.due, n.done) for n in second.nodes] == [(Q1, True), (Q2, False), (Q3, False), (Q4, None)]
    assert second.nodes[1].place.endswith("台账.xlsx:2019年台账!J7")
    assert (second.plan_task, second.reported, second.reported_on) == ("task-2-1", ON_SCHEDULE, dt.date(2019, 9, 28))
    by_name = {t.name: t for t in reading.tasks}
    assert by_name["加快建设高水平的科技创新基地"].deadline == Q2  # 6月底前
    assert by_name["加强组织领导，落实目标任务"].deadline is None  # 长期
    assert by_name["深化体制改革，释放创新活力"].deadline == Q2  # 2019年6月30日
    # five heading rows and the note under the table, named together in one notice for the sheet
    (aside,) = [n for n in reading.out.warnings if n.code == "ledger_rows_aside"]
    assert aside.params["rows"] == ("6", "11", "14", "18", "22", "32") and aside.place.endswith("台账.xlsx:2019年台账")
    assert text(aside, "zh").endswith("台账.xlsx工作表“2019年台账”：第6、11、14、18、22、32行为分部标题、注释或未填写的任务行，"
                                      "未作为任务读取")
    assert by_name["加快建设高水平的科技创新基地"].deadline_text == "6月底前"  # shown as the ledger words it
    (receipt,) = reading.out.receipts
    assert receipt.params == {"tasks": 21, "aside": 6, "year": 2019}


def test_the_office_ledger_judged(plan, office):
    judged = judge_ledger(read_ledgers(plan, [str(office)]).tasks, AS_OF)
    assert {t.task.name: t.status for t in judged.tasks} == EXPECTED
    # counted by hand from ledger_files.TASKS: 未启动 6, 21; 序时推进 1, 8, 10, 11, 13, 14, 18, 19;
    # 未报送完成情况 7 (its Q3 node blank: not 滞后, and not a status differing from its 序时推进);
    # 滞后 2, 9, 12, 15; 超期未完成 4, 20; 已完成 3, 16; 已销号 5, 17
    assert judged.counts == {NOT_STARTED: 2, ON_SCHEDULE: 8, UNREPORTED: 1, BEHIND: 4, OVERDUE: 2, DONE: 2, CLOSED: 2}
    assert {t.task.number: t.differs for t in judged.differing} == {
        "2": OTHERWISE, "4": PAST_DEADLINE, "15": OTHERWISE, "20": PAST_DEADLINE}
    assert [n.place.rpartition("!")[2] for n in judged.notices] == ["L13"]
    assert {lead: [t.task.number for t in tasks] for lead, tasks in judged.behind_by_lead().items()} == {
        "市科技局": ["2", "9", "15"], "市发展改革委": ["4"], "市工业和信息化局": ["12"], "市绩效办": ["20"]}


def test_a_sheet_a_quarter(plan, tmp_path):
    reading = read_ledgers(plan, [str(quarter_sheets(tmp_path / "q.xlsx"))])
    assert reading.out.problems == []
    first, second = reading.tasks
    assert (first.lead, first.partners) == ("市科技局", ("市财政局",))  # the first unit named leads
    assert [(n.due, n.done) for n in first.nodes] == [(Q1, True), (Q2, True)]
    assert [(n.due, n.done) for n in second.nodes] == [(Q1, True), (dt.date(2019, 5, 31), False)]  # 5月底前
    assert second.place.endswith("q.xlsx:二季度!A4") and second.progress == "入库8家"  # the later sheet's report
    judged = judge_ledger(reading.tasks, Q2)
    assert [t.status for t in judged.tasks] == [ON_SCHEDULE, BEHIND]
    assert reading.latest_report == dt.date(2019, 6, 28)


def test_a_quarter_named_in_the_node_header(plan, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text("序号,任务,牵头单位,完成时限,2019年一季度节点目标,一季度完成情况,二季度节点目标,二季度完成情况\n"
                    "1,甲任务,市科技局,2019年12月底前,摸底,已完成,申报,未完成\n", encoding="utf-8")
    reading = read_ledgers(plan, [str(path)])
    assert reading.out.problems == [] and reading.out.warnings == []
    (only,) = reading.tasks
    assert [(n.due, n.done, n.place) for n in only.nodes] == [(Q1, True, f"{path}:2"), (Q2, False, f"{path}:2")]


HEADER = "序号,任务,牵头单位,配合单位,完成时限,节点目标,完成情况,状态,报送日期,备注\n"


def test_rows_that_cannot_be_read_name_their_cell(plan, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text(HEADER + "1,甲任务,,,2019年12月底前,,,,,\n"  # no lead unit
                    "2,乙任务,市科技局,,2019年13月底前,,,,,\n"  # no such month
                    "3,丙任务,市科技局,,6月底前,,,推进中,,\n"  # no year anywhere; a status not known
                    "4,丁任务,市科技局,,2019年12月底前,2019年3月底前完成,进行中,,2019-3-28,\n"  # 完成情况 neither
                    "5,戊任务,市科技局,,,启动,,,,\n"  # a node without a quarter or a date
                    "6,己任务,市科技局,,2019-12-31,,,序时推进,,\n"
                    "6,己任务,市科技局,,2019-12-31,,,序时推进,,\n"  # twice
                    "7,庚任务,市科技局,,,,,序时推进,,\n", encoding="utf-8")  # no deadline, no node
    reading = read_ledgers(plan, [str(path)])
    said = [(n.place, n.code) for n in reading.out.problems]
    name = str(path)
    assert said == [(f"{name}:2", "ledger_no_lead"), (f"{name}:3", "ledger_deadline_unread"),
                    (f"{name}:4", "ledger_needs_year"), (f"{name}:4", "ledger_status_unknown"),
                    (f"{name}:5", "ledger_node_done_unknown"), (f"{name}:6", "ledger_node_when"),
                    (f"{name}:6", "ledger_no_deadline"), (f"{name}:8", "ledger_task_twice"),
                    (f"{name}:9", "ledger_no_deadline")]
    assert [n.code for n in reading.out.warnings] == ["ledger_column_not_used"]
    result = run("tasks", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert f"{name}:2: no 牵头单位 (lead unit)" in result.output
    assert "write 已完成 (done) or 未完成 (not done)" in result.output


def test_a_file_that_is_no_ledger(tmp_path):
    path = tmp_path / "progress.csv"
    path.write_text("指标,年份,数量\n突破重大技术,2019,1\n", encoding="utf-8")
    result = run("tasks", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert "no ledger header found" in result.output


# the template


def test_the_ledger_template(plan, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "ledger.xlsx"
    result = run("template", str(path), "--tasks", "--year", "2019", "--lang", "zh")
    assert result.exit_code == 0, result.output
    sheet = load_workbook(path).worksheets[0]
    assert sheet["A1"].value == "2019年百色市科技创新支撑产业高质量发展三年行动实施方案（2018—2020年）重点任务督查台账"
    header = [c.value for c in sheet[2]]
    assert header[:7] == ["序号", "任务", "牵头领导", "牵头单位", "配合单位", "完成时限", "2019年第一季度"]
    assert header[14:] == ["截至目前进展情况", "存在问题", "下步措施", "状态", "佐证材料", "报送日期"]
    assert [c.value for c in sheet[3]][6:14] == ["节点目标", "完成情况"] * 4
    rows = [(r[0].value, r[1].value) for r in sheet.iter_rows(min_row=4) if r[1].value]
    assert len(rows) == 21 and rows[0] == ("1", "组织重大技术攻关，解决产业技术瓶颈") and rows[-1][1] == "加强舆论宣传，营造创新氛围"
    rules = sheet.data_validations.dataValidation
    assert all(rule.showErrorMessage and rule.error for rule in rules)
    assert {rule.formula1 for rule in rules if rule.type == "list"} == {
        '"已完成,未完成"', '"未启动,序时推进,滞后,超期未完成,已完成,已销号"'}
    # read back before it is filled in: no task, said, exit 1
    result = run("tasks", str(path), "--lang", "en")
    assert result.exit_code == 1 and "no task in the ledgers is filled in" in result.output

    # filled in as a unit would: read back, judged
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet["D4"], sheet["F4"], sheet["G4"], sheet["H4"], sheet["I4"], sheet["J4"] = (
        "市科技局", "2019年12月底前", "发布指南", "已完成", "6月底前立项", "未完成")
    sheet["R4"], sheet["T4"] = "序时推进", dt.date(2019, 7, 5)
    book.save(path)
    result = run("tasks", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["as_of"] == "2019-07-05"
    (only,) = document["tasks"]
    assert (only["plan_task"], only["status"], only["reported"], only["differs"]) == (
        "task-1", "behind", "on_schedule", "otherwise")


def test_template_options(tmp_path):
    result = run("template", str(tmp_path / "l.csv"), "--tasks")
    assert result.exit_code == 2 and "a ledger (--tasks) is a workbook" in result.output
    result = run("template", str(tmp_path / "p.xlsx"), "--year", "2019")
    assert result.exit_code == 2 and "--year is the ledger's year" in result.output


# the command


def test_tasks_json_shape(office):
    result = run("tasks", str(office), "--as-of", "2019-09-30", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert list(document) == ["schema", "plan", "as_of", "counts", "tasks", "notices"]
    assert list(document["counts"]) == list(JUDGED_STATUSES)  # a unit's statuses, and 未报送完成情况
    assert document["counts"]["behind"] == 4 and document["counts"]["not_reported"] == 1
    assert list(document["tasks"][0]) == [
        "number", "name", "plan_task", "lead", "partners", "leader", "deadline", "nodes", "node_due", "status",
        "reported", "differs", "progress", "problems", "next_steps", "evidence", "reported_on", "place"]
    fourth = document["tasks"][3]
    assert (fourth["status"], fourth["differs"], fourth["deadline"]) == ("overdue", "past_deadline", "2019-06-30")
    # the same document in either language
    english = run("tasks", str(office), "--as-of", "2019-09-30", "--format", "json", "--lang", "en")
    assert json.loads(english.stdout) == document


@pytest.mark.parametrize(("lang", "said"), [
    # the deadline as the ledger words it (6月底前), the node by its quarter, not its date said twice
    ("zh", ["共21项：未启动2项、序时推进8项、未报送完成情况1项、滞后4项、超期未完成2项、已完成2项、已销号2项",
            "报送“序时推进”，但已超过完成时限（6月底前），判为超期未完成", "二季度：开工（未完成）",
            "  三季度调度（已完成）"]),  # the quarter not said twice (三季度：三季度调度)
    ("en", ["21 tasks: 2 not started, 8 on schedule, 1 node not reported, 4 behind, 2 overdue, not done, 2 done, "
            "2 done and closed",
            "reported “on schedule”, but the deadline 2019-06-30 has passed"]),
])
def test_tasks_table_in_both_languages(office, lang, said):
    result = run("tasks", str(office), "--as-of", "2019-09-30", "--format", "plain", "--lang", lang)
    assert result.exit_code == 0
    for words in said:
        assert words in result.stdout


def test_tasks_csv_and_xlsx(office, tmp_path):
    result = run("tasks", str(office), "--as-of", "2019-09-30", "--format", "csv", "--lang", "zh")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    header = rows.index(next(r for r in rows if r[:2] == ["序号", "任务"]))
    body = rows[header + 1:]
    assert len(body) == 21
    assert [r[6] for r in body].count("滞后") == 4 and [r[6] for r in body].count("未报送完成情况") == 1
    target = tmp_path / "tasks.xlsx"
    result = run("tasks", str(office), "--as-of", "2019-09-30", "--format", "xlsx", "--output", str(target))
    assert result.exit_code == 0 and target.stat().st_size > 0


def test_gaps_by_lead_with_the_tasks(office, tmp_path):
    from conftest import EXAMPLES

    args = ["gaps", str(EXAMPLES / "progress-by-county-2019.csv"), "--targets", str(EXAMPLES / "county-split.yaml"),
            "--by", "lead", "--tasks", str(office), "--as-of", "2019-09-30"]
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    leads = {entry["lead"]["zh"]: entry for entry in document["leads"]}
    # 市科技局 leads three indicators behind (county-split.yaml) and three tasks behind (2, 9, 15)
    science = leads["市科技局"]
    assert [b["indicator"] for b in science["behind"]] == ["breakthroughs", "achievements", "high-tech-enterprises"]
    assert [t["number"] for t in science["tasks"]] == ["2", "9", "15"]
    # the units that lead tasks only
    assert [t["number"] for t in leads["市绩效办"]["tasks"]] == ["20"] and leads["市绩效办"]["behind"] == []
    assert document["task_counts"]["overdue"] == 2
    table = run(*args, "--format", "plain", "--lang", "zh").stdout
    assert "滞后指标和任务（按牵头单位）" in table
    assert "加快建设充满活力的创新示范区" in table and "突破重大技术" in table


def test_tasks_only_with_by_lead(office):
    from conftest import EXAMPLES

    result = run("gaps", str(EXAMPLES / "progress-2019.csv"), "--tasks", str(office))
    assert result.exit_code == 2 and "give it with --by lead" in result.output


# what a hostile reviewer found (2026-12-06): each worked out by hand

QUARTERS_HEADER = ("序号,任务,牵头单位,完成时限,一季度节点目标,一季度完成情况,二季度节点目标,二季度完成情况,"
                   "三季度节点目标,三季度完成情况,四季度节点目标,四季度完成情况,状态,报送日期\n")


def test_the_example_ledger_as_the_readme_counts_it(plan):
    # examples/ledger-2019.xlsx at 2019-09-30, by hand from its rows: 未启动 6, 21; 序时推进 1, 8, 10, 11,
    # 13, 14, 16 (its only node, Q2, met; deadline 12-31; reported 序时推进, not done), 18, 19; 未报送完成
    # 情况 7 (its Q3 node blank); 滞后 2, 9, 12, 15; 超期未完成 4, 20; 已完成 3; 已销号 5, 17
    from conftest import EXAMPLES

    judged = judge_ledger(read_ledgers(plan, [str(EXAMPLES / "ledger-2019.xlsx")]).tasks, AS_OF)
    assert judged.counts == {NOT_STARTED: 2, ON_SCHEDULE: 9, UNREPORTED: 1, BEHIND: 4, OVERDUE: 2, DONE: 1, CLOSED: 2}
    assert {t.task.number: t.differs for t in judged.differing} == {
        "2": OTHERWISE, "4": PAST_DEADLINE, "15": OTHERWISE, "20": PAST_DEADLINE}


def test_a_node_half_done_is_not_met(plan, tmp_path):
    # 完成一半 and 已完成60% were read by their first words as 已完成: the task judged done
    path = tmp_path / "ledger.csv"
    path.write_text("2019年督查台账\n" + QUARTERS_HEADER +
                    "1,任务甲,市科技局,2019年12月31日,调研,已完成,6月底前完成方案,已完成60%,,,,,序时推进,2019-07-05\n"
                    "2,任务乙,市科技局,2019年6月30日,调研,已完成。,6月底前出台办法,完成一半,,,,,已完成,2019-07-05\n",
                    encoding="utf-8")
    reading = read_ledgers(plan, [str(path)])
    assert [(n.place, n.code) for n in reading.out.problems] == [
        (f"{path}:3", "ledger_node_done_unknown"), (f"{path}:4", "ledger_node_done_unknown")]
    assert [n.params["cell"] for n in reading.out.problems] == ["已完成60%", "完成一半"]
    assert run("tasks", str(path)).exit_code == 1
    # the words the template offers, whole (a full stop after them aside), are read
    path.write_text("2019年督查台账\n" + QUARTERS_HEADER + "1,任务甲,市科技局,2019年12月31日,调研,已完成。,出台,未完成,,,,,,\n",
                    encoding="utf-8")
    (only,) = read_ledgers(plan, [str(path)]).tasks
    assert [(n.due, n.done) for n in only.nodes] == [(Q1, True), (Q2, False)]


def test_quarters_in_two_years(plan, tmp_path):
    from openpyxl import Workbook

    # merged over two header rows: 2019年第四季度 is due 2019-12-31, 2020年第一季度 2020-03-31,
    # 2020年第二季度 2020-06-30 (it was 2019-03-31 and 2019-06-30: on schedule judged 滞后)
    book = Workbook()
    sheet = book.active
    sheet.append(["督查台账"])
    sheet.append(["序号", "任务", "牵头单位", "完成时限", "2019年第四季度", None, "2020年第一季度", None, "2020年第二季度", None,
                  "状态", "报送日期"])
    sheet.append([None] * 4 + ["节点目标", "完成情况"] * 3 + [None, None])
    sheet.append(["1", "任务甲", "市科技局", "2020年6月30日", "启动", "已完成", "招标", "已完成", "验收", None, "序时推进",
                  "2020-04-05"])
    for first, last in (("E2", "F2"), ("G2", "H2"), ("I2", "J2")):
        sheet.merge_cells(f"{first}:{last}")
    book.save(tmp_path / "two.xlsx")
    reading = read_ledgers(plan, [str(tmp_path / "two.xlsx")])
    assert reading.out.problems == []
    (only,) = reading.tasks
    assert [(n.due, n.done) for n in only.nodes] == [
        (dt.date(2019, 12, 31), True), (dt.date(2020, 3, 31), True), (dt.date(2020, 6, 30), None)]
    assert judge_ledger(reading.tasks, dt.date(2020, 4, 5)).tasks[0].status == ON_SCHEDULE
    assert reading.out.receipts[0].params["year"] == "2019—2020"
    # one header row; a node's 6月底前 is read in its quarter's year, and a deadline with no year
    # beside quarters of two years is asked about
    path = tmp_path / "two.csv"
    path.write_text("序号,任务,牵头单位,完成时限,2019年第四季度节点目标,2019年第四季度完成情况,2020年第二季度节点目标,"
                    "2020年第二季度完成情况\n1,任务甲,市科技局,2020年6月30日,启动,已完成,6月底前验收,\n"
                    "2,任务乙,市科技局,6月底前,启动,已完成,,\n", encoding="utf-8")
    reading = read_ledgers(plan, [str(path)])
    assert [(n.place, n.code) for n in reading.out.problems] == [(f"{path}:3", "ledger_two_years")]
    (only,) = reading.tasks
    assert [n.due for n in only.nodes] == [dt.date(2019, 12, 31), dt.date(2020, 6, 30)]


def _sheets(path, sheets):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, title, row in sheets:
        sheet = book.create_sheet(name)
        sheet.append([title])
        sheet.append(["序号", "任务", "牵头单位", "完成时限", "节点目标", "完成情况", "状态", "报送日期"])
        sheet.append(row)
    book.save(path)
    return str(path)


def test_the_later_report_wins_whatever_the_sheet_order(plan, tmp_path):
    q3 = ("2019年三季度", "2019年第三季度督查台账", ["1", "任务甲", "市科技局", "2019年12月31日", "验收", "未完成", "滞后", "2019-09-28"])
    q2 = ("2019年二季度", "2019年第二季度督查台账", ["1", "任务甲", "市科技局", "2019年12月31日", "建设", "已完成", "序时推进",
                                          "2019-06-28"])
    for order in ((q3, q2), (q2, q3)):
        reading = read_ledgers(plan, [_sheets(tmp_path / "q.xlsx", order)])
        (only,) = reading.tasks
        assert (only.reported, only.reported_on, only.place.rpartition(":")[2]) == (BEHIND, dt.date(2019, 9, 28),
                                                                                    "2019年三季度!A3")
        assert [(n.due, n.done) for n in only.nodes] == [(Q2, True), (Q3, False)]
        assert reading.latest_report == dt.date(2019, 9, 28)
    # no 报送日期: the later quarter's sheet
    undated = [(name, title, [*row[:-1], ""]) for name, title, row in (q3, q2)]
    (only,) = read_ledgers(plan, [_sheets(tmp_path / "u.xlsx", undated)]).tasks
    assert only.reported == BEHIND


def test_one_task_under_two_lead_units(plan, tmp_path):
    # the same task in two files with different lead units: two tasks, and a notice naming both rows
    # (one was dropped without a word)
    row = "1,任务甲,{lead},年底前,3月底前调研,已完成,6月底前出台,未完成,,,,,序时推进,2019-07-10\n"
    paths = []
    for name, lead in (("a.csv", "市科技局"), ("b.csv", "市财政局")):
        (tmp_path / name).write_text("2019年督查台账\n" + QUARTERS_HEADER + row.format(lead=lead), encoding="utf-8")
        paths.append(str(tmp_path / name))
    reading = read_ledgers(plan, paths)
    assert [(t.lead, t.place) for t in reading.tasks] == [("市科技局", f"{paths[0]}:3"), ("市财政局", f"{paths[1]}:3")]
    (said,) = [n for n in reading.out.warnings if n.code == "ledger_task_two_leads"]
    assert said.place == f"{paths[1]}:3" and said.params["other"] == f"{paths[0]}:3"
    judged = judge_ledger(reading.tasks, dt.date(2019, 7, 10))
    assert list(judged.behind_by_lead()) == ["市科技局", "市财政局"]
    result = run("tasks", *paths, "--lang", "en")
    assert result.exit_code == 0 and "judged as two tasks" in result.output


def test_dates_reported_and_deadlines_outside_the_plan(plan, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text("2019年督查台账\n" + QUARTERS_HEADER +
                    "1,任务甲,市科技局,2019年12月31日,调研,已完成,,,,,,,序时推进,2091-07-10\n"  # a typo: after today
                    "2,任务乙,市科技局,2019年12月31日,调研,已完成,,,,,,,序时推进,2016-07-10\n"  # before the plan
                    "3,任务丙,市科技局,2017年6月30日,,,,,,,,,序时推进,2019-07-10\n", encoding="utf-8")  # deadline before it
    reading = read_ledgers(plan, [str(path)])
    assert [(n.place, n.code) for n in reading.out.problems] == [
        (f"{path}:3", "ledger_reported_future"), (f"{path}:4", "ledger_reported_outside"),
        (f"{path}:5", "ledger_deadline_before_plan")]
    result = run("tasks", str(path), "--lang", "en")
    assert result.exit_code == 1 and "2091-07-10, is after today" in result.output


def test_the_as_of_date_is_capped_and_said(tmp_path):
    # reported 2021-01-10 on the plan's last year: judged at the period's end, 2020-12-31, and said
    path = tmp_path / "ledger.csv"
    path.write_text("2020年督查台账\n" + QUARTERS_HEADER +
                    "1,任务甲,市科技局,2020年12月31日,调研,已完成,,,,,年底前验收,已完成,已完成,2021-01-10\n",
                    encoding="utf-8")
    result = run("tasks", str(path), "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["as_of"] == "2020-12-31"
    assert "the latest date reported in the ledgers, 2021-01-10, is after the plan's period ends" in result.stderr
    # an as-of date given that is not the date reported is said: nodes are judged as reported
    result = run("tasks", str(path), "--as-of", "2020-06-30", "--lang", "en")
    assert result.exit_code == 0
    assert "the date judged at, 2020-06-30, is not the latest date reported in the ledgers, 2021-01-10" in result.output


def test_hidden_rows_are_asked_about(plan, tmp_path):
    # 任务甲 on a hidden row (withdrawn, or folded away?) was counted without a word
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(["2019年督查台账"])
    sheet.append(["序号", "任务", "牵头单位", "完成时限", "一季度节点目标", "一季度完成情况", "状态", "报送日期"])
    sheet.append(["1", "任务甲", "市科技局", "2019年3月31日", "调研", "未完成", "滞后", "2019-04-05"])
    sheet.append(["2", "任务乙", "市科技局", "2019年12月31日", "调研", "已完成", "序时推进", "2019-04-05"])
    sheet.row_dimensions[3].hidden = True
    book.save(tmp_path / "h.xlsx")
    path = str(tmp_path / "h.xlsx")
    reading = read_ledgers(plan, [path])
    assert [(n.code, n.params["rows"]) for n in reading.out.problems] == [("hidden_rows_ask", "3")]
    result = run("tasks", path, "--lang", "en")
    assert result.exit_code == 1 and "--skip-hidden leaves them out" in result.output
    assert [t.name for t in read_ledgers(plan, [path], "skip").tasks] == ["任务乙"]
    assert [t.name for t in read_ledgers(plan, [path], "count").tasks] == ["任务甲", "任务乙"]
    result = run("tasks", path, "--skip-hidden", "--format", "json", "--lang", "en")
    assert result.exit_code == 0 and json.loads(result.stdout)["counts"]["on_schedule"] == 1
    assert run("tasks", path, "--skip-hidden", "--count-hidden").exit_code == 2


@pytest.mark.parametrize("year, said", [
    ("2017", "--year 2017 is outside the plan's period (2018–2020)"),
    ("2030", "--year 2030 is outside the plan's period (2018–2020)"),
    ("abc", "“abc” is not a year"), ("1800", "--year 1800 is outside the plan's period")])
def test_template_year_outside_the_plan(tmp_path, year, said):
    result = run("template", str(tmp_path / "l.xlsx"), "--tasks", "--year", year, "--lang", "en")
    assert result.exit_code == 2 and said in result.output
    assert not (tmp_path / "l.xlsx").exists()
    result = run("template", str(tmp_path / "l.xlsx"), "--tasks", "--year", year, "--lang", "zh")
    assert result.exit_code == 2 and ("不是年份" in result.output or "不在计划的实施期" in result.output)


def test_a_node_date_that_does_not_exist_is_named_by_its_date(plan, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text(QUARTERS_HEADER + "1,任务甲,市科技局,2019年12月31日,2019年13月底前调研,,,,,,,,,\n", encoding="utf-8")
    (problem,) = read_ledgers(plan, [str(path)]).out.problems
    assert (problem.code, problem.params["cell"]) == ("date_not_real", "2019年13月底前")


def test_a_node_after_the_deadline_is_said(plan, tmp_path):
    # deadline 2019-06-30, a Q3 node (due 2019-09-30): one of the dates is wrong, said at the deadline
    path = tmp_path / "ledger.csv"
    path.write_text("2019年督查台账\n" + QUARTERS_HEADER +
                    "1,任务甲,市科技局,2019年6月30日,调研,已完成,方案,已完成,验收,未完成,,,序时推进,2019-10-10\n",
                    encoding="utf-8")
    reading = read_ledgers(plan, [str(path)])
    (said,) = [n for n in reading.out.warnings if n.code == "ledger_node_after_deadline"]
    assert (said.place, said.params["due"], said.params["node"]) == (f"{path}:3", "2019-06-30", "2019-09-30")


def test_a_task_with_no_status_reported_is_said_and_counted(plan, tmp_path):
    """A blank 状态 is itself what a supervising office reports (未报送): said in the 说明 column and
    counted above the table; a task reported is not. The headings and the note under the table are
    named in one line."""
    path = tmp_path / "ledger.csv"
    path.write_text(HEADER + "一、加快创新平台建设,,,,,,,,,\n"
                    "1,甲任务,市科技局,,2019年12月底前,2019年9月底前启动,已完成,序时推进,2019-9-28,\n"
                    "2,乙任务,市商务局,,2019年12月底前,2019年9月底前签约,已完成,,2019-9-28,\n"
                    "注：完成情况填“已完成”或“未完成”,,,,,,,,,\n", encoding="utf-8")
    result = run("tasks", str(path), "--as-of", "2019-09-30", "--lang", "zh", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    plain = run("tasks", str(path), "--as-of", "2019-09-30", "--lang", "zh", "--format", "plain")
    assert "未报送推进状态1项（见“说明”列）" in plain.stdout and "报送状态与判定不一致" not in plain.stdout
    body = {r[1]: r for r in rows if r[1:2] in (["甲任务"], ["乙任务"])}
    assert (body["甲任务"][8], body["乙任务"][8]) == ("", "未报送")
    assert body["甲任务"][5] == "三季度：2019年9月底前启动（已完成）" and body["甲任务"][4] == "2019年12月底前"
    assert "第2、5行为分部标题、注释或未填写的任务行，未作为任务读取" in result.stderr
