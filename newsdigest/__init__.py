"""newsdigest: show how different outlets report the same story, statement by statement.

The public API (every command is a thin wrapper over it)::

    from newsdigest import Config, cluster, compare, load_config, summarize

    cfg = load_config()                      # or Config(): the built-in settings
    digests = summarize(["a.txt", "b.html"], cfg)
    result = compare(["a.txt", "b.html"], cfg)
    stories = cluster(["articles/"], cfg)

Inputs are paths (files, directories, archives, feeds, ``-`` is not read here), URLs, or
already loaded ``Article`` / ``Analysis`` objects, mixed. An input that cannot be read raises
``InputError`` naming it (``pipeline.analyse_inputs`` gives errors as values instead, to go
on past them). Nothing here imports more than it needs: the names load on first use."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Config", "analyse", "cluster", "compare", "load_config", "summarize"]

if TYPE_CHECKING:
    from .clustering import Clustering
    from .config import Config
    from .model import Analysis, Article, Comparison, Digest

def shipped(name: str) -> bytes:
    """The bytes of ``newsdigest/data/NAME``, a file shipped with the package, read from the
    package's folder (``importlib.resources`` would add ~3 ms of imports to every command)."""
    from pathlib import Path

    return (Path(__file__).parent / "data" / name).read_bytes()


def load_config(path: str | None = None) -> Config:
    """The effective settings, as the commands read them (``--config PATH`` >
    ``$NEWSDIGEST_CONFIG`` > ``./config.yaml`` > the user config dir > built-in)."""
    from . import config

    return config.load(path)


def _settings(config: Config | None) -> Config:
    from .config import defaults

    return config if config is not None else defaults()


def _loaded(inputs: Iterable[str | os.PathLike[str] | Article | Analysis], config: Config,
            ) -> Iterator[Article | Analysis]:
    """Each input as loaded (an ``Article`` or ``Analysis`` given is passed on); the first
    that cannot be read raises its ``InputError``."""
    from .errors import InputError
    from .model import Analysis, Article
    from .pipeline import read_inputs

    for item in inputs:
        if isinstance(item, Article | Analysis):
            yield item
            continue
        for got in read_inputs([os.fspath(item)], config):
            if isinstance(got, InputError):
                raise got
            yield got


def analyse(inputs: Iterable[str | os.PathLike[str] | Article | Analysis],
            config: Config | None = None) -> Iterator[Analysis]:
    """Each input read, cleaned, segmented and extracted, in input order."""
    from .model import Analysis
    from .pipeline import analyse as analyse_one

    cfg = _settings(config)
    for item in _loaded(inputs, cfg):
        yield item if isinstance(item, Analysis) else analyse_one(item, cfg)


def summarize(inputs: Iterable[str | os.PathLike[str] | Article | Analysis],
              config: Config | None = None, *, top: int | None = None) -> list[Digest]:
    """One digest per article (``newsdigest summarize``): lead, ``top`` key statements
    (default ``digest.top``), and the analysis with quotes, figures, names, dateline."""
    from .digest import make_digest

    cfg = _settings(config)
    return [make_digest(a, cfg, top) for a in analyse(inputs, cfg)]


def compare(inputs: Iterable[str | os.PathLike[str] | Article | Analysis],
            config: Config | None = None) -> Comparison:
    """Two or more reports aligned (``newsdigest compare``): groups of statements that say the
    same, what each alone reports, conflicts, the quote ledger and the same-event check."""
    from .comparison import compare as run

    cfg = _settings(config)
    analyses = list(analyse(inputs, cfg))
    if len(analyses) < 2:
        raise ValueError(f"compare needs at least two articles, got {len(analyses)}")
    return run(analyses, cfg)


def cluster(inputs: Iterable[str | os.PathLike[str] | Article | Analysis],
            config: Config | None = None, **options: Any) -> Clustering:
    """Articles grouped into stories (``newsdigest cluster``); ``options``: ``engine``
    ('local' or 'dask'), ``scheduler``, ``progress``."""
    from .clustering import cluster as run

    cfg = _settings(config)
    return run(_loaded(inputs, cfg), cfg, **options)


def __getattr__(name: str) -> Any:
    if name == "Config":
        from .config import Config

        return Config
    raise AttributeError(f"module 'newsdigest' has no attribute {name!r}")
