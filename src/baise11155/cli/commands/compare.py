"""`baise11155 compare`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, output_options, reading_options, targets_option
from . import compare_and_warn, evaluate_and_warn, finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(context_settings=CONTEXT)
@reading_options
@click.option("--region-progress", "region_progress", multiple=True, metavar="FILE",
              help="Region-wide progress (same format): adds the region's own completion. May be repeated.")
@targets_option
@output_options()
def compare(progress, as_of, encoding, sheet, region_progress, targets_path, out: Output) -> None:
    """The city against the region's targets (对照全区“三百二千”), on the region's basis.

    A stock counts as new additions there (新增): 50 held - 29 at the baseline = 21.

    \b
    Example:
      baise11155 compare examples/progress-2019.csv
      baise11155 compare examples/progress-2019.csv --region-progress examples/guangxi-progress.csv
    """
    plan = load_plan(targets_path)
    evaluation = evaluate_and_warn(plan, progress, encoding, as_of, sheet, out.lang)
    comparison = compare_and_warn(plan, evaluation, region_progress, encoding, sheet, out.lang)

    def make_table():
        from ...present.views import compare_table

        return compare_table(plan, comparison, out.lang)

    def make_document():
        from ...present.contract import comparison_document

        return comparison_document(plan, comparison)

    finish(out, make_table, make_document)


command = compare
