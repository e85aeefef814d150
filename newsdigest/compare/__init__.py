"""Align the statements of two or more reports.

The matcher scores every statement pair of every two reports; ``groups`` joins statements of
different reports into groups by average linkage of their "same fact" link scores
(``match.link``, ``match.group``; see ``groups``).
Each group has a tier (``same`` when every pair of its members reaches ``match.same`` and no
two members disagree), the mean score of its pairs, the words each member has that the others
lack, and the disagreements (figures, negation, direction, speaker, place) between members.
Statements in no group are the ones a report alone has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import LimitError, UsageError
from ..event import check_event
from ..model import Analysis, Comparison, Conflict, Group, Member, Tier
from .conflicts import group_conflicts
from .groups import Draft, Node, average_linkage, cross_pairs, link_score, pair_scores
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


def _text(analyses: Sequence[Analysis], node: Node) -> str:
    return analyses[node[0]].statements[node[1]].text


def _member(analyses: Sequence[Analysis], node: Node) -> Member:
    s = analyses[node[0]].statements[node[1]]
    return Member(s.article, s.index, s.text)


def _differing(members: list[Member]) -> tuple[tuple[str, ...], ...]:
    """For each member, the words no other member of its group has."""
    from ..match import unique_words

    if len(members) < 2:
        return tuple(() for _ in members)
    return tuple(tuple(w) for w in unique_words([m.text for m in members]))


def compare(analyses: Sequence[Analysis], config: Config,
            matcher: Matcher | None = None) -> Comparison:
    if len(analyses) < 2:
        raise UsageError(f"compare needs at least two articles, got {len(analyses)}")
    total = sum(len(a.statements) for a in analyses)
    limit = config.get_int("limits.max_statements")
    if total > limit:
        raise LimitError(
            f"{total} statements in {len(analyses)} articles is more than compare aligns at once "
            f"(limits.max_statements = {limit}); group them into stories with "
            "'newsdigest cluster' and compare one story with --story N"
        )
    if matcher is None:
        from ..match import Matcher

        matcher = Matcher(config)
    same = config.get_float("match.same")
    links = pair_scores(analyses, matcher, config.get_float("match.link"))
    drafts = average_linkage(links, [a.article.id for a in analyses],
                             config.get_float("match.group"))

    groups: list[Group] = []
    conflicts: list[Conflict] = []
    for draft in drafts:
        members = [_member(analyses, n) for n in draft.nodes]
        cross = cross_pairs(draft.nodes)
        weakest = float(matcher.score_pairs([(_text(analyses, u), _text(analyses, v))
                                             for u, v in cross]).min())
        linked = [(link_score(links, u, v), u, v) for u, v in cross
                  if link_score(links, u, v) > 0]
        found = group_conflicts(len(groups), members, linked, analyses)
        # statements that disagree on a figure, a negation, a direction, a speaker or a place do
        # not say the same thing, however many words they share: related at most, with the
        # conflict
        tier: Tier = "same" if weakest >= same and not found else "related"
        conflicts.extend(found)
        groups.append(Group(tier, round(draft.mean, 1), tuple(members), _differing(members)))

    conflicts.extend(_apart_conflicts(links, drafts, analyses))
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
                                date_window=config.get_int("cluster.date_window")),
        groups=tuple(groups),
        unique=unique,
        conflicts=tuple(conflicts + quote_conflicts),
        shared_quotes=shared_quotes,
        lone_quotes=lone_quotes,
        wire=wire_shares(analyses),
    )
