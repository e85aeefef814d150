"""The same-event split of stories (``eval.stories.event_split``, an experiment the stories
evaluation runs with ``--event-split``) runs honestly on a few ECB+ topics: the model is refit
per fold, and re-clustering a story keeps it whole unless its pairs are penalised."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from newsdigest import config
from newsdigest.clustering.local import Params, label_signatures
from newsdigest.eval import stories
from newsdigest.model import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EVENTS = DATA / "events" / "ecbplus_tune.jsonl"
TOPICS = 4  # the first topics of the file: about a hundred reports


@pytest.fixture(scope="module")
def few() -> tuple[list[Article], dict[str, str], dict[str, int]]:
    if not EVENTS.exists():
        pytest.skip(f"shared data not found at {EVENTS}")
    articles, event, topic = stories.read_events(EVENTS)
    keep = sorted(set(topic.values()))[:TOPICS]
    articles = [a for a in articles if topic[a.id] in keep]
    ids = {a.id for a in articles}
    return (articles, {i: e for i, e in event.items() if i in ids},
            {i: t for i, t in topic.items() if i in ids})


def test_split_is_cross_validated(few: tuple[list[Article], dict[str, str], dict[str, int]],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "SPLIT_GRID", (0.15, 0.17))
    monkeypatch.setattr(stories, "SPLIT_CUTS", (0.2,))
    articles, event, topic = few
    split, plain, chosen, per_fold = stories.event_split(articles, event, topic,
                                                         config.defaults(), folds=2)
    assert len(chosen) == len(per_fold) == 2
    assert all(t in (0.15, 0.17) and c in (0.0, 0.2) for t, c, _ in chosen)
    assert 0.5 < plain.f1 <= 1.0 and 0.5 < split.f1 <= 1.0, (split, plain)


def _stories(labels: Mapping[str, int]) -> set[frozenset[str]]:
    """The partition ``labels`` makes, whatever numbers it gives the stories."""
    groups: dict[int, set[str]] = {}
    for aid, label in labels.items():
        groups.setdefault(label, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_every_pair_called_different_splits_only_when_penalised(
        few: tuple[list[Article], dict[str, str], dict[str, int]]) -> None:
    """Every pair of a story called a different event (cut 1): with its similarity kept
    (penalty 1) each story is clustered again whole, as the linkage made it; with it zeroed
    (penalty 0) every story of several reports falls apart into single reports."""
    articles, _, topic = few
    conf = config.defaults()
    data = stories._split_data(articles, topic, conf)
    params = Params.from_config(conf)
    labels = label_signatures(data.sigs, params)[0]
    made = _stories({s.id: int(v) for s, v in zip(data.sigs, labels, strict=True)})
    assert any(len(story) > 1 for story in made)  # some stories of several reports
    assert _stories(stories._penalised(data, params, labels, None, 1.0, 1.0)) == made
    apart = _stories(stories._penalised(data, params, labels, None, 1.0, 0.0))
    assert apart == {frozenset((aid,)) for story in made for aid in story}
