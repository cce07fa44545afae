"""Read and check a targets file (data/targets.yaml or one given with --targets).

Every problem is collected and reported with the file and the place in it, e.g.
`targets.yaml: indicators[0].breakdown: categories add up to 9, the indicator's target is 10`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..model.areas import AreaNames
from ..model.kinds import KINDS, REGION_KINDS, Kind, Number, output_number
from ..model.notices import Note, TargetsError, plain
from ..model.plan import (
    ABOVE,
    AT_LEAST,
    BINDING,
    COMPARABLE,
    COUNTS,
    CURRENT,
    DECREASE,
    DIGITS,
    EXPECTED,
    FAR_BEHIND_POINTS,
    INCREASE,
    MONTHS,
    SCHEDULE_BASES,
    Area,
    AreaTarget,
    Category,
    Division,
    Indicator,
    Level,
    Milestones,
    Names,
    Plan,
    Ranking,
    RatioParts,
    RegionTarget,
    Reported,
    area_key,
)
from .cells import MAX_DIGITS, MAX_YEAR, MIN_YEAR
from .plan_tasks import plan_tasks

SCHEMA_VERSION = 1
SMALLEST = 1e-6  # the least figure other than 0 a plan may hold: smaller ones divide into infinity
_MAX_BYTES = 1 << 20  # a plan is a few kilobytes; anything far larger is not one


DEFAULT_PLAN = "baise-11155"
UNKNOWN = "unknown"  # a baseline no source gives


def _data(name: str) -> str:
    """A file shipped with the tool: inside the installed package, or in data/ in a checkout."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    packaged = os.path.join(package, name)
    if os.path.exists(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(package)), "data", name)


def default_targets_path() -> str:
    """The default plan, Baise's "11155" (data/targets.yaml)."""
    return _data("targets.yaml")


def bundled_plans() -> dict[str, str]:
    """The plans shipped with the tool, by id: the default one, and each of data/plans/ID.yaml."""
    plans = {DEFAULT_PLAN: default_targets_path()}
    folder = _data("plans")
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    for name in names:
        if name.endswith(".yaml"):
            plans[name[: -len(".yaml")]] = os.path.join(folder, name)
    return plans


def load_plan(path: str | None = None) -> Plan:
    path = path or default_targets_path()
    label = path
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        raise TargetsError([plain(label, f"cannot read the targets file: {exc.strerror or exc}")]) from None
    if len(raw) > _MAX_BYTES:
        raise TargetsError([plain(label, "the file is larger than 1 MiB; is it really a targets file?")])
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TargetsError([plain(f"{label}:{line}", "not valid UTF-8; save the targets file as UTF-8")]) from None
    from .yaml_reader import YamlError, load

    try:
        document = load(text)
    except YamlError as exc:
        where = f"{label}:{exc.line}" if exc.line else label
        raise TargetsError([plain(where, str(exc))]) from None
    return build_plan(document, label)


