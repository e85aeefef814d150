"""compare on hand-built analyses (so these tests do not move with extraction): what is
grouped, what is left unique, which disagreements are reported, and the guarantees a user
relies on (deterministic, order-independent groups that span reports and do not chain)."""

from __future__ import annotations

import pytest

from newsdigest import analyse, config
from newsdigest.comparison import compare
from newsdigest.errors import LimitError, UsageError
from newsdigest.model import HEADLINE, Analysis, Article, Origin

from .conftest import make_analysis

A = make_analysis(
    "a",
    "Microsoft agreed to buy the games maker for $2.5 billion on Monday.",
    "The deal is expected to close by the end of the year, the company said.",
    "Shares of the games maker rose 12% in early trading in New York.",
    "The chief executive will stay on after the takeover.",
)
B = make_analysis(
    "b",
    "On Monday Microsoft agreed to purchase the games maker for $1.8 billion.",
    "Shares of the games maker jumped 12% in early New York trading.",
    "Regulators in Brussels are expected to look closely at the deal.",
)


def test_paraphrases_are_grouped_and_the_rest_is_unique() -> None:
    result = compare([A, B], config.defaults())
    pairs = {tuple((m.article, m.statement) for m in g.members) for g in result.groups}
    assert (("a", 2), ("b", 1)) in pairs  # shares rose 12%
    assert (("a", 0), ("b", 0)) in pairs  # the deal, worded differently, figures differ
    unique = {(m.article, m.statement) for m in result.unique}
    assert ("a", 3) in unique  # the chief executive: no other report says it
    # the two 'expected to ... the deal' sentences share details at most: never 'same'
    for g in result.groups:
        if ("b", 2) in {(m.article, m.statement) for m in g.members}:
            assert g.tier == "related"
    grouped = {(m.article, m.statement) for g in result.groups for m in g.members}
    assert not grouped & unique
    assert len(grouped) + len(unique) == len(A.statements) + len(B.statements)


def test_different_figures_are_reported_as_a_conflict_not_silently_merged() -> None:
    result = compare([A, B], config.defaults())
    deal = next(n for n, g in enumerate(result.groups)
                if {(m.article, m.statement) for m in g.members} == {("a", 0), ("b", 0)})
    assert result.groups[deal].tier == "related"
    figures = [c for c in result.conflicts if c.kind == "figure" and c.group == deal]
    assert figures and "2.5" in figures[0].detail and "1.8" in figures[0].detail


def test_differing_words_name_what_each_member_alone_says() -> None:
    result = compare([A, B], config.defaults())
    shares = next(g for g in result.groups if g.members[0].statement == 2)
    a_only, b_only = shares.differing
    assert "rose" in a_only and "jumped" in b_only
    assert "Shares" not in a_only and "12%" not in b_only


def test_groups_do_not_depend_on_input_order_and_runs_are_identical() -> None:
    cfg = config.defaults()
    one, again, flipped = compare([A, B], cfg), compare([A, B], cfg), compare([B, A], cfg)
    assert one == again

    def key(c: object) -> set[frozenset[tuple[str, int]]]:
        return {frozenset((m.article, m.statement) for m in g.members)
                for g in c.groups}  # type: ignore[attr-defined]

    assert key(one) == key(flipped)


def test_three_reports_groups_span_reports() -> None:
    c = make_analysis("c", "Shares in the games maker rose 12% in New York early trading.",
                      "Microsoft will pay $2.5 billion for the games maker, it said on Monday.")
    result = compare([A, B, c], config.defaults())
    for g in result.groups:
        assert len({m.article for m in g.members}) >= 2
    assert any(len({m.article for m in g.members}) == 3 for g in result.groups)


def test_a_fact_said_in_two_sentences_joins_the_one_sentence_of_another_report() -> None:
    one = make_analysis("one", "Tara Reid has checked into Promises Treatment Center in Malibu, "
                               "her publicist said on Friday.",
                        "The weather in Malibu was sunny.")
    two = make_analysis("two", "Actress Tara Reid checked into Promises Treatment Center.",
                        "Her publicist said on Friday that Reid checked into the Malibu center.",
                        "Reid starred in American Pie.")
    result = compare([one, two], config.defaults())
    group = next(g for g in result.groups if ("one", 0) in {(m.article, m.statement)
                                                             for m in g.members})
    assert {(m.article, m.statement) for m in group.members} == {("one", 0), ("two", 0),
                                                                 ("two", 1)}


