"""What two reports have in common, as numbers for the same-event model and as facts for the
reasons: word overlap (IDF-weighted, the shipped lexicon), participants and places (with their
variants, surnames, and names the other report writes), each report's main participant (the
person most of its statements name: two reports of two events of one kind are usually about
different people), event place and date, shared figures and quotations, the years each
report mentions, and when each was published."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ..extract import desk_dateline
from ..extract.dates import event_day, parse_published
from ..lexicon import STOPWORDS, common_word, content_words, idf
from ..model import Analysis, Entity, PartialDate

# the model's features, in order (newsdigest/data/event_model.json names them), each with the
# way it may move P(same event): +1 only up (more shared evidence), -1 only down. The model is
# fitted with these signs (``eval.events.fit``), so that no feature learns the wrong way from
# how the training pairs were drawn (all hard negatives share their main person:
# unconstrained, sharing people would count against one event)
FEATURES: tuple[tuple[str, int], ...] = (
    ("text_cosine", 1), ("lead_cosine", 1), ("title_cosine", 1), ("name_cosine", 1),
    ("lead_names_missing", -1), ("rare_shared", 1), ("people_shared", 1), ("people_apart", -1),
    ("main_person_missing", -1), ("places_shared", 1), ("place_differs", -1),
    ("years_apart", -1), ("years_shared", 1), ("figures_shared", 1),
    ("lead_figures_differ", -1), ("quotes_shared", 1), ("aligned", 1),
)
NAMES = tuple(name for name, _ in FEATURES)
SIGNS = tuple(sign for _, sign in FEATURES)
LEAD = 3  # statements that make a report's lead, for its figures
RARE_IDF = 6.0  # a word in fewer than about 1 in 150 news documents
NAME_IDF = 4.0  # capitalised words rarer than this are names or name-like
MAIN_MENTIONS = 2  # statements that must name a person for them to be a report's main one
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_CAP = re.compile(r"\b[A-Z][\w'’-]+")


@dataclass(frozen=True)
class Profile:
    """What one report offers for the comparison, computed once per report."""

    id: str
    headline: str  # the title, else the first statement
    titled: bool  # the report has a title (else ``headline`` is its first statement)
    title: dict[str, float]  # IDF-weighted word stems of the headline
    vector: dict[str, float]  # IDF-weighted word stems of title and text
    words: frozenset[str]  # the content words of title and text, as written (lower case)
    lead: dict[str, float]  # IDF-weighted word stems of title and first two statements
    people: dict[str, str]  # every form (full name, variant, surname), lower -> canonical name
    surnames: dict[str, str]  # surname, lower -> canonical name
    places: dict[str, str]  # place form, lower -> canonical
    capitalised: frozenset[str]  # capitalised words of title and text, lower
    # the main participant: the person most statements name (at least MAIN_MENTIONS), and the
    # forms the other report may name them by (lower case: full forms and surnames)
    main_person: str | None
    main_forms: frozenset[str]
    names: dict[str, float]  # capitalised rare-ish words of title and text, IDF-weighted
    lead_names: frozenset[str]  # those of the title and first two statements
    event_place: str | None
    desk: bool  # the event place is a capital's dateline alone (``extract.desk_dateline``)
    event_date: PartialDate | None  # None when unknown (a weekday alone is unknown)
    published: PartialDate | None  # full publication date, when the input gives one
    latest_year: int | None  # the latest year the report mentions or was published in
    years: frozenset[int]  # the years the report mentions
    figures: frozenset[tuple[str, float, str]]
    # values of each (kind, unit) of figure in the lead / in the whole report
    lead_values: dict[tuple[str, str], frozenset[float]]
    values: dict[tuple[str, str], frozenset[float]]
    quotes: tuple[frozenset[str], ...]  # content words of each direct quotation


def _weights(words: list[str]) -> dict[str, float]:
    """IDF-weighted, sub-linear counts of ``words`` by stem ('caucus' and 'caucuses' are one
    word), unit length; a stem weighs as its rarest form."""
    from ..match.normalize import stem

    counts: Counter[str] = Counter()
    rarity: dict[str, float] = {}
    for w, c in Counter(words).items():
        key = stem(w)
        counts[key] += c
        rarity[key] = max(rarity.get(key, 0.0), idf(w))
    vec = {w: (1.0 + math.log(c)) * rarity[w] for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def _capitalised(text: str) -> set[str]:
    return {w for w in (m.group().lower().replace("’", "'") for m in _CAP.finditer(text))
            if w not in STOPWORDS}


def _binary(words: Iterable[str]) -> dict[str, float]:
    vec = {w: idf(w) for w in words}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def dates_differ(a: PartialDate, b: PartialDate) -> bool:
    """Only parts both dates know are compared: 14 May vs 14 May 2019 do not differ."""
    pairs = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    return any(x is not None and y is not None and x != y for x, y in pairs)


def dates_same(a: PartialDate, b: PartialDate) -> bool:
    """Both give the same day and month (and no different year)."""
    return (a.day is not None and a.month is not None and b.day is not None
            and b.month is not None and not dates_differ(a, b))


def norm_place(place: str) -> str:
    return place.lower().replace(".", "").replace(" dc", "").strip()


def place_parts(place: str) -> set[str]:
    """'Yida, South Sudan' -> {'yida', 'south sudan'}: two event places are the same place
    when one names the other's town or region."""
    return {norm_place(p) for p in place.split(",") if p.strip()}


