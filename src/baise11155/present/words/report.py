"""The words of the office's report (进展情况报告): its parts, the templates its sentences are made
of, and the fonts of its Word file. Each sentence is put together from the figures by
`present.office_report`; a status is said by its own label (`STATUS_KEYS`), never written here."""

from __future__ import annotations

REPORT_LABELS: dict[str, tuple[str, str]] = {
    # the parts, as a 进展情况报告 runs
    "report_part_overall": ("一、总体情况", "1. Overall"),
    "report_tasks_heading": ("重点任务推进情况", "The plan's tasks"),
    # 重点任务推进情况: the ledger at its own date, in totals, the tasks to ask about by lead unit
    "report_tasks_counts": ("从截至{as_of}的督查台账报送情况看，{total}项重点任务中，{counts}{unreported}{see}。",
                            "As the supervision ledger stood on {as_of}, of its {total} tasks: {counts}{unreported}{see}."),
    "report_tasks_unreported": ("；其中{count}项未报送推进状态", "; {count} reported no status"),
    "report_tasks_asked": ("需督办的任务中，{groups}。", " To be asked about: {groups}."),
    "report_task_lead_counts": ("{lead}牵头的{counts}", "{lead} leads {counts}"),
    "report_problem_tasks": ("部分重点任务未能按序时推进，{counts}，涉及{leads}{see}",
                             "Some tasks are behind ({counts}), led by {leads}{see}"),
    "report_problem_task_leads": ("{leads}等{count}个牵头单位", "{leads} and others, {count} lead units"),
    # 四、下步工作建议 for the tasks behind: who follows them up, the measures a place to fill in
    "report_next_tasks": ("加强重点任务督查督办。对{statuses}的{count}项任务，由{leads}逐项对照节点目标整改，{fill}"
                          "{unreported}",
                          "Follow up the plan's tasks. The {count} tasks {statuses}: {leads} to bring each back to its "
                          "milestones; {fill}{unreported}"),
    "report_next_tasks_unreported": ("；督促未报送推进状态的{count}项任务按时报送",
                                     "; have the {count} tasks with no status reported report it on time"),
    "report_fill_supervision": ("【请补充督办措施】", "[add the follow-up measures]"),
    # where reading the data met notes: a line for the drafter to check and delete, never a sentence sent
    "report_data_check": ("【数据核实：测算时有{notes}处数据提示{about}{first}。经办人核对后删除本段】",
                          "[Data check: {notes} notes were met while working out the figures{about}{first}; check "
                          "them, then delete this paragraph]"),
    # the first of them, with its file and row: what to check, said where the screen is long gone
    "report_data_check_first": ("，即{note}", ": {note}"),
    "report_data_check_first_of": ("，第1处为{note}，其余见测算时的屏幕提示", "; the first: {note}; the others as "
                                   "shown on screen"),
    "report_data_check_about": ("（涉及{names}）", " (about {names})"),
    # the title as 公文 break it: a line each, whole in sense
    "report_title_lines": ("关于{name}\n推进情况的报告", "{name}: progress report"),
    "report_opening": ("现将{project}截至{as_of}推进情况报告如下：", "The progress of {project} as of {as_of} is reported below."),
    # the opening with the document that set the plan (plan.document), where the plan names one
    "report_opening_based": ("根据《{document}》要求，现将{project}截至{as_of}推进情况报告如下：",
                             "In accordance with the {document}, the progress of {project} as of {as_of} is reported "
                             "below."),
    # 主送机关: whom the report is sent to (`config set recipient`), or a blank to fill in
    "report_recipient": ("{recipient}：", "To: {recipient}"),
    "report_recipient_blank": ("＿＿＿＿＿＿：", "To: ____________"),
    # a place the office must fill in: what the figures cannot say (the measures), marked as such
    "report_fill_measures": ("【请补充具体措施】", "[add the measures]"),
    "report_fill_measures_lead": ("【请牵头单位补充具体措施】", "[lead unit: add the measures]"),
    "report_see_annex": ("（详见附表{number}）", " (see Table {number})"),
    "report_closing": ("特此报告。", "Respectfully submitted."),
    "report_part_items": ("二、分项推进情况", "2. Each indicator"),
    "report_part_problems": ("三、存在问题", "3. Problems"),
    "report_part_next": ("四、下步工作建议", "4. Next steps proposed"),
    "report_part_annexes": ("附表", "Annexed tables"),
    # the figures beside a category's bar on the page, in words
    "report_bar_figures": ("{achieved}/{target}{unit}，{completion}",
                           "{achieved} of {target} {unit}, {completion}"),
    "report_item_heading": ("（{number}）{name}", "2.{number} {name}"),
    # 一、总体情况
    "report_overall": ("截至{as_of}，实施期（{start}至{end}）时间进度为{elapsed}。{project}共{total}项指标，{counts}{see}。",
                       "As of {as_of}, {elapsed} of the period ({start} to {end}) has passed. Of the {total} indicators "
                       "of {project}, {counts}{see}."),
    # the city against the region (with --region-progress): 快于/慢于全区 as the region's table says
    "report_region_pace": ("对照{region}，{own}{total}项指标中，{groups}{see}。",
                           " Against {region}, of {own}'s {total} indicators, {groups}{see}."),
    "report_region_all": ("对照{region}，{own}{total}项指标均{pace}{see}。",
                          " Against {region}, all {total} of {own}'s indicators are {pace}{see}."),
    "report_region_group": ("{names}{pace}", "{names}: {pace}"),
    "report_region_rest": ("其余{count}项{pace}", "the other {count}: {pace}"),
    "report_region_ahead": ("快于全区进度", "ahead of the region's pace"),
    "report_region_behind": ("慢于全区进度", "behind the region's pace"),
    "report_region_level": ("与全区进度持平", "level with the region's pace"),
    "report_region_groups_joiner": ("，", "; "),
    "report_count": ("{count}项{status}", "{count} {status}"),
    "report_named": ("{status}的有{names}", "{status}: {names}"),
    "report_among": ("其中，{groups}。", " By status: {groups}."),
    "report_groups_joiner": ("；", "; "),
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
    # every category unreported: said once (the total reported but not split; or nothing at all)
    "report_categories_unsplit": ("分类别数据未报送。", "No figures by category were reported."),
    "report_categories_none": ("各类别均未报送数据。", "No category has figures reported."),
    # a category by its status, the names first (中高端铝、机械已完成目标): never 已完成的有中高端铝, which
    # reads as if 中高端铝 were a thing done
    "report_category_named": ("{names}{status}", "{status}: {names}"),
    "report_category_done": ("已完成目标", "target met"),
    # 三、存在问题
    "report_point": ("{ordinal}是{text}。", "{text}."),
    # what is behind, judged: the names grouped by how far behind, never the figures of 二 again
    "report_problem_slow": ("{names}进度偏慢", "Behind the schedule: {names}"),
    "report_problem_far": ("{names}进度严重滞后", "Far behind the schedule: {names}"),
    "report_problem_points": ("{slow}，{points}", "{slow} ({points})"),
    "report_points_each": ("均低于序时进度{points}个百分点", "each {points} pp behind the schedule"),
    "report_problems_joiner": ("；", "; "),
    "report_behind_joiner": ("；", ". "),  # between the groups behind, each its own sentence in English
    "report_problem_blank": ("部分领域仍是空白。{items}", "Some fields have nothing yet: {items}"),
    "report_problem_blank_item": ("{name}中，{categories}尚未实现零的突破", "in {name}, {categories}"),
    "report_problem_blank_count": ("{categories}{count}个领域", "{categories}"),
    "report_problem_outlook": ("按目前进度推算，到{end}，{items}{see}", "At the pace kept so far, by {end} {items}{see}"),
    "report_problem_outlook_item": ("{name}预计完成{projected}{unit}{about}，{verdict}",
                                    "{name} would reach {about}{projected} {unit}, {verdict}"),
    "report_about": ("左右", "about "),
    "report_outlook_unlikely": ("完成目标难度较大", "the target hard to reach"),
    "report_outlook_at_risk": ("完成目标存在一定风险", "the target at some risk"),
    "report_year_end": ("{year}年底", "the end of {year}"),
    "report_problem_areas": ("分县区看，{items}{see}", "By county, {items}{see}"),
    "report_problem_area": ("{county}{indicator}{status}（完成率{completion}）", "{county}'s {indicator} {status} "
                            "({completion})"),
    # the counties, a judgement: what is far behind named, the rest behind counted (各有1至2项指标滞后)
    "report_problem_areas_uneven": ("县区进度不均衡。{items}{see}", "The counties are uneven. {items}{see}"),
    "report_problem_areas_count": ("{counties}各有{count}项指标{status}", "{counties} each have {count} indicators "
                                   "{status}"),
    "report_problem_area_count": ("{counties}有{count}项指标{status}", "{counties} has {count} indicators {status}"),
    "report_problem_areas_range": ("{least}至{most}", "{least} to {most}"),
    "report_problem_area_missing": ("{county}{indicator}{status}", "{county}'s {indicator}: {status}"),
    "report_problem_missing": ("{names}{status}，进度无法评价", "{names}: {status}, progress cannot be judged"),
    "report_problem_unjudged": ("{names}基数不详，{status}", "{names}: baseline not known, {status}"),
    "report_problem_none": ("各项指标均未落后于序时进度", "No indicator is behind the schedule"),
    # 四、下步工作建议
    # a measure for what is behind: what to push, where to focus, who leads, what must be done by when;
    # the measures themselves are the office's to write (report_fill_measures)
    "report_next_push": ("加快推进{name}。{focus}{who}，{goal}", "Speed up {name}. {focus}{who}; {goal}"),
    "report_next_raise": ("着力提升{name}。{focus}{who}，{goal}", "Raise {name}. {focus}{who}; {goal}"),  # a level
    "report_next_focus_blank": ("聚焦{categories}等尚未实现突破的领域，", "Focus on {categories}, where nothing is done yet; "),
    "report_next_focus_behind": ("聚焦{categories}等进度滞后的领域，", "Focus on {categories}, which are behind; "),
    "report_next_led": ("由{lead}牵头{partners}，{fill}", "{lead} to lead{partners}: {fill}"),
    "report_next_partners": ("、{partners}配合", ", with {partners}"),
    "report_next_more": ("确保{end}前再完成{gap}{unit}以上", "make sure {gap} more {unit} are done by {end}"),
    "report_next_more_yearly": ("今后每年完成{needed}{unit}以上，确保{end}前再完成{gap}{unit}以上",
                                "do {needed} {unit} a year or more, to make sure {gap} more {unit} are done by {end}"),
    "report_next_reach": ("确保{end}前完成目标任务（尚差{gap}{unit}）",
                          "make sure the target is met by {end} ({gap} {unit} to go)"),
    "report_next_over": ("尽快完成剩余任务（尚差{gap}{unit}）", "finish what is left as soon as possible ({gap} {unit} to go)"),
    "report_next_keep": ("巩固{names}的良好势头，确保按期完成目标任务",
                         "Keep up the pace of {names}, to meet the targets on time"),
    "report_next_missing": ("督促相关单位报送{names}的数据", "Have the units concerned report the figures of {names}"),
    "report_next_baseline": ("补充{names}的基数，以便评价进度", "Find the baseline of {names}, so that its pace can be judged"),
    "report_next_monitored": ("{names}无目标，继续监测", "{names}: no target, keep monitoring"),
    "report_next_none": ("各项指标均已完成目标", "Every indicator has reached its target"),
    # the end: who signs it (the unit's name alone, or a blank), and when
    "report_unit_blank": ("＿＿＿＿＿＿＿＿", "____________"),
    "report_date": ("{year}年{month}月{day}日", "{day} {month_name} {year}"),
    "report_date_blank": ("＿＿＿＿年＿＿月＿＿日", "Date: ____________"),
    # the annexed tables
    "report_annex": ("附表{number}　{title}", "Table {number}. {title}"),
    "report_annex_gaps": ("各项指标完成情况", "Each indicator and category"),
    "report_annex_outlook": ("期末完成情况研判", "Outlook to the deadline"),
    "report_annex_region": ("与{region}目标完成情况对照", "against {region}"),
    "report_annex_areas": ("分县区完成情况", "by county"),
    # a table's full name: the project, what it shows, its date
    "report_annex_full": ("{project}{title}（截至{as_of}）", "{project}: {title}, as of {as_of}"),
    "report_annex_tasks": ("{project}重点任务推进情况（截至{as_of}台账报送情况）",
                           "{project}: the tasks, as the ledger stood on {as_of}"),
    "report_tasks_note": ("注：按截至{as_of}台账报送的节点完成情况，以各任务到期的节点目标判定；节点到期而未填完成情况的，判为"
                          "“未报送完成情况”。", "Note: each task judged by its nodes due, as the ledger stood on {as_of}; "
                          "a node due whose 完成情况 is blank is judged not reported."),
    "report_annex_ranking": ("分县区综合排名", "Counties ranked"),
    # the list of the annexed tables, after the text and before the signature (附件说明, GB/T 9704)
    "report_annex_list_first": ("附表：{number}.{title}", "Annexed: {number}. {title}"),
    "report_annex_list_more": ("　　　{number}.{title}", "{number}. {title}"),
    # the tables' own columns, where the report names them more fully than the terminal does
    "report_col_target_share": ("本市目标占全区比重", "City target as share of region's"),
    "report_col_contribution": ("本市完成数占全区目标比重", "City achieved as share of region's target"),
    "report_col_share_of_achieved": ("本市完成数占全区完成数比重", "City achieved as share of region's achieved"),
    "report_col_needed": ("每年尚需完成", "Needed a year"),
    "report_col_region_target": ("全区目标", "Region's target"),
    "report_col_city_target": ("本市目标", "City's target"),
    "report_col_target_share_lines": ("本市目标占\n全区比重", "City's target,\nshare of region's"),
    "report_col_city_achieved": ("本市完成数", "City achieved"),
    "report_col_contribution_lines": ("本市完成数占\n全区目标比重", "City achieved,\nshare of region's target"),
    "report_col_city_completion": ("本市完成率", "City's completion"),
    "report_col_region_achieved": ("全区完成数", "Region achieved"),
    "report_col_region_completion": ("全区完成率", "Region's completion"),
    "report_col_share_of_achieved_lines": ("本市完成数占\n全区完成数比重", "City achieved,\nshare of region's achieved"),
    "report_col_pace": ("与全区比", "Against the region"),
    # the outlook's table: what is counted a year, in the unit of the column beside it
    "report_col_observed_pace": ("实际年均\n完成数", "Done a year\nso far"),
    "report_col_required_pace": ("尚需年均\n完成数", "Needed\na year"),
    "report_col_projected": ("按此进度\n期末可达", "Projected\nat the end"),
    "report_outlook_note": ("注：{note}；“按此进度期末可达”为推算值，保留一位小数，未取整。",
                            "Note: {note}; the projection is worked out, to one decimal, not rounded."),
    # with a year left, what is needed a year is what is needed in that year
    "report_col_needed_by": ("{year}年需完成", "Needed in {year}"),
    "report_region_basis": ("本市目标、完成数、完成率均按全区口径计", "the city's target, achieved and completion are "
                            "counted as the region counts them"),
    # the note under the region's table: a stock counted as the region counts it, worked out
    "report_region_note": ("注：{items}。", "Note: {items}."),
    "report_region_note_item": ("{name}按全区口径以新增数计，本市目标为{target}−{baseline}={city_target}{unit}，"
                                "完成数为{achieved}−{baseline}={city_achieved}{unit}",
                                "{name} is counted as new additions, as the region counts it: the city's target "
                                "{target} − {baseline} = {city_target} {unit}, achieved {achieved} − {baseline} = "
                                "{city_achieved} {unit}"),
    "report_notes_joiner": ("；", "; "),
    "report_table_note": ("注：{note}。", "Note: {note}."),
}

# what a report calls its own area: 我市 for 百色市, 我县, 我区; a name not ending so is said by name
OWN_AREA_ENDINGS = "市县区州旗盟"



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