class _Checker:
    """Walks the YAML document, collecting every problem with its path."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Note] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(plain(self.label, f"{path}: {message}" if path else message))

    def mapping(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, f"expected a mapping, found {_type_name(value)}")
            return None
        for key in value:
            if key not in required and key not in optional:
                known = ", ".join(required + optional)
                self.problem(path, f"unknown key {str(key)[:40]!r} (known keys: {known})")
        ok = True
        for key in required:
            if key not in value:
                self.problem(path, f"missing key {key!r}")
                ok = False
        return value if ok else None

    def text(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.problem(path, f"expected non-empty text, found {_type_name(value)}")
            return None
        return value.strip()

    def names(self, value: Any, path: str) -> Names | None:
        mapping = self.mapping(value, path, ("zh", "en"))
        if mapping is None:
            return None
        zh, en = self.text(mapping["zh"], f"{path}.zh"), self.text(mapping["en"], f"{path}.en")
        return Names(zh, en) if zh and en else None

    def identifier(self, value: Any, path: str) -> str | None:
        ident = self.text(value, path)
        if ident is not None and not all(c.isascii() and (c.isalnum() or c in "-_") for c in ident):
            self.problem(path, f"id {ident[:40]!r} may hold only ASCII letters, digits, '-' and '_'")
            return None
        return ident

    def number(self, value: Any, path: str, positive: bool = True) -> Number | None:
        if (isinstance(value, bool) or not isinstance(value, (int, float))
                or isinstance(value, float) and math.isnan(value)):
            self.problem(path, f"expected a number, found {_type_name(value)}")
            return None
        if value in (float("inf"), float("-inf")) or abs(value) >= 10**MAX_DIGITS:
            self.problem(path, f"too large: a figure in a plan is less than 10^{MAX_DIGITS}, found {_short(value)}")
            return None
        if value and abs(value) < SMALLEST:
            self.problem(path, f"too small: a figure in a plan is 0 or at least {SMALLEST}, found {_short(value)}")
            return None
        if positive and value <= 0:
            self.problem(path, f"must be greater than 0, found {value}")
            return None
        if not positive and value < 0:
            self.problem(path, f"must not be negative, found {value}")
            return None
        return _exact(value)

    def date(self, value: Any, path: str) -> dt.date | None:
        when = None
        if isinstance(value, dt.datetime):
            when = value.date()
        elif isinstance(value, dt.date):
            when = value
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                when = dt.date.fromisoformat(value.strip())
        if when is None:
            self.problem(path, f"expected a date written YYYY-MM-DD, found {_type_name(value)}")
        elif not MIN_YEAR <= when.year <= MAX_YEAR:
            # as progress files are read: a year outside these is a typing mistake, and the
            # calendar arithmetic of the schedule would run off the ends of Python's dates
            self.problem(path, f"{when} is not between the years {MIN_YEAR} and {MAX_YEAR}")
            when = None
        return when

    def sequence(self, value: Any, path: str) -> list:
        if not isinstance(value, list) or not value:
            self.problem(path, f"expected a non-empty list, found {_type_name(value)}")
            return []
        return value

    def level(self, value: Any, path: str) -> Level | None:
        mapping = self.mapping(value, path, ("date", "value"), ("source",))
        if mapping is None:
            return None
        when = self.date(mapping["date"], f"{path}.date")
        amount = self.number(mapping["value"], f"{path}.value", positive=False)
        source = self.text(mapping["source"], f"{path}.source") if "source" in mapping else ""
        return Level(when, amount, source or "") if when is not None and amount is not None else None

    def baseline_date(self, value: dict, path: str) -> dt.date | None:
        """A baseline given by its date alone ({date: 2015-12-31}, or a year: {date: 2015}, its 31 December)."""
        mapping = self.mapping(value, path, ("date",), ("source",))
        if mapping is None:
            return None
        when = mapping["date"]
        if isinstance(when, int) and not isinstance(when, bool) and MIN_YEAR <= when <= MAX_YEAR:
            return dt.date(when, 12, 31)
        return self.date(when, f"{path}.date")

    def milestones(self, value: Any, path: str) -> tuple[tuple[int, Number], ...]:
        """A year's targets (年度目标): {2019: 40, 2020: 30}, years in the period, checked later."""
        if not isinstance(value, dict) or not value:
            self.problem(path, f"expected a mapping of years to targets, e.g. {{2019: 4}}, found {_type_name(value)}")
            return ()
        found = []
        for year, target in value.items():
            if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
                self.problem(path, f"{_type_name(year)} is not a year")
                continue
            number = self.number(target, f"{path}.{year}", positive=False)  # a year may add nothing
            if number is not None:
                found.append((year, number))
        return tuple(sorted(found))

    def choice(self, value: Any, path: str, choices: tuple[str, ...]) -> str | None:
        if isinstance(value, str) and value in choices:
            return value
        self.problem(path, f"expected one of {', '.join(choices)}, found {_type_name(value)}")
        return None

    def flag(self, value: Any, path: str) -> bool:
        if isinstance(value, bool):
            return value
        self.problem(path, f"expected true or false, found {_type_name(value)}")
        return False


def _exact(number: float) -> Number:  # an int is a float to a type checker
    """A figure as it was written: 1.3 is 13/10, not the binary fraction nearest it, so that
    "reached 1.3" is decided exactly (fractions are imported only by a plan that has one)."""
    if isinstance(number, int):
        return number
    from fractions import Fraction

    exact = Fraction(repr(number))
    return int(exact) if exact.denominator == 1 else exact


