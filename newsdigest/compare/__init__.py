"""Align the statements of two or more reports.

For every pair of reports the matcher scores all statement pairs at once; a one-to-one
alignment keeps the best pairs at or above the ``related`` threshold; aligned statements are
joined across reports into groups (connected components). Each group has a tier (``same`` when
every link reaches ``match.same``), the weakest link's score, the words each member has that
the others lack, and the disagreements (figures, negation, direction, speaker, place) between
members. Statements in no group are the ones a report alone has."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import LimitError, UsageError
from ..event import check_event
from ..model import Analysis, Comparison, Conflict, Group, Member, Tier
from .quotes import quote_ledger

if TYPE_CHECKING:
    from ..match import Matcher

Node = tuple[int, int]  # (article index, statement index)



class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, x: Node) -> Node:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def align(
    analyses: Sequence[Analysis], matcher: Matcher, related: float
) -> list[tuple[float, Node, Node]]:
    """One-to-one links between the statements of each pair of reports, best first."""
    links: list[tuple[float, Node, Node]] = []
    for a, b in combinations(range(len(analyses)), 2):
        xs = [s.text for s in analyses[a].statements]
        ys = [s.text for s in analyses[b].statements]
        if not xs or not ys:
            continue
        scores = matcher.matrix(xs, ys, cutoff=related)
        rows, cols = (scores >= related).nonzero()
        candidates = sorted(
            ((float(scores[i, j]), int(i), int(j)) for i, j in zip(rows, cols, strict=True)),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        used_x: set[int] = set()
        used_y: set[int] = set()
        for score, i, j in candidates:
            if i in used_x or j in used_y:
                continue
            used_x.add(i)
            used_y.add(j)
            links.append((score, (a, i), (b, j)))
    return links


def _member(analyses: Sequence[Analysis], node: Node) -> Member:
    s = analyses[node[0]].statements[node[1]]
    return Member(s.article, s.index, s.text)


def _conflicts(group_no: int, members: list[Member], links: list[tuple[float, Node, Node]],
               analyses: Sequence[Analysis]) -> list[Conflict]:
    from ..match import disagreements

    out: list[Conflict] = []
    seen: set[str] = set()
    for _, x, y in links:
        mx, my = _member(analyses, x), _member(analyses, y)
        for detail in disagreements(mx.text, my.text):
            kind, _, rest = detail.partition(":")
            key = f"{kind}|{rest.strip()}"
            if key in seen:
                continue
            seen.add(key)
            out.append(Conflict(kind.strip(), group_no, rest.strip() or detail, (mx, my)))
    return out


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
    same, related = config.get_float("match.same"), config.get_float("match.related")
    links = align(analyses, matcher, related)

    uf = _UnionFind()
    for _, x, y in links:
        uf.union(x, y)
    components: dict[Node, list[Node]] = {}
    for node in sorted(uf.parent):
        components.setdefault(uf.find(node), []).append(node)
    link_of: dict[Node, list[tuple[float, Node, Node]]] = {}
    for link in links:
        link_of.setdefault(uf.find(link[1]), []).append(link)

    groups: list[Group] = []
    conflicts: list[Conflict] = []
    for root, nodes in sorted(components.items(), key=lambda kv: kv[1][0]):
        glinks = link_of[root]
        members = [_member(analyses, n) for n in nodes]
        weakest = min(score for score, _, _ in glinks)
        found = _conflicts(len(groups), members, glinks, analyses)
        # statements that disagree on a figure, a negation, a direction, a speaker or a place do
        # not say the same thing, however many words they share: related at most, with the
        # conflict
        tier: Tier = "same" if weakest >= same and not found else "related"
        conflicts.extend(found)
        groups.append(Group(tier, round(weakest, 1), tuple(members), _differing(members)))

    grouped = {n for nodes in components.values() for n in nodes}
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
        event_check=check_event(analyses, aligned),
        groups=tuple(groups),
        unique=unique,
        conflicts=tuple(conflicts + quote_conflicts),
        shared_quotes=shared_quotes,
        lone_quotes=lone_quotes,
    )
