"""The local engine's fast paths give the stories of the plain ones: several processes instead
of one, one matrix product per large group instead of pair by pair, and the tree cut instead
of scipy's ``fcluster``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.cluster.hierarchy import fcluster, linkage

from newsdigest import config
from newsdigest.clustering import cluster, local, vectors
from newsdigest.clustering import linkage as lk
from newsdigest.clustering.params import Params
from newsdigest.clustering.signature import sign
from newsdigest.eval.stories import read_events

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ECB = DATA / "events" / "ecbplus_tune.jsonl"
# a forked pool in a process that has threads (pytest's, Dask's) is what this test means to do
FORK_OK = pytest.mark.filterwarnings("ignore:.*multi-threaded.*fork:DeprecationWarning")


def partition(labels: np.ndarray) -> set[frozenset[int]]:
    return {frozenset(np.flatnonzero(labels == c).tolist()) for c in np.unique(labels)}


@settings(max_examples=150, deadline=None)
@given(n=st.integers(2, 25), seed=st.integers(0, 2**31), method=st.sampled_from(
    ["weighted", "average"]), threshold=st.sampled_from([0.1, 0.17, 0.3, 0.5, 0.9]),
    coarse=st.booleans())
def test_tree_cut_is_fcluster(n: int, seed: int, method: str, threshold: float,
                              coarse: bool) -> None:
    rng = np.random.default_rng(seed)
    sim = rng.random(n * (n - 1) // 2).astype(np.float32)
    if coarse:  # many equal similarities: ties in the merge order
        sim = (np.round(sim * 4) / 4).astype(np.float32)
    ours = lk.flat_clusters(sim, threshold, method)
    z = linkage(np.clip(1.0 - sim.astype(np.float64), 0.0, None), method=method)
    theirs = fcluster(z, t=1.0 - threshold + 1e-9, criterion="distance")
    assert partition(ours) == partition(theirs)
    assert sorted(set(ours.tolist())) == list(range(int(ours.max()) + 1))


def ecb_articles(limit: int) -> list:  # type: ignore[type-arg]
    if not ECB.exists():
        pytest.skip(f"shared data not found at {ECB}")
    articles, _, topic = read_events(ECB)
    return [a for a in articles if topic[a.id] <= limit]


def test_group_product_equals_pair_by_pair() -> None:
    cfg = config.defaults()
    p = Params.from_config(cfg)
    sigs = [sign(a, cfg) for a in ecb_articles(4)]
    vocab = vectors.vocabulary(sigs)
    x = vectors.matrix(sigs, vocab, p.max_terms, p.name_weight, p.lexicon_weight)
    facts = lk.facts(sigs)
    tops = lk.top_actors(x, p.n_actors)
    rows = np.arange(0, len(sigs), 2, dtype=np.int64)[:80]
    a, b = np.triu_indices(len(rows), 1)
    pairwise = (vectors.pair_sims(x, rows[a], rows[b])
                * lk.pair_factor(x, rows[a], rows[b], facts, p, tops))
    together = lk._group_sims(x, rows, facts, p, tops)
    assert np.allclose(together, pairwise, atol=1e-5)
    assert (pairwise < 0.79 * pairwise.max()).any()  # the actor penalty did apply somewhere


@FORK_OK
def test_processes_give_the_stories_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = ecb_articles(10)
    one = cluster(articles, config.defaults().replace({"cluster.workers": 1}))
    monkeypatch.setattr(local, "MIN_PARALLEL", 0)  # fork even for a few hundred articles
    monkeypatch.setattr(local, "ROWS_PER_TASK", 37)  # many verification tasks
    monkeypatch.setattr(local, "CHUNK", 29)  # many signing tasks
    monkeypatch.setattr(lk, "DENSE_GROUP", 5)  # groups scored both ways
    two = cluster(articles, config.defaults().replace({"cluster.workers": 2}))
    assert two.stories == one.stories
    assert two.candidates == one.candidates > 0
    assert max(len(s.articles) for s in one.stories) > 5


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**31), runs=st.booleans())
def test_pair_sims_same_either_way(seed: int, runs: bool) -> None:
    from scipy import sparse

    rng = np.random.default_rng(seed)
    x = sparse.random(60, 40, density=0.2, format="csr", dtype=np.float32, random_state=rng)
    x.data += 0.01  # no explicit zeros
    # runs: the candidates of a few articles, long runs of one i
    i = np.repeat(rng.integers(0, 60, 5), 30) if runs else rng.integers(0, 60, 150)
    j = rng.integers(0, 60, len(i))
    got = vectors.pair_sims(x, i, j)
    want = np.asarray(x[i].multiply(x[j]).sum(axis=1), np.float32).ravel()
    assert np.array_equal(got, want)
    dense = x.toarray()
    assert np.allclose(got, (dense[i] * dense[j]).sum(axis=1), atol=1e-5)


@FORK_OK
def test_key_statements_in_processes_are_the_same(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from newsdigest import clustering
    from newsdigest.cli.app import app

    if not ECB.exists():
        pytest.skip(f"shared data not found at {ECB}")
    rows = [r for r in map(json.loads, ECB.read_text(encoding="utf-8").splitlines())
            if r["topic_id"] <= 6]
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    one_cfg = tmp_path / "one.yaml"
    one_cfg.write_text("cluster:\n  workers: 1\n", encoding="utf-8")
    two_cfg = tmp_path / "two.yaml"
    two_cfg.write_text("cluster:\n  workers: 2\n", encoding="utf-8")
    runner = CliRunner()
    args = ["cluster", str(day), "--format", "json"]
    one = runner.invoke(app, [*args, "--config", str(one_cfg)])
    monkeypatch.setattr(clustering, "STORY_BATCH", 2)  # many batches: the pool is used
    two = runner.invoke(app, [*args, "--config", str(two_cfg)])
    assert one.exit_code == two.exit_code == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout
    stories = json.loads(one.stdout)
    assert sum(bool(st["key_statements"]) for st in stories) >= 3
