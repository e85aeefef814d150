"""Are these reports about the same event? One decision over everything the pipeline knows of each
pair of reports (``features``): word, headline and name overlap, shared participants, whether
each report's main participant is named in the other, places, figures and quotations, the years
they mention, and the share of statements ``compare`` aligned. A logistic model trained on real
report pairs (``data/event_model.json``, ``tools/train_event.py``: ECB+ pairs and PolNeAR pairs
of different events sharing their main person; each weight signed as ``features.SIGNS`` says)
gives P(same event) from what they say; then the reports' dates add their log-odds (the days
between their publication dates, else between their event dates), and so do two different cities
as event places. 'yes' above and 'no' below thresholds chosen by topic cross-validation to
answer as many pairs as possible with few confident answers wrong, 'unclear' in between; reports
published further apart than one story spans, or whose events happened in two different cities,
are 'no' (two reports of two meetings of the same ministers can share nearly every name and
word: where they met tells them apart); events dated more than a year apart are never 'yes'.

For more than two reports every pair is judged and one verdict follows from how the pairs
connect the reports (``_overall``); p_same is the weakest pair needed to tie every report to
the rest (``tied_probability``)."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from ..model import Analysis, EventCheck, PartialDate, Verdict
from ..unionfind import UnionFind, components
from .features import (
    NAMES,
    PairFacts,
    Profile,
    date_offset,
    date_offsets,
    dates_differ,
    desk_place,
    pair_facts,
    place_parts,
    places_differ,
    profile,
    time_apart,
    vector,
)
from .reasons import DAYS_SHOWN, weighed

__all__ = ["EventModel", "check_event", "load_model", "pair_probability", "tied_probability"]


@dataclass(frozen=True)
class EventModel:
    """The same-event model (``data/event_model.json``)."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    yes_above: float  # P(same) at or above which the answer is 'yes'
    no_below: float  # P(same) at or below which it is 'no'
    # log-odds added for the days between the reports ('published' or 'event' dates): rows of
    # (at most this many days apart, log-odds), the first row that fits
    date_logit: dict[str, tuple[tuple[float, float], ...]]
    cities_differ: float  # log-odds added when the event places are two different cities

    def terms(self, x: Sequence[float]) -> list[float]:
        """Each feature's log-odds against an average training pair: weight x standardised
        value."""
        return [(v - m) / s * w for v, m, s, w
                in zip(x, self.mean, self.scale, self.weights, strict=True)]

    def probability(self, x: Sequence[float]) -> float:
        return _sigmoid(self.bias + sum(self.terms(x)))

    def date_offset(self, f: PairFacts) -> float:
        """The log-odds the reports' dates add (0 when the dates of one are unknown)."""
        return date_offset(f, self.date_logit)

    def contributions(self, f: PairFacts, aligned: float) -> list[tuple[str, float]]:
        """What moves one pair's log-odds away from those of an average training pair: each
        feature (``NAMES``: weight x standardised value), each date gap (``date_offsets``:
        'published', 'event', 'event_near'; the first two with their days: 'published:2')
        and 'cities_differ'; the reasons name the largest (``reasons.weighed``)."""
        out = [(_named(name, f), z)
               for name, z in zip(NAMES, self.terms(vector(f, aligned)), strict=True)]
        out += [(f"{kind}:{days}" if kind in DAYS_SHOWN else kind, z)
                for kind, days, z in date_offsets(f, self.date_logit)]
        if f.cities_differ:
            out.append(("cities_differ", self.cities_differ))
        return out


