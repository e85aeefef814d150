"""Score statement pairs read from lines of ``statement<TAB>statement``: the way matching is
used from scripts, and tuned and checked.

The score is the "same fact" link score ``compare`` groups with (``Matcher.link_pairs``: do
the two report the same happening or fact, 0-100), the rarity taken over all statements of
the batch (up to ``BATCH`` lines read together); the tier is ``same`` when the matcher's
same-statement score reaches ``match.same`` and the two do not disagree (a figure of the same
quantity, a denied claim, rose vs fell, another day, place or speaker: ``match.disagreements``,
as for a ``compare`` group: 'The quake killed 10 people.' / 'The quake killed 80 people.' is
``related``), ``related`` when it reaches ``match.same`` with a disagreement or the link score
reaches ``match.related``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .match import Matcher

BATCH = 4096


@dataclass(frozen=True, slots=True)
class PairScore:
    line: int
    a: str
    b: str
    score: float
    tier: str | None


def read_pairs(lines: Iterable[str], where: str) -> Iterator[tuple[int, str, str] | InputError]:
    """``(line number, a, b)`` for each line with two tab-separated statements; blank lines are
    skipped; any other line is an ``InputError`` naming it."""
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            yield InputError(f"expected two statements separated by one tab, found "
                             f"{len(parts)} field(s)", where=f"{where}:{n}")
            continue
        yield n, parts[0], parts[1]


def score_pairs(items: Iterable[tuple[int, str, str] | InputError],
                matcher: Matcher) -> Iterator[PairScore | InputError]:
    """Scores in input order, computed in batches (vectorised), errors passed through."""
    from .match import disagreements

    batch: list[tuple[int, str, str]] = []

    def flush() -> Iterator[PairScore]:
        pairs = [(a, b) for _, a, b in batch]
        event, same = matcher.score_heads(pairs, ("event", "same"))
        links = matcher.link_pairs(pairs, same=same, event=event)
        for (n, a, b), sc, link in zip(batch, same, links, strict=True):
            value = round(float(link), 1)
            tier = "same" if sc >= matcher.same else "related" if value >= matcher.related \
                else None
            if tier == "same" and disagreements(a, b):
                tier = "related"
            yield PairScore(n, a, b, value, tier)
        batch.clear()

    for item in items:
        if isinstance(item, InputError):
            yield from flush()
            yield item
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield from flush()
    yield from flush()
