"""Attribution rules of ``extract.quotes`` and ``extract.speakers`` on short made-up texts:
each test is one pattern of news style (who speaks, what counts as the reported clause)."""

from __future__ import annotations

from newsdigest.config import defaults
from newsdigest.extract import extract
from newsdigest.model import Article, Origin
from newsdigest.segment import segment

CONFIG = defaults()
Said = tuple[str, str | None, str | None, str]


def _said(text: str) -> list[Said]:
    article = Article("t", "Headline", text, Origin("test"))
    return [(q.kind, q.speaker, q.cue, q.text)
            for q in extract(article, segment(article), CONFIG).quotes]


def _speakers(text: str) -> list[str | None]:
    return [q[1] for q in _said(text)]


def test_party_and_state_in_parentheses_after_the_quote() -> None:
    got = _said('Claire McCaskill spoke after the debate.\n\n"Mitt Romney was prepared and '
                'qualified," Sen. Claire McCaskill (D-Mo.) said.')
    assert got == [("direct", "Claire McCaskill", "said", "Mitt Romney was prepared and qualified")]


def test_speaker_after_several_appositives() -> None:
    got = _said('"It is an invasion of the state regulatory domain," Scott Pruitt, the '
                "attorney general of Oklahoma, one of the states suing the agency, said.")
    assert got[0][1] == "Scott Pruitt"


def test_participle_speaks_for_the_subject_of_the_main_clause() -> None:
    got = _said('During a national security speech, Donald Trump attacked Hillary Clinton for '
                'her record, saying, "She is trigger-happy and very unstable."')
    assert got[0][:3] == ("direct", "Donald Trump", "saying")
    got = _said("Authorities announced the arrest of a man on Friday and said a curfew would "
                "continue through the weekend.")
    assert got == [("reported", "Authorities", "said",
                    "a curfew would continue through the weekend")]


def test_a_second_speech_verb_ends_the_reported_clause() -> None:
    got = _said("Nick Merrill says Alicia Machado promised to keep campaigning and said she "
                "would stand up to the attacks.")
    assert [g[3] for g in got] == ["Alicia Machado promised to keep campaigning",
                                   "she would stand up to the attacks"]


def test_urged_and_asked_report_what_was_asked() -> None:
    assert _said("Lindsey Graham urged Republicans to join the ranks of climate believers.") == [
        ("reported", "Lindsey Graham", "urged",
         "Republicans to join the ranks of climate believers")]
    assert _said("Scott Conroy asked Bernie Sanders whether questions about his age were fair.")[
        0][3] == "whether questions about his age were fair"
    assert _said("One dealer, who asked not to be named, said sales were weak.") == [
        ("reported", "One dealer", "said", "sales were weak")]


def test_that_clause_after_a_time_phrase() -> None:
    assert _said("Bill Stenger announced in a statement this month that he had reached a "
                 "settlement.")[0][3] == "he had reached a settlement"
    assert _said("The company told the BBC at that time that it had not negotiated with "
                 "anyone.")[0][3] == "it had not negotiated with anyone"


def test_said_no_is_a_clause_and_said_yes_is_not() -> None:
    assert _said("David Schulz said no decision had been made about an appeal.")[0][3] == (
        "no decision had been made about an appeal")
    assert _said("Everyone but Hewlett said yes.") == []


def test_progressive_and_relative_subjects() -> None:
    assert _speakers("Donald Trump is warning voters that the election is rigged.") == [
        "Donald Trump"]
    got = _said("Tony Blair, who last year denied he planned to convert, said abortion was a "
                "difficult issue.")
    assert [g[1] for g in got] == ["Tony Blair", "Tony Blair"]
    assert got[0][2] == "denied"  # a denial stays a denial


def test_two_speakers_joined_take_the_first() -> None:
    text = ("Charles Grassley and Patrick Leahy wrote the bill.\n\n"  # no speech: an object
            "Mr. Grassley and Mr. Leahy said developers had abused the program.")
    assert _speakers(text) == ["Charles Grassley"]


def test_pronoun_takes_a_person_of_its_gender() -> None:
    text = ("Donald Trump spoke in Michigan on Friday. He said the race was close.\n\n"
            "Hillary Clinton answered on Twitter. She called it sad.\n\n"
            '"Working that microphone was harder than working Crooked Hillary," he says.')
    assert _speakers(text)[-1] == "Donald Trump"


def test_title_alone_is_never_a_speaker() -> None:
    assert all(s not in ("Rep.", "Rep", "Mr.", "Sen.")
               for s in _speakers('"We will vote no," Rep. said.'))


def test_a_quotation_left_open_ends_at_the_paragraph() -> None:
    text = ('"We will win this state and the next one, Steve Pond said.\n\n'
            "The campaign spent two million dollars on advertising in March.\n\n"
            "Polls closed at eight in the evening.")
    assert all("advertising" not in q[3] and "Polls" not in q[3] for q in _said(text))


def test_a_quotation_goes_on_into_the_next_paragraph_with_a_new_mark() -> None:
    text = ('Steve Pond spoke to reporters.\n\n"We will win this state," he said. "And we will '
            'win the next one.\n\n"Nobody can stop us now that the campaign is moving."')
    got = _said(text)
    assert got[-1] == ("direct", "Steve Pond", "said",
                       "Nobody can stop us now that the campaign is moving.")


def _said_with_title(title: str, text: str) -> list[tuple[str | None, str, int]]:
    article = Article("t", title, text, Origin("test"))
    return [(q.speaker, q.text, q.statement)
            for q in extract(article, segment(article), CONFIG).quotes]


