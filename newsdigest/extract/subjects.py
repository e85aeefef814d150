"""Who speaks: the speaker phrase of a speech verb (the subject before it, or the name after
an inverted verb: 'said Mr. Lavrov'), and the subject of a statement's main clause for a
clause with no speaker of its own ('…, saying …')."""

from __future__ import annotations

from dataclasses import dataclass

from ..words import TITLE_ABBREVIATIONS, ly_adverb
from .dates import MONTHS
from .figures import QUANTIFIERS
from .gazetteer import load as gazetteer
from .numbers import word_value
from .quote_words import (
    ADVERBS,
    AFTER_LEADER,
    ARTICLES,
    BAD_WHO,
    BOUNDARY,
    CITE_VERBS,
    COUNTS,
    FINITE,
    INTRO,
    IRREGULAR_PAST,
    LEADERS,
    NAME_UNLIKE,
    NEGATED,
    NEGATED_AUX,
    NOT_IN_WHO,
    PERCEIVING,
    PLACE_OPENERS,
    PREPOSITIONS,
    PROGRESSIVE,
    QUOTE_MARKS,
    SERVES,
    SUBJECTS,
    SUBORDINATORS,
    TAIL_OK,
    TIME_WORDS,
    VERBS,
    WHEN_WORDS,
    Tok,
)
from .speakers import DETERMINER, PARTIES, PRONOUNS, SUBJECT_PRONOUNS
from .speech import INVERTED


@dataclass
class _Attribution:
    start: int  # span of the speaker phrase in the statement
    end: int
    cue: str | None = None
    cited_by: str | None = None


def _who_verb(words: list[Tok], allow_after: bool, verbs: frozenset[str] = VERBS
              ) -> _Attribution | None:
    """The speaker and verb of an attribution opening ``words`` ('Lavrov said', 'the
    minister told', with ``allow_after`` 'said Lavrov'), the verb one of ``verbs``."""
    for v, (w, _, _) in enumerate(words[:13]):
        if w in CITE_VERBS and v > 0:
            rest = [x[0] for x in words[v + 1:]]
            if w == "quoted" and v > 1 and words[v - 1][0] in ("was", "were") and "as" in rest:
                named = _passive_quoted(words, v, rest)  # 'X was quoted (by Y) as saying'
                if named is not None:
                    return named
                continue
            if "as" in rest:
                a = v + 1 + rest.index("as")
                if a > v + 1:
                    outlet = " ".join(x[0] for x in words[:v])
                    return _Attribution(words[v + 1][1], words[a - 1][2], "cited", outlet)
            continue
        if w not in verbs:
            continue
        who = _clean_who(words[:v])
        if who:
            return None if _not_a_who(who) else _Attribution(who[0][1], who[-1][2], w)
        if v == 0 and allow_after and w in INVERTED and len(words) > 1:
            after = words[1:9]
            cut = next((n for n, x in enumerate(after) if x[0] in ("who", "which", "as", "when",
                                                                   "while", "after", "in")), None)
            after = after[:cut] if cut else after
            if any(x[0] in FINITE or x[0] in IRREGULAR_PAST for x in after):
                return None  # '…, said the event brought back memories': a clause, not who
            if after and after[0][0].lower() not in TAIL_OK and (any(
                    x[0][:1].isupper() for x in after) or after[0][0].lower() in (
                    "the", "a", "an", "his", "her", "its", "one")):
                return _Attribution(after[0][1], after[-1][2], w)
        return None
    return None


def _passive_quoted(words: list[Tok], v: int, rest: list[str]) -> _Attribution | None:
    """'provincial governor Mehdi Irannejad was quoted as saying', '… was quoted by IRNA as
    saying': the words before 'was' speak, an outlet between 'by' and 'as' cites them; None
    unless they hold a name ('the company was quoted as saying' is told by the statements
    around it, which name the company)."""
    who = _clean_who(words[:v - 1])
    if not who or _not_a_who(who) or not _named_or_pronoun(who):
        return None
    by = rest[1: rest.index("as")] if rest[:1] == ["by"] else []
    return _Attribution(who[0][1], who[-1][2], "quoted", " ".join(by) or None)


def _named_or_pronoun(who: list[Tok]) -> bool:
    """Does a speaker phrase hold a name ('provincial governor Mehdi Irannejad'), or is it a
    pronoun the statements before resolve ('he'), not a description ('the aid agency')?"""
    first = who[0][0]
    if len(who) == 1 and first.lower() in SUBJECT_PRONOUNS:
        return True
    return any(x[0][:1].isupper() for x in who[1:]) or (
        first[:1].isupper() and first.lower() not in ARTICLES)


