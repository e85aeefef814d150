"""Group a day of news into stories (one real-world event each), in-process or on a Dask
cluster, with the same result either way.

    clustering = cluster(articles, config)            # engine="local"
    clustering = cluster(articles, config, engine="dask", scheduler="tcp://host:8786")
    for story in clustering.stories: story.id, story.articles, story.title, story.sources

Story ids are 1..n, numbered by size (largest first), then by the input position of the
story's first article, so the same input always gives the same numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..model import Story
from .statements import COMPARED, shared_statements, shared_statements_many

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article
    from .signature import Meta, Signature

ENGINES = ("local", "dask")
T = TypeVar("T", "Article", "Analysis")
K = TypeVar("K")

__all__ = ["COMPARED", "ENGINES", "Clustering", "cluster", "shared_statements",
           "shared_statements_batches", "shared_statements_many", "stories_from_labels",
           "story_members"]


@dataclass(frozen=True)
class Clustering:
    """Every input article belongs to exactly one story (a story may hold one article)."""

    stories: tuple[Story, ...]
    assignment: dict[str, int]  # article id -> story id
    candidates: int = 0  # candidate pairs scored (how much work blocking left)

    def story(self, story_id: int) -> Story:
        """The story with this id (``KeyError`` when there is none)."""
        if 1 <= story_id <= len(self.stories):
            return self.stories[story_id - 1]
        raise KeyError(story_id)


def cluster(articles: Iterable[Article | Analysis], config: Config, *, engine: str = "local",
            scheduler: str | None = None, progress: Callable[[int], None] | None = None,
            ) -> Clustering:
    """Group ``articles`` into stories. ``engine`` is ``local`` or ``dask`` (needs the
    ``newsdigest[dask]`` extra; ``scheduler`` or ``$DASK_SCHEDULER_ADDRESS`` names the
    cluster, else a local one is started). ``progress`` is called with the number of
    articles read so far (and once more when clustering is done); a ``progress.Reporter``
    also hears of the phases, reading and clustering (local engine)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if engine == "dask":
        from .dask_engine import cluster_dask

        return cluster_dask(articles, config, scheduler=scheduler, progress=progress)
    from ..progress import phase
    from .local import Params, Stats, label_signatures, sign_all

    phase(progress, "reading")
    sigs = sign_all(articles, config, progress)
    phase(progress, "clustering", len(sigs))
    stats = Stats()
    labels, _ = label_signatures(sigs, Params.from_config(config), stats, progress)
    return stories_from_labels(sigs, labels, stats.candidates)


def shared_statements_batches(batches: Iterable[tuple[K, Sequence[Sequence[Article]]]],
                              config: Config,
                              ) -> Iterator[tuple[K, list[list[tuple[str, tuple[str, ...]]]]]]:
    """For each (key, stories) batch, in order, as the batches stream in: the key and the
    ``shared_statements_many`` of its stories (the groups ``compare`` makes of each story's
    first ``COMPARED`` reports). Batches run in ``cluster.workers`` processes."""
    from .local import imap_forked
    from .params import workers

    return imap_forked(_shared_batch, config, batches, workers(config))


def _shared_batch(config: Config, batch: tuple[K, Sequence[Sequence[Article]]],
                  ) -> tuple[K, list[list[tuple[str, tuple[str, ...]]]]]:
    return batch[0], shared_statements_many(batch[1], config)


STORY_BATCH = 500  # finished stories handed on together (their shared statements: one pass)


