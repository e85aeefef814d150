"""The Dask engine: the local engine's pipeline as a map/shuffle/reduce over a Dask cluster,
giving the same stories on the same input.

1. the driver streams the input in partitions to the workers, which sign the articles and
   return each partition's vocabulary (term ids and document frequencies only);
2. the merged vocabulary is scattered; each partition computes its TF-IDF rows and blocking
   keys and splits them into buckets by key (the shuffle moves key, row number and the row's
   vector, never the text);
3. each bucket finds the pairs of rows sharing one of its keys (a pair sharing several keys is
   scored only in the bucket of the smallest shared key), scores them and keeps the strong
   edges;
4. the driver joins the edges into components (ids and floats only) and sends each batch of
   components, with its rows, to a worker for the exact linkage.

Needs the ``newsdigest[dask]`` extra. ``scheduler`` (or ``$DASK_SCHEDULER_ADDRESS``) names a
running cluster; without one a local cluster is started for the call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import linkage, vectors
from .local import copy_keys, distinct_keys
from .params import Params

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article
    from . import Clustering
    from .signature import Signature

PARTITION = 5000  # articles per partition sent to a worker
BUCKETS_PER_WORKER = 4


@dataclass(frozen=True)
class Part:
    """One partition on a worker: its signatures and the row number of its first one."""

    offset: int
    sigs: tuple[Signature, ...]


@dataclass(frozen=True)
class Shard:
    """What a partition sends to one bucket: global rows, their key columns (one entry per
    (row, key)), every key of those rows (``row_keys``, padded with -1), their vectors and
    dates."""

    rows: npt.NDArray[np.int64]  # sorted unique global rows
    key_rows: npt.NDArray[np.int64]  # index into ``rows``
    key_cols: npt.NDArray[np.int64]
    row_keys: npt.NDArray[np.int64]  # len(rows) x (n_keys + n_name_keys)
    x: Any  # CSR, one row per entry of ``rows``
    facts: linkage.Facts
    v: int  # keys >= v are name keys (worth 2), others worth 1


def _sign_part(offset: int, items: Sequence[Article | Analysis], config: Config) -> Part:
    from .signature import sign

    return Part(offset, tuple(sign(a, config) for a in items))


def _vocab(part: Part) -> vectors.Vocabulary:
    return vectors.vocabulary(part.sigs)


def _map(part: Part, vocab: vectors.Vocabulary, p: Params, n_buckets: int,
         ) -> tuple[Any, linkage.Facts, list[Shard]]:
    """(the partition's matrix, facts, one shard per bucket)."""
    import numpy as np

    x = vectors.matrix(part.sigs, vocab, p.max_terms, p.name_weight, p.lexicon_weight)
    facts = linkage.facts(part.sigs)
    rows, cols, _ = vectors.block_keys(x, vocab, p.n_keys, p.max_df, p.max_posting,
                                       p.n_name_keys)
    row_keys = np.full((len(part.sigs), p.n_keys + p.n_name_keys), -1, np.int64)
    rank = vectors.rank_in_rows(rows)
    row_keys[rows, rank] = cols
    bucket = _bucket(cols, n_buckets)
    shards: list[Shard] = []
    for b in range(n_buckets):
        sel = bucket == b
        r, c = rows[sel], cols[sel]
        urows, inv = np.unique(r, return_inverse=True)
        shards.append(Shard(urows + part.offset, inv.astype(np.int64), c, row_keys[urows],
                            x[urows], facts.take(urows), len(vocab.terms)))
    return x, facts, shards


def _bucket(cols: npt.NDArray[np.int64], n_buckets: int) -> npt.NDArray[np.int64]:
    """A bucket per key column, the same on every worker (a multiplicative hash)."""
    import numpy as np

    h = (cols.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(40)
    return (h % np.uint64(n_buckets)).astype(np.int64)


def _reduce(shards: Sequence[Shard], p: Params,
            ) -> tuple[int, npt.NDArray[np.int64], npt.NDArray[np.int64],
                       npt.NDArray[np.float32]]:
    """(candidate pairs scored here, strong edges i, j, similarity) of one bucket."""
    import numpy as np
    from scipy import sparse

    shards = [s for s in shards if len(s.rows)]
    if not shards:
        e = np.zeros(0, np.int64)
        return 0, e, e, np.zeros(0, np.float32)
    base = np.cumsum([0] + [len(s.rows) for s in shards])
    grows = np.concatenate([s.rows for s in shards])
    kr = np.concatenate([s.key_rows + base[k] for k, s in enumerate(shards)])
    kc = np.concatenate([s.key_cols for s in shards])
    keys = np.concatenate([s.row_keys for s in shards])
    x = sparse.vstack([s.x for s in shards], format="csr")
    facts = linkage.Facts.concat([s.facts for s in shards])
    # local ids in global row order, so pairs come out as (smaller row, larger row)
    order = np.argsort(grows, kind="stable")
    local = np.empty(len(grows), np.int64)
    local[order] = np.arange(len(grows))
    _, kc_local = np.unique(kc, return_inverse=True)
    k = sparse.csr_matrix((np.ones(len(kr), np.float32), (local[kr], kc_local)),
                          shape=(len(grows), int(kc_local.max()) + 1))
    prod = sparse.triu(k @ k.T, k=1).tocoo()
    li, lj = order[prod.row], order[prod.col]  # back to positions in the concatenation
    mine = _owned_here(keys, li, lj, np.unique(kc), shards[0].v)
    li, lj = li[mine], lj[mine]
    sims = vectors.pair_sims(x, li, lj)
    ei, ej, es = linkage.strong_edges(x, li, lj, sims, facts, p)
    return len(li), grows[ei], grows[ej], es


def _owned_here(keys: npt.NDArray[np.int64], li: npt.NDArray[np.int64],
                li_j: npt.NDArray[np.int64], here: npt.NDArray[np.int64], v: int,
                chunk: int = 20_000) -> npt.NDArray[np.bool_]:
    """For pairs (li, lj) found in this bucket, with each row's full key list in ``keys``:
    are the keys they share worth 2 or more in all (as ``vectors.candidate_pairs`` decides),
    and is the smallest key they share one of this bucket's? (So each candidate pair is
    scored in exactly one bucket.)"""
    import numpy as np

    big = np.iinfo(np.int64).max
    out = np.zeros(len(li), bool)
    for s in range(0, len(li), chunk):
        ka, kb = keys[li[s:s + chunk]], keys[li_j[s:s + chunk]]
        shared = ((ka[:, :, None] == kb[:, None, :]) & (ka[:, :, None] >= 0)).any(axis=2)
        smallest = np.where(shared, ka, big).min(axis=1)
        worth = np.where(shared, np.where(ka >= v, 2, 1), 0).sum(axis=1)
        out[s:s + chunk] = (worth >= 2) & np.isin(smallest, here)
    return out


def _cluster_batch(groups: Sequence[npt.NDArray[np.int64]],
                   pieces: Sequence[tuple[npt.NDArray[np.int64], Any, linkage.Facts]],
                   p: Params) -> list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]:
    """Exact linkage of each group (sorted global rows); pieces hold (global rows, matrix,
    facts) from the partitions. Returns (rows, label per row) per group; rows with the same
    label are one story."""
    import numpy as np
    from scipy import sparse

    pieces = [q for q in pieces if len(q[0])]
    rows = np.concatenate([q[0] for q in pieces])
    x = sparse.vstack([q[1] for q in pieces], format="csr")
    facts = linkage.Facts.concat([q[2] for q in pieces])
    order = np.argsort(rows)
    rows, facts, x = rows[order], facts.take(order), x[order]
    local = [np.searchsorted(rows, g) for g in groups]
    labels = linkage.label_groups(x, len(rows), local, facts, p)
    return [(g, labels[at]) for g, at in zip(groups, local, strict=True)]


def client_for(scheduler: str | None) -> tuple[Any, Callable[[], None]]:
    """A Dask client for ``scheduler`` (or ``$DASK_SCHEDULER_ADDRESS``), else for a new local
    cluster; and the function that closes what was opened here."""
    import importlib

    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise InputError("the Dask engine needs the 'dask' extra: "
                         "pip install 'newsdigest[dask]'", where="--engine dask") from None
    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    if address:
        try:
            client = distributed.Client(address, timeout="10s")
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}",
                             where="--scheduler") from None
        return client, client.close
    cl = distributed.LocalCluster(n_workers=min(2, os.cpu_count() or 1), threads_per_worker=1,
                      processes=False, dashboard_address=None)
    client = distributed.Client(cl)

    def close() -> None:
        client.close()
        cl.close()

    return client, close