def _not_a_who(who: list[Tok]) -> bool:
    """Is the phrase before a speech verb after a quotation no speaker: too long, a clause
    ('" with his hands and declared', '", pointing to … and telling', 'will establish what are
    called'), or the end of an insert ('"…" oil fields seized by the Islamic State - said')?"""
    first = who[0][0]
    return _too_long(who) or (first.lower() in BAD_WHO and not _demonstrative(who)) or (
        who[-1][0] in ("and", "or")) or first in INTRO or (
        first.islower() and first.endswith("ing")) or any(
        x[0] in DASHES for x in who) or _not_in_who(who)


def _demonstrative(who: list[Tok]) -> bool:
    """'this source', 'this Trump look-alike': 'this' before a noun, not a pronoun subject."""
    return who[0][0].lower() in ("this", "these") and len(who) > 1 and (
        who[1][0].lower() not in FINITE and who[1][0] not in VERBS)


def _too_long(who: list[Tok]) -> bool:
    """Longer than a speaker phrase: more than 8 words, or 12 for a name and where its bearer
    works ('Jeffrey Lewis of the James Martin Center for Nonproliferation Studies')."""
    if len(who) <= 8:
        return False
    return len(who) > 12 or not (who[0][0][:1].isupper() and who[1][0][:1].isupper()
                                 and who[2][0] in ("of", "from", "at"))


def _not_in_who(who: list[Tok]) -> bool:
    """Has a would-be speaker phrase a word no subject holds ('will', 'has', 'to': 'plans
    to say'), other than the 'to' of 'aides to Clinton' or 'a source speaking to Fox News',
    or a name ('Will' of '," Will wrote')?"""
    return any(x[0].lower() in NOT_IN_WHO and not _name_word(who, n) and not (
        x[0] == "to" and n > 0 and _to_someone(who, n)) for n, x in enumerate(who))


def _name_word(who: list[Tok], n: int) -> bool:
    """Is ``who[n]`` capitalised inside a sentence, a name ('Will'), not an auxiliary?"""
    w = who[n][0]
    return w[:1].isupper() and w[1:].islower() and (n > 0 or w.lower() not in NAME_UNLIKE)


def _to_someone(who: list[Tok], n: int) -> bool:
    """'aides to Clinton', 'a source speaking to Fox News': 'to' tying a name to the speaker."""
    before = who[n - 1][0]
    return before.lower() in SERVES or (before.islower() and before.endswith("ing") and n + 1 < len(
        who) and who[n + 1][0][:1].isupper())  # not 'According to Jupiter Research 40% …


def _clean_who(who: list[Tok]) -> list[Tok]:
    """'But he' -> 'he', 'In February 2004 he' -> 'he', 'Lavrov also' -> 'Lavrov'."""
    while who and (who[-1][0] in ADVERBS or who[-1][0] in NEGATED or (
            ly_adverb(who[-1][0]) and len(who) > 1)):
        who = who[:-1]  # 'Lavrov also', 'she angrily'; not 'A Clinton ally', 'the family'
    for n in range(len(who) - 1, -1, -1):
        if who[n][0].lower() in SUBJECT_PRONOUNS:
            return who[n:]
    while who and who[0][0] in LEADERS:
        who = who[1:]
    return who


def _before_time(toks: list[Tok], j: int) -> int:
    """The token before the time that ``toks[j]`` ends between a speaker and the verb ('Dianne
    Feinstein (D-Calif.) last week said', 'The State Department less than two weeks ago said',
    'Sanders on Monday said'), else ``j``."""
    if j < 1 or toks[j][0].lower() not in WHEN_WORDS:
        return j
    n = j
    while n > 0 and (toks[n][0].lower() in WHEN_WORDS or toks[n][0].lower() in TAIL_OK
                     or toks[n][0].lower() in COUNTS or toks[n][0][:1].isdigit()):
        n -= 1
    return n if n < j - 1 or toks[j - 1][0].lower() in TAIL_OK else j


