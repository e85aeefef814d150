"""Judge the same-event check on report pairs (ECB+ ``align/ecbplus_docpairs_tune.jsonl``:
label 1 same event, 0 the topic's other event of the same kind).

    python -m newsdigest.eval events [FILE] [--topics N] [--config PATH] [--hard N]
        [--no-political]

The model learns from the ECB+ pairs and, beside them, ``--hard`` hard negatives
(``hard_negatives``): PolNeAR campaign reports from two outlets about the same main person,
published 3 to 60 days apart, which are different events sharing their main actor, a kind
ECB+ lacks (its two events of a topic have other people); and (unless ``--no-political``)
the campaign pairs labelled by hand (``political_pairs``: two outlets, the same main person,
within two days, same event or not). Cross-validated by group (``ecb.topic_folds`` over the
ECB+ topics and the months of the PolNeAR pairs): for each fold the logistic model is refitted
on the other groups and its 'yes' / 'no' thresholds are chosen there (inner folds), then the
held-out groups are judged; the ECB+ figures are over the ECB+ pairs, and the PolNeAR parts get
lines of their own. Prints accuracy and F1 at P = 0.5,
the share of yes / no / unclear on same-event and on different-event pairs, how many answers
are confidently wrong, and the baseline: TF-IDF cosine of the full texts with its best
threshold on the whole file. Then the same with the reports' dates (``date_table``, counted
on the other topics) and the ``cluster.date_window`` rule: ECB+ gives page dates for its newer
reports only, so no different-event pair of it has both dates and this shows only what the
dates do to its same-event pairs (the hard negatives have theirs).

The settings (analysis, matching, ``cluster.date_window``) are those the CLI would use
(``--config``, else ``$NEWSDIGEST_CONFIG``, ``./config.yaml``, the user config dir); the
quality gate tests use the shipped defaults. The features are those ``check_event`` computes
at run time; ``aligned`` is the smaller share of the two reports' statements that ``compare``
groups (read back from its output)."""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config import Config
from . import CONFIG_HELP, _fit_logistic, _predict_logistic
from .align import best_f1
from .ecb import DOCPAIRS, read_jsonl, topic_folds

MAX_WRONG = 0.025  # confidently wrong answers allowed, as a share of all pairs (target 3 %)
L2 = 1.0  # ridge penalty of the logistic model (standardised features)
DATE_BUCKETS = (1, 3, 8, 30, 365, 100000)  # days between two reports' dates, upper bounds
NEAR_BUCKETS = (0, 1, 100000)  # days between the event dates of reports published close
LONGEST_GAP = 1500.0  # days: different events sharing actors lie up to about four years apart


def read_pairs(path: Path = DOCPAIRS, topics: int | None = None) -> list[dict[str, Any]]:
    """The report pairs; ``topics`` keeps only the first N topics (fast checks)."""
    rows = list(read_jsonl(path))
    if topics is not None:
        keep = sorted({r["topic"] for r in rows})[:topics]
        rows = [r for r in rows if r["topic"] in keep]
    return rows


def _analyses(rows: Sequence[dict[str, Any]], config: Any) -> dict[str, Any]:
    from ..model import Analysis, Article, Origin
    from ..pipeline import analyse

    out: dict[str, Analysis] = {}
    for r in rows:
        for side in ("a", "b"):
            doc = r[f"doc_{side}"]
            if doc not in out:
                art = Article(doc, r[f"title_{side}"] or "", r[f"text_{side}"],
                              Origin("docpairs"), date=r.get(f"date_{side}"))
                out[doc] = analyse(art, config)
    return out