def test_headline_quote_found_and_pointing_to_the_statement_telling_it() -> None:
    title = "Trump Says He Never Pledged To Kill Family Members Of Terrorists"
    text = ("Donald Trump spoke in Ohio on Monday.\n\n"
            "Mr. Trump said he had never pledged such a thing to anyone.")
    got = _said_with_title(title, text)
    assert got[0] == ("Donald Trump", "He Never Pledged To Kill Family Members Of Terrorists", 1)
    assert len(got) == 2  # the body's own report is listed too
    same = text.replace("such a thing to anyone", "to kill family members of terrorists")
    got = _said_with_title(title, same)  # the body quotes the same words: listed once
    assert all(g[1] != "He Never Pledged To Kill Family Members Of Terrorists" for g in got)


def test_headline_repeated_as_the_first_statement_is_read_once() -> None:
    title = "Sanders says he is riding momentum."
    got = _said_with_title(title, title + "\n\nBernie Sanders spoke in Iowa on Sunday.")
    assert [g[1] for g in got] == ["he is riding momentum"]


def test_headline_speaker_before_a_colon() -> None:
    text = "John Kasich spoke in Ohio.\n\nHe said he would stay in the race."
    got = _said_with_title("Kasich: ‘We Are Going All The Way To Cleveland’", text)
    assert got[0][:2] == ("John Kasich", "We Are Going All The Way To Cleveland")


def test_name_in_apposition_after_a_role_speaks() -> None:
    got = _said("IBM's senior vice president of technology and manufacturing, Nick Donofrio, "
                "believes that the chips will sell well.")
    assert got == [("reported", "Nick Donofrio", "believes", "the chips will sell well")]
    got = _said("Michael Seaman, who lives outside the state capital, Sacramento, said he "
                "still prays for a win.")
    assert got[0][1] == "Michael Seaman"


def test_attribution_inside_a_clause_gives_one_quote() -> None:
    text = "The economy, the minister said, is recovering faster than expected"
    assert _said(text + ".") == [("reported", "the minister", "said", text)]
    text = "The economy, Jane Smith said on Monday, is recovering faster than expected"
    assert _said(text + ".")[0][1:] == ("Jane Smith", "said", text)
    got = _said("He was unable to find a taker, he said, on condition of anonymity.")
    assert got[0][3] == "He was unable to find a taker"  # the rest does not go on with it


def test_according_to_without_a_comma() -> None:
    assert _said("The plan would cost $1.4 trillion a year according to the Tax Policy "
                 "Center.") == [("reported", "Tax Policy Center", "according to",
                                 "The plan would cost $1.4 trillion a year")]
    assert _said("Prices are set according to the market.") == []


def test_aides_to_a_person_are_not_that_person() -> None:
    text = ("Hillary Clinton spoke on Monday. Aides to Clinton say she is shifting her tack "
            "toward Bernie Sanders.")
    assert _said(text) == [("reported", "Aides to Clinton", "say",
                            "she is shifting her tack toward Bernie Sanders")]
    assert _speakers("Advisers to Mr. Obama say the president has grown tired.") == [
        "Advisers to Mr. Obama"]
    assert _said("He plans to say the race is over.") == []


def test_a_question_put_to_someone_has_no_speaker() -> None:
    got = _said("When asked whether he would close the border, Rubio said no.")
    assert got[0] == ("reported", None, "asked", "whether he would close the border")
    assert _said("Asked who was the closest ally, most voters named Britain.")[0][1:] == (
        None, "asked", "who was the closest ally")
    assert _speakers("A reporter asked whether the plan differed from the last one.") == [
        "A reporter"]


def test_name_in_apposition_after_a_description_speaks() -> None:
    got = _said('"That would have been the fairer thing to do," the White House press '
                "secretary, Josh Earnest, said.")
    assert got == [("direct", "Josh Earnest", "said",
                    "That would have been the fairer thing to do")]


def test_a_comparison_after_a_figure_ends_the_reported_clause() -> None:
    got = _said("Now, 52 percent said Mr. Trump would be better, compared with 41 percent for "
                "Mrs. Clinton.")
    assert got == [("reported", "52 percent", "said", "Mr. Trump would be better")]


def test_a_pronoun_and_speech_verb_after_a_comma_open_a_new_report() -> None:
    got = _said("The senator admitted that while the server was never central to the inquiry, "
                "he argued the inquiry needed the emails.")
    assert got[0][3] == "while the server was never central to the inquiry"


def test_who_said_after_an_inverted_attribution() -> None:
    got = _said('"They just do not understand the military," said Army Capt. Christian Pardo, '
                "who said he would not vote for either candidate.")
    assert got[1] == ("reported", "Christian Pardo", "said",
                      "he would not vote for either candidate")


def test_an_opening_phrase_with_several_commas_is_not_the_speaker() -> None:
    got = _said("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed "
                "Mrs. Clinton, saying that she would make an outstanding president.")
    assert got == [("reported", "Bernie Sanders", "saying",
                    "she would make an outstanding president")]


def test_an_adverb_of_manner_after_an_appositive_is_not_the_speaker() -> None:
    got = _said("Marc Morial, the chief executive of the National Urban League, forcefully told "
                "reporters that not voting was not a strategy.")
    assert got[0][:2] == ("reported", "Marc Morial")
    assert _said("The family said the funeral would be private.")[0][3] == (
        "the funeral would be private")