def _subject(toks: list[Tok], v: int) -> tuple[int, int] | None:
    """The speaker phrase of the verb at ``toks[v]``: 'Mr. Regalado, 69, said', 'Jennifer
    Palmieri, the communications director, acknowledged', 'Trump, who said', 'he also said',
    'voters who said', 'Hawkins and others who want to ban abortion said'."""
    opening = _opening_relative(toks, v)
    if opening is not None:
        return opening
    j = v - 1
    while j >= 0 and (toks[j][0] in ADVERBS or _manner(toks, j) or (
            toks[j][0] in PROGRESSIVE and toks[v][0].endswith("ing"))):
        j -= 1  # 'he also said', 'Trump is warning', 'X, the chief executive, forcefully told'
    j = _before_time(toks, j)
    inner = j
    relative = j >= 2 and toks[j][0] == "who" and toks[j - 1][0] == ","  # 'X, who said'
    j = _before_insert(toks, j)
    named = _name_in_apposition(toks, j, inner)
    if named is not None:
        return named
    if j < 0:
        return None
    last = j
    end, j = _walk_back(toks, j)
    j = _past_perceiver(toks, j, end, v)
    own = any(t[0].lower() in SUBJECTS for t in toks[j + 1: end + 1])  # 'women who he said'
    if j > 1 and toks[j][0] == "who" and toks[j - 1][0] == "," and not own:
        end, j = _walk_back(toks, j - 2)  # 'Mr Blair, who last year denied'
    elif j > 0 and toks[j][0] == "who" and not own:
        end, j = _walk_back(toks, j - 1, True)  # 'voters who said', 'those who want … say'
        if j > 0 and end == j + 1 and toks[j][0] == "in" and _number(toks[j - 1][0]) and (
                _number(toks[end][0])):
            j -= 2  # 'compared with four in 10 who said': not '10'
    if toks[v][0].endswith("ing") and j + 1 < end and toks[j + 1][0].lower() == "with":
        j += 1  # 'with 30 percent of voters saying …': who says it follows 'with'
    if j > 0 and toks[j][0] == "," and toks[inner][0] == "," and _insert(toks, j + 1):
        end, j = _walk_back(toks, j - 1)  # 'Trump, speaking at a rally in Wilmington, warned'
    got = _checked(toks, j, end)
    if got is not None and (toks[j + 1][0] in ARTICLES or (
            toks[j + 1][0] in ADVERBS and j + 2 <= end and toks[j + 2][0] in ARTICLES)):
        # 'Dianne Feinstein, the ranking Democrat …', 'McConnell, now the Senate majority
        # leader, who in 2010 said'
        before_who = end + 2 < len(toks) and toks[end + 1][0] == "," and toks[end + 2][0] == "who"
        got = _name_before_role(toks, j, before_who) or got
    if got is None and relative:  # '… was echoed by Martin O’Malley, who noted': the name
        end, j = _walk_back(toks, last, True)
        got = _checked(toks, _past_place(toks, j, end), end)
    return got


PLACE_PREPOSITIONS = frozenset(("on", "in", "from", "at"))


def _past_place(toks: list[Tok], j: int, end: int) -> int:
    """Where the subject of ', who' starts when a place after a preposition ends it: with the
    people the place is said of, a plural right before it ('nervous Democrats on Capitol
    Hill, who have argued': the Democrats argued, not Capitol Hill); else ``j``."""
    if j < 1 or toks[j][0] not in PLACE_PREPOSITIONS or not toks[j - 1][0].endswith("s") or (
            gazetteer().place(" ".join(t[0] for t in toks[j + 1: end + 1])) is None):
        return j
    return j - 2


def _number(word: str) -> bool:
    """A number in digits or in words ('10', 'four')."""
    return word.isdigit() or word_value(word.lower()) is not None


def _opening_relative(toks: list[Tok], v: int) -> tuple[int, int] | None:
    """The name opening the clause before ', who'/', whose' (after short appositives) when
    the verb at ``toks[v]`` follows the relative clause after a comma: 'Sandy Phillips, who
    lost her daughter in Aurora, Colorado, in July 2012, said' (not 'Colorado')."""
    k = 0
    while k < v and toks[k][0][:1].isupper() and toks[k][0] not in LEADERS:
        k += 1
    if k == 0 or k + 2 >= v or toks[k][0] != "," or toks[v - 1][0] != "," or (
            toks[0][0].lower() in INTRO or toks[0][0].lower() in PREPOSITIONS):
        return None  # not 'Of Carson, Levine, who …, said'
    # past short appositives first: 'Donna Rawlings, 59, of Ashton, Md., who watched …, said'
    rel = next((m for m in range(k + 1, min(v - 1, k + 10)) if toks[m - 1][0] == ","
                and toks[m][0] in ("who", "whose")), None)
    if rel is None or any(t[0] in VERBS or t[0] in FINITE for t in toks[k:rel]):
        return None
    return toks[0][1], toks[k - 1][2]


def _insert(toks: list[Tok], k: int) -> bool:
    """Does ``toks[k]`` open an insert between a subject and its verb: a participle before its
    object ('Trump, speaking at a rally, warned'; not 'marketing company Doubleclick'), or
    'meanwhile' ('Sanders, meanwhile, said')?"""
    word = toks[k][0]
    if word in INSERTS:
        return True
    return word.islower() and word.endswith("ing") and len(word) > 5 and k + 1 < len(toks) and (
        toks[k + 1][0] in OBJECT_START or toks[k + 1][0] in PREPOSITIONS)


