"""The ``cluster.*`` settings one run uses, read once from the configuration (a small
picklable object, so Dask workers get exactly the same values)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

LINKAGES = ("weighted", "average")


@dataclass(frozen=True)
class Params:
    """The values; defaults are the built-in settings (tests/test_cluster.py checks)."""

    threshold: float = 0.17
    linkage: str = "weighted"
    max_terms: int = 60
    name_weight: float = 0.6  # share of the similarity from names/numbers/dates alone
    lexicon_weight: float = 0.5  # weight of a lexicon document against a corpus one
    actor_penalty: float = 0.8
    n_actors: int = 2
    n_keys: int = 24
    n_name_keys: int = 4
    max_df: float = 0.05
    max_posting: int = 500
    window: int = 30
    date_penalty: float = 0.2
    event_penalty: float = 0.1
    place_penalty: float = 0.1
    max_component: int = 5000
    workers: int = 1  # processes of the local engine (signing, verification, linkage)

    @classmethod
    def from_config(cls, config: Config) -> Params:
        method = config.get_str("cluster.linkage")
        if method not in LINKAGES:
            raise ConfigError(f"'cluster.linkage' must be one of {', '.join(LINKAGES)}, "
                              f"got {method!r}", where=config.source("cluster.linkage"))
        return cls(
            threshold=config.get_float("cluster.threshold"),
            linkage=method,
            max_terms=config.get_int("cluster.max_terms"),
            name_weight=config.get_float("cluster.name_weight"),
            lexicon_weight=config.get_float("cluster.lexicon_weight"),
            actor_penalty=config.get_float("cluster.actor_penalty"),
            n_keys=config.get_int("cluster.block_keys"),
            max_df=config.get_float("cluster.block_max_df"),
            max_posting=config.get_int("cluster.block_max_posting"),
            n_name_keys=config.get_int("cluster.block_name_keys"),
            window=config.get_int("cluster.date_window"),
            date_penalty=config.get_float("cluster.date_penalty"),
            event_penalty=config.get_float("cluster.event_penalty"),
            place_penalty=config.get_float("cluster.place_penalty"),
            max_component=config.get_int("cluster.max_component"),
            workers=workers(config),
        )


def workers(config: Config) -> int:
    """Processes the local engine may use: ``cluster.workers``, 0 meaning one per core; 1
    where processes cannot be forked (spawn would re-run the caller's main module)."""
    import multiprocessing
    import os

    n = config.get_int("cluster.workers")
    n = n if n > 0 else (os.cpu_count() or 1)
    return n if "fork" in multiprocessing.get_all_start_methods() else 1
