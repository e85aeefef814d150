"""Rendering at a fixed size, no colour, for golden tests; and a small hand-built comparison
and digest (fixed model objects, so the goldens test rendering, not extraction)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from rich.console import Console, RenderableType

from newsdigest.model import (
    Analysis,
    Article,
    Comparison,
    Conflict,
    Dateline,
    Digest,
    Entity,
    EventCheck,
    Figure,
    Group,
    Member,
    Origin,
    PartialDate,
    Quote,
    Repair,
)

from .conftest import make_analysis

GOLDEN = Path(__file__).parent / "golden"


def render(renderable: RenderableType, width: int = 100) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=True,
                      highlight=False, emoji=False, markup=False, legacy_windows=False)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in out.splitlines()) + "\n"


def check_golden(name: str, text: str) -> None:
    """Compare with ``tests/golden/<name>``; ``NEWSDIGEST_UPDATE_GOLDEN=1`` rewrites it."""
    path = GOLDEN / name
    if os.environ.get("NEWSDIGEST_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: write it with NEWSDIGEST_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"rendering differs from {path}"


def sample_analyses() -> tuple[Analysis, Analysis]:
    a_texts = [
        "Russian Foreign Minister Sergei Lavrov met US Secretary of State Mike Pompeo in "
        "Washington on Tuesday.",
        "The ministers discussed arms control and Syria.",
        "“We are ready to cooperate on an equal footing,” Lavrov said.",
        "Trade between the two countries fell 30% to $27 billion last year.",
        "A [bold]fake[/bold] markup line and an escape \x1b[31m sequence.",
    ]
    b_texts = [
        "Lavrov and Pompeo held talks in Washington on Tuesday.",
        "They discussed arms control, Syria and North Korea.",
        "Trade between the countries fell 25% to $27 billion, the minister said.",
        "“We are ready to cooperate on an equal footing,” the Russian diplomat said.",
    ]
    a_art = Article("wire-a", "Lavrov meets Pompeo in Washington", " ".join(a_texts),
                    Origin("a.txt"), source="Wire A",
                    repairs=(Repair("space", "non-breaking space → space", 3),
                             Repair("homoglyph", "'parеicular' → 'particular'")))
    b_art = Article("wire-b", "Lavrov, Pompeo hold talks", " ".join(b_texts),
                    Origin("feed.jsonl", entry=2, line=3), source="Wire B")
    a = make_analysis(
        "wire-a", *a_texts, article=a_art,
        dateline=Dateline("Washington", PartialDate(None, 5, 14), "TASS", None),
        quotes=(Quote("We are ready to cooperate on an equal footing", "Sergei Lavrov", 2,
                      "direct", "Lavrov"),),
        figures=(Figure("30%", "percent", 30.0, 3, "%"),
                 Figure("$27 billion", "money", 27e9, 3, "USD")),
        entities=(Entity("Sergei Lavrov", "person", ("Sergey Lavrov", "Lavrov"), (0, 2)),
                  Entity("Mike Pompeo", "person", (), (0,)),
                  Entity("Washington", "place", (), (0,))),
        cited_outlets=("Sputnik",), event_place="Washington",
        event_date=PartialDate(weekday="Tuesday"), event_date_text="on Tuesday",
    )
    b = make_analysis(
        "wire-b", *b_texts, article=b_art,
        quotes=(Quote("We are ready to cooperate on an equal footing", "Sergei Lavrov", 3,
                      "direct", "the Russian diplomat"),),
        figures=(Figure("25%", "percent", 25.0, 2, "%"),),
        event_place="Washington",
    )
    return a, b


def sample_digest() -> Digest:
    a, _ = sample_analyses()
    return Digest(a, a.statements[0], (a.statements[1], a.statements[3]))


def sample_comparison() -> Comparison:
    a, b = sample_analyses()
    g1 = Group("same", 82.0, (Member("wire-a", 0, a.statements[0].text),
                              Member("wire-b", 0, b.statements[0].text)),
               (("Russian", "Foreign", "Minister", "met"), ("held", "talks")))
    g2 = Group("related", 61.0, (Member("wire-a", 3, a.statements[3].text),
                                 Member("wire-b", 2, b.statements[2].text)),
               (("30%", "last", "year"), ("25%", "minister", "said")))
    conflict = Conflict("figure", 1, "30% vs 25%", g2.members)
    q = (Member("wire-a", 2, "We are ready to cooperate on an equal footing", "Sergei Lavrov"),
         Member("wire-b", 3, "We are ready to cooperate on an equal footing", "Sergei Lavrov"))
    return Comparison(
        (a, b),
        EventCheck("yes", ("same place: Washington", "same day: Tuesday",
                           "shared participants: Lavrov, Pompeo")),
        (g1, g2),
        (Member("wire-a", 1, a.statements[1].text), Member("wire-a", 4, a.statements[4].text),
         Member("wire-b", 1, b.statements[1].text)),
        (conflict,),
        shared_quotes=(q,),
    )


def sample_comparison_four() -> Comparison:
    """Four reports with long outlet names and long words: nothing may be cut at 80 or 40
    columns."""
    a, b = sample_analyses()
    arts = []
    for n, outlet in enumerate(("The International Herald Broadcasting Corporation",
                                "articles.latimes.com", None, "Wire D")):
        base = (a, b)[n % 2]
        art = Article(f"r{n}", base.article.title + " internationalisation", base.article.text,
                      Origin(f"r{n}.txt"), source=outlet,
                      url="https://www.thehollywoodgossip.com/x" if outlet is None else None,
                      date="May 3rd, 2013 2: 00pm EDT" if n % 2 else None)
        arts.append(make_analysis(f"r{n}", *(s.text for s in base.statements), article=art,
                                  dateline=base.dateline, quotes=base.quotes,
                                  figures=base.figures, entities=base.entities))
    g = Group("same", 90.0, tuple(Member(f"r{n}", 0, arts[n].statements[0].text)
                                  for n in range(4)))
    return Comparison(tuple(arts), EventCheck("unclear", ("place unknown in r1",
                                                          "place unknown in r3")),
                      (g,), (Member("r2", 1, arts[2].statements[1].text),), ())
