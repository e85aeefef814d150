"""Wire copy: how much of each report another report prints word for word. Two reports share
a passage when both have a run of at least ``RUN`` identical normalised words, not all of them
inside quotation marks (two outlets printing one quotation share the speaker's words, not
wire text: ``shared_quotes`` lists those); for every report, the words in runs shared with
each other report are counted. Linear: an index of word shingles, each position of a report
looked up once."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.quote_words import quoted_spans
from ..model import Analysis, WireShare
from .quotes import shingles, words

RUN = 8  # identical words in a row that make a passage wire copy rather than a common phrase


def wire_shares(analyses: Sequence[Analysis]) -> tuple[WireShare, ...]:
    """For each report and each other report it shares runs with: the words in shared runs
    and their share of the report, most shared first."""
    texts = [_marked([s.text for s in a.statements]) for a in analyses]
    index: dict[tuple[str, ...], list[int]] = {}
    for ai, (ws, quoted) in enumerate(texts):
        for s in _told(ws, quoted):
            posting = index.setdefault(s, [])
            if not posting or posting[-1] != ai:
                posting.append(ai)
    out: list[WireShare] = []
    for ai, (ws, quoted) in enumerate(texts):
        covered: dict[int, int] = {}  # other report -> words of this one in shared runs
        end: dict[int, int] = {}  # other report -> where the last shared run ends
        for i, s in enumerate(shingles(ws, RUN)):
            if all(quoted[i: i + RUN]):
                continue  # one quotation both print: no wire text
            for bi in index.get(s, ()):
                if bi != ai:
                    covered[bi] = covered.get(bi, 0) + i + RUN - max(end.get(bi, 0), i)
                    end[bi] = i + RUN
        for bi, n in sorted(covered.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(WireShare(analyses[ai].article.id, analyses[bi].article.id, n,
                                 round(n / len(ws), 3)))
    return tuple(out)


def copied(texts: Sequence[tuple[str, str]]) -> bool:
    """Do every two of ``texts`` (report, text) from different reports print the same run of
    ``RUN`` words, not all quoted (a text shorter than that: all its words, in the other, not
    all quoted): one wire text, not words that agree by chance or one quotation both print?
    False for texts of fewer than two reports."""
    runs = [(a, _marked([t])) for a, t in texts]
    pairs = [(x, y) for i, (a, x) in enumerate(runs) for b, y in runs[i + 1:] if a != b]
    return bool(pairs) and all(_copied(x, y) for x, y in pairs)


Marked = tuple[tuple[str, ...], tuple[bool, ...]]  # words, and which are quoted


def _marked(texts: Sequence[str]) -> Marked:
    """The normalised words of ``texts`` in order, each marked when it lies inside quotation
    marks (``quoted_spans`` of its text)."""
    out: list[str] = []
    quoted: list[bool] = []
    for text in texts:
        spans = quoted_spans(text)
        ws, at = words(text)
        out += ws
        quoted += [any(s <= a and b <= e for s, e, _ in spans) for a, b in at]
    return tuple(out), tuple(quoted)


def _told(ws: tuple[str, ...], quoted: tuple[bool, ...]) -> set[tuple[str, ...]]:
    """The runs of ``RUN`` words of a text with a word outside quotation marks."""
    return {s for i, s in enumerate(shingles(ws, RUN)) if not all(quoted[i: i + RUN])}


def _copied(x: Marked, y: Marked) -> bool:
    """Do two texts' words share a run of ``RUN`` not all quoted (the shorter, when shorter,
    all of it)?"""
    if len(x[0]) >= RUN and len(y[0]) >= RUN:
        return not _told(*x).isdisjoint(_told(*y))
    (short, quoted), (long, _) = sorted((x, y), key=lambda m: len(m[0]))
    return bool(short) and not all(quoted) and any(
        long[i: i + len(short)] == short for i in range(len(long) - len(short) + 1))
