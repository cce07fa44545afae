"""`baise11155 outlook`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, output_options, reading_options, targets_option
from . import evaluate_and_warn, finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@click.option("--measure", "measures", multiple=True, type=click.Choice(["eurostat", "open-sdg", "all"]),
              help=option_help("measure"))
@targets_option
@output_options()
def outlook(*, progress, as_of, reading, measures, targets_path, out: Output) -> None:
    """Will each target be met at this pace? Pace kept, pace needed, the projection and a verdict.

    \b
    Example:
      baise11155 outlook examples/progress-2019.csv
      baise11155 outlook examples/progress-2019.csv --measure eurostat --format json
    """
    from ...calc.outlook import indicator_outlooks
    from ...present.render import View

    plan = load_plan(targets_path)
    evaluation = evaluate_and_warn(plan, progress, reading, as_of, lang=out.lang)
    chosen = ["eurostat", "open-sdg"] if "all" in measures else list(dict.fromkeys(measures))
    outlooks = indicator_outlooks(plan, evaluation, chosen)

    def table():
        from ...present.views import outlook_table

        return outlook_table(plan, evaluation, outlooks, out.lang)

    def document():
        from ...present.contract import outlook_document

        return outlook_document(plan, evaluation, outlooks)

    finish(out, View(table=table, document=document))


command = outlook
