"""`baise11155 tasks`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, DateType, InputFile, output_options, said_usage, targets_option
from . import finish, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("ledgers", nargs=-1, required=True, type=InputFile(), metavar="LEDGER...")
@click.option("--as-of", "as_of", type=DateType(), help=option_help("tasks_as_of"))
@click.option("--skip-hidden", is_flag=True, help=option_help("tasks_skip_hidden"))
@click.option("--count-hidden", is_flag=True, help=option_help("tasks_count_hidden"))
@targets_option
@output_options()
def tasks(*, ledgers, as_of, skip_hidden, count_hidden, targets_path, out: Output) -> None:
    """Each task of the supervision ledgers (督查台账) judged at a date by its nodes, and the counts.

    未启动, 序时推进 (every node due met), 滞后 (a node due not met), 超期未完成 (deadline passed, not done),
    已完成, 已销号; where the unit reported another status, the Note column says so.

    \b
    Example:
      baise11155 tasks examples/ledger-2019.xlsx --as-of 2019-09-30
      baise11155 tasks examples/ledger-2019.xlsx --as-of 2019-09-30 --format json
    """
    from ...read.ledger import COUNT_HIDDEN, SKIP_HIDDEN
    from ..pipeline import judge_ledger_files

    if skip_hidden and count_hidden:
        raise click.UsageError(said_usage("hidden_both", None))
    plan = load_plan(targets_path)
    hidden = SKIP_HIDDEN if skip_hidden else COUNT_HIDDEN if count_hidden else None
    judged, notices = judge_ledger_files(plan, list(ledgers), as_of, hidden)
    warn(notices, out.lang)
    from ...present.render import View

    def table():
        from ...present.task_views import tasks_table

        return tasks_table(plan, judged, out.lang)

    def document():
        from ...present.task_views import tasks_document

        return tasks_document(plan, judged, notices)

    finish(out, View(table=table, document=document))


command = tasks
