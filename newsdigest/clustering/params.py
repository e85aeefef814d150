"""The ``cluster.*`` settings one run uses, read once from the configuration (a small
picklable object, so Dask workers get exactly the same values)."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import ClusterSettings, Config

_D = ClusterSettings()  # the built-in settings: the one place the defaults are written


@dataclass(frozen=True)
class Params:
    """The values, named as the clustering code uses them; defaults are the settings'."""

    threshold: float = _D.threshold
    linkage: str = _D.linkage
    max_terms: int = _D.max_terms
    name_weight: float = _D.name_weight  # share of the similarity from names/numbers/dates
    lexicon_weight: float = _D.lexicon_weight  # weight of a lexicon document against a corpus one
    actor_penalty: float = _D.actor_penalty
    n_actors: int = 2
    n_keys: int = _D.block_keys
    n_name_keys: int = _D.block_name_keys
    max_df: float = _D.block_max_df
    max_posting: int = _D.block_max_posting
    window: int = _D.penalty_window
    date_penalty: float = _D.date_penalty
    event_penalty: float = _D.event_penalty
    place_penalty: float = _D.place_penalty
    max_component: int = _D.max_component
    workers: int = 1  # processes of the local engine (signing, verification, linkage)

    @classmethod
    def from_config(cls, config: Config) -> Params:
        c = config.cluster  # checked when loaded (cluster.linkage is one of its choices)
        return cls(
            threshold=c.threshold, linkage=c.linkage, max_terms=c.max_terms,
            name_weight=c.name_weight, lexicon_weight=c.lexicon_weight,
            actor_penalty=c.actor_penalty, n_keys=c.block_keys, max_df=c.block_max_df,
            max_posting=c.block_max_posting, n_name_keys=c.block_name_keys,
            window=c.penalty_window, date_penalty=c.date_penalty, event_penalty=c.event_penalty,
            place_penalty=c.place_penalty, max_component=c.max_component,
            workers=workers(config),
        )


def workers(config: Config) -> int:
    """Processes the local engine may use: ``cluster.workers``, 0 meaning one per core; 1
    where processes cannot be forked (spawn would re-run the caller's main module)."""
    import multiprocessing
    import os

    n = config.cluster.workers
    n = n if n > 0 else (os.cpu_count() or 1)
    return n if "fork" in multiprocessing.get_all_start_methods() else 1
