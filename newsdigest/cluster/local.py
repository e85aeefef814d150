"""The in-process engine: signatures -> vocabulary -> TF-IDF rows -> blocking keys ->
candidate pairs -> cosine of each candidate -> components -> linkage inside components."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import linkage, vectors
from .params import Params

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article
    from .signature import Signature

__all__ = ["Params", "Stats", "label_signatures", "sign_all"]

CHUNK = 500  # articles per task sent to a signing process
MIN_PARALLEL = 4000  # fewer articles than this are signed in this process


@dataclass
class Stats:
    """What a run did, for benchmarks: candidate pairs scored, pairs at the threshold."""

    candidates: int = 0
    edges: int = 0


def label_signatures(sigs: Sequence[Signature], params: Params, stats: Stats | None = None,
                     progress: Callable[[int], None] | None = None,
                     ) -> tuple[npt.NDArray[np.int64], Any]:
    """A cluster label per signature (the smallest row number of its cluster) and the
    TF-IDF matrix used."""
    vocab = vectors.vocabulary(sigs)
    x = vectors.matrix(sigs, vocab, params.max_terms, params.name_weight, params.lexicon_weight)
    rows, keys, worth = vectors.block_keys(x, vocab, params.n_keys, params.max_df,
                                           params.max_posting, params.n_name_keys)
    i, j = vectors.candidate_pairs(rows, keys, worth, len(sigs))
    sims = vectors.pair_sims(x, i, j)
    if stats is not None:
        stats.candidates = len(i)
    facts = linkage.facts(sigs)
    ei, ej, es = linkage.strong_edges(x, i, j, sims, facts, params)
    groups = linkage.component_groups(len(sigs), ei, ej, es, params)
    if stats is not None:
        stats.edges = len(ei)
    labels = linkage.label_groups(x, len(sigs), groups, facts, params)
    if progress is not None:
        progress(len(sigs))
    return labels, x


def sign_all(items: Iterable[Article | Analysis], config: Config,
             progress: Callable[[int], None] | None = None) -> list[Signature]:
    """The signatures of ``items`` in input order, streamed: ``cluster.workers`` processes
    sign chunks of articles once more than a few thousand have been read (only the
    signatures are kept, not the texts)."""
    import multiprocessing
    import os

    from .signature import sign

    workers = config.get_int("cluster.workers")
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    if "fork" not in multiprocessing.get_all_start_methods():
        workers = 1  # spawn would re-run the caller's main module in each worker
    it = iter(items)
    sigs: list[Signature] = []
    head: list[Article | Analysis] = []
    for item in it:
        head.append(item)
        if len(head) >= MIN_PARALLEL and workers > 1:
            break
    if len(head) < MIN_PARALLEL or workers <= 1:
        for k, item in enumerate(_chain(head, it), 1):
            sigs.append(sign(item, config))
            if progress is not None and k % 1000 == 0:
                progress(k)
        return sigs
    ctx = multiprocessing.get_context("fork")  # workers start at once, nothing re-imported
    with ctx.Pool(workers, initializer=_init_worker, initargs=(config,)) as pool:
        chunks = _chunks(_chain(head, it), CHUNK)
        for part in pool.imap(_sign_chunk, chunks, chunksize=1):
            sigs.extend(part)
            if progress is not None:
                progress(len(sigs))
    return sigs


def _chain(head: list[Article | Analysis], rest: Iterator[Article | Analysis],
           ) -> Iterator[Article | Analysis]:
    yield from head
    head.clear()
    yield from rest


def _chunks(items: Iterator[Article | Analysis], n: int,
            ) -> Iterator[list[Article | Analysis]]:
    chunk: list[Article | Analysis] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_CONFIG: list[Config] = []


def _init_worker(config: Config) -> None:
    _CONFIG[:] = [config]


def _sign_chunk(chunk: list[Article | Analysis]) -> list[Signature]:
    from .signature import sign

    return [sign(item, _CONFIG[0]) for item in chunk]
