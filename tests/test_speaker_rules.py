"""Who speaks, rule by rule (``extract.speakers``, ``subjects``, ``reported``, ``quotes``): a
made-up sentence in, the speaker a reader of the digest would see out."""

from __future__ import annotations

from tests.test_quote_rules import _analysis
from tests.test_quote_rules import _said as _quotes

Said = tuple[str | None, str | None, str]  # speaker, cue, text


def _said(text: str) -> list[Said]:
    return [(speaker, cue, quoted) for _kind, speaker, cue, quoted in _quotes(text)]


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote holding ``words``."""
    return next(s for s, _c, t in _said(text) if words in t)


def test_pronoun_after_a_name_the_tagger_may_miss_known_by_a_title() -> None:
    text = ("Rep. Sean Duffy (R-Wisc.) also addressed the controversy when introducing Pence "
            "Thursday.\n\n“Maybe not literally, but if you look at the policies, they set the "
            "policy up,” he said.")
    assert _speaker_of(text, "Maybe not literally") == "Sean Duffy"


def test_pronoun_after_a_reported_speaker_with_a_given_name() -> None:
    text = ("Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both "
            "the candidate and the speaker.\n\n“I don’t think it’s do or die, any endorsement "
            "in particular,” he said.")
    assert _speaker_of(text, "do or die") == "Lee Zeldin"


def test_pronoun_goes_on_through_a_statement_whose_subject_is_the_same_pronoun() -> None:
    text = ("Donald Trump eased his tone. Asked on Fox News who leads the party, he said Ryan. "
            "“I would say Paul for the time being,” he said.")
    assert _speaker_of(text, "I would say Paul") == "Donald Trump"


def test_a_surname_alone_that_spoke_is_a_person_for_the_pronoun_after() -> None:
    text = ("Cruz openly admitted that his pick was politically motivated. “With an eye to "
            "February 20th, Carolina,” he said.")
    assert _speaker_of(text, "an eye to February") == "Cruz"


def test_told_never_puts_the_listener_in_the_speaker_place() -> None:
    said = _said("“The agents involved are under a lot of pressure,” an intelligence source, "
                 "who was not authorized to speak on the record, told Fox News.")
    assert said and all(s != "Fox News" for s, _c, _t in said)


def test_a_name_after_told_takes_no_role_from_the_words_before_it() -> None:
    text = ("President Barack Obama spoke on Monday. “We averted large-scale civilian "
            "casualties,” the president told The Atlantic’s Jeffrey Goldberg.")
    assert _speaker_of(text, "We averted") == "Barack Obama"


def test_present_tense_inverted_verb() -> None:
    assert _said('"I\'m a voter," declares Stephanie Acs, 27, a Navy veteran.') == [
        ("Stephanie Acs", "declares", "I'm a voter")]


def test_an_opening_phrase_is_no_speaker() -> None:
    assert _speaker_of("Beyond the security-camera footage, the affidavit cited interviews "
                       "with Fields and said that the detective had seen bruises.",
                       "seen bruises") == "the affidavit"
    assert _speaker_of("Just before the flight took off, the pilot needed to balance the "
                       "weight and asked for volunteers to move to the back.",
                       "volunteers") == "the pilot"


def test_a_plural_noun_after_a_determiner_is_no_verb_ending_the_subject() -> None:
    assert _speaker_of("Shortly after the announcement, the families of the company's founders "
                       "had mobilized, warning that the deal would decimate the company.",
                       "decimate") == "the families of the company's founders"


def test_states_the_noun_is_no_speech_verb() -> None:
    said = _said("Clinton has spent more than $77 million on advertising, largely targeting "
                 "voters in battleground states, according to Kantar Media’s ad tracker.")
    assert [s for s, _c, _t in said] == ["Kantar Media’s ad tracker"]
    assert _said("The affidavit states that the detective saw bruises on her arm.") == [
        ("The affidavit", "states", "the detective saw bruises on her arm")]


def test_what_was_urged_ends_before_the_reason_given_after_it() -> None:
    said = _said("Last month, the FBI warned state officials to boost their election security "
                 "after hackers targeted data systems in two states.")
    assert said == [("FBI", "warned", "state officials to boost their election security")]


def test_a_capitalised_will_or_a_source_speaking_to_an_outlet_is_a_speaker() -> None:
    assert _said("“This might hasten the eclipse of Carly Fiorina,” Will wrote.") == [
        ("Will", "wrote", "This might hasten the eclipse of Carly Fiorina")]
    who = _speaker_of("Another intelligence source speaking to Fox News said, “The agents are "
                      "investigating the donations.”", "investigating")
    assert who is not None and who.startswith("Another intelligence source")


def test_a_quotation_after_an_attribution_standing_alone_goes_on() -> None:
    said = _said("“I mean, he talks about unity, but what is this about unity?” Trump added "
                 "during his appearance on Fox and Friends. “With millions of people coming "
                 "into the party, obviously I’m saying the right thing.”")
    assert [s for s, _c, _t in said] == ["Trump", "Trump"]


def test_a_name_ending_in_ing_opens_no_participle_phrase() -> None:
    text = ("Boreing said the members will still meet for drinks, but said, “It’s time we "
            "change how we do it.”")
    assert _speaker_of(text, "time we change") == "Boreing"


def test_a_verb_closing_an_opening_clause_of_time_reports_nothing() -> None:
    said = _said("Later in the show, after the Sanders interview concluded, Maher stated that "
                 "the report “was not good.”")
    assert said and {s for s, _c, _t in said} == {"Maher"}


def test_speaker_before_a_party_tag_and_a_comma() -> None:
    text = ("After winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting "
            "ready to rent a covered wagon.”")
    assert _speaker_of(text, "covered wagon") == "John Kasich"
    assert _speaker_of('"We will win," Jeff Bechdel, chairman of America Rising (a Republican '
                       'PAC), said.', "We will win") == "Jeff Bechdel"


def test_a_participle_after_a_comma_speaks_for_the_subject() -> None:
    said = _said("Clinton celebrated in Florida with supporters, declaring it “another super "
                 "Tuesday for our campaign” and said it was another step.")
    assert ("Clinton", "declaring", "another super Tuesday for our campaign") in said


def test_inverted_verb_right_after_an_opening_phrase() -> None:
    assert _said('In other words, explained CBS moderator Nancy Cordes: "What does that have '
                 'to do with taking big donations?"')[0][:2] == ("Nancy Cordes", "explained")
    assert _said('But, said Solovey, "I do not want to drum up conflict."')[0][0] == "Solovey"
    text = ('In an interview, Steve Huhn, a former HP vice president of global sales, said '
            'Fiorina "was personally very heavily involved in all that discussion."')
    assert _speaker_of(text, "personally") == "Steve Huhn"


def test_this_before_a_noun_opens_a_speaker_phrase() -> None:
    assert _said('"Donald was the only supporter within Trump Tower," this source told the '
                 'Post.')[0][0] == "this source"


def test_a_long_name_of_an_institution_and_the_name_shown_without_it() -> None:
    said = _said('"Building a staged thermonuclear weapon would be a stretch for the North '
                 'Koreans," Jeffrey Lewis of the James Martin Center for Nonproliferation '
                 'Studies wrote in December.')
    assert said[0][:2] == ("Jeffrey Lewis", "wrote")
    assert _said('"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics '
                 'Association, told the BBC News website.')[0][:2] == ("Kirsten Pfeifer", "told")
    assert _said('"We will act," The Hollywood Chamber of Commerce said.')[0][0] == (
        "The Hollywood Chamber of Commerce")


def test_a_role_and_name_closed_by_a_comma_before_the_verb() -> None:
    said = _said('"If a person has 10 billion lira in investments this will suddenly '
                 'decrease," shop owner Hayriye Evren, told Associated Press.')
    assert said[0][:2] == ("Hayriye Evren", "told")



def test_a_name_with_a_suffix_is_the_person_the_article_names() -> None:
    said = _said("Ben Emmerson QC, representing seven of the detainees, said the men had "
                 "already been in custody. He said they had been given no idea when they would "
                 "be released.")
    assert [s for s, _c, _t in said] == ["Ben Emmerson", "Ben Emmerson"]


def test_a_description_and_name_before_an_appositive() -> None:
    said = _said("''We finally may be seeing some wage acceleration,'' the economist Jared "
                 "Bernstein, a former adviser in the Obama White House, wrote on his blog.")
    assert said[0][:2] == ("Jared Bernstein", "wrote")


def test_a_name_opening_a_speaker_phrase_before_where_they_work() -> None:
    text = ('"We found that kids love playing in surround sound," said Jay LeBoff from '
            "Hotseat.")
    assert _speaker_of(text, "surround sound") == "Jay LeBoff"


def test_a_quotation_without_a_cue_is_the_one_named_before_who_goes_on_to_speak() -> None:
    text = ('Tory Shadow Chancellor Oliver Letwin called Labour "a brilliant machine for talking '
            'about things" but said it did not deliver policies the country needs.')
    assert _speaker_of(text, "brilliant machine") == "Oliver Letwin"
    other = ('Jones called the plan "a disaster in the making for everyone", while Smith said '
             "it would work.")
    assert _speaker_of(other, "a disaster") is None


def test_words_a_subject_puts_on_someone_are_the_subjects() -> None:
    # PolNeAR: "calling him “…”", "is labeling … “…”", "She called … “…”" had no speaker
    text = ("Donald Trump held a press conference on Monday. In an incendiary press "
            "conference, Trump launched an attack against Obama, calling him “the most "
            "ignorant president in our history.”")
    assert _speaker_of(text, "most ignorant") == "Donald Trump"
    text = ("Mike Huckabee spoke on Monday. Former Arkansas Gov. Mike Huckabee, for his part, "
            "is labeling Obama’s actions “a blatant, belligerent abuse of power.”")
    assert _speaker_of(text, "belligerent abuse") == "Mike Huckabee"
    text = ("Hillary Clinton tweeted her thanks to the president. She called his executive "
            "actions “a crucial step forward on gun violence.”")
    assert _speaker_of(text, "crucial step") == "Hillary Clinton"
    # friends of someone describing her are not she
    text = ("Kathryn Jenkin was a student. Friends of Kathryn Jenkin have described her as a "
            "“bright and much-liked student with many friends.”")
    assert _speaker_of(text, "much-liked") is None


def test_she_never_goes_to_a_man_named_before() -> None:
    text = ("Keith Scott was shot by police on Tuesday.\n\nShe then urges her husband to come "
            "out of the car and repeatedly says, \"Don't you do it,\" until gunshots are heard.")
    assert _speaker_of(text, "Don't you do it") is None


def test_she_goes_to_a_woman_named_by_a_title_after_a_party_word() -> None:
    text = ("Mehmet Oz appeared at a Senate hearing in 2014.\n\nDemocratic Sen. Claire McCaskill "
            "(D-Mo.) scolded him: “The scientific community is almost monolithic against you,” "
            "she said.")
    assert _speaker_of(text, "almost monolithic") == "Claire McCaskill"


def test_a_pronoun_after_a_titled_subject_behind_an_opening_phrase() -> None:
    text = ("In a statement, President Obama condemned the test as provocative. “To be clear, "
            "the United States will never accept North Korea as a nuclear state,” he said.")
    assert _speaker_of(text, "To be clear") == "Obama"


def test_a_first_name_tells_the_gender_of_who_he_is() -> None:
    text = ("Melanie Smith watched the speech with her husband, Kevin Smith, at home.\n\n"
            "“I love you,” he said.")
    assert _speaker_of(text, "I love you") == "Kevin Smith"


def test_a_role_and_employer_before_a_name_are_no_part_of_it() -> None:
    text = ("PolitiFact Executive Director Aaron Sharockman responded that the site cites many "
            "claims as inaccurate.\n\n“We’re not just validating numbers,” he told reporters.")
    assert _speaker_of(text, "validating numbers") == "Aaron Sharockman"


def test_a_speaker_is_shown_without_the_day_it_spoke() -> None:
    assert _speaker_of("“Our goal is to stay on track,” said Deputy Prime Minister Abdullatif "
                       "Sener earlier this month.", "Our goal") == "Abdullatif Sener"
    said = _said("Sales rose 4.3% in the week to 25 December, according to figures also "
                 "released on Tuesday.")
    assert [s for s, _c, _t in said] == ["figures"]


def test_a_newspaper_named_for_a_day_keeps_its_name() -> None:
    said = _said("The £10bn Crossrail transport plan is to get the go-ahead this month, "
                 "according to The Mail on Sunday.")
    assert [s for s, _c, _t in said] == ["The Mail on Sunday"]


def test_i_outside_a_quotation_is_the_writer_never_the_person_named_last() -> None:
    text = ("Lest you assume that my parents, James and Olive Meehan, were uneducated, I should "
            "say my father studied at MIT.\n\nOnce, when my mother mentioned the devil to me, "
            "I laughed and said, \"I don't believe in the devil.\"")
    assert _speaker_of(text, "believe in the devil") is None


def test_a_column_opening_with_its_writer_speaks_in_the_first_person() -> None:
    text = ("Analyst Bill Thompson has seen the future and it is in his son's hands.\n\n"
            "I bought my son Max a 3G phone, partly because I am supposed to know about the "
            "latest technology and thought I should see how they work in real life.")
    assert {s for s, _c, _t in _said(text)} == {"Bill Thompson"}


def test_a_participle_after_and_then_speaks_for_the_subject() -> None:
    text = ("And then Trump went fully on the attack, saying, \"Is President Obama going to "
            "finally mention the words radical Islamic terrorism?\"")
    assert _speaker_of(text, "radical Islamic terrorism") == "Trump"
    text = ("Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, "
            "\"We have got to achieve the day when young black males can walk the streets.\"")
    assert _speaker_of(text, "walk the streets") == "Sanders"


def test_footage_of_a_person_asking() -> None:
    text = ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you "
            "might ask?”")
    assert _speaker_of(text, "50 points ahead") == "Hillary Clinton"


def test_a_quotation_goes_on_past_a_remark_on_its_speaker_in_the_same_paragraph() -> None:
    text = ("\"We've had problems with cyber intrusions from Russia in the past,\" Obama said "
            "after meeting Vladimir Putin. He didn't suggest retaliation. \"Our goal is not to "
            "duplicate a cycle of escalation.\"")
    assert _speaker_of(text, "cycle of escalation") == "Obama"


def test_a_new_subject_ends_the_last_speaker_quotation() -> None:
    text = ("“We have some big plans for the final month,” Jim Baker said.\n\nAdam Schiff "
            "called on the administration to “really call out Russia on this” and act.")
    assert _speaker_of(text, "really call out Russia") == "Adam Schiff"


def test_a_quotation_is_not_the_subject_when_someone_else_is_named_before_it() -> None:
    text = ("Irfan Hanif, a doctor from Bolton, was a little thrown by Mr MacKenzie's "
            "suggestion that young drunks should be \"given a good beating\" instead.")
    assert _speaker_of(text, "given a good beating") is None


def test_the_eval_matches_a_speaker_to_the_name_heading_an_appositive_source() -> None:
    from newsdigest.eval.quotes import speaker_right

    gold = {"source": "Mr. Barrett, the lawyer for West Virginia's environmental protection "
                      "agency", "source_names": []}
    assert speaker_right("Kevin Barrett", gold)
    assert not speaker_right("Patrick McGinley", gold)
    assert speaker_right("the governor", {"source": "the governor", "source_names": []})


def test_a_speaker_is_named_without_the_role_or_description_before_the_name() -> None:
    said = "“We are aware of the issue,” "
    assert _said(said + "Chargers general manager AJ Butler said.")[0][0] == "AJ Butler"
    assert _said(said + "said 32-year-old protester Paris Kyriakides.")[0][0] == (
        "Paris Kyriakides")
    assert _said(said + "said retail analyst Nick Bubb of Evolution Securities.")[0][0] == (
        "Nick Bubb")
    assert _said(said + "said investment bank Merrill Lynch.")[0][0] == "Merrill Lynch"
    # a phrase cut after a function word would name someone else
    assert _said(said + "said one longtime adviser to Bill Clinton.")[0][0] == (
        "one longtime adviser to Bill Clinton")
    # a title or a role in capitals, where the bearer works
    assert _said(said + "said Sgt. Marty Earley with the Bloomington Police Department.")[0][
        0] == "Marty Earley"
    assert _said(said + "said RNC Chief of Staff Katie Walsh.")[0][0] == "Katie Walsh"
    assert _said(said + "a spokesman for Mr Blair said.")[0][0] == "a spokesman for Mr Blair"


def test_a_name_that_said_she_is_the_person_her_later_quotes_belong_to() -> None:
    # the tagger reads 'DuVernay' as an organisation more often than as a person and
    # 'Netflix' as a person: 'DuVernay said she' settles it
    text = ("The documentary debuts on Netflix Friday.\n\nNetflix.\n\nDuVernay’s “13th” "
            "documents how black life has been shaped by racism.\n\nActivist Angela Davis "
            "talks to DuVernay about the issue.\n\nDuVernay said she felt the amendment was "
            "worth examining because “most people don’t know about that loophole,” she said. "
            "“We have no context for the current moment if we don’t know where we came from.”")
    assert _speaker_of(text, "no context for the current moment") == "DuVernay"


def test_a_quotation_after_a_clause_about_who_is_meant_is_the_main_speakers() -> None:
    text = ("Rival Hillary Clinton had mocked the complaint, saying anybody who complains about "
            "a microphone “is not having a good night.”")
    assert {s for s, _c, _t in _said(text)} == {"Hillary Clinton"}


def test_a_name_before_an_appositive_role_and_who_speaks_not_the_role() -> None:
    text = ("Obama has had a frosty relationship with McConnell, now the Senate majority "
            "leader, who in 2010 said the goal was to make Obama a one-term president.")
    assert _speaker_of(text, "one-term president") == "McConnell"
    text = ("The position was supported by Sen. Dianne Feinstein of California, the ranking "
            "Democrat on the committee, who said none of the emails originated with Clinton.")
    assert _speaker_of(text, "none of the emails") != "California"


def test_an_adverb_is_no_speaker() -> None:
    text = ("The impetus came from China and the United States, which together vowed to stave "
            "off the worst effects of climate change.")
    assert all(s != "together" for s, _c, _t in _said(text))


def test_a_name_between_two_quotations_speaks_both_with_no_speech_verb_of_its_own() -> None:
    said = _said("“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before "
                 "asking her, “I just want to know, where do we go from here?”")
    assert [s for s, _c, _t in said] == ["Blige", "Blige"]


def test_a_pronoun_object_inside_a_source_is_not_the_source() -> None:
    text = ("Terry McAuliffe will pick the next senator. Those close to him say that he would "
            "have to consider Rep. Don Beyer.")
    assert _speaker_of(text, "consider Rep. Don Beyer") == "Those close to him"


def test_a_person_the_tagger_read_as_a_place_is_the_person_named_alone_later() -> None:
    # 'brought in Maurice Cheeks': 'in' makes the tagger read a place; 'Cheeks said' settles
    # it. A place whose last word is a surname of the story stays a place.
    text = ("Billy King pushed out Jim O'Brien and brought in Maurice Cheeks, the former Sixers "
            "player, as coach.\n\n“I am home,” Cheeks said. The team trains at Lake Jackson.")
    assert _speaker_of(text, "I am home") == "Maurice Cheeks"

    def kinds(text: str) -> dict[str, str]:
        return {e.name: e.kind for e in _analysis(text).entities}

    got = kinds(text)
    assert got["Maurice Cheeks"] == "person" and got.get("Lake Jackson") != "person"
    # 'Jackson' alone a person too: 'Lake Jackson' still opens with a word of geography
    got = kinds(text + " Jackson said the team was ready.")
    assert got["Lake Jackson"] == "place" and got["Jackson"] == "person"


def test_she_after_a_clause_opening_with_although_is_the_main_clauses_subject() -> None:
    # 'Although …' opens the sentence: its subject is Lynch, not Clinton named before her
    text = ("Although it was far from the last word about candidate Hillary Clinton’s email "
            "scandal, Attorney General Loretta Lynch took the last step Wednesday.\n\n"
            "“Late this afternoon, I met with FBI Director James Comey,” she said in a "
            "statement.")
    assert _speaker_of(text, "Late this afternoon") == "Loretta Lynch"


def test_said_then_a_role_then_the_name() -> None:
    """'…, said prison spokesman Al Quintero.': the role words before the name are no clause
    of their own, and no time after 'said' is a speaker."""
    got = _said("Gigante died at the federal prison in Springfield, Mo., said prison spokesman "
                "Al Quintero.")
    assert got == [("Al Quintero", "said",
                    "Gigante died at the federal prison in Springfield, Mo")]
    assert _speaker_of("The fire started in the kitchen, said fire chief John Smith.",
                       "The fire started") == "John Smith"
    assert _said("The fire started in the kitchen, said earlier Tuesday in Paris.") == []
    # a possessive opens a speaker too: what was said, then who said it
    assert _said("The driver had seethed with a sense of injustice in his job, said his "
                 "girlfriend.") == [("his girlfriend", "said", "The driver had seethed with a "
                                     "sense of injustice in his job")]


def test_he_after_an_unnamed_speaker_is_that_speaker_not_the_last_name() -> None:
    text = ("John Jenkin, 22, was charged with murder on Sunday. A neighbour said: \"I was "
            "coming back home at 3am and heard screams.\" \"It was terrible for all of us,\" he "
            "said.")
    assert _speaker_of(text, "terrible for all") == "A neighbour"
    # a description that tells a gender is no 'she'
    text = ("Jane Doe was charged on Sunday. A man said: \"I heard screams from the house.\" "
            "\"I knew nothing,\" she said.")
    assert _speaker_of(text, "I knew nothing") == "Jane Doe"


def test_a_named_subject_comes_before_the_unnamed_person_it_answers() -> None:
    text = ("Hillary Clinton caused a recent stir when an Iowa voter asked if she might consider "
            "appointing Obama.\n\n\"Wow, what a great idea. Nobody has ever suggested that to "
            "me,\" she replied.")
    assert _speaker_of(text, "what a great idea") == "Hillary Clinton"


def test_fired_back_before_a_quotation_says_it() -> None:
    assert _speaker_of("Polls closed. Brian Fallon fired back: “This is a desperate attack from "
                       "a campaign in trouble.”", "desperate attack") == "Brian Fallon"
    assert _said("Polls closed. The troops fired back at the gunmen.") == []


def test_an_abbreviated_police_or_church_title_leaves_the_name_whole() -> None:
    text = ("Police arrested a man on Friday. “A man who had just been let go came in and shot "
            "another man,” Vancouver police Const. Tim Fanning told a news conference.")
    assert _speaker_of(text, "let go came in") == "Tim Fanning"
    text = ("CNA spoke with Msgr. Michael L. Farmer, rector of the cathedral. Msgr. Farmer said "
            "Dr. Benjamin had served the parish for twenty years.")
    assert _speaker_of(text, "served the parish") == "Michael L. Farmer"


def test_two_people_named_after_an_adverb_both_speak() -> None:
    text = ("Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris "
            "Christie, who say the freshman senator lacks the experience to be president.")
    assert _speaker_of(text, "freshman senator") == "Jeb Bush and Chris Christie"


def test_he_after_a_quotation_a_named_speaker_opened_with_a_colon_is_that_speaker() -> None:
    text = ("David Axelrod tweeted that Clinton was wrong. Fallon fired back: “As a guardian of "
            "the legacy,” he wrote, “we know you are rooting for her, too.”")
    assert _speaker_of(text, "guardian of the legacy") == "Fallon"
    assert _speaker_of(text, "rooting for her") == "Fallon"


def test_a_surname_alone_before_the_pronouns_statement_names_its_person() -> None:
    # the tagger knows 'Bettie Page' only; 'Page' alone in the statement before is still her,
    # and a studio named on the way ('Fox') is no 'she'
    text = ("Bettie Page, the pin-up model, died on Thursday. A screen test at 20th Century Fox "
            "went badly. Filmmaker Howard Hughes also pursued Page but she rebuffed him as well. "
            "“I never returned any of his calls,” she once said.")
    assert _speaker_of(text, "returned any of his calls") == "Bettie Page"
    # in the pronoun's own statement a surname alone is mostly in what was said
    text = ("Jose Luis Orozco was arrested before midnight, Sgt. Don Manumaleuna said. No shots "
            "were fired when Orozco was taken into custody, he added.")
    assert _speaker_of(text, "No shots were fired") == "Don Manumaleuna"


def test_a_name_and_a_colon_before_a_quotation_is_its_speaker() -> None:
    # a newsletter's roundup: a headline, a dash, who, a colon, what they wrote
    text = ("Pollsters missed the late shift. Pollsters agree - Carl Bialik: “One of the biggest "
            "lessons was a simple one: keep on contacting voters as late as possible.”")
    assert _speaker_of(text, "biggest lessons") == "Carl Bialik"
    text = ("Mark Blumenthal and Jon Cohen of SurveyMonkey looked at the late deciders.\n\n"
            "Late deciders - Mark Blumenthal and Jon Cohen: “Data collected by our firm helps "
            "confirm that both issues were in play for polling on the caucuses.”")
    assert _speaker_of(text, "Data collected") == "Mark Blumenthal and Jon Cohen"
    # a label that names no one the article knows is no speaker
    assert _speaker_of("The race is close. Iowa: “Voters were split down the middle on the "
                       "issue.”", "split down the middle") is None


def test_gloated_before_a_quotation_says_it() -> None:
    assert _speaker_of("The debate ended. Mr. Christie gloated: “I told you he would fall apart "
                       "under pressure on that stage.”", "fall apart") == "Christie"


def test_the_subject_who_called_someone_something_said_it() -> None:
    # the words put on the one called are the subject's, named in full or by surname alone
    text = ("The two men spent months lobbing insults at one another. Ted Cruz lost the race. "
            "Cruz called Donald Trump a “pathological liar” and a “narcissist at a level I don't "
            "think this country has ever seen.”")
    assert _speaker_of(text, "narcissist at a level") == "Ted Cruz"
    # a thing called by a name says nothing
    assert _said("A group called “Women for Trump and America” held a rally in Ohio.") == []


def test_how_long_someone_served_is_no_part_of_their_role() -> None:
    text = ("President Barack Obama spoke at the convention on Wednesday. The two-term president "
            "said: “Nothing truly prepares you for the demands of the Oval Office.”")
    assert _speaker_of(text, "Nothing truly prepares") == "Barack Obama"


def test_a_pronoun_opening_a_quotation_tells_nothing_of_the_person_before_it() -> None:
    """'"He has a desire …," she said' after Dottie Deans's statement: the 'He' inside the
    quotation is someone else, so it does not make her a man (and 'she' someone earlier)."""
    got = _said('"I just cannot get over that," said Troy Jackson, the superdelegate from '
                "Maine.\n\nDottie Deans, the chairwoman of the Vermont Democratic Party, is "
                'supporting Sanders as a superdelegate.\n\n"He has a desire to ensure that those '
                'voters feel like part of the process," she said.')
    assert got[-1][0] == "Dottie Deans"


def test_a_names_rep_speaks_not_the_one_named() -> None:
    got = _said('Tara Reid was seen on Monday.\n"Tara Reid has checked herself into Promises '
                "Treatment Center,\" Reid's rep told Us.")
    assert got[0][0] == "Reid's rep"


def test_a_description_after_the_verb_gives_way_to_the_name_apposed_to_it() -> None:
    """ECB+ 21_ecbplus: 'said her nephew, Ravi Singh, 32, of Coney Island.' is Ravi Singh's
    (three quotes were 'her nephew''s, two more Ravi Singh's: one person shown as two)."""
    assert _speaker_of('"We are really just shocked," said her nephew, Ravi Singh, 32, of '
                       'Coney Island.', "shocked") == "Ravi Singh"
    assert _speaker_of("The actress checked into a clinic in Malibu, according to her "
                       "publicist, Jack Ketsoyan.", "clinic") == "Jack Ketsoyan"
    # the name after a source that opens the sentence is what the source says, not who
    assert _speaker_of("According to police, Anthony LaSalle, 36, of Minneapolis, hit and "
                       "killed a woman in the parking lot of a store.", "killed") == "police"


def test_a_speaker_quoted_in_the_passive_speaks() -> None:
    """ECB+ 20_ecb: '," provincial governor Mehdi Irannejad was quoted as saying.' had no
    speaker; a description there ('the aid agency') is left to the statements around it."""
    assert _speaker_of('"Two people were hurt," provincial governor Mehdi Irannejad was '
                       'quoted as saying.', "hurt") == "Mehdi Irannejad"
    assert _said('"We will rebuild," Mehdi Irannejad was quoted by IRNA as saying.') == [
        ("Mehdi Irannejad", "quoted", "We will rebuild")]


def test_a_quotation_inside_the_clause_a_closing_attribution_reports_is_the_speakers() -> None:
    """ECB+ 9_13ecbplus: '"…, we need to set aside" the plan, said new Interior Secretary Ken
    Salazar who extended …' had no speaker (the words after the quotation end its sentence);
    a quotation inside a reported clause whose attribution closes it is the speaker's, but a
    speaker named before the clause is not lent to it."""
    assert _speaker_of('"To make wise decisions based on sound information, we need to set '
                       'aside" the plan, said new Interior Secretary Ken Salazar who extended '
                       'the comment period.', "set aside") == "Ken Salazar"
    assert _speaker_of('Congress gave him the power to withdraw the rule, and "we need to set '
                       'aside" the plan, said new Interior Secretary Ken Salazar.',
                       "set aside") == "Ken Salazar"
    assert _speaker_of('Deutsche Boerse bosses have held "constructive, professional and '
                       'friendly" talks with the LSE, its chief has said.', "friendly") \
        == "its chief"
    assert _speaker_of('For someone who conceded in a recent debate that she\'s "not a natural '
                       'politician," Hillary Clinton had a good night Tuesday.',
                       "natural politician") != "someone"


def test_a_negated_auxiliary_ends_the_speakers_name() -> None:
    # PolNeAR: "McConnell spokesman Don Stewart wouldn’t say when …" then "“…,” he said" was
    # Mitch McConnell's; ECB+ 34_ecb: the speaker "Gupta wouldn't comment to me --"
    assert _speaker_of("Gupta wouldn't comment to me, but said that he is ready for the job.",
                       "ready for the job") == "Gupta"
    text = ("McConnell spokesman Don Stewart wouldn’t say when the Senate will vote.\n\n"
            "“I don’t have any new announcements yet,” he said.")
    assert _speaker_of(text, "new announcements") == "Don Stewart"


def test_a_role_phrase_is_no_surname_of_someone_named_with_that_role() -> None:
    # ECB+ 26_ecbplus: the judge of a 1959 trial is not the judge the story names (and calls
    # 'the judge') twenty statements on; nor is 'a senior administration official' Obama
    filler = " ".join(f"He worked on case number {n} that year." for n in range(12))
    text = ("He was sentenced to seven years in prison in 1959. The sentencing judge said he "
            f"would have imposed a longer sentence. {filler} In 1996, Judge Eugene H. "
            "Nickerson ruled that he was competent. The judge found that he had deceived "
            "doctors for years.")
    assert _speaker_of(text, "longer sentence") == "The sentencing judge"
    text = ("President Barack Obama met the company's chief. A senior Obama administration "
            "official said the White House supported the company's efforts.")
    assert _speaker_of(text, "White House supported") == "A senior Obama administration official"


def test_he_after_a_statement_about_an_unnamed_neighbour_is_the_neighbour() -> None:
    # ECB+ 32_ecbplus: the neighbour's words went to the suspect named two statements before
    text = ("John Jenkin was arrested nearby. Yesterday a neighbour recalled seeing the suspect "
            "in the street at 3am.\n\n'I was coming back home at 3am with my girlfriend and he "
            "was walking around,' he said.")
    assert _speaker_of(text, "coming back home") == "a neighbour"
    # a description with the person's name after it is that person (PolNeAR)
    text = ("Cruz drew a small crowd. One local woman, Karen Robison, pulled Rep. King aside "
            "after the event.\n\n“I’m so glad you don’t forget Osceola,” she told him.")
    assert _speaker_of(text, "glad you") == "Karen Robison"


def test_an_and_inside_the_body_a_spokesman_speaks_for_is_no_second_speaker() -> None:
    # ECB+ 1_ecbplus: "California Department of Alcohol and Millicent Tidwell"; 5_ecb:
    # "Philadelphia 76ers President and Ed Stefanski" (President and General Manager)
    assert _speaker_of("Department of Health and Human Services spokesman Bill Hall said the "
                       "rule was final.", "rule was final") == "Bill Hall"
    assert _speaker_of("Philadelphia 76ers President and General Manager Ed Stefanski "
                       "announced that the team relieved Cheeks of his duties.",
                       "relieved") == "Ed Stefanski"
    # two people named together are both the speaker
    assert _speaker_of("Sen. Chuck Grassley and Sen. Patrick Leahy said the bill would pass.",
                       "bill would pass") == "Chuck Grassley and Patrick Leahy"


def test_an_outlet_reported_closing_the_statement_is_its_source() -> None:
    # ECB+ 21_ecb: "…, WCCO-TV reported." and "…, the station reported." were no attribution
    assert _said("The driver was drinking, the station reported Friday.") == [
        ("the station", "reported", "The driver was drinking")]
    assert _said("The driver was drinking, Reuters reported.") == [
        ("Reuters", "reported", "The driver was drinking")]
    assert _said("Police reported a robbery on Main Street.") == []


def test_a_state_after_a_town_is_no_speaker() -> None:
    # ECB+ 28_ecb: "… in Santa Rosa, California, the Washington Post reports." spoke as
    # "California"
    assert _speaker_of("Felt died at a hospice near his home in Santa Rosa, California, the "
                       "police chief said.", "Felt died") == "the police chief"


def test_a_public_defender_or_district_attorney_is_a_role_before_the_name() -> None:
    # ECB+ 33_ecb: "Defender Peter Lynch"; 3_ecb: the org "Fulton County District Attorney
    # Paul Howard"
    assert _speaker_of('"You just lied to this jury," said Deputy Public Defender Peter Lynch.',
                       "lied to this jury") == "Peter Lynch"
    assert _speaker_of("Fulton County District Attorney Paul Howard said the jury was right.",
                       "jury was right") == "Paul Howard"


def test_a_person_word_and_a_name_after_said_speak_before_a_relative_clause() -> None:
    # ECB+ 21_ecb: the witness's account went to the victim as the quotation "witness Angela
    # Benson"
    text = ("Instead, the driver gunned the engine and drove over Johnson, hitting her and "
            "dragging her 10 feet as he sped away, said witness Angela Benson, who had just "
            "exited the store with her two young children.")
    assert _speaker_of(text, "gunned the engine") == "Angela Benson"
    # words after the verb that are no person ('that even …') are no speaker (ECB+ 26_ecbplus)
    text = ("Salvatore Gravano, the No. 2 figure in the Gambino crime family before he defected "
            "in 1991, testified that even Mr. Gigante's archrival, John Gotti, grudgingly "
            "acknowledged Mr. Gigante's craftiness.")
    assert _speaker_of(text, "archrival") == "Salvatore Gravano"


def test_what_someone_was_heard_to_say_is_theirs_and_the_narrative_after_it_no_quote() -> None:
    # 33_1ecbplus: the speaker was 'she heard someone', and '"He has a gun," prompting her …'
    # was listed again as reported speech
    said = _said('Armstead said she heard someone say, "He has a gun," prompting her to take '
                 'her son inside.')
    assert (("someone", "say", "He has a gun") in said
            and not any(t.startswith("He has a gun") and s == "someone" and t != "He has a gun"
                        for s, _c, t in said))
    assert _speaker_of('Earl Bloom of the Register heard Dan Patrick say it on his radio show.',
                       "radio show") == "Dan Patrick"
    # the perceiving is no part of who speaks when the verb is no bare form or its object
    # is no one ('who watched his brother fall … said'; 'heard directly from … say')
    assert _speaker_of("An Australian climber who watched his brother fall to his death said "
                       "he was expecting to die.", "expecting") == "An Australian climber"
    assert _speaker_of("Supporters who have heard directly from the Rubio campaign say their "
                       "priority is Iowa.", "priority") == "Supporters"


def test_an_opening_phrase_ending_in_a_name_and_its_apposition_is_no_subject() -> None:
    # Washington Post, 2016-09-01: the pronoun after it stood for Joe Arpaio, not Trump
    text = ("Donald Trump flew to Phoenix. Preceded at the lectern by Joe Arpaio, the Arizona "
            "sheriff and anti-immigration hard-liner, Trump launched into a lament for the "
            '"countless Americans." "We will build a great wall!" he said to an enormous cheer.')
    assert _speaker_of(text, "great wall") == "Donald Trump"
    # a month closing the opening phrase is no name: the judge says it
    assert _speaker_of("In May, a U.S. District Court judge sided with the Democrats, saying the "
                       "law violated the Constitution.", "violated") == \
        "a U.S. District Court judge"


def test_a_phrase_opening_with_of_speaks_only_as_a_share() -> None:
    assert _speaker_of("Nearly two thirds - 65% - of the 1,000 people interviewed said they had "
                       "used chip and pin.", "chip and pin") == \
        "Nearly two thirds - 65% - of the 1,000 people interviewed"
    assert _speaker_of("Some 60% of the 1,000 people interviewed said they had used chip and "
                       "pin.", "chip and pin") == "Some 60% of the 1,000 people interviewed"
    # not a piece of a sentence: 'the Trump who questions a judge because of his Mexican
    # heritage, who fights with journalists, claims that …'
    said = _said("This was the Trump we all knew, the Trump who questions the independence of "
                 "a judge because of his Mexican heritage, who fights with Mexican American "
                 'journalists, claims that Univision "takes its marching orders" from Mexico.')
    assert not any(s and s.startswith("of ") for s, _c, _t in said)


def test_a_pronoun_in_a_clause_about_someone_else_tells_no_gender() -> None:
    # ECB+ 16_10ecbplus: 'he' of 'who married the deputy … before he was murdered' made the
    # widow a man, so the 'she said' of her next quotation went to her mother-in-law
    text = ("In the gallery were the deputy's wife, Chela Ortiz, and his mother, Rosa Ortiz.\n"
            "Chela Ortiz, who married the deputy three weeks before he was murdered, told "
            'Orozco in a firm voice, "I want you to know you did not break our family."\n'
            '"Our Jerry is in heaven," she said.')
    assert _speaker_of(text, "Our Jerry") == "Chela Ortiz"


def test_a_speaker_phrase_cut_after_a_preposition_names_its_opening_person_or_no_one() -> None:
    """Speakers 'Police at', 'the authors of the', 'line by' and 'Trump unleashed a flurry
    of' were phrases cut after a preposition or an article: no one is named that way, but
    the person such a phrase opens with speaks."""
    def speakers(text: str) -> list[str | None]:
        return [speaker for speaker, _cue, _text in _said(text)]

    assert speakers("Police at first told workers to stay in their offices but a short time "
                    "later evacuated the building.") == [None]
    assert speakers("Donald Trump spoke on Friday. Trump unleashed a flurry of tweets early "
                    "Friday shaming former Miss Universe Alicia Machado.") == ["Donald Trump"]


def test_a_state_written_short_is_no_speaker() -> None:
    # political coverage: the nearest name before 'said' was the state of a town
    text = ("Federal officials familiar with the server taken from Mrs. Clinton's house in "
            "Chappaqua, N.Y., speaking on the condition of anonymity, said “it did appear to "
            "have some moderately sophisticated security features.”")
    assert _speaker_of(text, "moderately sophisticated") != "N.Y."


def test_an_adverb_before_the_speech_verb_is_no_part_of_the_speaker() -> None:
    text = "Fact-checkers soon said “there is no evidence of such videos at all.”"
    assert _speaker_of(text, "no evidence") == "Fact-checkers"


def test_an_organisations_last_word_after_another_name_is_not_that_organisation() -> None:
    # BBC: 'The Times' named earlier is not "Pearson's Financial Times"
    text = ("The Independent and The Times cut jobs last year. Pearson's Financial Times said "
            "last week it was offering voluntary redundancy to about 30 reporters.")
    assert _speaker_of(text, "voluntary redundancy") != "The Times"


def test_an_adverb_after_the_speaker_is_no_part_of_the_name() -> None:
    """PolNeAR: 'Hillary Clinton sternly reprimanded Mr. Trump, saying …' was said by 'Hillary
    Clinton sternly', 'Reid frequently has gone after Trump' by 'Reid frequently'; 'The family
    said' by 'The' (its '-ly' read as an adverb)."""
    assert _speaker_of("Hillary Clinton sternly reprimanded Mr. Trump, saying that he had "
                       "insulted the family.", "he had insulted") == "Hillary Clinton"
    assert _speaker_of("The family said it was grateful for the support.",
                       "it was grateful") == "The family"


