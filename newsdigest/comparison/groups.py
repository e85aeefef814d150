"""Statement groups across reports: which statements of different reports say the same thing.

Every statement pair of every two reports gets the "same fact" link score (``pair_scores``,
``Matcher.link_matrix``: P(the two report the same happening or fact) x 100), lifted where the
two share telling figures (``match.figlinks``: '288 candidates' and '125 seats' in both), and
lifted to ``match.group`` where both print words of one shared quotation (``_quoted``). Groups are
built by average linkage: starting from single statements, the best remaining link joins two
groups when the mean link over their pairs of statements from different reports (a link below
``match.link`` counts 0) reaches the linkage threshold (``match.group``) and most of those
pairs are linked. So a statement joins a group because it says what the group says, not
because it is near one member: no chains of unrelated statements. A report that says in two
sentences what another says in one has both in the group (statements of one report are never
scored against each other), unless the two give different figures: 'With 107 delegates at
stake, she will win at least 56.' and 'With 214 delegates at stake, Clinton is assured of
winning at least 118.' in one report are two facts however alike their wording (a live blog's
state-by-state lines, copied by another outlet), never one group (``apart``).

A report's headline takes part as one more member (``HEADLINE``, statement -1; ``headline``):
headlines state the story's main fact, often in the same words. Headlines join once the
statements are grouped (the statements' groups are the same with or without them): a headline
joins the group of statements it fits as any statement would, else a statement alone or other
headlines, never two groups of statements together. A headline is no statement a report
alone has, no share of a report's statements aligned, and no conflict is read from it (no
figures are extracted from headlines); the tier is its statements' (a group of headlines
alone, or of one statement and headlines, takes theirs).

``group_statements`` gives the groups alone (what ``cluster`` lists as a story's shared
statements); ``compare`` calls ``grouping`` for the same groups with what it explains further
(the links, the drafts and the conflicts inside the groups), so both take one code path."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations, count
from typing import TYPE_CHECKING

from ..clean import is_timestamp
from ..model import HEADLINE, Analysis, Conflict, Group, Member, Tier
from .quotes import Ledger, marked_pairs, quote_ledger, quoted_pairs
from .wire import copied

if TYPE_CHECKING:
    from ..config import Config
    from ..match import Matcher

Node = tuple[int, int]  # (article index, statement index)


@dataclass(frozen=True)
class Draft:
    """A group before it is explained: its nodes (in report order) and the mean link over its
    pairs of members from different reports."""

    nodes: tuple[Node, ...]
    mean: float


Pairs = dict[tuple[Node, Node], float]
MIN_WORDS = 3  # a statement of fewer words and numbers joins no group ('ET', 'Updated 5: 40')
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER = re.compile(r"\d+")


def _words(text: str) -> int:
    """Words and numbers of a statement, or 0 when it has fewer than two words (a time stamp
    'Updated 5: 40' is no statement; 'She was 91.' is one)."""
    words = len(_WORD.findall(text))
    return 0 if words < 2 else words + len(_NUMBER.findall(text))


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def headline(analysis: Analysis) -> str | None:
    """The report's headline as a group member: None when it has fewer than ``MIN_WORDS``
    words, is only a time stamp, or one of the first statements repeats it."""
    title = " ".join((analysis.article.title or "").split())
    if _words(title) < MIN_WORDS or is_timestamp(title):
        return None
    key = _key(title)
    return None if any(_key(s.text) == key for s in analysis.statements[:3]) else title


def nodes(analysis: Analysis, a: int) -> list[tuple[Node, str]]:
    """Report ``a``'s nodes and their texts: its headline (``headline``), then its
    statements."""
    title = headline(analysis)
    first = [((a, HEADLINE), title)] if title is not None else []
    return first + [((a, s.index), s.text) for s in analysis.statements]


def pair_scores(analyses: Sequence[Analysis], matcher: Matcher, cutoff: float) -> Pairs:
    """Link scores (0-100) of statement pairs (headlines included: ``nodes``) from different
    reports, at or above ``cutoff`` (``match.link``), keyed by the node pair in order.

    The link is the matcher's "same fact" score (``match.link``), the rarity taken over all
    statements compared: what is rare in this coverage tells one fact from another (tuned on
    ECB+ events: ``python -m newsdigest.eval groups``)."""
    import numpy as np

    from ..match.link import rarity

    # the statements first, the headlines after them: the rarity is the statements' (a
    # headline repeats the story's main words, which would make them common)
    per = [nodes(x, a) for a, x in enumerate(analyses)]
    ordered = sorted(((n, t) for ns in per for n, t in ns), key=lambda nt: nt[0][1] == HEADLINE)
    flat = [n for n, _ in ordered]
    texts = [t for _, t in ordered]
    row = {n: k for k, n in enumerate(flat)}
    vectors = rarity(texts, sum(1 for n in flat if n[1] != HEADLINE))
    short = np.array([_words(t) < MIN_WORDS for t in texts], dtype=bool)
    links: Pairs = {}
    for a, b in combinations(range(len(analyses)), 2):
        xs = [row[n] for n, _ in per[a]]
        ys = [row[n] for n, _ in per[b]]
        if not xs or not ys:
            continue
        link = matcher.link_matrix(texts, vectors, xs, ys)
        link[short[xs], :] = 0.0  # 'ET', 'Updated 5: 40': no statement
        link[:, short[ys]] = 0.0
        rows, cols = (link >= cutoff).nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            links[(flat[xs[i]], flat[ys[j]])] = float(link[i, j])
    return links


def average_linkage(scores: Pairs, keys: Sequence[str], threshold: float,
                    apart: Callable[[Node, Node], bool] | None = None) -> list[Draft]:
    """Groups of two or more nodes (see the module doc). ``keys[a]`` orders report ``a``
    (its article id) so that ties are broken the same whatever the input order. Two groups
    never join when ``apart`` says a statement of one and a statement of the same report in
    the other state different facts. Headlines (``HEADLINE``) come last: the statements are
    grouped as they would be without them, then each headline joins the group of statements
    it fits, else a statement alone or other headlines."""

    def order(kv: tuple[tuple[Node, Node], float]) -> tuple[float, str, int, str, int]:
        (x, y), score = kv
        return -score, keys[x[0]], x[1], keys[y[0]], y[1]

    group_of: dict[Node, int] = {}
    members: dict[int, list[Node]] = {}
    numbers = count()

    def join(x: Node, y: Node) -> None:
        gx, gy = group_of.get(x), group_of.get(y)
        if gx is not None and gx == gy:
            return
        mx = members[gx] if gx is not None else [x]
        my = members[gy] if gy is not None else [y]
        if HEADLINE in (x[1], y[1]) and not any(all(n[1] == HEADLINE for n in m)
                                                for m in (mx, my)):
            return  # a headline joins a group; it never joins two groups of statements
        if not _joins(scores, mx, my, threshold, apart):
            return
        for g in (gx, gy):
            if g is not None:
                del members[g]
        new = next(numbers)
        members[new] = mx + my
        for n in members[new]:
            group_of[n] = new

    heads = {p: v for p, v in scores.items() if HEADLINE in (p[0][1], p[1][1])}
    for (x, y), _ in sorted(((p, v) for p, v in scores.items() if p not in heads), key=order):
        join(x, y)
    # then the headlines: first into the groups of statements, then with a statement alone or
    # another headline
    grouped = set(group_of)
    for (x, y), _ in sorted(heads.items(), key=lambda kv: (
            not (kv[0][0] in grouped or kv[0][1] in grouped), *order(kv))):
        join(x, y)
    drafts = []
    for nodes in members.values():
        ordered = tuple(sorted(nodes))
        pair = [link_score(scores, u, v) for u, v in cross_pairs(ordered)]
        drafts.append(Draft(ordered, sum(pair) / len(pair)))
    return sorted(drafts, key=lambda d: d.nodes[0])


def _joins(scores: Pairs, mx: Sequence[Node], my: Sequence[Node], threshold: float,
           apart: Callable[[Node, Node], bool] | None) -> bool:
    """Do the groups ``mx`` and ``my`` join: the mean link over their pairs from different
    reports reaches ``threshold``, most of those pairs are linked (no joining through one
    member), and ``apart`` finds no two statements of one report stating different facts?"""
    cross = [link_score(scores, u, v) for u in mx for v in my if u[0] != v[0]]
    if not cross or sum(cross) / len(cross) < threshold:
        return False
    if 2 * sum(1 for c in cross if c > 0) <= len(cross):
        return False
    return apart is None or not any(apart(u, v) for u in mx for v in my if u[0] == v[0])


def cross_pairs(nodes: Sequence[Node]) -> list[tuple[Node, Node]]:
    """The pairs of ``nodes`` from different reports."""
    return [(u, v) for u, v in combinations(nodes, 2) if u[0] != v[0]]


def link_score(scores: Pairs, u: Node, v: Node) -> float:
    return scores.get((u, v) if u < v else (v, u), 0.0)


@dataclass(frozen=True)
class Grouping:
    """The groups of a comparison and what they were made from."""

    links: Pairs  # link scores of the statement pairs at or above ``match.link``
    ledger: Ledger  # the quote ledger (``quotes.quote_ledger``)
    drafts: tuple[Draft, ...]  # the groups before they were explained, in the same order
    groups: tuple[Group, ...]
    conflicts: tuple[Conflict, ...]  # the disagreements inside the groups


def group_statements(analyses: Sequence[Analysis], config: Config,
                     matcher: Matcher | None = None) -> tuple[Group, ...]:
    """The groups ``compare`` makes of these reports (the same code path, without the event
    check, wire copy or conflicts between groups). Raises ``UsageError``
    for fewer than two reports and ``LimitError`` past ``limits.max_statements``."""
    return grouping(analyses, config, matcher, conflicts=False).groups


def grouping(analyses: Sequence[Analysis], config: Config, matcher: Matcher | None = None,
             conflicts: bool = True) -> Grouping:
    """Score the statement pairs, group them (``average_linkage``) and explain each group:
    its tier (``same`` when every pair of its members reaches ``match.same``, or prints one
    shared quotation, and no two disagree), mean score, members, the words each member
    alone has, and its conflicts. Without ``conflicts`` a group's disagreements are looked
    for only where they decide its tier (``same`` but for them), and ``Grouping.conflicts``
    holds only those: the groups are the same."""
    from .conflicts import group_conflicts

    _check_size(analyses, config)
    if matcher is None:
        from ..match import Matcher

        matcher = Matcher(config)
    same = config.match.same
    links = pair_scores(analyses, matcher, config.match.link)
    ledger = quote_ledger(analyses)
    quoting = _quoted(links, analyses, ledger, config.match.group)
    drafts = average_linkage(links, [a.article.id for a in analyses],
                             config.match.group, apart(analyses))
    groups: list[Group] = []
    found: list[Conflict] = []
    for draft in drafts:
        members = [member(analyses, n) for n in draft.nodes]
        # the tier and the conflicts are the statements' (a headline only sums them up),
        # unless the group has no two statements of different reports
        cross = [(u, v) for u, v in cross_pairs(draft.nodes) if HEADLINE not in (u[1], v[1])]
        cross = cross or cross_pairs(draft.nodes)
        weakest = float(matcher.score_pairs([(_text(analyses, u), _text(analyses, v))
                                             for u, v in cross]).min())
        linked = [(link_score(links, u, v), u, v) for u, v in cross
                  if link_score(links, u, v) > 0 and HEADLINE not in (u[1], v[1])]
        # every pair printing one quotation of the ledger says the same thing, the
        # quotation, whatever one report adds around it
        alike = weakest >= same or all(pair in quoting for pair in cross)
        mine = (group_conflicts(len(groups), members, linked, analyses)
                if conflicts or alike else [])
        # statements that disagree on a figure, a negation, a direction, a speaker or a place
        # do not say the same thing, however many words they share: related at most, with
        # the conflict
        tier: Tier = "same" if alike and not mine else "related"
        found.extend(mine)
        wire = copied([(m.article, m.text) for m in members if m.statement != HEADLINE])
        groups.append(Group(tier, round(draft.mean, 1), tuple(members), _differing(members),
                            wire))  # (a headline is no wire text)
    return Grouping(links, ledger, tuple(drafts), tuple(groups), tuple(found))


def _quoted(links: Pairs, analyses: Sequence[Analysis], ledger: Ledger, to: float
            ) -> set[tuple[Node, Node]]:
    """Two statements of different reports printing one shared quotation (``quoted_pairs``)
    state one fact: their link is lifted to ``to`` (``match.group``), so they group as any
    pair at that link would. A quotation told in different surrounding words ("He referred
    to my hands" / "Trump said he was “not ready”") links no less than its words do; a
    statement of too few words ('"Trust me."', '"It's tough."') joins no group this way
    either. Returns those pairs (in node order; not the pairs of a marked phrase alone)."""
    index = {a.article.id: k for k, a in enumerate(analyses)}

    def node(m: Member) -> Node:
        return index[m.article], m.statement

    quoted = {(min(u, v), max(u, v)) for u, v in (
        (node(x), node(y))
        for x, y in quoted_pairs(ledger[0], lambda m: _text(analyses, node(m))))}
    pairs = [*quoted, *marked_pairs([[s.text for s in a.statements] for a in analyses])]
    for u, v in map(sorted, pairs):
        if link_score(links, u, v) < to and min(
                _words(_text(analyses, n)) for n in (u, v)) >= MIN_WORDS:
            links[(u, v)] = to
    return quoted


def apart(analyses: Sequence[Analysis]) -> Callable[[Node, Node], bool]:
    """Do two statements of one report give different figures (each has some, none in
    common; or one quantity with two values, as ``match.disagreements`` reads them: a live
    blog's 'Kasich has 129' and, an hour before, 'John Kasich has 63')? Then they state two
    facts, whatever their wording."""
    from .conflicts import figures_differ

    values: dict[Node, set[float]] = {}
    for a, x in enumerate(analyses):
        for f in x.figures:
            values.setdefault((a, f.statement), set()).add(f.value)
    known: dict[tuple[Node, Node], bool] = {}

    def differ(u: Node, v: Node) -> bool:
        one, two = values.get(u), values.get(v)
        if not (one and two) or HEADLINE in (u[1], v[1]):
            return False
        if one.isdisjoint(two):
            return True
        if one == two:
            return False
        key = (u, v) if u < v else (v, u)
        if key not in known:
            known[key] = figures_differ(analyses[u[0]], u[1], v[1])
        return known[key]

    return differ


def _check_size(analyses: Sequence[Analysis], config: Config) -> None:
    from ..errors import LimitError, UsageError

    if len(analyses) < 2:
        raise UsageError(f"compare needs at least two articles, got {len(analyses)}")
    total = sum(len(a.statements) for a in analyses)
    limit = config.limits.max_statements
    if total > limit:
        raise LimitError(
            f"{total} statements in {len(analyses)} articles is more than compare aligns at "
            f"once (limits.max_statements = {limit}); group them into stories with "
            "'newsdigest cluster' and compare one story with --story N"
        )


def _text(analyses: Sequence[Analysis], node: Node) -> str:
    if node[1] == HEADLINE:
        return headline(analyses[node[0]]) or ""
    return analyses[node[0]].statements[node[1]].text


def member(analyses: Sequence[Analysis], node: Node) -> Member:
    """The member ``node`` stands for: its report's id, its statement number (``HEADLINE``
    for the headline) and its text."""
    return Member(analyses[node[0]].article.id, node[1], _text(analyses, node))


def _differing(members: list[Member]) -> tuple[tuple[str, ...], ...]:
    """For each member, the words no other member of its group has."""
    from ..match import unique_words

    if len(members) < 2:
        return tuple(() for _ in members)
    return tuple(tuple(w) for w in unique_words([m.text for m in members]))
