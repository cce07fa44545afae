"""`baise11155 compare`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...model.notices import UserError, note
from ..options import (
    CONTEXT,
    Command,
    output_options,
    reading_options,
    region_progress_option,
    targets_option,
)
from . import finish, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@region_progress_option
@targets_option
@output_options()
def compare(*, progress, as_of, reading, region_progress, targets_path, out: Output) -> None:
    """The city against the region's targets (对照全区“三百二千”), on the region's basis.

    A stock counts as new additions there (新增): 50 held - 29 at the baseline = 21.

    \b
    Example:
      baise11155 compare examples/progress-2019.csv
      baise11155 compare examples/progress-2019.csv --region-progress examples/guangxi-progress.csv
    """
    from ...present.render import View
    from ..pipeline import compare_all

    plan = load_plan(targets_path)
    if plan.region is None:
        raise UserError([note("no_region", plan.path, plan=plan.id)])
    compared = compare_all(plan, progress, region_progress, reading, as_of=as_of)
    comparison = compared.comparison
    warn(compared.warnings, out.lang)

    def table():
        from ...present.views import (
            compare_table,  # only for the formats that show a table
        )

        return compare_table(plan, comparison, out.lang)

    def document():
        from ...present.contract import comparison_document

        return comparison_document(plan, comparison)

    finish(out, View(table=table, document=document))


command = compare
