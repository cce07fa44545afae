"""Read and check a targets file (data/targets.yaml or one given with --targets).

Every problem is collected and reported with the file and the place in it, e.g.
`targets.yaml: indicators[0].breakdown: categories add up to 9, the indicator's target is 10`.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from ..model.kinds import KINDS, REGION_KINDS, Number, output_number
from ..model.notices import Note, TargetsError, plain
from ..model.plan import (
    ABOVE,
    AT_LEAST,
    COUNTS,
    DIGITS,
    DECREASE,
    INCREASE,
    Area,
    AreaTarget,
    Category,
    Division,
    Indicator,
    area_key,
    Level,
    Names,
    Plan,
    Ranking,
    RegionTarget,
    Reported,
)

from .cells import MAX_DIGITS, MAX_YEAR, MIN_YEAR

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
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
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
            try:
                when = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
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


def _exact(number: int | float) -> Number:
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
    top = check.mapping(document, "", ("schema", "plan", "indicators"), ("region", "areas", "ranking"))
    if top is None:
        raise TargetsError(check.problems)
    if top["schema"] != SCHEMA_VERSION:
        check.problem("schema", f"this tool reads schema {SCHEMA_VERSION}, found {_type_name(top['schema'])}")

    plan_map = check.mapping(top["plan"], "plan", ("id", "name", "project", "area", "period"), ("sources", "code"))
    code_style = None
    city = start = end = None
    sources: list[Names] = []
    if plan_map is not None:
        city = _area(check, plan_map, "plan")
        if "code" in plan_map:
            code_style = check.choice(plan_map["code"], "plan.code", (DIGITS, COUNTS))
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
    indicators = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(check.sequence(top["indicators"], "indicators")):
        indicator = _indicator(check, entry, f"indicators[{n}]", start, divisions)
        if indicator is None:
            continue
        if indicator.id in seen:
            check.problem(f"indicators[{n}].id", f"{indicator.id!r} is already the id of indicators[{seen[indicator.id]}]")
            continue
        seen[indicator.id] = n
        indicators.append(indicator)
    _check_names_unique(check, indicators)
    _check_parts(check, indicators, seen)
    warnings = _check_milestones(check, indicators, seen, start, end, label)
    warnings += _check_area_targets(indicators, seen, label)
    ranking = _ranking(check, top["ranking"], indicators) if "ranking" in top else Ranking()

    if region is None and any(i.region is not None for i in indicators):
        check.problem("region", "indicators have regional targets, but the plan names no region")
    if check.problems or city is None or start is None or end is None:
        raise TargetsError(check.problems or [plain(label, "not a valid targets file")])
    return Plan(city, region, start, end, tuple(sources), tuple(indicators), label, code_style, tuple(warnings),
                tuple(divisions), ranking)


def _area(check: _Checker, mapping: dict, path: str) -> Area | None:
    ident = check.identifier(mapping["id"], f"{path}.id")
    name = check.names(mapping["name"], f"{path}.name")
    project = check.names(mapping["project"], f"{path}.project")
    area = check.names(mapping["area"], f"{path}.area")
    if ident and name and project and area:
        return Area(ident, name, project, area)
    return None


_INDICATOR_KEYS = ("target", "baseline", "breakdown", "region", "history", "direction", "qualifier", "aspirational",
                   "part_of", "value_unit", "source", "milestones", "limit", "area_targets", "lead", "partners")


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


def _area_targets(check: _Checker, value: Any, path: str, divisions: list[Division], kind: Any
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


def _indicator(check: _Checker, entry: Any, path: str, start: dt.date | None, divisions: list[Division]
               ) -> Indicator | None:
    before = len(check.problems)
    mapping = check.mapping(entry, path, ("id", "name", "unit", "kind"), _INDICATOR_KEYS)
    if mapping is None:
        return None
    monitored = "target" not in mapping  # 监测指标: reported, never judged
    ident = check.identifier(mapping["id"], f"{path}.id")
    name = check.names(mapping["name"], f"{path}.name")
    unit = check.names(mapping["unit"], f"{path}.unit")
    kind = KINDS.get(mapping["kind"]) if isinstance(mapping["kind"], str) else None
    if kind is None:
        check.problem(f"{path}.kind", f"unknown kind {_type_name(mapping['kind'])}; known kinds: {', '.join(KINDS)}")
    target = None if monitored else check.number(mapping["target"], f"{path}.target")
    if monitored:
        for key in ("breakdown", "milestones", "region", "qualifier", "aspirational"):
            if key in mapping:
                check.problem(f"{path}.{key}", "an indicator without a target (monitored only) takes no " + key)
    limit = None
    if "limit" in mapping:
        limit = check.number(mapping["limit"], f"{path}.limit")
        if kind is not None and not kind.takes_limit:
            check.problem(f"{path}.limit", f"a natural limit bounds a level; a {kind.name} has none")
    direction = check.choice(mapping["direction"], f"{path}.direction", (INCREASE, DECREASE)) \
        if "direction" in mapping else INCREASE
    if direction == DECREASE and kind is not None and not kind.may_decrease:
        check.problem(f"{path}.direction", f"a {kind.name} cannot be lower-is-better")
    qualifier = check.choice(mapping["qualifier"], f"{path}.qualifier", (AT_LEAST, ABOVE)) \
        if "qualifier" in mapping else AT_LEAST
    if kind is not None and target is not None and target <= kind.target_above:
        check.problem(f"{path}.target", f"a {kind.name} of the baseline must be more than "
                                         f"{_short(kind.target_above)}, found {_short(target)}")

    baseline, baseline_on = None, None
    if isinstance(mapping.get("baseline"), dict) and "value" not in mapping["baseline"]:
        # the date only: the level the progress files give at that date is the baseline
        baseline_on = check.baseline_date(mapping["baseline"], f"{path}.baseline")
        if kind is not None and not kind.takes_baseline:
            check.problem(f"{path}.baseline", f"a {kind.name} starts from 0 and takes no baseline")
        elif baseline_on and start and baseline_on >= start:
            check.problem(f"{path}.baseline.date", f"{baseline_on} is not before the period starts ({start})")
        elif baseline_on and kind is not None and kind.yearly and (baseline_on.month, baseline_on.day) != (12, 31):
            check.problem(f"{path}.baseline.date", f"a yearly figure's baseline is a whole year's: date it "
                                                    f"{baseline_on.year}-12-31 (or give the year)")
    elif mapping.get("baseline") == UNKNOWN:  # not published: said so, never made up
        if kind is not None and not kind.takes_baseline:
            check.problem(f"{path}.baseline", f"a {kind.name} starts from 0 and takes no baseline")
    elif "baseline" in mapping:
        baseline = check.level(mapping["baseline"], f"{path}.baseline")
        if kind is not None and not kind.takes_baseline:
            check.problem(f"{path}.baseline", f"a {kind.name} starts from 0 and takes no baseline")
        elif baseline and start and baseline.date >= start:
            check.problem(f"{path}.baseline.date", f"{baseline.date} is not before the period starts ({start})")
        elif baseline and target is not None and kind is not None and kind.start(baseline.value) == baseline.value:
            # the target is a level, like the baseline: it must lie ahead of it
            if direction == DECREASE and baseline.value <= target:
                check.problem(f"{path}.baseline.value", f"{_short(baseline.value)} is already at or below the "
                                                         f"target {_short(target)}")
            elif direction != DECREASE and baseline.value >= target:
                check.problem(f"{path}.baseline.value",
                              f"{_short(baseline.value)} already reaches the target {_short(target)}")
    elif kind is not None and kind.needs_baseline:
        check.problem(path, f"a {kind.name} needs a baseline: its level at the end of the year before the period "
                            f"(`baseline: {{date: …, value: …}}`; `{{date: …}}` to take it from the progress files; "
                            f"or `baseline: {UNKNOWN}` where no source gives it)")

    categories = []
    if "breakdown" in mapping:
        if kind is not None and not kind.may_break_down:
            check.problem(f"{path}.breakdown", "only a count can be broken down into categories")
        categories = _breakdown(check, mapping["breakdown"], f"{path}.breakdown", target)

    region = None
    if "region" in mapping:
        region = _region_target(check, mapping["region"], f"{path}.region", kind)
        if region is not None and baseline is None and region.kind.takes_baseline and kind is not None \
                and kind.takes_baseline:
            check.problem(f"{path}.baseline", "the region counts new additions above the baseline: it must be known")

    history = []
    if "history" in mapping:
        for n, item in enumerate(check.sequence(mapping["history"], f"{path}.history")):
            record = check.mapping(item, f"{path}.history[{n}]", ("date", "value"), ("added",))
            if record is None:
                continue
            when = check.date(record["date"], f"{path}.history[{n}].date")
            value = check.number(record["value"], f"{path}.history[{n}].value", positive=False)
            added = record.get("added")
            if added is not None:
                added = check.number(added, f"{path}.history[{n}].added", positive=False)
            if when and value is not None:
                history.append(Reported(when, value, added))

    aspirational = check.flag(mapping["aspirational"], f"{path}.aspirational") if "aspirational" in mapping else False
    part_of = check.identifier(mapping["part_of"], f"{path}.part_of") if "part_of" in mapping else None
    value_unit = check.names(mapping["value_unit"], f"{path}.value_unit") if "value_unit" in mapping else None
    source = check.text(mapping["source"], f"{path}.source") if "source" in mapping else ""
    milestones = check.milestones(mapping["milestones"], f"{path}.milestones") if "milestones" in mapping else ()
    area_targets = _area_targets(check, mapping["area_targets"], f"{path}.area_targets", divisions, kind) \
        if "area_targets" in mapping else ()
    lead, partners = _units(check, mapping, path)
    if milestones and kind is not None and (kind.derived or not kind.paced):
        check.problem(f"{path}.milestones", f"a {kind.name} takes no milestones: a year's target is a count's "
                                             "or a level's")

    if (len(check.problems) > before or not (ident and name and unit) or kind is None
            or (target is None and not monitored) or direction is None or qualifier is None):
        return None
    return Indicator(ident, name, unit, kind, target, baseline, tuple(categories), region, tuple(history),
                     direction, qualifier, aspirational, part_of, value_unit, source or "", milestones, limit,
                     baseline_on, area_targets, lead, partners)


def _breakdown(check: _Checker, value: Any, path: str, target: Any) -> list[Category]:
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
            categories.append(Category(ident, name, share, milestones, lead, partners))
    # figures are exact as written: 0.1 + 0.2 + 0.3 is 0.6, which binary fractions would miss
    total = sum((c.target for c in categories), 0)
    if categories and target is not None and len(categories) == len(value) and total != target:
        check.problem(path, f"categories add up to {_short(total)}, the indicator's target is {_short(target)}")
    return categories


def _region_target(check: _Checker, value: Any, path: str, kind: Any) -> RegionTarget | None:
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


def _check_milestones(check: _Checker, indicators: list[Indicator], places: dict[str, int], start: dt.date | None,
                      end: dt.date | None, label: str) -> list[Note]:
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


def _check_names_unique(check: _Checker, indicators: list[Indicator]) -> None:
    """Progress files may name an indicator by id, zh or en name: each must point at one only."""
    owners: dict[str, str] = {}
    for indicator in indicators:
        for alias in {indicator.id.casefold(), indicator.name.zh.casefold(), indicator.name.en.casefold()}:
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
