"""Are these reports about the same event? Compare where and when each says it happened and
who took part: a different place or date is decisive; shared participants and shared
statements support 'yes'; too little known is 'unclear'."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from .model import Analysis, EventCheck, PartialDate, Verdict

# share of each report's statements that must align with another report for 'yes'
MIN_ALIGNED = 0.2


def _date_words(d: PartialDate) -> str:
    parts = []
    if d.weekday:
        parts.append(d.weekday)
    if d.day is not None:
        parts.append(str(d.day))
    if d.month is not None:
        parts.append(calendar.month_name[d.month])
    if d.year is not None:
        parts.append(str(d.year))
    return " ".join(parts) or "unknown"


def _dates_differ(a: PartialDate, b: PartialDate) -> bool:
    """Only parts both dates know are compared: 14 May vs 14 May 2019 do not differ."""
    pairs = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return any(x is not None and y is not None and x != y for x, y in pairs)


def _norm_place(place: str) -> str:
    return place.lower().replace(".", "").replace(" dc", "").strip()


def _people(analysis: Analysis) -> dict[str, str]:
    """surname (lower) -> canonical name, for every person the report names."""
    return {e.name.split()[-1].lower(): e.name for e in analysis.entities if e.kind == "person"}


def check_event(analyses: Sequence[Analysis], aligned: Sequence[float] = ()) -> EventCheck:
    """``aligned[i]`` is the share of report i's statements grouped with another report's."""
    reasons: list[str] = []
    against = support = 0

    places = [(a.article.id, a.event_place) for a in analyses]
    known = [(i, p) for i, p in places if p]
    if len({_norm_place(p) for _, p in known}) > 1:
        against += 1
        reasons.append("different places: " + "; ".join(f"{p} ({i})" for i, p in known))
    elif len(known) == len(analyses) and known:
        support += 1
        reasons.append(f"same place: {known[0][1]}")
    for i, p in places:
        if not p:
            reasons.append(f"place unknown in {i}")

    dates = [(a.article.id, a.event_date, a.event_date_text) for a in analyses]
    known_dates = [(i, d) for i, d, _ in dates if d is not None and d.iso()]
    pairs = [(x[1], y[1]) for n, x in enumerate(known_dates) for y in known_dates[n + 1:]]
    if any(_dates_differ(x, y) for x, y in pairs):
        against += 1
        listed = "; ".join(f"{_date_words(d)} ({i})" for i, d in known_dates)
        reasons.append("different dates: " + listed)
    elif len(known_dates) == len(analyses) and known_dates:
        support += 1
        reasons.append(f"same date: {_date_words(known_dates[0][1])}")
    for i, d, text in dates:
        if d is None or not d.iso():
            said = f" (says only '{text}')" if text else ""
            reasons.append(f"date unknown in {i}{said}")

    people = [_people(a) for a in analyses]
    if people and all(people):
        shared = set(people[0]).intersection(*people[1:])
        if shared:
            support += 1
            names = sorted(people[0][s] for s in shared)
            reasons.append("same participants: " + ", ".join(names))
        else:
            against += 1
            reasons.append("no participant in common")

    if aligned:
        low = min(aligned)
        reasons.append(f"at least {low:.0%} of each report's statements align with another report")
        if low >= MIN_ALIGNED:
            support += 1

    verdict: Verdict
    if against and any(r.startswith(("different places", "different dates")) for r in reasons):
        verdict = "no"
    elif support >= 2 and not against:
        verdict = "yes"
    else:
        verdict = "unclear"
    return EventCheck(verdict, tuple(reasons))