def _named(name: str, f: PairFacts) -> str:
    """The name a contribution is told by: the headlines compared are a report's first
    statement where it has no title ('opening'); no figures to share is not few shared."""
    if name == "title_cosine" and not f.titled:
        return "opening_cosine"
    return "no_figures" if name == "figures_shared" and f.no_figures else name


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> EventModel:
    from .. import shipped

    raw = json.loads(shipped("event_model.json"))
    if tuple(raw["features"]) != NAMES:
        raise ValueError("data/event_model.json was trained on other features: retrain it "
                         "with tools/train_event.py")
    table = {k: tuple((float(a), float(b)) for a, b in rows)
             for k, rows in raw["date_logit"].items()}
    return EventModel(tuple(raw["mean"]), tuple(raw["scale"]), tuple(raw["weights"]),
                      float(raw["bias"]), float(raw["yes_above"]), float(raw["no_below"]),
                      table, float(raw["cities_differ_logit"]))


def content_probability(f: PairFacts, aligned: float, model: EventModel | None = None
                        ) -> float:
    """P(same event) of one pair from what the reports say, leaving their dates out."""
    return (model or load_model()).probability(vector(f, aligned))


def pair_probability(f: PairFacts, aligned: float, model: EventModel | None = None) -> float:
    """P(same event) of one pair of reports: what they say, then how far apart their dates
    are."""
    model = model or load_model()
    p = content_probability(f, aligned, model)
    offset = model.date_offset(f) + (model.cities_differ if f.cities_differ else 0.0)
    if not offset:
        return p
    return _sigmoid(math.log(max(p, 1e-12) / max(1 - p, 1e-12)) + offset)


def _date_words(d: PartialDate) -> str:
    return d.human() or "unknown"


def _place_reasons(analyses: Sequence[Analysis]) -> list[str]:
    """'different places' only for two places of one level the gazetteer knows (two cities,
    two countries: 'Washington' and 'Sochi'); 'Mount Cook National Park' and 'New Zealand'
    may be one place, so they are only listed."""
    places = [(a.article.id, a.event_place) for a in analyses]
    known = [(i, p) for i, p in places if p]
    desks = {a.article.id for a in analyses if desk_place(a)}  # maybe the desk alone
    out = []
    apart = [((i, p), (j, q)) for n, (i, p) in enumerate(known) for j, q in known[n + 1:]
             if not place_parts(p) & place_parts(q)]
    listed = "; ".join(f"{p} ({i}{', dateline' if i in desks else ''})" for i, p in known)
    if any(places_differ(p, q) for (i, p), (j, q) in apart if not {i, j} & desks):
        out.append("different places: " + listed)
    elif apart:
        out.append("event places: " + listed)
    elif len(known) == len(analyses) and known:
        out.append(f"same place: {known[0][1]}")
    out += [f"place unknown in {i}" for i, p in places if not p]
    return out


def _date_reasons(analyses: Sequence[Analysis], profiles: Sequence[Profile]) -> list[str]:
    """Event dates, completed from the publication date ('on Tuesday' published Thursday 16
    May is 14 May); a weekday alone without a publication date is an unknown date."""
    known = [(p.id, p.event_date) for p in profiles if p.event_date is not None]
    out = []
    pairs = [(x, y) for n, (_, x) in enumerate(known) for _, y in known[n + 1:]]
    if any(dates_differ(x, y) for x, y in pairs):
        # each date once, with the reports that give it ('23 May 2005' and 'Monday, 23 May
        # 2005' are one date, written the longer way)
        by_date: dict[tuple[int | None, ...], tuple[str, list[str]]] = {}
        for i, d in known:
            words = _date_words(d)
            shown, ids = by_date.get((d.year, d.month, d.day), (words, []))
            by_date[d.year, d.month, d.day] = (max(shown, words, key=len), [*ids, i])
        out.append("different dates: " + "; ".join(f"{words} ({', '.join(ids)})"
                                                   for words, ids in by_date.values()))
    elif len(known) == len(analyses) and known:
        out.append(f"same date: {_date_words(known[0][1])}")
    for a, p in zip(analyses, profiles, strict=True):
        if p.event_date is None:
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
    out += [f"{p.id} is mainly about {p.main_person}, whom {o.id} never names"
            for p, o in ((pa, pb), (pb, pa)) if p.main_person in f.unnamed_main]
    if f.days_apart is not None:
        out.append("published the same day" if f.days_apart == 0 else
                   f"published {f.days_apart} day{'s' * (f.days_apart != 1)} apart")
    elif f.years_apart and pa.latest_year and pb.latest_year:
        out.append(f"latest years mentioned differ: {pa.latest_year} ({pa.id}), "
                   f"{pb.latest_year} ({pb.id})")
    if f.headline_words:  # (a report without a title: its first statement)
        out.append(("headlines" if f.titled else "first sentences") + " share: "
                   + ", ".join(f.headline_words[:6]))
    named = {w.lower() for p in f.people for w in p.split()}  # listed as participants
    rare = [w for w in f.rare_words if w.removesuffix("'s").removesuffix("’s") not in named]
    if rare:
        out.append("rare words in common: " + ", ".join(rare[:8]))
    if f.figures:
        out.append(f"{f.figures} figure{'s' * (f.figures != 1)} in common")
    typed = [(kind, unit) for kind, unit in f.figures_differ if kind != "number"]
    for kind, unit in typed[:2]:
        out.append(f"leads give different figures ({kind}{' ' * bool(unit)}{unit}): "
                   f"{_values(pa.lead_values[kind, unit])} ({pa.id}), "
                   f"{_values(pb.lead_values[kind, unit])} ({pb.id})")
    if f.quotes:
        out.append(f"{f.quotes} quotation{'s' * (f.quotes != 1)} in common")
    return out