def _name_before_role(toks: list[Tok], j: int, relative: bool = False
                      ) -> tuple[int, int] | None:
    """The name before the comma ``toks[j]`` that a role follows in apposition ('Dianne
    Feinstein, the ranking Democrat on the committee, who said', 'Sen. Kirsten Gillibrand
    (D-NY), a supporter of Clinton told'): two or more capitalised words opening the clause,
    not a phrase ('In New York, the mayor said'); anywhere in it before a relative 'who'
    (``relative``: 'a frosty relationship with McConnell, now the Senate majority leader, who
    in 2010 said'), but not a place after 'of' ('Sen. Dianne Feinstein of California, the
    ranking Democrat …, who said'), nor a place after a comma ('… in Santa Rosa, California,
    the police chief said')."""
    if j < 2 or toks[j][0] != ",":
        return None
    end = j - 1
    if toks[end][0] == ")":
        end = _before_paren(toks, end)
    k = end
    while k >= 0 and end - k < 5 and toks[k][0][:1].isupper() and toks[k][0] not in LEADERS:
        k -= 1
    run = [t[0] for t in toks[k + 1: end + 1]]
    if not run or (k >= 0 and toks[k][0][:1].isupper() and toks[k][0] not in LEADERS) or any(
            w.lower() in INTRO or w.lower() in TIME_WORDS or w.lower() in TAIL_OK for w in run):
        return None  # 'On Tuesday, the company said', 'In New York, the mayor said'
    if k >= 0 and not ((relative and toks[k][0] not in ("of", "from")) or toks[k][0] in ",;:"
                       or toks[k][0] in QUOTE_MARKS or toks[k][0] in LEADERS):
        return None  # the name opens the clause: not 'an interview with Joe Scarborough and …'
    if k >= 0 and toks[k][0] == "," and " ".join(run) in gazetteer().places:
        return None  # the state after a town: '… in Santa Rosa, California, the police chief
        # said'
    return toks[k + 1][1], toks[end][2]


def _checked(toks: list[Tok], j: int, end: int) -> tuple[int, int] | None:
    """The span of the speaker phrase ``toks[j + 1: end + 1]`` without a leading connective
    or trailing adverb, or None when it is no subject (too long, 'which', 'In August')."""
    who = _clean_who(toks[j + 1: end + 1])
    if len(who) > 1 and who[0][0] in INVERTED and who[1][0][:1].isupper():
        who = who[1:]  # '"…," said Capt. Christian Pardo, who said he would not vote'
    if not who or end - j >= 16 or len(who) > 14:
        return None
    if all(t[0].lower() in TIME_WORDS or t[0].lower() in TAIL_OK for t in who):
        return None  # 'Late last year'
    first = who[0][0]
    if first == "of":  # a share of people: 'Some 60% of the 1,000 people interviewed said'
        share = _share_before(toks, j)
        return None if share is None else (share, who[-1][2])
    if first.lower() in INTRO and first.lower() != "about" and not _not_in_who(who):
        return _name_after_opening(who)  # 'In a Bloomberg interview Trump said'
    if (first.lower() in BAD_WHO and first != "It") or (
            first.lower() in INTRO and first.lower() != "about"):
        return None  # 'About 9 percent said' is a subject; 'In critical swing states' is not
    if _not_in_who(who[first.lower() == "about":]):
        return _head_before_clause(who)
    return who[0][1], who[-1][2]


def _share_before(toks: list[Tok], j: int) -> int | None:
    """Where a share ending at ``toks[j]`` starts ('Some 60%', '55 percent', 'Nearly two
    thirds - 65% -'), before the 'of' that follows it; None when none does ('… because of
    his heritage')."""
    if j > 0 and toks[j][0] in DASHES:  # 'only a bit more than half — 55 percent — of'
        k = next((n for n in range(j - 1, max(-1, j - 5), -1) if toks[n][0] in DASHES), None)
        if k is None or k == 0:
            return None
        start = _walk_back(toks, k - 1)[1] + 1
        return toks[start][1] if start < k else None
    k = j
    while k >= 0 and (toks[k][0] in ("%", "percent", "per", "cent") or toks[k][0].replace(
            ",", "").replace(".", "").isdigit()):
        k -= 1
    if k == j:
        return None
    if k >= 0 and toks[k][0].lower() in QUANTIFIERS:
        k -= 1  # 'Some 60%', 'nearly 40 percent'
    return toks[k + 1][1]


def _head_before_clause(who: list[Tok]) -> tuple[int, int] | None:
    """The head of a subject that a clause of its own follows ('The state officials' of 'The
    state officials whose laws have been invalidated say', 'The last man' of 'The last man to
    mount a third-party race says'): the words before 'who', 'whose', 'that' or 'to' after a
    noun, when they make a subject; else None."""
    cut = next((n for n, t in enumerate(who) if n > 0 and t[0] in HEAD_ENDS and (
        who[n - 1][0].isalpha() and not who[n - 1][0].endswith("ing"))), None)
    if cut is None or _not_in_who(who[:cut]) or who[0][0].lower() in BAD_WHO or (
            who[0][0].islower() and who[cut - 1][0] in gazetteer().role_ends):
        return None  # not 'shadow chief secretary' of '…, shadow chief secretary to the
        # Treasury, George Osborne, said': a role is no speaker
    return who[0][1], who[cut - 1][2]


