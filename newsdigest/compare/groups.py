"""Statement groups across reports: which statements of different reports say the same thing.

Every statement pair of every two reports gets the "same fact" link score (``pair_scores``,
``Matcher.link_matrix``: P(the two report the same happening or fact) x 100). Groups are
built by average linkage: starting from single statements, the best remaining link joins two
groups when the mean link over their pairs of statements from different reports (a link below
``match.link`` counts 0) reaches the linkage threshold (``match.group``) and most of those
pairs are linked. So a statement joins a group because it says what the group says, not
because it is near one member: no chains of unrelated statements. A report that says in two
sentences what another says in one has both in the group (statements of one report are never
scored against each other)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from ..model import Analysis

if TYPE_CHECKING:
    from ..match import Matcher

Node = tuple[int, int]  # (article index, statement index)


@dataclass(frozen=True)
class Draft:
    """A group before it is explained: its nodes (in report order) and the mean link over its
    pairs of members from different reports."""

    nodes: tuple[Node, ...]
    mean: float


Pairs = dict[tuple[Node, Node], float]
MIN_WORDS = 3  # a statement of fewer words (a fragment, a time stamp) joins no group
_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def pair_scores(analyses: Sequence[Analysis], matcher: Matcher, cutoff: float) -> Pairs:
    """Link scores (0-100) of statement pairs from different reports, at or above
    ``cutoff`` (``match.link``), keyed by the node pair in order.

    The link is the matcher's "same fact" score (``match.link``), the rarity taken over all
    statements compared: what is rare in this coverage tells one fact from another (tuned on
    ECB+ events: ``python -m newsdigest.eval groups``)."""
    from ..match.link import rarity

    starts = [0]
    for analysis in analyses:
        starts.append(starts[-1] + len(analysis.statements))
    texts = [s.text for x in analyses for s in x.statements]
    vectors = rarity(texts)
    links: Pairs = {}
    for a, b in combinations(range(len(analyses)), 2):
        xs = range(starts[a], starts[a + 1])
        ys = range(starts[b], starts[b + 1])
        if not xs or not ys:
            continue
        link = matcher.link_matrix(texts, vectors, xs, ys)
        short_x = [i for i, k in enumerate(xs) if _words(texts[k]) < MIN_WORDS]
        short_y = [j for j, k in enumerate(ys) if _words(texts[k]) < MIN_WORDS]
        link[short_x, :] = 0.0  # 'ET', 'Updated 5: 40': no statement to share
        link[:, short_y] = 0.0
        rows, cols = (link >= cutoff).nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            links[((a, i), (b, j))] = float(link[i, j])
    return links


def average_linkage(scores: Pairs, keys: Sequence[str], threshold: float) -> list[Draft]:
    """Groups of two or more nodes (see the module doc). ``keys[a]`` orders report ``a``
    (its article id) so that ties are broken the same whatever the input order."""

    def order(n: Node) -> tuple[str, int]:
        return keys[n[0]], n[1]

    links = sorted(scores.items(), key=lambda kv: (-kv[1], order(kv[0][0]), order(kv[0][1])))
    group_of: dict[Node, int] = {}
    members: dict[int, list[Node]] = {}
    next_id = 0
    for (x, y), _ in links:
        gx, gy = group_of.get(x), group_of.get(y)
        if gx is not None and gx == gy:
            continue
        mx = members[gx] if gx is not None else [x]
        my = members[gy] if gy is not None else [y]
        cross = [link_score(scores, u, v) for u in mx for v in my if u[0] != v[0]]
        if not cross or sum(cross) / len(cross) < threshold:
            continue
        if 2 * sum(1 for c in cross if c > 0) <= len(cross):
            continue  # most pairs must be related: no joining through one member
        for g in (gx, gy):
            if g is not None:
                del members[g]
        members[next_id] = mx + my
        for n in members[next_id]:
            group_of[n] = next_id
        next_id += 1
    drafts = []
    for nodes in members.values():
        ordered = tuple(sorted(nodes))
        pair = [link_score(scores, u, v) for u, v in cross_pairs(ordered)]
        drafts.append(Draft(ordered, sum(pair) / len(pair)))
    return sorted(drafts, key=lambda d: d.nodes[0])


def cross_pairs(nodes: Sequence[Node]) -> list[tuple[Node, Node]]:
    """The pairs of ``nodes`` from different reports."""
    return [(u, v) for u, v in combinations(nodes, 2) if u[0] != v[0]]


def link_score(scores: Pairs, u: Node, v: Node) -> float:
    return scores.get((u, v) if u < v else (v, u), 0.0)