def test_assuring_and_informing_someone_is_speech() -> None:
    """NYT (reader F): 'she assured a crowd … that they had made 18 million cracks in "the
    highest, hardest glass ceiling."' gave the quotation no speaker."""
    text = ("Hillary Clinton lost to Barack Obama in 2008.\n\nAfter that defeat she assured a "
            "crowd in Washington that they had made 18 million cracks in \"the highest, hardest "
            "glass ceiling.\"")
    assert _speaker_of(text, "hardest glass ceiling") == "Hillary Clinton"
    assert _speaker_of("Trump assured voters he would force Mexico to pay for the wall.",
                       "force Mexico") == "Trump"


def test_each_before_a_participle_is_no_speaker() -> None:
    """USA Today (reader F): 'Donald Trump and Hillary Clinton each made their case, each
    saying the other lacks the judgment …' was said by 'each'."""
    assert _speaker_of("Donald Trump and Hillary Clinton each made their case on Wednesday, "
                       "each saying the other lacks the judgment to lead.",
                       "lacks the judgment") not in (None, "each")


def test_a_share_of_respondents_who_said_is_the_share_not_its_last_number() -> None:
    """Washington Post (reader F): '… compared with four in 10 who said they preferred …' was
    said by '10'."""
    assert _speaker_of("Almost half said they wanted an outsider, compared with four in 10 who "
                       "said they preferred someone with experience.",
                       "preferred someone") == "four in 10"


