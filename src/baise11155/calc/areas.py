"""Figures by area (县区): what each county achieved, the blocks adding up to the city. Pure.

Each county's rows are evaluated on their own: a count's sum, a stock's level by the county's
own latest report. Rows that name no county (or the city as a whole) make one more block,
"not allocated" (未分县区), so that the blocks of a count add up to the city's figure; a stock's
whole-city level is in it only when it is of the latest date (an older one the counties' reports
have superseded).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model.plan import Plan
from .evaluate import Evaluation, evaluate

if TYPE_CHECKING:
    from ..model.observations import Bucket, Key

UNALLOCATED = ""  # the block of rows that name no county


def by_area(plan: Plan, buckets: dict[Key, Bucket], as_of: dt.date) -> list[tuple[str, Evaluation]]:
    """Each county's evaluation (the city's targets do not apply to a county: only the achieved
    figures mean something), the counties in name order, the unallocated block last."""
    whole = plan.whole_area_names
    stocks = {i.id for i in plan.indicators if i.kind.by_parts}
    latest: dict[str, dt.date] = {}
    for key in buckets:
        if key[0] in stocks and key[2] <= as_of:
            latest[key[0]] = max(latest.get(key[0], key[2]), key[2])
    areas: dict[str, dict] = {}
    for key, bucket in buckets.items():
        area = UNALLOCATED if key[3] in whole else key[3]
        if area == UNALLOCATED and key[0] in stocks and key[2] != latest.get(key[0]):
            continue  # a whole-city level the counties' later reports have superseded: no one's now
        areas.setdefault(area, {})[key[:3] + ("",)] = bucket
    ordered = sorted(areas, key=lambda area: (area == UNALLOCATED, area))
    return [(area, evaluate(plan, areas[area], as_of)) for area in ordered]
