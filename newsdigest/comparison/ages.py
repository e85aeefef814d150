"""A person two reports give different ages: 'Robert Buckley, 32, fell' in one report and
'a 31-year-old climber, Robert Buckley' / '31-year-old Robert Buckley' in another, wherever the
two statements stand (the groups of aligned statements need not hold both: a report may give
the age in its lead and another deep down, in a sentence about something else).

An age belongs to a person only where the text ties it to a name the report's people
(``Analysis.entities``) know: right after the name between commas ('Catherine Gomes, 61,
the defendant's mother'; ``extract.figures`` reads such an age only before a lower-case word)
or right before it ('61-year-old Kathryn Gomes'); never 'the 33-year-old actress's rep Jack
Ketsoyan'. Two reports mean one person when the names agree in their first and last words
(so 'Gary Gomes' and 'Catherine Gomes', a son and his mother, are two people, and a name
spelt two ways is missed rather than joined to someone else). A report that itself gives
one person two ages says nothing for them; two reports dated years apart may give ages a
year or two apart (a trial two years after the shooting: 27, then 29), which is no
disagreement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..extract.dates import parse_published
from ..extract.given_names import NAME_SUFFIXES
from ..model import Analysis, Conflict, Figure, Member


def age_conflicts(analyses: Sequence[Analysis], known: Sequence[Conflict] = ()) -> list[Conflict]:
    """One 'figure' conflict (group null) per person and two ages, between the first two
    statements that give them, unless ``known`` conflicts already hold two such statements."""
    told: dict[tuple[str, str], dict[float, list[tuple[Member, Figure, int]]]] = {}
    for ai, a in enumerate(analyses):
        mine: dict[tuple[str, str], dict[float, tuple[Member, Figure]]] = {}
        for key, fig in person_ages(a):
            s = a.statements[fig.statement]
            mine.setdefault(key, {}).setdefault(fig.value, (Member(s.article, s.index, s.text),
                                                            fig))
        for key, given in mine.items():
            if len(given) == 1:  # two ages in one report: nothing to hold against another
                (value, (member, fig)), = given.items()
                told.setdefault(key, {}).setdefault(value, []).append((member, fig, ai))
    years = [_year(a) for a in analyses]
    shown = {frozenset((m.article, m.statement) for m in k.members) for k in known}
    out: list[Conflict] = []
    for values in told.values():
        ages = sorted(values)
        for i, x in enumerate(ages):
            for y in ages[i + 1:]:
                pair = _first_pair(values[x], values[y], y - x, years, shown)
                if pair is not None:
                    (mx, fx), (my, fy) = pair
                    out.append(Conflict("figure", None, f"{fx.text} vs {fy.text}", (mx, my)))
    return out


def _first_pair(xs: Sequence[tuple[Member, Figure, int]], ys: Sequence[tuple[Member, Figure, int]],
                gap: float, years: Sequence[int | None], shown: set[frozenset[tuple[str, int]]],
                ) -> tuple[tuple[Member, Figure], tuple[Member, Figure]] | None:
    """The first two statements (of two reports) giving the lower and the higher age that
    the reports' dates do not explain (``_aged``); None when a known conflict already shows
    two of them, or the dates explain every two."""
    first = None
    for mx, fx, ax in xs:
        for my, fy, ay in ys:
            if frozenset(((mx.article, mx.statement), (my.article, my.statement))) in shown:
                return None
            if _aged(years[ax], years[ay], gap):
                continue
            if first is None:
                first = ((mx, fx), (my, fy))
    return first


def _aged(young: int | None, old: int | None, gap: float) -> bool:
    """Did the person age by ``gap`` years between the report giving the lower age (dated
    ``young``) and the one giving the higher (``old``)? A birthday between them adds one."""
    return young is not None and old is not None and old - young > 0 and gap <= old - young + 1


def _year(a: Analysis) -> int | None:
    """The year a report was published (its date), else the year of its event, if known."""
    year = parse_published(a.article.date).year if a.article.date else None
    return year if year is not None else (a.event_date.year if a.event_date else None)


def person_ages(a: Analysis) -> Iterator[tuple[tuple[str, str], Figure]]:
    """(person key, age figure) for each age the text ties to a named person; the key is
    the first and last word of the person's name, lower case (a 'Jr.' aside)."""
    forms = sorted(((f, e.name) for e in a.entities if e.kind == "person"
                    for f in (e.name, *e.variants) if " " in f.strip()),
                   key=lambda fn: -len(fn[0]))
    if not forms:
        return
    for fig in a.figures:
        if fig.kind != "age":
            continue
        text = a.statements[fig.statement].text
        name = _named(text, fig, forms)
        if name is not None:
            key = _key(name)
            if key is not None:
                yield key, fig


def _named(text: str, fig: Figure, forms: Sequence[tuple[str, str]]) -> str | None:
    """The person an age is tied to: 'NAME, 32,' or '32-year-old NAME' (canonical name)."""
    before = text[:fig.start]
    if before.endswith(", ") and text[fig.end:fig.end + 1] == ",":
        head = before[:-2]
        for form, name in forms:
            if head.endswith(form) and not head[-len(form) - 1:-len(form)].isalnum():
                return name
    if "old" in fig.text.lower():
        tail = text[fig.end:].lstrip()
        for form, name in forms:
            if tail.startswith(form) and not tail[len(form):len(form) + 1].isalnum():
                return name
    return None


def _key(name: str) -> tuple[str, str] | None:
    words = [w.strip(".,") for w in name.split()]
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    return (words[0].lower(), words[-1].lower()) if len(words) >= 2 else None
