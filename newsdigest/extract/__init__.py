"""Pipeline step 4: what an article says, beyond its sentences. The dateline (place, date,
agency), direct quotations and reported speech with their speakers, figures, the people,
places and organisations it names (variants merged), the outlets it cites, and where and when
the reported event happened. Everything points back to a statement index.

Rule-based and offline: a small shipped gazetteer (``data/gazetteer.json``) and linear
regular expressions; no model is loaded."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import Config
from ..model import Analysis, Article, Entity, Figure, Statement
from .dates import FoundDateline, event_when, find_dateline
from .entities import build
from .figures import find_figures
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .headline import headline_quotes
from .mentions import NAME_RE, name_runs
from .quotes import find_quotes

__all__ = ["extract", "lead_statement"]

MIN_LEAD_WORDS = 8

CITE_BEFORE = ("according to", "told", "reported by", "quoted by", "interview with", "cited by",
               "said in a statement to", "speaking to", "in comments to", "writing in")
CITE_AFTER = wordset("reported reports cited cites quoted quotes said says wrote writes "
                       "learned learnt revealed")

# lower-case words that may follow the place where something happened
AFTER_PLACE = wordset(
    """on in at yesterday today tonight last this earlier and to for with where when which
    after before during since until over next from as by but amid following while late early
    on, in, at, yesterday, today, tonight, this, last, earlier"""
)
# words before a place that say the event happened there ('in', 'hit', 'struck') ...
PLACE_CUES = wordset("in at hit struck rocked jolted shook")
# ... with these between them and the place ('in central Paris', 'hit the province of Aceh')
PLACE_MODIFIERS = wordset(
    """the a an central northern southern eastern western north south east west northeast
    northwest southeast southwest downtown suburban rural remote coastal capital city town
    village province state region county district island of"""
)
# 'born in Moscow', 'based in Vietnam': a place that is merely mentioned
NOT_THE_EVENT = wordset("born based headquartered raised lives lived living educated studied "
                        "home homes grew moved trained registered listed role part")
_WHEN_WORDS = re.compile(r"(?:[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Yesterday|Today|Tonight))+$")


def extract(article: Article, statements: Sequence[Statement], config: Config) -> Analysis:
    """The analysis of one cleaned, segmented article."""
    statements = tuple(statements)
    found = find_dateline(article, statements)
    people = build(statements)
    quotes, cited = find_quotes(statements, people.entities)
    quotes = [*headline_quotes(article.title, statements, people.entities, quotes), *quotes]
    figures = _figures(statements, found)
    own = {x for x in (found.dateline.agency, article.source) if x}
    outlets = [o for o in [*cited, *_cited_outlets(statements)] if o not in own]
    first = lead_statement(statements, found.dateline.statement)
    lead = first.text if first is not None else ""
    place = found.dateline.place or _event_place([lead, article.title], people.entities)
    date, date_text = event_when([article.title, lead], found, article.date)
    return Analysis(
        article=article,
        statements=statements,
        dateline=found.dateline,
        quotes=tuple(quotes),
        figures=tuple(figures),
        entities=tuple(people.entities),
        cited_outlets=tuple(dict.fromkeys(outlets)),
        event_place=place,
        event_date=date,
        event_date_text=date_text,
    )


def lead_statement(statements: Sequence[Statement], dateline: int | None = None
                   ) -> Statement | None:
    """The lead: the statement carrying the dateline (its index ``dateline``); else the first
    full sentence of some length (a standfirst without a final stop, a one-line caption or a
    byline is not a lead); else the first statement."""
    if dateline is not None and dateline < len(statements):
        return statements[dateline]
    for s in statements:
        full_stop = s.text.rstrip("\"'”’)").endswith((".", "!", "?"))
        if full_stop and len(s.text.split()) >= MIN_LEAD_WORDS:
            return s
    return statements[0] if statements else None


def _figures(statements: Sequence[Statement], found: FoundDateline) -> list[Figure]:
    out: list[Figure] = []
    for st in statements:
        masked = []
        if found.span is not None and found.span[0] < st.end and st.start < found.span[1]:
            masked.append((max(0, found.span[0] - st.start), found.span[1] - st.start))
        out.extend(find_figures(st.text, st.index, masked))
    return out


def _cited_outlets(statements: Sequence[Statement]) -> list[str]:
    """Known outlets named as a source: 'according to Reuters', 'told the BBC', 'Interfax
    reported'."""
    gaz = gazetteer()
    out: list[str] = []
    for st in statements:
        text = st.text
        for m in name_runs(text):
            form = m.group(0).removesuffix("’s").removesuffix("'s").rstrip(".")
            outlet = gaz.outlets.get(form.removeprefix("The "))
            if outlet is None:
                continue
            before = " ".join(text[max(0, m.start() - 30): m.start()].lower().split())
            before = before.removesuffix(" the").removesuffix(" news agency")
            after = text[m.end(): m.end() + 20].split()
            if before.endswith(CITE_BEFORE) or (after and after[0].strip(",.") in CITE_AFTER):
                out.append(outlet)
    return out


