"""One shared word is no shared fact (``match.oneword``): statements that have only one content
word in common (a name shared alone too) and no figure do not link, in ``pairs`` and
``compare`` alike."""

from __future__ import annotations

import pytest

from newsdigest.config import defaults
from newsdigest.match import Matcher
from newsdigest.match.oneword import CAP, one_word


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(defaults())


@pytest.mark.parametrize(("a", "b"), [
    ("Best decision ever.", '"She checked in herself - it was her decision."'),
    ("She didn't fire him, Charlene Kafoury said.",
     "Police could not say how many shots were fired."),
    ("It's about time, right?", "I'm so happy with where I'm at right now."),
    ('"She didn\'t do it.', "Police could not say how many shots were fired."),  # no word
    ("Police found nothing in the house.", "Nothing was left of the house after the fire."),
    ("But he needs more.", "“What was needed was to elevate it in this high-profile setting "
     "― and she did.”"),  # its one word, not the statement, in the other
    # a light verb says no more than a speech verb: a name and 'done' (political coverage)
    ("What had they done with Trump?", "Trump has done more presidential things in two weeks "
     "than President Obama or Hillary Clinton have in 2016."),
    # a verb of belief says no more than a speech verb (political coverage: 'think')
    ("“I don't think the vote was fair,” he said.", "Experts think the vote will pass."),
    # a name alone, however short the statement: the speaker, the story's main person
    ('"Is that all there is?" Trump said.', "Do you support Donald Trump?"),
    ('"Is that all there is?" Trump said.', '"We\'re being led by people that don\'t know '
     'what they\'re doing," Trump said.'),
    # figures of different kinds are no fact told with two figures: a week's number and two
    # scores (ECB+ 29_ecbplus, a false group at 25.5)
    ("The Colts were defeated by the Texans in week 14.", "The Broncos are 12 - 3 for the "
     "season after defeating the Cleveland Browns 34 - 12 Sunday."),
    # a hedge says nothing of what happened (ECB+ 4_ecb, a false group at 22.6)
    ("Even Amy Winehouse's look in the beginning was a derivative of Page.",
     "She wasn't even the best looking."),
])
def test_one_shared_word_does_not_link(matcher: Matcher, a: str, b: str) -> None:
    assert one_word(a, b)
    assert float(matcher.link_pairs([(a, b)])[0]) <= CAP < defaults().match.link


@pytest.mark.parametrize(("a", "b"), [
    ("No injuries were reported.", "There were no reports of injuries."),  # two words
    ("Very, very, very subdued.", "Very, very, very subdued, the sheriff said."),  # all of it
    ("He was 75.", "LaRue was 75, the Biloxi Sun Herald reported Wednesday."),  # a figure
    # two words ('Fanning', opening both, is no name here, and 'one'): a name alone is one word
    ("Fanning said no one was hurt.", "Fanning said no one else was injured."),
])
def test_more_than_one_word_or_a_figure_may_link(a: str, b: str) -> None:
    assert not one_word(a, b)


def test_identical_statements_still_link_100(matcher: Matcher) -> None:
    assert float(matcher.link_pairs([("It was good.", "It was good.")])[0]) == 100.0


def test_statements_alike_but_for_their_figures_link_100(matcher: Matcher) -> None:
    # one fact told with two figures: grouped, so that compare shows the conflict
    assert float(matcher.link_pairs([("He was 133.", "He was 95.")])[0]) == 100.0
    assert float(matcher.link_pairs([("He was 95.", "She was 95 today.")])[0]) < 100.0