def cluster_dask(items: Iterable[Article | Analysis], config: Config, *,
                 scheduler: str | None = None, client: Any = None,
                 progress: Callable[[int], None] | None = None,
                 partition: int = PARTITION) -> Clustering:
    """Cluster on Dask: ``client`` (a ``distributed.Client``) when given, else a client for
    ``scheduler``; see the module documentation for the steps."""
    close: Callable[[], None] = _noop
    if client is None:
        client, close = client_for(scheduler)
    try:
        return _run(client, items, config, progress, partition)
    finally:
        close()


def _noop() -> None:
    return None


def _run(client: Any, items: Iterable[Article | Analysis], config: Config,
         progress: Callable[[int], None] | None, partition: int) -> Clustering:

    from . import stories_from_labels

    p = Params.from_config(config)
    cfg = client.scatter(config, broadcast=True)
    parts: list[Any] = []
    sizes: list[int] = []
    chunk: list[Article | Analysis] = []
    n = 0

    def flush() -> None:
        parts.append(client.submit(_sign_part, n - len(chunk), tuple(chunk), cfg, pure=False))
        sizes.append(len(chunk))
        chunk.clear()

    for item in items:
        chunk.append(item)
        n += 1
        if len(chunk) >= partition:
            flush()
            if progress is not None:
                progress(n)
    if chunk:
        flush()
    if n == 0:
        from . import Clustering

        return Clustering((), {}, 0)
    # copies first, as the local engine does (local.distinct): only one of each is clustered
    metas = [s for part in client.gather(client.map(_meta, parts, pure=False)) for s in part]
    keys = [k for part in client.gather(client.map(_copy_keys, parts, pure=False)) for k in part]
    reps, rep_of = distinct_keys(keys)
    if len(reps) < n:
        parts, sizes = _only(client, parts, sizes, reps)
    labels, candidates = _labels(client, parts, sizes, len(reps), p)
    if progress is not None:
        progress(n)
    return stories_from_labels(metas, reps[labels][rep_of], candidates)


