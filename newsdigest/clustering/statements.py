"""A story's key shared statements, by the package's one notion of "the same statement":
the groups ``compare`` makes (``newsdigest compare --story N`` shows the same groups for a
story of up to ``COMPARED`` reports).

The work per story is bounded: its first ``COMPARED`` reports, in input order, are analysed
and compared (a few thousand statement pairs at most, whatever the story's size), so listing
the shared statements of every story costs time linear in the number of stories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import HEADLINE

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..match import Matcher
    from ..model import Analysis, Article, Group

COMPARED = 8  # reports of a story compared for its shared statements (the first ones)

Shared = tuple[str, tuple[str, ...]]  # (a representative statement, ids of its reports)


def shared_statements(items: Sequence[Article | Analysis], config: Config, top: int = 5,
                      matcher: Matcher | None = None) -> list[Shared]:
    """A story's key shared statements: (the statement as its first report words it, the ids
    of the reports that carry it), from the groups ``compare`` makes of the story's first
    ``COMPARED`` reports (``comparison.group_statements``: the groups alone, without the quote
    ledger, event check and other explanations ``compare`` adds); the most widely shared
    first, then ``same`` before ``related``, then by score. Articles are analysed first
    (``pipeline.analyse``)."""
    from ..comparison.groups import group_statements
    from ..errors import LimitError
    from ..model import Analysis
    from ..pipeline import analyse

    analyses = [it if isinstance(it, Analysis) else analyse(it, config)
                for it in items[:COMPARED]]
    while len(analyses) >= 2:
        try:
            groups = group_statements(analyses, config, matcher)
        except LimitError:  # very long reports: compare fewer of them
            analyses = analyses[:-1]
            continue
        return ranked(groups)[:top]
    return []


def shared_statements_many(stories: Sequence[Sequence[Article | Analysis]], config: Config,
                           top: int = 5) -> list[list[Shared]]:
    """``shared_statements`` of each story, with one matcher (its memory of scored pairs
    serves copied wire text across stories)."""
    from ..match import Matcher

    matcher = Matcher(config)
    return [shared_statements(story, config, top, matcher) for story in stories]


def ranked(groups: Sequence[Group]) -> list[Shared]:
    """Groups (``compare``'s, ``group_statements``'s) as shared statements, most widely
    shared first (ties: ``same`` tier first, higher score, then the order given)."""

    def key(k: int) -> tuple[int, bool, float, int]:
        g = groups[k]
        return (-len(_reports(g)), g.tier != "same", -g.score, k)

    order = sorted(range(len(groups)), key=key)
    return [(_told(groups[k]), _reports(groups[k])) for k in order]


def _told(group: Group) -> str:
    """What a group says: its first statement (a headline only sums it up, and the story's
    headline is shown beside it), else its first headline."""
    return next((m.text for m in group.members if m.statement != HEADLINE),
                group.members[0].text)


def _reports(group: Group) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.article for m in group.members))