def features(rows: Sequence[dict[str, Any]], events: Path | None = None,
             conf: Config | None = None) -> tuple[Any, list[Any]]:
    """Feature matrix of the pairs (rows in ``features.NAMES`` order) and each pair's
    ``PairFacts`` (for its dates), analysed and compared with ``conf`` (default: the shipped
    defaults). Articles are read from the ECB+ events file when it is there (it has the
    publication dates), else from the pairs themselves."""
    from ..config import defaults
    from .ecb import EVENTS, read_event_docs

    conf = defaults() if conf is None else conf
    events = EVENTS if events is None else events
    needed = {r[f"doc_{s}"] for r in rows for s in ("a", "b")}
    if events.is_file():
        from ..pipeline import analyse

        analyses = {d.article.id: analyse(d.article, conf)
                    for d in read_event_docs(events) if d.article.id in needed}
    else:
        analyses = {}
    if needed - analyses.keys():
        analyses.update(_analyses([r for r in rows if r["doc_a"] not in analyses
                                   or r["doc_b"] not in analyses], conf))
    return pair_features([(analyses[r["doc_a"]], analyses[r["doc_b"]]) for r in rows], conf)


def pair_features(pairs: Sequence[tuple[Any, Any]], conf: Config) -> tuple[Any, list[Any]]:
    """Feature rows (``features.NAMES``) and ``PairFacts`` of pairs of analyses, as
    ``check_event`` computes them inside ``compare``."""
    import numpy as np

    from ..event.features import pair_facts, profile, vector
    from ..match import Matcher

    profiles: dict[str, Any] = {}
    matcher = Matcher(conf)
    x = []
    facts = []
    for a, b in pairs:
        for an in (a, b):
            if an.article.id not in profiles:
                profiles[an.article.id] = profile(an)
        f = pair_facts(profiles[a.article.id], profiles[b.article.id])
        facts.append(f)
        x.append(vector(f, min(aligned_shares([a, b], conf, matcher))))
    return np.array(x, dtype=float).reshape(len(x), -1), facts


# Different events that share their main actor: pairs of PolNeAR campaign reports (two
# outlets, the same main person, published 3 to 60 days apart). ECB+ pairs two events of one
# kind with other people; real coverage also holds the same people in another story days
# later, and a model that never saw such pairs calls them one event.
HARD_NEGATIVES = 200  # drawn: with 200 (CV) no such pair is confidently 'yes'
HARD_DAYS = (3, 60)
HARD_SEED = 7
HARD_GROUP = 100_000  # group ids of hard negatives: HARD_GROUP + month number


def polnear_analyses(conf: Config | None = None) -> dict[str, Any]:
    """Every PolNeAR report (``eval.quotes.read_docs``) analysed, by id in file order; empty
    when the file is absent. Read once for the hard negatives and the labelled pairs."""
    from ..config import defaults
    from ..pipeline import analyse
    from .quotes import POLNEAR, read_docs

    if not POLNEAR.is_file():
        return {}
    conf = defaults() if conf is None else conf
    return {d.article.id: analyse(d.article, conf) for d in read_docs(POLNEAR, "all")}


def _day(analysis: Any) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(str(analysis.article.date)[:10])


def _month(base: int, day: Any) -> int:
    """A cross-validation group: ``base`` plus the month number of ``day``."""
    return int(base + day.year * 12 + day.month)


def hard_negatives(n: int = HARD_NEGATIVES, conf: Config | None = None,
                   analyses: dict[str, Any] | None = None) -> tuple[Any, list[Any], Any]:
    """(feature rows, ``PairFacts``, group per pair) of ``n`` PolNeAR report pairs from two
    outlets about the same main person published ``HARD_DAYS`` apart, drawn with a fixed
    seed from all such pairs; a pair's group is the month of its earlier report (for
    cross-validation, beside the ECB+ topics). ``analyses``: ``polnear_analyses`` when
    already made. Empty when the file is absent."""
    import random

    import numpy as np

    from ..config import defaults
    from ..event.features import main_person

    conf = defaults() if conf is None else conf
    found = list((polnear_analyses(conf) if analyses is None else analyses).values())
    if not found or n <= 0:
        return np.zeros((0, len(_names()))), [], np.zeros(0, dtype=int)
    main = [(m.name if (m := main_person(a)) else None) for a in found]
    days = [_day(a) for a in found]
    pairs = [(i, j) for i in range(len(found)) for j in range(i + 1, len(found))
             if main[i] and main[i] == main[j]
             and found[i].article.source != found[j].article.source
             and HARD_DAYS[0] <= abs((days[i] - days[j]).days) <= HARD_DAYS[1]]
    chosen = random.Random(HARD_SEED).sample(pairs, min(n, len(pairs)))
    x, facts = pair_features([(found[i], found[j]) for i, j in chosen], conf)
    groups = np.array([_month(HARD_GROUP, min(days[i], days[j])) for i, j in chosen])
    return x, facts, groups