def _only(client: Any, parts: list[Any], sizes: list[int], reps: npt.NDArray[np.int64],
          ) -> tuple[list[Any], list[int]]:
    """The partitions with only the rows in ``reps`` (sorted), renumbered from 0."""
    import numpy as np

    out, new_sizes = [], []
    offset = new_offset = 0
    for part, size in zip(parts, sizes, strict=True):
        keep = reps[(reps >= offset) & (reps < offset + size)] - offset
        if len(keep):
            out.append(client.submit(_keep, part, np.asarray(keep), new_offset, pure=False))
            new_sizes.append(len(keep))
            new_offset += len(keep)
        offset += size
    return out, new_sizes


def _keep(part: Part, rows: npt.NDArray[np.int64], offset: int) -> Part:
    return Part(offset, tuple(part.sigs[r] for r in rows))


def _copy_keys(part: Part) -> list[tuple[bytes, bytes | None]]:
    return [copy_keys(s) for s in part.sigs]


def _labels(client: Any, parts: list[Any], sizes: list[int], n: int, p: Params,
            ) -> tuple[npt.NDArray[np.int64], int]:
    """A label per row of ``parts`` (the smallest row of its cluster), and the candidate
    pairs scored."""
    import numpy as np

    vocab = vectors.merge_vocabularies(client.gather(client.map(_vocab, parts, pure=False)))
    vocab_f = client.scatter(vocab, broadcast=True)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    n_buckets = max(1, BUCKETS_PER_WORKER * n_workers)
    mapped = [client.submit(_map, part, vocab_f, p, n_buckets, pure=False) for part in parts]
    reduced = [client.submit(_reduce, [client.submit(_shard, m, b, pure=False) for m in mapped],
                             p, pure=False) for b in range(n_buckets)]
    results = client.gather(reduced)
    candidates = sum(r[0] for r in results)
    ei = np.concatenate([r[1] for r in results])
    ej = np.concatenate([r[2] for r in results])
    es = np.concatenate([r[3] for r in results])
    groups = linkage.component_groups(n, ei, ej, es, p)
    labels = np.arange(n, dtype=np.int64)
    done = []
    for batch in _batches(groups, n_buckets):
        allrows = np.concatenate(batch)
        pieces = []
        offset = 0
        for m, size in zip(mapped, sizes, strict=True):
            sel = allrows[(allrows >= offset) & (allrows < offset + size)]
            if len(sel):
                pieces.append(client.submit(_piece, m, np.sort(sel), offset, pure=False))
            offset += size
        done.append(client.submit(_cluster_batch, batch, pieces, p, pure=False))
    for batch_result in client.gather(done):
        for rows, lab in batch_result:
            for k in np.unique(lab):
                members = rows[lab == k]
                labels[members] = members.min()  # the same labels as the local engine
    return labels, candidates


def _shard(mapped: tuple[Any, linkage.Facts, list[Shard]], b: int) -> Shard:
    return mapped[2][b]


def _piece(mapped: tuple[Any, linkage.Facts, list[Shard]], rows: npt.NDArray[np.int64],
           offset: int) -> tuple[npt.NDArray[np.int64], Any, linkage.Facts]:
    x, facts, _ = mapped
    local = rows - offset
    return rows, x[local], facts.take(local)


def _meta(part: Part) -> list[Any]:
    """What the story listing needs of each article (no term arrays, no text)."""
    from .signature import Meta

    return [Meta(s.id, s.date, s.title, s.source) for s in part.sigs]


def _batches(groups: Sequence[npt.NDArray[np.int64]], k: int,
             ) -> list[list[npt.NDArray[np.int64]]]:
    """Groups cut into at most ``k`` batches of similar total size (in input order)."""
    total = sum(len(g) for g in groups)
    if not groups:
        return []
    per = max(1, -(-total // k))
    out: list[list[npt.NDArray[np.int64]]] = [[]]
    size = 0
    for g in groups:
        if size >= per:
            out.append([])
            size = 0
        out[-1].append(g)
        size += len(g)
    return out
