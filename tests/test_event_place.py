"""Where the reported event happened (``Analysis.event_place``), measured on hand-labelled ECB+
reports (``fixtures/event_places.jsonl``: 56 reports of the training topics, read and labelled
by hand; ``event_places_heldout.jsonl``: 20 reports of the gate topics, labelled before the
rules were changed and not used to develop them). A label gives the place the title or lead
states (None when they state none) and ``also`` places that are not wrong either (a venue with
no town, the country of a stated town). Skipped with a reason when ../shared/data is absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdigest.config import Config
from newsdigest.eval import ecb
from newsdigest.extract import lead_statement
from newsdigest.extract.gazetteer import load as gazetteer
from newsdigest.extract.mentions import NAME_RE
from newsdigest.model import Analysis, Article, Origin
from newsdigest.pipeline import analyse

FIXTURES = Path(__file__).parent / "fixtures"
Counts = dict[str, int]

# Pinned (measured with the rules of issue 11: 52 right / 0 wrong / 4 empty on the labelled
# set, where they were 43 / 1 / 12 before and the plain baseline gets 36 / 9 / 11; 12 / 1 / 7
# on the held-out set, unchanged).
RIGHT_FLOOR = 50
WRONG_CEILING = 1
HELDOUT_RIGHT_FLOOR = 13
HELDOUT_WRONG_CEILING = 1


def _norm(place: str) -> str:
    return " ".join(place.lower().removeprefix("the ").split())


def _verdict(got: str | None, label: dict[str, Any]) -> str:
    gold = label["place"]
    ok = {_norm(x) for x in [gold, *label["also"]] if x}
    if (got is None and gold is None) or (got is not None and _norm(got) in ok):
        return "right"
    return "empty" if got is None else "wrong"


def _first_known_place(an: Analysis) -> str | None:
    """The plain baseline: the first place the gazetteer knows in the lead, else None."""
    lead = lead_statement(an.statements, an.dateline.statement)
    for m in NAME_RE.finditer(lead.text if lead else ""):
        place = gazetteer().place(m.group(0).rstrip("."))
        if place is not None:
            return place
    return None


def _score(name: str) -> tuple[Counts, Counts]:
    if not ecb.EVENTS.is_file():
        pytest.skip(f"ECB+ events not found at {ecb.EVENTS} (shared data is not checked out)")
    labels = [json.loads(line) for line in (FIXTURES / name).read_text("utf-8").splitlines()
              if line.strip()]
    docs = {d.article.id: d for d in ecb.read_event_docs()}
    ours: Counts = {"right": 0, "wrong": 0, "empty": 0}
    base: Counts = dict(ours)
    for label in labels:
        an = analyse(docs[label["id"]].article, Config())
        ours[_verdict(an.event_place, label)] += 1
        base[_verdict(_first_known_place(an), label)] += 1
    return ours, base


@pytest.fixture(scope="module")
def labelled() -> tuple[Counts, Counts]:
    return _score("event_places.jsonl")


def test_labelled_reports_beat_the_floors_and_the_baseline(labelled: tuple[Counts, Counts]
                                                           ) -> None:
    ours, base = labelled
    assert ours["right"] >= RIGHT_FLOOR and ours["wrong"] <= WRONG_CEILING, ours
    assert ours["right"] > base["right"] and ours["wrong"] < base["wrong"], (ours, base)


def test_heldout_reports() -> None:
    """A regression pin only: measured once at the end, 12 / 1 / 7 before and after the rules
    of issue 11 (the plain baseline gets 13 / 0 / 7 here: most misses were a place right
    before a verb, 'Voters in Turkmenistan began', or in the second sentence); 13 / 1 / 6
    since a verb in the past ends a place's phrase."""
    ours, _ = _score("event_places_heldout.jsonl")
    assert ours["right"] >= HELDOUT_RIGHT_FLOOR and ours["wrong"] <= HELDOUT_WRONG_CEILING, ours


