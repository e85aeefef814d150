"""One shared word is no shared fact. Two short statements that have a single content word in
common, and no figure, can score a high link: within one story's coverage that word is rare,
and little else is there to weigh against it ("She didn't fire him" / "Police could not say how
many shots were fired"; "Best decision ever." / "She checked in herself - it was her
decision."; "It's about time, right?" / "I'm so happy with where I'm at right now"). A name
shared alone is such a word too: the speaker of two different quotations ('"Is that all there
is?" Trump said.' / 'Do you support Donald Trump?' were one group of political coverage; with
the cap, precision of the hand-judged groups of ``eval facts`` 39/44 -> 39/43 and its pair AP
50.8 -> 51.7, ECB+ groups unchanged). Such pairs are capped below ``match.link``'s default
(``CAP``), in ``Matcher.link_pairs`` and ``Matcher.link_matrix`` alike, so ``pairs``,
``compare`` and ``cluster`` see one score.

Negations, speech verbs and verbs of belief do not count as the shared word ('not', 'said' or
'think' in both says nothing of what happened); a statement the other repeats whole is no such
pair ('Very, very, very subdued.'), one whose only word the other merely has is ('But he needs
more.' / 'What was needed was to elevate it …'). On ECB+ cross-report sentence pairs (the
annotated, mostly long sentences) this touches 15 of 16,050 pairs at link 10 or more and moves
average precision by under 0.1; in whole reports, short quotes and asides are where it
matters."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

CAP = 9.0  # the most a pair sharing one word may link (below the default match.link, 12)


def one_word(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` share at most one content word (negations, speech verbs and hedges
    aside), and neither a number nor figures of one kind (``_figure_kinds``, ``_alike``)? A
    name shared alone counts as that one word, however short the statements (a speaker's name,
    the story's main person); another word unless the shorter is repeated whole in the longer
    ('Very, very, very subdued.' in 'Very, very, very subdued, the sheriff said') or they
    share a name."""
    from .features import prepared

    pa, pb = prepared(a), prepared(b)
    quiet = _say_nothing()
    shared = pa.cset & pb.cset - quiet
    if len(shared) > 1 or pa.numbers & pb.numbers or _alike(_figure_kinds(a),
                                                           _figure_kinds(b)):
        return False
    if shared and shared <= pa.caps & pb.caps:
        return True  # a name alone: '"Is that all there is?" Trump said.' / 'Do you support
        # Donald Trump?'
    return not _repeated(pa.norms, pb.norms) and not pa.caps & pb.caps


@lru_cache(maxsize=4096)
def _figure_kinds(text: str) -> frozenset[tuple[str, str]]:
    """The kinds and units of the figures a statement gives: two statements giving one kind
    may tell one fact with two figures ('He was 95.' / 'He was 93.': a conflict to show), not
    a week's number against a score ('The Colts were defeated by the Texans in week 14.' /
    '… after defeating the Cleveland Browns 34 - 12 Sunday.')."""
    from ..extract import statement_figures
    from .figlinks import figure_unit

    return frozenset((f.kind, figure_unit(f.unit)) for f in statement_figures(text))


def _alike(ka: frozenset[tuple[str, str]], kb: frozenset[tuple[str, str]]) -> bool:
    """Figures of one kind and unit in both, or a bare number in one and a figure in the other
    ('He was 73.' / 'LaRue was 75, the Biloxi Sun Herald reported.')."""
    bare = ("number", "")
    return bool(ka & kb) or (bare in ka and bool(kb)) or (bare in kb and bool(ka))


def _repeated(a: list[str], b: list[str]) -> bool:
    """Are the words of the shorter all of a run of the longer ('Very, very, very subdued.'
    in 'Very, very, very subdued, the sheriff said.'; not 'But he needs more.' in 'What was
    needed was to elevate it')?"""
    from .features import _longest_common_run

    n = min(len(a), len(b))
    return n > 0 and _longest_common_run(a, b) == n


# light verbs: what was done, got or made is in the words around them ('What had they done with
# Trump?' / 'Trump has done more presidential things in two weeks than …')
LIGHT_VERBS = frozenset(("done", "get", "gets", "got", "gotten", "make", "makes", "made", "go",
                         "goes", "went", "gone"))


# adverbs that only weigh what is said ('Even Amy Winehouse's look …' / 'She wasn't even the
# best looking.')
HEDGES = frozenset(("even", "also", "just", "still", "only", "really", "ever", "already",
                    "actually", "simply", "certainly", "perhaps"))


@cache
def _say_nothing() -> frozenset[str]:
    """Negations, words of reporting, light verbs and hedges, as ``prepared`` keeps content
    words."""
    from ..words import BELIEF_VERBS, SPEECH_VERBS
    from .normalize import NEGATION, normal_text, tokenize

    return frozenset(normal_text(tokenize(w))
                     for w in NEGATION | SPEECH_VERBS | LIGHT_VERBS | BELIEF_VERBS | HEDGES)


def cap(link: Any, xs: Sequence[str], ys: Sequence[str]) -> Any:
    """``link`` (``len(xs) x len(ys)`` scores, 0-100) with every pair above ``CAP`` that
    shares one word (``one_word``) or gives margins of error apart (``figlinks.margins_apart``)
    lowered to ``CAP`` (not two identical statements, which link 100); in place, and
    returned."""
    import numpy as np

    from .figlinks import margins_apart

    for i, j in zip(*np.nonzero((link > CAP) & (link < 100.0)), strict=True):
        if one_word(xs[i], ys[j]) or margins_apart(xs[i], ys[j]):
            link[i, j] = CAP
    return link


def cap_pairs(link: Any, pairs: Sequence[tuple[str, str]]) -> Any:
    """``cap`` for scores of ``pairs`` in order; in place, and returned."""
    from .figlinks import margins_apart

    for n, (a, b) in enumerate(pairs):
        if CAP < link[n] < 100.0 and (one_word(a, b) or margins_apart(a, b)):
            link[n] = CAP
    return link