def _past_perceiver(toks: list[Tok], j: int, end: int, v: int) -> int:
    """Where the speaker phrase ``toks[j + 1: end + 1]`` of the verb ``toks[v]`` really
    starts: after a verb of perceiving inside it whose object speaks with the verb's bare
    form ('Armstead said she heard someone say': someone; 'Earl Bloom heard Dan Patrick say
    it': Dan Patrick); else ``j`` (not 'a climber who watched his brother fall … said', nor
    'Supporters who have heard directly from the campaign say')."""
    w = toks[v][0].lower()
    if w.endswith(("ed", "s", "ing")) or w in IRREGULAR_PAST or w in ("said", "told"):
        return j  # no bare form
    k = next((n for n in range(end - 1, j, -1) if toks[n][0].lower() in PERCEIVING), None)
    if k is None or any(toks[n][0].lower() in ("who", "that", "which") for n in range(j + 1, k)):
        return j
    after = toks[k + 1][0].lower()
    return j if after in PREPOSITIONS or after.endswith("ly") else k


HEAD_ENDS = frozenset(("who", "whose", "that", "to"))
DASHES = frozenset(("-", "—", "–"))


def _name_after_opening(who: list[Tok]) -> tuple[int, int] | None:
    """The name closing an opening phrase with no comma ('In a Bloomberg interview Trump',
    'On Monday Donald Trump', 'In Iowa Trump'), else None ('In critical swing states')."""
    k = len(who)
    while k > 1 and who[k - 1][0][:1].isupper():
        k -= 1
    name = who[k:]
    gaz = gazetteer()
    while name and (name[0][0].lower() in TIME_WORDS or name[0][0].lower() in WHEN_WORDS
                    or gaz.place(name[0][0]) is not None):
        name = name[1:]  # the place or time the opening phrase names
    return (name[0][1], name[-1][2]) if name and len(name) < len(who) - 1 else None


def _manner(toks: list[Tok], j: int) -> bool:
    """An adverb of manner before the verb after an appositive or a name ('…, forcefully
    told', 'Trump angrily said'); not a noun such as 'family' ('the family said')."""
    w = toks[j][0]
    if not (ly_adverb(w) and len(w) > 5) or j == 0:
        return False
    prev = toks[j - 1][0]
    return prev == "," or (prev[:1].isupper() and not prev.endswith(("'s", "’s")))


def _before_insert(toks: list[Tok], j: int) -> int:
    """The last token of the subject, before what stands between it and the verb at ``j +
    1``: ', who' ('Trump, who said'), 'who' ('voters who said'), a parenthesis or an
    appositive between commas or dashes (-1 when the insert does not close)."""
    if j < 0:
        return j
    if toks[j][0] == "who" and j >= 2 and toks[j - 1][0] == ",":
        return j - 2
    if toks[j][0] == ")":
        return _before_paren(toks, j)
    if toks[j][0] == "," and j > 0 and toks[j - 1][0] == ")" and _party_tag(toks, j - 1):
        return _before_paren(toks, j - 1)  # 'Gov. John Kasich (R-OH), said'
    if toks[j][0] == "," or toks[j][0] in DASHES:
        mark = toks[j][0]
        stops = (",", ";", ":", mark) if mark == "," else (";", ":", mark)  # commas inside a
        # pair of dashes: 'Many speakers — including Muslims, Christians, Jews — said'
        k = next((n for n in range(j - 1, max(-1, j - 30), -1)
                  if toks[n][0] in stops or (toks[n][0] in QUOTE_MARKS and mark == ",")), None)
        if k is None or toks[k][0] != mark or k == 0:
            return -1
        return _before_paren(toks, k - 1) if toks[k - 1][0] == ")" else k - 1
    if toks[j][0] in QUOTE_MARKS and j > 1 and toks[j - 1][0] == ",":
        return _before_quoted_insert(toks, j)
    return j


def _before_quoted_insert(toks: list[Tok], j: int) -> int:
    """The last token of the subject before an insert between commas that ends in a quotation
    closing at ``toks[j]`` ('Mr. Manafort, citing "the unique magic of Trump," said'), -1
    when there is none."""
    k = next((n for n in range(j - 2, max(-1, j - 30), -1) if toks[n][0] in QUOTE_MARKS), None)
    if k is None:
        return -1
    m = next((n for n in range(k - 1, max(-1, k - 6), -1) if toks[n][0] in ",;:"), None)
    if m is None or m == 0 or toks[m][0] != "," or not toks[m + 1][0].endswith("ing"):
        return -1
    return m - 1


