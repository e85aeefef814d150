"""The "same fact" link score of two statements from different reports: do they report the
same happening or fact (a shared fact often sits in differently built sentences: "The final
tally was 97-1." / "This followed a 97-1 vote hours earlier")? ``compare`` groups statements
with it, ``pairs`` prints it, ``Matcher.link_pairs`` / ``Matcher.link_matrix`` expose it.

score = 100 * P(link), the mean of two logistic regressions over ``LINK_FEATURES`` (see
"Two parts" below):

- ``event`` / ``same``: the matcher's event head (same happening; trained on MRPC and ECB+)
  and same-statement head (MRPC), 0-1, each 0 below ``LinkModel.floor`` (the default
  ``match.related`` when trained, stored with the weights), so the all-pairs prefilter stays
  exact;
- ``char_cos`` / ``word_cos``: cosines of character 2-5-gram and content-word TF-IDF vectors,
  the rarity (IDF) taken over the texts compared together: all statements of the compared
  reports in ``compare``, all statements of the input batch in ``pairs``. Within one story's
  coverage the rare strings (names, places, figures) are what tell one fact from another;
- ``shared_rare`` / ``shared_names``: the summed rarity of the content words (of the
  capitalised names) both have, over the rarest possible; ``shared_figures``: figures both
  have (value and unit, at most 3);
- ``shared_concepts``: the cosine of the two statements' WordNet concept rows (``concepts``:
  each content word's most frequent senses and their derivationally related forms, a
  concept weighing its rarity over the texts compared): "died" / "death", "foiled" /
  "thwarted" say one thing in other words. Words WordNet does not know (names, figures)
  leave no trace, so it also weighs the plain words two statements share apart from the
  names that dominate ``word_cos``. Like the cosines it needs no head score, so the
  prefilter is untouched (and fewer pairs below it reach ``match.link`` than without it);
- ``len_ratio``: the shorter statement's content words over the longer's; ``short``: the
  shorter's content words (log).

Trained on ECB+ cross-report sentence pairs of one event (``label_strict``: the two report
largely the same happenings), the gate topics left out (``tools/train_link.py``); weights in
``newsdigest/data/link_model.json``, applied with NumPy. Every weight is >= 0 but that of
``len_ratio``: more shared evidence never lowers the score, and two statements sharing
nothing score near 0.

Two parts, each a probability calibrated on the training topics, averaged:

- ``happening`` over every feature: the event head and the concept cosine carry most of it.
  It knows the main happening of a story's leads best, and groups ECB+ events best;
- ``wording`` over every feature but the matcher's heads (their weights are 0): the cosines,
  shared rare words and concepts. Fitted on the same pairs, it ranks unseen topics better
  than the happening part (the models' own scores on the gate topics, as
  ``tools/train_link.py`` prints them: average precision 56.0 against 53.8) and political
  coverage far better, where the event head, trained on ECB+'s happenings, misses facts told
  in the same words about something other than the main happening (a quotation, a
  background fact).

Their mean, with the figure lifts and caps below: ECB+ gate AP 53.8 (``python -m
newsdigest.eval align --gate``), political pair AP 51.8 (the hand-labelled shared facts of
``eval facts``, where a character TF-IDF cosine reaches 46.9), ECB+ gate groups F1 57.4
(``eval groups``) at ``match.link`` 12 / ``match.group`` 22. The same commands gave 52.9,
46.2 and 58.1 for the happening part alone (at 10 / 19), before the wording part came."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .sparserows import SparseRows, counts

LINK_FILE = "data/link_model.json"
LINK_FEATURES: tuple[str, ...] = (
    "event", "same", "char_cos", "word_cos", "shared_rare", "shared_names", "shared_figures",
    "shared_concepts", "len_ratio", "short",
)
MAX_FIGURES = 3.0


@dataclass(frozen=True)
class Rarity:
    """Vectors of a set of texts (one row each) with the IDF taken over that set."""

    char: SparseRows  # row-normalised character n-gram TF-IDF
    word: SparseRows  # row-normalised content-word TF-IDF
    rare: SparseRows  # binary content words times IDF / max IDF
    names: SparseRows  # binary capitalised content words times IDF / max IDF
    figures: SparseRows  # binary figure keys
    concepts: SparseRows  # row-normalised concepts of the content words (``concepts``)
    size: Any  # content words per text


def _idf_rows(rows: Sequence[Sequence[str]], counted: int | None = None
              ) -> tuple[SparseRows, Any, list[str]]:
    """(counts, IDF / max IDF per column, the column's token) of token rows, a row a text,
    IDF over the rows (the first ``counted``, when given)."""
    vocab: dict[str, int] = {}
    cols = [[vocab.setdefault(w, len(vocab)) for w in row] for row in rows]
    m = counts(cols, max(1, len(vocab)))
    n = len(rows) if counted is None else counted
    return m, m.idf(counted) / (math.log(1 + n) + 1.0), list(vocab)


def _sqrt_binary(m: SparseRows, weight: Any) -> SparseRows:
    """Binary ``m`` times the square root of ``weight``: a dot product of two rows is the
    summed weight of the columns both have."""
    import numpy as np

    return m.with_data(np.sqrt(weight)[m.indices])


def rarity(texts: Sequence[str], counted: int | None = None) -> Rarity:
    """The vectors of ``texts``, their rarity taken over ``texts`` (over the first
    ``counted`` alone, when given: the texts after them are weighed by the same rarity and
    change nobody's)."""
    import numpy as np

    from .charvec import char_rows
    from .concepts import concept_rows
    from .features import prepared

    preps = [prepared(t) for t in texts]
    words, widf, vocab = _idf_rows([p.content for p in preps], counted)
    names, nidf, _ = _idf_rows([sorted(p.caps) for p in preps], counted)
    figs, _, _ = _idf_rows([sorted(p.figs) for p in preps], counted)
    return Rarity(
        char=char_rows(texts, counted),
        word=words.with_data(words.data * widf[words.indices]).normalised(),
        rare=_sqrt_binary(words, widf), names=_sqrt_binary(names, nidf),
        figures=_sqrt_binary(figs, np.ones(figs.width)),
        concepts=concept_rows(words, vocab, counted=counted).normalised(),
        size=np.array([len(p.cset) for p in preps], dtype=np.float64),
    )


def _dots(m: SparseRows, ia: Any, ib: Any, grid: bool) -> Any:
    """Row dot products: of each pair ``(ia[k], ib[k])``, or (``grid``) of every row of ``ia``
    with every row of ``ib``, flattened row by row."""
    return m.grid(ia, ib).ravel() if grid else m.pairs(ia, ib)


def link_features(r: Rarity, ia: Any, ib: Any, event: Any, same: Any,
                  grid: bool = False) -> Any:
    """Feature rows (``LINK_FEATURES``) of the statement pairs ``(ia[k], ib[k])`` (indices
    into the texts of ``r``), or with ``grid`` of every ``ia`` x ``ib`` pair flattened row by
    row; ``event`` / ``same``: the matcher's head scores (0-100) in the same order, already 0
    below ``LinkModel.floor``."""
    import numpy as np

    ia, ib = np.asarray(ia, dtype=np.intp), np.asarray(ib, dtype=np.intp)
    sa, sb = r.size[ia], r.size[ib]
    if grid:
        sa, sb = np.repeat(sa, len(ib)), np.tile(sb, len(ia))
    lo, hi = np.minimum(sa, sb), np.maximum(sa, sb)
    return np.column_stack([
        np.asarray(event, dtype=np.float64).ravel() / 100.0,
        np.asarray(same, dtype=np.float64).ravel() / 100.0,
        _dots(r.char, ia, ib, grid), _dots(r.word, ia, ib, grid),
        _dots(r.rare, ia, ib, grid), _dots(r.names, ia, ib, grid),
        np.minimum(_dots(r.figures, ia, ib, grid), MAX_FIGURES),
        _dots(r.concepts, ia, ib, grid),
        np.where(hi > 0, lo / np.maximum(hi, 1.0), 1.0), np.log1p(lo),
    ])


HEADS = ("event", "same")  # the matcher's head scores among LINK_FEATURES: not in ``wording``


@dataclass(frozen=True)
class LinkPart:
    """One logistic regression of the link score, on standardised ``LINK_FEATURES``."""

    name: str
    mean: Any
    scale: Any
    coef: Any
    intercept: float

    def probability(self, x: Any) -> Any:
        """0-1 of feature rows ``x``."""
        import numpy as np

        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))


@dataclass(frozen=True)
class LinkModel:
    """The link score's parts (``data/link_model.json``): 100 x their mean probability."""

    parts: tuple[LinkPart, ...]
    floor: float  # head scores (0-100) below this count 0

    def score(self, x: Any) -> Any:
        """0-100 of feature rows ``x``."""
        return 100.0 * sum(p.probability(x) for p in self.parts) / len(self.parts)


def link_from_doc(doc: dict[str, Any]) -> LinkModel:
    import numpy as np

    if list(doc["features"]) != list(LINK_FEATURES):
        raise RuntimeError(f"{LINK_FILE} was trained on other features; "
                           "run tools/train_link.py")
    def vector(part: dict[str, Any], key: str) -> Any:
        return np.asarray(part[key], dtype=np.float64)

    parts = tuple(LinkPart(str(p["name"]), vector(p, "mean"), vector(p, "scale"),
                           vector(p, "coef"), float(p["intercept"])) for p in doc["parts"])
    return LinkModel(parts, float(doc["floor"]))


@cache
def load_link() -> LinkModel:
    from .. import shipped

    return link_from_doc(json.loads(shipped(LINK_FILE.removeprefix("data/"))))