def _short(number: Number) -> str:
    """A number as a message shows it: a long one by its magnitude, not four hundred digits."""
    if number in (float("inf"), float("-inf")):
        return "a number of more than 300 digits"
    if isinstance(number, int) and abs(number) >= 10**MAX_DIGITS:
        return f"a whole number of more than {MAX_DIGITS} digits"  # str() of 5,000 digits is refused
    if abs(number) >= 10**MAX_DIGITS:
        return f"{number:.3g}"
    return str(output_number(number))


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r} (a boolean)"
    if isinstance(value, (int, float, str)):
        shown = repr(value)
        return shown if len(shown) <= 40 else shown[:37] + "..."
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def build_plan(document: Any, label: str) -> Plan:
    """Check a parsed targets document and build the plan, or raise TargetsError with every problem."""
    check = _Checker(label)
    top = check.mapping(document, "", ("schema", "plan", "indicators"), ("region", "areas", "ranking", "tasks", "measures"))
    if top is None:
        raise TargetsError(check.problems)
    if top["schema"] != SCHEMA_VERSION:
        check.problem("schema", f"this tool reads schema {SCHEMA_VERSION}, found {_type_name(top['schema'])}")

    plan_map = check.mapping(top["plan"], "plan", ("id", "name", "project", "area", "period"),
                             ("sources", "code", "schedule_basis", "far_behind_points", "document"))
    code_style = None
    basis = MONTHS
    far_behind: Number = FAR_BEHIND_POINTS
    city = start = end = None
    sources: list[Names] = []
    document_title = None
    if plan_map is not None:
        city = _area(check, plan_map, "plan")
        if "document" in plan_map:
            document_title = check.names(plan_map["document"], "plan.document")
        if "code" in plan_map:
            code_style = check.choice(plan_map["code"], "plan.code", (DIGITS, COUNTS))
        if "schedule_basis" in plan_map:
            basis = check.choice(plan_map["schedule_basis"], "plan.schedule_basis", SCHEDULE_BASES) or MONTHS
        if "far_behind_points" in plan_map:
            far_behind = check.number(plan_map["far_behind_points"], "plan.far_behind_points") or FAR_BEHIND_POINTS
        period = check.mapping(plan_map["period"], "plan.period", ("start", "end"))
        if period is not None:
            start = check.date(period["start"], "plan.period.start")
            end = check.date(period["end"], "plan.period.end")
            if start and end and end < start:
                check.problem("plan.period", f"ends ({end}) before it starts ({start})")
                start = end = None
        for n, source in enumerate(check.sequence(plan_map["sources"], "plan.sources") if "sources" in plan_map else []):
            names = check.names(source, f"plan.sources[{n}]")
            if names:
                sources.append(names)

    region = None
    if "region" in top:
        region_map = check.mapping(top["region"], "region", ("id", "name", "project", "area"))
        region = _area(check, region_map, "region") if region_map is not None else None
        if region is None:
            check.problem("region", "the region is not valid")

    divisions = _divisions(check, top["areas"]) if "areas" in top else []
    if city is not None:
        _check_divisions_not_the_city(check, divisions, city)
    indicators = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(check.sequence(top["indicators"], "indicators")):
        indicator = _indicator(check, entry, path=f"indicators[{n}]", start=start, divisions=divisions)
        if indicator is None:
            continue
        if indicator.id in seen:
            check.problem(f"indicators[{n}].id", f"{indicator.id!r} is already the id of indicators[{seen[indicator.id]}]")
            continue
        seen[indicator.id] = n
        indicators.append(indicator)
    _check_names_unique(check, indicators)
    _check_parts(check, indicators, seen)
    _check_ratio_parts(check, indicators, seen)
    warnings = _check_milestones(check, indicators, places=seen, start=start, end=end, label=label)
    warnings += _check_area_targets(indicators, seen, label)
    ranking = _ranking(check, top["ranking"], indicators) if "ranking" in top else Ranking()

    tasks = plan_tasks(check, top, _units)

    if region is None and any(i.region is not None for i in indicators):
        check.problem("region", "indicators have regional targets, but the plan names no region")
    if check.problems or city is None or start is None or end is None:
        raise TargetsError(check.problems or [plain(label, "not a valid targets file")])
    return Plan(city=city, region=region, start=start, end=end, sources=tuple(sources), indicators=tuple(indicators),
                path=label, code_style=code_style, warnings=tuple(warnings), divisions=tuple(divisions),
                ranking=ranking, tasks=tasks, schedule_basis=basis, far_behind_points=far_behind, document=document_title)


def _area(check: _Checker, mapping: dict, path: str) -> Area | None:
    ident = check.identifier(mapping["id"], f"{path}.id")
    name = check.names(mapping["name"], f"{path}.name")
    project = check.names(mapping["project"], f"{path}.project")
    area = check.names(mapping["area"], f"{path}.area")
    if ident and name and project and area:
        return Area(ident, name, project, area)
    return None


_INDICATOR_KEYS = ("target", "baseline", "breakdown", "region", "history", "direction", "qualifier", "aspirational",
                   "part_of", "value_unit", "source", "milestones", "limit", "area_targets", "lead", "partners", "short",
                   "numerator", "denominator", "scale", "attribute", "prices", "aliases")


def _divisions(check: _Checker, value: Any) -> list[Division]:
    """The areas targets are split to: ids and names unique, no two naming one county."""
    divisions: list[Division] = []
    owners: dict[str, str] = {}
    for n, entry in enumerate(check.sequence(value, "areas")):
        mapping = check.mapping(entry, f"areas[{n}]", ("id", "name"))
        if mapping is None:
            continue
        ident, name = check.identifier(mapping["id"], f"areas[{n}].id"), check.names(mapping["name"], f"areas[{n}].name")
        if not (ident and name):
            continue
        division = Division(ident, name)
        clash = next((owners[a] for a in division.aliases() if a in owners), None)
        if clash is not None:
            check.problem(f"areas[{n}]", f"{ident!r} and {clash!r} would be named alike in a progress file")
            continue
        owners.update((alias, ident) for alias in division.aliases())
        divisions.append(division)
    return divisions


def _check_divisions_not_the_city(check: _Checker, divisions: list[Division], city: Area) -> None:
    """An area named like the city itself (百色市, 全市) would never be one of its areas: a row
    naming it is the city's own figure. Refused, rather than an area shown with no data."""
    whole = AreaNames(("全市", "全市合计", "市合计", city.area.zh, city.area.en))
    for division in divisions:
        named = next((name for name in (division.name.zh, division.name.en) if name in whole), None)
        if named is not None:
            check.problem("areas", f"{division.id!r} is named like the city itself ({named!r}): a row naming it is "
                                   "the city's own figure, not one of its areas; remove it, or give the county's name")


