"""The words and tokens of attribution shared by the quotation extractors (``quotes``,
``subjects``, ``clauses``, ``reported``): word lists, the tokeniser and quotation spans."""

from __future__ import annotations

import re

from ..words import TITLE_ABBREVIATIONS, is_credential
from .gazetteer import wordset
from .mentions import quote_spans_kind, words_in
from .speech import BELIEF_VERBS, SPEECH_VERBS

# titles ('police Const. Tim Fanning'), 'Jr.'; months ('A Feb. 1 letter … warns')
_ABBR = "(?:{})\\.".format("|".join(re.escape(w) for w in sorted(
    TITLE_ABBREVIATIONS | {"St", "Mt", "Jr", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"},
    key=lambda w: (-len(w), w))))
# titles with their dot, initialisms, initials ('Terry E. Branstad': not after a letter or a
# dot, looked back at after the capital, which is faster), 71,000, a clock time (17:00: its
# colon ends no clause), words, '', marks
TOKEN_RE = re.compile(rf"{_ABBR}|(?:[^\W\d_]\.){{2,}}|[A-Z](?<![\w.].)\.(?= [A-Z])"
                      r"|\d{1,3}(?:,\d{3})+|\d{1,2}:\d\d\b|[\w’'\-]+(?:\.\w+)*|''|[^\w\s]")
QUOTE_MARKS = "\"“”«»„‘''"  # ’ is also an apostrophe: not a mark here
CITE_VERBS = frozenset({"cited", "quoted", "quotes", "cites"})
VERBS = SPEECH_VERBS | BELIEF_VERBS
UNSAID = -2  # the speaker offset of a quote whose speaker the text does not give
PARTICIPLES = wordset("saying adding noting telling arguing insisting explaining warning "
                      "claiming declaring stressing denying writing")
ADVERBS = wordset(
    """also later then has had have earlier again further repeatedly recently previously already
    now however reportedly since once often publicly privately quickly flatly simply both all
    would will did does do just last long first initially still never even bluntly indeed
    together jointly soon immediately promptly swiftly subsequently""")
BAD_WHO = wordset(
    """which that who whom whose as and but while when if because although though where what
    it this there than so or nor not how why of""")
# auxiliaries and words that open a clause when capitalised at its start, never a name there
NAME_UNLIKE = wordset(
    """is are was were has have had can could should would may might must to be been what
    after before because when while if about as""")
# a negated auxiliary between a speaker and the verb ('Sanders hasn't said whether …')
NEGATED = wordset("""hasn't hadn't haven't didn't doesn't don't won't wouldn't isn't wasn't
    hasn’t hadn’t haven’t didn’t doesn’t don’t won’t wouldn’t isn’t wasn’t not never""")
# the negated auxiliaries: a subject ends before one ('Smith didn't deny it but said that …'
# has the speaker 'Smith', not 'Smith didn't deny it'), and no speaker phrase holds one
NEGATED_AUX = NEGATED - {"not", "never"}
NOT_IN_WHO = NAME_UNLIKE | wordset("will came said says told") | NEGATED_AUX
# 'aides to Clinton say': 'to' inside a speaker phrase
SERVES = wordset("aide aides adviser advisers advisor advisors spokesman spokeswoman "
                 "spokesperson counsel envoy ambassador assistant assistants close closest")
LEADERS = wordset("But And However Yet So Then Now Later Meanwhile Earlier Also Instead Still "
                  "Today Yesterday Tonight")
# adverbs after a leader, before the subject ('And then Trump went on the attack, saying')
AFTER_LEADER = wordset("then also now later still instead meanwhile again finally")
# place adverbs opening a phrase before the subject ('Here in Columbia, Sanders said')
PLACE_OPENERS = wordset("here there elsewhere")
BOUNDARY = wordset("that and but because while when as after if though although since who "
                   "which where so than whom or nor before until unless whether")
TAIL_OK = wordset(  # (and 'here' of wire copy: '…, a Navy spokesperson said here.')
    """on in at during after before when while as yesterday today tonight last earlier this
    monday tuesday wednesday thursday friday saturday sunday recently later afterward
    afterwards here""")
# time that may stand between a speaker and the verb ('Feinstein last week said')
WHEN_WORDS = wordset("""week weeks month months year years ago yesterday today tonight monday
    tuesday wednesday thursday friday saturday sunday morning evening night afternoon weekend""")
COUNTS = wordset("a an one two three four five six seven eight nine ten few several than less more")
CLAUSE_START = wordset("he she it they we i you there this these those that")
# a clause opening a statement with one of these ends at its comma ('While X said …, he …')
SUBORDINATORS = wordset("while when whenever after although though before if since because once "
                        "until unless whereas")
SUBORDINATE = wordset("before after when while as")  # 'said before he died': no clause
# adverbs that open what was said rather than tell how it was said ('said nearly every …')
DEGREE = wordset("""only nearly almost roughly mostly largely partly merely simply fully really
    clearly exactly approximately likely early daily weekly monthly yearly actually certainly
    possibly probably definitely surely""")
PROMISES = wordset("pledged pledges promised promises vowed vows")
NO_CLAUSE = wordset("""to so it him her them nothing little yes no goodbye hello sorry thanks of
    about for by with against over up out much as and or before after until""")
# ', but …', ', however …': a new clause, the end of a reported one
CLAUSE_BREAK = wordset("but while whereas although though as however")
FINITE = wordset("is are was were has have had will would can could should may might must do "
                 "does did")
# an opening phrase before the subject ('In August, …'), or a gerund's preposition
INTRO = wordset("in at on during after before when while with since for from by despite "
                "following under without about inside outside upon among amid across beyond "
                "besides unlike against throughout")
# who says it, at the start of a clause ('said this week that' is no clause 'this …')
SUBJECTS = CLAUSE_START - {"this", "these", "those", "that"}
URGE = wordset("urged urges urging warned warns warning asked asks asking told tells telling")
PROGRESSIVE = wordset("is are was were isn’t isn't been")
# verbs in the past that do not end in -ed: where a subject ends ('The bank gave …')
IRREGULAR_PAST = wordset("""gave made took won lost came went got put set saw found kept held
    led left met paid ran sent sold spent stood began brought bought built chose drew fell felt
    fought gone grew heard hit knew laid meant rose shut sought struck swore threw understood
    wore wrote forecast foresaw overtook withdrew forgave forbade broke shot stole fled sank
    shook cast""")
POSSESSIVES = wordset("her his their its our my")  # 'said her group …': a clause's subject
ARTICLES = wordset("the a an")
# determiners and possessives opening a noun phrase ('noted the minimum wage is …')
OPENERS = POSSESSIVES | ARTICLES | wordset("some many most no any every all both")
# words before which no clause reported with no 'that' has started ('noted the rise in prices
# that …' reports no clause)
CLAUSE_OPENERS = wordset("that which who whom whose where when while because if as after before "
                         "since until unless although though")
# ... and those that join one: a person right after one is the subject of the clause it
# opens ('When Trump finally wrapped up — "…"'), 'according to X,' right after one is the
# source of the clause after it ('…, because, according to Trump, the media would …')
NEW_CLAUSE = CLAUSE_OPENERS | SUBORDINATORS | wordset("and but so then")
# verbs that report a noun phrase as well as a clause ('acknowledged the appeal of …',
# 'pledged a "political revolution"'; not 'added four conversions', 'wrote the bill', 'noted
# the rise in attendance', 'announced the arrest of a man': things done, not said; nor
# 'claimed the nomination', 'claimed a loss of $916 million': a claim is said in a clause)
OBJECT_SPEECH = PROMISES | wordset("""confirmed confirms acknowledged acknowledges stated
    recalled recalls declared declares stressed stresses emphasized emphasised explained
    explains suggested suggests confirming acknowledging recalling declaring stressing
    emphasizing emphasising explaining suggesting""")
ANNOUNCING = wordset("announced announces noted notes")
# what is announced when it is something said or decided ('announced his candidacy')
SAID_NOUNS = wordset("""plan plans candidacy intention intent support endorsement decision
    decisions opposition proposal proposals bid resignation retirement deal agreement policy
    pledge pledges run campaign withdrawal commitment""")
PREPOSITIONS = wordset("at in on by for of from to with about after before since until")
# 'continued to hammer Clinton': a verb that goes on with another, not with words said
GO_ON = wordset("continue continues continued")
# ... and those that open where or through whom it was said ('said outside the building',
# 'said through a spokesman that …'): no reported clause
SAID_WHERE = wordset("outside near beside behind across amid underneath beneath through")
ASK = wordset("asked asks asking")
WH = wordset("whether if how what who why when where which")
HOW = wordset("whether if how why")  # a question after 'explained'; 'added what' names a thing
CUT_WORDS = wordset("which")
QUANTITIES = wordset("""half most majority majorities many few several one two three four five six
    seven eight nine ten nearly almost about roughly some""")
# 'which the party says makes …': the speaker of a relative clause whose subject is the gap
RELATIVE_GAP = wordset("which whom what")
# verbs of perceiving whose object does the speaking: 'she heard someone say, "…"'
PERCEIVING = wordset("heard hear hears overheard saw see sees watched watch")
RELATIVES = wordset("who where")  # ', who …' closing a statement ends a reported clause
COMPARE = wordset("compared versus vs")
TIME_WORDS = wordset("this last next that week month year day night weekend morning evening "
                     "afternoon later ago earlier hours days weeks months years back")
DESCRIBED = ARTICLES | wordset("another")  # '," the White House spokesman, Josh Earnest, said'
TELL = wordset("told tells tell telling asked assured assures reassured informed informs")
NAMING = wordset("called calls dubbed so-called nicknamed titled entitled named termed")
# words before a title-case quotation that make it a show, a paper or a book, not words said:
# 'told "Fox and Friends"', 'said on "Meet the Press"', 'an interview with "The Blaze"', 'on
# the podcast "Here’s the Thing"'
BEFORE_A_TITLE = wordset("""told on to with in of for their his her its podcast show movie film
    book song album series program programme documentary novel memoir play episode column
    directed starred produced sequel prequel remake adaptation""")  # 'who directed "The
# Golden Compass,"', 'the sequel "New Moon"'

# prepositions a title leaves in lower case ('Midday with Charlie Sykes')
TITLE_SMALL = wordset("with from into onto over upon than about after under near")
MIN_WORDS = 4  # a shorter quotation with no attribution is a scare quote, not a quotation
MIN_ATTRIBUTED = 3  # words in a quotation with its attribution in the same statement
MIN_SAID_ALONE = 2  # ... in a statement that is the quotation and its attribution alone
MIN_ANSWER = 1  # ... that opens the statement, ended by a mark ('"No," replied Jeff Zucker.')
MIN_CALLED = 2  # ... put on someone by the statement's subject ('called her handling "…"')
SAID_ALONE_WORDS = 8  # words of such an attribution after the quotation ('," X said.')
CONTINUED = 6  # quoted words of a statement with no attribution going on from the last one
MAX_OPEN = 6  # statements a quotation may go on without a closing mark
MIN_REPORTED = 2  # words in a reported clause: 'Jeff Flake said he would.'
# inverted verbs with no object: the words after them closing the statement are who spoke
# ('…, said the Telecom Regulatory Authority.'; but '…, tweeted a warning.', 'noted the rise':
# after the others only a name speaks, '…, writes Mr Peston.')
SAID_ALONE = wordset("""said says added adds continued continues insisted insists concluded
    concludes replied replies responded responds retorted quipped joked jokes remarked commented
    cautioned countered counters""")
# participles of asking and urging that lead a quotation or a request after a comma ('…, asking
# supporters to "donate $3"', '…, asking them to host events')
URGING = wordset("asking urging")
CANDIDATES = VERBS | PARTICIPLES | URGING | {"according", "According", "Asked"}
Tok = tuple[str, int, int]


def _has_cue(text: str) -> bool:
    """Does ``text`` have a speech verb, a participle or 'according' as a whole word? (Every
    cue is a whole word: a set look-up beats a regular expression of them.)"""
    return not CANDIDATES.isdisjoint(words_in(text))


def _words(text: str, base: int) -> list[Tok]:
    """Tokens with their offsets."""
    return [(m[0], base + m.start(), base + m.end()) for m in TOKEN_RE.finditer(_bar(text))]


def _words_to_comma(text: str, base: int) -> list[Tok]:
    """``_words(text, base)`` up to its first comma, semicolon or colon (the rest is not
    tokenised)."""
    out: list[Tok] = []
    for m in TOKEN_RE.finditer(_bar(text)):
        if m[0] in ",;:":
            break
        out.append((m[0], base + m.start(), base + m.end()))
    return out


_YEAR_MARK = re.compile(r"‘(?=\d\d\b)")


# degrees after a name ('Jorge Alsip, MD, the society's president, said'; 'David Satcher, M. D.,
# Ph. D., who'; ``words.CREDENTIALS``), and the comma after them before a speech verb ('J. James
# Rohack, MD, said'): blanks, so the name speaks
_CREDENTIALS = re.compile(r"(?<=[a-z])(?:,\s*(?:[A-Z][a-z]?\.\s?)+|,\s*[A-Z][A-Za-z]{1,3}\.?)+"
                          r"(?:,(?=\s+(?:said|says|told|added)\b)|(?=\s*[,)]|\s+"
                          r"(?:said|says|told|added)\b))")


def _blank_credentials(m: re.Match[str]) -> str:
    parts = [p for p in m[0].split(",") if p.strip()]
    return " " * len(m[0]) if parts and all(is_credential(p.strip()) for p in parts) else m[0]


def _bar(text: str) -> str:
    """A horizontal bar ('―', as some outlets write a dash) reads as a dash, the '‘' of a
    year ('in ‘08') as an apostrophe, and a name's degrees are blanks ('Jorge Alsip, MD, the
    …' reads 'Jorge Alsip    , the …'): one character for another, so the offsets stay."""
    if "―" in text:
        text = text.replace("―", "—")
    if ", " in text:
        text = _CREDENTIALS.sub(_blank_credentials, text)
    return _year_apostrophe(text)


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """The quotation spans of one text on its own (no quotation open before it)."""
    return _spans(text, False, False)[0]


def _year_apostrophe(text: str) -> str:
    """The '‘' of a year ('in ‘08') as an apostrophe, one character for another."""
    return _YEAR_MARK.sub("’", text) if "‘" in text else text


def _spans(text: str, carry: bool, single: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quotation spans; ``''`` (two apostrophes, as in some wire copy) is a double quote, and
    '‘' before a year's two digits ('in ‘08') is an apostrophe, no opening mark."""
    text = _year_apostrophe(text)  # one character for another: the offsets stay
    if "''" in text:
        def mark(m: re.Match[str]) -> str:
            i = m.start()
            closing = i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(["
            return '" ' if closing else ' "'
        text = re.sub("''", mark, text)
    return quote_spans_kind(text, carry, single)


def _abbreviation(word: str) -> bool:
    """'Md', 'Va', 'D.C', 'R-Ky': a short capitalised word before a dot (not a sentence
    end)."""
    return len(word) <= 5 and word[:1].isupper() and word.replace(".", "").replace(
        "-", "").isalpha()


def _cue(verb: str | None) -> str | None:
    return verb if verb is None else verb.lower()


# a participle after these speaks for the subject of the statement ('Mr. McConnell deflected
# questions before saying, "…"', 'She followed that by saying, "…"')
HANGING = wordset("by before after while when without")
