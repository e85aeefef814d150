"""Golden renders of the terminal views at fixed widths (no colour), and the guarantee that
text from articles is shown literally: Rich markup and escape sequences are never
interpreted."""

from __future__ import annotations

import pytest

from newsdigest.render.tables import comparison_view, digest_panel

from .render import (
    check_golden,
    render,
    sample_comparison,
    sample_comparison_four,
    sample_digest,
)


@pytest.mark.parametrize("width", [100, 80, 40])
def test_comparison_view_golden(width: int) -> None:
    check_golden(f"compare_{width}.txt", render(comparison_view(sample_comparison()), width))


@pytest.mark.parametrize("width", [100, 80])
def test_digest_panel_golden(width: int) -> None:
    check_golden(f"digest_{width}.txt", render(digest_panel(sample_digest()), width))


def test_views_fit_in_80_columns() -> None:
    for view in (comparison_view(sample_comparison()), digest_panel(sample_digest())):
        assert max(len(line) for line in render(view, 80).splitlines()) <= 80


def test_article_markup_and_escapes_are_shown_literally() -> None:
    out = render(digest_panel(sample_digest()), 200)
    assert "\x1b" not in out.replace("\x1b[0m", "")  # only Rich's own resets, if any
    out = render(comparison_view(sample_comparison()), 200)
    assert "[bold]fake[/bold]" in out
    assert "\\x1b[31m" in out  # made visible, not sent to the terminal


def test_comparison_view_shows_event_check_groups_unique_and_conflicts() -> None:
    out = render(comparison_view(sample_comparison()), 100)
    assert out.index("Same event") < out.index("Reports side by side") \
        < out.index("Said by more than one report") < out.index("Only in A") \
        < out.index("Disagreements") < out.index("Quotes: 1 shared")
    assert "figure (group 2): 30% vs 25%" in out
    assert "Quotes: 1 shared, 0 in one report only" in out


@pytest.mark.parametrize("width", [80, 40])
def test_four_reports_no_word_is_cut(width: int) -> None:
    out = render(comparison_view(sample_comparison_four()), width)
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    words = " ".join(out.split())
    for name in ("The International Herald Broadcasting Corporation", "articles.latimes.com",
                 "thehollywoodgossip.com", "internationalisation"):
        assert name in words  # whole, on one line or wrapped at a space


def test_side_by_side_at_80_stacked_at_40() -> None:
    wide = render(comparison_view(sample_comparison()), 80)
    narrow = render(comparison_view(sample_comparison()), 40)
    assert any("A Wire A" in line and "B Wire B" in line for line in wide.splitlines())
    assert not any("A Wire A" in line and "B Wire B" in line for line in narrow.splitlines())
    assert "Reports side by side" in wide and "Reports side by side" not in narrow


def test_each_statement_and_quote_printed_once() -> None:
    out = render(comparison_view(sample_comparison()), 200)
    assert out.count("We are ready to cooperate on an equal footing") == 1
    assert out.count("Trade between the two countries fell 30%") == 1
    assert out.count("The ministers discussed arms control and Syria.") == 1


def test_outlet_is_never_a_bare_file_id() -> None:
    from newsdigest.model import Article, Origin
    from newsdigest.render.view import outlet, published

    art = Article("000_0e89ee0f3769bdb9", "Lavrov says he and Pompeo agreed steps", "x",
                  Origin("seeds/000_0e89ee0f3769bdb9.txt"))
    assert outlet(art) == "Lavrov says he and Pompeo"
    assert outlet(Article("x", "t", "b", Origin("p"), url="https://www.bbc.co.uk/news/1")) \
        == "bbc.co.uk"
    assert outlet(Article("x", "", "b", Origin("p"))) == "untitled report"
    assert published(Article("x", "t", "b", Origin("p"),
                             date="UPDATED 05 / 03 / 2013 at 11: 00 AM EDT")) == "2013-05-03"