def _area_targets(check: _Checker, value: Any, path: str, *, divisions: list[Division], kind: Kind | None
                  ) -> tuple[AreaTarget, ...]:
    """{area: target} or {area: {target, baseline}}; an area is named by its id or either name."""
    if not isinstance(value, dict) or not value:
        check.problem(path, f"expected a mapping of areas to targets, e.g. {{youjiang: 3}}, found {_type_name(value)}")
        return ()
    if not divisions:
        check.problem(path, "the plan lists no `areas:` to split targets to")
        return ()
    if kind is not None and not kind.summed:
        check.problem(path, f"a {kind.name}'s targets cannot be split to areas: a ratio is given for the whole, "
                            "never added up from areas' rows")
        return ()
    found: dict[str, AreaTarget] = {}
    by_alias = {alias: d for d in divisions for alias in d.aliases()}
    for key, entry in value.items():
        division = by_alias.get(area_key(str(key)))
        where = f"{path}.{key}"
        if division is None:
            check.problem(where, f"{str(key)[:40]!r} is not one of the plan's areas "
                                 f"({', '.join(d.id for d in divisions)})")
            continue
        if division.id in found:
            check.problem(where, f"{division.id!r} is given twice")
            continue
        baseline = None
        if isinstance(entry, dict):
            mapping = check.mapping(entry, where, ("target",), ("baseline",))
            if mapping is None:
                continue
            target = check.number(mapping["target"], f"{where}.target")
            if "baseline" in mapping:
                baseline = check.number(mapping["baseline"], f"{where}.baseline", positive=False)
                if kind is not None and not kind.takes_baseline:
                    check.problem(f"{where}.baseline", f"a {kind.name} starts from 0 and takes no baseline")
        else:
            target = check.number(entry, where)
        if target is not None:
            found[division.id] = AreaTarget(division.id, target, baseline)
    order = {d.id: n for n, d in enumerate(divisions)}
    return tuple(sorted(found.values(), key=lambda t: order[t.area]))


def _units(check: _Checker, mapping: dict, path: str) -> tuple[Names | None, tuple[Names, ...]]:
    """The lead unit (牵头单位) and the partners (责任单位): each a name, or {zh, en}."""
    def one(value: Any, where: str) -> Names | None:
        if isinstance(value, str):
            text = check.text(value, where)
            return Names(text, text) if text else None
        if not isinstance(value, dict):
            check.problem(where, f"expected the unit's name, or {{zh: …, en: …}}, found {_type_name(value)}")
            return None
        return check.names(value, where)

    lead = one(mapping["lead"], f"{path}.lead") if "lead" in mapping else None
    partners: list[Names] = []
    if "partners" in mapping:
        for n, entry in enumerate(check.sequence(mapping["partners"], f"{path}.partners")):
            unit = one(entry, f"{path}.partners[{n}]")
            if unit is not None:
                partners.append(unit)
    return lead, tuple(partners)


def _ranking(check: _Checker, value: Any, indicators: list[Indicator]) -> Ranking:
    mapping = check.mapping(value, "ranking", (), ("weights", "cap"))
    if mapping is None:
        return Ranking()
    weights: list[tuple[str, Number]] = []
    if "weights" in mapping:
        if not isinstance(mapping["weights"], dict) or not mapping["weights"]:
            check.problem("ranking.weights", f"expected a mapping of indicator ids to weights, found "
                                             f"{_type_name(mapping['weights'])}")
        else:
            known = {i.id for i in indicators}
            for ident, weight in mapping["weights"].items():
                if ident not in known:
                    check.problem(f"ranking.weights.{ident}", f"{str(ident)[:40]!r} is not an indicator of the plan")
                    continue
                number = check.number(weight, f"ranking.weights.{ident}", positive=False)
                if number is not None:
                    weights.append((ident, number))
    split = [i.id for i in indicators if i.area_targets]
    if weights and split and all(dict(weights).get(ident, 1) == 0 for ident in split):
        check.problem("ranking.weights", "every indicator split to areas weighs 0: nothing would be ranked")
    cap: Number | None = 1
    if "cap" in mapping:
        cap = None if mapping["cap"] is None else check.number(mapping["cap"], "ranking.cap")
    return Ranking(tuple(weights), cap)


def _check_area_targets(indicators: list[Indicator], places: dict[str, int], label: str) -> list[Note]:
    """Targets split to areas that do not add up to the plan's own: said in a warning (the split
    may keep a reserve, or ask for more; a reader should know). Ratios are never added."""
    warnings: list[Note] = []
    for indicator in indicators:
        if not indicator.area_targets or indicator.target is None or not indicator.kind.summed \
                or indicator.kind.derived:
            continue
        total = sum((t.target for t in indicator.area_targets), 0)
        if total != indicator.target:
            warnings.append(plain(f"{label}: indicators[{places[indicator.id]}].area_targets",
                                  f"the areas' targets add up to {_short(total)}, the indicator's target is "
                                  f"{_short(indicator.target)}"))
    return warnings


