"""The plan: its indicators, their breakdowns and their regional counterparts.

Immutable records (cheap to define, so start-up stays fast); `targets_file.load_plan` builds them from YAML. The project codes
("11155", "三百二千") are derived here from the targets, never typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from .areas import AreaNames, area_key
from .kinds import Kind, Number


@dataclass(frozen=True, slots=True)
class Names:
    """A name in Chinese and in English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The name in a language of the catalogue's (`present.words.LANGS`), by the field of its name."""
        name: str = getattr(self, lang)
        return name


@dataclass(frozen=True, slots=True)
class Level:
    """A level measured at a date (a baseline, or a reported figure), and where it was published."""

    date: dt.date
    value: Number
    source: str = ""


@dataclass(frozen=True, slots=True)
class Reported:
    """A figure the plan itself reports (e.g. 41 held at the end of 2018, 12 of them new)."""

    date: dt.date
    value: Number
    added: Number | None = None


# a year's target (年度目标): (year, target) in year order; for a count what that year adds, for a
# level-like kind the level at the year's end
Milestones = tuple[tuple[int, Number], ...]


@dataclass(frozen=True, slots=True)
class Category:
    """One part of an indicator's breakdown (e.g. 中高端铝 2 of the 10 breakthroughs)."""

    id: str
    name: Names
    target: Number
    milestones: Milestones = ()
    lead: Names | None = None  # the unit that leads the work (牵头单位)
    partners: tuple[Names, ...] = ()  # the units that share it (责任单位)


@dataclass(frozen=True, slots=True)
class Division:
    """An area the plan splits its targets to (任务分解): a county (县区) in a city's plan, a city in
    a region's."""

    id: str
    name: Names

    def aliases(self) -> set[str]:
        """How a file may name it: its id or either name, as `area_key` folds them (右江 is 右江区)."""
        return {area_key(name) for name in (self.id, self.name.zh, self.name.en)}


@dataclass(frozen=True, slots=True)
class AreaTarget:
    """An indicator's target for one division, and that division's own baseline where given."""

    area: str  # a Division's id
    target: Number
    baseline: Number | None = None


@dataclass(frozen=True, slots=True)
class Ranking:
    """How the divisions are ranked: the weighted mean of their completions, each capped."""

    weights: tuple[tuple[str, Number], ...] = ()  # indicator id -> weight; 1 for those not named
    cap: Number | None = 1  # the highest completion counted (1 = 100 %); None: no cap


@dataclass(frozen=True, slots=True)
class RegionTarget:
    """The regional target an indicator contributes to, on the region's own basis."""

    target: Number
    kind: Kind  # kinds.COUNT or kinds.INCREASE
    baseline: Level | None = None  # the region's level at the baseline date, if known


@dataclass(frozen=True, slots=True)
class RatioParts:
    """A ratio made of two other indicators of the plan (研发经费投入强度 = 研发经费 ÷ 地区生产总值 × 100):
    an area's ratio is its numerator ÷ its denominator × scale; the ratio of several areas together
    is Σ numerators ÷ Σ denominators × scale, never a mean of their ratios."""

    numerator: str  # an indicator's id
    denominator: str  # an indicator's id
    scale: Number = 1  # 100 for a percentage, 10000 for a figure per 10,000


# the units of things counted one by one: a row with no figure is one of them
COUNT_UNITS = frozenset(["项", "个", "家", "人", "名", "件", "支", "台", "套", "篇", "次", "所", "座", "个团队",
                         "人(个)", "人（个）"])
