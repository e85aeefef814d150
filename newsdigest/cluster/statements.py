"""Statements that say the same thing across articles, at scale (a story's key shared
statements), by the one notion of "same statement" the package has: ``match.Matcher`` at
``match.same`` (what ``compare`` calls tier ``same``; figures, negations, speakers that
differ keep two statements apart).

Never all pairs: identical statements (after lower-casing, dropping punctuation and sorting
the words) collapse first; each distinct form is then keyed by its rarest words, forms sharing
at least two keys become candidates (sparse matrix product, no Python loop over pairs); a cheap
rapidfuzz ``ratio`` on sorted words (``token_sort_ratio``) drops the candidates that are
plainly different (``PREFILTER``), the Matcher scores the rest in bulk, and the pairs it calls
the same are joined into groups."""

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
    from ..match import Matcher
    from ..model import Article

N_KEYS = 6  # rarest words per statement used as keys
MIN_SHARED = 2  # keys two statements must share to be compared
SMALL = 300  # up to this many distinct statements, compare all pairs
MAX_POSTING = 2000  # a key held by more distinct statements than this is not selective
# token-sort score under which the Matcher is not asked: pairs below it are never the same
# statement for it (on MRPC it keeps 99.9 % of the pairs the Matcher calls same and drops
# what shares little wording, which is most candidate pairs of a story)
PREFILTER = 55.0


@dataclass(frozen=True, slots=True)
class StatementGroup:
    """Statements (indices into the input) that say the same thing, from >= 2 owners."""

    members: tuple[int, ...]
    owners: tuple[Hashable, ...]  # distinct owners (article ids), in member order


def _normal_form(text: str) -> str:
    from rapidfuzz import utils

    return " ".join(sorted(utils.default_process(text).split()))


def group_statements(texts: Sequence[str], owners: Sequence[Hashable],
                     matcher: Matcher | None = None, min_words: int = 4,
                     ) -> list[StatementGroup]:
    """Groups of statements the ``matcher`` (default: the built-in settings) calls the same
    (score >= ``match.same``, joined transitively) that come from at least two different
    owners, largest first (ties: first member). Statements with fewer than ``min_words``
    words are left out (datelines, 'he said.')."""
    return group_statements_many([(texts, owners)], matcher, min_words)[0]


def group_statements_many(parts: Sequence[tuple[Sequence[str], Sequence[Hashable]]],
                          matcher: Matcher | None = None, min_words: int = 4,
                          top: int | None = None) -> list[list[StatementGroup]]:
    """``group_statements`` of each (texts, owners) part, no statement grouped with another
    part's; the parts' candidate pairs are scored in bulk calls (many small stories cost
    little more than one big one). With ``top``, only each part's ``top`` first groups, and
    the matcher verifies only the candidate groups that can be among them (the same groups as
    verifying everything)."""
    import numpy as np

    if not parts:
        return []
    if matcher is None:
        from ..config import defaults
        from ..match import Matcher

        matcher = Matcher(defaults())
    firsts: list[str] = []  # the first statement of each distinct form, as written
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
            form_of[k] = at = forms.setdefault(f, len(forms))
            if at == len(firsts) - offsets[-1]:
                firsts.append(t)
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
    n = len(all_forms)
    i, j = _alike(all_forms, np.concatenate(pi), np.concatenate(pj))
    owners_of = [owners for _, owners in parts]
    if top is None:
        labels = components(n, *_verify(firsts, i, j, matcher, n))
        return [_groups(form_of, labels[offsets[k]:offsets[k + 1]], owners)
                for k, (form_of, owners) in enumerate(zip(form_ofs, owners_of, strict=True))]
    return _top_groups(form_ofs, owners_of, offsets, firsts, i, j, matcher, top)