def test_a_quotation_after_a_dash_is_said_by_the_subject_of_the_clause_before_it() -> None:
    text = ("Donald Trump accepted the nomination. Wes Nakagiri, a delegate from Michigan, was "
            "in the hall. “I liked it,” he said.\n\nWhen Trump finally wrapped up — “I will "
            "fight for you, and I will win for you!” — the balloons came down.")
    assert _speaker_of(text, "I will fight for you") == "Donald Trump"
    # one spoken of is no speaker: the words go on from the last speaker or from no one
    asked = ("Wes Nakagiri, a delegate from Michigan, was in the hall. “I liked it,” he said.\n\n"
             "Asked about Donald Trump — “He is a disaster for the party and the country.”")
    assert _speaker_of(asked, "a disaster") != "Donald Trump"


def test_a_colon_after_a_clause_naming_one_person_gives_the_quotation_to_them() -> None:
    text = ("Chris Coons said the attacks would change the race.\n\nOr, as Tom Ridge, a former "
            "secretary of homeland security, put it: \"The barbarians are no longer at the "
            "gate. They're inside.\"")
    assert _speaker_of(text, "barbarians") == "Tom Ridge"


def test_a_one_word_answer_with_its_attribution_is_a_quotation() -> None:
    assert _said("“No,” replied Jeff Zucker, president of CNN Worldwide.") == [
        ("Jeff Zucker", "replied", "No")]
    assert _said('"Safety," said Gisela Grimm, a Donald Trump supporter.') == [
        ("Gisela Grimm", "said", "Safety")]
    assert _said('"Hope" is what he said.') == []  # a word spoken of, not said


