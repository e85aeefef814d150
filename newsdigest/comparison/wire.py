"""Wire copy: how much of each report another report prints word for word. Two reports share
a passage when both have a run of at least ``RUN`` identical normalised words; for every
report, the words in runs shared with each other report are counted. Linear: an index of word
shingles, each position of a report looked up once."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, WireShare
from .quotes import shingles, words

RUN = 8  # identical words in a row that make a passage wire copy rather than a common phrase


def wire_shares(analyses: Sequence[Analysis]) -> tuple[WireShare, ...]:
    """For each report and each other report it shares runs with: the words in shared runs
    and their share of the report, most shared first."""
    texts = [words(" ".join(s.text for s in a.statements))[0] for a in analyses]
    index: dict[tuple[str, ...], list[int]] = {}
    for ai, ws in enumerate(texts):
        for s in shingles(ws, RUN):
            posting = index.setdefault(s, [])
            if not posting or posting[-1] != ai:
                posting.append(ai)
    out: list[WireShare] = []
    for ai, ws in enumerate(texts):
        covered: dict[int, int] = {}  # other report -> words of this one in shared runs
        end: dict[int, int] = {}  # other report -> where the last shared run ends
        for i, s in enumerate(shingles(ws, RUN)):
            for bi in index[s]:
                if bi != ai:
                    covered[bi] = covered.get(bi, 0) + i + RUN - max(end.get(bi, 0), i)
                    end[bi] = i + RUN
        for bi, n in sorted(covered.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(WireShare(analyses[ai].article.id, analyses[bi].article.id, n,
                                 round(n / len(ws), 3)))
    return tuple(out)


def copied(texts: Sequence[tuple[str, str]]) -> bool:
    """Do every two of ``texts`` (report, text) from different reports print the same run of
    ``RUN`` words (a text shorter than that: all its words, in the other): one wire text, not
    words that agree by chance? False for texts of fewer than two reports."""
    runs = [(a, words(t)[0]) for a, t in texts]
    pairs = [(x, y) for i, (a, x) in enumerate(runs) for b, y in runs[i + 1:] if a != b]
    return bool(pairs) and all(_copied(x, y) for x, y in pairs)


def _copied(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Do two texts' words share a run of ``RUN`` (the shorter, when shorter, all of it)?"""
    if len(x) >= RUN and len(y) >= RUN:
        return not set(shingles(x, RUN)).isdisjoint(shingles(y, RUN))
    short, long = sorted((x, y), key=len)
    return bool(short) and any(long[i: i + len(short)] == short
                               for i in range(len(long) - len(short) + 1))
