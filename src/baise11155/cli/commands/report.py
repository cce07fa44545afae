"""`baise11155 report`."""

from __future__ import annotations

import click

from ..options import CONTEXT, lang_option, reading_options, targets_option
from . import load_plan, warn


@click.command(context_settings=CONTEXT)
@reading_options
@click.option("--region-progress", "region_progress", multiple=True, metavar="FILE",
              help="Region-wide progress (same format): adds the region's own completion. May be repeated.")
@click.option("--output", "-o", "output_path", metavar="FILE", help="Write the page here (default: standard output).")
@lang_option
@targets_option
def report(progress, as_of, encoding, sheet, region_progress, output_path, lang, targets_path) -> None:
    """One self-contained HTML page for leadership: headline, bars against the schedule, region, gaps.

    No network, no scripts; prints on A4. Every number is the one `compare --format json` gives.

    \b
    Example:
      baise11155 report examples/progress-2019.csv --output report.html
      baise11155 report examples/progress-2019.csv --region-progress examples/guangxi-progress.csv -o report.html
    """
    from ...present.contract import comparison_document
    from ...present.render.html import render_report
    from ...present.views import project_name, region_name
    from ...present.words import label, text
    from ..output import Output, check_destination, emit
    from ..pipeline import compare_files, evaluate_files

    if output_path is not None:
        check_destination(output_path, [*progress, *region_progress])
    plan = load_plan(targets_path)
    evaluation, warnings = evaluate_files(plan, progress, encoding, sheet, as_of)
    comparison, region_warnings = compare_files(plan, evaluation, region_progress, encoding, sheet)
    warnings += region_warnings
    warn(warnings, lang)  # on standard error as for every command, and on the page
    document = comparison_document(plan, comparison)
    title = label("report_title", lang).format(name=project_name(plan, lang))
    page = render_report(document, title, region_name(plan, lang), lang, [text(w, lang) for w in warnings])
    emit(page, Output("html", lang, output_path))


command = report