def _name_in_apposition(toks: list[Tok], j: int, inner: int) -> tuple[int, int] | None:
    """The name between commas after a role ('IBM's senior vice president of technology,
    Nick Donofrio, believes'): the span of ``toks[j + 2: inner]`` when the insert skipped by
    ``_before_insert`` is a name of 1-4 capitalised words and the role ends in a lower-case
    word, not in a relative clause; else None."""
    if j < 0 or toks[inner][0] != "," or toks[j + 1][0] != ",":
        return None
    name = toks[j + 2: inner]
    if not 0 < len(name) <= 4 or not _role_ends(toks, j):
        return None
    if not all(w[0][:1].isupper() and w[0].replace(".", "").isalpha() for w in name):
        return None
    if name[0][0].lower() in DETERMINER or _relative_before(toks, j):
        return None
    return name[0][1], name[-1][2]


def _role_ends(toks: list[Tok], j: int) -> bool:
    """Does a role end at ``toks[j]``: a lower-case word ('senior vice president of
    technology'), or where its holder serves after one ('shadow chief secretary to the
    Treasury')?"""
    if toks[j][0].isalpha() and toks[j][0].islower():
        return True
    k = j
    while k > 0 and j - k < 4 and toks[k][0][:1].isupper():
        k -= 1
    if toks[k][0] == "the":
        k -= 1
    return 0 < k < j and toks[k][0] in SERVES_AT and (
        toks[k - 1][0].isalpha() and toks[k - 1][0].islower())


SERVES_AT = frozenset(("to", "of", "for", "at"))


def _relative_before(toks: list[Tok], j: int) -> bool:
    """Is the comma-free stretch ending at ``toks[j]`` a relative clause ('Michael Seaman, who
    lives outside the state capital, Sacramento, said': he speaks)?"""
    for k in range(j, max(-1, j - 20), -1):
        w = toks[k][0]
        if w in ",;:.!?" or w in QUOTE_MARKS:
            return False
        if w in ("who", "which", "where"):
            return True
    return False


def _party_tag(toks: list[Tok], j: int) -> bool:
    """Does the parenthesis closing at ``toks[j]`` hold a party and state ('(R-OH)', '(D-Wis.)')
    or a party alone ('(D)') right after a name, not a description ('(a Republican PAC)')?"""
    k = _before_paren(toks, j) + 1
    inside = [t[0] for t in toks[k + 1: j]]
    return k > 0 and toks[k - 1][0][:1].isupper() and (
        (len(inside) == 1 and inside[0] in PARTIES) or (
        0 < len(inside) <= 4 and all(w[:1].isupper() or w in ".-" for w in inside)
        and any("-" in w for w in inside)))


def _before_paren(toks: list[Tok], j: int) -> int:
    k = next((n for n in range(j - 1, max(-1, j - 12), -1) if toks[n][0] == "("), None)
    return -1 if k is None else k - 1


def _walk_back(toks: list[Tok], j: int, noun: bool = False) -> tuple[int, int]:
    """(end, start - 1) of the subject ending at ``toks[j]``: back to a boundary, past short
    appositives ('Sen. Marco Rubio, R-Fla., appearing on Fox News, said'); a ``noun`` phrase
    only also stops at a preposition or a verb ('won among the 30 percent of voters')."""
    end = j
    for _ in range(3):
        end = j
        while j >= 0 and end - j < 16:
            w = toks[j][0]
            if w == ")" and _party_tag(toks, j):
                j = _before_paren(toks, j)  # 'Rep. Nick Rahall (D) of West Virginia says'
                continue
            if w in ",;:()" or w in QUOTE_MARKS or w in ".!?—–-" or (
                    w.lower() in BOUNDARY and not _joins_names(toks, j)):
                break
            if noun and (w.lower() in INTRO or w == "among" or _ends_subject(w)):
                break
            j -= 1
        if not (j > 0 and toks[j][0] == "," and end > j and _appositive(toks[j + 1: end + 1])):
            break
        j -= 1
    return end, j