def _names() -> tuple[str, ...]:
    from ..event.features import NAMES

    return NAMES


# hand-labelled campaign coverage: pairs of PolNeAR reports from two outlets about the same
# main person published within two days, 'same' or 'different' event (53 and 686, read by a
# helper, tests/data/polnear_events.json): the hard case of real coverage, where the dates say
# nothing and only what the reports tell does
POLITICAL = Path(__file__).resolve().parents[2] / "tests" / "data" / "polnear_events.json"
POLITICAL_GROUP = 200_000  # group ids of the labelled pairs: POLITICAL_GROUP + month number


def political_pairs(path: Path = POLITICAL, conf: Config | None = None,
                    analyses: dict[str, Any] | None = None
                    ) -> tuple[Any, Any, Any, list[Any]]:
    """(feature rows, labels 1 same / 0 different, group per pair: the month of its first
    report, ``PairFacts``) of the labelled pairs ('unsure' left out); ``analyses``:
    ``polnear_analyses`` when already made. Empty when the labels or PolNeAR are absent."""
    import json

    import numpy as np

    from ..config import defaults

    conf = defaults() if conf is None else conf
    an = {} if not path.is_file() else polnear_analyses(conf) if analyses is None else analyses
    if not an:
        none = np.zeros(0, dtype=int)
        return np.zeros((0, len(_names()))), none, none, []
    pairs = [p for p in json.loads(path.read_text(encoding="utf-8"))["pairs"]
             if p["label"] in ("same", "different")]
    x, facts = pair_features([(an[p["doc_a"]], an[p["doc_b"]]) for p in pairs], conf)
    return (x, np.array([int(p["label"] == "same") for p in pairs]),
            np.array([_month(POLITICAL_GROUP, _day(an[p["doc_a"]])) for p in pairs]), facts)


ECB, HARD, POLITICAL_PART = 0, 1, 2  # the parts of ``training_set``


def training_set(rows: Sequence[dict[str, Any]], conf: Config | None = None,
                 negatives: int = HARD_NEGATIVES, political: bool = True,
                 ecb: tuple[Any, list[Any]] | None = None
                 ) -> tuple[Any, Any, Any, list[Any], Any]:
    """(x, y, groups, facts, part) the event model learns from: the ECB+ report pairs
    ``rows`` (their topics as groups, part ``ECB``), ``negatives`` hard negatives
    (``hard_negatives``, part ``HARD``) and, with ``political``, the labelled campaign pairs
    (``political_pairs``, part ``POLITICAL_PART``). ``ecb``: ``features(rows, conf=conf)``
    when already computed."""
    import numpy as np

    x, facts = features(rows, conf=conf) if ecb is None else ecb
    blocks = [(x, np.array([int(r["label"]) for r in rows]),
               np.array([int(r["topic"]) for r in rows]), facts)]
    polnear = polnear_analyses(conf) if negatives > 0 or political else {}
    xn, fn, gn = hard_negatives(negatives, conf, polnear)
    blocks.append((xn, np.zeros(len(fn), dtype=int), gn, fn))
    if political:
        blocks.append(political_pairs(conf=conf, analyses=polnear))
    part = np.concatenate([np.full(len(b[1]), k) for k, b in enumerate(blocks)])
    return (np.vstack([b[0] for b in blocks]), np.concatenate([b[1] for b in blocks]),
            np.concatenate([b[2] for b in blocks]).astype(int),
            [f for b in blocks for f in b[3]], part)


