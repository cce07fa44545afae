"""`baise11155 targets`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, output_options, targets_option
from . import finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(context_settings=CONTEXT)
@targets_option
@output_options()
def targets(targets_path, out: Output) -> None:
    """The plan as encoded: indicators, categories, baselines, regional counterparts, codes.

    \b
    Example:
      baise11155 targets
      baise11155 targets --format json
    """
    from ...present.contract import plan_document
    from ...present.render import View
    from ...present.views import targets_table

    plan = load_plan(targets_path)
    finish(out, View(table=lambda: targets_table(plan, out.lang), document=lambda: plan_document(plan)))


command = targets
