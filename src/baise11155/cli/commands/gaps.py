"""`baise11155 gaps`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, InputFile, output_options, reading_options, targets_option
from . import by_option, check_layout, evaluate_by, finish, finish_evaluation, layout_option, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@reading_options
@click.option("--sort", type=click.Choice(["plan", "shortfall"]), default="plan", show_default=True,
              help=option_help("sort"))
@by_option(lead=True)
@layout_option
@click.option("--tasks", "ledgers", multiple=True, type=InputFile(), metavar="LEDGER", help=option_help("tasks_ledger"))
@targets_option
@output_options()
def gaps(*, progress, as_of, reading, by, layout, sort, ledgers, targets_path, out: Output) -> None:
    """The gap table (差距): every indicator and category, with what is still needed per year.

    \b
    Example:
      baise11155 gaps examples/progress-2019.csv --format markdown
      baise11155 gaps examples/progress-2019.csv --sort shortfall
      baise11155 gaps examples/progress-by-county-2019.csv --targets examples/county-split.yaml --by lead
      baise11155 gaps examples/progress-2019.csv --by lead --tasks examples/ledger-2019.xlsx
    """
    check_layout(layout, by)
    if ledgers and by != "lead":
        from ..options import said_usage

        raise click.UsageError(said_usage("tasks_without_lead", None))
    plan = load_plan(targets_path)
    evaluated = evaluate_by(plan, progress, reading, as_of, lang=out.lang, by=by)
    evaluation = evaluated.evaluation

    if by == "lead" and ledgers:
        from ...present.render import View
        from ...read.ledger import COUNT_HIDDEN, SKIP_HIDDEN
        from ..pipeline import judge_ledger_files
        from . import warn

        # rows hidden in a ledger are taken as --skip-hidden / --count-hidden take them in the progress files
        hidden = SKIP_HIDDEN if reading.skip_hidden else COUNT_HIDDEN if reading.count_hidden else None
        # the tasks judged at the indicators' own as-of date, so that both stand at one date
        judged, notices = judge_ledger_files(plan, list(ledgers), evaluation.schedule.as_of, hidden)
        warn(notices, out.lang)

        def units_table():
            from ...present.task_views import leads_tasks_table

            return leads_tasks_table(plan, evaluation, judged, out.lang)

        def units_document():
            from ...present.task_views import leads_tasks_document

            return leads_tasks_document(plan, evaluation, judged)

        return finish(out, View(table=units_table, document=units_document))

    if by == "lead":
        from ...present.render import View

        def lead_table():
            from ...present.views import leads_table

            return leads_table(plan, evaluation, out.lang)

        def lead_document():
            from ...present.contract import leads_document

            return leads_document(plan, evaluation)

        return finish(out, View(table=lead_table, document=lead_document))

    def table():
        from ...present.views import gaps_table  # only for the formats that show a table

        return gaps_table(plan, evaluation, out.lang, by_shortfall=sort == "shortfall")

    finish_evaluation(out, plan, evaluated, table, layout)


command = gaps