@dataclass(frozen=True, slots=True)
class IndicatorEntry:
    """One entry of `indicators:`, its values typed as written; a value that could not be read is
    None (or empty), its problem already said. The checks in `INDICATOR_CHECKS` take it."""

    label: str
    path: str  # indicators[N]
    given: frozenset[str]  # the keys the entry gives
    ident: str | None
    name: Names | None
    unit: Names | None
    kind: Kind | None
    target: Number | None
    limit: Number | None
    direction: str | None
    qualifier: str | None
    baseline_form: str  # how a baseline is given: LEVEL_GIVEN, DATE_GIVEN, UNKNOWN, or "" (none)
    baseline: Level | None  # given as a level
    baseline_on: dt.date | None  # given by its date only
    categories: tuple[Category, ...]
    region: RegionTarget | None
    history: tuple[Reported, ...]
    aspirational: bool
    part_of: str | None
    value_unit: Names | None
    source: str
    milestones: Milestones
    area_targets: tuple[AreaTarget, ...]
    lead: Names | None
    partners: tuple[Names, ...]
    parts: RatioParts | None = None
    attribute: str | None = None
    prices: str | None = None
    short: Names | None = None
    aliases: tuple[str, ...] = ()

    @property
    def monitored(self) -> bool:
        """No target (监测指标): reported, never judged."""
        return "target" not in self.given

    @property
    def refuses_baseline(self) -> bool:
        """A baseline would be given to a kind that starts from 0 (said by `baseline_taken`, once)."""
        return self.kind is not None and not self.kind.takes_baseline

    def problem(self, where: str, message: str) -> Note:
        """A problem at a place in this entry: `where` follows its path (".target", or "" for the entry)."""
        return plain(self.label, f"{self.path}{where}: {message}")

    def indicator(self) -> Indicator | None:
        """The indicator, when every value that must be there could be read."""
        if (self.ident is None or self.name is None or self.unit is None or self.kind is None
                or (self.target is None and not self.monitored) or self.direction is None or self.qualifier is None):
            return None
        return Indicator(
            id=self.ident, name=self.name, unit=self.unit, kind=self.kind, target=self.target,
            baseline=self.baseline, categories=self.categories, region=self.region, history=self.history,
            direction=self.direction, qualifier=self.qualifier, aspirational=self.aspirational,
            part_of=self.part_of, value_unit=self.value_unit, source=self.source, milestones=self.milestones,
            limit=self.limit, baseline_on=self.baseline_on, area_targets=self.area_targets, lead=self.lead,
            partners=self.partners, parts=self.parts, attribute=self.attribute, short=self.short, prices=self.prices,
            aliases=self.aliases,
        )


LEVEL_GIVEN, DATE_GIVEN = "level", "date"  # a baseline given as {date, value}, or by {date} alone
_T = TypeVar("_T")


def _indicator(check: _Checker, entry: Any, *, path: str, start: dt.date | None, divisions: list[Division]
               ) -> Indicator | None:
    """An entry of `indicators:` read, then checked by each of INDICATOR_CHECKS; None if anything in
    it is wrong (every problem said)."""
    before = len(check.problems)
    parsed = _parse_indicator(check, entry, path=path, divisions=divisions)
    if parsed is None:
        return None
    for rule in INDICATOR_CHECKS:
        check.problems.extend(rule(parsed, start))
    return parsed.indicator() if len(check.problems) == before else None


def _parse_indicator(check: _Checker, entry: Any, *, path: str, divisions: list[Division]) -> IndicatorEntry | None:
    """Each value of the entry read as its type, each problem said where it is; the rules that
    relate one value to another are the checks'."""
    mapping = check.mapping(entry, path, ("id", "name", "unit", "kind"), _INDICATOR_KEYS)
    if mapping is None:
        return None

    def optional(key: str, read: Callable[[Any, str], _T]) -> _T | None:
        return read(mapping[key], f"{path}.{key}") if key in mapping else None

    # each value in turn: the problems of reading it are said in this order
    ident = check.identifier(mapping["id"], f"{path}.id")
    name = check.names(mapping["name"], f"{path}.name")
    short = optional("short", check.names)
    unit = check.names(mapping["unit"], f"{path}.unit")
    kind = KINDS.get(mapping["kind"]) if isinstance(mapping["kind"], str) else None
    if kind is None:
        check.problem(f"{path}.kind", f"unknown kind {_type_name(mapping['kind'])}; known kinds: {', '.join(KINDS)}")
    target = optional("target", lambda value, where: check.number(value, where, positive=False))
    limit = optional("limit", check.number)
    direction = check.choice(mapping["direction"], f"{path}.direction", (INCREASE, DECREASE)) \
        if "direction" in mapping else INCREASE
    qualifier = check.choice(mapping["qualifier"], f"{path}.qualifier", (AT_LEAST, ABOVE)) \
        if "qualifier" in mapping else AT_LEAST
    baseline_form, baseline, baseline_on = "", None, None
    if isinstance(mapping.get("baseline"), dict) and "value" not in mapping["baseline"]:
        # the date only: the level the progress files give at that date is the baseline
        baseline_form, baseline_on = DATE_GIVEN, check.baseline_date(mapping["baseline"], f"{path}.baseline")
    elif mapping.get("baseline") == UNKNOWN:  # not published: said so, never made up
        baseline_form = UNKNOWN
    elif "baseline" in mapping:
        baseline_form, baseline = LEVEL_GIVEN, check.level(mapping["baseline"], f"{path}.baseline")
    categories = optional("breakdown", lambda value, where: _breakdown(check, value, where, target)) or []
    region = optional("region", lambda value, where: _region_target(check, value, where, kind))
    history = optional("history", lambda value, where: _history(check, value, where)) or []
    aspirational = optional("aspirational", check.flag) or False
    part_of = optional("part_of", check.identifier)
    value_unit = optional("value_unit", check.names)
    source = optional("source", check.text) or ""
    milestones = optional("milestones", check.milestones) or ()
    area_targets = optional("area_targets", lambda value, where: _area_targets(
        check, value, where, divisions=divisions, kind=kind)) or ()
    lead, partners = _units(check, mapping, path)
    parts = _ratio_parts(check, mapping, path)
    attribute = check.choice(mapping["attribute"], f"{path}.attribute", (BINDING, EXPECTED)) \
        if "attribute" in mapping else None
    prices = check.choice(mapping["prices"], f"{path}.prices", (CURRENT, COMPARABLE)) if "prices" in mapping else None
    aliases = optional("aliases", lambda value, where: _aliases(check, value, where)) or ()
    return IndicatorEntry(
        label=check.label, path=path, given=frozenset(mapping), ident=ident, name=name, unit=unit, kind=kind,
        target=target, limit=limit, direction=direction, qualifier=qualifier, baseline_form=baseline_form,
        baseline=baseline, baseline_on=baseline_on, categories=tuple(categories), region=region,
        history=tuple(history), aspirational=aspirational, part_of=part_of, value_unit=value_unit,
        source=source, milestones=milestones, area_targets=area_targets, lead=lead, partners=partners, parts=parts,
        attribute=attribute, short=short, prices=prices, aliases=aliases,
    )


