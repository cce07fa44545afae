"""`baise11155 report`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import (
    CONTEXT,
    Command,
    DateType,
    InputFile,
    output_options,
    reading_options,
    region_progress_option,
    targets_option,
)
from . import RECEIPTS, by_option, check_layout, finish, layout_option, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@region_progress_option
@by_option
@layout_option
@click.option("--tasks", "ledgers", multiple=True, type=InputFile(), metavar="LEDGER", help=option_help("report_tasks"))
@click.option("--date", "signed", type=DateType(), metavar="DATE", help=option_help("report_date"))
@targets_option
@output_options(fixed_format="report")
def report(*, progress, as_of, reading, region_progress, by, layout, ledgers, signed, targets_path, out: Output
           ) -> None:
    """The progress report an office sends (推进情况报告): a page (.html) or a Word file (.docx) to edit and send.

    The recipient (`config set recipient NAME`, else a blank); 一、总体情况, 二、分项推进情况,
    三、存在问题 and 四、下步工作建议, each sentence made of the figures, with marked places 【…】
    for the measures no figure gives; the list of annexes; the unit that made it (`config set
    unit NAME`) and the date (--date, else a blank); the tables annexed.
    `-o 报告.docx` writes the Word file (A4, the fonts and margins of 公文, page numbers);
    otherwise one self-contained page, with each indicator's bars, that prints on A4. No network,
    no scripts. Every number is the one `compare --format json` gives.

    \b
    Example:
      baise11155 report examples/progress-2019.csv --output report.html
      baise11155 report examples/progress-2019.csv --region-progress examples/guangxi-progress.csv -o 报告.docx --date 2020-01-15
      baise11155 report examples/progress-by-county-2019.csv --targets examples/county-split.yaml --by county -o r.html
    """
    from ...present.contract import comparison_document
    from ...present.render import Page, View
    from ...present.views import areas_wide_table, project_name, ranking_rule, region_name
    from ...present.words import label
    from ..pipeline import compare_all

    check_layout(layout, by)
    plan = load_plan(targets_path)
    compared = compare_all(plan, progress, region_progress, reading, as_of=as_of, by_area=by == "county")
    comparison, warnings, areas = compared.comparison, compared.warnings, compared.areas
    judged = None
    if ledgers:  # 重点任务推进情况: the ledger judged at its own 报送日期, or the figures' as-of date if earlier
        from ...read.ledger import COUNT_HIDDEN, SKIP_HIDDEN
        from ..pipeline import judge_ledger_files

        hidden = SKIP_HIDDEN if reading.skip_hidden else COUNT_HIDDEN if reading.count_hidden else None
        judged, notices = judge_ledger_files(plan, list(ledgers), None, hidden,
                                             by=comparison.evaluation.schedule.as_of)
        warnings = [*warnings, *notices]
    warn(warnings, out.lang)  # on standard error as for every command, and on the page
    lang = out.lang
    from ...model.notices import NOT_ON_FIGURES

    # the 提示 on screen that touch a figure (not the receipts, nor the rows that are not data: titles, headings)
    about_data = [w for w in warnings if w.code not in RECEIPTS and w.code not in NOT_ON_FIGURES]
    project = project_name(plan, lang)
    page = Page(label("report_title", lang).format(name=project), region_name(plan, lang),
                ranking_rule(plan, lang) if areas is not None and plan.has_area_targets else "",
                notes=len(about_data), first_note=about_data[0] if about_data else None,
                touched=tuple(sorted({str(w.params["id"]) for w in about_data if "id" in w.params})),
                areas_table=areas_wide_table(plan, comparison.evaluation, areas, lang)
                if areas is not None and layout == "wide" else None,
                project=project, unit=_setting("unit"), recipient=_setting("recipient"),
                signed=signed.isoformat() if signed else "", tasks=judged, plan=plan)
    from ...calc.outlook import indicator_outlooks

    outlooks = indicator_outlooks(plan, comparison.evaluation)

    def document():
        from ...present.contract import with_outlooks

        made = with_outlooks(comparison_document(plan, comparison), outlooks)
        if areas is not None:
            from ...calc.areas import ranking
            from ...present.contract import with_areas

            made = with_areas(made, plan, areas, ranking(plan, areas))
        return made

    finish(out, View(document=document, page=lambda: page))


def _setting(key: str) -> str:
    """The 编制单位 (unit) or 主送机关 (recipient) the config file names, or "" (the report then
    leaves the line to fill in)."""
    from ..config import ConfigError, read_config

    try:
        return read_config().get(key, "")
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


command = report