def _joins_names(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` the 'and' of two names ('Mr. Grassley and Mr. Leahy said'), or of the
    two halves of a subject opening the statement ('Democrats and environmentalists said',
    'Officials at the interior and commerce ministries said'; not 'Trump won and aides
    said')?"""
    if toks[j][0] != "and" or not 0 < j < len(toks) - 1:
        return False
    if toks[j - 1][0][:1].isupper() and toks[j + 1][0][:1].isupper():
        return True
    before = [t[0] for t in toks[:j]]
    after = [t[0] for t in toks[j + 1: j + 1 + JOINED_OPENING]]
    return (len(before) <= JOINED_OPENING and toks[j + 1][0].lower() not in SUBJECT_PRONOUNS
            and not any(w[:1].isupper() for w in after)  # ('journalist and author Hiro
            # Aida': one person's two roles)
            and all(w[:1].isalnum() and not w.endswith(("'s", "’s")) and w.lower() not in FINITE
                    and w.lower() not in IRREGULAR_PAST and w.lower() not in SUBJECT_PRONOUNS
                    and w.lower() not in VERBS and not (w.islower() and w.endswith("ed"))
                    for w in before))  # ('Orozco's friends and fellow gang members': his)


JOINED_OPENING = 4  # words before an 'and' that joins two halves of an opening subject


def _appositive(chunk: list[Tok]) -> bool:
    """A short chunk between commas that describes rather than names: 'R-Fla.', '69',
    'of Flint'."""
    first = chunk[0][0]  # not '74 percent' ('Among Trump voters, 74 percent said')
    return (len(chunk) == 1 and any(c.isdigit() for c in first)) or (
        len(chunk) <= 2 and "-" in first) or _hometown(chunk)


def _hometown(chunk: list[Tok]) -> bool:
    """'of Flint', 'Mich.' of 'Cory James, 22, of Flint, Mich., said': where a person is from,
    or a state's short form."""
    words = [t[0] for t in chunk]
    if words[0] == "of":
        words = words[1:]
    elif words[-1:] != ["."] or len(words) > 2:
        return False
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w == "." for w in words)


def _coordinated(toks: list[Tok], v: int) -> bool:
    """'He called the actions lawful, and said …': the statement's subject speaks."""
    j = v - 1
    while j >= 0 and toks[j][0] in ADVERBS:
        j -= 1
    return j > 0 and toks[j][0] in ("and", "but")


BARE_DAYS = frozenset(("yesterday", "today", "tonight"))  # opening a clause with no comma


def _main_subject(toks: list[Tok]) -> tuple[int, int] | None:
    """The subject of the statement's main clause, for a clause with no speaker of its own
    ('During a speech, Trump attacked Clinton, saying …'; 'Authorities announced … and
    said …'): after a leading connective and an opening phrase ('In August,')."""
    i = 0
    while i < len(toks) and (toks[i][0] in LEADERS or toks[i][0] in ",;:—–-" or (
            i > 0 and toks[i][0] in AFTER_LEADER) or (  # 'And then Trump went …'
            toks[i][0].lower() in ADVERBS and i + 1 < len(toks) and toks[i + 1][0] == ",") or (
            toks[i][0].lower() in BARE_DAYS and i + 1 < len(toks)
            and toks[i + 1][0].lower() in ARTICLES)):
        i += 1  # 'Once, when my mother …, I laughed'; 'Yesterday a neighbour recalled …'
    if i < len(toks) and (_opens_phrase(toks, i) or _participle(toks, i) or (
            toks[i][0].lower() in SUBORDINATORS) or (
            (i > 0 or _time_phrase(toks, i)) and _phrase_to_comma(toks, i))):
        i = next((k + 1 for k in range(i, min(len(toks), i + 20)) if toks[k][0] == ","), -1)
        while 0 <= i < len(toks) and not _titled(toks, i) and (
                _phrase_to_comma(toks, i) or _opens_phrase(toks, i)
                or _apposed_to_name(toks, i)):
            # 'On Thursday, after remaining neutral …, Warren appeared …': a second phrase
            i = next((k + 1 for k in range(i, min(len(toks), i + 20)) if toks[k][0] == ","),
                     -1)
    if i < 0 or i >= len(toks):
        return None
    if toks[i][0].lower() in PRONOUNS or toks[i][0].lower() == "it":
        return (toks[i][1], toks[i][2]) if toks[i][0].lower() != "it" else None
    end = i
    while end < len(toks) and end - i < 10 and not _ends_subject(toks[end][0]) and not (
            end > i and _verb_s(toks[end][0]) and toks[end - 1][0].lower() not in AFTER_NO_VERB
            and not toks[end - 1][0].endswith(("'s", "’s")) and (toks[end - 1][0].islower() or (
                end + 1 < len(toks) and toks[end + 1][0] in OBJECT_START))):
        end += 1  # not 'The company wants', 'The Tory leader brands', 'Santilli wears a'
    if end == i or end - i >= 10 or end == len(toks) or (
            toks[i][0].islower() and toks[i][0].endswith("ing")):
        return None  # not 'pointing to bottles'
    return toks[i][1], toks[end - 1][2]


WH_WORDS = frozenset(("who", "what", "whether", "how", "why", "about"))
OBJECT_START = frozenset(("a", "an", "the", "that", "his", "her", "their", "its"))
# no verb comes right after these ('the families of the company's founders had …')
AFTER_NO_VERB = OBJECT_START | PREPOSITIONS
INSERTS = frozenset(("meanwhile", "however", "too", "though", "instead", "meantime"))


def _titled(toks: list[Tok], i: int) -> bool:
    """Does a person's title open ``toks[i]``, a short appositive after the name ('Rep. Edward
    Markey,' of 'In Congress, Rep. Edward Markey, D-Mass., called …'): the subject, not more of
    the opening phrase (as 'Mr. Putin,' of 'On the topic of another tough guy, Mr. Putin, Mr.
    Trump was pressed …')?"""
    if not (toks[i][0].rstrip(".") in TITLE_ABBREVIATIONS and i + 1 < len(toks)
            and toks[i + 1][0][:1].isupper()):
        return False
    comma = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k][0] == ","), None)
    if comma is None:
        return False
    close = next((k for k in range(comma + 1, min(len(toks), comma + 6)) if toks[k][0] == ","),
                 None)
    return close is not None and close > comma + 1 and _appositive(toks[comma + 1: close])


def _phrase_to_comma(toks: list[Tok], i: int) -> bool:
    """More of an opening phrase from ``toks[i]`` to a comma: 'Iowa,' and 'on Sunday,' of 'At
    an event in Ames, Iowa, on Sunday, Mrs. Clinton …', 'this week,' of 'Earlier this week,';
    a counted time ('a few days later,', 'several weeks ago,')."""
    counted = False
    for k in range(i, min(len(toks), i + 6)):
        w = toks[k][0]
        if w == ",":
            return k > i and (not counted or toks[k - 1][0].lower() in TIME_WORDS)
        if k - i >= 3 + counted:
            return False
        if w.lower() in COUNTS and not w[:1].isdigit():
            counted = True
        elif w.lower() in SUBJECTS or w in VERBS or not (
                w[:1].isupper() or w[:1].isdigit() or w.lower() in PREPOSITIONS
                or w.lower() in TIME_WORDS):
            return False
    return False


APPOSITION_WORDS = 12  # words of an apposition after a name in an opening phrase


def _apposed_to_name(toks: list[Tok], i: int) -> bool:
    """Is ``toks[i]`` an apposition to the name closing an opening phrase, up to a comma that
    more follows ('the Arizona sheriff and anti-immigration hard-liner,' of 'Preceded at the
    lectern by Joe Arpaio, the Arizona sheriff …, Trump launched'; not 'the senator,' of
    'After the vote, the senator, who …')?"""
    if not (1 < i < len(toks) and toks[i - 1][0] == "," and toks[i - 2][0][:1].isupper()
            and toks[i - 2][0].lower() not in WHEN_WORDS and toks[i - 2][0].lower() not in MONTHS
            and toks[i][0].lower() in ARTICLES):
        return False  # not 'In May, a U.S. District Court judge sided with …, saying'
    for k in range(i + 1, min(len(toks) - 1, i + APPOSITION_WORDS)):
        w = toks[k][0]
        if w == ",":
            return True
        if w.lower() in SUBJECTS or w in VERBS or w in QUOTE_MARKS or w in IRREGULAR_PAST or (
                w.islower() and w.endswith("ed")):
            return False
    return False


def _opens_phrase(toks: list[Tok], i: int) -> bool:
    """Does ``toks[i]`` open a phrase before the subject: a preposition ('Beyond the footage,'),
    or an adverb before one ('Just before the flight took off,', 'Shortly after noon,')?"""
    low = toks[i][0].lower()
    if low in INTRO:
        return True
    return i + 1 < len(toks) and toks[i + 1][0].lower() in INTRO and (
        low in ADVERBS or low in PLACE_OPENERS or low in TIME_WORDS or (
            low.endswith("ly") and len(low) > 4))


def _participle(toks: list[Tok], i: int) -> bool:
    """'Walking', 'Continuing', 'Asked' opening a statement: a phrase before its subject
    ('Walking to the next address, Ebeling said …', 'Asked about it, he said'); not a name
    before its verb or apposition ('Boreing said', 'Manning, the quarterback, said')."""
    word = toks[i][0]
    if not (word[:1].isupper() and word[1:].islower() and len(word) > 4):
        return False
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if word.endswith("ed"):  # 'Asked on Fox News who …, he said', not 'Ted said'
        return nxt.islower() and (nxt in PREPOSITIONS or nxt in BOUNDARY or nxt in WH_WORDS)
    return len(word) > 5 and word.endswith("ing") and not (
        nxt == "," or (_ends_subject(nxt) and nxt.lower() not in BOUNDARY))


def _time_phrase(toks: list[Tok], i: int) -> bool:
    """Does a time word or a number come before the first comma ('Hours later,', 'Back in
    1999,', 'This year,'): an opening phrase, not a subject ('Trump, the nominee,')?"""
    for t in toks[i: i + 5]:
        if t[0] == ",":
            return False
        if t[0].lower() in TIME_WORDS or t[0][:1].isdigit():
            return True
    return False


def _verb_s(w: str) -> bool:
    """'wants', 'brands' (a verb after a noun); not 'minister's', 'business'."""
    return w.islower() and w.endswith("s") and not w.endswith("ss") and "'" not in w and (
        "’" not in w)


def _ends_subject(w: str) -> bool:
    low = w.lower()
    return (w in ",;:()" or w in QUOTE_MARKS or low in BOUNDARY or low in FINITE
            or low in NEGATED_AUX or w in VERBS
            or w in ADVERBS or low in IRREGULAR_PAST or (w.islower() and w.endswith("ed")))
