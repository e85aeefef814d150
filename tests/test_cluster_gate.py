"""Quality gate for stories: on the ECB+ development events, cross-validated by topic (the
threshold chosen on the other topics), clustering must beat the plain baseline (word TF-IDF,
cosine, average linkage, its threshold cross-validated the same way) computed here too, both
against the gold events and against the gold news stories (events cut where publication
dates jump by more than a month: a trial years after the crime is another story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest import config
from newsdigest.eval.stories import (
    Choice,
    Scores,
    baseline_choices,
    choices,
    cross_validate,
    read_events,
    story_gold,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EVENTS = DATA / "events" / "ecbplus_tune.jsonl"
GRID = tuple(k / 100 for k in range(15, 21))  # thresholds tried for the clustering
BASE_GRID = tuple(k / 100 for k in range(20, 36))  # and for the baseline

Scored = dict[str, tuple[Scores, Scores, list[Scores]]]  # gold -> (ours, plain, our folds)


@pytest.fixture(scope="module")
def scored() -> Scored:
    if not EVENTS.exists():
        pytest.skip(f"shared data not found at {EVENTS}")
    articles, event, topic = read_events(EVENTS)
    conf = config.defaults()
    found = choices(articles, conf, search=False, grid=GRID)
    ours: list[Choice] = found[0]
    plain = baseline_choices(articles, BASE_GRID)
    stories = story_gold(event, {a.id: d for a, d in zip(articles, found[1], strict=True)})
    out: Scored = {}
    for name, gold in (("events", event), ("stories", stories)):
        b_ours, _, _, folds = cross_validate(ours, gold, topic, conf)
        out[name] = (b_ours, cross_validate(plain, gold, topic, conf)[0], folds)
    return out


def test_stories_beat_the_tfidf_baseline(scored: Scored) -> None:
    ours, plain, _ = scored["events"]
    assert ours.f1 >= plain.f1 + 0.04, (ours, plain)
    assert ours.f1 >= 0.90, ours


def test_no_fold_falls_far_behind(scored: Scored) -> None:
    assert min(s.f1 for s in scored["events"][2]) >= 0.85, scored["events"][2]


def test_news_stories_beat_the_baseline(scored: Scored) -> None:
    """Publication dates keep reports months apart in different stories (now 91.1 against
    the baseline's 81.7)."""
    ours, plain, _ = scored["stories"]
    assert ours.f1 >= plain.f1 + 0.06, (ours, plain)
    assert ours.f1 >= 0.89, ours
