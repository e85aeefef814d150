"""Are these reports about the same event? One decision over everything the pipeline knows of
each pair of reports (``features``): word, headline and name overlap, shared participants,
places, figures and quotations, how far apart they were published (or the latest years they
mention), and the share of statements ``compare`` aligned. A logistic model trained on real
report pairs (``data/event_model.json``, ``tools/train_event.py``) gives P(same event);
'yes' above and 'no' below thresholds chosen so that few confident answers are wrong, and
'unclear' in between. A different event place in two reports is decisive for 'no'.

For more than two reports every pair is judged: 'yes' when every pair is, 'no' when some pair
is (naming the odd one out when one report differs from the rest)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from ..model import Analysis, EventCheck, PartialDate, Verdict
from .features import (
    NAMES,
    PairFacts,
    Profile,
    dates_differ,
    known_date,
    pair_facts,
    place_parts,
    profile,
    time_apart,
    vector,
)

__all__ = ["EventModel", "check_event", "load_model", "pair_probability"]


@dataclass(frozen=True)
class EventModel:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    yes_above: float  # P(same) at or above which the answer is 'yes'
    no_below: float  # P(same) at or below which it is 'no'
    place_differs: float  # log-odds added when both reports name different event places

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias + sum((v - m) / s * w for v, m, s, w
                            in zip(x, self.mean, self.scale, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def logit_offset(self, f: PairFacts) -> float:
        return self.place_differs if f.place_differs else 0.0


@cache
def load_model() -> EventModel:
    from importlib.resources import files

    raw = json.loads(files("newsdigest").joinpath("data/event_model.json").read_text("utf-8"))
    if tuple(raw["features"]) != NAMES:
        raise ValueError("data/event_model.json was trained on other features: retrain it "
                         "with tools/train_event.py")
    return EventModel(tuple(raw["mean"]), tuple(raw["scale"]), tuple(raw["weights"]),
                      float(raw["bias"]), float(raw["yes_above"]), float(raw["no_below"]),
                      float(raw["place_differs_logit"]))


def pair_probability(f: PairFacts, aligned: float, model: EventModel | None = None) -> float:
    """P(same event) of one pair of reports."""
    model = model or load_model()
    p = model.probability(vector(f, aligned))
    offset = model.logit_offset(f)
    if offset:
        z = math.log(max(p, 1e-12) / max(1 - p, 1e-12)) + offset
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return p


def _date_words(d: PartialDate) -> str:
    return d.human() or "unknown"


def _place_reasons(analyses: Sequence[Analysis]) -> list[str]:
    places = [(a.article.id, a.event_place) for a in analyses]
    known = [(i, p) for i, p in places if p]
    out = []
    if any(not place_parts(p) & place_parts(q) for n, (_, p) in enumerate(known)
           for _, q in known[n + 1:]):
        out.append("different places: " + "; ".join(f"{p} ({i})" for i, p in known))
    elif len(known) == len(analyses) and known:
        out.append(f"same place: {known[0][1]}")
    out += [f"place unknown in {i}" for i, p in places if not p]
    return out


def _date_reasons(analyses: Sequence[Analysis]) -> list[str]:
    """Event dates; a weekday alone ('on Tuesday') is an unknown date."""
    known = [(a.article.id, d) for a in analyses if (d := known_date(a.event_date))]
    out = []
    pairs = [(x, y) for n, (_, x) in enumerate(known) for _, y in known[n + 1:]]
    if any(dates_differ(x, y) for x, y in pairs):
        out.append("different dates: " + "; ".join(f"{_date_words(d)} ({i})" for i, d in known))
    elif len(known) == len(analyses) and known:
        out.append(f"same date: {_date_words(known[0][1])}")
    for a in analyses:
        if known_date(a.event_date) is None:
            text = a.event_date_text
            said = f" (says only '{text}')" if text else ""
            out.append(f"date unknown in {a.article.id}{said}")
    return out


def _pair_reasons(f: PairFacts, pa: Profile, pb: Profile) -> list[str]:
    out = []
    if f.people:
        out.append("same participants: " + ", ".join(f.people))
    elif f.people_a and f.people_b:
        out.append("no participant in common")
    if f.days_apart is not None:
        out.append("published the same day" if f.days_apart == 0 else
                   f"published {f.days_apart} day{'s' * (f.days_apart != 1)} apart")
    elif f.years_apart and pa.latest_year and pb.latest_year:
        out.append(f"latest years mentioned differ: {pa.latest_year} ({pa.id}), "
                   f"{pb.latest_year} ({pb.id})")
    if f.headline_words:
        out.append("headlines share: " + ", ".join(f.headline_words[:6]))
    if f.rare_words:
        out.append("rare words in common: " + ", ".join(f.rare_words[:8]))
    if f.figures:
        out.append(f"{f.figures} figure{'s' * (f.figures != 1)} in common")
    if f.quotes:
        out.append(f"{f.quotes} quotation{'s' * (f.quotes != 1)} in common")
    return out


def _verdict(p: float, model: EventModel, apart: bool) -> Verdict:
    if apart or p <= model.no_below:
        return "no"
    return "yes" if p >= model.yes_above else "unclear"


def check_event(analyses: Sequence[Analysis], aligned: Sequence[float] = (),
                model: EventModel | None = None, date_window: int | None = None
                ) -> EventCheck:
    """``aligned[i]`` is the share of report i's statements grouped with another report's; a
    pair is judged on the smaller share of its two reports. Two reports published more than
    ``date_window`` days apart (``cluster.date_window``: the span of one story, the same for
    ``cluster``) or naming different event places are about different events."""
    model = model or load_model()
    reasons = _place_reasons(analyses) + _date_reasons(analyses)
    profiles = [profile(a) for a in analyses]
    shares = list(aligned) if len(aligned) == len(analyses) else [0.0] * len(analyses)
    probs: dict[tuple[int, int], float] = {}
    facts: dict[tuple[int, int], PairFacts] = {}
    for i, j in combinations(range(len(analyses)), 2):
        f = pair_facts(profiles[i], profiles[j])
        facts[i, j] = f
        probs[i, j] = pair_probability(f, min(shares[i], shares[j]), model)
    if not probs:
        return EventCheck("unclear", tuple(reasons), None)
    if len(analyses) == 2:
        reasons += _pair_reasons(facts[0, 1], profiles[0], profiles[1])
    else:
        reasons += _group_reasons(facts, profiles)
    if aligned:
        reasons.append(f"at least {min(aligned):.0%} of each report's statements align with "
                       "another report")
    far = {k for k, f in facts.items() if date_window is not None
           and f.days_apart is not None and f.days_apart > date_window}
    if far:
        reasons.append(f"published more than {date_window} days apart: " + "; ".join(
            f"{analyses[i].article.id}, {analyses[j].article.id}" for i, j in sorted(far)))
    verdicts = {k: _verdict(p, model, facts[k].place_differs or k in far)
                for k, p in probs.items()}
    p_same = min(probs.values())
    verdict = _overall(verdicts, len(analyses))
    if verdict == "no":
        odd = _odd_one_out(verdicts, len(analyses))
        if odd is not None:
            reasons.append(f"{analyses[odd].article.id} is the odd one out: the other reports "
                           "are about one event")
    pairs = ", ".join(f"{analyses[i].article.id}/{analyses[j].article.id} {p:.2f}"
                      for (i, j), p in probs.items()) if len(analyses) > 2 else f"{p_same:.2f}"
    reasons.append(f"estimated probability of one event: {pairs}")
    return EventCheck(verdict, tuple(reasons), round(p_same, 3))


def _group_reasons(facts: dict[tuple[int, int], PairFacts], profiles: list[Profile]
                   ) -> list[str]:
    """Participants every pair shares; publication dates far apart."""
    out = []
    shared = None
    for f in facts.values():
        keys = {n.split()[-1].lower(): n for n in f.people}
        shared = set(keys) if shared is None else shared & set(keys)
    names = sorted({n for f in facts.values() for n in f.people
                    if n.split()[-1].lower() in (shared or set())})
    if names:
        out.append("same participants: " + ", ".join(names))
    gaps = [(time_apart(f), k) for k, f in facts.items() if f.days_apart is not None]
    if gaps:
        most, (i, j) = max((g or 0, k) for g, k in gaps)
        out.append(f"published up to {most} day{'s' * (most != 1)} apart "
                   f"({profiles[i].id}, {profiles[j].id})")
    return out


def _overall(verdicts: dict[tuple[int, int], Verdict], n: int) -> Verdict:
    """One verdict for ``n`` reports from their pairs' verdicts: 'no' when the pairs that are
    not 'no' leave the reports in two or more parts (some report is about another event);
    'yes' when the 'yes' pairs alone join every report (each one is tied to the rest by
    strong evidence, even if a short report is unclear against some other); else 'unclear'.
    With two reports this is the pair's verdict."""
    if _parts(n, [k for k, v in verdicts.items() if v != "no"]) > 1:
        return "no"
    if _parts(n, [k for k, v in verdicts.items() if v == "yes"]) == 1:
        return "yes"
    return "unclear"


def _parts(n: int, edges: Sequence[tuple[int, int]]) -> int:
    """Connected components of ``n`` nodes joined by ``edges``."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rows = [i for i, _ in edges]
    cols = [j for _, j in edges]
    graph = coo_matrix(([1] * len(edges), (rows, cols)), shape=(n, n))
    count: int = connected_components(graph, directed=False)[0]
    return count


def _odd_one_out(verdicts: dict[tuple[int, int], Verdict], n: int) -> int | None:
    """The report whose every pair is 'no' while no other pair is."""
    for k in range(n):
        mine = [v for pair, v in verdicts.items() if k in pair]
        rest = [v for pair, v in verdicts.items() if k not in pair]
        if rest and all(v == "no" for v in mine) and not any(v == "no" for v in rest):
            return k
    return None
