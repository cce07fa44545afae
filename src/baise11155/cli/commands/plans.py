"""`baise11155 plans`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..options import CONTEXT, Command, output_options
from . import finish, load_plan

if TYPE_CHECKING:
    from ..output import Output


@click.command(cls=Command, context_settings=CONTEXT)
@output_options()
def plans(out: Output) -> None:
    """The bundled plans, to choose with --plan ID: the city's, the region's, the ones that followed.

    \b
    Example:
      baise11155 plans
      baise11155 status examples/guangxi-keji-2021-2022.csv --plan guangxi-keji-qianggui-2021-2023
    """
    from ...present.render import View
    from ...read.targets_file import bundled_plans

    loaded = [(ident, load_plan(path)) for ident, path in bundled_plans().items()]

    def table():
        from ...present.views import plans_table

        return plans_table(loaded, out.lang)

    def document():
        from ...present.contract import plans_document

        return plans_document(loaded)

    finish(out, View(table=table, document=document))


command = plans
