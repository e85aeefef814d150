"""People, places and organisations, with their variants merged.

The mentions come from ``mentions``; a single word is a person when it is the surname of a
full name seen elsewhere, and an organisation when it opens the name of one the article gives
('Fox' beside Fox News).

Variants of one person are merged: the same surname with compatible first names ('Sergei' /
'Sergey', 'Mike' / 'Michael'), the surname alone ('Lavrov'), the first name alone when one
person named in full has it ('Hillary' for Hillary Clinton), and role descriptions the
article has established ('the Russian FM', 'the Russian diplomat', 'the Minister' for a
person introduced as 'Russian Foreign Minister')."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..lazyre import lazy
from ..lexicon import FUNCTION_WORDS, common_word
from ..model import Entity, EntityKind, Statement
from ..words import SPEECH_VERB_RE
from .gazetteer import COUNTRY, Gazetteer, towns, wordset
from .gazetteer import load as gazetteer
from .given_names import given_name
from .mentions import (
    _INITIALISM,
    DETERMINERS,
    Mention,
    find_mentions,
    in_quotes,
    inside,
    strip_token,
    words_in,
)
from .ner import INITIAL, JOINERS, SURNAME_PARTICLES


@dataclass
class _Person:
    """What an article says of one person, gathered while its names are read."""

    forms: dict[str, int] = field(default_factory=dict)  # full form -> count
    first_seen: dict[str, int] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    nationality: str | None = None
    statements: set[int] = field(default_factory=set)
    extra: list[str] = field(default_factory=list)  # descriptor forms: 'Russian FM'
    written: dict[str, None] = field(default_factory=dict)  # every form seen, as written

    def name(self) -> str:
        """The form written most often, longest first; a surname of two words or more ('Van
        Rompuy', 'Peña Nieto', written more often than 'Herman Van Rompuy', 'Enrique Peña
        Nieto') only when no fuller form is written."""
        def fuller(f: str) -> bool:
            return any(g.lower().endswith(" " + f.lower()) for g in self.forms)

        return max(self.forms, key=lambda f: (not fuller(f), self.forms[f], len(f),
                                              -self.first_seen[f]))


def _compatible(a: str, b: str, gaz: Gazetteer) -> bool:
    if a == b:
        return True
    if gaz.nick_groups.get(a, frozenset()) & gaz.nick_groups.get(b, frozenset()):
        return True
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:
        return a[0] == b[0]
    from rapidfuzz.distance import Levenshtein

    return a[0] == b[0] and Levenshtein.distance(a.lower(), b.lower()) <= max(1, len(a) // 5)


@dataclass
class People:
    """The entities of one article and how to resolve a speaker phrase to one of them."""

    entities: list[Entity]
    mentions: list[Mention]  # person mentions (names and resolved descriptors), in order
    persons: dict[str, _Person]
    surnames: dict[str, str]  # surname / full form -> canonical

    def __post_init__(self) -> None:
        self.by_statement: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_statement.setdefault(m.statement, []).append(m)

    def within(self, statement: int, s: int, e: int) -> Mention | None:
        """The first mention that starts inside ``[s, e)`` of a statement."""
        ms = self.by_statement.get(statement, [])
        i = _search(ms, s)
        return ms[i] if i < len(ms) and ms[i].start < e else None

    def first_outside_quotes(self, statement: int) -> Mention | None:
        return next((m for m in self.by_statement.get(statement, []) if not m.in_quote), None)

    def lookup(self, form: str) -> str | None:
        form = " ".join(strip_token(t) for t in form.split())
        return self.surnames.get(form) or self.surnames.get(form.split()[-1] if form else "")


def _search(ms: list[Mention], s: int) -> int:
    lo, hi = 0, len(ms)
    while lo < hi:
        mid = (lo + hi) // 2
        if ms[mid].start < s:
            lo = mid + 1
        else:
            hi = mid
    return lo


def entity_order(e: Entity) -> tuple[tuple[int, ...], str, str]:
    """Entities are listed by their first statement, then kind and name."""
    return e.statements[:1] or (1 << 30,), e.kind, e.name


def build(statements: Sequence[Statement]) -> People:
    gaz = gazetteer()
    mentions = find_mentions(statements, gaz)
    _people_read_as_places(mentions, gaz)
    _places_read_as_people(mentions)
    _towns_read_as_people(mentions, statements, gaz)
    _places_in_countries(mentions, statements, gaz)
    _places_that_are_bodies(mentions, statements, gaz)
    _units_read_as_names(mentions, statements)
    _places_before_titles(mentions, statements, gaz)
    _groups_read_as_places(mentions, statements, gaz)
    _parts_of_documents(mentions, statements)
    persons: dict[str, _Person] = {}
    order = _full_names(mentions, persons, gaz)
    by_surname = _single_names(mentions, persons, order, gaz, _no_names(statements, mentions, gaz),
                               _relatives(mentions, statements))
    people = [m for m in mentions if m.kind == "person" and m.key]
    for m in people:
        p = persons[m.key]
        p.roles |= m.roles
        p.nationality = p.nationality or m.nationality
        p.statements.add(m.statement)
        p.written.update(dict.fromkeys((m.form, m.raw)))  # 'Lavrov', 'LAVROV'
    people += _descriptors(statements, persons, people, gaz)
    people.sort(key=lambda m: (m.statement, m.start))
    canon = {k: p.name() for k, p in persons.items()}
    for m in people:
        m.key = canon[m.key]
    entities = [Entity(canon[k], "person",
                       tuple(dict.fromkeys(f for f in [*p.forms, *p.written, *p.extra]
                                           if f and f != canon[k])),
                       tuple(sorted(p.statements)))
                for k, p in persons.items()]
    entities += _others(mentions, [st.text for st in statements])
    entities.sort(key=entity_order)
    return People(entities, people, {canon[k]: p for k, p in persons.items()},
                  _surnames(persons, canon, by_surname))


def _groups_read_as_places(mentions: list[Mention], statements: Sequence[Statement],
                           gaz: Gazetteer) -> None:
    """A word for a group of people the tagger read as a place ('directed at Latinos') is no
    place; a place the gazetteer knows before such a word ('The Kentucky Republican and the
    New York businessman') is that place alone."""
    for m in mentions:
        words = m.form.split()
        if m.kind != "place" or gaz.place(m.form) is not None or not gaz.is_group(words[-1]):
            continue
        rest = " ".join(words[:-1])
        cut = statements[m.statement].text.rfind(f" {words[-1]}", m.start, m.end)
        if rest and gaz.place(rest) is not None and cut > m.start:
            m.form, m.end, m.raw = rest, cut, ""
        else:
            m.kind = None


# last words of the name of a treaty or a law ('the Paris Agreement', 'the Affordable Care Act')
DOCUMENT_ENDS = wordset("Agreement Agreements Treaty Treaties Accord Accords Act Pact Protocol")


def _parts_of_documents(mentions: list[Mention], statements: Sequence[Statement]) -> None:
    """A name that is, or opens, the name of a treaty or a law (the capitalised words right
    after it end in one of ``DOCUMENT_ENDS``) is no person, place or organisation ('Paris
    Agreement' read as a place, 'North' of the 'North American Free Trade Agreement'): it
    leaves the mentions."""
    def document(m: Mention) -> bool:
        after = statements[m.statement].text[m.end:m.end + 80]
        run = [m.form.split()[-1]]
        for w in after.split()[:6] if after[:1] == " " else ():
            if not w[:1].isupper():
                break
            run.append(w.rstrip(".,;:!?\"'”’)"))
            if w != run[-1]:
                break  # a mark ends the name
        return any(w in DOCUMENT_ENDS for w in run)

    mentions[:] = [m for m in mentions if not document(m)]  # (no name of anyone either)


# a title after a place that says whose place it is ('Ohio Gov. John Kasich', 'Texas Sen.')
_TITLE_AFTER = re.compile(r"[ ]{1,3}(?:Gov|Sen|Rep|Lt|Atty|Governor|Senator|Congressman|"
                          r"Congresswoman|Mayor|Attorney General)\b")


def _places_before_titles(mentions: list[Mention], statements: Sequence[Statement],
                          gaz: Gazetteer) -> None:
    """A place the gazetteer knows, read as an organisation right before an office's title
    ('Ohio Gov. John Kasich', 'New Jersey Sen.') or a word for a person it describes
    (``PERSON_DESCRIPTIONS``: 'the New York billionaire', 'the Vermont senator') is that place."""
    for m in mentions:
        if m.kind != "org" or gaz.place(m.form) is None:
            continue
        text = statements[m.statement].text
        after = _WORD_AFTER.match(text, m.end)
        if _TITLE_AFTER.match(text, m.end) or (
                after is not None and after.group(1) in PERSON_DESCRIPTIONS):
            m.kind = "place"


_WORD_AFTER = re.compile(r"[ ]([a-z]+)\b")
# words for a person that a place before them describes ('the New York billionaire', 'the
# Vermont senator'; not a team's 'Leicester manager', an organisation in news copy)
PERSON_DESCRIPTIONS = wordset("""billionaire millionaire tycoon mogul native businessman
    businesswoman developer senator governor congressman congresswoman lawmaker legislator""")


# the last words of a school's name: a place in name only ('Wheeling Jesuit College')
SCHOOL_ENDS = wordset("College University Institute School Academy Seminary Polytechnic")
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells)[ ]$")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording[ ]to[ ]$")
# a party and a state after a lawmaker's name ('Marco Rubio, R-Fla.'): no place of its own
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}")


