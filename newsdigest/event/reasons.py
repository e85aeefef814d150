"""The reason that says what weighed in the same-event verdict: the evidence that moved the
probability most, each named the way it pointed (``EventModel.contributions``)."""

from __future__ import annotations

from collections.abc import Sequence

# each contribution's name: (when it raised the odds, when it lowered them). A contribution
# is measured against an average pair, so evidence that only ever counts against one event
# counts for it when a pair has less of it than most ('no different event places')
LABELS: dict[str, tuple[str, str]] = {
    "text_cosine": ("much wording in common", "little wording in common"),
    "lead_cosine": ("leads alike", "leads worded differently"),
    "title_cosine": ("headlines alike", "headlines worded differently"),
    "opening_cosine": ("first sentences alike", "first sentences worded differently"),
    "name_cosine": ("the same names throughout", "many names only one report mentions"),
    "lead_names_missing": ("the names of each lead in the other report",
                           "names of a lead missing from the other report"),
    "rare_shared": ("rare words in common", "few rare words in common"),
    "people_shared": ("participants in common", "few participants in common"),
    "people_apart": ("a participant in common", "no participant in common"),
    "main_person_missing": ("each report names the other's main participants",
                            "a main participant the other report never names"),
    "places_shared": ("places in common", "few places in common"),
    "place_differs": ("no different event places", "different event places"),
    "years_apart": ("the same years mentioned", "years mentioned far apart"),
    "years_shared": ("years in common", "few years in common"),
    "figures_shared": ("figures in common", "few figures in common"),
    "no_figures": ("figures in common", "no figures to compare in either report"),
    "lead_figures_differ": ("no different figures in the leads",
                            "leads give different figures"),
    "quotes_shared": ("quotations in common", "no quotation in common"),
    "aligned": ("statements aligned", "few statements aligned"),
    "event_near": ("the same event date", "different event dates"),
    "cities_differ": ("no two different cities", "two different cities"),
}
DAYS_SHOWN = ("published", "event")  # date gaps named with their days ('published 2 days
# apart (-0.1)', not "published far apart" for what counts only a little against one event)
SHOWN = 3  # contributions named on each side
LEAST = 0.1  # log-odds below which a contribution is not named


def weighed(contributions: Sequence[tuple[str, float]]) -> str | None:
    """'weighed for one event: leads alike (+0.8), …; against: few figures in common (-0.4)':
    the largest contributions (log-odds against an average pair) on each side, or None when
    nothing weighed."""
    sides: list[str] = []
    for sign, side in ((1, "for"), (-1, "against")):
        picked = sorted((c for c in contributions if sign * c[1] >= LEAST),
                        key=lambda c: -abs(c[1]))[:SHOWN]
        named = [f"{_label(name, sign)} ({z:+.1f})" for name, z in picked]
        if named:
            head = side if sides else f"weighed {side} one event"
            sides.append(f"{head}: " + ", ".join(named))
    return "; ".join(sides) or None


def _label(name: str, sign: int) -> str:
    """A contribution's words: its ``LABELS`` entry the way it pointed, or for a date gap
    with its days ('published:2') the days themselves: 'published 2 days apart', 'event
    dates on the same day'."""
    kind, _, days = name.partition(":")
    if not days:
        return LABELS[name][sign < 0]
    n = int(days)
    what = "published" if kind == "published" else "event dates"
    return f"{what} on the same day" if n == 0 else f"{what} {n} day{'s' * (n != 1)} apart"
