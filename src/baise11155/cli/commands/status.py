"""`baise11155 status`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, Command, output_options, reading_options, targets_option
from . import by_option, check_layout, evaluate_by, finish_evaluation, layout_option, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@by_option
@layout_option
@targets_option
@output_options()
def status(*, progress, as_of, reading, by, layout, targets_path, out: Output) -> None:
    """One row per indicator: target, achieved, completion, gap, schedule, status.

    \b
    Example:
      baise11155 status examples/progress-2019.csv
      baise11155 status examples/progress-2018.csv examples/progress-2019.csv --as-of 2019-06-30 --format json
      baise11155 status examples/progress-by-county-2019.csv --targets examples/county-split.yaml --by county --layout wide
    """
    check_layout(layout, by)
    plan = load_plan(targets_path)
    evaluated = evaluate_by(plan, progress, reading, as_of, lang=out.lang, by=by)

    def table():
        from ...present.views import status_table  # only for the formats that show a table

        return status_table(plan, evaluated.evaluation, out.lang)

    finish_evaluation(out, plan, evaluated, table, layout)


command = status