def test_beaming_and_booming_are_speech() -> None:
    text = "“This is fantastic!” beamed Donald Hartley of Madison, Alabama."
    assert _said(text) == [("Donald Hartley", "beamed", "This is fantastic!")]


def test_a_chant_or_a_sign_is_not_the_last_speakers_words() -> None:
    # reader H (session 25): the crowd's chant went to the congressman quoted before it
    text = ("Thomas Massie spoke on Tuesday. “It was good,” he said.\n\nBoos rained down, and "
            "the crowd reprised the caustic chant “Lock her up! Lock her up!” that rang "
            "through the arena.")
    assert _speaker_of(text, "Lock her up") is None
    # a quotation going on from the speaker after other words is still theirs
    text = ("Thomas Massie spoke on Tuesday. “It was good,” he said.\n\nHe went on: “We "
            "will win in November, and we will win big.”")
    assert _speaker_of(text, "win big") == "Thomas Massie"


def test_a_person_named_in_full_after_a_role_in_lower_case_is_that_person() -> None:
    # reader G (session 25, tokenised copy): '…, " team president Billy King said.' made
    # 'team president Billy King' a speaker beside 'Billy King' in the ledger
    text = ('Billy King hired Maurice Cheeks on Monday.\n"Mo is part of our family.\nHe '
            'bleeds Philadelphia, " team president Billy King said.')
    assert {s for s, _c, _t in _said(text)} == {"Billy King"}
    # one who works for a person is not that person
    text = ("Bill Clinton spoke on Monday.\n\n“This is eerily similar to the first debate,” "
            "one longtime adviser to Bill Clinton said.")
    assert _speaker_of(text, "eerily similar") != "Bill Clinton"


