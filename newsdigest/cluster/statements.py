"""Near-duplicate statements across articles, at scale (a story's key shared statements).

Never all pairs: identical statements (after lower-casing, dropping punctuation and sorting
the words) collapse first; each distinct form is then keyed by its rarest words, forms sharing
at least two keys become candidates (sparse matrix product, no Python loop over pairs), the
candidates are scored in bulk with rapidfuzz (``ratio`` on sorted words, i.e.
``token_sort_ratio``) and the pairs at or above the cutoff are joined into groups."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .linkage import components
from .vectors import candidate_pairs, rank_in_rows

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Article

N_KEYS = 6  # rarest words per statement used as keys
MIN_SHARED = 2  # keys two statements must share to be compared
SMALL = 300  # up to this many distinct statements, compare all pairs
MAX_POSTING = 2000  # a key held by more distinct statements than this is not selective


@dataclass(frozen=True, slots=True)
class StatementGroup:
    """Statements (indices into the input) that say the same thing, from >= 2 owners."""

    members: tuple[int, ...]
    owners: tuple[Hashable, ...]  # distinct owners (article ids), in member order


def _normal_form(text: str) -> str:
    from rapidfuzz import utils

    return " ".join(sorted(utils.default_process(text).split()))


def group_statements(texts: Sequence[str], owners: Sequence[Hashable], cutoff: float = 85.0,
                     min_words: int = 4) -> list[StatementGroup]:
    """Groups of near-duplicate statements (``token_sort_ratio`` >= ``cutoff``) that come from
    at least two different owners, largest first (ties: first member). Statements with fewer
    than ``min_words`` words are left out (datelines, 'he said.')."""
    return group_statements_many([(texts, owners)], cutoff, min_words)[0]


def group_statements_many(parts: Sequence[tuple[Sequence[str], Sequence[Hashable]]],
                          cutoff: float = 85.0, min_words: int = 4,
                          ) -> list[list[StatementGroup]]:
    """``group_statements`` of each (texts, owners) part, no statement grouped with another
    part's; the parts' candidate pairs are scored in one bulk call (many small stories cost
    little more than one big one)."""
    import numpy as np

    if not parts:
        return []
    form_ofs: list[npt.NDArray[np.int64]] = []
    all_forms: list[str] = []
    offsets = [0]
    pi: list[npt.NDArray[np.int64]] = []
    pj: list[npt.NDArray[np.int64]] = []
    for texts, _ in parts:
        forms: dict[str, int] = {}
        form_of = np.full(len(texts), -1, np.int64)
        for k, t in enumerate(texts):
            f = _normal_form(t)
            if f.count(" ") + 1 < min_words:
                continue
            form_of[k] = forms.setdefault(f, len(forms))
        form_list = list(forms)
        if len(form_list) <= SMALL:  # a story's statements: every pair, no blocking needed
            fi, fj = (v.astype(np.int64) for v in np.triu_indices(len(form_list), 1))
        else:
            fi, fj = _candidate_forms(form_list)
        pi.append(fi + offsets[-1])
        pj.append(fj + offsets[-1])
        form_ofs.append(form_of)
        all_forms.extend(form_list)
        offsets.append(len(all_forms))
    edges_i, edges_j = _verify(all_forms, np.concatenate(pi), np.concatenate(pj), cutoff)
    labels = components(len(all_forms), edges_i, edges_j)
    return [_groups(form_of, labels[offsets[k]:offsets[k + 1]], owners)
            for k, (form_of, (_, owners)) in enumerate(zip(form_ofs, parts, strict=True))]


def _candidate_forms(forms: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    import numpy as np

    vocab: dict[str, int] = {}
    lens = np.fromiter((f.count(" ") + 1 for f in forms), np.int64, len(forms))
    words = np.fromiter((vocab.setdefault(w, len(vocab)) for f in forms for w in f.split()),
                        np.int64, int(lens.sum()))
    rows = np.repeat(np.arange(len(forms), dtype=np.int64), lens)
    # a form lists each distinct word once per occurrence; count documents per word once
    pair = np.unique(rows * (len(vocab) + 1) + words)
    rows, words = pair // (len(vocab) + 1), pair % (len(vocab) + 1)
    freq = np.bincount(words, minlength=len(vocab))
    ok = (freq[words] >= 2) & (freq[words] <= MAX_POSTING)
    rows, words = rows[ok], words[ok]
    order = np.lexsort((words, freq[words], rows))
    rows, words = rows[order], words[order]
    rank = rank_in_rows(rows)
    keep = rank < N_KEYS
    rows, words = rows[keep], words[keep]
    # pairs sharing MIN_SHARED (2) keys of worth 1, key product taken in chunks of rows
    return candidate_pairs(rows, words, np.ones(len(rows), np.int64), len(forms))


def _verify(forms: list[str], i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
            cutoff: float, chunk: int = 1_000_000,
            ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    import numpy as np
    from rapidfuzz import fuzz, process

    keep: list[npt.NDArray[np.bool_]] = []
    for s in range(0, len(i), chunk):
        a = [forms[v] for v in i[s:s + chunk]]
        b = [forms[v] for v in j[s:s + chunk]]
        # threads pay off on many pairs only (a story's few hundred: one thread is faster)
        scores = process.cpdist(a, b, scorer=fuzz.ratio, score_cutoff=cutoff,
                                workers=-1 if len(a) >= 20_000 else 1, dtype=np.float32)
        keep.append(scores >= cutoff)
    ok = np.concatenate(keep) if keep else np.zeros(0, bool)
    return i[ok], j[ok]


def _groups(form_of: npt.NDArray[np.int64], labels: npt.NDArray[np.int64],
            owners: Sequence[Hashable]) -> list[StatementGroup]:
    import numpy as np

    valid = np.flatnonzero(form_of >= 0)
    lab = labels[form_of[valid]]
    order = np.lexsort((valid, lab))
    valid, lab = valid[order], lab[order]
    bounds = np.flatnonzero(np.diff(lab)) + 1
    out: list[StatementGroup] = []
    for members in np.split(valid, bounds):
        if len(members) < 2:
            continue
        seen: dict[Hashable, None] = {}
        for m in members:
            seen.setdefault(owners[int(m)], None)
        if len(seen) >= 2:
            out.append(StatementGroup(tuple(int(m) for m in members), tuple(seen)))
    out.sort(key=lambda g: (-len(g.owners), -len(g.members), g.members[0]))
    return out


def shared_statements(articles: Sequence[Article], config: Config, top: int = 5,
                      ) -> list[tuple[str, tuple[str, ...]]]:
    """A story's key shared statements: (a representative sentence, the ids of the articles
    that carry it), most widely shared first. Sentences are the lines/sentences of each
    article's text, split simply (the comparison itself uses the full pipeline)."""
    return shared_statements_many([articles], config, top)[0]


def shared_statements_many(stories: Sequence[Sequence[Article]], config: Config, top: int = 5,
                           ) -> list[list[tuple[str, tuple[str, ...]]]]:
    """``shared_statements`` of each story, in one bulk pass."""
    import re

    split = re.compile(r"(?<=[.!?])\s+|\n+")
    parts: list[tuple[list[str], list[str]]] = []
    for articles in stories:
        texts: list[str] = []
        owners: list[str] = []
        for a in articles:
            for sent in split.split(a.text):
                if sent.strip():
                    texts.append(sent.strip())
                    owners.append(a.id)
        parts.append((texts, owners))
    found = group_statements_many(parts, config.get_float("cluster.statement_same"))
    return [[(texts[g.members[0]], tuple(str(o) for o in g.owners)) for g in groups[:top]]
            for (texts, _), groups in zip(parts, found, strict=True)]
