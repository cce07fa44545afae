"""Ratios made of their parts (研发经费投入强度 = 研发经费 ÷ 地区生产总值 × 100). Pure.

An indicator declared with a `numerator` and a `denominator` (two other indicators of the plan)
is computed from their figures, exactly (Fractions), wherever the files give both: an area's
ratio is its numerator ÷ its denominator × scale, and the ratio of several areas together (a city
from its counties) is Σ numerators ÷ Σ denominators × scale, never a mean of the areas' ratios:
county A 2 ÷ 100 and county B 30 ÷ 1000 make 32 ÷ 1100 = 2.909 %, not (2 % + 3 %) ÷ 2 = 2.5 %.

For each date, the whole area's own parts (rows of no county) stand where the files give both;
otherwise the counties that give both parts are added up, and a county that gives one part, or
only its ratio, is left out and said to be. A ratio the files give beside its parts is checked
against them to its own decimals (2.91 stands for 2.905 to 2.915): a difference beyond rounding
is a warning naming the rows, and the figure from the parts stands. A date with no parts keeps
the ratio as given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from ..model.kinds import Number, output_number
from ..model.notices import Note, note
from ..model.observations import Bucket, Key
from ..model.vintages import least_final

if TYPE_CHECKING:
    from ..model.plan import Indicator, Plan


@dataclass(frozen=True, slots=True)
class RatioMade:
    """A ratio computed from its parts for one date: Σ numerators ÷ Σ denominators × scale."""

    id: str
    when: dt.date
    numerator: Number
    denominator: Number
    scale: Number
    ratio: Fraction
    areas: tuple[str, ...]  # the counties whose parts are added up; () for the whole area's own
    given: Number | None = None  # the ratio as the files wrote it for the whole area, where they did
    vintage: str = ""  # the least final vintage among the parts' rows ("" when none is said)


class FromParts(NamedTuple):
    """The buckets with each ratio made of its parts, how each was made, and what was said."""

    buckets: dict[Key, Bucket]
    made: tuple[RatioMade, ...]
    notices: tuple[Note, ...]


def from_parts(plan: Plan, buckets: dict[Key, Bucket]) -> FromParts:
    """Every ratio of the plan declared with its parts, computed from them where the files give
    them (see the module's note); the buckets of the other indicators as they are."""
    ratios = [i for i in plan.indicators if i.parts is not None]
    if not ratios:
        return FromParts(buckets, (), ())
    names = {i.id: i.name.zh for i in plan.indicators}
    by_indicator: dict[str, dict[dt.date, dict[str, Bucket]]] = {}
    for key, bucket in buckets.items():
        dates = by_indicator.setdefault(key.indicator, {})
        parts = dates.setdefault(key.when, {})
        parts[key.part] = bucket if key.part not in parts else parts[key.part].plus(bucket)  # (categories together)
    out = {key: bucket for key, bucket in buckets.items() if key.indicator not in {i.id for i in ratios}}
    made: list[RatioMade] = []
    notices: list[Note] = []
    for indicator in ratios:
        ratio_made, said = _one_ratio(indicator, by_indicator, names, out)
        made += ratio_made
        notices += said
    return FromParts(out, tuple(made), tuple(notices))


def _one_ratio(indicator: Indicator, by_indicator: dict[str, dict[dt.date, dict[str, Bucket]]],
               names: dict[str, str], out: dict[Key, Bucket]) -> tuple[list[RatioMade], list[Note]]:
    parts = indicator.parts
    assert parts is not None
    numerators = by_indicator.get(parts.numerator, {})
    denominators = by_indicator.get(parts.denominator, {})
    given = by_indicator.get(indicator.id, {})
    made: list[RatioMade] = []
    notices: list[Note] = []
    name = indicator.name.zh
    for when in sorted(set(numerators) | set(denominators) | set(given)):
        tops, bottoms, own = numerators.get(when, {}), denominators.get(when, {}), given.get(when, {})
        if "" in tops and "" in bottoms:
            areas: list[str] = [""]  # the whole area's own parts: its counties' are a breakdown of them
        else:
            areas = sorted(area for area in set(tops) | set(bottoms) if area)
            for area in areas:
                if area not in tops or area not in bottoms:
                    missing = parts.numerator if area not in tops else parts.denominator
                    notices.append(note("ratio_part_missing", (tops.get(area) or bottoms[area]).first, id=indicator.id,
                                        name=name, area=area, when=str(when), part=named(missing, names)))
            areas = [area for area in areas if area in tops and area in bottoms]
        if not areas:
            if "" in own:
                out[Key(indicator.id, None, when, "")] = own[""]  # no parts for the date: the ratio as given
            elif own:
                notices.append(note("ratio_counties_only", own[min(own)].first, id=indicator.id, name=name,
                                    when=str(when), areas="、".join(sorted(own))))
            continue
        if areas != [""]:
            for area in sorted(set(own) - set(areas) - {""}):  # a county's ratio without its parts
                notices.append(note("ratio_only_given", own[area].first, id=indicator.id, name=name, area=area,
                                    when=str(when), numerator=named(parts.numerator, names),
                                    denominator=named(parts.denominator, names)))
        top: Number = sum((tops[area].total for area in areas), 0)
        bottom: Number = sum((bottoms[area].total for area in areas), 0)
        if not bottom:
            notices.append(note("ratio_denominator_zero", bottoms[areas[0]].first, id=indicator.id, name=name,
                                when=str(when), part=named(parts.denominator, names)))
            continue
        ratio = Fraction(top) / Fraction(bottom) * Fraction(parts.scale)
        used = [tops[area] for area in areas] + [bottoms[area] for area in areas]
        for area in areas:  # each area's own ratio as written, against its own parts
            if area in own and area:
                _check_given(notices, indicator, when, area, own[area],
                             Fraction(tops[area].total) / Fraction(bottoms[area].total) * Fraction(parts.scale)
                             if bottoms[area].total else None, (tops[area], bottoms[area]))
        if "" in own:
            _check_given(notices, indicator, when, "", own[""], ratio, used)
        bucket = Bucket(used[0].first, "")
        bucket.total, bucket.rows = ratio, sum(b.rows for b in used)
        bucket.vintage = least_final(b.vintage for b in used)
        out[Key(indicator.id, None, when, "")] = bucket
        made.append(RatioMade(indicator.id, when, output_number(top), output_number(bottom), parts.scale, ratio,
                              tuple(area for area in areas if area),
                              output_number(own[""].total) if "" in own else None, bucket.vintage))
    return made, notices


def named(ident: str, names: dict[str, str]) -> Note:
    """A part as a message names it: by its Chinese name, or in English by its id."""
    return note("ratio_part_named", name=names[ident], id=ident)


def _check_given(notices: list[Note], indicator: Indicator, when: dt.date, area: str, written: Bucket,
                 computed: Fraction | None, parts: tuple[Bucket, ...] | list[Bucket]) -> None:
    """A ratio written beside its parts, against the ratio they make, to the written one's decimals."""
    if computed is None or agrees(written.total, computed):
        return
    notices.append(note("ratio_differs", written.first, id=indicator.id, name=indicator.name.zh,
                        area=area or "—", when=str(when), given=output_number(written.total),
                        computed=round(float(computed), decimals(written.total) + 2),
                        parts=", ".join(dict.fromkeys(b.first for b in parts))))


def decimals(value: Number) -> int:
    """How many decimals a figure is written to (2.91 has 2), as read exactly; at most 10."""
    exact = Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
    for places in range(11):
        if (exact * 10 ** places).denominator == 1:
            return places
    return 10


def agrees(written: Number, computed: Fraction) -> bool:
    """Whether a ratio written to its decimals is the computed one rounded: 2.91 agrees with
    2.909… (|2.91 − 2.909| ≤ half of 0.01), 2.5 does not."""
    exact = Fraction(repr(written)) if isinstance(written, float) else Fraction(written)
    return abs(exact - computed) <= Fraction(1, 2 * 10 ** decimals(written))