def aligned_shares(analyses: Sequence[Any], config: Any, matcher: Any) -> list[float]:
    """What ``compare`` passes to ``check_event``: the share of each report's statements in a
    group with another report's (read back from its groups)."""
    from ..comparison import compare
    from ..model import HEADLINE

    c = compare(analyses, config, matcher)
    grouped = Counter(m.article for g in c.groups for m in g.members
                      if m.statement != HEADLINE)
    return [grouped[a.article.id] / max(1, len(a.statements)) for a in analyses]


def thresholds(p: Any, y: Any, max_wrong: float = MAX_WRONG) -> tuple[float, float]:
    """(yes_above, no_below): the lowest 'yes' and the highest 'no' threshold whose
    confidently wrong answers (yes on different events, no on the same) each stay within half
    of ``max_wrong`` (a share of all pairs). Splitting the budget this way answers about as
    many pairs as choosing both thresholds together and holds better on unseen topics (fold
    to fold the wrong share varies less)."""
    import numpy as np

    n = len(y)
    grid = np.round(np.arange(0.50, 1.0, 0.01), 2)
    yes_above = min((t for t in grid if np.sum((p >= t) & (y == 0)) <= max_wrong / 2 * n),
                    default=0.99)
    no_below = max((1 - t for t in grid if np.sum((p <= 1 - t) & (y == 1)) <= max_wrong / 2 * n),
                   default=0.01)
    return float(yes_above), float(round(no_below, 2))


def fit(x: Any, y: Any, topics: Any, l2: float = L2) -> dict[str, Any]:
    """The model of ``event_model.json``: weights on all pairs, each of the sign
    ``features.SIGNS`` gives it, thresholds from the out-of-fold probabilities of topic
    folds."""
    import numpy as np

    from ..event.features import SIGNS

    p = np.zeros(len(y))
    for fold in topic_folds(list(topics)):
        test = np.isin(topics, list(fold))
        p[test] = _predict_logistic(_fit_logistic(x[~test], y[~test], l2, SIGNS), x[test])
    yes_above, no_below = thresholds(p, y)
    w, mean, scale = _fit_logistic(x, y, l2, SIGNS)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w[:-1].tolist(),
            "bias": float(w[-1]), "yes_above": yes_above, "no_below": no_below}


def date_table(facts: Sequence[Any], y: Any) -> dict[str, list[list[float]]]:
    """Log-odds for the days between two reports' dates, per kind of gap
    (``event.features.date_gaps``): log P(days | same event) / P(days | different events).

    - 'published' and 'event' (the publication dates, else the event dates): the first is
      counted on the same-event pairs that have both dates (add-one smoothed); the second
      cannot be (in ECB+ only same-event pairs carry both dates), so it is a prior: different
      events sharing actors lie days to years apart, log-uniform over 1 to 1500 days;
    - 'event_near' (the event dates of reports published at most ``NEAR_DAYS`` apart): both
      counted, on the pairs of either label that have it (the labelled campaign pairs: one
      day of a campaign holds many events), add-one smoothed over ``NEAR_BUCKETS``.

    Clipped to [-3, 2] ('published': [-3, ``PUBLISHED_TOP``]) and never rising with the days
    (more days apart is never more evidence of one event)."""
    from ..event.features import date_gap, date_gaps

    out: dict[str, list[list[float]]] = {}
    for kind in ("published", "event"):
        gaps = [g[1] for f, lab in zip(facts, y, strict=True)
                if lab == 1 and (g := date_gap(f)) is not None and g[0] == kind]
        rows: list[list[float]] = []
        low = -0.5
        for most, same in zip(DATE_BUCKETS, _shares(gaps, DATE_BUCKETS), strict=True):
            top = min(most + 0.5, LONGEST_GAP)
            diff = (math.log(top) - math.log(max(low, 1.0))) / math.log(LONGEST_GAP)
            diff = max(diff, math.log(1.5) / math.log(LONGEST_GAP))
            rows.append([most, _clip(math.log(same / diff), rows,
                                     PUBLISHED_TOP if kind == "published" else 2.0)])
            low = most + 0.5
        out[kind] = rows
    near = [_shares([d for f, v in zip(facts, y, strict=True) if v == lab
                     for kind, d in date_gaps(f) if kind == "event_near"], NEAR_BUCKETS)
            for lab in (0, 1)]
    rows = []
    for most, diff, same in zip(NEAR_BUCKETS, *near, strict=True):
        rows.append([most, _clip(math.log(same / diff), rows)])
    out["event_near"] = rows
    return out


