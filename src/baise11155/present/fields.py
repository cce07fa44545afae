"""Every field a result shows, declared once: its label (the key of `words.LABELS`), where its
value is on the result and under which JSON key, and how it is displayed. Tables, JSON
documents, the xlsx number formats and the report all read these declarations.

Adding a field to a result is: compute it (calc/), declare it here, give it a label (present/words),
and name it in the lists of the documents and tables that show it.
"""

from __future__ import annotations

from dataclasses import dataclass

# how a value is displayed
TEXT, NUMBER, PERCENT, POINTS, RATE, STATUS, PACE = "text", "number", "percent", "points", "rate", "status", "pace"


@dataclass(frozen=True, slots=True)
class Field:
    key: str  # the label's key, and the column's name in a table
    attribute: str  # the attribute of the result that holds the value, and its key in JSON
    display: str  # TEXT, NUMBER, PERCENT, POINTS, RATE, STATUS or PACE


def _declare(*fields: Field) -> dict[str, Field]:
    return {field.key: field for field in fields}


# an indicator's or a category's standing (calc.evaluate.Standing)
STANDING = _declare(
    Field("target", "target", NUMBER),
    Field("baseline", "baseline", NUMBER),
    Field("achieved", "achieved", NUMBER),
    Field("completion", "completion", PERCENT),
    Field("progress", "progress", PERCENT),
    Field("expected", "expected", RATE),
    Field("deviation", "deviation", POINTS),
    Field("gap", "gap", NUMBER),
    Field("surplus", "surplus", NUMBER),
    Field("needed_per_year", "needed_per_year", RATE),
    Field("status", "status", STATUS),
)

# the city against the region (calc.region.RegionStanding)
REGION = _declare(
    Field("region_target", "target", NUMBER),
    Field("region_kind", "kind", TEXT),
    Field("city_target", "city_target", NUMBER),
    Field("target_share", "target_share", PERCENT),
    Field("city_achieved", "city_achieved", NUMBER),
    Field("contribution", "contribution", PERCENT),
    Field("city_completion", "city_completion", PERCENT),
    Field("region_achieved", "achieved", NUMBER),
    Field("region_completion", "completion", PERCENT),
    Field("share_of_achieved", "share_of_achieved", PERCENT),
    Field("pace", "pace", PACE),
)

# the outlook to the deadline (calc.outlook.Outlook)
OUTLOOK = _declare(
    Field("observed_pace", "observed_pace", RATE),
    Field("required_pace", "required_pace", RATE),
    Field("pace_ratio", "pace_ratio", PERCENT),
    Field("projected", "projected", RATE),
    Field("projected_completion", "projected_completion", PERCENT),
    Field("verdict", "verdict", TEXT),
)

# which fields each document and table shows, in order
INDICATOR_JSON = ("target", "baseline", "achieved", "completion", "progress", "expected", "deviation", "gap",
                  "surplus", "needed_per_year", "status")
CATEGORY_JSON = ("target", "achieved", "completion", "gap", "surplus", "expected", "deviation", "needed_per_year",
                 "status")
REGION_JSON = ("region_target", "region_kind", "city_target", "target_share", "city_achieved", "contribution",
               "city_completion", "region_achieved", "region_completion", "share_of_achieved", "pace")
STATUS_TABLE = ("target", "baseline", "achieved", "completion", "gap", "expected", "deviation", "status")
GAPS_TABLE = ("target", "achieved", "gap", "completion", "deviation", "needed_per_year", "status")
REGION_TABLE = ("region_target", "region_kind", "city_target", "target_share", "city_achieved", "contribution",
                "city_completion")
REGION_PROGRESS_TABLE = ("region_achieved", "region_completion", "share_of_achieved", "pace")
REPORT_REGION = ("region_target", "city_target", "target_share", "city_achieved", "contribution", "city_completion")
OUTLOOK_FIELDS = ("observed_pace", "required_pace", "pace_ratio", "projected", "projected_completion", "verdict")
REPORT_GAPS = ("target", "achieved", "gap", "completion", "needed_per_year", "status")
