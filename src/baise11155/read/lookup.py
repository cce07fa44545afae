"""Finding an indicator or a category by what a progress file calls it: id, Chinese or English name."""

from __future__ import annotations

from ..model.notices import Note, note
from ..model.plan import Indicator, Plan
from .cells import CellError


class NameIndex:
    """Looks up indicators and categories by id, zh or en name; suggests near misses."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.indicators: dict[str, Indicator] = {}
        self.categories: dict[str, dict[str, str]] = {}
        for indicator in plan.indicators:
            for alias in (indicator.id, indicator.name.zh, indicator.name.en):
                self.indicators[fold(alias)] = indicator
            self.categories[indicator.id] = {
                fold(alias): category.id
                for category in indicator.categories
                for alias in (category.id, category.name.zh, category.name.en)
            }

    def indicator(self, cell: str) -> Indicator:
        found = self.indicators.get(fold(cell))
        if found is None:
            hint = _suggest(cell, [(i.id, i.name.zh) for i in self.plan.indicators], self.indicators,
                            [i.name.en for i in self.plan.indicators])
            raise CellError("indicator_unknown", cell=repr(cell.strip()[:40]), hint=hint)
        return found

    def category(self, indicator: Indicator, cell: str) -> str | None:
        if not cell.strip():
            return None
        if not indicator.categories:
            raise CellError("category_not_allowed", cell=repr(cell.strip()[:40]), name=indicator.name.zh, id=indicator.id)
        found = self.categories[indicator.id].get(fold(cell))
        if found is None:
            choices = [(c.id, c.name.zh) for c in indicator.categories]
            hint = _suggest(cell, choices, self.categories[indicator.id], [c.name.en for c in indicator.categories])
            raise CellError(
                "category_unknown", cell=repr(cell.strip()[:40]), name=indicator.name.zh, id=indicator.id, hint=hint
            )
        return found


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _suggest(cell: str, choices: list[tuple[str, str]], aliases: dict, display_names: list[str]) -> Note:
    import difflib

    close = difflib.get_close_matches(fold(cell), list(aliases), n=3, cutoff=0.5)
    if close:
        # name each match as the plan writes it, not in the folded form it was compared in
        shown = {fold(name): name for ident, zh in choices for name in (ident, zh)}
        shown.update({fold(name): name for name in display_names})
        # alternatives, joined by the word for "or" of the language they are said in
        names = tuple(repr(shown.get(c, c)) for c in dict.fromkeys(close))
        return note("did_you_mean", names=names)
    return note("known", names=", ".join(f"{ident} ({zh})" for ident, zh in choices))
