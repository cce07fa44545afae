"""The supervision ledger (督查台账): its columns, declared once (the template writes them, the
reader finds them), the statuses offices judge a task by, and a ledger's tasks as read.

A task's pace (序时) is judged against its nodes (节点目标, 形象进度): one for each quarter, due at the
quarter's end (or at the date its text gives, 6月底前), and marked 已完成 or 未完成 once due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LedgerColumn:
    name: str  # the column's name in the code and in JSON
    headers: tuple[str, ...]  # the Chinese headers accepted; the first is the one the template writes


LEDGER_COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("number", ("序号", "编号")),
    LedgerColumn("task", ("任务", "工作任务", "重点任务", "任务内容", "具体任务", "任务名称", "工作内容", "督查事项")),
    LedgerColumn("leader", ("牵头领导", "责任领导", "分管领导", "牵头市领导")),
    LedgerColumn("lead", ("牵头单位", "责任单位", "牵头科室", "牵头部门", "责任部门")),
    LedgerColumn("partners", ("配合单位", "协办单位", "配合部门", "参与单位")),
    LedgerColumn("deadline", ("完成时限", "完成时间", "时限要求", "时限", "完成期限")),
    LedgerColumn("node", ("节点目标", "形象进度", "季度目标", "节点任务", "阶段目标")),
    LedgerColumn("node_done", ("完成情况", "节点完成情况", "是否完成")),
    LedgerColumn("progress", ("截至目前进展情况", "进展情况", "工作进展", "目前进展情况", "推进情况", "截至目前工作进展")),
    LedgerColumn("problems", ("存在问题", "存在的问题", "困难和问题", "存在困难和问题")),
    LedgerColumn("next_steps", ("下步措施", "下一步工作", "下步工作计划", "下一步措施", "下步工作")),
    LedgerColumn("status", ("状态", "推进状态", "进展状态", "完成状态")),
    LedgerColumn("evidence", ("佐证材料", "佐证资料", "证明材料")),
    LedgerColumn("reported_on", ("报送日期", "填报日期", "报送时间", "填报时间")),
)
NODE_COLUMNS = ("node", "node_done")  # repeated once a quarter, under the quarter's name
QUARTERS = 4

# a task's standing, judged (and as a unit may report it), from the least advanced: 未启动, 序时推进,
# 滞后, 超期未完成, 已完成, 已销号
NOT_STARTED, ON_SCHEDULE, BEHIND, OVERDUE, DONE, CLOSED = (
    "not_started", "on_schedule", "behind", "overdue", "done", "closed")
TASK_STATUSES = (NOT_STARTED, ON_SCHEDULE, BEHIND, OVERDUE, DONE, CLOSED)
# judged only, never reported (not in a ledger's drop-down): a node due whose 完成情况 is blank
# (未报送完成情况) — the unit has not said, which is not saying it is behind
UNREPORTED = "not_reported"
JUDGED_STATUSES = (NOT_STARTED, ON_SCHEDULE, UNREPORTED, BEHIND, OVERDUE, DONE, CLOSED)
BEHIND_STATUSES = frozenset({BEHIND, OVERDUE})  # what a unit is asked about (督办)
# how a unit writes a status in its 状态 cell, the words of published supervision reports
STATUS_WORDS: dict[str, str] = {
    "未启动": NOT_STARTED, "尚未启动": NOT_STARTED,
    "序时推进": ON_SCHEDULE, "达到序时进度": ON_SCHEDULE, "达序时进度": ON_SCHEDULE, "达进度": ON_SCHEDULE,
    "正常推进": ON_SCHEDULE, "按序时推进": ON_SCHEDULE, "超进度": ON_SCHEDULE,
    "滞后": BEHIND, "滞后序时": BEHIND, "未达序时进度": BEHIND, "欠进度": BEHIND, "严重滞后": BEHIND,
    "超期未完成": OVERDUE,
    "已完成": DONE, "提前完成": DONE, "完成": DONE, "已完成年度目标任务": DONE,
    "已销号": CLOSED, "销号": CLOSED,
}
# what a node's 完成情况 cell says: met or not (blank: not reported)
NODE_DONE_WORDS = ("已完成", "完成", "提前完成", "已实现", "是")
NODE_NOT_DONE_WORDS = ("未完成", "没有完成", "尚未完成", "否", "未实现")
# a 完成时限 with no end date: a safeguard kept up for the whole period
NO_DEADLINE_WORDS = ("长期", "长期坚持", "持续推进", "长期推进", "常态化")


@dataclass(frozen=True, slots=True)
class Node:
    """A node (节点目标) of a task: what is to be done by when, and whether the unit says it was."""

    due: dt.date
    target: str  # the node's words
    done: bool | None  # 已完成 True, 未完成 False, None while not reported
    place: str  # the cell of its 完成情况 (`file:Sheet!H7`)


@dataclass(frozen=True, slots=True)
class LedgerTask:
    """One task of a ledger, as the unit reports it."""

    number: str  # 序号, as written
    name: str
    lead: str  # 牵头单位: the first unit named
    partners: tuple[str, ...]  # 配合单位, and any further units named with the lead
    leader: str
    deadline: dt.date | None  # None: 长期 (kept up throughout)
    nodes: tuple[Node, ...]
    progress: str
    problems: str
    next_steps: str
    reported: str | None  # the status the unit reports (one of TASK_STATUSES), None when blank
    evidence: str
    reported_on: dt.date | None
    place: str  # the row (`file:Sheet!A7`); with a sheet a quarter, its latest row
    plan_task: str | None = None  # the plan's task of that name, its id
    deadline_text: str = ""  # the 完成时限 as the ledger writes it (6月底前), shown as written


UNIT_SEPARATORS = "、，,；;/ \n"  # between units named in one cell: 市科技局、市发展改革委
