"""Judge statement matching on labelled data (development tool, not part of the CLI).

    python -m newsdigest.eval pairs FILE [--threshold T] [--baseline] [--errors N]
        accuracy, F1, precision, recall and confusion counts of the matcher's ``same`` tier
        on a labelled TSV (``label<TAB>s1<TAB>s2`` as in MRPC, or the STS layout with
        score >= 3 counted as same)
    python -m newsdigest.eval sts FILE
        Pearson and Spearman correlation of the score with the graded STS score
    python -m newsdigest.eval cv FILE [--folds K]
        K-fold cross-validated accuracy / F1 of a logistic model retrained on the matcher's
        features, threshold chosen inside each training part (the quality gate's measure)

The threshold defaults to ``match.same`` of the effective configuration (``--config``).

Further evaluations live in submodules of this package and are run the same way
(``python -m newsdigest.eval NAME ...``, see ``SUBCOMMANDS``); ``ecb`` reads the ECB+
development files they share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError

# ``--config`` of every evaluation: the settings the CLI would use
CONFIG_HELP = ("settings file (default: as the CLI finds one: $NEWSDIGEST_CONFIG, "
               "./config.yaml, then the user config dir; none: the shipped defaults, which "
               "the quality gate tests use)")


def _report(stats: dict[str, float], label: str) -> str:
    return (f"{label}: accuracy {stats['accuracy']:.1%}  F1 {100 * stats['f1']:.1f}  "
            f"precision {stats['precision']:.1%}  recall {stats['recall']:.1%}  "
            f"(tp {stats['tp']}  fp {stats['fp']}  fn {stats['fn']}  tn {stats['tn']})")


def _baselines(pairs: Sequence[tuple[int, str, str]]) -> list[str]:
    """Single rapidfuzz scorers with their best threshold on these very pairs (optimistic)."""
    from rapidfuzz import fuzz, utils

    from .labelled import best_threshold, binary_stats

    labels = [lab for lab, _, _ in pairs]
    out = [_report(binary_stats([bool(v) for v in labels], [True] * len(labels)),
                   "always same")]
    for name, scorer in (("ratio", fuzz.ratio), ("token_sort_ratio", fuzz.token_sort_ratio),
                         ("token_set_ratio", fuzz.token_set_ratio)):
        scores = [scorer(a, b, processor=utils.default_process) for _, a, b in pairs]
        cut = best_threshold(scores, labels)
        stats = binary_stats([bool(v) for v in labels], [s >= cut for s in scores])
        out.append(_report(stats, f"{name} (best cut {cut:.1f} on this file)"))
    return out


def cross_validate(x: Any, y: Any, folds: int = 10, seed: int = 0, l2: float = 3.0
                   ) -> dict[str, float]:
    """K-fold CV of an L2 logistic regression (Newton's method, NumPy only) on standardised
    features; each fold's threshold is the most accurate one on its training part."""
    import numpy as np

    from .labelled import best_threshold, binary_stats

    y = np.asarray(y, dtype=float)
    order = np.random.default_rng(seed).permutation(len(y))
    pred = np.zeros(len(y), dtype=bool)
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        w = _fit_logistic(x[train], y[train], l2)
        p_train = _predict_logistic(w, x[train])
        cut = best_threshold(p_train, y[train])
        pred[test] = _predict_logistic(w, x[test]) >= cut
    return binary_stats(y.astype(bool), pred)


def _fit_logistic(x: Any, y: Any, l2: float, signs: Sequence[int] | None = None
                  ) -> tuple[Any, Any, Any]:
    """L2 logistic regression on standardised features: (weights with the intercept last,
    mean, scale). ``signs``: per feature +1 (weight >= 0), -1 (<= 0) or 0 (free), fitted
    with SciPy's bounded L-BFGS; else Newton's method."""
    import numpy as np

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    if signs is not None:
        return _fit_signed(z, np.asarray(y, dtype=float), l2, signs), mean, scale
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0  # no penalty on the intercept
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mean, scale


def _fit_signed(z: Any, y: Any, l2: float, signs: Sequence[int]) -> Any:
    import numpy as np
    from scipy.optimize import minimize

    def loss(w: Any) -> tuple[float, Any]:
        s = z @ w
        value = np.logaddexp(0.0, s).sum() - (y * s).sum() + 0.5 * l2 * (w[:-1] @ w[:-1])
        grad = z.T @ (1.0 / (1.0 + np.exp(-s)) - y)
        grad[:-1] += l2 * w[:-1]
        return float(value), grad

    bounds = [(0.0, None) if k > 0 else (None, 0.0) if k < 0 else (None, None) for k in signs]
    return minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B",
                    bounds=[*bounds, (None, None)]).x