# a short capitalised plural right after a number: what it counts ('46 KOs', "47 KO's")
_COUNTED_CAPITALS = re.compile(r"[A-Z]{1,4}s")
_PLURAL_MARK = re.compile(r"['’]s\b")  # "KO's": a plural as some write it
_NUMBER_BEFORE = re.compile(r"\d[ ]$")


def _units_read_as_names(mentions: list[Mention], statements: Sequence[Statement]) -> None:
    """A few capitals right after a number are what it counts, no organisation ('46 KOs',
    "47 KO's" in a boxer's record)."""
    for m in mentions:
        text = statements[m.statement].text
        if m.kind is None or not _NUMBER_BEFORE.search(text, max(0, m.start - 2), m.start):
            continue
        if _COUNTED_CAPITALS.fullmatch(m.form) or (
                m.form.isupper() and len(m.form) <= 4 and _PLURAL_MARK.match(text, m.end)):
            m.kind = None


def _places_that_are_bodies(mentions: list[Mention], statements: Sequence[Statement],
                            gaz: Gazetteer) -> None:
    """A name read as a place that the gazetteer does not know as one is an organisation
    when it ends in a word for a school ('Wheeling Jesuit College', beside 'the University of
    Dayton'), is the one something was told to ('told France Info that …') or the source
    after 'according to' ('According to Variety, …'); a lawmaker's party and state ('R-Fla.')
    is no name at all."""
    for m in mentions:
        if m.kind != "place" or gaz.place(m.form) is not None:
            continue
        text = statements[m.statement].text
        if _PARTY_TAG.fullmatch(m.form):
            m.kind = None
        elif m.form.split()[-1] in SCHOOL_ENDS or _a_source(m, text):
            m.kind = "org"


