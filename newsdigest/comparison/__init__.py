"""Align the statements of two or more reports.

The matcher scores every statement pair of every two reports; ``groups`` joins statements of
different reports into groups by average linkage of their "same fact" link scores
(``match.link``, ``match.group``; see ``groups``).
Each group has a tier (``same`` when every pair of its members reaches ``match.same`` and no
two members disagree), the mean score of its pairs, the words each member has that the others
lack, and the disagreements (figures, negation, direction, speaker, place) between members;
beside the groups, the ages two reports give one person (``ages``).
Statements in no group are the ones a report alone has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..event import check_event
from ..model import Analysis, Comparison, Conflict, Member
from .ages import age_conflicts
from .conflicts import group_conflicts
from .groups import Draft, Node, grouping
from .groups import group_statements as group_statements  # the groups alone
from .quotes import quote_ledger
from .wire import wire_shares

if TYPE_CHECKING:
    from ..match import Matcher

STRONG_LINK = 60.0  # a link this strong is the same statement, whatever groups it ended in


def _apart_conflicts(links: dict[tuple[Node, Node], float], drafts: Sequence[Draft],
                     analyses: Sequence[Analysis]) -> list[Conflict]:
    """Disagreements between nearly identical statements that average linkage put in
    different groups (each joined another group first): the same sentence with one figure
    changed or one claim denied is a conflict a reader must see. ``group`` is null."""
    group_of = {n: k for k, d in enumerate(drafts) for n in d.nodes}
    apart = [(score, u, v) for (u, v), score in sorted(links.items())
             if score >= STRONG_LINK and (u not in group_of or group_of.get(u) != group_of.get(v))]
    return group_conflicts(None, [], apart, analyses) if apart else []


def compare(analyses: Sequence[Analysis], config: Config,
            matcher: Matcher | None = None) -> Comparison:
    g = grouping(analyses, config, matcher)  # the groups, as group_statements gives them
    links, drafts, groups, conflicts = g.links, g.drafts, g.groups, list(g.conflicts)
    conflicts.extend(_apart_conflicts(links, drafts, analyses))
    conflicts.extend(age_conflicts(analyses, conflicts))
    grouped = {n for d in drafts for n in d.nodes}
    unique = tuple(
        Member(s.article, s.index, s.text)
        for ai, a in enumerate(analyses)
        for s in a.statements
        if (ai, s.index) not in grouped
    )
    aligned = [
        sum(1 for s in a.statements if (ai, s.index) in grouped) / max(1, len(a.statements))
        for ai, a in enumerate(analyses)
    ]
    shared_quotes, lone_quotes, quote_conflicts = quote_ledger(analyses)
    return Comparison(
        articles=tuple(analyses),
        event_check=check_event(analyses, aligned,
                                date_window=config.cluster.date_window),
        groups=tuple(groups),
        unique=unique,
        conflicts=tuple(conflicts + quote_conflicts),
        shared_quotes=shared_quotes,
        lone_quotes=lone_quotes,
        wire=wire_shares(analyses),
    )
