"""The data that flows through the pipeline: frozen dataclasses only, no behaviour beyond
small derived properties. Every later stage refers back to an article by ``Article.id`` and to a
statement by its index in that article's statements, so every item of output is traceable to
the sentence it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FigureKind = Literal["money", "percent", "count", "number", "score", "duration", "age",
                     "distance", "weight", "magnitude"]
EntityKind = Literal["person", "place", "org"]
Tier = Literal["same", "related"]
Verdict = Literal["yes", "no", "unclear"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: a file path (or ``-`` for stdin), optionally a URL, the
    entry index inside a multi-article file (JSON Lines line number, feed entry, archive
    member) and the line the article starts on."""

    path: str
    url: str | None = None
    entry: int | None = None
    line: int | None = None
    member: str | None = None  # name inside an archive

    def __str__(self) -> str:
        s = self.url or self.path
        if self.member:
            s += f"!{self.member}"
        if self.line is not None:
            s += f":{self.line}"
        elif self.entry is not None:
            s += f"#{self.entry}"
        return s


@dataclass(frozen=True, slots=True)
class Repair:
    """One entry of the cleaning audit trail. ``kind`` is a stable machine word (``space``,
    ``mojibake``, ``homoglyph``, ``boilerplate``, ``repeated_headline``, ``control``,
    ``encoding``, ``truncated``, ``entity``, ``timestamp``, ``markup``, ``press_footer``,
    ``author_bio``, ``repeated_statement``, ``subheading``, ``quote_mark``, …); ``detail`` is a
    short human description such as ``'parеicular' -> 'particular' (Cyrillic е)``."""

    kind: str
    detail: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class Article:
    """One news report. ``text`` is the body (without the headline); after cleaning it is the
    cleaned body and ``repairs`` records what was changed."""

    id: str
    title: str
    text: str
    origin: Origin
    source: str | None = None  # the outlet, when the input says so
    date: str | None = None  # as given by the input (not parsed)
    url: str | None = None
    repairs: tuple[Repair, ...] = ()
    author: str | None = None  # the byline, when the input says so (web pages, feeds)


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence of an article's cleaned ``text``: ``text == article.text[start:end]``."""

    article: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date whose unknown parts stay unknown: 'May 14' is month=5, day=14, year=None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None  # 'Tuesday' when the text names one

    def iso(self) -> str:
        """ISO 8601 with unknown parts left out: '2019-05-14', '--05-14', '2019-05', '2019'."""
        y = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return y if self.year is not None else ""
        m = f"{self.month:02d}"
        if self.day is None:
            return f"{y}-{m}" if self.year is not None else f"--{m}"
        return f"{y}-{m}-{self.day:02d}"

    def human(self) -> str:
        """For people: 'Tuesday, 14 May 2019', '14 May', 'May 2019', 'Tuesday'."""
        months = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
        parts = [str(self.day)] if self.day is not None and self.month is not None else []
        if self.month is not None and 1 <= self.month <= 12:
            parts.append(months[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        day = " ".join(parts)
        return ", ".join(x for x in (self.weekday, day) if x)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when a report says it was filed ('MOSCOW, May 14 (Reuters) -') and by which
    agency."""

    place: str | None = None
    date: PartialDate | None = None
    agency: str | None = None
    statement: int | None = None  # index of the statement that carries it


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (``kind='direct'``, ``text`` is inside the quotation marks) or
    reported speech (``kind='reported'``, ``text`` is the reported clause). ``speaker`` is the
    canonical name of a person when it could be resolved, else the phrase used, else None."""

    text: str
    speaker: str | None
    statement: int
    kind: Literal["direct", "reported"] = "direct"
    speaker_phrase: str | None = None  # as written: 'he', 'the Russian diplomat'
    cited_by: str | None = None  # outlet the report cites for it: 'Sputnik'
    cue: str | None = None  # the attribution's verb: 'said', 'denied', 'told', 'according to'
    headline: bool = False  # in the headline: ``statement`` is the body sentence telling it


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with a meaning: '$27 billion' is money, value 27e9, unit 'USD'."""

    text: str
    kind: FigureKind
    value: float
    statement: int
    unit: str | None = None  # 'USD', '%', 'soldiers'
    start: int = 0  # offsets inside the statement text
    end: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place or organisation an article names, with every form it was seen in."""

    name: str  # canonical: the longest, most frequent full form
    kind: EntityKind
    variants: tuple[str, ...] = ()  # every other form seen: 'Sergey Lavrov', 'Russian FM'
    statements: tuple[int, ...] = ()  # statements that mention it


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article after the whole pipeline: load -> clean -> segment -> extract."""

    article: Article
    statements: tuple[Statement, ...]
    dateline: Dateline
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    cited_outlets: tuple[str, ...] = ()  # outlets the report cites: ('Sputnik',)
    event_place: str | None = None  # where the reported event happened ('Washington', 'Sochi')
    event_date: PartialDate | None = None  # when, as far as the text says
    event_date_text: str | None = None  # the words it came from ('yesterday', 'on Tuesday')


@dataclass(frozen=True, slots=True)
class Digest:
    """One article summed up: its lead and key statements (``newsdigest summarize``)."""

    analysis: Analysis
    lead: Statement | None
    key_statements: tuple[Statement, ...]

    @property
    def article(self) -> Article:
        return self.analysis.article


HEADLINE = -1  # a group member's ``statement`` when the member is the report's headline


@dataclass(frozen=True, slots=True)
class Member:
    """A statement (or quotation) of one article, as a member of a group or a list; in a group,
    ``statement`` is ``HEADLINE`` (-1) when the member is the report's headline."""

    article: str
    statement: int
    text: str
    speaker: str | None = None  # for quotes

    @property
    def where(self) -> str:
        """'headline', or the statement number: how output refers to the member."""
        return "headline" if self.statement == HEADLINE else str(self.statement)


@dataclass(frozen=True, slots=True)
class Group:
    """Statements from different articles that say the same thing (tier 'same') or are about
    the same thing (tier 'related'). ``score`` is the mean score of its statement pairs (0-100);
    ``differing`` lists, per member, the words that member has and the others lack; ``wire``:
    every two members from different reports print a run of words the same (wire copy,
    ``comparison.wire``): one source the reports ran, not reports that agree on their own."""

    tier: Tier
    score: float
    members: tuple[Member, ...]
    differing: tuple[tuple[str, ...], ...] = ()
    wire: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    """A disagreement inside a group: ``kind`` is 'figure' (the same quantity with different
    values), 'negation' (one side negates), 'direction' (rose vs fell), 'speaker', 'place',
    'day' (one happening on two weekdays) or 'quote' (a quotation worded differently)."""

    kind: str
    group: int | None  # index into Comparison.groups; None for quotations
    detail: str
    members: tuple[Member, ...]


@dataclass(frozen=True, slots=True)
class EventCheck:
    """``p_same`` is the estimated probability (0-1) that the reports are about one event: with
    two reports the pair's, with more the weakest pair needed to tie every report to the rest
    (None when it could not be estimated)."""

    same_event: Verdict
    reasons: tuple[str, ...]
    p_same: float | None = None


@dataclass(frozen=True, slots=True)
class WireShare:
    """Text ``article`` prints word for word as ``other`` does (runs of at least eight identical
    words, as a wire story run by several outlets): ``words`` of its words are in such runs,
    ``share`` of all its words (0-1)."""

    article: str
    other: str
    words: int
    share: float


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two or more reports aligned (``newsdigest compare``)."""

    articles: tuple[Analysis, ...]
    event_check: EventCheck
    groups: tuple[Group, ...]
    unique: tuple[Member, ...]
    conflicts: tuple[Conflict, ...]
    shared_quotes: tuple[tuple[Member, ...], ...] = ()  # the same quotation in several reports
    lone_quotes: tuple[Member, ...] = ()  # quotations only one report has
    wire: tuple[WireShare, ...] = ()  # verbatim text shared between two reports


@dataclass(frozen=True, slots=True)
class Story:
    """A cluster of articles about one real-world event."""

    id: int
    articles: tuple[str, ...]  # article ids
    title: str  # representative headline
    sources: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    key_statements: tuple[str, ...] = field(default_factory=tuple)
