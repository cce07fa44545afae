"""A vintage cell (版本, 口径说明, 数据类型) read: 预测值, 快报 / 初步核算, 正式 / 最终核实, or the date
the figure was published (2022-09-30, 2022年9月)."""

from __future__ import annotations

from ..model.notices import quoted
from ..model.vintages import WORDS
from .cells import CellError, parse_when


def parse_vintage(text: str) -> str:
    """The vintage a cell says ("" when blank): a code of `model.vintages`, or an ISO date."""
    cell = text.strip()
    if not cell:
        return ""
    folded = cell.casefold()
    found = [(folded.find(word), vintage) for vintage, words in WORDS.items() for word in words if word in folded]
    if found:
        return min(found)[1]  # the first word written says it
    try:
        return parse_when(cell)[0].isoformat()
    except CellError:
        raise CellError("vintage_unknown", cell=quoted(cell)) from None