def test_groups_do_not_chain_unrelated_statements() -> None:
    # b0 shares words with a0 (the fire) and with c0 (the mayor's budget), a0 and c0 share
    # nothing: connected components would put all three together
    a = make_analysis("a", "A fire destroyed three warehouses in the port of Hamburg overnight.")
    b = make_analysis("b", "After a fire destroyed three warehouses in the port of Hamburg, the "
                           "mayor presented a budget for the city's new fire brigade stations.")
    c = make_analysis("c", "The mayor presented a budget for the city's new fire brigade stations.")
    result = compare([a, b, c], config.defaults())
    for g in result.groups:
        assert {m.article for m in g.members} != {"a", "b", "c"}


def test_a_reports_lines_with_different_figures_stay_two_facts() -> None:
    # a live blog's state-by-state lines, copied by a second outlet: one group per state,
    # never both states in one group however alike the wording
    lines = ("With 107 delegates at stake in North Carolina, Clinton will win at least 56.",
             "With 214 delegates at stake in Florida, Clinton will win at least 118.")
    cfg = config.defaults()
    a, b = analyse([Article(aid, f"report {aid}", " ".join(text), Origin(f"{aid}.txt"))
                    for aid, text in (("a", lines), ("b", lines[::-1]))], cfg)
    result = compare([a, b], cfg)
    groups = {frozenset((m.article, m.statement) for m in g.members) for g in result.groups}
    assert groups == {frozenset({("a", 0), ("b", 1)}), frozenset({("a", 1), ("b", 0)})}


def test_a_live_blogs_update_of_a_tally_is_another_fact() -> None:
    # reader K (session 27, two copies of one AP live blog): the 8 p.m. and the 9 p.m.
    # tallies share two of their three figures; they were one group 'same' 75.5 with Kasich
    # at 129 and at 63 and no conflict shown. Each update is a fact both reports give.
    lines = ("Ted Cruz has 370 delegates, Kasich has 129 and Rubio left the race with 163.",
             "Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63.")
    cfg = config.defaults()
    a, b = analyse([Article(aid, f"report {aid}", " ".join(text), Origin(f"{aid}.txt"))
                    for aid, text in (("a", lines), ("b", lines))], cfg)
    result = compare([a, b], cfg)
    groups = {frozenset((m.article, m.statement) for m in g.members) for g in result.groups}
    assert groups == {frozenset({("a", 0), ("b", 0)}), frozenset({("a", 1), ("b", 1)})}
    assert {g.tier for g in result.groups} == {"same"}


def test_a_group_of_wire_copy_is_marked_as_one_source() -> None:
    # reader K (session 27): two copies of one AP live blog made 60 of 67 groups 'said by
    # more than one report', as if two outlets had found the same facts on their own
    from newsdigest.render.records import comparison_parts, comparison_rows

    copy = ("The storm destroyed more than 200 homes along the coast on Sunday night, "
            "officials said.")
    cfg = config.defaults()
    a, b = analyse([Article("a", "Storm", copy + " Nearly 5,000 people in Bay County lost power "
                            "after the storm.", Origin("a.txt")),
                    Article("b", "Storm", copy + " The storm left nearly 5,000 people in Bay "
                            "County without power.", Origin("b.txt"))], cfg)
    result = compare([a, b], cfg)
    wire = {g.members[0].text: g.wire for g in result.groups}
    assert wire == {copy: True, "Nearly 5,000 people in Bay County lost power after the storm.":
                    False}  # the same fact in the outlets' own words
    records = [r for r in comparison_parts(result) if r["type"] == "group"]
    assert [r["wire"] for r in records] == [g.wire for g in result.groups]
    assert {r["wire"] for r in comparison_rows(result) if r["type"] == "group"} == set(
        wire.values())
    from newsdigest.render import view
    from newsdigest.render.records import COMPARE_COLUMNS
    from newsdigest.render.text import delimited_lines

    assert "2 statement groups shared (1 wire copy)" in view.summary(result)
    lines = list(delimited_lines(comparison_rows(result), COMPARE_COLUMNS))
    assert lines[0].rstrip().endswith(",wire")
    assert sorted(line.rstrip().rsplit(",", 1)[1] for line in lines
                  if line.startswith("group,")) == ["false", "false", "true", "true"]