INCREASE, DECREASE = "increase", "decrease"  # directions: higher is better, or lower is
BINDING, EXPECTED = "binding", "expected"  # a five-year plan's attributes: 约束性 (binding), 预期性 (expected)
CURRENT, COMPARABLE = "current", "comparable"  # a growth's prices: 按现价, 按可比价 (with inflation taken out)
AT_LEAST, ABOVE = "at_least", "above"  # qualifiers: met when reached (以上、不低于、达), or passed (突破、超过、高于)


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name: Names
    unit: Names  # the target's unit
    kind: Kind  # one of kinds.KINDS
    target: Number | None  # None: monitored only (监测指标), its figure reported and never judged
    baseline: Level | None = None  # the level at the end of the year before the period (a stock's must be given)
    categories: tuple[Category, ...] = ()
    region: RegionTarget | None = None
    history: tuple[Reported, ...] = ()
    direction: str = INCREASE
    qualifier: str = AT_LEAST
    aspirational: bool = False  # 力争: reported, and not counted among those behind
    part_of: str | None = None  # the indicator this one is part of (其中): shown under it, never added to it
    value_unit: Names | None = None  # the unit of the values in progress files, when not the target's (a change in pp of a %)
    source: str = ""  # where the target was published
    milestones: Milestones = ()
    limit: Number | None = None  # a natural limit (100 %), for Open SDG's measure of an indicator without a target
    baseline_on: dt.date | None = None  # a baseline given by its date only: the level the files give then
    area_targets: tuple[AreaTarget, ...] = ()  # the targets split to the plan's divisions (任务分解)
    lead: Names | None = None  # the unit that leads the work (牵头单位)
    partners: tuple[Names, ...] = ()  # the units that share it (责任单位)
    aliases: tuple[str, ...] = ()  # other names files may give it (a city plan's, in a roll-up)
    parts: RatioParts | None = None  # a ratio computed from two other indicators' figures
    attribute: str | None = None  # BINDING (约束性) or EXPECTED (预期性), where the plan says
    prices: str | None = None  # a growth's: CURRENT or COMPARABLE (按可比价), where the plan says
    # the name as a sentence says it, a noun phrase (重大技术突破 for 突破重大技术), where the plan gives one
    short: Names | None = None

    def said(self, lang: str) -> str:
        """The name inside a sentence: the short form where the plan gives one, else the name."""
        return (self.short or self.name).get(lang)

    def for_area(self, area: str) -> Indicator:
        """The indicator as one division sees it: its own target (or none: its figure is watched),
        its own baseline where given (else its files' level at the baseline's date), no breakdown,
        no milestones, no region."""
        mine = next((t for t in self.area_targets if t.area == area), None)
        base_date = self.base_date if self.kind.takes_baseline else None
        baseline = Level(base_date, mine.baseline) if mine is not None and mine.baseline is not None \
            and base_date is not None else None
        return replace(self, target=mine.target if mine is not None else None, baseline=baseline,
                            baseline_on=base_date if baseline is None else None, categories=(), region=None,
                            milestones=(), qualifier=self.qualifier if mine is not None else AT_LEAST,
                            aspirational=self.aspirational and mine is not None)

    @property
    def monitored(self) -> bool:
        """An indicator with no target (监测指标): its figure is reported, never judged."""
        return self.target is None

    @property
    def base_date(self) -> dt.date | None:
        """The baseline's date, whether the plan gives its value or only its date."""
        return self.baseline.date if self.baseline is not None else self.baseline_on

    @property
    def values_unit(self) -> Names:
        """The unit the progress files give values in."""
        return self.value_unit or self.unit

    @property
    def measured(self) -> bool:
        """Whether each row needs its figure: a ratio, an amount of money, an output. Things counted
        (项, 个, 家 …) may be listed one row each, a blank figure being 1."""
        return not (self.kind.counts_rows and self.values_unit.zh in COUNT_UNITS)

    @property
    def region_basis_target(self) -> Number | None:
        """The city's target counted the way the region counts it.

        For a stock compared with a regional increase (新增) that is the rise the plan asks
        for: 50 held - 29 at the baseline = 21 new high-tech enterprises.
        """
        if self.region is None or self.target is None:
            return None
        baseline = self.baseline.value if self.baseline is not None else None
        return self.kind.on_region_basis(self.target, baseline, self.region.kind)


@dataclass(frozen=True, slots=True)
class Area:
    """Who a plan belongs to: the city, or the region it reports to."""

    id: str
    name: Names
    project: Names
    area: Names


@dataclass(frozen=True, slots=True)
class PlanTask:
    """One task of the plan (`model.tasks`): a main task, one of its specific tasks, or a safeguard."""

    id: str
    name: Names
    group: str  # tasks.TASK, tasks.PART or tasks.MEASURE
    parent: str | None = None  # a specific task's main task's id
    lead: Names | None = None  # 牵头单位 (the first unit named leads)
    partners: tuple[Names, ...] = ()  # 配合单位


DIGITS, COUNTS = "digits", "counts"  # how a project's code is made from its targets: "11155", "三百二千"
# how 时间进度 is counted: by completed months, as supervision offices count (two of three years =
# 24/36 = 66.7 %, the end of November = 11/12 = 91.7 %), or by days (a plan's setting)
MONTHS, DAYS = "months", "days"
SCHEDULE_BASES = (MONTHS, DAYS)
# 严重滞后: behind the schedule by more than this many percentage points (a plan may set its own)
FAR_BEHIND_POINTS = 20


_INDEXES: dict[int, tuple[tuple[Division, ...], dict[str, Division]]] = {}


def _by_alias(divisions: tuple[Division, ...]) -> dict[str, Division]:
    """Each division by its aliases; made once for one tuple of divisions, which a plan and the
    copies made of it for each area (`for_area`) share."""
    known = _INDEXES.get(id(divisions))
    if known is not None and known[0] is divisions:
        return known[1]
    by_alias: dict[str, Division] = {}
    for division in reversed(divisions):  # the first division of an alias is the one found
        by_alias.update(dict.fromkeys(division.aliases(), division))
    _INDEXES[id(divisions)] = (divisions, by_alias)  # (the tuple kept, so that its id is not reused)
    return by_alias


