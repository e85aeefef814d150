"""The main participant of each report (the person most of its statements name): two reports
of two events of one kind, such as two players of one team arrested for the same offence, are
usually about different people."""

from __future__ import annotations

from dataclasses import replace

from newsdigest.event import check_event, pair_probability
from newsdigest.event.features import main_person, pair_facts, profile
from newsdigest.model import Analysis, Entity

from .conftest import make_analysis


def report(aid: str, title: str, sentences: list[str],
           people: list[tuple[str, tuple[str, ...]]]) -> Analysis:
    """An analysis whose people are named in the statements that contain one of their forms."""
    ents = tuple(Entity(name, "person", variants,
                        tuple(n for n, s in enumerate(sentences)
                              if any(f in s for f in (name, *variants))))
                 for name, variants in people)
    return make_analysis(aid, *sentences, title=title, sep="\n", entities=ents)


JACKSON = report("sd-jackson", "Chargers receiver Vincent Jackson arrested on suspicion of DUI", [
    "San Diego Chargers receiver Vincent Jackson was arrested early Tuesday on suspicion of "
    "drunken driving, police said.",
    "Jackson was stopped after officers saw his car weaving across lanes.",
    "General manager A.J. Smith said the team was aware of the arrest.",
    "Jackson was released on bail a few hours later.",
], [("Vincent Jackson", ("Jackson",)), ("A.J. Smith", ())])

WILLIAMS = report("sd-williams", "Chargers nose tackle Jamal Williams arrested for DUI", [
    "Jamal Williams of the San Diego Chargers spent the night in jail after a traffic stop.",
    "Williams, 32, failed a field sobriety test, a police spokesman said.",
    "The Pro Bowl lineman is the fourth Charger arrested this year.",
    "Williams could face a suspension under the league's conduct policy.",
], [("Jamal Williams", ("Williams",))])

JACKSON_AGAIN = report("ut-jackson", "Chargers' Jackson held on drunken-driving charge", [
    "Vincent Jackson, a receiver for the San Diego Chargers, was arrested on suspicion of "
    "drunken driving, police said.",
    "Officers stopped Jackson after his car was seen weaving across lanes.",
    "General manager A.J. Smith said the team was aware of the arrest.",
], [("Vincent Jackson", ("Jackson",)), ("A.J. Smith", ())])


def test_the_main_participant_is_the_person_most_statements_name() -> None:
    found = main_person(JACKSON)
    assert found is not None and found.name == "Vincent Jackson"
    once = report("x", "Arrest", ["Vincent Jackson was arrested.", "Police gave no details."],
                  [("Vincent Jackson", ())])
    assert main_person(once) is None  # one mention is not enough to be what a report is about


def test_reports_about_two_different_people_say_so_and_lower_the_odds() -> None:
    check = check_event([JACKSON, WILLIAMS], [0.1, 0.1])
    assert ("sd-jackson is mainly about Vincent Jackson, whom sd-williams never names"
            in check.reasons)
    assert ("sd-williams is mainly about Jamal Williams, whom sd-jackson never names"
            in check.reasons)
    facts = pair_facts(profile(JACKSON), profile(WILLIAMS))
    assert facts.unnamed_main == ("Vincent Jackson", "Jamal Williams")
    # the same pair as if each report named the other's main participant once
    named = pair_probability(replace(facts, unnamed_main=()), 0.1)
    assert pair_probability(facts, 0.1) < named
    assert check.same_event != "yes"


def test_a_main_participant_named_by_surname_alone_counts_as_named() -> None:
    short = report("ap-jackson", "Jackson arrested", [
        "Police arrested Chargers receiver Jackson on suspicion of drunken driving.",
        "The team said it was aware of the arrest.",
    ], [])
    facts = pair_facts(profile(JACKSON), profile(short))
    assert facts.unnamed_main == ()
    check = check_event([JACKSON, JACKSON_AGAIN], [0.3, 0.3])
    assert not any("mainly about" in r for r in check.reasons)
