"""Quality gate for stories: on the ECB+ development events, cross-validated by topic (the
threshold chosen on the other topics), clustering must beat the plain baseline (word TF-IDF,
cosine, average linkage, its threshold cross-validated the same way) computed here too."""

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
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EVENTS = DATA / "events" / "ecbplus_tune.jsonl"
GRID = tuple(k / 100 for k in range(15, 21))  # thresholds tried for the clustering
BASE_GRID = tuple(k / 100 for k in range(20, 36))  # and for the baseline


@pytest.fixture(scope="module")
def scored() -> tuple[Scores, Scores, list[Scores]]:
    if not EVENTS.exists():
        pytest.skip(f"shared data not found at {EVENTS}")
    articles, event, topic = read_events(EVENTS)
    conf = config.defaults()
    ours: list[Choice] = choices(articles, conf, search=False, grid=GRID)[0]
    plain = baseline_choices(articles, BASE_GRID)
    b_ours, _, _, folds = cross_validate(ours, event, topic, conf)
    b_plain = cross_validate(plain, event, topic, conf)[0]
    return b_ours, b_plain, folds


def test_stories_beat_the_tfidf_baseline(scored: tuple[Scores, Scores, list[Scores]]) -> None:
    ours, plain, _ = scored
    assert ours.f1 >= plain.f1 + 0.04, (ours, plain)
    assert ours.f1 >= 0.90, ours


def test_no_fold_falls_far_behind(scored: tuple[Scores, Scores, list[Scores]]) -> None:
    assert min(s.f1 for s in scored[2]) >= 0.85, scored[2]
