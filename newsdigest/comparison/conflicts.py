"""The disagreements inside a group of aligned statements: for every aligned pair, what
``match.disagreements`` finds (a figure of the same quantity in the same role with another
value, a claim one report denies, rose vs fell, another speaker or place for the same words),
each once per group (whichever report gives which value), with the two statements as
members. Two values one report itself gives in the group (a live blog's earlier and later
update: 'Kasich has 63', then 'Kasich has 129') are no disagreement between reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Analysis, Conflict, Figure, Member

Node = tuple[int, int]  # (article index, statement index)


def _figures(analysis: Analysis, statement: int) -> list[Figure] | None:
    """The extracted figures of one statement; None (read them from the text) when the
    analysis carries no figures at all (a hand-built one)."""
    if not analysis.figures:
        return None
    return [f for f in analysis.figures if f.statement == statement]


def _cased(analysis: Analysis) -> frozenset[str]:
    """The words (lower case) the report writes capitalised inside a sentence: its names,
    which tell 'Bush' opening 'Bush missed four games' from a common word opening one."""
    return _cased_words(tuple(s.text for s in analysis.statements))


@lru_cache(maxsize=256)
def _cased_words(texts: tuple[str, ...]) -> frozenset[str]:
    from ..match.normalize import tokenize

    return frozenset(t.text.lower() for text in texts for t in tokenize(text) if t.capital)


def group_conflicts(group_no: int | None, members: Sequence[Member],
                    links: Sequence[tuple[float, Node, Node]],
                    analyses: Sequence[Analysis]) -> list[Conflict]:
    """The conflicts of group ``group_no`` from its ``links`` (aligned statement pairs)."""
    from ..match import disagreements

    out: list[Conflict] = []
    seen: set[str] = set()
    for _, x, y in links:
        sx, sy = analyses[x[0]].statements[x[1]], analyses[y[0]].statements[y[1]]
        mx, my = Member(sx.article, sx.index, sx.text), Member(sy.article, sy.index, sy.text)
        found = disagreements(sx.text, sy.text, _figures(analyses[x[0]], x[1]),
                              _figures(analyses[y[0]], y[1]),
                              (_cased(analyses[x[0]]), _cased(analyses[y[0]])))
        for detail in found:
            kind, _, rest = detail.partition(":")
            # 'seven vs 12' between two reports and '12 vs seven' between two others are one
            # disagreement of the group
            values = rest.strip().split(" vs ")
            key = f"{kind}|{sorted(values)}"
            told = kind == "figure" and any(_gives_both(members, article, values)
                                            for article in (sx.article, sy.article))
            if key in seen or told:
                continue
            seen.add(key)
            out.append(Conflict(kind.strip(), group_no, rest.strip() or detail, (mx, my)))
    return out


def figures_differ(analysis: Analysis, one: int, two: int) -> bool:
    """Do statements ``one`` and ``two`` of one report give one quantity two values?"""
    from ..match import disagreements

    x, y = analysis.statements[one], analysis.statements[two]
    cased = _cased(analysis)
    return any(d.startswith("figure:") for d in disagreements(
        x.text, y.text, _figures(analysis, one), _figures(analysis, two), (cased, cased)))


def _gives_both(members: Sequence[Member], article: str, values: Sequence[str]) -> bool:
    """Does report ``article`` itself give every one of ``values`` in the group's statements?"""
    texts = [m.text for m in members if m.article == article]  # '2' is not in '2 1/2 years'
    return all(any(re.search(rf"(?<![\w./]){re.escape(v)}(?!\w|[ -]?\d+/\d|[½¼¾])", t)
                   for t in texts) for v in values)
