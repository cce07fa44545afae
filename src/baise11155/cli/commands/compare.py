"""`baise11155 compare`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import (
    CONTEXT,
    output_options,
    reading_options,
    region_progress_option,
    targets_option,
)
from . import finish, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


@click.command(context_settings=CONTEXT)
@reading_options
@region_progress_option
@targets_option
@output_options()
def compare(progress, as_of, reading, region_progress, targets_path, out: Output) -> None:
    """The city against the region's targets (对照全区“三百二千”), on the region's basis.

    A stock counts as new additions there (新增): 50 held - 29 at the baseline = 21.

    \b
    Example:
      baise11155 compare examples/progress-2019.csv
      baise11155 compare examples/progress-2019.csv --region-progress examples/guangxi-progress.csv
    """
    from ...present.contract import comparison_document
    from ...present.render import View
    from ...present.views import compare_table
    from ..pipeline import compare_files, evaluate_files

    plan = load_plan(targets_path)
    evaluation, warnings = evaluate_files(plan, progress, reading, as_of)
    warn(warnings, out.lang)
    comparison, warnings = compare_files(plan, evaluation, region_progress, reading)
    warn(warnings, out.lang)
    finish(out, View(table=lambda: compare_table(plan, comparison, out.lang),
                     document=lambda: comparison_document(plan, comparison)))


command = compare
