"""Labelled pair files and the figures that judge a matcher on them (accuracy, F1, precision,
recall, confusion counts, best threshold). Used by ``python -m newsdigest.eval``, the training
script and the quality-gate test."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError


def read_labelled(path: Path) -> list[tuple[int, str, str]]:
    """``(label, s1, s2)`` rows of a tab-separated file: either ``label<TAB>s1<TAB>s2`` (an
    optional header row is skipped; MRPC) or the STS layout ``genre file year sid score s1 s2``
    (label 1 when score >= 3). Quotes are not special (``csv.QUOTE_NONE``)."""
    rows: list[tuple[int, str, str]] = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not any(c.strip() for c in row):
                continue
            if len(row) == 7:
                if n == 1 and row[4] == "score":
                    continue
                try:
                    rows.append((int(float(row[4]) >= 3.0), row[5], row[6]))
                except ValueError as e:
                    raise InputError(f"bad score {row[4]!r}", where=f"{path}:{n}") from e
                continue
            if len(row) != 3:
                raise InputError(f"expected 'label<TAB>s1<TAB>s2', found {len(row)} field(s)",
                                 where=f"{path}:{n}")
            label = row[0].strip().lower()
            if label in ("1", "0", "true", "false", "same", "different"):
                rows.append((int(label in ("1", "true", "same")), row[1], row[2]))
            elif n == 1:
                continue  # header
            else:
                raise InputError(f"label must be 0 or 1, found {row[0]!r}", where=f"{path}:{n}")
    return rows


def read_graded(path: Path) -> list[tuple[float, str, str]]:
    """``(score 0..5, s1, s2)`` rows of an STS file (``genre file year sid score s1 s2``)."""
    out: list[tuple[float, str, str]] = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if n == 1 and row and row[0] == "genre":
                continue
            if len(row) != 7:
                raise InputError(f"expected 7 STS columns, found {len(row)}", where=f"{path}:{n}")
            out.append((float(row[4]), row[5], row[6]))
    return out


def binary_stats(truth: Sequence[bool] | Any, pred: Sequence[bool] | Any) -> dict[str, float]:
    """Accuracy, precision, recall, F1 ("same" is the positive class) and the confusion counts
    ``tp fp fn tn``."""
    tp = fp = fn = tn = 0
    for t, p in zip(truth, pred, strict=True):
        if p and t:
            tp += 1
        elif p:
            fp += 1
        elif t:
            fn += 1
        else:
            tn += 1
    n = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n": n, "accuracy": (tp + tn) / n if n else 0.0, "precision": precision,
            "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def best_threshold(scores: Sequence[float] | Any, labels: Sequence[int] | Any) -> float:
    """The score cut (``score >= cut`` means same) with the highest accuracy on these pairs;
    ties go to the middle of the best run of cuts."""
    pairs = sorted(zip((float(s) for s in scores), (int(v) for v in labels), strict=True))
    n = len(pairs)
    if not n:
        return 0.5
    pos = sum(v for _, v in pairs)
    # cut below pairs[i]: predicted same = pairs[i:]; correct = negatives before + positives after
    best, best_cuts = -1, [pairs[0][0]]
    neg_before = pos_before = 0
    for i in range(n + 1):
        if i == 0 or i == n or pairs[i][0] != pairs[i - 1][0]:
            correct = neg_before + (pos - pos_before)
            cut = pairs[i][0] if i < n else pairs[-1][0] + 1e-9
            if i > 0 and i < n:
                cut = (pairs[i - 1][0] + pairs[i][0]) / 2
            if correct > best:
                best, best_cuts = correct, [cut]
            elif correct == best:
                best_cuts.append(cut)
        if i < n:
            if pairs[i][1]:
                pos_before += 1
            else:
                neg_before += 1
    return best_cuts[len(best_cuts) // 2]


def rank_correlations(x: Sequence[float] | Any, y: Sequence[float] | Any
                      ) -> tuple[float, float]:
    """Pearson and Spearman correlation of two equally long sequences."""
    import numpy as np

    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)

    def ranks(v: Any) -> Any:
        order = v.argsort(kind="stable")
        r = np.empty(len(v))
        r[order] = np.arange(len(v))
        # average ranks of ties
        sv = v[order]
        i = 0
        while i < len(v):
            j = i
            while j + 1 < len(v) and sv[j + 1] == sv[i]:
                j += 1
            r[order[i:j + 1]] = (i + j) / 2
            i = j + 1
        return r

    pearson = float(np.corrcoef(a, b)[0, 1])
    spearman = float(np.corrcoef(ranks(a), ranks(b))[0, 1])
    return pearson, spearman