def places_differ(a: str | None, b: str | None) -> bool:
    """Two event places of one kind the gazetteer knows (two cities, two countries) with no
    part in common: 'Athens' and 'Greece' may be one riot."""
    from ..extract.gazetteer import load as gazetteer

    if not a or not b or place_parts(a) & place_parts(b):
        return False
    gaz = gazetteer()
    kind = gaz.place_kind(a)
    return bool(kind) and kind == gaz.place_kind(b)


def _city(place: str | None) -> str | None:
    """The city an event place names first ('Sochi, Russia' -> 'Sochi'), when the gazetteer
    lists it as a city (``Gazetteer.place_kind``)."""
    from ..extract.gazetteer import CITY
    from ..extract.gazetteer import load as gazetteer

    gaz = gazetteer()
    if not place or gaz.place_kind(place) != CITY:
        return None
    return gaz.place(place.split(",")[0].strip())


@cache
def _published(raw: str) -> PartialDate | None:
    d = parse_published(raw)
    return d if d.year is not None and d.month is not None and d.day is not None else None


def desk_place(a: Analysis) -> bool:
    """Is the report's event place its dateline alone, naming a capital (``extract
    .desk_dateline``: a national desk, maybe not where it happened)?"""
    return bool(a.event_place) and a.event_place == a.dateline.place and desk_dateline(
        a.event_place or "")


