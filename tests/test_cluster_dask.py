"""The Dask engine gives the same stories as the local engine (a two-worker LocalCluster on a
few hundred real articles, cut into several partitions so the shuffle really happens)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdigest import config
from newsdigest.clustering import cluster
from newsdigest.eval.stories import read_events

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def client() -> Any:
    distributed = pytest.importorskip("distributed", reason="dask extra not installed "
                                      "(pip install 'newsdigest[dask]')")
    cl = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None)
    c = distributed.Client(cl)
    yield c
    c.close()
    cl.close()


def test_dask_and_local_give_the_same_stories(client: Any) -> None:
    from newsdigest.clustering.dask_engine import cluster_dask

    path = DATA / "events" / "ecbplus_tune.jsonl"
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    articles, _, topic = read_events(path)
    subset = [a for a in articles if topic[a.id] <= 12]
    assert len(subset) >= 200
    cfg = config.defaults()
    local = cluster(subset, cfg)
    remote = cluster_dask(subset, cfg, client=client, partition=60)
    assert remote.stories == local.stories
    assert remote.assignment == local.assignment
    assert remote.candidates == local.candidates
    assert any(len(s.articles) > 3 for s in local.stories)


def test_dask_engine_on_empty_input(client: Any) -> None:
    from newsdigest.clustering.dask_engine import cluster_dask

    result = cluster_dask([], config.defaults(), client=client)
    assert result.stories == ()


@pytest.mark.slow  # the client waits for its connection timeout
def test_unreachable_scheduler_is_an_input_error() -> None:
    pytest.importorskip("distributed", reason="dask extra not installed")
    from newsdigest.errors import InputError

    with pytest.raises(InputError, match="Dask scheduler"):
        cluster([], config.defaults(), engine="dask", scheduler="tcp://127.0.0.1:1")
