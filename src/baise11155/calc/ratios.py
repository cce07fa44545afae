"""Ratios made of their parts (研发经费投入强度 = 研发经费 ÷ 地区生产总值 × 100). Pure.

An indicator declared with a `numerator` and a `denominator` (two other indicators of the plan)
is computed from their figures, exactly (Fractions), wherever the files give both: an area's
ratio is its numerator ÷ its denominator × scale, and the ratio of several areas together (a city
from its counties) is Σ numerators ÷ Σ denominators × scale, never a mean of the areas' ratios:
county A 2 ÷ 100 and county B 30 ÷ 1000 make 32 ÷ 1100 = 2.909 %, not (2 % + 3 %) ÷ 2 = 2.5 %.

For each date, the whole area's own parts (rows of no county) stand where the files give both.
Otherwise the whole's own ratio, where the files give it, stands: its counties' parts are a
breakdown that may not cover it, compared with it (a difference said), never put in its place.
Otherwise the counties' parts are added up, but only where every county that gives the ratio's
parts on any date gives both on this one: a county with one part, only its ratio, or no parts
on this date is said, and the ratio of the others is not the whole's, so none is made (the
ratio is not judged; `unmade`). So is a ratio whose denominator is 0. A ratio the files give
beside its parts is checked against them to its own decimals (2.91 stands for 2.905 to 2.915):
a difference beyond rounding is a warning naming the rows, and the figure from the parts stands.
A ratio neither given nor with both its parts anywhere (GDP alone, the denominator of two) is
not tried.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from ..model.kinds import Number, output_number
from ..model.notices import Listed, Note, note
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
    # by ratio, the dates its parts were given on and it could not be made (a county's parts
    # missing, a denominator of 0): the ratio is not judged on them
    unmade: dict[str, tuple[dt.date, ...]] = {}


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
    unmade: dict[str, tuple[dt.date, ...]] = {}
    for indicator in ratios:
        ratio_made, said, not_made = _one_ratio(indicator, by_indicator, names, out)
        made += ratio_made
        notices += said
        if not_made:
            unmade[indicator.id] = tuple(not_made)
    return FromParts(out, tuple(made), tuple(notices), unmade)


def _one_ratio(indicator: Indicator, by_indicator: dict[str, dict[dt.date, dict[str, Bucket]]],
               names: dict[str, str], out: dict[Key, Bucket]) -> tuple[list[RatioMade], list[Note], list[dt.date]]:
    parts = indicator.parts
    assert parts is not None
    numerators = by_indicator.get(parts.numerator, {})
    denominators = by_indicator.get(parts.denominator, {})
    given = by_indicator.get(indicator.id, {})
    made: list[RatioMade] = []
    notices: list[Note] = []
    unmade: list[dt.date] = []
    if not given and not (numerators and denominators):
        return made, notices, unmade  # one part alone (GDP, the denominator of two ratios): this ratio not tried
    name = indicator.name.zh
    # every county that gives any part of the ratio on any date: each is needed on every date
    reporting = {area for dates in (numerators, denominators) for areas in dates.values() for area in areas if area}
    for when in sorted(set(numerators) | set(denominators) | set(given)):
        tops, bottoms, own = numerators.get(when, {}), denominators.get(when, {}), given.get(when, {})
        counties = sorted(area for area in set(tops) | set(bottoms) if area)
        complete = [area for area in counties if area in tops and area in bottoms]
        if "" in tops and "" in bottoms:
            areas: list[str] = [""]  # the whole area's own parts: its counties' are a breakdown of them
        elif "" in own:
            # the whole's own ratio, without its parts: it stands; its counties' parts are a breakdown
            # of the whole that may not cover it, compared with it, never put in its place
            out[Key(indicator.id, None, when, "")] = own[""]
            _against_counties(notices, indicator, when, own[""], complete, tops, bottoms)
            _check_counties(notices, indicator, when, complete, tops, bottoms, own)
            continue
        else:
            lacking = _lacking(notices, indicator, when, names, tops, bottoms, own, reporting)
            if not complete:
                if own:
                    notices.append(note("ratio_counties_only", own[min(own)].first, id=indicator.id, name=name,
                                        when=str(when), areas="、".join(sorted(own))))
                if lacking:  # (parts or ratios given, none making it)
                    unmade.append(when)
                continue
            if lacking:  # a ratio of some counties is not the whole's: not made, not judged
                notices.append(note("ratio_not_whole", tops[complete[0]].first, id=indicator.id, name=name,
                                    when=str(when), areas=Listed(complete), lacking=Listed(lacking)))
                unmade.append(when)
                continue
            areas = complete
        top: Number = sum((tops[area].total for area in areas), 0)
        bottom: Number = sum((bottoms[area].total for area in areas), 0)
        if not bottom:
            notices.append(note("ratio_denominator_zero", bottoms[areas[0]].first, id=indicator.id, name=name,
                                when=str(when), part=named(parts.denominator, names)))
            unmade.append(when)
            continue
        ratio = Fraction(top) / Fraction(bottom) * Fraction(parts.scale)
        used = [tops[area] for area in areas] + [bottoms[area] for area in areas]
        _check_counties(notices, indicator, when, complete, tops, bottoms, own)
        if "" in own:
            _check_given(notices, indicator, when, "", own[""], ratio, used)
        bucket = Bucket(used[0].first, "")
        bucket.total, bucket.rows = ratio, sum(b.rows for b in used)
        bucket.vintage = least_final(b.vintage for b in used)
        out[Key(indicator.id, None, when, "")] = bucket
        made.append(RatioMade(indicator.id, when, output_number(top), output_number(bottom), parts.scale, ratio,
                              tuple(area for area in areas if area),
                              output_number(own[""].total) if "" in own else None, bucket.vintage))
    return made, notices, unmade


def _check_counties(notices: list[Note], indicator: Indicator, when: dt.date, complete: list[str],
                    tops: dict[str, Bucket], bottoms: dict[str, Bucket], own: dict[str, Bucket]) -> None:
    """Each county's own ratio as written, against its own parts."""
    parts = indicator.parts
    assert parts is not None
    for area in complete:
        if area in own:
            _check_given(notices, indicator, when, area, own[area],
                         Fraction(tops[area].total) / Fraction(bottoms[area].total) * Fraction(parts.scale)
                         if bottoms[area].total else None, (tops[area], bottoms[area]))