def profile(a: Analysis) -> Profile:
    art = a.article
    body = art.text
    first = [s.text for s in a.statements[:2]]
    people: dict[str, str] = {}
    surnames: dict[str, str] = {}
    places: dict[str, str] = {}
    for e in a.entities:
        if e.kind == "place":
            for f in (e.name, *e.variants):
                places[norm_place(f)] = e.name
    # the person most statements name first: a surname two people share ('LaRue') stands
    # for the one the report is about, not a relative it names once
    for e in sorted((e for e in a.entities if e.kind == "person"),
                    key=lambda e: -len(e.statements)):
        for f in (e.name, *e.variants):
            people.setdefault(f.lower(), e.name)
        last = e.name.split()[-1]
        if len(last) > 2:
            surnames.setdefault(last.lower(), e.name)
            people.setdefault(last.lower(), e.name)
    if a.event_place:
        places.setdefault(norm_place(a.event_place), a.event_place)
    capitalised = _capitalised(f"{art.title}\n{body}")
    main = main_person(a)
    published = _published(art.date) if art.date else None
    mentioned = [int(y) for y in _YEAR.findall(f"{art.title}\n{body}")]
    years = mentioned + [d.year for d in (a.event_date, a.dateline.date)
                         if d is not None and d.year]
    if published is not None and published.year is not None:
        years = [y for y in years if y <= published.year] + [published.year]
    figures = frozenset((f.kind, round(f.value, 2), f.unit or "") for f in a.figures
                        if f.kind in ("money", "percent") or f.value >= 10)
    quotes = tuple(q for q in (frozenset(content_words(q.text)) for q in a.quotes
                               if q.kind == "direct") if len(q) >= 3)
    headline = art.title or (a.statements[0].text if a.statements else "")
    words = content_words(f"{art.title}\n{body}")
    return Profile(
        id=art.id,
        headline=headline, titled=bool(art.title),
        title=_weights(content_words(headline)),
        vector=_weights(words),
        words=frozenset(words),
        lead=_weights(content_words("\n".join([art.title, *first]))),
        people=people, surnames=surnames, places=places,
        capitalised=frozenset(capitalised),
        main_person=main.name if main else None,
        main_forms=_forms(main) if main else frozenset(),
        names=_binary(n for n in capitalised if idf(n) >= NAME_IDF),
        lead_names=frozenset(n for n in _capitalised("\n".join([art.title, *first]))
                             if idf(n) >= NAME_IDF),
        event_place=a.event_place,
        desk=desk_place(a),
        event_date=event_day(a.event_date, published),
        published=published,
        latest_year=max(years) if years else None,
        years=frozenset(mentioned),
        figures=figures, quotes=quotes,
        lead_values=_values(a, LEAD), values=_values(a, len(a.statements) + 1),
    )


def main_person(a: Analysis) -> Entity | None:
    """The person the most statements name (at least ``MAIN_MENTIONS``; ties: the one named
    first): whom the report is about."""
    ranked = sorted((e for e in a.entities if e.kind == "person"
                     and len(e.statements) >= MAIN_MENTIONS),
                    key=lambda e: (-len(e.statements), e.statements[0]))
    return ranked[0] if ranked else None


def _forms(e: Entity) -> frozenset[str]:
    """A person's names as another report may write them: every form, and each form's last
    word (the surname) when longer than two letters."""
    out = set()
    for form in (e.name, *e.variants):
        out.add(form.lower())
        words = form.split()
        if words and len(words[-1]) > 2:
            out.add(words[-1].lower())
    return frozenset(out)


def _unnamed_main(p: Profile, other: Profile) -> bool:
    """``p`` has a main participant whom ``other`` never names (not as one of its people's
    forms, nor as a capitalised surname)."""
    return p.main_person is not None and not p.main_forms & (other.people.keys()
                                                              | other.capitalised)


def _values(a: Analysis, statements: int) -> dict[tuple[str, str], frozenset[float]]:
    """The values of each kind and unit of figure in the first ``statements`` statements (a
    title's figures count as the lead's)."""
    out: dict[tuple[str, str], set[float]] = {}
    for f in a.figures:
        if f.statement < statements:
            out.setdefault((f.kind, f.unit or ""), set()).add(round(f.value, 2))
    return {k: frozenset(v) for k, v in out.items()}


def lead_figures_differ(a: Profile, b: Profile) -> list[tuple[str, str]]:
    """The kinds of figure both leads give where neither lead's values occur anywhere in the
    other report: 'magnitude 6.1' against 'magnitude 5.4', '12 dead' against '3 dead'."""
    return sorted(k for k in a.lead_values.keys() & b.lead_values.keys()
                  if not a.lead_values[k] & b.values.get(k, frozenset())
                  and not b.lead_values[k] & a.values.get(k, frozenset()))


def _named_in(p: Profile, other: Profile) -> set[str]:
    """Canonical names of ``p``'s people that ``other`` names too: as one of its people's
    forms or surnames, or a surname the other report writes with a capital that is no common
    word ('Ingraham', not the 'Show' of 'The Laura Ingraham Show' in '… Morning Show')."""
    found = set()
    for key, name in p.surnames.items():
        if key in other.people or (key in other.capitalised and not common_word(key)):
            found.add(name)
    for form, name in p.people.items():
        if form in other.people:
            found.add(name)
    return found