def _predict_logistic(model: tuple[Any, Any, Any], x: Any) -> Any:
    import numpy as np

    w, mean, scale = model
    z = (x - mean) / scale
    return 1.0 / (1.0 + np.exp(-(z @ w[:-1] + w[-1])))


# name -> submodule with its own ``main(argv) -> int``
SUBCOMMANDS: dict[str, str] = {
    "conflicts": "conflicts",
    "align": "align",
    "groups": "groups",
    "facts": "facts",
    "events": "events",
    "quotes": "quotes",
    "ner": "ner",
    "html": "html",
    "keys": "keys",
    "stories": "stories",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        import importlib

        module = importlib.import_module(f"{__name__}.{SUBCOMMANDS[argv[0]]}")
        try:
            code: int = module.main(argv[1:])
        except (InputError, ConfigError, OSError) as e:  # a file that is not there
            print(f"python -m newsdigest.eval {argv[0]}: error: {e}", file=sys.stderr)
            return 1
        return code
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval",
                                 description="Judge statement matching on labelled pairs.")
    ap.add_argument("what", choices=("pairs", "sts", "cv", *SUBCOMMANDS))
    ap.add_argument("file", type=Path)
    ap.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    ap.add_argument("--threshold", type=float, help="score for 'same' (default: match.same)")
    ap.add_argument("--baseline", action="store_true",
                    help="also print single rapidfuzz scorers and 'always same'")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print the N worst misjudged pairs")
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args(argv)

    from .. import config as cfg
    from ..match import Matcher
    from .labelled import binary_stats, rank_correlations, read_graded, read_labelled

    try:
        conf = cfg.load(args.config)
        if args.what == "sts":
            graded = read_graded(args.file)
            scores = Matcher(conf).score_pairs([(a, b) for _, a, b in graded])
            pearson, spearman = rank_correlations(scores, [g for g, _, _ in graded])
            print(f"{args.file}: {len(graded)} pairs  Pearson {pearson:.3f}  "
                  f"Spearman {spearman:.3f}")
            return 0
        pairs = read_labelled(args.file)
    except (InputError, ConfigError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if args.what == "cv":
        import numpy as np

        from ..match.features import feature_matrix

        x = feature_matrix([(a, b) for _, a, b in pairs])
        stats = cross_validate(x, np.array([lab for lab, _, _ in pairs]), folds=args.folds)
        print(f"{args.file}: {len(pairs)} pairs")
        print(_report(stats, f"{args.folds}-fold CV, logistic model on the match features"))
        return 0
    matcher = Matcher(conf)
    cut = matcher.same if args.threshold is None else args.threshold
    scores = matcher.score_pairs([(a, b) for _, a, b in pairs])
    truth = [bool(lab) for lab, _, _ in pairs]
    stats = binary_stats(truth, [float(s) >= cut for s in scores])
    print(f"{args.file}: {len(pairs)} pairs, 'same' at score >= {cut:g}")
    print(_report(stats, "matcher"))
    if args.baseline:
        for line in _baselines(pairs):
            print(line)
    if args.errors:
        wrong = sorted(((abs(float(s) - cut), float(s), t, a, b)
                        for s, t, (_, a, b) in zip(scores, truth, pairs, strict=True)
                        if (float(s) >= cut) != t), reverse=True)
        for _, s, t, a, b in wrong[:args.errors]:
            print(f"{s:5.1f} {'same' if t else 'diff'}\t{a}\t{b}")
    return 0