def _aliases(check: _Checker, value: Any, path: str) -> tuple[str, ...]:
    """Other names an office gives the indicator (高企 for 保有高新技术企业): a list of texts, read in
    files and for --indicator as its own names are."""
    if not isinstance(value, list):
        check.problem(path, f"expected a list of names, e.g. [高企], found {_type_name(value)}")
        return ()
    names = [check.text(name, f"{path}[{n}]") for n, name in enumerate(value)]
    return tuple(name for name in names if name)


def _ratio_parts(check: _Checker, mapping: dict, path: str) -> RatioParts | None:
    """`numerator`, `denominator` (ids of two other indicators) and `scale` (100 for a %, 10000 for
    a figure per 10,000): the ratio made of their figures. The two ids go together."""
    given = [key for key in ("numerator", "denominator", "scale") if key in mapping]
    if not given:
        return None
    if "numerator" not in mapping or "denominator" not in mapping:
        check.problem(f"{path}.{given[0]}", "a ratio made of its parts names both its numerator and its denominator "
                                            "(the ids of two other indicators of the plan)")
        return None
    numerator = check.identifier(mapping["numerator"], f"{path}.numerator")
    denominator = check.identifier(mapping["denominator"], f"{path}.denominator")
    scale = check.number(mapping["scale"], f"{path}.scale") if "scale" in mapping else 1
    if numerator is None or denominator is None or scale is None:
        return None
    if numerator == denominator:
        check.problem(f"{path}.denominator", f"the numerator and the denominator are both {numerator!r}")
        return None
    return RatioParts(numerator, denominator, scale)


def _history(check: _Checker, value: Any, path: str) -> list[Reported]:
    """The figures the plan itself reports: {date, value, added}."""
    history = []
    for n, item in enumerate(check.sequence(value, path)):
        record = check.mapping(item, f"{path}[{n}]", ("date", "value"), ("added",))
        if record is None:
            continue
        when = check.date(record["date"], f"{path}[{n}].date")
        amount = check.number(record["value"], f"{path}[{n}].value", positive=False)
        added = record.get("added")
        if added is not None:
            added = check.number(added, f"{path}[{n}].added", positive=False)
        if when and amount is not None:
            history.append(Reported(when, amount, added))
    return history


# --- the checks of one indicator: each takes the entry read and the period's start, and returns
# the problems it finds (none when a value it needs could not be read: that problem is said) ---

