"""Train the "same fact" link score (``newsdigest.match.link``) and write
``newsdigest/data/link_model.json``.

    python tools/train_link.py [--data ../shared/data] [--folds 4] [--floor F] [--cache FILE]
        [--dry-run]

Run it after ``tools/train_match.py`` (it uses the shipped heads) and after
``tools/build_concepts.py`` changes the concept table; about 2 minutes, most of it the
out-of-fold event heads, which ``--cache`` keeps between runs.

Data: ECB+ cross-report sentence pairs of one event (``align/ecbplus_align_tune.jsonl``,
``label_strict``), the topics of the gate fold (``eval.ecb.GATE_FOLD``) left out. Each pair's
features are computed twice: with the rarity taken over all sentences of the event's reports
(what ``compare`` sees) and over all sentences of the training batch (what ``pairs`` sees), so
the model holds in both settings. The matcher's same-statement head (MRPC only: it never saw
these pairs) is one feature; the event head (trained on MRPC and these topics) another, its
scores on the training topics out of fold (``--folds`` topic folds: each fold scored by an
event head trained without it, as ``tools/train_match.py`` trains it), so that the link model
learns how far to trust it on unseen topics.

Two parts (see ``newsdigest.match.link``): ``happening`` on every feature, ``wording`` on all but
the matcher's heads; the score is their mean probability.

Prints topic-fold cross-validated average precision and F1 at ``match.related`` (4 folds of
the training topics), then the gate topics' figures, never used for any choice here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.match.link import HEADS, LINK_FEATURES, link_features, rarity  # noqa: E402

C = 0.05  # inverse L2 penalty (chosen by the topic folds of the training topics)
FREE = ("len_ratio",)  # features whose weight may be negative


def oof_event(rows: Sequence[dict[str, Any]], train: Any, data: Path, folds: int,
              cache: Path | None) -> Any:
    """Event-head scores (0-100, capped as ``Matcher.score_pairs`` caps them) of ``rows``:
    the shipped head's on the gate rows (it never saw them), out of fold on the others."""
    import dataclasses

    import numpy as np
    from train_match import Ensemble

    from newsdigest.config import defaults
    from newsdigest.eval import labelled as mdata
    from newsdigest.eval.ecb import topic_folds
    from newsdigest.match import Matcher
    from newsdigest.match.features import feature_matrix
    from newsdigest.match.model import from_doc, load_model

    pairs = [(r["text_a"], r["text_b"]) for r in rows]
    if cache and cache.is_file() and len(np.load(cache)["event"]) == len(rows):
        return np.load(cache)["event"]
    matcher = Matcher(defaults())
    out = np.asarray(matcher.score_pairs(pairs, "event"), dtype=np.float64)
    mrpc = mdata.read_labelled(data / "mrpc" / "train.tsv")
    x, y = feature_matrix([(a, b) for _, a, b in mrpc]), np.array([v for v, _, _ in mrpc])
    xa = feature_matrix(pairs)
    ya = np.array([int(r["label_strict"]) for r in rows])
    topics = np.array([int(r["topic"]) for r in rows])
    shipped = load_model()
    doc = json.loads((ROOT / "newsdigest" / "data" / "match_model.json").read_text("utf-8"))
    for fold in topic_folds(topics[train].tolist(), folds):
        held = train & np.isin(topics, sorted(fold))
        fit_on = train & ~held
        head = Ensemble(np.r_[x, xa[fit_on]], np.r_[y, ya[fit_on]]).export()
        matcher._model = dataclasses.replace(
            shipped, event=from_doc({**doc, **head, "event": None}))
        idx = np.nonzero(held)[0]
        out[idx] = matcher.score_pairs([pairs[k] for k in idx], "event")
    if cache:
        np.savez(cache, event=out)
    return out


def features(rows: Sequence[dict[str, Any]], same: Any, event: Any,
             groups: dict[str, list[str]]) -> Any:
    """Feature rows of ``rows``; the rarity over ``groups[key]`` for each row's key."""
    import numpy as np

    out = np.zeros((len(rows), len(LINK_FEATURES)))
    by_key: dict[str, list[int]] = {}
    for k, r in enumerate(rows):
        by_key.setdefault(r["_key"], []).append(k)
    for key, idx in by_key.items():
        texts = list(dict.fromkeys(groups.get(key, []) + [t for k in idx for t in
                                                          (rows[k]["text_a"], rows[k]["text_b"])]))
        at = {t: i for i, t in enumerate(texts)}
        out[idx] = link_features(rarity(texts), [at[rows[k]["text_a"]] for k in idx],
                                 [at[rows[k]["text_b"]] for k in idx], event[idx], same[idx])
    return out