def _a_source(m: Mention, text: str) -> bool:
    """Is the name the source after 'according to' ('according to Orange.'; not 'according
    to Woodburn police': the town's police) or, of two words or more, the one told?"""
    if _ACCORDING_BEFORE.search(text, max(0, m.start - 13), m.start):
        return not _WORD_AFTER.match(text, m.end)
    return " " in m.form and _TOLD_BEFORE.search(text, max(0, m.start - 9), m.start) is not None


# first words of place names that end in a surname ('Lake Jackson', 'Fort Worth', 'Port Moresby')
GEOGRAPHY = wordset("lake mount mt fort ft port saint st san santa new north south east west "
                    "upper lower great little cape point glen")


def _people_read_as_places(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A name of two or more words the tagger read as a place ('bringing in Maurice Cheeks')
    whose last word stands alone elsewhere as a person ('Cheeks said') is that person, unless
    the gazetteer knows the place or it opens with a word of geography ('Lake Jackson',
    'Fort Worth'); so is one read as an organisation ('Democratic pollster Stan Greenberg')
    that reads as a given name and a surname (``_given_and_surname``) and that the gazetteer
    knows as no organisation."""
    surnames = {m.form for m in mentions if m.kind == "person" and " " not in m.form
                and not gaz.is_group(m.form)}  # not 'Latino' ('Florida Latino')
    last_words = {m.form.split()[-1] for m in mentions if m.kind == "person" and " " in m.form}
    for m in mentions:
        words = m.form.split()
        if m.kind == "org" and _person_like(words, m.form, gaz) and (
                (len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr"))
                or (len(words) == 1 and words[0] in last_words)):
            m.kind = "person"  # 'Arcade Joseph Comeaux Jr.'; 'VanDeest' of 'Seth VanDeest'
            continue
        if len(words) < 2 or words[-1] not in surnames:
            continue
        place = (m.kind == "place" and gaz.place(m.form) is None
                 and gaz.place(words[-1]) is None and words[0].lower() not in GEOGRAPHY)
        if place or (m.kind == "org" and (_given_and_surname(words, gaz) or (
                len(words) == 2 and _person_like(words, m.form, gaz)))):
            m.kind = "person"  # 'Unique Armstead' ('Armstead said')


def _person_like(words: list[str], form: str, gaz: Gazetteer) -> bool:
    """Could an organisation's name be a person's: words written as names ('Unique', 'LeBron';
    not 'MG', 'Injecting'), none of an organisation's name or of geography ('New Moon'), no
    organisation or place the gazetteer knows ('Unique Armstead', not 'California Highway
    Patrol')?"""
    return (form not in gaz.orgs and form not in gaz.outlets and gaz.place(form) is None
            and words[0].lower() not in GEOGRAPHY and not words[0].endswith("ing")
            and not any(w in gaz.org_words for w in words)
            and all(w[:1].isupper() and not w.isupper() for w in words))


# a verb of speech (or a person's pronoun) after a name: 'Rubio said', 'Rubio, 44, told',
# 'Rubio, who …'
_SPEAKS = lazy(rf"(?:['’]s)?(?:,[^,]{{1,40}},)?[ ](?:{SPEECH_VERB_RE}|who|he|she|his|her)\b")


# ... or before it: 'said Representative Charles B. Rangel'
_SAID_BY = lazy(rf"\b(?:{SPEECH_VERB_RE})[ ](?:[A-Z][\w.]*[ ]){{0,4}}$")


def _towns_read_as_people(mentions: list[Mention], statements: Sequence[Statement],
                          gaz: Gazetteer) -> None:
    """A name read as a person that is a town or city (the gazetteer's cities, or
    ``gazetteer.towns``: 'Wilmington', 'Sacramento') is that place when nothing in the article
    says it is a person: no mention of it has a role or a title or stands next to a verb of
    speech ('Rubio said', 'said Representative Charles B. Rangel'), and no other person's
    name holds it ('Rubio' of 'Marco Rubio', 'Madison' of 'James Madison')."""
    people = [m for m in mentions if m.kind == "person"]
    forms = {m.form for m in people}
    if not forms:
        return
    known = towns()
    candidates = {f for f in forms if f in known or (gaz.place(f) in gaz.cities)}
    if not candidates:
        return
    marked = _marked_as_people(people, statements)
    for m in people:
        if m.form in candidates and m.form not in marked:
            m.kind = "place"


def _marked_as_people(people: list[Mention], statements: Sequence[Statement]) -> set[str]:
    """The forms the article says are people: a mention with a role or a title or next to a
    verb of speech ('Rubio said', 'said Representative Charles B. Rangel'), or a word of a
    longer person's name ('Rubio' of 'Marco Rubio', 'Madison' of 'James Madison')."""
    said = {m.form for m in people if m.evidence or m.roles or _SPEAKS.match(
        statements[m.statement].text, m.end) or _SAID_BY.search(
        statements[m.statement].text, max(0, m.start - 60), m.start)}
    return said | {w for m in people if " " in m.form for w in m.form.split()}


def _places_in_countries(mentions: list[Mention], statements: Sequence[Statement],
                         gaz: Gazetteer) -> None:
    """A one-word name read as a person that is written with its country right after it ('…
    between Abu Talat in Egypt and Marseilles in France') is a place when nothing in the
    article says it is a person (``_marked_as_people``: 'the BBC's Christian Fraser in Paris')
    and it is no given name nor a word for a group. Not a country in brackets: 'Gatlin (USA)'
    in a race's results is a runner."""
    people = [m for m in mentions if m.kind == "person"]
    found = {m.form for m in people if " " not in m.form and _country_after(
        statements[m.statement].text, m.end, gaz)}
    if not found:
        return
    marked = _marked_as_people(people, statements)
    for m in people:
        if m.form in found and m.form not in marked and not given_name(m.form) and (
                not gaz.is_group(m.form)):  # not 'Muslims in America'
            m.kind = "place"


_IN_COUNTRY = re.compile(r"[ ]in[ ]([A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})")


def _country_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Does 'in' and a country the gazetteer knows follow the name ending at ``end``?"""
    m = _IN_COUNTRY.match(text, end)
    if m is None:
        return False
    place = gaz.place(m.group(1).rstrip("."))
    return place is not None and gaz.place_kind(place) == COUNTRY


# words that open a place's name and never a person's ('Santa Monica', 'Fort Worth')
PLACE_FIRST = wordset("santa san fort ft port lake mount mt")


def _places_read_as_people(mentions: list[Mention]) -> None:
    """A name of two or more words the tagger read as a person that opens with a word only
    places open with is a place ('a Santa Monica prosecutor')."""
    for m in mentions:
        words = m.form.split()
        if m.kind == "person" and len(words) > 1 and words[0].lower() in PLACE_FIRST \
                and not m.roles:
            m.kind = "place"


def _given_and_surname(words: list[str], gaz: Gazetteer) -> bool:
    """Do ``words`` read as a given name and a surname ('Stan Greenberg', 'Blair W. Effron'):
    a capitalised word that is no common word, place, nationality or word of an organisation's
    name ('Stop Trump', 'Aston Martin' pass only the last test), an initial at most between?"""
    first = words[0]
    return ((len(words) == 2 or (len(words) == 3 and INITIAL.fullmatch(words[1]) is not None))
            and len(first) > 1 and first[0].isupper() and first[1:].islower()
            and not first.endswith("ing")  # 'Injecting Clinton …' opening a sentence
            and not common_word(first) and gaz.place(first) is None
            and first not in gaz.demonyms and first.lower() not in GEOGRAPHY
            and not any(w in gaz.org_words for w in words))


def _full_names(mentions: list[Mention], persons: dict[str, _Person], gaz: Gazetteer) -> int:
    """People named with two or more words ('Sergei Lavrov'), one person per surname and
    compatible first names ('Mike' / 'Michael'); a name the tagger did not type counts only
    when its surname also stands alone somewhere. Returns the next mention order."""
    family: dict[str, list[str]] = {}  # surname -> person keys
    singles_seen = {m.form for m in mentions
                    if m.kind in ("person", None) and " " not in m.form}
    order = 0
    for m in mentions:
        if m.kind not in ("person", None) or " " not in m.form:
            continue
        toks = m.form.split()
        if m.kind is None and toks[-1] not in singles_seen:
            continue
        key = next((k for k in family.get(toks[-1], ())
                    if any(_compatible(f.split()[0], toks[0], gaz) or _surname_of(f, m.form)
                           for f in persons[k].forms)), None)
        if key is None:
            key = m.form
            persons[key] = _Person()
            family.setdefault(toks[-1], []).append(key)
        p = persons[key]
        p.forms[m.form] = p.forms.get(m.form, 0) + 1
        p.first_seen.setdefault(m.form, order)
        order += 1
        m.kind, m.key = "person", key
    return order


def _surname_of(one: str, two: str) -> bool:
    """Is one form the other's surname of two words or more, opening with a particle ('Van
    Rompuy' of 'Herman Van Rompuy') or with no given name ('Peña Nieto' of 'Enrique Peña
    Nieto', 'López Obrador' of 'Andrés Manuel López Obrador'; not 'Ann Smith' of 'Mary Ann
    Smith'), so that both name one person?"""
    short, full = sorted((one, two), key=len)
    if not full.lower().endswith(" " + short.lower()):
        return False
    first = short.split()[0]
    if first.lower() in SURNAME_PARTICLES:
        return True
    given = full[: len(full) - len(short)].split()  # 'Enrique'; not 'Imagine' (Brad Thor)
    return not given_name(first) and not any(common_word(w) for w in given)


# words for a relative right before a name ("Gomes' mother, Catherine Gomes", 'his father,
# coach Greg McDermott')
KIN = wordset("""mother father son daughter brother sister wife husband widow widower mom dad
    parent parents stepmother stepfather stepson stepdaughter grandmother grandfather grandson
    granddaughter aunt uncle nephew niece cousin girlfriend boyfriend ex-girlfriend
    ex-boyfriend ex-wife ex-husband fiancee fiancée fiance fiancé""")
KIN_WINDOW = 3  # words before a name that may say it is a relative's


def _relatives(mentions: list[Mention], statements: Sequence[Statement]) -> frozenset[str]:
    """The people named in full right after a word for a relative ("Gomes' mother, Catherine
    Gomes", 'his new wife, Dena Grayson'; not 'the ex-wife of Alan Grayson') or described as
    one of someone the story names by a role right after their name ('Katherine Gomes, mother
    of the suspect'; not 'Liz Cheney, the daughter of former Vice President Dick Cheney'): the
    relatives of the story's person, who keeps the bare surname. Not in a quotation ('my dear
    sister Hillary Clinton')."""
    found = set()
    for m in mentions:
        if m.kind != "person" or not m.key or " " not in m.form or m.in_quote:
            continue
        text = statements[m.statement].text
        before = [w.strip(",'’").lower() for w in text[max(0, m.start - 40): m.start].split()]
        after = text[m.end: m.end + 60].split() if text[m.end: m.end + 1] == "," else []
        if (before and before[-1] != "of" and KIN & set(before[-KIN_WINDOW:])) or _kin_of_role(
                after):
            found.add(m.key)
    return frozenset(found)


def _kin_of_role(after: list[str]) -> bool:
    """Do the words after a name and its comma say it is a relative ('61, his mother') of one
    the story has told of ('mother of the suspect'), not of someone they name or bring in
    ('the daughter of former Vice President Dick Cheney', 'the nephew of one president')?"""
    for i, w in enumerate(after[:KIN_WINDOW]):
        if w.strip(",.;").lower() in KIN:
            tail = after[i + 1: i + 4]
            return not tail or tail[0] != "of" or (
                len(tail) == 3 and tail[1] in _TOLD_OF and tail[2][:1].islower())
    return False


_TOLD_OF = frozenset(("the", "his", "her", "their"))  # 'mother of the suspect'


def _single_names(mentions: list[Mention], persons: dict[str, _Person], order: int,
                  gaz: Gazetteer, no_names: frozenset[str] = frozenset(),
                  relatives: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """One-word names: a surname of a person named in full ('Lavrov'; of several, the one
    named first who is not named as a relative (``_relatives``), as news style keeps the bare
    surname for the story's own person and names a relative in full: 'Doug McDermott …, his
    father, coach Greg McDermott, …, McDermott said' is Doug, and 'Gomes' mother, Catherine
    Gomes, …' before 'Gary Gomes … Gomes was arrested' leaves 'Gomes' to Gary); else a
    person's first name when one person alone of those named in full has it and the tagger
    says it is a person ('Hillary' for Hillary Clinton, 'Bernie' for Bernie Sanders; not 'Paul'
    beside Paul Ryan and Paul Manafort); else a person of its own when the tagger says so and it
    is no word for a group ('Muslims', 'Latino': ``Gazetteer.is_group``), no common word or role
    read in capitals (``no_names``: ``_no_names``) nor the first word of an organisation the
    article names ('Fox' beside Fox News: the organisation). Returns surname -> keys.
    """
    by_surname: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for k in persons:
        by_surname.setdefault(k.split()[-1], []).append(k)
        by_first.setdefault(k.split()[0], []).append(k)
    org_heads = _org_heads(mentions, gaz)
    for m in mentions:
        if " " in m.form:
            continue
        # a surname in capitals ('CLINTON:' opening a transcript's line) is that person
        capitals = by_surname.get(m.form.title(), []) if _in_capitals(m.form, gaz) else []
        if m.kind not in ("person", None) and not capitals:
            continue
        keys = by_surname.get(m.form, []) or capitals
        named = by_first.get(m.form, [])
        if keys:
            own = [k for k in keys if k not in relatives] or keys
            m.kind, m.key = "person", min(own, key=lambda k: _first_seen(persons[k], order))
        elif m.kind == "person" and len(named) == 1 and named[0] != m.form:
            m.key = named[0]
        elif m.kind == "person" and m.form in org_heads:
            m.kind, m.form = "org", org_heads[m.form]
        elif m.kind == "person" and m.form in no_names:
            m.kind = None
        elif m.kind == "person" and not gaz.is_group(m.form):
            persons.setdefault(m.form, _Person()).forms[m.form] = 0
            persons[m.form].first_seen.setdefault(m.form, order)
            order += 1
            m.key = m.form
            by_surname.setdefault(m.form, []).append(m.form)
    return by_surname


def _first_seen(person: _Person, default: int) -> int:
    return min(person.first_seen.values(), default=default)


def _in_capitals(form: str, gaz: Gazetteer) -> bool:
    """A word in capitals that is no acronym of a place or organisation ('CLINTON', not
    'NATO' or 'USA')."""
    return (len(form) > 3 and form.isupper() and form.isalpha() and gaz.place(form) is None
            and form not in gaz.orgs)


def _no_names(statements: Sequence[Statement], mentions: list[Mention], gaz: Gazetteer,
              ) -> frozenset[str]:
    """One-word 'people' that are no one's name: a role or title ('Chancellor', 'Rep'), an
    initial ('A.'), or an ordinary word read in capitals ('Hey', 'Maybe' opening a sentence;
    'Safety' in 'Palmer Public Safety Director') — a common lower-case word of real news
    (``common_word``) or one the article writes in lower case, with no title or role before
    it, never written alone inside a sentence ('said Brown' is a name wherever the word is
    common) nor after a first name or an initial ('J.J. Arrington')."""
    texts = {st.index: st.text for st in statements}
    singles: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person" and " " not in m.form:
            singles.setdefault(m.form, []).append(m)
    out = {form for form in singles if gaz.role_of(form) is not None
           or form.rstrip(".") in gaz.titles or _INITIALISM.fullmatch(form)}
    lower: set[str] | None = None
    for form, ms in singles.items():
        if form in out or any(m.evidence or _alone(texts[m.statement], m) for m in ms):
            continue
        if all(_names_a_thing(texts[m.statement], m) for m in ms):
            out.add(form)  # 'the Richter scale', 'a Wasilla church': a thing named for them
            continue
        if _in_full_name(form, texts.values(), gaz):
            continue
        if not common_word(form):
            if lower is None:
                lower = {w for t in texts.values() for w in words_in(t) if w.islower()}
            if form.lower() not in lower:
                continue
        out.add(form)
    return frozenset(out)


_OPENS = ".?!:;…—–"  # what a sentence or a quotation opens after
_QUOTE_OPENS = frozenset("“‘([")  # ... and what opens a quotation (or an aside)
_CAPITAL_AFTER = re.compile(r"(?:['’]s)? [A-Z0-9]")  # 'Safety Director', 'Route 52'


# what a person's name before it still names the person of: 'the Bush administration'
PERSONAL_NOUNS = wordset("""administration campaign family camp team era years presidency
    government regime doctrine aides allies supporters voters backers critics wife
    husband children son daughter estate foundation legacy""")
_LOWER_NEXT = re.compile(r" ([a-z][a-z'’-]+)")


def _names_a_thing(text: str, m: Mention) -> bool:
    """Is ``m`` a one-word name after a determiner and before a lower-case noun that is no
    one's ('the Richter scale', 'the Estelle prison unit'; not 'the Bush administration', nor
    'the Clinton and Carter administrations')?"""
    nxt = _LOWER_NEXT.match(text, m.end)
    return (_word_before(text, m.start).lower() in DETERMINERS and nxt is not None
            and nxt.group(1) not in PERSONAL_NOUNS and nxt.group(1) not in FUNCTION_WORDS)


def _word_before(text: str, start: int) -> str:
    """The word right before ``text[start:]`` (one space between), else ''."""
    if text[start - 1: start] != " ":
        return ""
    head = text[: start - 1]
    return head[head.rfind(" ") + 1:] if head.strip() else ""


def _alone(text: str, m: Mention) -> bool:
    """Is the name of ``m`` written alone inside a sentence: not opening it or a quotation
    (where any word has a capital), no capitalised word right before or after it (a longer
    name; 'Steyn, Hope and Carswell' is a list) nor a determiner before it ('the Bill')?"""
    head = text[: m.start].rstrip(" \t\n")
    last = head[-1:]
    if last in _QUOTE_OPENS or (last in "\"'" and not head[-2:-1].strip()):
        return False  # ', ‘Hey, let’s …', 'say, "Hey' (a quote closing: '…," Obama said')
    head = head.rstrip("\"“”‘’'([")
    if not head or head[-1] in _OPENS or _CAPITAL_AFTER.match(text, m.end):
        return False
    before = _word_before(text, m.start)
    return not (before[:1].isupper() and before[-1:].isalnum()) and before not in DETERMINERS


def _in_full_name(form: str, texts: Iterable[str], gaz: Gazetteer) -> bool:
    """Does the article write ``form`` after a first name, an initial or another name (a
    capitalised word that is no common word nor in capitals) anywhere ('J.J. Arrington',
    'Dylann Roof', whatever the tagger read them as; not 'Public Safety', 'TE Data')?"""
    for text in texts:
        at = text.find(form, 1)
        while at > 0:
            before = _word_before(text, at)
            initial = before.isupper() and _INITIALISM.fullmatch(before) is not None
            if before in gaz.first_names or initial or (
                    before.istitle() and before.isalpha() and not common_word(before)):
                return True
            at = text.find(form, at + 1)
    return False


# second words of organisations named after a person: 'Obama White House', 'Clinton
# Foundation', 'Gingrich PAC' do not make 'Obama', 'Clinton' or 'Gingrich' an organisation
EPONYM_HEADS = wordset("""Administration administration White Foundation Center Centre
    Library Campaign campaign PAC Institute Doctrine County Presidential Museum Memorial Award
    Awards Prize School University College Stadium Airport Trust Fund Era""")


def _org_heads(mentions: list[Mention], gaz: Gazetteer) -> dict[str, str]:
    """First word of the organisations named in two or more words -> the one named most
    ('Fox' -> 'Fox News'); not a first name ('Walter Energy') nor an organisation named
    after a person (``EPONYM_HEADS``)."""
    named = Counter(m.form for m in mentions if m.kind == "org" and " " in m.form)
    heads: dict[str, str] = {}
    for form, _ in named.most_common():
        first, second = form.split()[:2]
        first = strip_token(first)  # 'Alzheimer' of "Alzheimer's Impact Movement"
        if first not in gaz.first_names and second not in EPONYM_HEADS:
            heads.setdefault(first, form)
    return heads


def _surnames(persons: dict[str, _Person], canon: dict[str, str],
              by_surname: dict[str, list[str]]) -> dict[str, str]:
    """Every form of a person, and a surname only one person has, to the person's name."""
    surnames: dict[str, str] = {}
    for k, p in persons.items():
        for f in p.forms:
            surnames[f] = canon[k]
        if len(by_surname.get(k.split()[-1], [])) == 1:
            surnames[k.split()[-1]] = canon[k]
    return surnames


def _others(mentions: list[Mention], texts: Sequence[str]) -> list[Entity]:
    """Places and organisations: one entity per canonical name; forms that differ only in
    spacing, case or punctuation ('TimeWarner', 'Time Warner') are one organisation, forms
    that differ only in case one place ('IOWA' in a heading and 'Iowa'). An entity is named
    by its form written most often, not one in capitals when it is written in lower case too."""
    groups: dict[tuple[EntityKind, str], list[Mention]] = {}
    for m in mentions:
        if _heading(m, texts):
            continue
        if m.kind == "place":
            groups.setdefault(("place", m.form.casefold()), []).append(m)
        elif m.kind == "org":
            groups.setdefault(("org", _squash(m.form)), []).append(m)
    _join_initialisms(groups)
    out = []
    for (kind, _), ms in groups.items():
        names = Counter(m.form for m in ms)
        cased = {f.casefold() for f in names if not f.isupper()}  # 'Iowa' beside 'IOWA'
        name = max(names, key=lambda f: (not (f.isupper() and f.casefold() in cased),
                                          names[f], len(f)))
        variants = dict.fromkeys(f for m in ms for f in (m.form, m.raw) if f and f != name)
        out.append(Entity(name, kind, tuple(variants), tuple(sorted({m.statement for m in ms}))))
    return out


def _heading(m: Mention, texts: Sequence[str]) -> bool:
    """Is a name in capitals part of a heading in capitals ('IOWA POLLS' of 'IOWA POLLS NOT
    NECESSARILY WRONG, JUST TOO EARLY - …'): a run of three words or more in capitals around
    it, one of them a function word that joins no name ('not', 'too'; not 'of' or 'and':
    'BANK OF ENGLAND')?"""
    text = texts[m.statement]
    if not m.form.isupper() or " " not in m.form or text.isupper():
        return False  # (a line all in capitals is a headline: the names in it stand)
    before = text[max(0, m.start - 80): m.start].split()
    after = text[m.end: m.end + 80].split()
    run = m.form.split()
    for w in reversed(before):
        if not _capital_word(w):
            break
        run.append(w)
    for w in after:
        if not _capital_word(w):
            break
        run.append(w)
    return len(run) >= 3 and any(w.strip(",.:;").lower() in FUNCTION_WORDS
                                 and w.strip(",.:;").lower() not in JOINERS for w in run)


def _capital_word(word: str) -> bool:
    return word.strip(",.:;").isalpha() and word.isupper()


def _join_initialisms(groups: dict[tuple[EntityKind, str], list[Mention]]) -> None:
    """An organisation written in capitals that are the initials of another one the article
    names is that one ('Federal Bureau of Investigation (FBI)', 'the FBI'; 'FEC'): its
    mentions join the other's, in place."""
    spelled: dict[str, tuple[EntityKind, str]] = {}
    for key, ms in groups.items():
        words = ms[0].form.removeprefix("The ").split()
        if key[0] == "org" and len(words) > 1:
            spelled.setdefault("".join(w[0] for w in words if w[:1].isupper()), key)
    for key in [k for k in groups if k[0] == "org"]:
        form = groups[key][0].form
        target = spelled.get(form) if _INITIALS.fullmatch(form) else None
        if target is not None and target != key:
            groups[target].extend(groups.pop(key))


_INITIALS = re.compile(r"[A-Z]{2,6}")


def _squash(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _descriptors(statements: Sequence[Statement], persons: dict[str, _Person],
                 named: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'the Russian FM', 'the Russian diplomat', 'the Minister': a role phrase after 'the'
    (not a title before a name) that fits exactly one person, or the last one mentioned."""
    out: list[Mention] = []
    seen: dict[str, list[tuple[int, int]]] = {}
    for n in named:
        seen.setdefault(n.key, []).append((n.statement, n.start))
    for at in seen.values():
        at.sort()
    if not any(p.roles for p in persons.values()):
        return out
    unnamed: dict[str, list[tuple[int, int]]] = {}  # role -> where 'a … official' came
    for st in statements:
        if _has_role_word(st.text, gaz):
            out += _statement_descriptors(st, persons, seen, gaz, unnamed)
    return out


def _has_role_word(text: str, gaz: Gazetteer) -> bool:
    if text.isascii() and gaz.role_ends.isdisjoint(map(str.lower, words_in(text))):
        return False  # no role word as a whole word, so none for the test below either
    seen_words = {w.strip(".,;:!?\"“”’'()").split("-")[-1] for w in text.lower().split()}
    return not gaz.role_ends.isdisjoint(seen_words)  # else skip the long role pattern


def _statement_descriptors(st: Statement, persons: dict[str, _Person],
                           seen: dict[str, list[tuple[int, int]]], gaz: Gazetteer,
                           unnamed: dict[str, list[tuple[int, int]]]) -> list[Mention]:
    text = st.text
    quoted = in_quotes(text)
    out: list[Mention] = []
    for m in gaz.role_re.finditer(text):
        found = _role_phrase(text, m, gaz)
        if found is None:
            role_of = _unnamed_role(text, m, gaz)
            if role_of is not None:
                unnamed.setdefault(role_of, []).append((st.index, m.start()))
            continue
        start, role, nat = found
        key = _fit(role, nat, st.index, start, persons, seen)
        if key is None or _unnamed_since(unnamed.get(role, ()), seen.get(key, []),
                                         (st.index, start)):
            continue
        insort(seen.setdefault(key, []), (st.index, start))
        phrase = text[start: m.end()]
        inq = inside(quoted, start)
        out.append(Mention(st.index, start, m.end(), phrase, "person", inq,
                           frozenset({role}), nat, True, key))
        p = persons[key]
        p.statements.add(st.index)
        if phrase not in p.extra and not inq:
            p.extra.append(phrase)
    return out


def _unnamed_role(text: str, m: re.Match[str], gaz: Gazetteer) -> str | None:
    """The role of an unnamed person the role phrase ending at ``m`` brings in: 'a senior
    fire department official', 'an aide' (at most three words between 'a' and the role word,
    no name after it), else None."""
    nxt = text[m.end(): m.end() + 2]
    if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
        return None  # 'a spokesman John Smith' names him
    words = text[max(0, m.start() - 50): m.start()].split()[-4:]
    at = next((n for n in range(len(words) - 1, -1, -1) if words[n].lower() in ("a", "an")),
              None)
    if at is None or any(w.lower() in DETERMINERS or not w.isalpha() for w in words[at + 1:]):
        return None
    return gaz.role_of(m.group(0))


def _unnamed_since(intros: Sequence[tuple[int, int]], named: Sequence[tuple[int, int]],
                   at: tuple[int, int]) -> bool:
    """Did an unnamed person with the role come in (``intros``) after the person the role
    phrase at ``at`` would stand for was last named (``named``, sorted), and before it? Then
    'the official' is that unnamed one ('A senior fire department official said …; "…," the
    official said': not the EU President named a statement before)."""
    i = bisect_left(named, at)
    last = named[i - 1] if i else (-1, -1)
    return any(last < intro < at for intro in intros)


def _role_phrase(text: str, m: re.Match[str], gaz: Gazetteer,
                 ) -> tuple[int, str, str | None] | None:
    """(start, role, nationality) of the role phrase ending at ``m`` after a determiner
    ('the Russian Foreign Minister'), or None: a title before a name ('Foreign Minister
    Sergei Lavrov') or a phrase after 'a' refers to nobody named."""
    nxt = text[m.end(): m.end() + 2]
    if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
        return None  # a title: 'Foreign Minister Sergei Lavrov' (a name mention)
    words = text[max(0, m.start() - 40): m.start()].split()
    nat = None
    pre: list[str] = []
    while words and (words[-1].lower() in gaz.modifiers or words[-1].lower() == "top"):
        pre.append(words.pop())
    if words and gaz.nationality(words[-1]):
        nat = gaz.nationality(words[-1])
        pre.append(words.pop())
    for _ in range(2):  # 'the Tory leader', 'the Bank's governor'
        if words and words[-1][:1].isupper() and words[-1].lower() not in DETERMINERS:
            pre.append(words.pop())
    if not words or words[-1].lower() not in DETERMINERS:
        return None
    role = gaz.role_of(m.group(0))
    if role is None or words[-1].lower() == "a":
        return None
    start = m.start()
    for w in pre:
        start = text.rfind(w, 0, start)
    return start, role, nat


ROLE_AHEAD = 3  # statements after a role phrase its only holder may be named first in


def _fit(role: str, nat: str | None, index: int, pos: int, persons: dict[str, _Person],
         seen: dict[str, list[tuple[int, int]]]) -> str | None:
    """The person a role phrase refers to: the only one it fits, named before it or at most
    ``ROLE_AHEAD`` statements after ('The judge said …' in a lead, 'Judge Eugene Nickerson'
    two statements on; not the judge of a 1959 trial, 20 statements before a story names the
    one of 1996), or of several, the one mentioned last before it."""
    gaz = gazetteer()
    fits = [k for k, p in persons.items()
            if any(role in gaz.implies(r) for r in p.roles)
            and (nat is None or p.nationality is None or p.nationality == nat)]
    if len(fits) > 1 and nat is not None:
        exact = [k for k in fits if persons[k].nationality == nat]
        fits = exact or fits
    if len(fits) == 1:
        at = seen.get(fits[0], [])
        return fits[0] if at and at[0][0] <= index + ROLE_AHEAD else None
    if not fits:
        return None
    last: list[tuple[tuple[int, int], str]] = []
    for k in fits:
        at = seen.get(k, [])
        i = bisect_left(at, (index, pos))
        if i:
            last.append((at[i - 1], k))
    return max(last)[1] if last else None