def test_digest_panel_shows_what_the_input_says_of_the_article() -> None:
    from dataclasses import replace

    d = sample_digest()
    art = replace(d.analysis.article, date="UPDATED 05 / 03 / 2013 at 11: 00 AM EDT",
                  url="https://example.org/a", author="Jane Roe")
    out = render(digest_panel(replace(d, analysis=replace(d.analysis, article=art))), 100)
    assert "Published 2013-05-03" in out  # ISO 8601, not the page's words
    assert "https://example.org/a" in out and "Jane Roe" in out


def test_a_shared_quotation_shows_every_speaker_its_reports_name() -> None:
    """Reports that give the same words to two people show both, a name before a
    description; two forms of one name are one speaker (ECB+ 35_ecb, 27_ecbplus)."""
    from newsdigest.model import Member
    from newsdigest.render.view import _speaker_of

    words = "We're aware of the off-the-field issue involving Vincent"
    assert _speaker_of([Member("a", 1, words, "A.J. Smith"), Member("b", 2, words, "A.J. Smith"),
                        Member("c", 3, words, "A.J. Butler")]) == "A.J. Smith / A.J. Butler"
    assert _speaker_of([Member("a", 1, words, "the company"),
                        Member("b", 2, words, "Dustin Childs")]) == "Dustin Childs / the company"
    assert _speaker_of([Member("a", 1, words, "Jackson"),
                        Member("b", 2, words, "Vincent Jackson")]) == "Vincent Jackson"
    assert _speaker_of([Member("a", 1, words), Member("b", 2, words)]) == "unknown speaker"


def test_a_disagreement_outside_the_groups_is_not_called_a_quote() -> None:
    """Two ages of one person (or two nearly identical statements in two groups) disagree
    apart from any group: the view says so, not 'quote' (ECB+ 23_ecbplus)."""
    from dataclasses import replace

    from newsdigest.model import Conflict, Member

    c = sample_comparison()
    apart = Conflict("figure", None, "31-year-old vs 32",
                     (Member(c.articles[0].article.id, 0, "31-year-old Robert Buckley fell."),
                      Member(c.articles[1].article.id, 0, "Robert Buckley, 32, fell.")))
    said = Conflict("quote", None, 'worded differently: "a" vs "b"', apart.members)
    out = render(comparison_view(replace(c, conflicts=(apart, said))), 100)
    assert "figure (apart): 31-year-old vs 32" in out
    assert "figure (quote)" not in out


def test_markdown_comparison_names_the_statements_of_each_disagreement() -> None:
    """Markdown (for notes and issue trackers) shows what the terminal view shows of the
    disagreements and quotations: where, the two statements and their reports; it listed
    only 'figure: 30% vs 25%'."""
    from newsdigest.render.markdown import comparison_markdown

    c = sample_comparison()
    out = comparison_markdown(c)
    k = next(k for k in c.conflicts if k.detail == "30% vs 25%")
    line = out.index("- **figure** (group 2): 30% vs 25%")
    for m in k.members:
        assert out.index(f"  - {m.article.replace('_', chr(92) + '_')} [{m.statement}]: ",
                         line) > line
    assert "### Quotes: 1 shared, 0 in one report only" in out


def test_markdown_merges_reasons_that_differ_only_in_their_report() -> None:
    from dataclasses import replace

    from newsdigest.render.markdown import comparison_markdown

    c = sample_comparison()
    a, b = (x.article.id for x in c.articles[:2])
    check = replace(c.event_check, reasons=(f"place unknown in {a}", f"place unknown in {b}",
                                            f"{a}/{b} weighed for one event: leads alike"))
    out = comparison_markdown(replace(c, event_check=check))
    esc = [x.replace("_", "\\_") for x in (a, b)]
    assert f"- place unknown in {esc[0]}, {esc[1]}\n" in out
    assert f"- {esc[0]}/{esc[1]} weighed for one event: leads alike\n" in out