def _values(values: frozenset[float]) -> str:
    return ", ".join(f"{v:,.10g}" for v in sorted(values))


EVENT_YEAR = 365  # days between two full event dates past which 'yes' is never said


def _verdict(p: float, model: EventModel, apart: bool, doubt: bool = False,
             empty: bool = False) -> Verdict:
    """'yes' / 'no' past the thresholds; reports ``apart`` (published further apart than one
    story spans, or in two different cities) are 'no'; with ``doubt`` (their event dates
    are more than a year apart: the first date a report gives is not always its event's, so
    this alone is no 'no') at most 'unclear'; with ``empty`` (a report without a statement:
    nothing in common is then no evidence of two events) at least 'unclear'."""
    if apart or (p <= model.no_below and not empty):
        return "no"
    return "yes" if p >= model.yes_above and not doubt else "unclear"


def check_event(analyses: Sequence[Analysis], aligned: Sequence[float] = (),
                model: EventModel | None = None, date_window: int | None = None
                ) -> EventCheck:
    """``aligned[i]`` is the share of report i's statements grouped with another report's; a
    pair is judged on the smaller share of its two reports. Two reports published more than
    ``date_window`` days apart (``cluster.date_window``: the span of one story, the same for
    ``cluster``; None: the shipped setting) are about different events."""
    model = model or load_model()
    if date_window is None:
        from ..config import defaults

        date_window = defaults().cluster.date_window
    profiles = [profile(a) for a in analyses]
    reasons = _place_reasons(analyses) + _date_reasons(analyses, profiles)
    shares = list(aligned) if len(aligned) == len(analyses) else [0.0] * len(analyses)
    probs: dict[tuple[int, int], float] = {}
    verdicts: dict[tuple[int, int], Verdict] = {}
    facts: dict[tuple[int, int], PairFacts] = {}
    far_pairs: list[tuple[int, int]] = []  # published further apart than one story spans
    for i, j in combinations(range(len(analyses)), 2):
        f = facts[i, j] = pair_facts(profiles[i], profiles[j])
        probs[i, j] = pair_probability(f, min(shares[i], shares[j]), model)
        far = f.days_apart is not None and f.days_apart > date_window
        if far:
            far_pairs.append((i, j))
        apart = far or f.cities_differ  # 'no' whatever they share: so is the probability
        verdicts[i, j] = _verdict(probs[i, j], model, apart,
                                  (f.event_days_apart or 0) > EVENT_YEAR,
                                  not analyses[i].statements or not analyses[j].statements)
        if apart:
            probs[i, j] = min(probs[i, j], model.no_below)
    if not probs:
        return EventCheck("unclear", tuple(reasons), None)
    if len(analyses) == 2:
        reasons += _pair_reasons(facts[0, 1], profiles[0], profiles[1])
    else:
        reasons += _group_reasons(facts, profiles)
    if aligned:
        reasons.append(_aligned_reason(aligned, [a.article.id for a in analyses]))
    if far_pairs:
        reasons.append(f"published more than {date_window} days apart: " + "; ".join(
            f"{analyses[i].article.id}, {analyses[j].article.id}" for i, j in far_pairs[:5])
            + (f" and {len(far_pairs) - 5} more pairs" if len(far_pairs) > 5 else ""))
    verdict = _overall(verdicts, len(analyses))
    ids = [a.article.id for a in analyses]
    if verdict == "no":
        reasons += _split_reasons(verdicts, ids)
    elif "no" in verdicts.values():
        i, j = next(k for k, v in verdicts.items() if v == "no")
        reasons.append(f"{ids[i]} and {ids[j]} look like different events, but other reports "
                       "tie them together")
    tied = round(tied_probability(probs, len(ids)), 3)
    reasons += _weighed_reason(model, facts, shares, probs, ids)
    reasons.append(_probability_reason(tied, probs, verdicts, ids))
    return EventCheck(verdict, tuple(reasons), tied)