@dataclass(frozen=True)
class PairFacts:
    """Everything two reports share or dispute, with the numbers the model reads."""

    people: tuple[str, ...]  # shared participants (names as report a writes them)
    people_a: int  # participants of each report
    people_b: int
    places: tuple[str, ...]
    place_differs: bool
    cities_differ: bool  # the event places are two different cities the gazetteer knows
    event_days_apart: int | None  # between the event dates, when both give day and month
    days_apart: int | None  # between the publication dates, when both are known
    years_apart: int | None  # between the latest years the reports mention
    years_shared: float  # Jaccard overlap of the years the reports mention
    rare_words: tuple[str, ...]  # shared rare words, rarest first
    headline_words: tuple[str, ...]  # content words both headlines have
    figures: int
    figures_differ: tuple[tuple[str, str], ...]  # kinds of lead figure the reports differ in
    quotes: int
    text_cosine: float
    lead_cosine: float
    title_cosine: float
    name_cosine: float
    lead_names_missing: float  # the larger share of a lead's names the other report lacks
    # main participants (``main_person``) the other report never names, a's first
    unnamed_main: tuple[str, ...] = ()
    titled: bool = True  # both reports have a title (``title_cosine`` compares titles)
    no_figures: bool = False  # neither report has a figure ``figures`` could count


def pair_facts(a: Profile, b: Profile) -> PairFacts:
    named: dict[str, str] = {}  # surname -> the longest form either report gives, a's first
    in_a = _named_in(a, b)  # (ties in order: 'Sergei' and 'Sergey Lavrov' whatever the hash)
    for name in sorted(in_a | _named_in(b, a), key=lambda n: (-len(n), n not in in_a, n)):
        named.setdefault(name.split()[-1].lower(), name)
    shared_people = set(named.values())
    shared_places = sorted({a.places[k] for k in a.places.keys() & b.places.keys()}
                           | {v for k, v in a.places.items() if k in b.capitalised
                              and len(k.split()) == 1}
                           | {v for k, v in b.places.items() if k in a.capitalised
                              and len(k.split()) == 1 and norm_place(v) not in a.places})
    place_differs = places_differ(a.event_place, b.event_place)
    cities = {c for c in (_city(a.event_place), _city(b.event_place)) if c}
    da, db = a.event_date, b.event_date
    days = None
    if a.published is not None and b.published is not None:
        days = abs(_ordinal(a.published) - _ordinal(b.published))
    years = (abs(a.latest_year - b.latest_year)
             if a.latest_year is not None and b.latest_year is not None else None)
    rare = sorted((w for w in a.words & b.words if idf(w) >= RARE_IDF),
                  key=lambda w: (-idf(w), w))
    head = set(content_words(a.headline)) & set(content_words(b.headline))
    quotes = sum(1 for q in a.quotes
                 if any(len(q & r) / len(q | r) >= 0.5 for r in b.quotes))
    return PairFacts(
        people=tuple(sorted(shared_people)),
        people_a=len(set(a.surnames.values())), people_b=len(set(b.surnames.values())),
        places=tuple(shared_places),
        place_differs=place_differs,
        cities_differ=place_differs and len(cities) == 2 and not (a.desk or b.desk),
        event_days_apart=_days_apart(da, db) if da and db else None,
        days_apart=days, years_apart=years,
        years_shared=len(a.years & b.years) / len(a.years | b.years) if a.years and b.years
        else 0.0,
        rare_words=tuple(rare),
        headline_words=tuple(sorted(head, key=lambda w: (-idf(w), w))),
        figures=len(a.figures & b.figures), quotes=quotes,
        figures_differ=tuple(lead_figures_differ(a, b)),
        text_cosine=cosine(a.vector, b.vector), lead_cosine=cosine(a.lead, b.lead),
        title_cosine=cosine(a.title, b.title),
        name_cosine=cosine(a.names, b.names),
        lead_names_missing=max(_missing(a.lead_names, b.capitalised),
                               _missing(b.lead_names, a.capitalised)),
        unnamed_main=tuple(p.main_person for p, o in ((a, b), (b, a))
                           if p.main_person is not None and _unnamed_main(p, o)),
        titled=a.titled and b.titled, no_figures=not a.figures and not b.figures,
    )


