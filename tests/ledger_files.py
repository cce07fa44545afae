"""Ledgers (督查台账) kept as an office keeps them, written here with openpyxl so that every cell is
visible in the test that reads it: a title row, a 填报单位 line, a quarter's name merged over its
节点目标 and 完成情况, a unit merged down over several tasks, a heading row per main task, a note
under the table, nodes dated 6月底前. Each task's standing at 2019-09-30 is worked out by hand
beside it (Q1 is due 03-31, Q2 06-30, Q3 09-30, Q4 12-31; the year 2019 is the title's).
"""

from __future__ import annotations

from pathlib import Path

DONE, NOT = "已完成", "未完成"
TITLE = "百色市科技创新支撑产业高质量发展三年行动实施方案（2018—2020年）2019年重点任务督查台账"

# (序号, 任务, 牵头领导, 牵头单位, 配合单位, 完成时限, four (节点目标, 完成情况), 进展, 问题, 措施, 状态, 报送日期,
#  the standing judged at 2019-09-30, and why)
TASKS = [
    ("1", "组织重大技术攻关，解决产业技术瓶颈", "张副市长", "市科技局", "市工业和信息化局、市农业农村局", "2019年12月底前",
     [("3月底前发布攻关指南", DONE), ("6月底前立项5项", DONE), ("9月底前中期检查", DONE), ("年底前验收2项", "")],
     "已立项5项，完成中期检查", "", "组织验收", "序时推进", "2019-09-28", "on_schedule"),  # Q1-Q3 met, Q4 not due
    ("", "二、加快创新平台建设，拓宽产业发展空间", "", "", "", "", [("", "")] * 4, "", "", "", "", "", None),  # heading
    ("2", "加快建设充满活力的创新示范区", "张副市长", "市科技局", "百色高新区管委会", "2019年12月底前",
     [("完成方案", DONE), ("6月底前完成申报材料", NOT), ("通过初审", NOT), ("获批", "")],
     "申报材料仍在修改", "材料质量不高", "请专家指导", "序时推进", "2019-09-28", "behind"),  # Q2 due, not met: reported otherwise
    ("3", "加快建设创新创业服务载体", "张副市长", "市科技局", "", "2019年12月底前",
     [("摸底", DONE), ("培育", DONE), ("申报", DONE), ("年底前认定国家级众创空间1个", DONE)],
     "已认定", "", "", "已完成", "2019-09-28", "done"),  # the last node met early
    ("4", "加快建设高水平的科技创新基地", "李副市长", "市发展改革委", "市科技局", "6月底前",
     [("选址", DONE), ("开工", NOT), ("", ""), ("", "")],
     "尚未开工", "用地未落实", "协调自然资源局", "序时推进", "2019-09-28", "overdue"),  # deadline 06-30 passed
    ("5", "加快建设以企业为主体的协同创新平台", "李副市长", "市发展改革委", "", "2019年9月底前",
     [("组建", DONE), ("运行", DONE), ("9月底前验收", DONE), ("", "")],
     "已验收", "", "", "已销号", "2019-09-28", "closed"),
    ("", "三、着力引育高端人才，提升产业技术水平", "", "", "", "", [("", "")] * 4, "", "", "", "", "", None),
    ("6", "着力引进高端创新型人才和团队", "王副市长", "市委组织部", "市人力资源社会保障局", "2019年12月底前",
     [("", ""), ("", ""), ("", ""), ("年底前引进团队1个", "")],
     "", "", "", "未启动", "2019-09-28", "not_started"),  # nothing due, nothing done, no progress
    ("7", "着力培育本土创新型人才和团队", "王副市长", "市人力资源社会保障局", "", "2019年12月底前",
     [("", ""), ("遴选对象", DONE), ("9月底前开班", ""), ("结业", "")],
     "已遴选", "", "", "序时推进", "2019-09-28", "not_reported"),  # Q3 due, 完成情况 blank: 未报送, said
    ("", "四、做大做强科技企业，提高产业发展效益", "", "", "", "", [("", "")] * 4, "", "", "", "", "", None),
    ("8", "大力扶持高新技术企业发展", "李副市长", "市科技局", "市财政局、市税务局", "2019年12月底前",
     [("摸底", DONE), ("培训", DONE), ("申报", DONE), ("认定", "")],
     "已申报15家", "", "", "序时推进", "2019-09-28", "on_schedule"),
    ("9", "大力培育科技型中小微企业", "李副市长", "市科技局", "", "2019年12月底前",
     [("宣传", DONE), ("入库", NOT), ("评价", NOT), ("", "")],
     "入库不足", "企业积极性不高", "上门服务", "滞后", "2019-09-28", "behind"),  # reported as judged
    ("10", "大力培养企业技术领军人才", "李副市长", "市科技局", "", "2019年12月底前",
     [("", ""), ("", ""), ("", ""), ("年底前推荐5人", "")],
     "已发通知", "", "", "序时推进", "2019-09-28", "on_schedule"),  # nothing due, progress reported
    ("", "五、加速科技成果转化，推动产业转型升级", "", "", "", "", [("", "")] * 4, "", "", "", "", "", None),
    ("11", "加速科技成果转移转化平台建设", "张副市长", "市科技局", "", "2019年12月底前",
     [("方案", DONE), ("建设", DONE), ("试运行", DONE), ("运行", "")],
     "试运行", "", "", "序时推进", "2019-09-28", "on_schedule"),
    ("12", "加速科技成果转化及产业化应用", "张副市长", "市工业和信息化局", "市科技局", "2019年12月底前",
     [("征集", DONE), ("对接", DONE), ("9月底前转化10项", NOT), ("", "")],
     "已转化6项", "", "", "滞后", "2019-09-28", "behind"),
    ("13", "加速健全完善科技成果转化机制", "张副市长", "市科技局", "市司法局", "2019年12月底前",
     [("调研", DONE), ("起草", DONE), ("征求意见", DONE), ("印发", "")],
     "已征求意见", "", "", "序时推进", "2019-09-28", "on_schedule"),
    ("", "六、保障措施", "", "", "", "", [("", "")] * 4, "", "", "", "", "", None),
    ("14", "加强组织领导，落实目标任务", "周市长", "市政府办公室", "", "长期",
     [("召开领导小组会议", DONE), ("半年调度", DONE), ("三季度调度", DONE), ("年度总结", "")],
     "已调度三次", "", "", "序时推进", "2019-09-28", "on_schedule"),
    ("15", "部门紧密联动，合力推进实施", "周市长", "市科技局", "各成员单位", "长期",
     [("建立联络员制度", DONE), ("联席会议", NOT), ("", ""), ("", "")],
     "联席会议未召开", "", "", "序时推进", "2019-09-28", "behind"),
    ("16", "拓展融资渠道，加大科技投入", "李副市长", "市财政局", "市金融办", "2019年12月底前",
     [("", ""), ("设立科技信贷风险补偿资金", DONE), ("", ""), ("", "")],
     "已设立", "", "", "已完成", "2019-09-28", "done"),  # its only node met, and the unit says done
    ("17", "深化体制改革，释放创新活力", "李副市长", "市科技局", "", "2019年6月30日",
     [("方案", DONE), ("印发", DONE), ("", ""), ("", "")],
     "已印发", "", "", "已销号", "2019-07-05", "closed"),
    ("18", "完善机构建设，发挥科研作用", "李副市长", "市委编办", "市科技局", "2019年12月底前",
     [("调研", DONE), ("方案", DONE), ("报批", DONE), ("", "")],
     "已报批", "", "", "序时推进", "2019-09-28", "on_schedule"),  # its last node (Q3) met, the deadline
     # is 12-31 and the unit does not say it is done
    ("19", "扩大开放合作，深化科技交流", "张副市长", "市科技局", "市商务局", "2019年12月底前",
     [("对接东盟", DONE), ("举办交流会", DONE), ("签约", DONE), ("年底前落地项目2个", "")],
     "已签约3项", "", "", "", "", "on_schedule"),  # no status or date reported
    ("20", "强化检查督查，严格目标考核", "周市长", "市绩效办", "市科技局", "2019年3月底前",
     [("3月底前印发考核办法", NOT), ("", ""), ("", ""), ("", "")],
     "考核办法仍在征求意见", "", "", "滞后", "2019-09-28", "overdue"),
    ("21", "加强舆论宣传，营造创新氛围", "张副市长", "市委宣传部", "市科技局", "长期",
     [("", ""), ("", ""), ("", ""), ("年底前开展科技活动周", "")],
     "", "", "", "", "2019-09-28", "not_started"),
]
EXPECTED = {name: standing for _, name, *_, standing in TASKS if standing is not None}
NOTE_ROW = "注：完成情况填“已完成”或“未完成”，节点未到期的留空；牵头单位每月28日前报送。"


