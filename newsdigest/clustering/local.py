"""The engine of one machine: signatures -> vocabulary -> TF-IDF rows -> blocking keys ->
candidate pairs -> cosine of each candidate -> components -> linkage inside components.
Signing, scoring candidates and the linkage run in ``cluster.workers`` forked processes on
large inputs; each task's result depends on its input only, so the stories do not depend on
the number of processes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from . import linkage, vectors
from .params import Params

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article
    from .signature import Signature

__all__ = ["Params", "Stats", "copy_keys", "distinct", "distinct_keys", "label_signatures",
           "sign_all"]

CHUNK = 500  # articles per task sent to a signing process
MIN_PARALLEL = 4000  # fewer articles than this are clustered in this process alone
ROWS_PER_TASK = 2000  # rows whose candidate pairs one verification task scores


@dataclass
class Stats:
    """What a run did, for benchmarks: candidate pairs scored, pairs at the threshold."""

    candidates: int = 0
    edges: int = 0


def label_signatures(sigs: Sequence[Signature], params: Params, stats: Stats | None = None,
                     progress: Callable[[int], None] | None = None,
                     ) -> tuple[npt.NDArray[np.int64], Any]:
    """A cluster label per signature (the smallest row number of its cluster) and the
    TF-IDF matrix used (of the distinct signatures: see ``distinct``)."""
    reps, rep_of = distinct(sigs)
    if len(reps) < len(sigs):
        labels, x = label_signatures([sigs[r] for r in reps], params, stats, None)
        if progress is not None:
            progress(len(sigs))
        return reps[labels][rep_of], x
    vocab = vectors.vocabulary(sigs)
    x = vectors.matrix(sigs, vocab, params.max_terms, params.name_weight, params.lexicon_weight)
    rows, keys, worth = vectors.block_keys(x, vocab, params.n_keys, params.max_df,
                                           params.max_posting, params.n_name_keys)
    i, j, sims, candidates = _verify(x, rows, keys, worth, params, len(sigs))
    if stats is not None:
        stats.candidates = candidates
    facts = linkage.facts(sigs)
    ei, ej, es = linkage.strong_edges(x, i, j, sims, facts, params)
    groups = linkage.component_groups(len(sigs), ei, ej, es, params)
    if stats is not None:
        stats.edges = len(ei)
    labels = linkage.label_groups(x, len(sigs), groups, facts, params,
                                  _mapper(params.workers if len(sigs) >= MIN_PARALLEL else 1))
    if progress is not None:
        progress(len(sigs))
    return labels, x


NEAR_TERMS = 16  # the smallest term ids two near-exact copies share


def distinct(sigs: Sequence[Signature]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Exact and near-exact copies, found by hashing before any blocking so that they land
    in one story at any count (a blocking key shared by more than ``block_max_posting``
    articles is dropped, which would leave 51 copies of one report 51 stories).
    ``(reps, rep_of)``: the rows of the first article of each set of copies, in input order,
    and for each row the index in ``reps`` of its set (see ``copy_keys``)."""
    return distinct_keys([copy_keys(s) for s in sigs])


def copy_keys(sig: Signature) -> tuple[bytes, bytes | None]:
    """Two articles are copies when either key is equal: the same terms and weights (the
    same words, whatever the spacing, punctuation or id), or the same ``NEAR_TERMS``
    smallest term ids (term ids are stable hashes, so this is a bottom-k MinHash sketch:
    equal only when nearly all terms are shared)."""
    import hashlib

    exact = hashlib.blake2b(sig.terms.tobytes() + sig.tf.tobytes(), digest_size=16).digest()
    near = sig.terms[:NEAR_TERMS].tobytes() if len(sig.terms) else None
    return exact, near


