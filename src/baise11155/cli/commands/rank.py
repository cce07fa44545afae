"""`baise11155 rank`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, Command, output_options, reading_options, said_usage, targets_option
from . import evaluate_by, finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@targets_option
@output_options()
def rank(*, progress, as_of, reading, targets_path, out: Output) -> None:
    """The counties ranked (县区综合排名) by their completions against the targets split to them.

    The plan must split targets to areas (`areas:` and `area_targets:`); the score is the mean
    completion over the indicators a county has a target for, each capped at 100 % (weights and
    the cap can be set in the plan's `ranking:`); equal scores share a rank.

    \b
    Example:
      baise11155 rank examples/progress-by-county-2019.csv --targets examples/county-split.yaml
    """
    from ...calc.areas import ranking, unranked
    from ...present.render import View

    plan = load_plan(targets_path)
    if not plan.has_area_targets:
        raise click.UsageError(said_usage("rank_without_areas", None, path=plan.path))
    evaluated = evaluate_by(plan, progress, reading, as_of, lang=out.lang, by="county")
    evaluation, areas = evaluated.evaluation, evaluated.areas
    assert areas is not None  # asked for by county
    ranked = ranking(plan, areas)

    def table():
        from ...present.views import ranking_table

        return ranking_table(plan, ranked, out.lang, unranked(plan, areas, ranked))

    def document():
        from ...present.contract import ranking_document

        return ranking_document(plan, evaluation, ranked)

    finish(out, View(table=table, document=document))


command = rank
