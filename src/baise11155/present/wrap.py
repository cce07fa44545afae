"""Text wrapped by terminal columns, as Chinese is set: a Chinese character takes two columns; a
line may break after any Chinese character or at a space, never inside a run of Latin letters,
digits or an option (UTF-8, --as-of, 2019-12-31); a closing mark (。，、；：）” and their
half-width kin) never starts a line and an opening one (（“[) never ends one. The help, the
lines above a table and the warnings on standard error are wrapped so at 80 columns."""

from __future__ import annotations

import re
import unicodedata

# what never starts a line: it stays with what it closes
CLOSING = set("。，、；：）」』》！？”’…,.;:!?)]}%")
# what never ends a line: it goes with what it opens
OPENING = set("（「『《“‘([{")
# a name and the figure after it in a list (权重：突破重大技术 2、转化科技成果 1) are one piece
_GLUED = r"[^ \t\n、，,；;：（）()]+ \d+(?:\.\d+)?(?=[、，,；;）)]|$)"
# an option's value (value=完成情况) is typed as one piece
_VALUE = r"[A-Za-z0-9_\-.]+=[^ \t\n，。；、（）]+"
_PIECES = re.compile(_GLUED + "|" + _VALUE + r"|[A-Za-z0-9_\-./=:`'\[\]|@%+<>~#*−]+|[ \t\n]+|.")


def columns_of(text: str) -> int:
    """The terminal columns a text takes: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_wide(text: str, width: int, later: int | None = None) -> list[str]:
    """Lines of at most `width` terminal columns (`later` for the lines after the first; more only
    where one piece is longer). A closing mark that does not fit takes the piece before it down
    with it; an opening mark goes down with the piece after it."""
    lines: list[list[str]] = [[]]
    used = 0
    pieces = _PIECES.findall(text)
    for n, piece in enumerate(pieces):
        line = lines[-1]
        if piece.isspace():
            if line and used + 1 <= width:
                line.append(" ")
                used += 1
            continue
        size = columns_of(piece)
        following = pieces[n + 1] if n + 1 < len(pieces) else ""
        needed = size + (columns_of(following) if piece in OPENING and not following.isspace() else 0)
        alone = len([p for p in line if not p.isspace()]) == 1
        if used + needed > width and line and not (piece in CLOSING and alone):
            # (a closing mark after a piece alone on its line hangs beside it: nothing to bring down)
            carried: list[str] = []
            if piece in CLOSING:  # it may not start a line: what it closes comes down with it
                while len(line) > 1:
                    last = line.pop()
                    if last.isspace():
                        continue
                    carried.insert(0, last)
                    if last not in CLOSING:
                        break
            lines.append(carried)
            width = later if later is not None else width
            used = sum(columns_of(p) for p in carried)
        lines[-1].append(piece)
        used += size
    return [said for said in ("".join(line).rstrip() for line in lines) if said]


# a name's clauses: it may break after its ，；、： and before its （ (二季度：/ 6月底前完成申报材料 / （未完成）)
_CLAUSE = re.compile("（?[^，；、：（]+[，；、：]?|[，；、：（]")


WHOLE_CLAUSE_MOST = 32  # columns: a clause up to sixteen characters is a name's part, kept whole
BROKEN_LEAST = 8  # columns: a longer run (a sentence, not a name) may break, but keeps four characters a line


def least_columns(text: str) -> int:
    """The narrowest a table's column can be for a Chinese name: its longest clause whole, so a
    name breaks at its punctuation only (加快建设充满活力的创新示范区 stays whole, 组织重大技术攻关，
    / 解决产业技术瓶颈 breaks at its comma); a clause longer than sixteen characters is a sentence
    and may break, four characters a line at least."""
    sizes = [columns_of(clause) for clause in _CLAUSE.findall(text)]
    latin = [len(piece) for piece in _PIECES.findall(text) if columns_of(piece) == len(piece) and not piece.isspace()]
    # (a file's name in it, progress-2019.csv第24行, is never split either)
    return max([size if size <= WHOLE_CLAUSE_MOST else BROKEN_LEAST for size in sizes] + latin, default=0)


def balanced(text: str, width: int) -> str:
    """A table cell's text in as few lines as `width` allows, the lines as even as they can be
    (突破重大 / 技术, not 突破重大技 / 术), broken by `wrap_wide`'s rules; the lines joined by
    newlines for the table to draw as they are."""
    if columns_of(text) <= width or columns_of(text) == len(text):
        return text  # (English is wrapped by the table at its spaces)
    fewest = len(wrap_wide(text, width))
    clauses = _CLAUSE.findall(text)  # a name of two clauses (加强组织领导，落实目标任务) breaks at its comma
    if len(clauses) > 1 and all(columns_of(clause) <= width for clause in clauses):
        lines = [""]
        for clause in clauses:
            if lines[-1] and columns_of(lines[-1] + clause) > width:
                lines.append("")
            lines[-1] += clause
        return "\n".join(lines)  # at its punctuation only, never inside a word (充满活 / 力)
    for target in range(max((columns_of(text) + fewest - 1) // fewest, 1), width + 1):
        lines = wrap_wide(text, target)
        if len(lines) <= fewest:
            return "\n".join(lines)
    return "\n".join(wrap_wide(text, width))


def wrap_lines(text: str, width: int, indent: str = "  ") -> str:
    """Each line of a text wrapped to `width` columns, the lines it is broken into indented."""
    out = []
    for given in text.split("\n"):
        wrapped = wrap_wide(given, width, width - columns_of(indent)) or [""]
        out += [wrapped[0]] + [indent + line for line in wrapped[1:]]
    return "\n".join(out)