def finished_stories(stories: Sequence[Story], articles: Iterable[Article],
                     batch: int | None = None,
                     ) -> Iterator[tuple[list[int], list[list[Article]]]]:
    """Batches of up to ``batch`` (default ``STORY_BATCH``) stories whose articles have all
    been seen in ``articles`` (the inputs read again, in any order): (story ids, the articles
    of each). A story's texts are held only until its last article has come, so memory
    follows the stories still open, not the input."""
    batch = batch or STORY_BATCH
    story_of = {aid: st.id for st in stories for aid in st.articles}
    left = {st.id: len(st.articles) for st in stories}
    texts: dict[int, list[Article]] = {st.id: [] for st in stories}
    done: list[int] = []
    for item in articles:
        sid = story_of.pop(item.id, None)
        if sid is None:
            continue
        texts[sid].append(item)
        left[sid] -= 1
        if left[sid] == 0:
            done.append(sid)
            if len(done) >= batch:
                yield done, [texts.pop(k) for k in done]
                done = []
    if done:
        yield done, [texts.pop(k) for k in done]


def story_members(items: Iterable[T], config: Config, story_id: int, *,
                  engine: str = "local", scheduler: str | None = None,
                  again: Callable[[], Iterable[T]] | None = None) -> list[T]:
    """The articles (or analyses) of story ``story_id`` as ``cluster`` numbers the stories of
    ``items``, in input order (``KeyError(story_id, number of stories)`` when there is no
    such story). For
    ``compare --story N``. With ``again`` (a function that reads the same items once more),
    ``items`` stream through clustering (only signatures are kept) and the members are
    picked from a second read; without it the items are kept in memory."""
    kept: list[T] = []
    stream = items if again is not None else _keep(items, kept)
    result = cluster(stream, config, engine=engine, scheduler=scheduler)
    try:
        members = set(result.story(story_id).articles)
    except KeyError:
        raise KeyError(story_id, len(result.stories)) from None
    return [a for a in (again() if again is not None else kept) if _id(a) in members]


def _keep(items: Iterable[T], into: list[T]) -> Iterator[T]:
    for item in items:
        into.append(item)
        yield item


def _id(item: Article | Analysis) -> str:
    from ..model import Analysis

    return item.article.id if isinstance(item, Analysis) else item.id


def stories_from_labels(sigs: Sequence[Signature | Meta], labels: npt.NDArray[np.int64],
                        candidates: int = 0) -> Clustering:
    """Number the clusters: size descending, then position of the first article."""
    import numpy as np

    n = len(sigs)
    if n == 0:
        return Clustering((), {}, candidates)
    _, first_pos, inv = np.unique(labels, return_index=True, return_inverse=True)
    sizes = np.bincount(inv)
    order = np.lexsort((first_pos, -sizes))  # cluster indices in story-id order
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    members_by_rank: list[list[int]] = [[] for _ in order]
    for row, c in enumerate(inv):
        members_by_rank[rank[c]].append(row)
    stories: list[Story] = []
    assignment: dict[str, int] = {}
    for k, rows in enumerate(members_by_rank, 1):
        members = [sigs[r] for r in rows]
        for s in members:
            assignment[s.id] = k
        sources = sorted({s.source for s in members if s.source})
        dates = sorted({_iso(s.date) for s in members if s.date[0] or s.date[1]})
        stories.append(Story(id=k, articles=tuple(s.id for s in members),
                             title=_title(members), sources=tuple(sources),
                             dates=tuple(dates)))
    return Clustering(tuple(stories), assignment, candidates)


def _title(members: Sequence[Signature | Meta]) -> str:
    """The headline most members share words with (first one on ties)."""
    if len(members) <= 2:
        return members[0].title
    from collections import Counter

    sets = [set(m.title.lower().split()) for m in members]
    held = Counter(w for s in sets for w in s)  # how many headlines hold each word
    best, best_score = 0, -1
    for k, s in enumerate(sets):
        # the words shared with each other headline, summed: linear in the story's size
        score = sum(held[w] - 1 for w in s)
        if score > best_score:
            best, best_score = k, score
    return members[best].title


def _iso(date: tuple[int, int, int]) -> str:
    y, m, d = date
    if not y:
        return f"--{m:02d}-{d:02d}" if d else f"--{m:02d}"
    if not m:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"