def _missing(names: frozenset[str], other: frozenset[str]) -> float:
    total = sum(idf(n) for n in names)
    return sum(idf(n) for n in names - other) / total if total else 0.0


def _days_apart(a: PartialDate, b: PartialDate) -> int | None:
    """Days between two dates that both give day and month; an unknown year is taken to be
    the other's (or the same for both)."""
    if a.day is None or a.month is None or b.day is None or b.month is None:
        return None
    ya = a.year or b.year or 2001
    yb = b.year or a.year or 2001
    try:
        return abs(_ordinal(PartialDate(ya, a.month, a.day))
                   - _ordinal(PartialDate(yb, b.month, b.day)))
    except ValueError:
        return None


def _ordinal(d: PartialDate) -> int:
    assert d.year is not None and d.month is not None and d.day is not None
    return dt.date(d.year, d.month, d.day).toordinal()


def vector(f: PairFacts, aligned: float) -> list[float]:
    """The model's features (``NAMES``) of one pair."""
    fewest = min(f.people_a, f.people_b)
    apart = 1.0 if fewest and not f.people else 0.0
    return [
        f.text_cosine, f.lead_cosine, f.title_cosine, f.name_cosine, f.lead_names_missing,
        math.log1p(len(f.rare_words)), math.log1p(len(f.people)), apart,
        float(len(f.unnamed_main)), math.log1p(len(f.places)), float(f.place_differs),
        math.log1p(f.years_apart or 0),
        f.years_shared, math.log1p(f.figures), min(2.0, len(f.figures_differ)),
        math.log1p(f.quotes), aligned,
    ]


def time_apart(f: PairFacts) -> int | None:
    """Days between the reports: their publication dates when both are known, else a year
    for each year between the latest years they mention."""
    if f.days_apart is not None:
        return f.days_apart
    return None if f.years_apart is None else 365 * f.years_apart


def date_gap(f: PairFacts) -> tuple[str, int] | None:
    """('published', days) between the publication dates when both are known, else ('event',
    days) between the event dates when both give a full date, else None."""
    if f.days_apart is not None:
        return "published", f.days_apart
    if f.event_days_apart is not None:
        return "event", f.event_days_apart
    return None


NEAR_DAYS = 2  # reports published this close say little by their dates: their event dates do


def date_gaps(f: PairFacts) -> list[tuple[str, int]]:
    """The gaps whose log-odds a pair's dates add: ``date_gap``, and ('event_near', days)
    between the event dates when the reports were published at most ``NEAR_DAYS`` apart
    (campaign coverage of one day holds many events: two reports of the same happening give
    the same day, two reports of different happenings mostly not)."""
    gap = date_gap(f)
    out = [] if gap is None else [gap]
    if (f.days_apart is not None and f.days_apart <= NEAR_DAYS
            and f.event_days_apart is not None):
        out.append(("event_near", f.event_days_apart))
    return out


def date_offsets(f: PairFacts, table: Mapping[str, Sequence[Sequence[float]]]
                 ) -> list[tuple[str, int, float]]:
    """(kind, days, log-odds) of each of the pair's date gaps (``date_gaps``) from ``table``
    (kind -> rows of (most days, log-odds), ``date_logit``); 0 for a kind the table lacks."""
    return [(kind, days, next((z for most, z in table.get(kind, ()) if days <= most), 0.0))
            for kind, days in date_gaps(f)]


def date_offset(f: PairFacts, table: Mapping[str, Sequence[Sequence[float]]]) -> float:
    """The log-odds the pair's dates add (``date_offsets``)."""
    return sum(z for _, _, z in date_offsets(f, table))