def office_ledger(path: Path) -> Path:
    """The ledger above on one sheet, kept as an office keeps it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "2019年台账"
    sheet["A1"] = TITLE
    sheet.merge_cells("A1:T1")
    sheet["A2"] = "填报单位（盖章）：                    填报时间：2019年9月28日"
    sheet.merge_cells("A2:T2")
    names = ["序号", "任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    for column, name in enumerate(names, start=1):
        sheet.cell(row=3, column=column, value=name)
        sheet.merge_cells(start_row=3, end_row=4, start_column=column, end_column=column)
    for quarter, said in enumerate(("一季度", "二季度", "三季度", "四季度")):
        column = 7 + 2 * quarter
        sheet.cell(row=3, column=column, value=said)
        sheet.merge_cells(start_row=3, end_row=3, start_column=column, end_column=column + 1)
        sheet.cell(row=4, column=column, value="节点目标")
        sheet.cell(row=4, column=column + 1, value="完成情况")
    for column, name in enumerate(["截至目前进展情况", "存在问题", "下步措施", "状态", "佐证材料", "报送日期"], start=15):
        sheet.cell(row=3, column=column, value=name)
        sheet.merge_cells(start_row=3, end_row=4, start_column=column, end_column=column)
    row = 5
    previous: dict[int, tuple[str, int]] = {}  # a unit or a leader merged down over the rows that share it
    for number, name, leader, lead, partners, deadline, nodes, progress, problems, steps, status, day, _ in TASKS:
        if number == "":  # a heading row, merged across
            sheet.cell(row=row, column=1, value=name)
            sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=20)
            previous = {}
            row += 1
            continue
        values = [number, name, leader, lead, partners, deadline]
        for node, done in nodes:
            values += [node, done]
        values += [progress, problems, steps, status, "", day]
        for column, value in enumerate(values, start=1):
            if column in (3, 4) and column in previous and previous[column][0] == value:
                sheet.merge_cells(start_row=previous[column][1], end_row=row, start_column=column, end_column=column)
                continue  # the merged cell below its first holds nothing, as in Excel
            if value != "":
                sheet.cell(row=row, column=column, value=value)
            if column in (3, 4):
                previous[column] = (value, row)
        row += 1
    sheet.cell(row=row + 1, column=1, value=NOTE_ROW)
    sheet.merge_cells(start_row=row + 1, end_row=row + 1, start_column=1, end_column=20)
    book.save(path)
    return path


def quarter_sheets(path: Path) -> Path:
    """Two tasks kept on a sheet a quarter (一季度, 二季度), one-row headers, the year in the title."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "一季度"
    second = book.create_sheet("二季度")
    header = ["序号", "任务", "牵头单位", "完成时限", "节点目标", "完成情况", "截至目前进展情况", "状态", "报送日期"]
    for sheet, rows in ((first, [["1", "大力扶持高新技术企业发展", "市科技局、市财政局", "2019年12月底前", "摸底", "已完成", "已摸底",
                                  "序时推进", "2019-03-28"],
                                 ["2", "大力培育科技型中小微企业", "市科技局", "2019年12月底前", "宣传", "已完成", "已宣传", "序时推进",
                                  "2019-03-28"]]),
                        (second, [["1", "大力扶持高新技术企业发展", "市科技局、市财政局", "2019年12月底前", "培训", "已完成", "已培训",
                                   "序时推进", "2019-06-28"],
                                  ["2", "大力培育科技型中小微企业", "市科技局", "2019年12月底前", "5月底前入库20家", "未完成",
                                   "入库8家", "序时推进", "2019-06-28"]])):
        sheet.append([f"2019年{sheet.title}重点任务督查台账"])
        sheet.append(header)
        for values in rows:
            sheet.append(values)
    book.save(path)
    return path
