"""Pipeline step 4: what an article says, beyond its sentences. The dateline (place, date,
agency), direct quotations and reported speech with their speakers, figures, the people,
places and organisations it names (variants merged), the outlets it cites, and where and when
the reported event happened. Everything points back to a statement index.

Rule-based and offline: a small shipped gazetteer (``data/gazetteer.json``) and linear
regular expressions; no model is loaded."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..clean import dropped_source_tags, is_timestamp
from ..config import Config
from ..lazyre import lazy
from ..lexicon import FUNCTION_WORDS
from ..model import Analysis, Article, Entity, Figure, Statement
from ..words import PARTY_NAMES
from .dates import FoundDateline, event_when, find_dateline
from .entities import build, entity_order
from .figures import find_figures
from .gazetteer import CAPITALS, COUNTRY, Gazetteer, towns, wordset
from .gazetteer import load as gazetteer
from .headline import headline_quotes
from .mentions import NAME_RE, name_runs
from .ner import is_title_line
from .quote_words import ARTICLES, IRREGULAR_PAST
from .quotes import find_quotes
from .speech import SPEECH_VERBS

__all__ = ["extract", "lead_statement", "statement_figures"]

MIN_LEAD_WORDS = 8

CITE_BEFORE = ("according to", "told", "tells", "reported by", "quoted by", "interview with",
               "cited by", "said in a statement to", "speaking to", "in comments to",
               "writing in", "confirmed to", "confirms to", "a report by", "report by",
               "wrote in", "writes in", "said on", "says on", "appearing on", "speaking on",
               "a report in", "an article in", "a story in", "reported in", "published in",
               "published by")
CITE_AFTER = wordset("reported reports cited cites quoted quotes said says wrote writes "
                       "learned learnt revealed article story found finds noted notes pointed "
                       "confirmed")
# a word that may stand between an outlet and its verb ('Politifact then pointed out')
CITE_BETWEEN = wordset("then also later first previously recently earlier")

# lower-case words that may follow the place where something happened
AFTER_PLACE = wordset(
    """on in at yesterday today tonight last this earlier and to for with where when which
    after before during since until over next from as by but amid following while late early
    against under near into through across around among between within outside inside off
    who that whose is was were are has have had will would could killing leaving injuring
    wounding forcing causing night morning afternoon evening because although though despite
    unless whereas"""
)
# ... or a kind of place there, whose first words then say which town ('at Woodburn bank',
# 'in Wellington town centre', 'at a Vancouver office')
# buildings and grounds: a venue named by them alone is no town ('Arrowhead Stadium')
BUILDINGS = wordset(
    """store supermarket shop bank branch office offices school church mosque temple hotel
    restaurant bar club nightclub mall factory plant prison jail hospital airport stadium
    arena stade courthouse building warehouse campus centre center hall theatre theater
    business company firm wholesaler retailer dealership"""
)
VENUE_NOUNS = BUILDINGS | wordset(
    """home house apartment market station court street road freeway highway motorway park
    town city suburb neighborhood neighbourhood area village port harbour harbor palace garden
    gardens square place boutique avenue boulevard gallery museum cafe casino embassy stage
    section district borough"""
)
# words before a place that say the event happened there ('in', 'hit', 'struck', 'near') ...
PLACE_CUES = wordset("in at near outside hit hits struck strikes rocked rocks jolted jolts "
                     "shook shakes")
# ... and these before a venue the place names ('stole jewels from a famed Paris store', 'on a
# posh Paris avenue'), perhaps through an article and a word or two that describe it
VENUE_CUES = wordset("from on inside")
VENUE_ADJECTIVES = 2  # words between the article and the place ('a famed Paris store')
# ... with these between them and the place ('in central Paris', 'hit the province of Aceh',
# 'in the heart of Paris', 'in the parking lot of the Bloomington ...')
PLACE_MODIFIERS = wordset(
    """the a an central northern southern eastern western north south east west northeast
    northwest southeast southwest downtown suburban rural remote coastal capital city town
    village province state region county district island of heart outskirts suburbs
    streets centre center parking lot parts areas her his their its hometown native"""
)
# 'the Persian Gulf Island of Qeshm', 'the Province of Aceh': the place is after 'of'
PLACE_KINDS = wordset("island isle province state region county district city town village")
# 'born in Moscow', 'based in Vietnam': a place that is merely mentioned
NOT_THE_EVENT = wordset("born based headquartered raised lives lived living educated studied "
                        "home homes grew moved trained registered listed role part")
# after a venue, the town it is in: 'at a Kraft factory in Philadelphia', '... in central Paris'
_IN_TOWN = lazy(r"(?: [a-z]+){0,2},? in (?:the )?(?:(?:central|downtown|northern|southern|"
                      r"eastern|western|north|south|east|west) )?(?:(?:[A-Z][a-z]+ )?(?:capital|"
                      r"city|town|village|island|province|region) of )?")  # ('… prison in the
# Sicilian capital of Palermo')
# 'X, who served a prison term for his role in Watergate': an aside, not the event
_ASIDE = re.compile(r", (?:who|which|whose) [^,]*$")
# the end of a route ('being transported to a prison in Beaumont from Huntsville'), and a place
# told with a time long gone ('her campaign kickoff in New York last June', 'in Boston in
# 2011', 'in Ohio two years ago'): not where the event happened
_DESTINATION = re.compile(r"\bto (?:a|an|the) (?:[a-z-]+ ){0,2}[a-z-]+ in (?:the )?$")
_FROM = re.compile(r",? from [A-Z]")
# a place left behind in a phrase opening the sentence ('After leaving rehab in Newport Beach,
# Calif., … Lohan admitted herself to the Betty Ford Center'): where the story started, not
# where its event happened (not 'Thousands left their homes in Aceh after the quake')
_DEPARTURE = re.compile(r"(?:(?:Shortly |Soon |Just )?(?:After|Before|Since|Upon|On) )"
                        r"(?:leaving|fleeing|escaping|quitting) (?:[\w-]+ ){0,3}"
                        r"(?:in|at|near) (?:the )?$")
_PAST_TIME = re.compile(r",? (?:last (?:year|decade|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)|in (?:19|20)\d\d\b|"
                        r"(?:\w+ ){1,2}years ago)")
_WHEN_WORDS = re.compile(r"(?:[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Yesterday|Today|Tonight))+$")


LATER_STATEMENTS = 3  # statements after the lead that may give the event's day when it gives none


def extract(article: Article, statements: Sequence[Statement], config: Config) -> Analysis:
    """The analysis of one cleaned, segmented article."""
    statements = tuple(statements)
    found = find_dateline(article, statements)
    people = build(statements)
    quotes, cited = find_quotes(statements, people.entities)
    quotes = [*headline_quotes(article.title, statements, people.entities, quotes), *quotes]
    figures = _figures(statements, found)
    own = [x for x in (found.dateline.agency, article.source) if x]
    outlets = [o for o in [*cited, *_cited_outlets(statements, article)]
               if not any(same_outlet(f, x) for x in own for f in _outlet_forms(o))]
    first = lead_statement(statements, found.dateline.statement, article.text)
    lead = first.text if first is not None else ""
    # the dateline says where the story was filed, which is where it happened unless the lead
    # says so in other words; a lead names other places too ('troops in Afghanistan'). A
    # capital's dateline is a national desk: a place the lead gives comes first
    said = found.dateline.place
    place = said if said and not desk_dateline(said) else (
        _event_place(_place_texts(statements, first, article.title), people.entities) or said)
    after = [s.text for s in statements
             if first is not None and first.index < s.index <= first.index + LATER_STATEMENTS]
    # a title that is only a timestamp ('Tuesday, May 24, 2005' over a blog post) says when it
    # was posted, which ``article.date`` holds, not when the event was
    title = "" if is_timestamp(article.title) else article.title
    date, date_text = event_when([title, lead], found, article.date, after)
    return Analysis(
        article=article,
        statements=statements,
        dateline=found.dateline,
        quotes=tuple(quotes),
        figures=tuple(figures),
        entities=_with_dateline_place(people.entities, found, article.text),
        cited_outlets=tuple(dict.fromkeys(outlets)),
        event_place=place,
        event_date=date,
        event_date_text=date_text,
    )


def _with_dateline_place(entities: Sequence[Entity], found: FoundDateline, text: str
                         ) -> tuple[Entity, ...]:
    """The entities and the dateline's place: where a report was filed is a place it names
    ('SOCHI, May 14 (TASS) -' gives Sochi, though the dateline is cut off its statement;
    'SOCHI' as written is a variant), with the statement that carries it; a place named also
    in the text gains that statement."""
    place, at = found.dateline.place, found.dateline.statement
    if not place or at is None or found.span is None:
        return tuple(entities)
    start = found.span[0]
    written = text[start: start + len(place)]
    variants = (written,) if written != place and written.lower() == place.lower() else ()
    gaz = gazetteer()
    if not _a_place(place, text[start + len(place): start + len(place) + 3], gaz):
        return tuple(entities)
    key = (gaz.place(place) or place).lower()

    def named(e: Entity) -> bool:
        return e.kind == "place" and any((gaz.place(f) or f).lower() == key
                                         for f in (e.name, *e.variants))

    if any(map(named, entities)):
        return tuple(replace(e, statements=tuple(sorted({*e.statements, at}))) if named(e)
                     else e for e in entities)
    return tuple(sorted([*entities, Entity(place, "place", variants, (at,))], key=entity_order))


def _a_place(place: str, after: str, gaz: Gazetteer) -> bool:
    """Is a dateline's place a place, not a heading read as one ('PRESS DIGEST - Bulgaria',
    'IPO FILING'): one the gazetteer knows, or with a state or country after it ('RYE, N.H.'
    gives Rye; ``after``: the characters after it as written)?"""
    return bool(gaz.place(place)) or place in towns() or (after[:2] == ", "
                                                           and after[2:3].isupper())


# the first words of a question to the reader, which is no lead
_ASKING = wordset("what why who how when where which were was is are do does did have has had "
                  "can could will would should")


# an editor's note opening a paragraph ('UPDATE: 5/12 — The website …', 'Editor's note:'):
# what changed since, not the story's lead
_NOTE = re.compile(r"(?:UPDATED?|Update[ds]?|EDITOR['’]S[ ]NOTE|Editor['’]s[ ][Nn]ote|"
                   r"CORRECTION|Correction|CLARIFICATION|Clarification)\b[ ]?"
                   r"(?:\(?[\d/.:, apmAPMET]{1,16}\)?[ ]?)?[:—–]")


def lead_statement(statements: Sequence[Statement], dateline: int | None = None,
                   text: str = "") -> Statement | None:
    """The lead: the statement carrying the dateline (its index ``dateline``) unless it only
    introduces what follows (a live blog's 'The Latest on … (all times EST):'); else the first
    full sentence of some length (a standfirst without a final stop, a question, a one-line
    caption, a byline, an editor's note or the lower-case tail of a broken line is not a
    lead, nor is the rest of a note's paragraph in the article's ``text``); else the first
    statement."""
    if dateline is not None and dateline < len(statements) and not (
            statements[dateline].text.rstrip().endswith(":")):
        return statements[dateline]
    note: Statement | None = None
    for s in statements:
        if _NOTE.match(s.text) or (note is not None and text
                                   and "\n" not in text[note.end:s.start]):
            note = s  # the note and the rest of its paragraph
            continue
        note = None
        end = s.text.rstrip("\"'”’)")
        full_stop = end.endswith((".", "!", "?"))
        first = s.text.lstrip("\"'“‘(").split(" ", 1)[0]  # not the tail of a broken line
        asked = first.lower() in _ASKING and "?" in end[-2:]  # 'Were the experts wrong …?'
        if full_stop and len(s.text.split()) >= MIN_LEAD_WORDS and first not in FUNCTION_WORDS \
                and not asked:
            return s  # ('of the issue gear up …'), nor a question to the reader ('Have you
            # experienced any internet problems yesterday!?')
    return statements[0] if statements else None


def _place_texts(statements: Sequence[Statement], lead: Statement | None, title: str
                 ) -> list[str]:
    """Where to look for the event place, in order: the lead, the lines above it (a headline
    or standfirst in the text), then the title. Not further down: later sentences name
    places the story merely mentions ('should serve his time in Florence, Colo.')."""
    title = _function_words_lowered(title)
    if lead is None:
        return [title]
    return [lead.text, *(s.text for s in statements if s.index < lead.index), title]


def _function_words_lowered(title: str) -> str:
    """A title in title case with its function words in lower case, as a sentence writes them
    ('… Voters In New York' -> '… Voters in New York'), so that 'in' cues the place."""
    words = title.split(" ")
    if not is_title_line(words):
        return title
    return " ".join([words[0], *(w.lower() if w.lower() in FUNCTION_WORDS else w
                                 for w in words[1:])])


def _figures(statements: Sequence[Statement], found: FoundDateline) -> list[Figure]:
    out: list[Figure] = []
    for st in statements:
        if found.span is not None and found.span[0] < st.end and st.start < found.span[1]:
            masked = [(max(0, found.span[0] - st.start), found.span[1] - st.start)]
            out.extend(find_figures(st.text, st.index, masked))
        else:
            out.extend(replace(f, statement=st.index) if st.index else f
                       for f in statement_figures(st.text))
    return out


@lru_cache(maxsize=4096)
def statement_figures(text: str) -> tuple[Figure, ...]:
    """``find_figures`` of a statement's ``text`` with nothing masked (statement 0), worked
    out once a text: the extractor, the matcher (``match.normalize``) and the telling
    figures of ``compare`` (``match.figlinks``) all read a statement's figures."""
    return tuple(find_figures(text, 0))


_OUTLET_WORD = re.compile(r"[\s._-]+")
# the labels closing a web address that name no site ('bbc.co.uk', 'edition.cnn.com')
_DOMAIN_TAIL = wordset("com co org net gov edu info biz uk us au ca nz ie in de fr it es ru jp "
                       "cn za")


def same_outlet(name: str, source: str) -> bool:
    """Is the outlet ``name`` the report's own ``source``, however the input writes it: 'The
    Washington Post' is 'wash-post', 'USA TODAY' 'usa-today', 'The New York Times' 'nyt'
    (each word of the source the start of one of the name's, in order, or the name's
    initials), or a web address whose site label is the name's words run together
    ('foxnews.com', 'thehill.com', 'bbc.co.uk'), maybe with the first words as initials
    ('nytimes.com', 'latimes.com'), or its last two labels the other way round ('news.sky.com',
    'news.bbc.co.uk')?"""
    host = _host(source)
    if host is not None:
        forms = _run_together(name)
        labels = [x for x in host.split(".") if x not in _DOMAIN_TAIL and x not in ("www", "m")]
        # 'Sky News' on 'news.sky.com': the last two labels the other way round
        return _site_label(host) in forms or "".join(reversed(labels[-2:])) in forms

    words, parts = ([w for w in _OUTLET_WORD.split(x.lower()) if w and w != "the"]
                    for x in (name, source))
    if not words or not parts:
        return False
    if len(parts) == 1 and parts[0] == "".join(w[0] for w in words) and len(words) > 1:
        return True
    return len(parts) == len(words) and all(w.startswith(p) for p, w in zip(parts, words,
                                                                             strict=True))


def _outlet_forms(outlet: str) -> list[str]:
    """Every form the gazetteer knows of an outlet ('Associated Press', 'AP'), the outlet
    first (itself alone when unknown)."""
    return [outlet, *(f for f, o in gazetteer().outlets.items() if o == outlet and f != outlet)]


def _host(source: str) -> str | None:
    """The web host ``source`` names ('https://www.bbc.co.uk/news' -> 'www.bbc.co.uk'), or
    None when it is no web address ('wash-post', 'The Hill')."""
    rest = source.strip().lower().removeprefix("https://").removeprefix("http://")
    host = rest.split("/", 1)[0].split(":", 1)[0]
    labels = host.split(".")
    if len(labels) < 2 or not all(x and x.replace("-", "").isalnum() for x in labels) or not (
            labels[-1].isalpha() and len(labels[-1]) >= 2):
        return None
    return host


def _site_label(host: str) -> str:
    """The label of a web host that names its site: 'edition.cnn.com' -> 'cnn'."""
    labels = [x for x in host.split(".") if x not in _DOMAIN_TAIL and x not in ("www", "m")]
    return labels[-1] if labels else ""


def _run_together(name: str) -> set[str]:
    """An outlet's name as a site label may write it: 'foxnews', 'thehill', 'nytimes'."""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    bare = [w for w in words if w != "the"]
    out = {"".join(words), "".join(bare)}
    out |= {"".join(w[0] for w in bare[:k]) + "".join(bare[k:]) for k in range(1, len(bare))}
    return out - {""}


def _cited_outlets(statements: Sequence[Statement], article: Article) -> list[str]:
    """Known outlets named as a source: 'according to Reuters', 'told the BBC', 'Interfax
    reported', or in brackets closing a newsletter's item ('… hostile territory. [NYT.]',
    which cleaning drops, or '[538.]', which it keeps: ``_tagged_outlets``)."""
    gaz = gazetteer()
    out = _tagged_outlets(statements, article, gaz)
    for st in statements:
        text = st.text
        out += _cited_sites(text, gaz)
        for m in name_runs(text):
            form = _possessor(m.group(0)).removesuffix("’s").removesuffix("'s").rstrip(".")
            form = form.removeprefix("A ").removeprefix("An ")  # 'A Wall Street Journal article'
            outlet = gaz.outlets.get(form.removeprefix("The ")) or gaz.outlets.get(form)
            if outlet is not None and _ambiguous_outlet(outlet, gaz):
                continue
            before = " ".join(text[max(0, m.start() - 30): m.start()].lower().split())
            before = before.removesuffix(" the").removesuffix(" news agency")
            after = text[m.end(): m.end() + 20].split()
            if outlet is None and before.endswith(CITE_BEFORE) and _paper_name(form) and (
                    not after or after[0].lower().strip(",.") not in ("poll", "polling")):
                outlet = form  # 'told The Statesman Journal': a paper the gazetteer lacks
            if outlet is not None and (before.endswith(CITE_BEFORE) or _cites(after)):
                out.append(outlet)
    return out


def _possessor(run: str) -> str:
    """The outlet whose reporter a name run names ('The Washington Post's Howard Kurtz' -> 'The
    Washington Post'), else the run as it is."""
    for mark in ("'s ", "’s "):
        head, found, _ = run.partition(mark)
        if found:
            return head
    return run


# a web site named as a source: 'According to washingtonpost.com', 'reported by CNN.com'
_SITE = lazy(r"\b(?:www\.)?[A-Za-z][\w-]{1,40}\.(?:com|org|net|co\.uk|com\.au)\b")


def _cited_sites(text: str, gaz: Gazetteer) -> list[str]:
    """The known outlets of web sites ``text`` cites ('According to washingtonpost.com …'):
    the outlet whose site it is, as ``same_outlet`` reads a web address."""
    out = []
    for m in _SITE.finditer(text):
        before = " ".join(text[max(0, m.start() - 30): m.start()].lower().split())
        if not before.endswith(CITE_BEFORE) and not _cites(text[m.end(): m.end() + 20].split()):
            continue
        outlet = next((o for o in dict.fromkeys(gaz.outlets.values())
                       if same_outlet(o, m.group())), None)
        if outlet is not None:
            out.append(outlet)
    return out


def _tagged_outlets(statements: Sequence[Statement], article: Article, gaz: Gazetteer
                    ) -> list[str]:
    """The known outlets of the source tags closing a newsletter's items: those cleaning
    dropped ('[NYT.]', ``clean.dropped_source_tags``) and those left at a statement's end (a
    tag with a digit: '[538.]')."""
    tags = dropped_source_tags(article)
    for st in statements:
        text = st.text.rstrip(" ”\"")
        if text.endswith("]") and "[" in text[-24:]:
            tags.append(text[text.rfind("[") + 1: -1])
    return [o for o in (gaz.outlets.get(t.strip(" .").removeprefix("The ")) for t in tags)
            if o is not None]


def _cites(after: Sequence[str]) -> bool:
    """Do the words after an outlet's name say it reported something ('Interfax reported',
    'Politifact then pointed out', 'The Israeli newspaper Haaretz noted'; not 'Fox News found
    itself playing host', 'which RT pointed to')?"""
    words = list(after[1:] if after and after[0] in CITE_BETWEEN else after)
    verb = words[0].strip(",.") if words else ""
    then = words[1] if len(words) > 1 else ""
    if verb in ("found", "finds"):
        return not then.startswith(("itself", "themselves", "himself", "herself"))
    if verb == "pointed":
        return then == "out"
    return verb in CITE_AFTER


# the last word of a newspaper's name ('The Statesman Journal', 'the Press Democrat')
PAPER_WORDS = wordset("""Journal Times Post Herald Tribune Gazette Chronicle Courier Register
    Star Inquirer Examiner Observer Telegraph Dispatch Bulletin Sentinel
    Enquirer Statesman Daily""")


def _paper_name(form: str) -> bool:
    """Does a name of two to five words end in a newspaper's word ('The Statesman Journal',
    'Timaru Herald'; not 'The Post', which may be any Post, nor "July's Washington Post")?"""
    words = form.split()
    if not 2 <= len(words) <= 5 or words[-1] not in PAPER_WORDS or words[:-1] == ["The"]:
        return False
    return not any(w.endswith(("'s", "’s")) for w in words)


def _ambiguous_outlet(outlet: str, gaz: Gazetteer) -> bool:
    """'The Times': a short name whose last word ends other outlets' names too ('The New York
    Times', 'Los Angeles Times'), so a report citing it may mean any of them; not 'The Hill'."""
    words = outlet.split()
    return (len(words) == 2 and words[0] == "The"
            and any(o != outlet and o.endswith(" " + words[1]) for o in set(gaz.outlets.values())))


def desk_dateline(place: str) -> bool:
    """Does a dateline name a national capital (``gazetteer.CAPITALS``: 'WASHINGTON', 'LONDON,
    England'), where wires file national news, so that it may not be where it happened?"""
    return place.split(",")[0].strip() in CAPITALS


def _event_place(texts: Sequence[str], entities: Sequence[Entity]) -> str | None:
    """Where the lead (else the headline) says the event happened: the first place named
    right after 'in', 'at', 'near', 'hit' or 'struck', perhaps through 'the', a direction or a
    kind of place ('in central Paris', 'hit the Indonesian province of Aceh', 'in the Gulf of
    Aden'). A place is one the gazetteer knows, one the name tagger marked, or a name followed
    by a known place ('in Yida, South Sudan'). A venue gives way to the town it is in ('at the
    SAP Arena in Mannheim') and is left out without one; a town that names a venue stands for
    it ('at Woodburn bank', 'the Bloomington Sam's Club'). None rather than a place merely
    mentioned ('born in Moscow', "in Washington's view", 'at US media giant', ', who was
    jailed in Texas,')."""
    tagged = {form: e.name for e in entities if e.kind == "place"
              for form in (e.name, *e.variants)}
    for text in texts:
        for m in NAME_RE.finditer(text):
            place = _place_at(text, m, tagged)
            if place is not None:
                return place
    for text in texts[-1:]:  # no cue: the title's place naming the event ('Clinton wins the
        for m in NAME_RE.finditer(text):  # Iowa caucuses')
            place = _place_of_event(text, m)
            if place is not None:
                return place
    return None


# happenings a place before them says where they were ('the Iowa caucuses', 'the Vancouver
# shooting', 'a Chicago fundraiser')
EVENT_NOUNS = wordset(
    """caucus caucuses primary primaries debate debates rally rallies fundraiser convention
    summit shooting shootings attack attacks bombing bombings blast explosion earthquake quake
    fire blaze crash riot riots protest protests flood floods election elections vote
    victory win loss defeat""")
# words before such a place that make the event another one, told as background or ahead
# ('after the Paris attacks', 'on eve of Nevada caucuses', "Benghazi' approach")
_BACKGROUND = wordset("""after since before following like unlike recent last previous past
    ahead eve upcoming next of""")
MODIFIER_RUN = 3  # lower-case words after a place that may hold the venue it modifies


def _place_of_event(text: str, m: re.Match[str]) -> str | None:
    """The place the gazetteer knows (a town or a region, not a country) of the name run
    ``m`` right before one of ``EVENT_NOUNS`` ('wins the Iowa caucuses', 'the Indiana
    Republican primary'), not told as background ('after the Paris attacks')."""
    words = _place_form(m).split()
    while len(words) > 1 and _possessive_end(words[0]) == len(words[0]):
        words.pop(0)  # "Hillary's Iowa Victory": whose victory, then where
    if len(words) > 1 and words[-1].lower() in EVENT_NOUNS:  # 'The 2016 Iowa Caucuses'
        words.pop()
    elif not EVENT_NOUNS & set(_lower_run(text, m.end())[:1]):
        return None  # no event noun right after the place
    before = [w.lower().strip(",'’‘") for w in text[max(0, m.start() - 40): m.start()].split()]
    if _BACKGROUND & set(before[-3:]):
        return None
    while len(words) > 1 and words[-1].lower() in PARTY_NAMES:  # 'Indiana Republican'
        words.pop()
    form = " ".join(words)
    if _possessive_end(form) == len(form):  # "Wisconsin's Democratic primary"
        form = form[:-2]
    gaz = gazetteer()
    place = gaz.place(form)
    return place if place is not None and gaz.place_kind(place) != COUNTRY else None


def _venue_after(text: str, end: int) -> bool:
    """Do the lower-case words after a place name a venue there ('bank' in 'at Woodburn bank',
    'ice cream shop'), not a kind of organisation a name follows ('at US telecoms firm
    WorldCom')?"""
    run = _lower_run(text, end)
    hit = next((n for n, w in enumerate(run) if w in VENUE_NOUNS), None)
    if hit is None:
        return False
    words = text[end: end + 80].split()
    return words[hit] != run[hit] or not words[hit + 1:] or not words[hit + 1][:1].isupper()


def _names_event(text: str, end: int) -> bool:
    """Does a happening of ``EVENT_NOUNS`` follow a place right after it, one event, not a
    list ('the Miami debate stage', 'a Chicago fundraiser'; not 'the Iowa caucuses and the New
    Hampshire primary')?"""
    run = _lower_run(text, end)
    return bool(run) and run[0] in EVENT_NOUNS and "and" not in _lower_words(text, end, 4)


def _venue_head(run: Sequence[str]) -> bool:
    """Is a venue noun the head of the words after a place ('Paris diamond store in …', 'the
    Paris branch of …'), not a modifier of another noun ('US business tycoon')?"""
    hit = next((n for n, w in enumerate(run) if w in VENUE_NOUNS), None)
    return hit is not None and (hit + 1 == len(run) or run[hit + 1] in FUNCTION_WORDS)


def _possessive_end(form: str) -> int:
    """Where the possessive ending the first word(s) of a name run ends ('Delaware’s
    Democratic' -> 10), or 0 when there is none."""
    for mark in ("’s", "'s"):
        i = form.find(mark)
        if i > 0 and (i + 2 == len(form) or form[i + 2] == " "):
            return i + 2
    return 0


def _lower_words(text: str, end: int, n: int = 3) -> list[str]:
    """The first ``n`` words after ``end``, lower case, without the marks around them."""
    return [w.strip(".,;:!?’'").lower() for w in text[end: end + 60].split()[:n]]


def _lower_run(text: str, end: int) -> list[str]:
    """The lower-case words right after ``end`` (at most ``MODIFIER_RUN``), up to the first
    other word or mark: 'ice cream shop' after 'in a Staunton'."""
    out = []
    for w in text[end: end + 60].split()[:MODIFIER_RUN]:
        word = w.rstrip(".,;:!?")
        if not word.isalpha() or not word.islower():
            break
        out.append(word)
        if word != w:
            break
    return out


def _place_at(text: str, m: re.Match[str], tagged: dict[str, str]) -> str | None:
    """The place the name run ``m`` of ``text`` says the event happened in, if it does."""
    before = text[max(0, m.start() - 80): m.start()]
    venue = _venue_after(text, m.end())  # 'at Woodburn bank', 'in a Staunton ice cream shop'
    named = venue and _venue_head(_lower_run(text, m.end()))
    if not _after_cue(before, named) or _ASIDE.search(text[: m.start()]) or _PAST_TIME.match(
            text, m.end()) or (_DESTINATION.search(before) and _FROM.match(text, m.end())) or (
            _DEPARTURE.fullmatch(text, 0, m.start())):
        return None
    form = _place_form(m)
    after = _lower_words(text, m.end(), 2)
    nxt = text[m.end(): m.end() + 30].split()[0] if after else ""
    owner = _possessive_end(form)  # "in Wellington's High Street", not "in Washington's view"
    if owner == len(form) or (owner and _known_place(form[: owner - 2], tagged)):  # (and
        # "in Delaware’s Democratic presidential primary": its event; not 'the Bloomington
        # Sam's Club', a venue in the town)
        tail = _lower_words(text, m.start() + owner)
        form = form[: owner - 2]
        if not VENUE_NOUNS & set(tail[:2]) and not EVENT_NOUNS & set(tail):
            return None
    elif nxt[:1].islower() and not venue and not _verb_after(after) and not _names_event(
            text, m.end()):  # ('on the Miami debate stage', 'at a Chicago fundraiser')
        return None  # 'at US media giant': a modifier
    place = _known_place(form, tagged) if len(form.rstrip(".")) > 1 else None
    if place is None and not venue and form in towns():
        place = form  # 'in Bloomington when …': a town the tagger missed (not the 'Olympia
        # shopping mall', a venue it names)
    region = _region(text, m.end())
    if place is None and region is not None:
        place = form  # 'in Yida, South Sudan'
    if place is None or _several(text, m.end(), place, region):
        return None
    if region is None and (venue or _is_venue(form)):
        town = _town_after(text, m.end(), tagged)  # 'at Stade de Suisse in Bern'
        if town is not None or _is_venue(place, BUILDINGS):
            return town  # a venue alone ('at Arrowhead Stadium') is no town to compare
    return _with_region(place, region)


_AND_NAME = lazy(r",?[ ](?:and|or)[ ]")


def _several(text: str, end: int, place: str, region: str | None) -> bool:
    """Is the place named at ``end`` the first of a list of places of one kind ('in the
    Pennsylvania, Maryland and Delaware primaries', 'in Ohio and Florida'), not a town and its
    region ('in Yida, South Sudan')? No one of them is where the event happened."""
    gaz = gazetteer()
    kind = gaz.place_kind(place)
    if not kind:
        return False
    if region is not None:
        return gaz.place_kind(region) == kind
    m = _AND_NAME.match(text, end)
    nxt = NAME_RE.match(text, m.end()) if m else None
    other = gaz.place(nxt.group(0).rstrip(".")) if nxt else None
    return other is not None and gaz.place_kind(other) == kind


def _verb_after(after: list[str]) -> bool:
    """Do the words ``after`` a place end its phrase: one of ``AFTER_PLACE``, or a verb in the
    past ('a bank in Greece killed three', 'in Athens left three dead'), not a participle
    describing it ('the divide in America highlighted by')?"""
    word = after[0]
    if word in AFTER_PLACE:
        return True
    past = word in IRREGULAR_PAST or word in SPEECH_VERBS or (
        len(word) > 4 and word.endswith("ed"))
    return past and after[1:2] != ["by"]


def _known_place(form: str, tagged: dict[str, str]) -> str | None:
    """The place ``form`` names: known as a whole ('the Gulf of Aden'), after a kind of place
    ('the Persian Gulf Island of Qeshm' -> 'Qeshm'), or by its first words ('Banstead High
    Street', "Bloomington Sam's Club")."""
    gaz = gazetteer()
    bare = form.removeprefix("The ")
    place = gaz.place(form) or gaz.place(bare) or tagged.get(form) or tagged.get(bare)
    if place is not None:
        return place
    head, of, tail = bare.rpartition(" of ")
    tail = tail.removeprefix("the ")
    if of and (gaz.place(tail) or tail in tagged):
        return bare  # 'the Gulf of Aden'
    if of and head.split()[-1].lower() in PLACE_KINDS and " " not in tail:
        return tail  # 'the Persian Gulf Island of Qeshm'
    words = bare.split()
    if not _is_venue(bare) or bare in gaz.orgs:  # not 'Alaska Gov. Sarah Palin'
        return None
    for n in range(len(words) - 1, 0, -1):
        first = " ".join(words[:n])
        known = gaz.place(first) or tagged.get(first)
        if first.endswith(("’s", "'s")):  # "Wellington's High Street", not "High's Ice Cream"
            known = gaz.place(first[:-2])
        if known is not None:
            return known
    return None


def _is_venue(form: str, kinds: frozenset[str] = VENUE_NOUNS) -> bool:
    """'SAP-Arena', 'Stade de Suisse', "Sam's Club": a building or ground, not a town."""
    words = form.lower().replace("-", " ").split()
    return bool(words) and (words[0] in kinds or words[-1] in kinds)


def _region(text: str, end: int) -> str | None:
    """The known place right after ', ' at ``end`` ('Yida, South Sudan')."""
    if text[end: end + 2] != ", ":
        return None
    nxt = NAME_RE.match(text, end + 2)
    if nxt is not None and gazetteer().place(nxt.group(0).rstrip(".")) is not None:
        return nxt.group(0).rstrip(".")
    return None


def _town_after(text: str, end: int, tagged: dict[str, str]) -> str | None:
    """The known town right after a venue: 'in Mannheim, Germany' in 'at the SAP Arena in
    Mannheim, Germany'."""
    m = _IN_TOWN.match(text, end)
    nxt = NAME_RE.match(text, m.end()) if m else None
    if nxt is None:
        return None
    form = _place_form(nxt)
    place = gazetteer().place(form) or tagged.get(form) or (form if form in towns() else None)
    if place is None:
        return None
    return _with_region(place, _region(text, nxt.end()))


def _place_form(m: re.Match[str]) -> str:
    """A name run read as a place: its final stop, the day words after it ('Rose Garden
    Monday') and a party's name after it ('the Iowa Republican caucuses') left off."""
    words = _WHEN_WORDS.sub("", m.group(0).rstrip(".")).split(" ")
    while len(words) > 1 and words[-1].lower() in PARTY_NAMES:
        words.pop()
    return " ".join(words)


def _with_region(place: str, region: str | None) -> str:
    """The place with the known region written after it (``_region``: 'Yida, South Sudan',
    'Mannheim, Germany'), unless the place already names it."""
    return f"{place}, {region}" if region and region not in place else place


def _after_cue(before: str, venue: bool = False) -> bool:
    """Does ``before`` end with a place cue, perhaps followed by modifiers or a nationality
    ('in', 'hit the Indonesian province of'), not after 'born' or 'based'? Before a place
    that names a ``venue``, 'from' and 'on' are cues too, and an article may be followed by
    a word or two that describe the venue ('from a famed Paris store')."""
    gaz = gazetteer()
    words = before.split()
    if venue:
        k = len(words)
        while k and len(words) - k < VENUE_ADJECTIVES and words[k - 1].isalpha() \
                and words[k - 1].islower() and words[k - 1] not in ARTICLES:
            k -= 1
        if k and words[k - 1].lower() in ARTICLES:
            words = words[:k]
    if len(words) > 2 and words[-1] == "of" and words[-2].lower() in PLACE_KINDS:
        words = words[:-2]  # 'hit the Persian Gulf island of': past the names of the region
        while words and words[-1][:1].isupper() and words[-1].lower() not in PLACE_CUES:
            words.pop()
    while words and (words[-1].lower() in PLACE_MODIFIERS or words[-1] in gaz.demonyms):
        words.pop()
    if not words or words[-1].lower() not in (PLACE_CUES | VENUE_CUES if venue else PLACE_CUES):
        return False
    return len(words) < 2 or words[-2].lower().strip(",") not in NOT_THE_EVENT
