"""Open SDG's progress measure, as released in sdg-build 2.4.0 (`sdg/ProgressMeasure.py`), with
its methodology at https://open-sdg.readthedocs.io/en/latest/progress/ and /progress-methodology/.
Pure functions; `tests/test_open_sdg.py` holds them to 35 indicators Statistics Canada published
with sdg-build 2.4.0.

One series: the base year is the configured one (2015 by default) or the first later year with
data; the current year is the latest. Without a target, the progress value is the observed
compound annual growth rate, times the direction (+1 positive, −1 otherwise) and the sign of the
base value, set against 1.5 % / 0.5 % / 0 (scaled down near a natural limit); with a target, that
growth divided by the growth required to reach the target in the target year (2030 by default),
set against 0.95 / 0.6 / 0. A target already met is `target_achieved` whatever the rest says. The
score runs from −5 to 5. A zero base value or target is replaced by 0.001, as sdg-build does;
opposite signs, a single year, or a base year after the current one give no value.

An indicator: the mean score of its series (a group counting as one, by its own mean),
`target_achieved` only when every scored series is.
"""

from __future__ import annotations

from typing import NamedTuple, TypedDict

DEFAULT_BASE_YEAR, DEFAULT_TARGET_YEAR = 2015, 2030
WITHOUT_TARGET = (0.015, 0.005, 0.0)  # high, medium, low: a growth rate
WITH_TARGET = (0.95, 0.6, 0.0)  # the ratio of observed to required growth
LIMIT_EXPONENT = 4.44
STATUSES = ("target_achieved", "substantial_progress", "moderate_progress", "limited_progress", "deterioration",
            "not_available")


class SeriesResult(TypedDict):
    """One series' components, under the names sdg-build publishes them (its
    `indicator_calculation_components.yml`)."""

    base_year: float
    base_value: float | None
    current_year: float | None
    current_value: float | None
    target: float | None
    target_year: float
    direction: int
    limit: float | None
    sign: int | None
    progress_value: float | None
    score: float | None
    status: str


class IndicatorResult(TypedDict):
    """An indicator's mean score and status."""

    score: float | None
    status: str


# an indicator's results: a series', or a group's (a list counted as one, by its own mean)
Scored = SeriesResult | list["Scored"]


class MeanScore(NamedTuple):
    score: float | None  # None when no series has one
    achieved: bool  # every scored series has achieved its target


def _growth(current: float, base: float, years: float) -> float | None:
    ratio = current / base
    if ratio < 0:
        return None  # a fractional power of a negative number: sdg-build gets NaN
    return ratio ** (1.0 / years) - 1


def limit_coefficient(base: float, limit: float) -> float:
    """How much of the way to a natural limit (100 % of people connected) is left to grow in."""
    b, top = abs(base), abs(limit)
    if b >= 2 * top:
        return 1.0
    if b <= top:
        return 1 - (b / top) ** LIMIT_EXPONENT
    return 1 - ((2 * top - b) / top) ** LIMIT_EXPONENT


def _status(value: float | None, thresholds: tuple[float, float, float], achieved: bool) -> str:
    if achieved:
        return "target_achieved"
    if value is None:
        return "not_available"
    high, medium, low = thresholds
    if value >= high:
        return "substantial_progress"
    if value >= medium:
        return "moderate_progress"
    if value >= low:
        return "limited_progress"
    return "deterioration"


def series(points: list[tuple[int, float]], direction: str = "negative", base_year: int = DEFAULT_BASE_YEAR,
           target_year: int = DEFAULT_TARGET_YEAR, *, target: float | None = None, limit: float | None = None
           ) -> SeriesResult:
    """One series' components, under the names sdg-build publishes them."""
    sense = 1 if direction == "positive" else -1
    if target == 0:
        target = 0.001
    found: SeriesResult = {"base_year": float(base_year), "base_value": None, "current_year": None,
                             "current_value": None, "target": None if target is None else float(target),
                             "target_year": float(target_year), "direction": sense, "limit": limit, "sign": None,
                             "progress_value": None, "score": None, "status": "not_available"}
    data = {int(year): float(value) for year, value in points}
    if not data:
        return found
    current_year = max(data)
    current = data[current_year]
    if base_year not in data:
        later = [year for year in sorted(data) if year > base_year]
        if not later:
            return found  # sdg-build 2.4.0 raises here; nothing can be told
        base_year = later[0]
    base = data[base_year]
    sign = -1 if base < 0 else 1
    coefficient = 1.0
    if target is None:
        thresholds = WITHOUT_TARGET
        if limit is not None:
            coefficient = limit_coefficient(base, limit)
            thresholds = tuple(t * coefficient for t in WITHOUT_TARGET)  # type: ignore[assignment]
    else:
        thresholds = WITH_TARGET
    achieved = target is not None and (current <= target if sense == -1 else current >= target)
    if base == 0:
        base = 0.001  # after the sign and the thresholds, as sdg-build does
    value: float | None = None
    if (base > 0 > current) or (base < 0 < current) or current_year - base_year < 1:
        value = None
    elif target is None:
        growth = _growth(current, base, current_year - base_year)
        value = None if growth is None else sign * sense * growth
    else:
        observed = _growth(current, base, current_year - base_year)
        required = _growth(target, base, target_year - base_year)
        if observed is not None and required:
            value = sign * sense * observed / abs(required)
    score: float | None = None
    if achieved:
        score = 5.0
    elif value is not None:
        high, medium, low = thresholds
        if target is None:
            if value < low:
                score = max(125 * value - 2.5, -5.0)
            elif coefficient == 0:
                score = 5.0
            elif value >= high:
                score = min(500 * value / coefficient - 5, 5.0)
            elif value >= medium:
                score = 250 * value / coefficient - 1.25
            else:
                score = 500 * value / coefficient - 2.5
        elif value >= medium:
            score = min(7.1429 * value - 4.2857, 5.0)
        else:
            score = max(4.1667 * value - 2.5, -5.0)
    found.update({"base_year": float(base_year), "base_value": float(base), "current_year": float(current_year),
                  "current_value": current, "sign": sign, "progress_value": value, "score": score,
                  "status": _status(value, thresholds, achieved)})
    return found


def indicator(results: list[Scored]) -> IndicatorResult:
    """An indicator from its series' results; a list inside the list is a group, counted as one."""
    mean = _mean(results)
    score = mean.score
    if score is None:
        return {"score": None, "status": "not_available"}
    if mean.achieved:
        return {"score": score, "status": "target_achieved"}
    if score >= 2.5:
        status = "substantial_progress"
    elif score >= 0:
        status = "moderate_progress"
    elif score >= -2.5:
        status = "limited_progress"
    else:
        status = "deterioration"
    return {"score": score, "status": status}


def _mean(results: list[Scored]) -> MeanScore:
    scores: list[float] = []
    achieved: list[bool] = []
    for result in results:
        mean = _mean(result) if isinstance(result, list) else MeanScore(result["score"],
                                                                        result["status"] == "target_achieved")
        if mean.score is not None:
            scores.append(mean.score)
            achieved.append(mean.achieved)
    if not scores:
        return MeanScore(None, False)
    return MeanScore(sum(scores) / len(scores), all(achieved))
