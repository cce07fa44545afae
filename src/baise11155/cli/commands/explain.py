"""`baise11155 explain`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, output_options, reading_options, targets_option
from . import finish, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@click.option("--indicator", "-i", "indicator_name", required=True, metavar="NAME",
              help=option_help("indicator"))
@click.option("--category", "-c", "category_name", metavar="NAME", help=option_help("category"))
@targets_option
@output_options()
def explain(*, progress, as_of, reading, indicator_name, category_name, targets_path, out: Output) -> None:
    """Where a figure comes from: every row that made it, every row left out and why, the arithmetic.

    \b
    Example:
      baise11155 explain examples/progress-2019.csv -i 突破重大技术
      baise11155 explain examples/progress-2019.csv -i breakthroughs -c aluminium --format json
    """
    from ...calc.explain import explain as trail
    from ...model.notices import note
    from ...present.render import View
    from ...read.cells import CellError
    from ...read.lookup import NameIndex
    from ..pipeline import evaluate_observations, read_checked

    plan = load_plan(targets_path)
    names = NameIndex(plan)
    try:
        indicator = names.indicator(indicator_name)
        category = names.category(indicator, category_name) if category_name else None
    except CellError as exc:  # a name not in the plan: a usage mistake, said with the near misses
        from ...present.words import text

        option = "--indicator" if exc.code == "indicator_unknown" else "--category"
        raise click.BadParameter(text(note(exc.code, **exc.params), out.lang), param_hint=f"'{option}'") from None
    rows: list = []
    observations = read_checked(plan, list(progress), reading, trace=rows.append)
    evaluation = evaluate_observations(plan, observations, as_of)
    warn([*observations.notices(), *evaluation.notices], out.lang)
    standing = next(s for s in evaluation.indicators if s.id == indicator.id)
    if category is not None:
        standing = next(c for c in standing.categories if c.id == category)
    found = trail(plan, indicator, category, rows, standing=standing, when=evaluation.schedule,
                  ratios=evaluation.ratios)

    def table():
        from ...present.views import explain_table

        return explain_table(plan, found, evaluation.schedule, out.lang)

    def document():
        from ...present.contract import explain_document

        return explain_document(found, evaluation.schedule)

    finish(out, View(table=table, document=document))


command = explain