def fit(x: Any, y: Any, floor: float) -> dict[str, Any]:
    """The link model's two parts (``match.link``): the package's bounded logistic regression
    (``eval._fit_logistic``, as the event model is fitted) on standardised features, penalty
    1 / ``C``, every weight >= 0 but those in ``FREE`` (more shared evidence never lowers the
    score); ``happening`` over every feature, ``wording`` with the matcher's heads held at 0
    (their weights stay 0)."""
    return {"features": list(LINK_FEATURES), "floor": floor,
            "parts": [_part("happening", x, y), _part("wording", _without_heads(x), y)]}


def _without_heads(x: Any) -> Any:
    out = x.copy()
    out[:, [LINK_FEATURES.index(h) for h in HEADS]] = 0.0
    return out


def _part(name: str, x: Any, y: Any) -> dict[str, Any]:
    from newsdigest.eval import _fit_logistic

    signs = [0 if f in FREE else 1 for f in LINK_FEATURES]
    w, mean, scale = _fit_logistic(x, y, 1.0 / C, signs)
    return {"name": name, "mean": mean.tolist(), "scale": scale.tolist(),
            "coef": w[:-1].tolist(), "intercept": float(w[-1])}


def figures(name: str, p: Any, y: Any, related: float) -> str:
    from newsdigest.eval.align import average_precision, best_f1, f1_at

    return (f"{name}: AP {100 * average_precision(p, y):.1f}  F1@{related:g} "
            f"{100 * f1_at(p, y, related):.1f}  best F1 {100 * best_f1(p, y)[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    ap.add_argument("--folds", type=int, default=4, help="topic folds (training topics)")
    ap.add_argument("--cache", type=Path, help="file keeping the out-of-fold event scores")
    ap.add_argument("--floor", type=float,
                    help="head scores below this count 0 (default: match.related)")
    args = ap.parse_args()

    import numpy as np

    from newsdigest.config import defaults
    from newsdigest.eval.ecb import GATE_FOLD, by_event, read_event_docs, read_jsonl, topic_folds
    from newsdigest.match import Matcher
    from newsdigest.match.link import LinkModel, link_from_doc

    rows = list(read_jsonl(args.data / "align" / "ecbplus_align_tune.jsonl"))
    matcher = Matcher(defaults())
    same = matcher.score_pairs([(r["text_a"], r["text_b"]) for r in rows])
    floor = matcher.related if args.floor is None else args.floor
    same = np.where(same >= floor, same, 0.0)  # as compare's prefilter leaves it
    docs = read_event_docs(args.data / "events" / "ecbplus_tune.jsonl")
    lines = {e: [s for d in ds for s in d.lines if s.strip()] for e, ds in by_event(docs).items()}
    topics = np.array([int(r["topic"]) for r in rows])
    y = np.array([int(r["label_strict"]) for r in rows])
    gate = np.isin(topics, sorted(topic_folds(topics.tolist())[GATE_FOLD]))
    event = oof_event(rows, ~gate, args.data, args.folds, args.cache)
    event = np.where(event >= floor, event, 0.0)
    x_event = features([{**r, "_key": str(r["event_id"])} for r in rows], same, event, lines)
    x_batch = features([{**r, "_key": "gate" if g else "train"} for r, g in zip(rows, gate,
                                                                               strict=True)],
                       same, event, {})
    train = ~gate
    tr_topics = topics[train]
    related = matcher.related / 100.0
    for name, x in (("rarity per event", x_event), ("rarity over the batch", x_batch)):
        p = np.zeros(train.sum())
        for fold in topic_folds(tr_topics.tolist(), args.folds):
            te = np.isin(tr_topics, sorted(fold))
            model = link_from_doc(fit(np.r_[x_event[train][~te], x_batch[train][~te]],
                                      np.r_[y[train][~te], y[train][~te]], floor))
            p[te] = model.score(x[train][te]) / 100.0
        print(figures(f"training topics, {args.folds} topic folds, {name}", p, y[train], related))
    doc = fit(np.r_[x_event[train], x_batch[train]], np.r_[y[train], y[train]], floor)
    model = link_from_doc(doc)
    for name, x in (("rarity per event", x_event), ("rarity over the batch", x_batch)):
        print(figures(f"gate topics, {name}", model.score(x[gate]) / 100.0, y[gate], related))
        for part in model.parts:
            alone = LinkModel((part,), model.floor).score(x[gate]) / 100.0
            print(figures(f"  the {part.name} part alone, {name}", alone, y[gate], related))
        cos = x[gate][:, LINK_FEATURES.index("char_cos")]
        print(figures(f"  char tf-idf cosine, {name}", cos, y[gate], related))
    for part in doc["parts"]:
        print(f"weights, {part['name']}:",
              {f: round(c, 3) for f, c in zip(LINK_FEATURES, part["coef"], strict=True)})
    if not args.dry_run:
        path = ROOT / "newsdigest" / "data" / "link_model.json"
        path.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
