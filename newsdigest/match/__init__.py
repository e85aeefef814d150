"""Statement matching: do two statements from different reports say the same thing?

``Matcher.score`` gives 0-100 from a small learned model over symmetric pair features (word,
rare-word, n-gram and character overlap, several rapidfuzz scorers, edit distances, and the
differences that make statements different however many words they share: figures, negation,
speakers, places); see ``model`` for the formula. Weights live in
``newsdigest/data/match_model.json`` (``tools/train_match.py``: MRPC train for "same", STS
news_train for the graded part); applying them needs NumPy only. Pairs that disagree on a
figure, or are alike but for a negation, a direction (rose vs fell), a speaker or a place
(``match.conflicts``,
``match.figure_tolerance``, ``match.conflict_words``), score just under ``match.same``: at
most related, never the same statement.

``Matcher.matrix`` scores all statement pairs of two lists: NumPy gives every pair's
rarity-weighted content-word overlap at once (``allpairs``); pairs whose overlap proves they
cannot reach the cutoff are skipped, the model scores the rest.

``Matcher.link_pairs`` / ``Matcher.link_matrix`` give the "same fact" link score (``link``):
P(the two report the same happening or fact) x 100, learned on real cross-report pairs of one
event from the same-statement score and TF-IDF cosines whose rarity is taken over the texts
compared together; ``compare`` groups statements with it, ``pairs`` prints it.

``differing_words`` and ``disagreements`` explain a pair: the content words each side alone
has, and the figures, negation, direction, speakers and places on which they disagree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..config import Config
from .explain import but_numbers, differing_words, disagreements, unique_words

if TYPE_CHECKING:
    from .link import Rarity
    from .model import PairModel

__all__ = ["Matcher", "differing_words", "disagreements", "unique_words"]

CHUNK = 512  # rows of the prefilter matrix computed at once
CAP_MARGIN = 0.1  # a conflicting pair scores at most match.same - CAP_MARGIN
MEMO_PAIRS = 500_000  # pair scores a Matcher remembers between matrix calls


class Matcher:
    """Scores statement pairs 0-100 and puts a score into a tier (``match.same``,
    ``match.related``)."""

    def __init__(self, config: Config) -> None:
        m = config.match  # checked when loaded (match.conflicts: known kinds only)
        self.same, self.related = m.same, m.related
        self.group = m.group
        self.conflicts = tuple(m.conflicts)
        self.figure_tolerance = m.figure_tolerance
        self.conflict_words = m.conflict_words
        self._model: PairModel | None = None
        # canonical pair -> score, across ``matrix`` calls: comparing many reports of one
        # story meets the same two sentences again and again (copied wire copy)
        self._memo: dict[str, dict[tuple[str, str], float]] = {}  # per head

    @property
    def model(self) -> PairModel:
        if self._model is None:
            from .model import load_model

            self._model = load_model()
        return self._model

    def score(self, a: str, b: str) -> float:
        """0-100; symmetric; a statement against itself scores 100."""
        return float(self.score_pairs([(a, b)])[0])

    def score_pairs(self, pairs: Sequence[tuple[str, str]], head: str = "same",
                    x: Any = None) -> Any:
        """Scores of many pairs at once (a NumPy float64 array, in input order). Pairs that
        disagree on a kind listed in ``match.conflicts`` score at most just under
        ``match.same``: they can be related, never the same statement. ``head`` "event"
        scores whether the two tell the same happening of one story (see ``model``); ``x``:
        the pairs' feature rows when already computed."""
        return self.score_heads(pairs, (head,), x)[0]

    def score_heads(self, pairs: Sequence[tuple[str, str]], heads: Sequence[str],
                    x: Any = None, subsets: Sequence[Any] | None = None) -> list[Any]:
        """``score_pairs`` of each of ``heads``, what they share (features, overlaps,
        conflicts) worked out once; ``subsets``: per head, the positions in ``pairs`` of the
        pairs it scores (default: all)."""
        import numpy as np

        from .model import pair_rows

        rows = pair_rows(pairs, x)
        capped = self._conflicts(pairs, rows.x)
        out = []
        for n, head in enumerate(heads):
            pick = slice(None) if subsets is None else subsets[n]
            scores = self.model.score_rows(rows if subsets is None else rows.take(pick), head)
            if capped is not None:
                scores = np.where(capped[pick], np.minimum(scores, self.same - CAP_MARGIN),
                                  scores)
            out.append(scores)
        return out

    def _conflicts(self, pairs: Sequence[tuple[str, str]], x: Any) -> Any:
        """Which of ``pairs`` (feature rows ``x``) disagree on a kind of ``match.conflicts``,
        or None when no kind is listed or there are no pairs."""
        from .model import conflict_mask

        if not self.conflicts or not pairs:
            return None
        moved = None
        if "direction" in self.conflicts:
            from .explain import opposed
            from .features import prepared

            moved = [opposed(prepared(a).facts, prepared(b).facts) is not None
                     for a, b in pairs]
        return conflict_mask(x, self.conflicts, self.figure_tolerance, self.conflict_words,
                             moved)

    def matrix(self, xs: Sequence[str], ys: Sequence[str], cutoff: float,
               head: str = "same") -> Any:
        """``len(xs) x len(ys)`` float32 scores; a pair whose content-word overlap proves it
        cannot reach ``cutoff`` is left at 0 (see ``model``); each distinct pair is scored
        once, and remembered for later calls on the same matcher."""
        return self.matrices(xs, ys, cutoff, (head,))[0]

    def matrices(self, xs: Sequence[str], ys: Sequence[str], cutoff: float,
                 heads: Sequence[str]) -> list[Any]:
        """``matrix`` of each of ``heads``, the prefilter blocks and the features of a pair
        computed once for all heads."""
        import numpy as np

        from .allpairs import overlap_matrix
        from .features import prepared

        outs = [np.zeros((len(xs), len(ys)), dtype=np.float32) for _ in heads]
        if not xs or not ys:
            return outs
        bounds = [self.model.head(h).prefilter_bound(cutoff) for h in heads]
        px = [prepared(x) for x in xs]
        py = [prepared(y) for y in ys]
        for start in range(0, len(xs), CHUNK):
            block = overlap_matrix(px[start:start + CHUNK], py)
            cells = [(block >= bound).nonzero() for bound in bounds]
            keys = [self._keys(xs, ys, start, rows, cols) for rows, cols in cells]
            self._score_new(heads, keys)
            for out, (rows, cols), hkeys, head in zip(outs, cells, keys, heads, strict=True):
                if len(rows):
                    memo = self._memo[head]
                    out[rows + start, cols] = [memo[k] for k in hkeys]
        return outs

    @staticmethod
    def _keys(xs: Sequence[str], ys: Sequence[str], start: int, rows: Any, cols: Any
              ) -> list[tuple[str, str]]:
        """The canonical text pairs of the cells ``(start + rows[k], cols[k])``."""
        from .features import canonical

        return [canonical(xs[start + i], ys[j])
                for i, j in zip(rows.tolist(), cols.tolist(), strict=True)]

    def _score_new(self, heads: Sequence[str], keys: Sequence[list[tuple[str, str]]]) -> None:
        """Score and remember, per head, the pairs of ``keys`` it has not scored yet; what
        the heads share of a pair new to several (``score_heads``) is worked out once."""
        from .features import feature_matrix

        news: list[list[tuple[str, str]]] = []
        for head, hkeys in zip(heads, keys, strict=True):
            memo = self._memo.setdefault(head, {})
            unique = list(dict.fromkeys(hkeys))
            if unique and len(memo) + len(unique) > MEMO_PAIRS:
                memo.clear()
            news.append([k for k in unique if k not in memo])
        every = list(dict.fromkeys(k for new in news for k in new))
        if not every:
            return
        row = {k: i for i, k in enumerate(every)}
        scored = [(head, new) for head, new in zip(heads, news, strict=True) if new]
        found = self.score_heads(every, [head for head, _ in scored], feature_matrix(every),
                                 [[row[k] for k in new] for _, new in scored])
        for (head, new), scores in zip(scored, found, strict=True):
            self._memo[head].update(zip(new, scores.tolist(), strict=True))

    def link_pairs(self, pairs: Sequence[tuple[str, str]],
                   texts: Sequence[str] | None = None, same: Any = None,
                   event: Any = None) -> Any:
        """"Same fact" link scores (0-100, ``link``) of ``pairs`` in input order, the rarity
        taken over ``texts`` (default: every statement of ``pairs``); ``same`` / ``event``:
        their head scores when already computed (``score_heads``)."""
        import numpy as np

        from .figlinks import lift_pairs
        from .link import link_features, load_link, rarity
        from .oneword import cap_pairs

        if not pairs:
            return np.zeros(0)
        pool = list(dict.fromkeys([*(texts or ()), *(t for p in pairs for t in p)]))
        at = {t: i for i, t in enumerate(pool)}
        if same is None or event is None:
            event, same = self.score_heads(pairs, ("event", "same"))
        model = load_link()
        event, same = (np.where(s >= model.floor, s, 0.0) for s in (event, same))
        x = link_features(rarity(pool), [at[a] for a, _ in pairs], [at[b] for _, b in pairs],
                          event, same)
        link = np.where(same >= 100.0, 100.0, model.score(x))  # identical: 100
        link[[n for n, (a, b) in enumerate(pairs) if _but_figures(a) == _but_figures(b)]] = 100.0
        # one shared word is no shared fact; telling figures in common lift a pair
        return lift_pairs(cap_pairs(self._same_floor(link, same), pairs), pairs)

    def link_matrix(self, texts: Sequence[str], r: Rarity, ix: Sequence[int],
                    iy: Sequence[int]) -> Any:
        """``len(ix) x len(iy)`` link scores of statements ``texts[i]`` x ``texts[j]``;
        ``r = link.rarity(texts)`` (all statements compared: compute it once). Statements
        identical after normalisation link 100, as they score 100 as the same statement
        (and at least ``match.group`` from ``match.same``: ``_same_floor``)."""
        import numpy as np

        from .figlinks import lift
        from .link import link_features, load_link
        from .oneword import cap

        model = load_link()
        xs, ys = [texts[i] for i in ix], [texts[j] for j in iy]
        event, same = self.matrices(xs, ys, model.floor, ("event", "same"))
        for m in (event, same):
            m[m < model.floor] = 0.0
        x = link_features(r, ix, iy, event, same, grid=True)
        link = np.where(same >= 100.0, 100.0, model.score(x).reshape(len(ix), len(iy)))
        masked_y: dict[tuple[str, ...], list[int]] = {}
        for j, y in enumerate(ys):
            masked_y.setdefault(_but_figures(y), []).append(j)
        for i, x_text in enumerate(xs):
            link[i, masked_y.get(_but_figures(x_text), [])] = 100.0
        # identical after normalisation, or but for their figures ('He was 95.' / 'He was
        # 93.': one fact, told with two figures): 100; one shared word is no shared fact;
        # telling figures in common lift a pair
        return lift(cap(self._same_floor(link, same), xs, ys), xs, ys)

    def _same_floor(self, link: Any, same: Any) -> Any:
        """Link scores of pairs scoring at least ``match.same`` as the same statement raised
        to ``match.group``: what the tiers call the same statement is one fact to the groups,
        whatever the rarity of its words says (one shared word still caps it: ``oneword``)."""
        import numpy as np

        return np.where(same >= self.same, np.maximum(link, self.group), link)

    def tier(self, score: float) -> str | None:
        if score >= self.same:
            return "same"
        if score >= self.related:
            return "related"
        return None


def _but_figures(text: str) -> tuple[str, ...]:
    """``explain.but_numbers`` of a statement, as the matcher prepares it."""
    from .features import prepared

    return but_numbers(prepared(text).tokens)
