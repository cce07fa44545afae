"""Finding an indicator or a category by what a progress file calls it: id, Chinese or English name."""

from __future__ import annotations

from ..model.notices import Listed, Note, note, quoted
from ..model.plan import Indicator, Plan
from .cells import CellError


class NameIndex:
    """Looks up indicators and categories by id, zh or en name; suggests near misses."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.indicators: dict[str, Indicator] = {}
        self.categories: dict[str, dict[str, str]] = {}
        for indicator in plan.indicators:
            for alias in (indicator.id, indicator.name.zh, indicator.name.en, *indicator.aliases):
                self.indicators[fold(alias)] = indicator
            self.categories[indicator.id] = {
                fold(alias): category.id
                for category in indicator.categories
                for alias in (category.id, category.name.zh, category.name.en)
            }
        # the hint for each unknown name, worked out once: a million rows that all misspell one
        # name must not run the similarity search a million times
        self._hints: dict[tuple[str, str], Note] = {}

    def indicator(self, cell: str) -> Indicator:
        found = self.indicators.get(fold(cell))
        if found is None:
            raise CellError("indicator_unknown", cell=quoted(cell.strip()), hint=self._hint(None, cell))
        return found

    def category(self, indicator: Indicator, cell: str) -> str | None:
        if not cell.strip():
            return None
        if not indicator.categories:
            raise CellError("category_not_allowed", cell=quoted(cell.strip()), name=indicator.name.zh, id=indicator.id)
        found = self.categories[indicator.id].get(fold(cell))
        if found is None:
            hint = self._hint(indicator, cell)
            raise CellError(
                "category_unknown", cell=quoted(cell.strip()), name=indicator.name.zh, id=indicator.id, hint=hint
            )
        return found


    def _hint(self, indicator: Indicator | None, cell: str) -> Note:
        """What a name not in the plan may have meant: an indicator's (None) or one of an indicator's categories."""
        key = (indicator.id if indicator else "", cell)
        hint = self._hints.get(key)
        if hint is not None:
            return hint
        if len(self._hints) >= _HINTS_KEPT:  # many different unknown names: memory stays bounded
            self._hints.clear()
        if indicator is None:
            hint = _suggest(cell, [(i.id, i.name.zh) for i in self.plan.indicators], self.indicators,
                            [i.name.en for i in self.plan.indicators])
            held = _level_for_additions(cell, hint, self.plan)
            if held is not None:  # 新认定高新技术企业 near 保有高新技术企业: never suggested as the level
                hint = note("additions_not_level", name=quoted(held.name.zh))
        else:
            hint = _suggest(cell, [(c.id, c.name.zh) for c in indicator.categories], self.categories[indicator.id],
                            [c.name.en for c in indicator.categories])
        self._hints[key] = hint
        return hint


_HINTS_KEPT = 1000
_LONGEST_COMPARED = 100  # a name is never longer; a 10 MB cell is compared by its start


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _level_for_additions(cell: str, hint: Note, plan: Plan) -> Indicator | None:
    """The level a name of additions was found close to (新认定高新技术企业, 保有高新技术企业): what was
    added is not what is held, and suggesting it would have the additions read as the level."""
    from ..model.columns import ADDITION_WORDS

    names = hint.params.get("names")
    if hint.code != "did_you_mean" or not isinstance(names, tuple) or not any(word in cell for word in ADDITION_WORDS):
        return None
    suggested = {str(name) for name in names}
    return next((i for i in plan.indicators if i.kind.levels and i.name.zh in suggested), None)


def _suggest(cell: str, choices: list[tuple[str, str]], aliases: dict, display_names: list[str]) -> Note:
    import difflib

    close = difflib.get_close_matches(fold(cell[:_LONGEST_COMPARED]), list(aliases), n=3, cutoff=0.5)
    if close:
        # name each match as the plan writes it, not in the folded form it was compared in
        shown = {fold(name): name for ident, zh in choices for name in (ident, zh)}
        shown.update({fold(name): name for name in display_names})
        # one suggestion for each indicator (or category) met, by the first of its names met: a
        # short form the plan gives (高企) is said by the plan's own name (保有高新技术企业)
        zh_of = dict(choices)
        owners: dict[str, str] = {}
        for c in close:
            owner = aliases[c]
            ident = owner if isinstance(owner, str) else owner.id
            owners.setdefault(ident, shown.get(c) or zh_of.get(ident) or c)
        # alternatives, joined by the word for "or" of the language they are said in
        names = tuple(quoted(name) for name in dict.fromkeys(owners.values()))
        return note("did_you_mean", names=names)
    return note("known", names=Listed(zh for _, zh in choices), ids=Listed(ident for ident, _ in choices))
