"""Area names (a county, a city, the region) as they are compared: one rule, `area_key`, for every
place that matches a file's county or area cell to the plan's areas, to the city as a whole, or
to a city's own plan.

Offices write one area many ways: 右江区 and 右江, 隆林各族自治县 and 隆林县, 靖西县 (before 2015)
and 靖西市, 百色市右江区 with the city before it, Ｂａｉｓｅ in full-width letters, Baise City. Each
folds to one key: 右江, 隆林, 靖西, baise.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

# what follows an area's own name: an autonomous county's (or region's) peoples and 自治县, or
# 县, 区, 市 alone — leaving at least two characters, the shortest name of a place (城区 stays)
_CHINESE_SUFFIX = re.compile(r"^(.{2,}?)(?:(?:.{1,3}?族)+自治[县区州旗]|自治[县区州旗]|[县区市])$")
_ENGLISH_SUFFIX = re.compile(r"\s+(?:autonomous\s+)?(?:city|county|district)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # a file names a few areas on many rows
def area_key(name: str, within: str = "") -> str:
    """An area's name as names are compared: full-width letters and spaces folded, case ignored,
    the kind of area after the name left out (区, 县, 市, 各族自治县; City, County, District), and
    the area it lies `within` before it too (百色市右江区 within 百色市 is 右江)."""
    folded = _folded(_ENGLISH_SUFFIX.sub("", unicodedata.normalize("NFKC", name).strip()))
    if within:
        for prefix in (_folded(within), area_key(within)):
            if prefix and folded.startswith(prefix):
                folded = folded[len(prefix):] or folded  # (the area itself is itself)
                break
    short = _CHINESE_SUFFIX.match(folded)
    return short.group(1) if short else folded


def names_an_area(name: str) -> bool:
    """Whether a name ends as the name of a place does (右江区, 隆林各族自治县, Baise City): what
    `area_key` leaves out after it."""
    return area_key(name) != _folded(name)


CITIES, COUNTIES = "cities", "counties"  # what a set of areas is, by the names they end with (`areas_kind`)
_CITY = re.compile(r"(?:市|\scity)$", re.IGNORECASE)
_COUNTY = re.compile(r"(?:[县区旗]|\s(?:county|district))$", re.IGNORECASE)


def areas_kind(names: Iterable[str]) -> str | None:
    """What a set of areas is, as its names say: CITIES where each ends in 市 (南宁市, 柳州市),
    COUNTIES where each ends in 县, 区, 旗 or 市 and not all in 市 (右江区, 平果市: a county-level
    city is one of a city's counties), None where a name says neither (a 地区 column's 广西东部)."""
    kinds = set()
    for name in names:
        written = unicodedata.normalize("NFKC", name).strip()
        kinds.add(CITIES if _CITY.search(written) else COUNTIES if _COUNTY.search(written) else None)
    if not kinds or None in kinds:
        return None
    return CITIES if kinds == {CITIES} else COUNTIES


def _folded(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


class AreaNames:
    """Names of one area, and whether a cell names it however it is written (`name in names`);
    iterated, the names as given."""

    __slots__ = ("keys", "names")

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)
        self.keys = frozenset(area_key(name) for name in self.names)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and area_key(name) in self.keys

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __repr__(self) -> str:
        return f"AreaNames({self.names!r})"
