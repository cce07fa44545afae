"""`baise11155 targets`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, Command, output_options, targets_option
from . import finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@targets_option
@output_options()
def targets(targets_path, out: Output) -> None:
    """The plan as encoded: indicators, categories, baselines, regional counterparts, codes.

    \b
    Example:
      baise11155 targets
      baise11155 targets --format json
    """
    from ...present.render import View

    plan = load_plan(targets_path)

    def table():
        from ...present.views import (
            targets_table,  # only for the formats that show a table
        )

        return targets_table(plan, out.lang)

    def document():
        from ...present.contract import plan_document

        return plan_document(plan)

    finish(out, View(table=table, document=document))


command = targets
