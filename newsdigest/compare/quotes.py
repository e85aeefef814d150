"""The quote ledger: the same quotation in several reports, quotations one report alone has,
and quotations that are recognisably the same but worded differently."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Conflict, Member

QUOTE_SAME = 90.0  # rapidfuzz ratio at which two quotations are the same words
QUOTE_RELATED = 60.0  # ... are the same quotation worded differently


def quote_ledger(analyses: Sequence[Analysis]) -> tuple[tuple[tuple[Member, ...], ...],
                                                  tuple[Member, ...], list[Conflict]]:
    """Direct quotations found in several reports, those only one has, and quotations that
    are recognisably the same but worded differently."""
    from rapidfuzz import fuzz, utils

    quotes = [
        (ai, Member(a.article.id, q.statement, q.text, q.speaker))
        for ai, a in enumerate(analyses)
        for q in a.quotes
        if q.kind == "direct"
    ]
    shared: list[tuple[Member, ...]] = []
    conflicts: list[Conflict] = []
    matched: set[int] = set()
    for n, (ai, q) in enumerate(quotes):
        same = [q]
        for m in range(n + 1, len(quotes)):
            aj, r = quotes[m]
            if aj == ai or m in matched:
                continue
            score = fuzz.ratio(q.text, r.text, processor=utils.default_process)
            if score >= QUOTE_SAME:
                same.append(r)
                matched.add(m)
            elif score >= QUOTE_RELATED:
                matched.update((n, m))
                detail = f"worded differently ({score:.0f})"
                conflicts.append(Conflict("quote", None, detail, (q, r)))
        if len(same) > 1:
            matched.add(n)
            shared.append(tuple(same))
    lone = tuple(q for n, (_, q) in enumerate(quotes) if n not in matched)
    return tuple(shared), lone, conflicts