def _event_place(texts: Sequence[str], entities: Sequence[Entity]) -> str | None:
    """Where the lead (else the headline) says the event happened: the first place named
    right after 'in', 'at', 'hit' or 'struck', perhaps through 'the', a direction or a kind of
    place ('in central Paris', 'hit the Indonesian province of Aceh', 'in the Gulf of Aden').
    A place is one the gazetteer knows, one the name tagger marked, or a name followed by a
    known place ('in Yida, South Sudan'). None rather than a place merely mentioned ('born
    in Moscow', "in Washington's view", 'at US media giant')."""
    gaz = gazetteer()
    tagged = {form: e.name for e in entities if e.kind == "place"
              for form in (e.name, *e.variants)}
    for text in texts:
        for m in NAME_RE.finditer(text):
            if not _after_cue(text[max(0, m.start() - 80): m.start()]):
                continue
            form = _WHEN_WORDS.sub("", m.group(0).rstrip("."))  # 'Rose Garden Monday'
            after = [w.strip(".,;:!?") for w in text[m.end(): m.end() + 20].split()]
            if form.endswith(("’s", "'s")) or (
                    after and after[0][:1].islower() and after[0] not in AFTER_PLACE):
                continue  # 'at US media giant', "in Washington's view": a modifier
            bare = form.removeprefix("The ")
            place = gaz.place(form) or gaz.place(bare) or tagged.get(form) or tagged.get(bare)
            tail = bare.rpartition(" of ")[2].removeprefix("the ")
            if place is None and tail != bare and (gaz.place(tail) or tail in tagged):
                place = bare  # 'the Gulf of Aden'
            region = None
            if text[m.end(): m.end() + 2] == ", ":
                nxt = NAME_RE.match(text, m.end() + 2)
                if nxt is not None and gaz.place(nxt.group(0).rstrip(".")) is not None:
                    region = nxt.group(0).rstrip(".")
            if place is None and region is not None:
                place = form  # 'in Yida, South Sudan'
            if place is not None:
                # with its region, as written: 'Yida, South Sudan' is where 'South Sudan' is
                return f"{place}, {region}" if region and region not in place else place
    return None


def _after_cue(before: str) -> bool:
    """Does ``before`` end with a place cue, perhaps followed by modifiers or a nationality
    ('in', 'hit the Indonesian province of'), not after 'born' or 'based'?"""
    gaz = gazetteer()
    words = before.split()
    while words and (words[-1].lower() in PLACE_MODIFIERS or words[-1] in gaz.demonyms):
        words.pop()
    if not words or words[-1].lower() not in PLACE_CUES:
        return False
    return len(words) < 2 or words[-2].lower().strip(",") not in NOT_THE_EVENT