def test_reports_of_the_earliest_day_each_say_what_they_alone_have() -> None:
    # reader K (session 27): two copies of an AP live blog of one day were both 'first', and
    # nothing said that the later copy had 17 statements the other lacked
    from newsdigest.render import view

    copy = ("The storm destroyed more than 200 homes along the coast on Sunday night, "
            "officials said.")
    cfg = config.defaults()
    a, b, c = analyse([
        Article("a", "Storm", copy, Origin("a.txt"), date="2016-03-15"),
        Article("b", "Storm", copy + " Rescue crews pulled a family of four from a flooded "
                "basement in Bay County.", Origin("b.txt"), date="2016-03-15"),
        Article("c", "Storm", copy + " Insurers expect claims to top $1 billion, an industry "
                "group said.", Origin("c.txt"), date="2016-03-16")], cfg)
    got = view.additions(compare([a, b, c], cfg))
    assert [what for _, _, what in got] == [
        "first, the same day as B: nothing of its own",
        "first, the same day as A: 1 statement of its own",
        "adds 1 statement of its own"]


def test_thresholds_decide_the_tiers() -> None:
    strict = config.defaults().replace({"match.same": 100.0, "match.link": 99.0}, "test")
    result = compare([A, B], strict)
    assert result.groups == ()
    assert len(result.unique) == len(A.statements) + len(B.statements)


def test_too_few_articles_and_too_many_statements_are_clear_errors() -> None:
    with pytest.raises(UsageError):
        compare([A], config.defaults())
    small = config.defaults().replace({"limits.max_statements": 5}, "test")
    with pytest.raises(LimitError, match="cluster"):
        compare([A, B], small)


def test_conflicts_show_both_statements_and_never_a_year_against_a_count() -> None:
    a = make_analysis("a", "Smith has led the party since 2002, officials said.",
                      "The party, founded in 1998, has 1.6 million members.")
    b = make_analysis("b", "Smith has led the party since 2003.",
                      "The party has 1.6 million members and 48 offices, it said in 2016.")
    result = compare([a, b], config.defaults())
    figures = [c for c in result.conflicts if c.kind == "figure"]
    assert [c.detail for c in figures] == ["since 2002 vs since 2003"]
    assert {(m.article, m.statement) for m in figures[0].members} == {("a", 0), ("b", 0)}


def test_fragments_join_no_group() -> None:
    a = make_analysis("a", "Lindsay Lohan checked into the Betty Ford Center on Thursday.", "ET")
    b = make_analysis("b", "Lindsay Lohan has checked into the Betty Ford Center.", "ET")
    result = compare([a, b], config.defaults())
    grouped = {(m.article, m.statement) for g in result.groups for m in g.members}
    assert ("a", 0) in grouped and ("a", 1) not in grouped and ("b", 1) not in grouped


def test_the_leads_figures_disagree_even_when_the_leads_were_not_aligned() -> None:
    # ECB+ 24_ecb: one theft told as $137 million and as $108 million in two leads the
    # matcher did not align; the second statements, background, are not compared
    x = make_analysis("x", "Four armed robbers dressed as women made off with $137-million of "
                      "diamonds and jewels from a famed Paris store.",
                      "The store was robbed by three gunmen in 2007.")
    y = make_analysis("y", "Armed robbers snatched $108 million worth of diamond rings, "
                      "necklaces and luxury watches from a Harry Winston boutique on a posh "
                      "Paris avenue.", "Police said five gunmen took part in 2007.")
    result = compare([x, y], config.defaults())
    leads = [c for c in result.conflicts if c.kind == "figure"
             and {(m.article, m.statement) for m in c.members} == {("x", 0), ("y", 0)}]
    assert leads and "137" in leads[0].detail and "108" in leads[0].detail
    assert not any({m.statement for m in c.members} == {1} for c in result.conflicts)


