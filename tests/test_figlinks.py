"""Figures two reports share tell that two differently built sentences report one fact."""

from __future__ import annotations

import pytest

import newsdigest.match.figlinks as figlinks
from newsdigest import config
from newsdigest.comparison import compare
from newsdigest.match.figlinks import figure_key, telling_figures
from newsdigest.model import Analysis, Article, Figure, Origin
from newsdigest.pipeline import analyse

VOTE_A = ("Voting for MPs to the parliament began in Turkmenistan on Sunday. "
          "A total of 288 candidates run for 125 parliamentary seats, with 37 of the candidates "
          "registered in the capital city, Ashgabat, 46 in Akhal region and 63 in Dashoguz "
          "region. "
          "Of the 288 candidates, 286 have higher education, 202 are under 45 years old, and 56 "
          "are women. "
          "Turkmenistan has polling stations abroad attached to the country's diplomatic "
          "missions. "
          "The term of office of MPs is five years. "
          "For the first time foreign observers from the UN and the OSCE monitor the elections "
          "in Turkmenistan.")
VOTE_B = ("Voters in Turkmenistan began to cast their ballots on Sunday in the country's fourth "
          "parliamentary election, said reports from Ashgabat. "
          "Over 2.5 million Turkmens are eligible to vote at more than 2,000 booths in the "
          "country. "
          "Voting will close at six in the evening local time. "
          "In accordance with the country's election law, there are a total of 125 "
          "constituencies in the current election and single winners will be elected in each of "
          "them for a term of five years. "
          "A total of 288 candidates are vying for the 125 seats in the legislature.")


def _analysis(aid: str, text: str) -> Analysis:
    return analyse(Article(aid, "", text, Origin(f"{aid}.txt")), config.defaults())


def _together(a: Analysis, b: Analysis) -> set[tuple[int, int]]:
    result = compare([a, b], config.defaults())
    return {(x.statement, y.statement) for g in result.groups for x in g.members
            for y in g.members if x.article == a.article.id and y.article == b.article.id}


def test_two_counts_of_the_same_things_make_one_fact() -> None:
    a, b = _analysis("a", VOTE_A), _analysis("b", VOTE_B)
    shared = telling_figures(a.statements[1].text) & telling_figures(b.statements[4].text)
    assert shared == {("count", 288.0, "candidate"), ("count", 125.0, "seat")}
    assert (1, 4) in _together(a, b)


def test_a_shared_vote_tally_is_one_fact_however_the_sentences_are_built() -> None:
    a = _analysis("a", "The Senate voted Wednesday to override the veto. The final tally was "
                       "97-1. The House is expected to follow.")
    b = _analysis("b", "Lawmakers in the House voted 348-77 to override the veto. This "
                       "followed a 97-1 vote hours earlier in the Senate.")
    assert telling_figures(a.statements[1].text) & telling_figures(b.statements[1].text) == {
        ("score", 97.0, "97-1")}
    assert (1, 1) in _together(a, b)


def test_pairs_prints_the_score_compare_groups_by() -> None:
    from newsdigest.comparison.groups import pair_scores
    from newsdigest.match import Matcher

    a, b = _analysis("a", VOTE_A), _analysis("b", VOTE_B)
    matcher = Matcher(config.defaults())
    texts = [s.text for x in (a, b) for s in x.statements]
    grouped = pair_scores([a, b], matcher, 0.0)[(0, 1), (1, 4)]
    printed = matcher.link_pairs([(a.statements[1].text, b.statements[4].text)], texts)[0]
    assert grouped >= figlinks.LEVELS[1] and printed == pytest.approx(grouped)


def test_on_real_coverage_the_figures_join_what_the_words_alone_do_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """ECB+ 11_ecb, three reports of Turkmenistan's election: within that coverage
    'candidates', 'seats' and the figures are common words, and the two sentences stay apart
    on their words alone."""
    from newsdigest.eval import ecb

    if not ecb.EVENTS.is_file():
        pytest.skip(f"ECB+ development data not found under {ecb.DATA}")
    docs = [d for d in ecb.read_event_docs() if d.article.id in ("11_10ecb", "11_11ecb",
                                                                     "11_1ecb")]
    reports = [analyse(d.article, config.defaults()) for d in docs]
    with_figures = _grouped_with(reports, ("11_10ecb", 1))
    monkeypatch.setattr(figlinks, "LEVELS", ())
    words_alone = _grouped_with(reports, ("11_10ecb", 1))
    assert ("11_11ecb", 4) in with_figures and ("11_11ecb", 4) not in words_alone


def _grouped_with(reports: list[Analysis], node: tuple[str, int]) -> set[tuple[str, int]]:
    result = compare(reports, config.defaults())
    for g in result.groups:
        members = {(m.article, m.statement) for m in g.members}
        if node in members:
            return members
    return set()


def test_ages_bare_numbers_and_small_counts_tell_no_fact() -> None:
    def fig(kind: str, value: float, unit: str | None) -> Figure:
        return Figure(str(value), kind, value, 0, unit)  # type: ignore[arg-type]

    assert figure_key(fig("age", 48, "years")) is None  # 'Cheeks, 48, was fired'
    assert figure_key(fig("number", 911, None)) is None  # 'dialed 911'
    assert figure_key(fig("count", 3, "women")) is None
    assert figure_key(fig("count", 30, "p")) is None  # '4: 30 p. m.' misread
    assert figure_key(fig("count", 125, "seats")) == figure_key(fig("count", 125, "seat"))
    assert figure_key(fig("money", 2.5e9, "USD")) == ("money", 2.5e9, "usd")
    # a quake's magnitude tells the fact however small the number
    assert figure_key(fig("magnitude", 5.9, None)) == ("magnitude", 5.9, "")


def test_margins_of_error_apart_are_two_samples_not_one_fact() -> None:
    # PolNeAR: one poll's margins for 996 likely voters and for 552 Democratic primary voters
    # formed a group; the same margin told with another rounding is still one fact
    from newsdigest.match import Matcher
    from newsdigest.match.oneword import CAP

    four = "The margin of sampling error among that group was plus or minus four percentage points."
    other = "The margin of error is plus or minus 5.7 percentage points."
    rounded = ("The poll included 996 likely voters in the Senate race; those samples carry "
               "margins of error plus or minus 4.3 percent and 7.4 percent.")
    assert figlinks.margins_apart(four, other)
    assert not figlinks.margins_apart(four, rounded)
    matcher = Matcher(config.defaults())
    assert float(matcher.link_pairs([(four, other)])[0]) <= CAP