def monitored_takes_no_judging(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """An indicator without a target is reported only: nothing that judges it."""
    if not entry.monitored:
        return []
    return [entry.problem(f".{key}", "an indicator without a target (monitored only) takes no " + key)
            for key in ("breakdown", "milestones", "region", "qualifier", "aspirational", "attribute")
            if key in entry.given]


def limit_bounds_a_level(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    kind = entry.kind
    if "limit" not in entry.given or kind is None or kind.takes_limit:
        return []
    return [entry.problem(".limit", f"a natural limit bounds a level; a {kind.name} has none")]


def decrease_where_the_kind_may(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    kind = entry.kind
    if entry.direction != DECREASE or kind is None or kind.may_decrease:
        return []
    return [entry.problem(".direction", f"a {kind.name} cannot be lower-is-better")]


def target_above_the_kinds_least(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """A target is more than 0, and a multiple of the baseline more than 1; only a lower-is-better
    indicator may aim at 0 (zero deaths, zero emissions: Open SDG's measure takes 0.001 for it)."""
    kind, target = entry.kind, entry.target
    if kind is None or target is None or target > kind.target_above:
        return []
    if target == 0 and entry.direction == DECREASE and kind.may_decrease:
        return []
    if target == 0 and not kind.target_above:
        return [entry.problem(".target", "must be greater than 0, found 0 (only a lower-is-better indicator, "
                                         "`direction: decrease`, may aim at 0)")]
    return [entry.problem(".target", f"a {kind.name} of the baseline must be more than {_short(kind.target_above)}, "
                                     f"found {_short(target)}")]


def baseline_taken(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """A count starts from 0: a baseline given to it, in any form, is a mistake."""
    kind = entry.kind
    if not entry.baseline_form or kind is None or kind.takes_baseline:
        return []
    return [entry.problem(".baseline", f"a {kind.name} starts from 0 and takes no baseline")]


def baseline_before_period(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    when = entry.baseline.date if entry.baseline is not None else entry.baseline_on
    if when is None or start is None or when < start or entry.refuses_baseline:
        return []
    return [entry.problem(".baseline.date", f"{when} is not before the period starts ({start})")]


def yearly_baseline_is_a_whole_year(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """A year's figure (a flow) has a baseline of a whole year: dated 31 December."""
    when, kind = entry.baseline_on, entry.kind
    if (when is None or kind is None or not kind.yearly or (when.month, when.day) == (12, 31)
            or entry.refuses_baseline or start is not None and when >= start):  # (each said already)
        return []
    return [entry.problem(".baseline.date", f"a yearly figure's baseline is a whole year's: date it "
                                            f"{when.year}-12-31 (or give the year)")]


def baseline_short_of_target(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """A target that is a level, like the baseline, lies ahead of it."""
    baseline, target, kind = entry.baseline, entry.target, entry.kind
    if (baseline is None or target is None or kind is None or entry.refuses_baseline
            or start is not None and baseline.date >= start  # (said as a date in the period)
            or kind.start(baseline.value) != baseline.value):
        return []
    if entry.direction == DECREASE and baseline.value <= target:
        return [entry.problem(".baseline.value", f"{_short(baseline.value)} is already at or below the "
                                                 f"target {_short(target)}")]
    if entry.direction != DECREASE and baseline.value >= target:
        return [entry.problem(".baseline.value", f"{_short(baseline.value)} already reaches the target "
                                                 f"{_short(target)}")]
    return []


def baseline_where_needed(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    kind = entry.kind
    if entry.baseline_form or kind is None or not kind.needs_baseline:
        return []
    return [entry.problem("", f"a {kind.name} needs a baseline: its level at the end of the year before the "
                              f"period (`baseline: {{date: …, value: …}}`; `{{date: …}}` to take it from the "
                              f"progress files; or `baseline: {UNKNOWN}` where no source gives it)")]


def breakdown_where_the_kind_may(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    if "breakdown" not in entry.given or entry.kind is None or entry.kind.may_break_down:
        return []
    return [entry.problem(".breakdown", "only a count can be broken down into categories")]


def region_baseline_known(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """The region counts new additions above the baseline, so it must be known as a figure."""
    region, kind = entry.region, entry.kind
    if (region is None or entry.baseline is not None or not region.kind.takes_baseline or kind is None
            or not kind.takes_baseline):
        return []
    return [entry.problem(".baseline", "the region counts new additions above the baseline: it must be known")]


def prices_of_a_growth(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """Prices (按可比价, 按现价) are a growth rate's to say: a level or a count has none."""
    if entry.prices is None or entry.kind is None or entry.kind.priced:
        return []
    return [entry.problem(".prices", f"only a growth rate is measured at some prices; a {entry.kind.name} is not")]


def milestones_where_the_kind_may(entry: IndicatorEntry, start: dt.date | None) -> list[Note]:
    """A year's target is a count's or a level's: not a rise, a rate or a multiple made of the level."""
    kind = entry.kind
    if not entry.milestones or kind is None or (not kind.derived and kind.paced):
        return []
    return [entry.problem(".milestones", f"a {kind.name} takes no milestones: a year's target is a count's or a "
                                         "level's")]


# run in this order, after the entry is read: a rule is one function added here (and its case in
# tests/test_plan.py)
INDICATOR_CHECKS: tuple[Callable[[IndicatorEntry, dt.date | None], list[Note]], ...] = (
    monitored_takes_no_judging,
    limit_bounds_a_level,
    decrease_where_the_kind_may,
    target_above_the_kinds_least,
    baseline_taken,
    baseline_before_period,
    yearly_baseline_is_a_whole_year,
    baseline_short_of_target,
    baseline_where_needed,
    breakdown_where_the_kind_may,
    region_baseline_known,
    milestones_where_the_kind_may,
    prices_of_a_growth,
)


def _breakdown(check: _Checker, value: Any, path: str, target: Number | None) -> list[Category]:
    categories: list[Category] = []
    seen: set[str] = set()
    for n, entry in enumerate(check.sequence(value, path)):
        mapping = check.mapping(entry, f"{path}[{n}]", ("id", "name", "target"), ("milestones", "lead", "partners"))
        if mapping is None:
            continue
        ident = check.identifier(mapping["id"], f"{path}[{n}].id")
        name = check.names(mapping["name"], f"{path}[{n}].name")
        share = check.number(mapping["target"], f"{path}[{n}].target")
        milestones = check.milestones(mapping["milestones"], f"{path}[{n}].milestones") if "milestones" in mapping else ()
        lead, partners = _units(check, mapping, f"{path}[{n}]")
        if ident in seen:
            check.problem(f"{path}[{n}].id", f"{ident!r} appears twice in this breakdown")
            continue
        if ident and name and share is not None:
            seen.add(ident)
            categories.append(Category(id=ident, name=name, target=share, milestones=milestones, lead=lead,
                                       partners=partners))
    # figures are exact as written: 0.1 + 0.2 + 0.3 is 0.6, which binary fractions would miss
    total = sum((c.target for c in categories), 0)
    if categories and target is not None and len(categories) == len(value) and total != target:
        check.problem(path, f"categories add up to {_short(total)}, the indicator's target is {_short(target)}")
    return categories


def _region_target(check: _Checker, value: Any, path: str, kind: Kind | None) -> RegionTarget | None:
    mapping = check.mapping(value, path, ("target", "kind"), ("baseline",))
    if mapping is None:
        return None
    target = check.number(mapping["target"], f"{path}.target")
    region_kind = REGION_KINDS.get(mapping["kind"]) if isinstance(mapping["kind"], str) else None
    if region_kind is None:
        check.problem(f"{path}.kind", f"unknown kind {_type_name(mapping['kind'])}; known kinds: {', '.join(REGION_KINDS)}")
        return None
    if kind is not None and not kind.counts_towards(region_kind):
        if region_kind.takes_baseline:
            check.problem(f"{path}.kind", "an increase (新增) can only be compared with a stock")
        else:
            check.problem(f"{path}.kind", "a stock is compared with the region as an increase (新增), not a count")
    baseline = check.level(mapping["baseline"], f"{path}.baseline") if "baseline" in mapping else None
    if baseline is not None and not region_kind.takes_baseline:
        check.problem(f"{path}.baseline", "only an increase takes a baseline")
    return RegionTarget(target, region_kind, baseline) if target is not None else None


def _check_milestones(check: _Checker, indicators: list[Indicator], *, places: dict[str, int],
                      start: dt.date | None, end: dt.date | None, label: str) -> list[Note]:
    """Milestones lie in the period's years; a count's that add up to less than its target, or a
    level's last that is not its target, are said in a warning (the plan may mean it; a reader
    should know)."""
    warnings: list[Note] = []
    if start is None or end is None:
        return warnings
    for indicator in indicators:
        where = f"indicators[{places[indicator.id]}]"
        owners = [(where, indicator.milestones, indicator.target)]
        owners += [(f"{where}.breakdown[{n}]", c.milestones, c.target) for n, c in enumerate(indicator.categories)]
        for path, milestones, target in owners:
            if not milestones or target is None:
                continue
            outside = [year for year, _ in milestones if not start.year <= year <= end.year]
            if outside:
                check.problem(f"{path}.milestones", f"{outside[0]} is not a year of the period "
                                                    f"({start.year}-{end.year})")
                continue
            if not indicator.kind.levels:
                total = sum((value for _, value in milestones), 0)
                if total < target and len(milestones) == end.year - start.year + 1:
                    warnings.append(plain(f"{label}: {path}.milestones",
                                          f"the years' targets add up to {_short(total)}, less than the target "
                                          f"{_short(target)}"))
            elif milestones[-1][0] == end.year and milestones[-1][1] != target:
                warnings.append(plain(f"{label}: {path}.milestones",
                                      f"the last year's target {_short(milestones[-1][1])} is not the target "
                                      f"{_short(target)}"))
    return warnings


def _check_parts(check: _Checker, indicators: list[Indicator], places: dict[str, int]) -> None:
    """A sub-indicator (其中) names its whole, which is an indicator of the plan and not itself a part."""
    whole = {i.id: i for i in indicators}
    for indicator in indicators:
        if indicator.part_of is None:
            continue
        path = f"indicators[{places[indicator.id]}].part_of"
        parent = whole.get(indicator.part_of)
        if parent is None or parent.id == indicator.id:
            check.problem(path, f"{indicator.part_of!r} is not another indicator of the plan")
        elif parent.part_of is not None:
            check.problem(path, f"{parent.id!r} is itself part of {parent.part_of!r}; a part names the whole")


def _check_ratio_parts(check: _Checker, indicators: list[Indicator], places: dict[str, int]) -> None:
    """A ratio made of parts is measured, never added up (a `level`, or a rise in points, a rate or
    a multiple of one); its parts are other indicators of the plan whose figures add up across
    areas (a flow, a stock, a count), themselves no ratio."""
    by_id = {i.id: i for i in indicators}
    for indicator in indicators:
        parts = indicator.parts
        if parts is None:
            continue
        path = f"indicators[{places[indicator.id]}]"
        if indicator.kind.summed:
            check.problem(f"{path}.kind", f"a ratio made of its parts is measured, never added up: a {indicator.kind.name} "
                                          "cannot be one (make it a level)")
        for key, ident in (("numerator", parts.numerator), ("denominator", parts.denominator)):
            part = by_id.get(ident)
            if part is None or part.id == indicator.id:
                check.problem(f"{path}.{key}", f"{ident!r} is not another indicator of the plan")
            elif part.parts is not None or not part.kind.summed:
                check.problem(f"{path}.{key}", f"{ident!r} is a ratio or a measured value itself: a part is a figure "
                                               "that adds up across areas (a flow, a stock or a count)")


def _check_names_unique(check: _Checker, indicators: list[Indicator]) -> None:
    """Progress files may name an indicator by id, zh or en name: each must point at one only."""
    owners: dict[str, str] = {}
    for indicator in indicators:
        for alias in {indicator.id.casefold(), indicator.name.zh.casefold(), indicator.name.en.casefold(),
                      *(alias.casefold() for alias in indicator.aliases)}:
            if alias in owners and owners[alias] != indicator.id:
                check.problem("indicators", f"{alias!r} names both {owners[alias]!r} and {indicator.id!r}")
            owners[alias] = indicator.id
        category_owner: dict[str, str] = {}
        for category in indicator.categories:
            for alias in {category.id.casefold(), category.name.zh.casefold(), category.name.en.casefold()}:
                if alias in category_owner and category_owner[alias] != category.id:
                    check.problem(
                        f"indicator {indicator.id!r}",
                        f"{alias!r} names both categories {category_owner[alias]!r} and {category.id!r}",
                    )
                category_owner[alias] = category.id