def _shares(days: Sequence[int], buckets: Sequence[int]) -> list[float]:
    """The add-one smoothed share of ``days`` in each bucket (days up to each bound, above
    the bound before)."""
    low = -0.5
    out = []
    for most in buckets:
        out.append((sum(low < d <= most for d in days) + 1) / (len(days) + len(buckets)))
        low = most + 0.5
    return out


# log-odds at most for reports published close together: the table counts ECB+ same-event
# pairs against a prior and would give +2.0 for a day apart, but one day of a campaign holds
# many events (labelled campaign pairs, cross-validated by month: different-event 'yes' 8.2 %
# with 2.0, 2.9 % with 1.0; same-event 'yes' 54.7 % -> 37.7 %)
PUBLISHED_TOP = 1.0


def _clip(z: float, rows: Sequence[Sequence[float]], top: float = 2.0) -> float:
    """``z`` within [-3, ``top``] and no higher than the log-odds of fewer days (``rows``)."""
    return round(max(-3.0, min(top, z, *(r[1] for r in rows))), 2)


def date_offsets(facts: Sequence[Any], table: dict[str, list[list[float]]]) -> Any:
    """The log-odds ``table`` adds to each pair (``event.features.date_offset``)."""
    import numpy as np

    from ..event.features import date_offset

    return np.array([date_offset(f, table) for f in facts], dtype=np.float64)


def cross_validate(x: Any, y: Any, topics: Any, offsets: Any = None, far: Any = None) -> Any:
    """Out-of-fold (P(same), verdict) per pair: the model and thresholds of each fold are
    fitted on the other topics only; ``offsets`` (log-odds from the dates) are added before
    the thresholds apply, and pairs published ``far`` apart are 'no', as in ``check_event``.
    Verdicts: 1 yes, 0 no, -1 unclear."""
    import numpy as np

    p = np.zeros(len(y))
    verdict = np.full(len(y), -1)
    for fold in topic_folds(list(topics)):
        test = np.isin(topics, list(fold))
        m = fit(x[~test], y[~test], topics[~test])
        w = (np.array([*m["weights"], m["bias"]]), np.array(m["mean"]), np.array(m["scale"]))
        p[test] = _predict_logistic(w, x[test])
        if offsets is not None:
            z = np.clip(p[test], 1e-12, 1 - 1e-12)
            p[test] = 1 / (1 + (1 - z) / z * np.exp(-offsets[test]))
        verdict[test & (p >= m["yes_above"])] = 1
        verdict[test & (p <= m["no_below"])] = 0
        if far is not None:
            verdict[test & far] = 0
    return p, verdict


def summary(p: Any, verdict: Any, y: Any) -> dict[str, float]:
    import numpy as np

    same, diff = y == 1, y == 0
    pred = p >= 0.5
    tp = float(np.sum(pred & same))
    return {
        "accuracy": float(np.mean(pred == same)),
        "f1": 2 * tp / max(1.0, float(np.sum(pred) + np.sum(same))),
        "same_yes": float(np.mean(verdict[same] == 1)),
        "same_no": float(np.mean(verdict[same] == 0)),
        "same_unclear": float(np.mean(verdict[same] == -1)),
        "diff_no": float(np.mean(verdict[diff] == 0)),
        "diff_yes": float(np.mean(verdict[diff] == 1)),
        "diff_unclear": float(np.mean(verdict[diff] == -1)),
        "wrong": float(np.mean(((verdict == 1) & diff) | ((verdict == 0) & same))),
    }


