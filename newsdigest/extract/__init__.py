"""Pipeline step 4: what an article says, beyond its sentences. The dateline (place, date,
agency), direct quotations and reported speech with their speakers, figures, the people,
places and organisations it names (variants merged), the outlets it cites, and where and when
the reported event happened. Everything points back to a statement index.

Rule-based and offline: a small shipped gazetteer (``data/gazetteer.json``) and linear
regular expressions; no model is loaded."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..model import Analysis, Article, Entity, Figure, Statement
from .dates import FoundDateline, event_when, find_dateline
from .entities import build
from .figures import find_figures
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import NAME_RE
from .quotes import find_quotes

__all__ = ["extract"]

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


def extract(article: Article, statements: Sequence[Statement], config: Config) -> Analysis:
    """The analysis of one cleaned, segmented article."""
    statements = tuple(statements)
    found = find_dateline(article, statements)
    people = build(statements)
    quotes, cited = find_quotes(statements, people.entities)
    figures = _figures(statements, found)
    own = {x for x in (found.dateline.agency, article.source) if x}
    outlets = [o for o in [*cited, *_cited_outlets(statements)] if o not in own]
    lead = _lead(statements, found)
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


def _lead(statements: Sequence[Statement], found: FoundDateline) -> str:
    i = found.dateline.statement
    if i is not None and i < len(statements):
        return statements[i].text
    return statements[0].text if statements else ""


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
        for m in NAME_RE.finditer(text):
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
    """The first known place after 'in' or 'at' in the lead or the headline."""
    gaz = gazetteer()
    for text in texts:
        for m in NAME_RE.finditer(text):
            words = text[max(0, m.start() - 8): m.start()].split()
            if not words or words[-1].lower() not in ("in", "at"):
                continue
            form = m.group(0).rstrip(".")
            after = [w.strip(".,;:!?") for w in text[m.end(): m.end() + 20].split()]
            if form.endswith(("’s", "'s")) or (
                    after and after[0][:1].islower() and after[0] not in AFTER_PLACE):
                continue  # 'at US media giant', "in Washington's view": a modifier
            place = gaz.place(form) or gaz.place(form.removeprefix("The "))
            if place is not None:
                return place
    return None