def tied_probability(probs: dict[tuple[int, int], float], n: int) -> float:
    """P(one event) of ``n`` reports from their pairs' probabilities: the weakest pair needed
    to tie every report to the rest, joining the strongest pairs first (the bottleneck of a
    maximum spanning tree). A short report weak against some other is held by its strong
    pairs, as the verdict holds it (``_overall``); a report weak against every other pulls
    it down. With two reports, the pair's probability."""
    pair = _tying_pair(probs, n)
    return 1.0 if pair is None else probs[pair]


def _tying_pair(probs: dict[tuple[int, int], float], n: int) -> tuple[int, int] | None:
    """The weakest pair needed to tie ``n`` reports together (``tied_probability``)."""
    sets = UnionFind(n)
    tied = None
    for (i, j), _p in sorted(probs.items(), key=lambda kv: (-kv[1], kv[0])):
        if sets.find(i) != sets.find(j):  # a pair of the tree: the last one is the weakest
            sets.union(i, j)
            tied = (i, j)
    return tied


def _aligned_reason(aligned: Sequence[float], ids: Sequence[str]) -> str:
    """How much of each report ``compare`` aligned with another report."""
    none = [i for i, share in zip(ids, aligned, strict=True) if share <= 0]
    if not none:
        return f"at least {min(aligned):.0%} of each report's statements align with another report"
    if len(none) == len(ids):
        return "no statement aligns between the reports"
    return "no statement of " + ", ".join(none) + " aligns with another report"


def _split_reasons(verdicts: dict[tuple[int, int], Verdict], ids: Sequence[str]) -> list[str]:
    """Which report is the odd one out, or how the reports fall apart into events."""
    odd = _odd_one_out(verdicts, len(ids))
    if odd is not None:
        return [f"{ids[odd]} is the odd one out: the other reports are about one event"]
    parts = components(len(ids), [k for k, v in verdicts.items() if v != "no"])
    if len(ids) > 2 and len(parts) > 1:
        return [f"the reports fall into {len(parts)} events: " + " | ".join(
            ", ".join(ids[i] for i in part) for part in parts)]
    return []


def _weighed_reason(model: EventModel, facts: dict[tuple[int, int], PairFacts],
                    shares: Sequence[float], probs: dict[tuple[int, int], float],
                    ids: Sequence[str]) -> list[str]:
    """What weighed most (``reasons.weighed``) for the pair, or with more reports for the
    pair that sets ``p_same`` (``_tying_pair``, named)."""
    pair = (0, 1) if len(ids) == 2 else _tying_pair(probs, len(ids))
    if pair is None:
        return []
    i, j = pair
    share = min(shares[i], shares[j])
    said = weighed(model.contributions(facts[i, j], share))
    if not said:
        return []
    alone = content_probability(facts[i, j], share, model)
    said += f" (from what the reports say alone: {alone:.2f})"
    return [said if len(ids) == 2 else f"{ids[i]}/{ids[j]} {said}"]


