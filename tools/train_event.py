"""Train the same-event model (newsdigest/data/event_model.json) on the ECB+ report pairs.

    python tools/train_event.py [DOCPAIRS] [--out newsdigest/data/event_model.json]

A logistic regression over ``newsdigest.event.features.NAMES`` (the features ``check_event``
computes at run time), L2-regularised on standardised features; the 'yes' / 'no' thresholds
come from out-of-fold probabilities over topic folds (``eval.events.fit``). The log-odds for
two different event places is set by hand: the pairs hold almost no such case, and the place
of an event, when both reports state it, decides."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from newsdigest.eval.ecb import DOCPAIRS
from newsdigest.eval.events import cross_validate, features, fit, read_pairs, summary
from newsdigest.event.features import NAMES

OUT = Path(__file__).resolve().parents[1] / "newsdigest" / "data" / "event_model.json"
PLACE_DIFFERS_LOGIT = -6.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DOCPAIRS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = read_pairs(args.file)
    x = features(rows)
    y = np.array([int(r["label"]) for r in rows])
    topics = np.array([int(r["topic"]) for r in rows])
    model = fit(x, y, topics)
    p, verdict = cross_validate(x, y, topics)
    cv = {k: round(v, 4) for k, v in summary(p, verdict, y).items()}
    out = {"features": list(NAMES), **model, "place_differs_logit": PLACE_DIFFERS_LOGIT,
           "trained_on": f"{args.file.name}: {len(rows)} pairs", "cross_validated": cv}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    for name, w in zip(NAMES, model["weights"], strict=True):
        print(f"{name:20s} {w:+.3f}")
    print(f"yes at P >= {model['yes_above']}, no at P <= {model['no_below']}")
    print("cross-validated by topic:", cv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
