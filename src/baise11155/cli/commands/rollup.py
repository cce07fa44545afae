"""`baise11155 rollup`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import click

from ...present.words.command_line import option_help
from ..options import (
    CONTEXT,
    Command,
    DateType,
    InputFile,
    output_options,
    read_settings_options,
    said_usage,
    targets_option,
)
from . import finish, load_plan, warn

if TYPE_CHECKING:
    from ..output import Output


class AreaFile(click.ParamType):
    """NAME=FILE: a file holding one area's (a city's) progress."""

    name = "NAME=FILE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        name, sep, path = value.partition("=")
        if not sep or not name.strip() or not path.strip():
            self.fail(said_usage("area_file", ctx, value=value), param, ctx)
        return name.strip(), InputFile().convert(path.strip(), param, ctx)


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("progress", nargs=-1, type=InputFile(), metavar="[PROGRESS...]")
@click.option("--area", "area_files", multiple=True, type=AreaFile(),
              help=option_help("area"))
@read_settings_options
@click.option("--as-of", "as_of", type=DateType(),
              help=option_help("as_of"))
@targets_option
@output_options()
def rollup(*, progress, area_files, as_of, reading, targets_path, out: Output) -> None:
    """Add the cities' progress up to the region (全区汇总), on the region's basis.

    Each city's file may name the indicators as the region's plan does or as the city's own
    bundled plan does; a level held (保有) counts as new additions above the city's own level at
    the region's baseline date, which its file must give. Shows each city's figure, its share of
    the region's target and of what the region achieved, and the region's completion.

    \b
    Example:
      baise11155 rollup --plan guangxi-sanbai-erqian --area 百色市=examples/progress-2019.csv
      baise11155 rollup examples/cities-2019.csv --plan guangxi-sanbai-erqian
    """
    from ...calc.rollup import city_plans, roll_up, with_city_names
    from ...model.areas import area_key
    from ...model.notices import DataError, note
    from ...present.render import View
    from ...read.targets_file import bundled_plans
    from ...read.targets_file import load_plan as load
    from ..pipeline import read_checked

    if not progress and not area_files:
        raise click.UsageError(said_usage("rollup_no_input", None))
    region = load_plan(targets_path)
    cities = city_plans(region, {ident: load(path) for ident, path in bundled_plans().items()})
    plan = with_city_names(region, cities)
    areas: dict[str, dict] = {}
    warnings = []
    shown: dict[str, str] = {}  # an area's name as compared (百色 is 百色市) -> as shown

    def area_of(name: str) -> str:
        """One name for one area however it is written: the city plan's, or the first met."""
        key = area_key(name)
        if key not in shown:
            own = cities.get(key)
            shown[key] = own.city.area.zh if own is not None else name
        if shown[key] != name:
            warnings.append(note("rollup_names_merged", name=name, area=shown[key]))
        return shown[key]

    if progress:
        observations = read_checked(plan, list(progress), replace(reading, roll_up="column", by_area=True))
        warnings += observations.notices()
        unnamed = sum(b.rows for key, b in observations.buckets.items() if not key.part)
        if unnamed:
            first = next(b.first for key, b in observations.buckets.items() if not key.part)
            raise DataError([note("rollup_no_area", first, rows=unnamed)])
        for key, bucket in observations.buckets.items():
            mine = areas.setdefault(area_of(key.part), {})
            place = key.whole()
            mine[place] = bucket if place not in mine else mine[place].plus(bucket)
    named: dict[str, list[str]] = {}
    for name, path in area_files:
        named.setdefault(name, []).append(path)
    for name, paths in named.items():
        known = area_key(name) in shown
        area = area_of(name)
        if known or area in areas:
            raise click.UsageError(said_usage("area_twice", None, name=name))
        observations = read_checked(plan, paths, replace(reading, roll_up="file"))
        warnings += observations.notices()
        areas[area] = dict(observations.buckets)
    result = roll_up(plan, sorted(areas.items()), as_of, cities)
    warn([*warnings, *result.notices], out.lang)

    def table():
        from ...present.views import rollup_table

        return rollup_table(plan, result, out.lang)

    def document():
        from ...present.contract import rollup_document

        return rollup_document(plan, result)

    finish(out, View(table=table, document=document))


command = rollup
