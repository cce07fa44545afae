"""The plan's tasks (五项任务, their 具体任务) and its eight safeguards (八项保障措施), held to the
seed document's own words: section 四 of the official explanation, quoted here as published."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from conftest import TARGETS

from baise11155.model.notices import TargetsError
from baise11155.model.tasks import MEASURE, PART, TASK, ledger_items
from baise11155.read.targets_file import build_plan, load_plan

# 《百色市科技创新支撑产业高质量发展三年行动实施方案（2018—2020年）》解读, 四、主要内容, as published
SEED_TASKS = """第四部分：主要任务。围绕工作目标，提出五项任务：
一是组织重大技术攻关，解决产业技术瓶颈。
二是加快创新平台建设，拓宽产业发展空间。具体任务是：加快建设充满活力的创新示范区、加快建设创新创业服务载体、加快建设高水平的科技创新基地、加快建设以企业为主体的协同创新平台。
三是着力引育高端人才，提升产业技术水平。具体任务是：着力引进高端创新型人才和团队、着力培育本土创新型人才和团队。
四是做大做强科技企业，提高产业发展效益。具体任务是：大力扶持高新技术企业发展、大力培育科技型中小微企业、大力培养企业技术领军人才。
五是加速科技成果转化，推动产业转型升级。具体任务是：加速科技成果转移转化平台建设、加速科技成果转化及产业化应用、加速健全完善科技成果转化机制。"""
SEED_MEASURES = ("第五部分：保障措施。根据工作目标、主要任务，提出科技创新支撑产业高质量发展的八项保障措施：一是加强组织领导，"
                 "落实目标任务。二是部门紧密联动，合力推进实施。三是拓展融资渠道，加大科技投入。四是深化体制改革，释放创新活力。"
                 "五是完善机构建设，发挥科研作用。六是扩大开放合作，深化科技交流。七是强化检查督查，严格目标考核。八是加强舆论"
                 "宣传，营造创新氛围。")


def seed_tasks() -> list[tuple[str, list[str]]]:
    """(task, its specific tasks) as the seed words them."""
    found = []
    for line in SEED_TASKS.splitlines()[1:]:
        task, _, parts = line.partition("。具体任务是：")
        found.append((re.sub(r"^[一二三四五]是", "", task).rstrip("。"), parts.rstrip("。").split("、") if parts else []))
    return found


def seed_measures() -> list[str]:
    return re.findall(r"[一二三四五六七八]是(.+?)。", SEED_MEASURES.partition("：")[2].partition("：")[2])


@pytest.fixture(scope="module")
def plan():
    return load_plan(str(TARGETS))


def test_the_seed_as_parsed_here():
    # five tasks, 0 + 4 + 2 + 3 + 3 = 12 specific tasks, eight safeguards
    assert len(seed_tasks()) == 5
    assert [len(parts) for _, parts in seed_tasks()] == [0, 4, 2, 3, 3]
    assert len(seed_measures()) == 8


def test_five_tasks_worded_as_the_seed(plan):
    tasks = [t for t in plan.tasks if t.group == TASK]
    assert [t.name.zh for t in tasks] == [task for task, _ in seed_tasks()]
    assert [t.id for t in tasks] == ["task-1", "task-2", "task-3", "task-4", "task-5"]


def test_specific_tasks_under_their_task(plan):
    for task, (_, parts) in zip([t for t in plan.tasks if t.group == TASK], seed_tasks(), strict=True):
        mine = [t for t in plan.tasks if t.parent == task.id]
        assert [t.name.zh for t in mine] == parts
        assert all(t.group == PART for t in mine)
    assert sum(t.group == PART for t in plan.tasks) == 12


def test_eight_safeguards_worded_as_the_seed(plan):
    measures = [t for t in plan.tasks if t.group == MEASURE]
    assert [t.name.zh for t in measures] == seed_measures()
    assert measures[6].name.zh == "强化检查督查，严格目标考核"
    assert len({t.id for t in plan.tasks}) == 25  # every id its own


def test_no_unit_the_seed_does_not_name(plan):
    # the seed names no 牵头单位 or 配合单位 for any task
    assert all(t.lead is None and t.partners == () for t in plan.tasks)


def test_the_ledger_rows_of_the_plan(plan):
    # task 1 (no specific tasks) + 12 specific tasks + 8 safeguards = 21 rows
    items = ledger_items(plan.tasks)
    assert len(items) == 1 + 12 + 8
    assert items[0].id == "task-1" and items[1].id == "task-2-1" and items[-1].id == "measure-8"


def _document():
    return yaml.safe_load(TARGETS.read_text(encoding="utf-8"))


def test_units_and_checks():
    document = _document()
    document["tasks"][0]["lead"] = "市科技局"
    document["tasks"][0]["partners"] = ["市发展改革委", {"zh": "市工信局", "en": "City MIIT"}]
    plan = build_plan(document, "t.yaml")
    assert plan.tasks[0].lead.zh == "市科技局"
    assert [p.en for p in plan.tasks[0].partners] == ["市发展改革委", "City MIIT"]

    bad = copy.deepcopy(_document())
    bad["measures"][1]["id"] = "task-2-1"
    bad["tasks"][1]["parts"][0]["owner"] = "x"
    with pytest.raises(TargetsError) as error:
        build_plan(bad, "t.yaml")
    said = [n.params["text"] for n in error.value.problems]
    assert "measures[1].id: 'task-2-1' is already the id of tasks[1].parts[0]" in said
    assert any(s.startswith("tasks[1].parts[0]: unknown key 'owner'") for s in said)


def test_a_plan_without_tasks():
    document = _document()
    del document["tasks"], document["measures"]
    assert build_plan(document, "t.yaml").tasks == ()