def test_maintained_is_speech_and_a_titled_name_after_an_opening_phrase_is_the_speaker() -> None:
    # reader I (session 26, 9_ecb): '…," Kempthorne maintained.' had no speaker; 'In Congress,
    # Rep. Edward Markey, D-Mass., called a hearing and said …' gave the words to 'D-Mass.'
    text = ('Interior Secretary Dirk Kempthorne spoke on Thursday.\n"What we are doing is '
            'clarifying the threshold," Kempthorne maintained.')
    assert _speaker_of(text, "clarifying") == "Dirk Kempthorne"
    text = ("In Congress, Rep. Edward Markey, D-Mass., called a hearing and said members would "
            "work to restore the act.")
    assert _speaker_of(text, "restore the act") == "Edward Markey"
    # a titled name apposed to the opening phrase is no speaker either
    text = ("On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had "
            "said it was ''a great honor'' to earn the Russian president's praise.")
    assert _speaker_of(text, "great honor") == "Trump"
    # more of an opening phrase is still no speaker ('At an event in Ames, Iowa, on Sunday,')
    text = ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton attacked Trump, saying he was "
            "wrong about trade.")
    assert _speaker_of(text, "wrong about trade") == "Clinton"


def test_a_long_description_before_the_name_after_a_quotation() -> None:
    # reader J (session 26, 20_ecbplus): '…," the head of the provincial natural disaster
    # service, Massoud Dalman, told the television.' went to the governor quoted before
    text = ('Abdolreza Sheikholeslami, the governor, said relief was arriving. "We have sent '
            'tents," he said.\n"Most of the buildings are not safe to live in any more," the '
            'head of the provincial natural disaster service, Massoud Dalman, told the '
            'television.')
    assert _speaker_of(text, "not safe") == "Massoud Dalman"


def test_a_line_ending_in_a_verb_of_saying_and_a_comma_introduces_the_next() -> None:
    # reader I (session 26, 9_ecb): 'Andrew Wetzler, director of …, commented,' on its own
    # line, the quotation on the next three: no speaker for any of them
    text = ('"The plan is absurd," Markey said.\nAndrew Wetzler, director of the council\'s '
            'endangered species program, commented,\n" This administration has rejected '
            'anything with a whiff of science.\nWe think we will see them in court. "')
    assert [s for s, _c, _t in _said(text)] == ["Markey", "Andrew Wetzler", "Andrew Wetzler"]
    # a pronoun so is not the last speaker's (33_ecb: 'To which she replied,' after an official)
    text = ('McAllister said she had to force her way through.\nAn official looked at her and '
            'said: " I\'m very sorry. "\nTo which she replied,\n"I already know she\'s dead."')
    assert _speaker_of(text, "already know") != "An official"