def tfidf_baseline(rows: Sequence[dict[str, Any]], by_topic: bool = False) -> dict[str, float]:
    """TF-IDF cosine of the full texts (IDF from these documents) at the threshold with the
    best F1 on these pairs, or (``by_topic``) on the other topics of each topic fold."""
    from ..lexicon import words
    from .labelled import binary_stats

    docs: dict[str, Counter[str]] = {}
    for r in rows:
        for s in ("a", "b"):
            docs.setdefault(r[f"doc_{s}"],
                            Counter(words(f"{r[f'title_{s}'] or ''}\n{r[f'text_{s}']}")))
    df: Counter[str] = Counter(w for c in docs.values() for w in c)
    n = len(docs)
    vecs = {}
    for k, c in docs.items():
        v = {w: (1 + math.log(t)) * math.log((1 + n) / (1 + df[w])) + 1 for w, t in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[k] = {w: x / norm for w, x in v.items()}
    scores = [sum(x * vecs[r["doc_b"]].get(w, 0.0) for w, x in vecs[r["doc_a"]].items())
              for r in rows]
    labels = [int(r["label"]) for r in rows]
    if not by_topic:
        cut = best_f1(scores, labels)[1]
        stats = binary_stats([bool(v) for v in labels], [s >= cut for s in scores])
        stats["cut"] = cut
        return stats
    topics = [r["topic"] for r in rows]
    pred = [False] * len(rows)
    for fold in topic_folds(topics):
        train = [n for n, t in enumerate(topics) if t not in fold]
        cut = best_f1([scores[n] for n in train], [labels[n] for n in train])[1]
        for n, t in enumerate(topics):
            if t in fold:
                pred[n] = scores[n] >= cut
    stats = binary_stats([bool(v) for v in labels], pred)
    return stats


def _dated(facts: Sequence[Any], y: Any, topics: Any, x: Any, window: int, part: Any
           ) -> tuple[dict[str, float], Any]:
    """The cross-validated verdicts with the dates' log-odds added (the table of each fold
    counted on the other topics) and reports published further apart than
    ``cluster.date_window`` judged 'no', as ``check_event`` does: the summary over the pairs
    of ``part`` (a mask), with the share of 'yes' on its same-event pairs published within the
    window without and with the dates; and every pair's dated verdict."""
    import numpy as np

    offsets = np.zeros(len(y))
    for fold in topic_folds(list(topics)):
        test = np.isin(topics, list(fold))
        table = date_table([f for f, t in zip(facts, test, strict=True) if not t], y[~test])
        offsets[test] = date_offsets([f for f, t in zip(facts, test, strict=True) if t], table)
    far = np.array([f.days_apart is not None and f.days_apart > window for f in facts])
    near = np.array([f.days_apart is not None for f in facts]) & ~far & (y == 1) & part
    _, before = cross_validate(x, y, topics)
    p, verdict = cross_validate(x, y, topics, offsets, far)
    s = summary(p[part], verdict[part], y[part])
    s.update(near=float(near.sum()), near_yes_before=float(np.mean(before[near] == 1)),
             near_yes=float(np.mean(verdict[near] == 1)),
             near_no=float(np.mean(verdict[near] == 0)),
             far=float(np.sum(far & (y == 1) & part)))
    return s, verdict


def main(argv: Sequence[str]) -> int:
    import numpy as np

    from .. import config as cfg

    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval events",
                                 description="Judge the same-event check on report pairs.")
    ap.add_argument("file", nargs="?", type=Path, default=DOCPAIRS)
    ap.add_argument("--topics", type=int, help="only the first N topics (a quick look)")
    ap.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    ap.add_argument("--hard", type=int, default=HARD_NEGATIVES, metavar="N",
                    help="PolNeAR hard negatives trained beside the ECB+ pairs (0: none)")
    ap.add_argument("--no-political", action="store_true",
                    help="leave the labelled campaign pairs out of training")
    args = ap.parse_args(argv)
    conf = cfg.load(args.config)
    rows = read_pairs(args.file, args.topics)
    x, y, groups, facts, part = training_set(rows, conf, args.hard, not args.no_political)
    ecb = part == ECB
    p, verdict = cross_validate(x, y, groups)
    s = summary(p[ecb], verdict[ecb], y[ecb])
    window = conf.cluster.date_window
    dated, dated_verdict = _dated(facts, y, groups, x, window, ecb)
    base = tfidf_baseline(rows)
    base_cv = tfidf_baseline(rows, by_topic=True)
    print(f"{args.file}: {len(rows)} pairs ({int(y[ecb].sum())} same event), "
          f"{len(set(groups[ecb].tolist()))} topics; trained beside "
          f"{int((part == HARD).sum())} PolNeAR hard negatives and "
          f"{int((part == POLITICAL_PART).sum())} labelled campaign pairs (months as groups), "
          "5 folds")
    print(f"model (cross-validated): accuracy {s['accuracy']:.1%}  F1 {100 * s['f1']:.1f} "
          "at P(same) >= 0.5")
    print(f"  same-event pairs:      yes {s['same_yes']:.1%}  unclear {s['same_unclear']:.1%}  "
          f"no {s['same_no']:.1%}")
    print(f"  different-event pairs: no {s['diff_no']:.1%}  unclear {s['diff_unclear']:.1%}  "
          f"yes {s['diff_yes']:.1%}")
    print(f"  confidently wrong: {s['wrong']:.1%} of all pairs")
    hard = part == HARD
    if hard.any():
        print(f"different events sharing their main person (PolNeAR, two outlets, "
              f"{HARD_DAYS[0]}-{HARD_DAYS[1]} days apart), cross-validated by month: "
              f"yes {np.mean(verdict[hard] == 1):.1%}  no {np.mean(verdict[hard] == 0):.1%}; "
              f"with the dates: yes {np.mean(dated_verdict[hard] == 1):.1%}  "
              f"no {np.mean(dated_verdict[hard] == 0):.1%}")
    pol = part == POLITICAL_PART
    if pol.any():
        same, diff = pol & (y == 1), pol & (y == 0)
        wrong = ((dated_verdict == 1) & diff) | ((dated_verdict == 0) & same)
        print(f"campaign coverage labelled by hand (two outlets, the same main person, <= 2 "
              f"days apart), cross-validated by month, with the dates: same event "
              f"({int(same.sum())}) yes {np.mean(dated_verdict[same] == 1):.1%}  no "
              f"{np.mean(dated_verdict[same] == 0):.1%}; different events ({int(diff.sum())}) "
              f"no {np.mean(dated_verdict[diff] == 0):.1%}  yes "
              f"{np.mean(dated_verdict[diff] == 1):.1%}; confidently wrong "
              f"{np.mean(wrong[pol]):.1%}")
    print("with the dates (ECB+ dates only same-event reports, so this shows their effect on "
          "those alone):")
    print(f"  {dated['near']:.0f} same-event pairs published within {window} days: yes "
          f"{dated['near_yes_before']:.1%} -> {dated['near_yes']:.1%}, no {dated['near_no']:.1%}")
    print(f"  {dated['far']:.0f} same-event pairs published further apart (page dates of "
          f"later copies) turn 'no'; confidently wrong overall {dated['wrong']:.1%}")
    print(f"baseline TF-IDF cosine of full texts (best cut {base['cut']:.3f} on this file): "
          f"accuracy {base['accuracy']:.1%}  F1 {100 * base['f1']:.1f}")
    print(f"  the same, threshold chosen by topic fold: accuracy {base_cv['accuracy']:.1%}  "
          f"F1 {100 * base_cv['f1']:.1f}")
    return 0