def _top_groups(form_ofs: Sequence[npt.NDArray[np.int64]],
                owners_of: Sequence[Sequence[Hashable]], offsets: Sequence[int],
                firsts: list[str], i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
                matcher: Matcher, top: int) -> list[list[StatementGroup]]:
    """Each part's ``top`` first groups. The groups the matcher makes lie inside the
    components of the prefiltered pairs, and a component's owners, members and first member
    bound those of any group inside it: components are verified best first, in bulk rounds
    over all parts, until a part's ``top``-th verified group ranks before its next
    unverified component."""
    import numpy as np

    n = len(firsts)
    loose = components(n, i, j)
    cands = [_groups(form_of, loose[offsets[k]:offsets[k + 1]], owners)
             for k, (form_of, owners) in enumerate(zip(form_ofs, owners_of, strict=True))]
    nxt = [0] * len(cands)
    chosen = np.zeros(n, bool)  # forms whose candidate component has been verified
    edges: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] = (i[:0], j[:0])
    found: list[list[StatementGroup]] = [[] for _ in cands]
    todo = list(range(len(cands)))
    want = top + 2  # components taken from a part in the first round
    while todo:
        new = np.zeros(n, bool)
        for k in todo:
            for g in cands[k][nxt[k]:nxt[k] + want]:
                new[form_ofs[k][list(g.members)] + offsets[k]] = True
            nxt[k] = min(len(cands[k]), nxt[k] + want)
        take = new[i] & ~chosen[i]
        chosen |= new
        vi, vj = _verify(firsts, i[take], j[take], matcher, n)
        edges = (np.concatenate([edges[0], vi]), np.concatenate([edges[1], vj]))
        labels = components(n, *edges)
        left = []
        for k in todo:
            form_of = np.where(chosen[form_ofs[k] + offsets[k]] & (form_ofs[k] >= 0),
                               form_ofs[k], -1)
            found[k] = _groups(form_of, labels[offsets[k]:offsets[k + 1]], owners_of[k])
            if nxt[k] < len(cands[k]) and (len(found[k]) < top or
                                           _rank(found[k][top - 1]) > _rank(cands[k][nxt[k]])):
                left.append(k)
        todo, want = left, top
    return [g[:top] for g in found]


def _rank(g: StatementGroup) -> tuple[int, int, int]:
    return (-len(g.owners), -len(g.members), g.members[0])


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


def _alike(forms: list[str], i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
           chunk: int = 1_000_000) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The candidate pairs of forms that pass the token-sort prefilter, most alike first."""
    import numpy as np
    from rapidfuzz import fuzz, process

    keep: list[npt.NDArray[np.float32]] = []
    for s in range(0, len(i), chunk):
        a = [forms[v] for v in i[s:s + chunk]]
        b = [forms[v] for v in j[s:s + chunk]]
        # threads pay off on many pairs only (a story's few hundred: one thread is faster)
        keep.append(process.cpdist(a, b, scorer=fuzz.ratio, score_cutoff=PREFILTER,
                                   workers=-1 if len(a) >= 20_000 else 1, dtype=np.float32))
    alike = np.concatenate(keep) if keep else np.zeros(0, np.float32)
    order = np.flatnonzero(alike >= PREFILTER)
    order = order[np.argsort(-alike[order], kind="stable")]
    return i[order], j[order]


def _verify(firsts: list[str], i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
            matcher: Matcher, n: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Pairs of forms (of ``n``) whose statements the matcher calls the same, enough of them
    to give the same connected components as all of them: ``Matcher.score_pairs`` in rounds,
    in the given order; a pair whose forms an earlier round already joined is not scored
    (copied wire text makes large groups of near-identical statements: they cost about one
    verified pair per member, not all pairs)."""
    import numpy as np

    found_i: list[npt.NDArray[np.int64]] = [i[:0]]
    found_j: list[npt.NDArray[np.int64]] = [j[:0]]
    labels: npt.NDArray[np.int64] | None = None
    start, size = 0, FIRST_ROUND
    while start < len(i):
        bi, bj = i[start:start + size], j[start:start + size]
        start += size
        size *= 2
        if labels is not None:
            apart = labels[bi] != labels[bj]
            bi, bj = bi[apart], bj[apart]
        if not len(bi):
            continue
        same = matcher.score_pairs([(firsts[a], firsts[b])
                                    for a, b in zip(bi.tolist(), bj.tolist(), strict=True)])
        ok = np.asarray(same) >= matcher.same
        found_i.append(bi[ok])
        found_j.append(bj[ok])
        if start < len(i):
            labels = components(n, np.concatenate(found_i), np.concatenate(found_j))
    return np.concatenate(found_i), np.concatenate(found_j)


FIRST_ROUND = 2048  # pairs the matcher scores in the first round (each round doubles)


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
    from ..match import Matcher

    found = group_statements_many(parts, Matcher(config), top=top)
    return [[(texts[g.members[0]], tuple(str(o) for o in g.owners)) for g in groups]
            for (texts, _), groups in zip(parts, found, strict=True)]
