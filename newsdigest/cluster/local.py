"""The in-process engine: signatures -> vocabulary -> TF-IDF rows -> blocking keys ->
candidate pairs -> cosine of each candidate -> components -> linkage inside components."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import linkage, vectors
from .params import Params

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from .signature import Signature

__all__ = ["Params", "Stats", "label_signatures"]


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
    rows, cols = vectors.block_keys(x, vocab, params.n_keys, params.max_df)
    i, j = vectors.candidate_pairs(rows, cols, len(sigs))
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