def distinct_keys(keys: Sequence[tuple[bytes, bytes | None]],
                  ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """``distinct`` from the ``copy_keys`` of each row."""
    import numpy as np

    first: dict[bytes, int] = {}
    reps: list[int] = []
    rep_of = np.empty(len(keys), np.int64)
    for row, (exact, near) in enumerate(keys):
        k = first.get(b"=" + exact)
        if k is None and near is not None:
            k = first.get(b"~" + near)
        if k is None:
            k = len(reps)
            reps.append(row)
        first.setdefault(b"=" + exact, k)
        if near is not None:
            first.setdefault(b"~" + near, k)
        rep_of[row] = k
    return np.asarray(reps, np.int64), rep_of


def _verify(x: Any, rows: npt.NDArray[np.int64], keys: npt.NDArray[np.int64],
            worth: npt.NDArray[np.int64], params: Params, n: int,
            ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32],
                       int]:
    """The candidate pairs whose cosine reaches the threshold (sorted by i, j), their cosine
    and how many candidates were scored; blocks of rows are verified in parallel."""
    import numpy as np

    if n == 0 or len(rows) == 0:
        e = np.zeros(0, np.int64)
        return e, e, np.zeros(0, np.float32), 0
    k, kt = vectors.key_matrices(rows, keys, worth, n)
    map_ = _mapper(params.workers if n >= MIN_PARALLEL else 1)
    parts = map_(_verify_rows, (k, kt, x, params.threshold), range(0, n, ROWS_PER_TASK))
    return (np.concatenate([q[0] for q in parts]), np.concatenate([q[1] for q in parts]),
            np.concatenate([q[2] for q in parts]), sum(q[3] for q in parts))


def _verify_rows(shared: tuple[Any, Any, Any, float], start: int,
                 ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64],
                            npt.NDArray[np.float32], int]:
    k, kt, x, threshold = shared
    return vectors.verified_pairs(k, kt, x, start, start + ROWS_PER_TASK, threshold)


S = TypeVar("S")
A = TypeVar("A")
R = TypeVar("R")


def _mapper(workers: int) -> linkage.Mapper:
    """``map_(fn, shared, tasks)`` -> ``[fn(shared, task) for task in tasks]`` with
    ``imap_forked``."""
    if workers <= 1:
        return linkage.serial

    def map_(fn: Callable[[S, A], R], shared: S, tasks: Iterable[A]) -> list[R]:
        return list(imap_forked(fn, shared, tasks, workers))

    return map_


def imap_forked(fn: Callable[[S, A], R], shared: S, tasks: Iterable[A], workers: int,
                min_tasks: int = 2) -> Iterator[R]:
    """``fn(shared, task)`` for each task, in order, as the tasks stream in: in ``workers``
    forked processes when there are several processes and at least ``min_tasks`` tasks,
    else here. ``shared`` (matrices, the configuration) is inherited by the processes, not
    sent; only tasks and results travel, and nothing is re-imported."""
    import multiprocessing

    it = iter(tasks)
    head = [t for _, t in zip(range(min_tasks), it, strict=False)]
    if workers <= 1 or len(head) < min_tasks:
        yield from (fn(shared, t) for t in _chain(head, it))
        return
    _SHARED[:] = [(fn, shared)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_call_shared, _chain(head, it), chunksize=1)
    finally:
        _SHARED.clear()


_SHARED: list[Any] = []


def _call_shared(task: Any) -> Any:
    fn, shared = _SHARED[0]
    return fn(shared, task)


def sign_all(items: Iterable[Article | Analysis], config: Config,
             progress: Callable[[int], None] | None = None) -> list[Signature]:
    """The signatures of ``items`` in input order, streamed: ``cluster.workers`` processes
    sign chunks of articles once more than a few thousand have been read (only the
    signatures are kept, not the texts)."""
    from .params import workers

    sigs: list[Signature] = []
    chunks = _chunks(iter(items), CHUNK)
    for part in imap_forked(_sign_chunk, config, chunks, workers(config),
                            min_tasks=MIN_PARALLEL // CHUNK):
        sigs.extend(part)
        if progress is not None:
            progress(len(sigs))
    return sigs


def _chain(head: list[A], rest: Iterator[A]) -> Iterator[A]:
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


def _sign_chunk(config: Config, chunk: list[Article | Analysis]) -> list[Signature]:
    from .signature import sign

    return [sign(item, config) for item in chunk]