def _lacking(notices: list[Note], indicator: Indicator, when: dt.date, names: dict[str, str],
             tops: dict[str, Bucket], bottoms: dict[str, Bucket], own: dict[str, Bucket],
             reporting: set[str]) -> list[str]:
    """The counties whose parts are not both given on this date, each said: one part only, only
    its ratio, or parts given on other dates and none on this one."""
    parts = indicator.parts
    assert parts is not None
    name = indicator.name.zh
    lacking = []
    for area in sorted(reporting | {area for area in own if area}):
        if area in tops and area in bottoms:
            continue
        lacking.append(area)
        if area in tops or area in bottoms:
            missing = parts.numerator if area not in tops else parts.denominator
            notices.append(note("ratio_part_missing", (tops.get(area) or bottoms[area]).first, id=indicator.id,
                                name=name, area=area, when=str(when), part=named(missing, names)))
        elif area in own:
            notices.append(note("ratio_only_given", own[area].first, id=indicator.id, name=name, area=area,
                                when=str(when), numerator=named(parts.numerator, names),
                                denominator=named(parts.denominator, names)))
        else:
            notices.append(note("ratio_area_absent", id=indicator.id, name=name, area=area, when=str(when)))
    return lacking


def _against_counties(notices: list[Note], indicator: Indicator, when: dt.date, written: Bucket,
                      complete: list[str], tops: dict[str, Bucket], bottoms: dict[str, Bucket]) -> None:
    """The whole's own ratio beside the ratio its counties' parts make: a difference beyond
    rounding is said (the counties may not be all of it), and the whole's stands."""
    parts = indicator.parts
    assert parts is not None
    bottom = sum((bottoms[area].total for area in complete), 0)
    if not complete or not bottom:
        return
    theirs = Fraction(sum((tops[area].total for area in complete), 0)) / Fraction(bottom) * Fraction(parts.scale)
    if agrees(written.total, theirs):
        return
    notices.append(note("ratio_whole_stands", written.first, id=indicator.id, name=indicator.name.zh,
                        when=str(when), given=output_number(written.total), areas=Listed(complete),
                        computed=round(float(theirs), decimals(written.total) + 2)))


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