def test_statements_printing_one_shared_quotation_are_one_fact() -> None:
    # one report quotes four words inside its own sentence, the other the whole quotation:
    # few other words in common (a link below match.group), the same quotation (the quote
    # ledger's), so one group
    from newsdigest.model import Quote

    a = make_analysis(
        "a", "On Tuesday’s episode of the breakfast radio program, the former senator and "
             "current candidate for governor said she wanted to speak “directly to rural "
             "voters” about the closures.",
        "Rural voters in the north have lost three hospitals in two years.",
        "Smith said rural voters deserved better.",
        "“It's tough.”",
        quotes=(Quote("directly to rural voters", "Jane Smith", 0, "direct"),
                Quote("It's tough.", "Jane Smith", 3, "direct")))
    b = make_analysis(
        "b", "“Maybe I can, by speaking directly to rural voters, say, look, we hear you,” "
             "she told the host.",
        "On the breakfast radio program on Tuesday, Smith criticized the state's health "
        "department for closing three hospitals.",
        "Rural voters backed her opponent by 20 points in 2022.",
        "“It's tough.”",
        quotes=(Quote("Maybe I can, by speaking directly to rural voters, say, look, we hear you",
                      "Jane Smith", 0, "direct"),
                Quote("It's tough.", "Jane Smith", 3, "direct")))
    result = compare([a, b], config.defaults())
    groups = [{(m.article, m.statement) for m in g.members} for g in result.groups]
    assert {("a", 0), ("b", 0)} in groups
    # a statement of two words joins no group, however it is quoted
    assert not any(("a", 3) in g for g in groups)
    assert len(result.shared_quotes) == 2


def test_a_pair_the_matcher_calls_the_same_statement_is_grouped() -> None:
    # ECB+ 16_ecb: two leads the matcher scores above match.same (64) whose link score fell
    # below match.group (18.6): a reader saw them as one statement in one view, apart in
    # the other
    one = make_analysis(
        "one", "Two possible gang members were arrested in the fatal shooting of a sheriff's "
               "deputy who was murdered as he was getting ready to go to work, officials "
               "announced Saturday.", "The weather was fine.")
    two = make_analysis(
        "two", "Two male gang members whose names remain unreleased were arrested last night "
               "in the case of the murder of Los Angeles County Sheriff's Deputy Juan Abel "
               "Escalante which took place outside his Cypress Park home this August 2nd as "
               "he prepared to leave for work.", "Police gave no further details.")
    conf = config.defaults()
    result = compare([one, two], conf)
    assert [{(m.article, m.statement) for m in g.members} for g in result.groups] == [
        {("one", 0), ("two", 0)}]
    assert result.groups[0].score >= conf.match.group


def test_two_statements_quoting_the_same_short_phrase_are_one_fact() -> None:
    # political coverage: "extremely careless" in both, too short for the quote ledger, the
    # rest worded apart; a film title in quotation marks says nothing
    a = make_analysis(
        "a", "He called her handling of highly sensitive information “extremely careless,” "
             "and said any reasonable person should have known better.",
        "Jackman also starred in “The Prestige” last year.",
        "The inquiry had run for a year.")
    b = make_analysis(
        "b", "On Tuesday, the director announced that Clinton was “extremely careless” with "
             "classified material but recommended no charges.",
        "The actor is best known for “The Prestige” among critics.",
        "Lawmakers met on Thursday.")
    groups = [{(m.article, m.statement) for m in g.members}
              for g in compare([a, b], config.defaults()).groups]
    assert {("a", 0), ("b", 0)} in groups
    assert not any(("a", 1) in g for g in groups)


def test_statements_printing_one_quotation_are_the_same_whatever_they_add() -> None:
    """PolNeAR (reader F): two outlets print David Axelrod's tweet word for word, one with a
    clause of its own around it; the group was only 'related' (the pair's paraphrase score is
    low for the added clause)."""
    a, b = analyse([
        Article("a", "Clinton repeats attack", "Clinton repeated her attack on Sanders over "
                "the auto bailout at the debate.\n\n“She did it again and I’ll say it again. "
                "It’s misleading to imply that TARP II was an auto bailout bill,” Axelrod "
                "tweeted during the debate.", Origin("a")),
        Article("b", "Sanders attacked again", "The former secretary of state went after "
                "Sanders on the auto industry again.\n\nBut almost immediately after she "
                "did, David Axelrod, who was senior adviser to President Obama, weighed in on "
                "Twitter: “She did it again and I’ll say it again. It’s misleading to imply "
                "that TARP II was an auto bailout bill.”", Origin("b"))])
    result = compare([a, b], config.defaults())
    quoted = [g for g in result.groups if {(m.article, m.statement) for m in g.members}
              == {("a", 1), ("b", 1)}]
    assert [g.tier for g in quoted] == ["same"]


