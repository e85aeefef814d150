"""A story's shared statements are the groups ``compare`` makes, found with bounded work: the
matcher scores no more statement pairs for a story of many reports than for one of
``COMPARED`` reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsdigest import config
from newsdigest.clustering import COMPARED, shared_statements
from newsdigest.clustering.statements import ranked
from newsdigest.config import Config
from newsdigest.match import Matcher
from newsdigest.model import Article, Origin

LINES = ("The central bank raised interest rates by half a point on Thursday.",
         "Shares fell sharply in early trading in Tokyo after the announcement.",
         "The governor said inflation was still too high for comfort.",
         "Analysts had expected a smaller rise of a quarter point.")


class CountingMatcher(Matcher):
    """A matcher that counts the statement pairs it scores."""

    def __init__(self, conf: Config) -> None:
        super().__init__(conf)
        self.pairs = 0

    def score_heads(self, pairs: Sequence[tuple[str, str]], heads: Sequence[str],
                    x: Any = None, subsets: Sequence[Any] | None = None) -> list[Any]:
        self.pairs += sum(len(s) for s in subsets) if subsets else len(pairs) * len(heads)
        return super().score_heads(pairs, heads, x, subsets)


def report(k: int) -> Article:
    """A report of the story: the shared lines reworded a little, one line of its own."""
    own = f"Reporter number {k} also noted that {k + 3} banks kept their rates unchanged."
    lines = [line if (k + n) % 3 else line.replace("on Thursday", "on Thursday morning")
             for n, line in enumerate(LINES)]
    return Article(f"r{k}", "Central bank raises rates", " ".join([*lines, own]),
                   Origin(f"r{k}.txt"), source=f"outlet{k}.com")


@pytest.fixture(scope="module")
def conf() -> Config:
    return config.defaults()


def test_work_does_not_grow_with_the_story(conf: Config) -> None:
    small, big = CountingMatcher(conf), CountingMatcher(conf)
    few = shared_statements([report(k) for k in range(COMPARED)], conf, matcher=small)
    many = shared_statements([report(k) for k in range(5 * COMPARED)], conf, matcher=big)
    assert small.pairs > 0
    assert big.pairs == small.pairs
    assert many == few
    assert few and len(few[0][1]) >= 2  # the shared lines are found


def test_most_widely_shared_first(conf: Config) -> None:
    items = [report(k) for k in range(4)]
    items.append(Article("x", "Other", "The governor said inflation was still too high for "
                         "comfort. Nothing else happened in the town.", Origin("x.txt")))
    shared = shared_statements(items, conf, top=10)
    sizes = [len(owners) for _, owners in shared]
    assert sizes == sorted(sizes, reverse=True)
    assert all(len(set(owners)) == len(owners) >= 2 for _, owners in shared)


def test_fewer_than_two_reports_share_nothing(conf: Config) -> None:
    assert shared_statements([report(0)], conf) == []
    assert shared_statements([], conf) == []


def test_groups_are_compares_groups_for_the_same_work(conf: Config) -> None:
    """``group_statements`` (what ``cluster`` lists) gives exactly the groups ``compare``
    makes, tiers included (a denied claim makes its group 'related'), scoring exactly the
    statement pairs ``compare`` scores."""
    from newsdigest.comparison import compare, group_statements
    from newsdigest.pipeline import analyse

    items = [report(k) for k in range(5)]
    items.append(Article("y", "Central bank raises rates", "The central bank raised interest "
                         "rates by a full point on Thursday. The governor said inflation was "
                         "not too high for comfort.", Origin("y.txt")))
    analyses = [analyse(a, conf) for a in items]
    alone, full = CountingMatcher(conf), CountingMatcher(conf)
    groups = group_statements(analyses, conf, alone)
    comparison = compare(analyses, conf, full)
    assert groups and groups == comparison.groups
    assert {g.tier for g in groups} == {"same", "related"} and comparison.conflicts
    assert alone.pairs == full.pairs > 0
    assert shared_statements(items, conf, top=50) == ranked(comparison.groups)


def test_a_shared_statement_is_told_by_a_statement_not_the_headline() -> None:
    # a group's headlines come first, but the story's headline is printed beside its shared
    # statements: the statement says what the group says (27_ecb: 'Microsoft Releases Critical
    # Patch For IE Zero Day Flaw' twice, as the story's headline and as its first shared line)
    from newsdigest.model import HEADLINE, Group, Member

    told = "Microsoft on Wednesday released an emergency patch for Internet Explorer."
    group = Group("related", 45.0, (Member("a", HEADLINE, "Microsoft patches IE"),
                                    Member("b", HEADLINE, "Emergency IE patch"),
                                    Member("b", 0, told)))
    heads = Group("related", 30.0, (Member("a", HEADLINE, "Microsoft patches IE"),
                                    Member("c", HEADLINE, "IE fixed")))
    assert ranked([group, heads]) == [(told, ("a", "b")), ("Microsoft patches IE", ("a", "c"))]