@pytest.mark.parametrize(("text", "place"), [
    ("Ten fire engines were tackling the blaze which began on the roof of the store in "
     "Banstead, Surrey, before 9.", "Banstead, Surrey"),
    ("Residents were evacuated after a huge fire at a Waitrose store in Banstead on Friday "
     "night.", "Banstead"),
    ("A bomb exploded Friday at a West Coast Bank branch in Woodburn, killing an officer.",
     "Woodburn"),
    ("Bomb explodes at Woodburn bank, killing a police officer and a bomb technician.",
     "Woodburn"),
    ("Klitschko stopped Rahman in the seventh round at the SAP-Arena in Mannheim, Germany.",
     "Mannheim, Germany"),
    ("Four men rammed their car into a jewellery store near Place Vendome in central Paris on "
     "Monday.", "Paris"),
    ("A magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.",
     "Qeshm"),
    ("Armed robbers stole gems worth 85 million euros from jewellers in the heart of Paris.",
     "Paris"),
    ("Three bank workers were killed during protests in Athens against austerity measures.",
     "Athens"),
    ("A fire has badly damaged the Waitrose supermarket in Wellington's High Street.",
     "Wellington"),
    # a part of a town after its possessive (ECB+ 33_ecbplus)
    ("A mother of 12 was killed by a stray bullet in Brooklyn's Brownsville section.",
     "Brooklyn"),
    ("A strong earthquake jolts southern Iran, killing ten people, officials said.", "Iran"),
    ("The mob boss, who was jailed for years in Texas, died on Monday aged 77.", None),
    ("Police said the killer, who was born in Moscow, was arrested on Monday.", None),
    ("The column in the Washington Post was read widely by officials on Monday.", None),
    # a verb in the past ends the place's phrase; a participle describing it does not
    ("A firebomb attack on a bank in Greece killed at least three people today.", "Greece"),
    ("A fire-bomb attack on a bank in Athens left at least three people dead.", "Athens"),
    ("The racial divide in America highlighted by the shootings was the talk of the show.",
     None),
    ("Services were disrupted in parts of Alexandria on Tuesday afternoon.", "Alexandria"),
    # a place naming a venue through the words before it; not a kind of organisation
    ("A man shot three people at a suburban Detroit accounting firm on Monday.", "Detroit"),
    ("Employees at a Vancouver wholesaler were coping with the death of their boss.",
     "Vancouver"),
    ("The chief financial officer at US telecoms firm WorldCom admitted lying.", None),
    # 'from' or 'on' a venue the place names, through words describing it; not a person
    ("Four armed robbers made off with $137-million of jewels from a famed Paris store.",
     "Paris"),
    ("He allegedly fails sobriety tests after being stopped on San Diego freeway.",
     "San Diego"),
    ("United received a fresh takeover approach from US business tycoon Malcolm Glazer.",
     None),
    # a place naming the happening right after it, one happening, not a list
    ("Hillary Clinton and Bernie Sanders clashed on the Miami debate stage on Wednesday.",
     "Miami"),
    ("Obama spoke at a Chicago fundraiser on Friday night.", "Chicago"),
    ("Marco Rubio finished third in the Iowa Republican caucuses on Monday.", "Iowa"),
    ("In the Iowa caucuses and the New Hampshire primary, retail campaigning matters.", None),
    # a place's own event in the possessive
    ("Hillary Clinton defeated Bernie Sanders in Delaware’s Democratic presidential primary "
     "on Tuesday.", "Delaware"),
    ("Trump, speaking in Washington's view of the world, said nothing new.", None),
    # a list of places of one kind: no one of them is where it happened (USA Today's
    # 'Pennsylvania, Maryland' against HuffPost's 'Delaware' read as two event places)
    ("Hillary Clinton was declared the winner in the Pennsylvania, Maryland and Delaware "
     "primaries on Tuesday night.", None),
    ("Hillary Clinton won in Ohio and Florida on Tuesday.", None),
    ("A quake struck in Yida, South Sudan on Monday.", "Yida, South Sudan"),
    # the end of a route, a place told with a time long gone (ECB+ 3_ecbplus: 'Beaumont' set
    # against the other reports' Huntsville; PolNeAR: the Beirut bombing of 1983)
    ("Comeaux escaped when he was being transported to a prison in Beaumont from Huntsville.",
     None),
    ("The attack on a Marine barracks in Lebanon in 1983 killed 241.", None),
    ("Lohan is moving to a rehab facility in Malibu, Calif., her lawyer said.", "Malibu"),
    # a place before a conjunction ends its phrase (ECB+ 19_10ecbplus: no event place); a town
    # the tagger missed after 'in' is one (ECB+ 21_12ecb), not a town naming a venue
    ("Officers shot and killed a 16-year-old Kimani Gray in Brooklyn because he allegedly "
     "pointed a gun at them.", "Brooklyn"),
    ("A woman was walking outside the Sam's Club in Bloomington when she was struck and "
     "killed by a motorist.", "Bloomington"),
    ("At least nine people were killed near the Olympia shopping mall on Friday.", None),
    # a kind of place after the names of its region, a hometown, the town of a venue told
    # as 'the capital of' (readers of ECB+ 20_ecbplus, 13_ecb, 26_ecb: 'place unknown')
    ("A strong quake hit the Persian Gulf island of Qeshm off Iran's southern coast on "
     "Sunday.", "Qeshm"),
    ("A fire devastated the church on Friday night in her hometown of Wasilla.", "Wasilla"),
    ("He was found dead in Pagliarelli prison in the Sicilian capital of Palermo.",
     "Palermo"),
])
def test_event_place_rules(text: str, place: str | None) -> None:
    article = Article("t", "Headline", text, Origin("test"))
    assert analyse(article, Config()).event_place == place


@pytest.mark.parametrize(("title", "place"), [
    ("Ted Cruz wins Wisconsin Republican primary", "Wisconsin"),
    ("Sanders wins Wisconsin's Democratic primary", "Wisconsin"),
    ("Clinton wins Missouri’s primary by a whisker", "Missouri"),
    ("Read Live Updates On The 2016 Iowa Caucuses.", "Iowa"),
    # whose victory, then where (PolNeAR, Western Journal: no event place, so the same-event
    # check read 'place unknown')
    ("There's Something Funny About Hillary's Iowa Victory", "Iowa"),
    ("Clinton's Nevada win steadies her campaign", "Nevada"),
    ("More Hillary Clinton emails released on eve of Nevada caucuses", None),
    ("After Paris attacks, Clinton calls for a tougher strategy", None),
])
def test_a_title_naming_the_event_by_its_place(title: str, place: str | None) -> None:
    """With no place after 'in' or 'at', a title's town or state right before what happened
    there ('the Iowa caucuses') is the event place, unless the title tells it as background or
    ahead."""
    article = Article("t", title, "The candidates spoke to reporters on Monday.", Origin("test"))
    assert analyse(article, Config()).event_place == place
