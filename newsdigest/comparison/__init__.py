"""Align the statements of two or more reports.

The matcher scores every statement pair of every two reports; ``groups`` joins statements of
different reports into groups by average linkage of their "same fact" link scores
(``match.link``, ``match.group``; see ``groups``).
Each group has a tier (``same`` when every pair of its members reaches ``match.same`` and no
two members disagree), the mean score of its pairs, the words each member has that the others
lack, and the disagreements (figures, negation, direction, speaker, place) between members;
beside the groups, the ages two reports give one person (``ages``).
Statements in no group are the ones a report alone has; a report's headline joins groups too
(``groups.headline``), never that list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..event import check_event
from ..model import HEADLINE, Analysis, Comparison, Conflict, Member
from .ages import age_conflicts
from .conflicts import group_conflicts
from .groups import Draft, Node, grouping, member
from .groups import group_statements as group_statements  # the groups alone
from .quotes import marked_members
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
             if score >= STRONG_LINK and HEADLINE not in (u[1], v[1])
             and (u not in group_of or group_of.get(u) != group_of.get(v))]
    return group_conflicts(None, _near(apart, drafts, group_of, analyses), apart,
                           analyses) if apart else []


def _near(pairs: Sequence[tuple[float, Node, Node]], drafts: Sequence[Draft],
          group_of: dict[Node, int], analyses: Sequence[Analysis]) -> list[Member]:
    """The statements of the groups of ``pairs``' statements (each alone when in none): a
    report giving both values there (a live blog's earlier and later tally, each its own
    group) disagrees with no one (``group_conflicts``)."""
    near = {n for _, u, v in pairs for x in (u, v)
            for n in (drafts[group_of[x]].nodes if x in group_of else (x,))}
    return [member(analyses, n) for n in sorted(near) if n[1] != HEADLINE]


def _lead_conflicts(drafts: Sequence[Draft], analyses: Sequence[Analysis],
                    found: Sequence[Conflict]) -> list[Conflict]:
    """Figure conflicts between the leads of two reports that no group holds together: each
    lead states the story's main fact, so the same quantity told with another value there is
    a disagreement a reader must see even when the matcher did not align the two sentences
    ("the Boston Red Sox have made … Teixeira an eight-year, $200 million offer" / "The Red
    Sox have made an eight-year offer to Teixeira in excess of $160 million"; the same
    jewellery theft as $137 million and $108 million). Only the first statements: the second
    ones, already background, gave as many false conflicts as real ones on the ECB+ events
    ('three co-workers' shot against 'two' killed). ``group`` is null."""
    group_of = {n: k for k, d in enumerate(drafts) for n in d.nodes}
    pairs = [(0.0, (i, 0), (j, 0)) for i in range(len(analyses))
             for j in range(i + 1, len(analyses))
             if analyses[i].statements and analyses[j].statements
             and ((i, 0) not in group_of or group_of.get((i, 0)) != group_of.get((j, 0)))]
    have = {(c.detail, c.members) for c in found}
    return [c for c in (group_conflicts(None, _near(pairs, drafts, group_of, analyses), pairs,
                                        analyses) if pairs else [])
            if c.kind == "figure" and (c.detail, c.members) not in have
            and not _ages(c, analyses)]


def _ages(conflict: Conflict, analyses: Sequence[Analysis]) -> bool:
    """Is every value of the conflict a person's age? Ages are compared apart, per person and
    with the reports' dates (``ages``): 'Orozco, 27,' and 'Orozco, 29,' two years later agree."""
    by_id = {a.article.id: a for a in analyses}
    ages = {f.text for m in conflict.members for f in by_id[m.article].figures
            if f.statement == m.statement and f.kind == "age"}
    return all(v in ages for v in conflict.detail.split(" vs "))


def _printed(shared: Sequence[tuple[Member, ...]], lone: Sequence[Member],
             analyses: Sequence[Analysis]) -> tuple[tuple[tuple[Member, ...], ...],
                                                     tuple[Member, ...]]:
    """The shared quotations as the reports print them: reported speech that joined a
    quotation (repeating its words, ``quotes``) aligns the statements but is the outlet's
    wording, not the quotation, so it is not listed; a quotation then printed in quotation
    marks by one report alone is that report's own (``lone``, in report order). Reported
    speech that several reports join by a phrase they all put in quotation marks is listed
    as that phrase (``marked_members``: 'make “positive changes” in people’s lives')."""
    direct = {(a.article.id, q.statement, q.text) for a in analyses for q in a.quotes
              if q.kind == "direct"}

    def is_direct(m: Member) -> bool:
        return (m.article, m.statement, m.text) in direct

    printed: list[tuple[Member, ...]] = []
    alone = list(lone)
    for group in shared:
        kept = tuple(m for m in group if is_direct(m))
        if len({m.article for m in kept}) > 1:
            printed.append(kept)
        elif marked := marked_members(group, is_direct):
            printed.append(marked)
        else:
            alone.extend(kept)
    rank = {a.article.id: k for k, a in enumerate(analyses)}
    alone.sort(key=lambda m: (rank[m.article], m.statement))
    return tuple(printed), tuple(alone)


def compare(analyses: Sequence[Analysis], config: Config,
            matcher: Matcher | None = None) -> Comparison:
    g = grouping(analyses, config, matcher)  # the groups, as group_statements gives them
    links, drafts, groups, conflicts = g.links, g.drafts, g.groups, list(g.conflicts)
    conflicts.extend(_apart_conflicts(links, drafts, analyses))
    conflicts.extend(_lead_conflicts(drafts, analyses, conflicts))
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
    shared_quotes, lone_quotes = _printed(g.ledger[0], g.ledger[1], analyses)
    quote_conflicts = g.ledger[2]
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