def test_markdown_numbers_group_members_and_names_a_split_quotation_once() -> None:
    from dataclasses import replace

    from newsdigest.model import Member
    from newsdigest.render.markdown import comparison_markdown

    c = sample_comparison()
    aid = c.articles[0].article.id
    split = (Member(aid, 3, "Part one of it,", "Jane Roe"), Member(aid, 3, "and part two.",
                                                                  "Jane Roe"))
    out = comparison_markdown(replace(c, lone_quotes=split))
    assert (f"- **Jane Roe** {aid.replace('_', chr(92) + '_')}: [3] “Part one of it,” “and part "
            "two.”") in out
    assert "[3] [3]" not in out
    g = c.groups[0]
    assert f"[{g.members[0].statement}] " in out.split("### Aligned statements")[1]


def test_the_quote_ledger_gives_each_quotations_words_beside_its_number() -> None:
    """Readers of political coverage could not tell whose words were filed under a speaker
    from the statement numbers alone: each quotation's opening words follow its number, in
    full when its statement is printed nowhere else."""
    from dataclasses import replace

    from newsdigest.model import Member
    from newsdigest.render.markdown import comparison_markdown
    from newsdigest.render.view import shown_statements

    c = sample_comparison()
    aid = c.articles[0].article.id
    shown = next(k for a, k in sorted(shown_statements(c)) if a == aid)
    long = "if everyone had voted as he voted, we would not have rescued the auto industry"
    quotes = (Member(aid, shown, long, "Hillary Clinton"),
              Member(aid, 99, "Thank you, and may the Force be with you.", "Hillary Clinton"))
    out = comparison_markdown(replace(c, lone_quotes=quotes))
    assert (f"[{shown}] “if everyone had voted as he voted, we…” [99] “Thank you, and may the "
            "Force be with you.”") in out


def test_the_quotes_row_counts_direct_quotations_as_the_summary_does() -> None:
    """Readers Q and R: the summary said "3 quotes" while a report's row said "5 (3 direct)":
    the row counted reported speech too, unnamed. It names both now."""
    from dataclasses import replace

    from newsdigest.model import Quote
    from newsdigest.render.view import digest_facts

    a = sample_comparison().articles[0]
    quotes = (Quote("We will win this", "Jane Roe", 0), Quote("they would win", "Jane Roe", 0,
                                                               "reported"))
    assert digest_facts(replace(a, quotes=quotes))["Quotes"] == "1 direct, 1 reported"
    assert digest_facts(replace(a, quotes=quotes[:1]))["Quotes"] == "1"


def test_a_statement_kept_whole_over_a_line_break_is_printed_on_one_line() -> None:
    """ECB+ 18_ecb: 'Police Const.\\nTim Fanning said …' (a sentence the copy broke after an
    abbreviation) was printed broken over two lines in the groups."""
    import newsdigest
    from newsdigest.model import Article, Origin

    a = Article("a", "Shooting", "A gunman killed a man at a party on Friday, police said.\n"
                "Police Const.\nTim Fanning said the gunman surrendered after two hours.",
                Origin("a"))
    b = Article("b", "Party", "A man was shot dead at a Christmas party on Friday.\nThe gunman "
                "surrendered after two hours, Const. Tim Fanning said.", Origin("b"))
    out = render(comparison_view(newsdigest.compare([a, b])), 200)
    assert "Police Const. Tim Fanning said the gunman surrendered" in out


def test_a_headline_member_is_shown_as_the_headline() -> None:
    from newsdigest import config
    from newsdigest.comparison import compare
    from newsdigest.render.records import comparison, comparison_rows

    from .test_compare import _deal_reports

    c = compare(_deal_reports("Microsoft to buy games maker Activision for $2.5 billion",
                              "Microsoft buys games maker Activision in $2.5 billion deal"),
                config.defaults())
    out = render(comparison_view(c), 100)
    assert "[headline] Microsoft buys games maker Activision" in out
    members = [m for g in comparison(c)["groups"] for m in g["members"]]
    assert {m["statement"] for m in members if m["text"].startswith("Microsoft buys")} == {-1}
    assert any(r["type"] == "group" and r["statement"] == -1 for r in comparison_rows(c))