@dataclass(frozen=True, slots=True)
class Plan:
    city: Area
    region: Area | None  # the level above (Guangxi for Baise); None for a plan with none given
    start: dt.date
    end: dt.date
    sources: tuple[Names, ...]
    indicators: tuple[Indicator, ...]
    path: str = ""  # where it was loaded from, for messages
    code_style: str | None = None  # DIGITS, COUNTS, or None: a project known by its name, not a code
    warnings: tuple = ()  # notes about the plan that do not stop it being used (milestones short of the target)
    divisions: tuple[Division, ...] = ()  # the areas targets are split to (县区), in the plan's order
    ranking: Ranking = Ranking()
    tasks: tuple[PlanTask, ...] = ()  # its tasks and safeguards (主要任务、具体任务、保障措施), for a ledger
    schedule_basis: str = MONTHS  # how 时间进度 is counted
    far_behind_points: Number = FAR_BEHIND_POINTS  # behind by more than this: 严重滞后
    document: Names | None = None  # the title of the document that set the plan, as a report cites it (根据《…》)
    # each division by its aliases, made once (a plan of thousands of areas is looked up once a row)
    division_by_alias: dict[str, Division] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "division_by_alias", _by_alias(self.divisions))

    def division(self, named: str) -> Division | None:
        """The division a file's county cell names, if it is one of the plan's: spaces and full-width
        letters aside, and the city's name before it (百色市右江区) too."""
        found = self.division_by_alias.get(area_key(named))
        if found is not None:
            return found  # (百色高新区 is a division's own name, not the city's and a division's)
        return self.division_by_alias.get(area_key(named, within=self.city.area.zh))

    def for_area(self, area: str | None) -> Plan:
        """The plan as one division sees it (see `Indicator.for_area`); None: an area the plan does
        not split targets to, every figure watched."""
        return replace(self, indicators=tuple(i.for_area(area or "") for i in self.indicators), region=None)

    @property
    def has_area_targets(self) -> bool:
        return any(i.area_targets for i in self.indicators)

    @property
    def id(self) -> str:
        return self.city.id

    @property
    def whole_area_names(self) -> AreaNames:
        """What a county cell says when a row is the whole city's (a stock's level for the city),
        however it is written (`county in plan.whole_area_names`)."""
        area = self.city.area
        return AreaNames(("", "全市", "全市合计", "市合计", area.zh, area.en))

    @property
    def baseline_year(self) -> int:
        """The year whose closing level is a stock's baseline (基期): the one before the period."""
        return self.start.year - 1

    @property
    def days(self) -> int:
        """Days in the period, first and last included."""
        return (self.end - self.start).days + 1

    @property
    def code(self) -> str | None:
        """The project's code, made from its targets as the plan says: the leading digit of each,
        "11155" for 10/10/10/50/50; or counted by size, "三百二千" for 100/100/100/1000/1000."""
        targets = [i.target for i in self.indicators if i.target is not None]  # those monitored have none
        if not targets:
            return None  # every indicator watched: no targets to make a code of
        if self.code_style == DIGITS:
            return city_code(targets)
        if self.code_style == COUNTS:
            return region_code(targets)
        return None

    @property
    def region_code(self) -> str | None:
        """The region's code, "三百二千" for 100/100/100/1000/1000."""
        if self.region is None:
            return None
        return region_code([i.region.target for i in self.indicators if i.region is not None])

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)


_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_POWERS = {1: "十", 2: "百", 3: "千", 4: "万"}


def city_code(targets: list[Number]) -> str:
    """Concatenate the leading digit of each target: 10, 10, 10, 50, 50 -> "11155"."""
    return "".join(_leading_digit(t) for t in targets)


def _leading_digit(target: Number) -> str:
    digits = str(int(target)).lstrip("0")
    return digits[0] if digits else "0"


def region_code(targets: list[Number]) -> str | None:
    """Count the round targets by size: 100, 100, 100, 1000, 1000 -> "三百二千".

    Each target must be a power of ten (十, 百, 千, 万); sizes are named in order of first
    appearance. Returns None when the targets do not make such a code.
    """
    counts: dict[int, int] = {}
    for target in targets:
        power = _power_of_ten(target)
        if power is None:
            return None
        counts[power] = counts.get(power, 0) + 1
    if not counts or any(n >= 10 for n in counts.values()):
        return None
    return "".join(_CHINESE_DIGITS[n] + _CHINESE_POWERS[p] for p, n in counts.items())


def _power_of_ten(target: Number) -> int | None:
    if target != int(target):
        return None
    text = str(int(target))
    if text[0] != "1" or text.strip("0") != "1":
        return None
    power = len(text) - 1
    return power if power in _CHINESE_POWERS else None