def _probability_reason(tied: float, probs: dict[tuple[int, int], float],
                        verdicts: dict[tuple[int, int], Verdict], ids: Sequence[str]) -> str:
    """The estimated probability of one event ``tied``: the pair's, or with more reports the
    weakest pair that ties them together (``tied_probability``, named), with a count of the
    pairs' answers, naming the lowest pairs (at most three: a report weak against those may
    still be tied to the rest by strong pairs)."""
    if len(probs) == 1:
        return f"estimated probability of one event: {tied:.2f}"
    counts = Counter(verdicts.values())
    tally = ", ".join(f"{counts[v]} {v}" for v in ("yes", "unclear", "no") if counts[v])
    pair = _tying_pair(probs, len(ids))
    by = "" if pair is None else f"{ids[pair[0]]}/{ids[pair[1]]}, "
    lowest = sorted(probs, key=lambda k: probs[k])[:3]
    listed = ", ".join(f"{ids[i]}/{ids[j]} {probs[i, j]:.2f}" for i, j in lowest)
    return (f"estimated probability of one event: {tied:.2f} (from {by}the weakest pair needed "
            f"to tie the {len(ids)} reports together; {len(probs)} pairs: {tally}; lowest "
            f"{listed})")


def _group_reasons(facts: dict[tuple[int, int], PairFacts], profiles: list[Profile]
                   ) -> list[str]:
    """Participants every pair shares; publication dates far apart."""
    out = []
    shared = None
    for f in facts.values():
        keys = {n.split()[-1].lower(): n for n in f.people}
        shared = set(keys) if shared is None else shared & set(keys)
    longest: dict[str, str] = {}  # surname -> the longest form any pair gives
    for f in facts.values():
        for n in f.people:
            key = n.split()[-1].lower()
            if key in (shared or set()) and len(n) > len(longest.get(key, "")):
                longest[key] = n
    names = sorted(longest.values())
    if names:
        out.append("same participants: " + ", ".join(names))
    gaps = [(time_apart(f), k) for k, f in facts.items() if f.days_apart is not None]
    if gaps:
        most, (i, j) = max((g or 0, k) for g, k in gaps)
        out.append("the reports with a date were published the same day" if not most else
                   f"published up to {most} day{'s' * (most != 1)} apart "
                   f"({profiles[i].id}, {profiles[j].id})")
    return out


def _overall(verdicts: dict[tuple[int, int], Verdict], n: int) -> Verdict:
    """One verdict for ``n`` reports from their pairs' verdicts: 'no' when the pairs that are
    not 'no' leave the reports in two or more parts (some report is about another event);
    'yes' when the 'yes' pairs alone join every report (each one is tied to the rest by
    strong evidence, even if a short report is unclear against some other) and no pair is
    'no'; else 'unclear' (a 'no' pair joined through a third report is a contradiction, not
    an answer). With two reports this is the pair's verdict."""
    if len(components(n, [k for k, v in verdicts.items() if v != "no"])) > 1:
        return "no"
    if "no" not in verdicts.values() and len(components(
            n, [k for k, v in verdicts.items() if v == "yes"])) == 1:
        return "yes"
    return "unclear"


def _odd_one_out(verdicts: dict[tuple[int, int], Verdict], n: int) -> int | None:
    """The report whose every pair is 'no' while no other pair is."""
    for k in range(n):
        mine = [v for pair, v in verdicts.items() if k in pair]
        rest = [v for pair, v in verdicts.items() if k not in pair]
        if rest and all(v == "no" for v in mine) and not any(v == "no" for v in rest):
            return k
    return None