def _deal_reports(title_a: str | None, title_b: str | None) -> list[Analysis]:
    a = make_analysis(
        "a", "Microsoft agreed to buy the games maker Activision for $2.5 billion on Monday.",
        "The chief executive will stay on after the takeover.",
        "Shares of the games maker rose 12% in early trading in New York.", title=title_a)
    b = make_analysis(
        "b", "Regulators in Brussels are expected to look closely at the deal.",
        "Shares of the games maker jumped 12% in early New York trading.", title=title_b)
    return [a, b]


def test_a_headline_joins_the_group_of_the_fact_it_tells() -> None:
    # B tells the deal in its headline alone: the headlines group with A's lead
    reports = _deal_reports("Microsoft to buy games maker Activision for $2.5 billion",
                            "Microsoft buys games maker Activision in $2.5 billion deal")
    result = compare(reports, config.defaults())
    deal = next(g for g in result.groups if ("a", 0) in {(m.article, m.statement)
                                                         for m in g.members})
    heads = {m.article: m for m in deal.members if m.statement == HEADLINE}
    assert set(heads) == {"a", "b"}
    assert heads["b"].text == reports[1].article.title and heads["b"].where == "headline"
    # a headline is no statement: never 'only in' one report, and every statement is still
    # either grouped or listed as what its report alone says
    assert all(m.statement != HEADLINE for m in result.unique)
    grouped = {(m.article, m.statement) for g in result.groups for m in g.members
               if m.statement != HEADLINE}
    assert len(grouped) + len(result.unique) == sum(len(r.statements) for r in reports)


def test_headlines_leave_the_statements_groups_as_they_are() -> None:
    def statements(titles: tuple[str | None, str | None]
                   ) -> list[tuple[str, list[tuple[str, int]]]]:
        result = compare(_deal_reports(*titles), config.defaults())
        return [(g.tier, kept) for g in result.groups if len(kept := [
            (m.article, m.statement) for m in g.members if m.statement != HEADLINE]) > 1]

    titled = ("Microsoft to buy games maker Activision for $2.5 billion",
              "Games maker stock jumps 12% as investors cheer")
    # the same groups of statements, of the same tiers ('same': the shares rose 12 %, however
    # B's headline words it)
    assert statements(titled) == statements(("", "")) == [("same", [("a", 2), ("b", 1)])]
    headlines = {m.article for g in compare(_deal_reports(*titled), config.defaults()).groups
                 for m in g.members if m.statement == HEADLINE}
    assert headlines == {"b"}  # B's headline joined the shares group, A's found no partner
    # a headline too short to be a statement, or one a statement repeats, takes no part
    for title in ("Breaking news", "Shares of the games maker rose 12% in early trading in "
                                   "New York."):
        result = compare(_deal_reports(title, None), config.defaults())
        assert all(m.statement != HEADLINE or m.article != "a"
                   for g in result.groups for m in g.members)


def test_headlines_join_the_lead_they_sum_up_before_a_statement_alone() -> None:
    # reader J (session 26, 27_ecb): four headlines 'Microsoft releases emergency patch for
    # IE' grouped with one report's 'Microsoft's patch is for users of IE version 5 and up.'
    # while the three leads telling the patch stood in a group of their own
    a = make_analysis(
        "a", "Microsoft on Wednesday released an emergency patch to fix a software flaw that "
             "lets hackers hijack computers through Internet Explorer.",
        "Microsoft's patch is for users of IE version 5 and up.",
        title="Microsoft releases emergency patch for IE")
    b = make_analysis(
        "b", "Microsoft has released an emergency patch to fix a flaw in its Internet Explorer "
             "browser that hackers used to take over computers.",
        "Experts said the flaw was serious.",
        title="Microsoft releases emergency patch for IE browser")
    c = make_analysis(
        "c", "Microsoft released a critical security patch on Wednesday to plug a hole in "
             "Internet Explorer exploited by hackers.",
        "The company urged users to install the patch.",
        title="Microsoft issues patch for critical IE flaw")
    result = compare([a, b, c], config.defaults())
    lead = next(g for g in result.groups if ("a", 0) in {(m.article, m.statement)
                                                         for m in g.members})
    assert {(m.article, m.statement) for m in lead.members} == {
        (r, n) for r in "abc" for n in (HEADLINE, 0)}
    assert lead.tier == "same"  # the leads' tier: the headlines only sum them up
