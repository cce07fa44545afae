"""The words of the office's report (进展情况报告): its parts, the templates its sentences are made
of, and the fonts of its Word file. Each sentence is put together from the figures by
`present.office_report`; a status is said by its own label (`STATUS_KEYS`), never written here."""

from __future__ import annotations

REPORT_LABELS: dict[str, tuple[str, str]] = {
    # the parts, as a 进展情况报告 runs
    "report_part_overall": ("一、总体情况", "1. Overall"),
    "report_tasks_heading": ("重点任务推进情况", "The plan's tasks"),
    "report_tasks": ("督查台账共{total}项任务，{counts}。", "The supervision ledger holds {total} tasks: {counts}."),
    "report_tasks_behind": ("其中，进度滞后或超期的有{tasks}。", " Behind or overdue: {tasks}."),
    "report_task_lead": ("{task}（牵头单位：{lead}）", "{task} (led by {lead})"),
    "report_task_lead_status": ("{task}{status}（牵头单位：{lead}）", "{task}: {status} (led by {lead})"),
    "report_problem_tasks": ("{count}项重点任务进度滞后或超期未完成：{items}", "{count} tasks behind or overdue: {items}"),
    "report_opening": ("现将{project}推进情况报告如下：", "The progress of the {project} is reported below."),
    "report_closing": ("特此报告。", "Respectfully submitted."),
    "report_part_items": ("二、分项推进情况", "2. Each indicator"),
    "report_part_problems": ("三、存在问题", "3. Problems"),
    "report_part_next": ("四、下步工作建议", "4. Next steps proposed"),
    "report_part_annexes": ("附表", "Annexed tables"),
    "report_item_heading": ("（{number}）{name}", "2.{number} {name}"),
    # 一、总体情况
    "report_overall": ("截至{as_of}，实施期（{start}至{end}）时间进度为{elapsed}。{project}共{total}项指标，{counts}。",
                       "As of {as_of}, {elapsed} of the period ({start} to {end}) has passed. Of the {total} indicators "
                       "of the {project}, {counts}."),
    "report_count": ("{count}项{status}", "{count} {status}"),
    "report_named": ("{status}的有{names}", "{status}: {names}"),
    "report_among": ("其中，{groups}。", " By status: {groups}."),
    "report_groups_joiner": ("；", "; "),
    "report_notes_overall": ("读取数据时有提示{notes}条，涉及{touched}项指标，详见附表后的数据提示。",
                             "{notes} notes were met while reading the data, concerning {touched} indicators: see the "
                             "notes after the annexed tables."),
    # 二、分项推进情况: an indicator's clauses, joined by clause_joiner and ended by report_stop
    "report_clause_target": ("目标{target}{unit}", "Target {target} {unit}"),
    "report_clause_baseline": ("基数{baseline}{unit}", "baseline {baseline} {unit}"),
    "report_clause_achieved": ("已完成{achieved}{unit}", "{achieved} {unit} achieved"),
    "report_clause_completion": ("完成率{completion}", "completion {completion}"),
    "report_clause_progress": ("较基数净增{added}{unit}、完成新增任务的{progress}",
                               "{added} {unit} added to the baseline, {progress} of the way"),
    "report_clause_gap": ("尚差{gap}{unit}", "{gap} {unit} to go"),
    "report_clause_surplus": ("超出目标{surplus}{unit}", "{surplus} {unit} above the target"),
    "report_clause_status": ("{status}", "{status}"),
    "report_stop": ("。", "."),
    "report_sentence": ("{text}。", "{text}."),
    "report_categories": ("分类别看，{groups}。", "By category: {groups}."),
    # 三、存在问题
    "report_point": ("{ordinal}是{text}。", "{text}."),
    "report_problem_behind": ("{count}项指标{status}：{items}", "{count} {status}: {items}"),
    "report_problem_item": ("{name}完成率{completion}，{points}，尚差{gap}{unit}",
                            "{name} at {completion}, {points}, {gap} {unit} to go"),
    "report_problem_none_yet": ("{name}中{categories}完成数仍为0", "Nothing yet in {categories} ({name})"),
    "report_problem_paces": ("按目前年均进度推算，{items}", "At the pace kept so far, {items}"),
    "report_problem_pace": ("{name}期末预计完成{projected}{unit}（完成率{projected_completion}，{verdict}），完成目标需年均{required}{unit}，"
                            "目前年均{observed}{unit}",
                            "{name} would reach {projected} {unit} by the deadline ({projected_completion}, {verdict}), "
                            "where the target needs {required} {unit} a year and {observed} a year are kept"),
    "report_problem_areas": ("分县区看，{items}", "By county, {items}"),
    "report_problem_area": ("{county}{indicator}完成率{completion}，{points}", "{county}'s {indicator} at {completion}, {points}"),
    "report_problem_area_missing": ("{county}{indicator}{status}", "{county}'s {indicator}: {status}"),
    "report_problem_missing": ("{names}{status}，进度无法评价", "{names}: {status}, progress cannot be judged"),
    "report_problem_unjudged": ("{names}基数不详，{status}", "{names}: baseline not known, {status}"),
    "report_problem_notes": ("读取数据时有提示{notes}条，涉及{touched}项指标，相关数据有待核实",
                             "{notes} notes were met while reading the data, {touched} of them about indicators: "
                             "those figures need checking"),
    "report_problem_none": ("各项指标均未落后于序时进度", "No indicator is behind the schedule"),
    # 四、下步工作建议
    "report_next_item": ("{name}尚差{gap}{unit}，剩余{years}年需年均完成{needed}{unit}",
                         "{name}: {gap} {unit} to go, {needed} {unit} a year needed in the {years} years left"),
    "report_next_gap": ("{name}尚差{gap}{unit}", "{name}: {gap} {unit} to go"),
    "report_next_lead": ("，建议由{lead}牵头加快推进", "; lead unit: {lead}"),
    "report_next_partners": ("，{partners}配合", ", with {partners}"),
    "report_next_keep": ("{names}保持目前进度，确保按期完成", "{names}: keep the present pace to finish on time"),
    "report_next_missing": ("督促相关单位报送{names}的数据", "Have the units concerned report the figures of {names}"),
    "report_next_notes": ("核实数据提示所涉及的数据，必要时更正后重新计算",
                          "Check the figures the notes concern, and correct them where needed before working them out again"),
    "report_next_baseline": ("补充{names}的基数，以便评价进度", "Find the baseline of {names}, so that its pace can be judged"),
    "report_next_monitored": ("{names}无目标，继续监测", "{names}: no target, keep monitoring"),
    "report_next_none": ("各项指标均已完成目标", "Every indicator has reached its target"),
    # the end: who made it, and when
    "report_unit": ("编制单位：{unit}", "Prepared by: {unit}"),
    "report_unit_blank": ("编制单位：＿＿＿＿＿＿＿＿", "Prepared by: ____________"),
    "report_date": ("{year}年{month}月{day}日", "{day} {month_name} {year}"),
    # the annexed tables
    "report_annex": ("附表{number}　{title}", "Table {number}. {title}"),
    "report_annex_gaps": ("各项指标完成情况", "Each indicator and category"),
    "report_annex_outlook": ("期末研判", "Outlook to the deadline"),
    "report_annex_ranking": ("分县区综合排名", "Counties ranked"),
    "report_note": ("{number}. {note}", "{number}. {note}"),
    "report_note_placed": ("{number}. {note}（{place}）", "{number}. {note} ({place})"),
    "report_notes_title": ("附：读取数据时的提示", "Notes met while reading the data"),
}

# the twelve months, as an English date names them
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

CHINESE_DIGITS = "〇一二三四五六七八九"

# The Word file's fonts, as 公文 sets them (GB/T 9704): the title in 方正小标宋简体, the headings of
# the first level in 黑体, of the second in 楷体, the text in 仿宋; each the Chinese (east-Asian) font
# of its style, with a usual font of Windows that Word falls back to where the first is missing.
DOCX_FONTS = {
    "title": ("方正小标宋简体", "宋体"),
    "heading": ("黑体", "SimHei"),
    "subheading": ("楷体", "KaiTi"),
    "body": ("仿宋", "FangSong"),
    "table": ("仿宋", "FangSong"),
}
LATIN_FONT = "Times New Roman"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (up to 99, as a report numbers its parts)."""
    tens, ones = divmod(n, 10)
    said = ("" if tens == 0 else ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十")
    return said + (CHINESE_DIGITS[ones] if ones or not tens else "")
