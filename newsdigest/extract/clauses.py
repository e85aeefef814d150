"""Where a reported clause starts after its speech verb ('said on Friday that …', 'told
reporters he …', 'asked whether …') and where it ends (', according to …', ', but …', '; ')."""

from __future__ import annotations

import re

from ..words import ANSWERING, ly_adverb
from .quote_words import (
    ADVERBS,
    ANNOUNCING,
    ARTICLES,
    ASK,
    CLAUSE_BREAK,
    CLAUSE_OPENERS,
    CLAUSE_START,
    COMPARE,
    CUT_WORDS,
    DEGREE,
    FINITE,
    GO_ON,
    HOW,
    IRREGULAR_PAST,
    LEADERS,
    NO_CLAUSE,
    OBJECT_SPEECH,
    OPENERS,
    PARTICIPLES,
    POSSESSIVES,
    PREPOSITIONS,
    PROMISES,
    QUOTE_MARKS,
    RELATIVES,
    SAID_NOUNS,
    SAID_WHERE,
    SUBJECTS,
    SUBORDINATE,
    SUBORDINATORS,
    TAIL_OK,
    TELL,
    URGE,
    VERBS,
    WH,
    WHEN_WORDS,
    Tok,
)
from .speech import BELIEF_VERBS, DENIALS, NEED_CLAUSE
from .subjects import _verb_s

_TIME_WORDS = TAIL_OK - SUBORDINATE  # 'said Tuesday he …': words between a verb and its clause
_WHEN = _TIME_WORDS | WHEN_WORDS  # 'replied on Thursday that …', 'said last week that …'
_APOSTROPHE = re.compile("[’']")


# an auxiliary with 'not' glued on: 'didn't', 'wasn’t', 'won't', 'can't'
_NEGATED = re.compile(r"(?:did|does|do|is|are|was|were|has|have|had|could|would|should|wo|ca)"
                      r"n['’]t")


def _before_apostrophe(word: str) -> str:
    """``word`` in lower case up to any apostrophe ('She’ll' -> 'she', "he's" -> 'he')."""
    return _APOSTROPHE.split(word.lower())[0]


def _skipped(window: list[str], words: frozenset[str]) -> int:
    """How many of ``words`` (a time: 'on Friday', 'last week') open ``window``, never all of
    it."""
    n = 0
    while n < len(window) - 1 and window[n].lower() in words:
        n += 1
    return n


def _content_after(toks: list[Tok], v: int, stop: int) -> int | None:
    """Where the clause reported by the verb at ``toks[v]`` starts (an index into ``toks``),
    or None when what follows is no clause ('added four conversions', 'said to want')."""
    verb = toks[v][0]
    k = v + 1
    if k >= stop:
        return None
    window = [t[0] for t in toks[k: min(stop, k + 14)]]
    if verb.lower() in GO_ON and window[0] == "to":  # 'continued to insist that …' reports
        return k + window.index("that") + 1 if "that" in window[:6] else None  # its clause
    for rule in (_first_word, _answer, _that_clause, _marked_clause, _object_to, _question):
        got = rule(verb, window)  # where the clause starts in window, -1: none, None: go on
        if got is not None:
            return None if got < 0 else k + got
    it_clause = window[0].lower() == "it" and len(window) > 1 and window[1][:1].islower()
    # 'said yes.', but 'said no decision had been made'
    answer = len(window) > 1 and ((window[0].lower() in ("no", "yes") and window[1].isalpha()) or (
        window[0] == "about" and (window[1][:1].isdigit() or window[1] == "half")))
    if window[0] in ("after", "before") and window[1:2] and window[1] in OPENERS:
        return _after_time(window, k)  # 'said after the convention he would …'
    if window[0].lower() in NO_CLAUSE and not (it_clause and verb not in TELL) and not answer and (
            not _possessive_clause(verb, window, 0)):
        return None  # 'said to want', 'said so', 'said it', 'told him
    if verb in TELL:  # 'told reporters he …', 'told The Post on Monday his …', 'told X how'
        reach = _told_reach(window)  # not 'told Mr. Obama as he stopped …' (a time told of)
        reach = next((n for n in range(1, reach) if window[n].lower() in SUBORDINATE), reach)
        told = next((k + n for n, w in enumerate(window[1:reach], 1)
                     if _before_apostrophe(w) in SUBJECTS or w in QUOTE_MARKS
                     or w in WH or _possessive_clause(verb, window, n)), None)
        if told is None and reach < len(window) and "that" in window[reach:]:
            return k + window.index("that", reach) + 1  # 'told X before he spoke that he …'
        return told
    if verb in NEED_CLAUSE or verb in BELIEF_VERBS:  # 'added it …', 'explained why …'
        return k if window[0].lower() in CLAUSE_START or window[0] in HOW or _bare_clause(
            window) or _announced(verb, window) else None
    n = _skipped(window, _TIME_WORDS)  # 'said Tuesday he …', 'said on Friday the …'
    manner = _manner(window, n)  # 'said happily on MSNBC as returns came in': how it was said
    n += manner
    if manner and (window[n] in QUOTE_MARKS or window[n].lower() in OPENERS):
        return k + n  # 'said repeatedly "the next president" should …'
    if (n and window[n - 1].lower() in PREPOSITIONS) or window[n].lower() in SAID_WHERE or manner:
        # 'said in an interview he …', not 'said at the outset', 'said outside the
        # building': the clause opens with a subject after the phrase, if at all
        return next((k + m for m in range(n, min(len(window), n + 8))
                     if _before_apostrophe(window[m]) in SUBJECTS), None)
    return None if _possessive_object(window, n) else k + n


def _possessive_object(window: list[str], n: int) -> bool:
    """A possessive, a noun and a comma before a new subject ('once he has said his piece, he
    is ready to move on'): what was said is a thing, no clause."""
    return (window[n].lower() in POSSESSIVES and n + 3 < len(window) and window[n + 2] == ","
            and window[n + 3].lower() in SUBJECTS)


def _manner(window: list[str], n: int) -> bool:
    """Is ``window[n]`` an adverb telling how or when something was said ('happily',
    'repeatedly', 'shortly after'; not one that opens what was said: 'nearly every …'), with
    more words after it? Then what was said opens with a subject, if at all ('said repeatedly
    they …'; not 'said pleasantly into the phone')."""
    w = window[n]
    return n + 1 < len(window) and len(w) > 4 and ly_adverb(w) and w not in DEGREE


def _first_word(verb: str, window: list[str]) -> int | None:
    """What the first word after the verb settles: a denial reports what follows as written
    ('denied claims that he …'; 1 past 'that', else 0), 'add to' reports nothing ('added to
    the belief that …': increased; -1); None when it settles nothing."""
    if verb in DENIALS:
        return 1 if window[0] == "that" else 0
    return -1 if verb.startswith("add") and window[0] == "to" else None


def _after_time(window: list[str], k: int) -> int | None:
    """Where the clause starts after 'said after the convention he would …': a subject
    pronoun and a finite verb within seven words, no mark before them ('said after the
    meeting' reports nothing)."""
    for m in range(2, min(len(window) - 1, 8)):
        w = window[m]
        if not w[:1].isalnum():
            return None
        if w in SUBJECTS and _finite_like(window[m + 1]):
            return k + m
    return None


def _answer(verb: str, window: list[str]) -> int | None:
    """Where the clause of a verb of answering or going on starts in ``window``, the words
    after it: only a clause marked as said ('replied that …', 'responded on Thursday that …',
    'countered: …', 'continued, "…"', 'continued to insist that …'), not 'responded with
    wins', 'answered the door' or 'continued, ratings were in decline' (-1); None for the
    other verbs."""
    if verb not in ANSWERING:
        return None
    n = _skipped(window, _WHEN)
    if window[n] == "that" and n + 1 < len(window):
        return n + 1
    that = _that_clause("", window)  # 'replied in an even voice that she …', not 'countered
    if that is not None and that < len(window) and not _finite_like(window[that]) and not any(
            w in (",", "and", "or", "to") for w in window[:that]):  # with a spurt that got …',
        return that  # 'lower, in the hope that', 'continued to leak and on the assumption that
    if window[n] == "to" and len(window) > n + 3 and window[n + 1].isalpha() and (
            window[n + 1].islower() and not window[n + 1].endswith("s")):  # 'continued to
        if window[n + 2] in ("that", ":"):  # insist that …', not 'responded to reports that'
            return n + 3
        return n + 2 if _bare_clause(window[n + 2:]) else -1  # 'replied to suggest the …'
    if n == 0 and (window[0] == ":" or window[0] in QUOTE_MARKS):
        return 1 if window[0] == ":" else 0
    if n == 0 and window[0] == "," and len(window) > 1 and window[1] in QUOTE_MARKS:
        return 1
    return -1


def _told_reach(window: list[str]) -> int:
    """How far after a verb of telling its clause may start: past the one told ('told a
    Planned Parenthood gathering in Washington she …'), up to nine words, not past a mark or
    'to' ('told him to …')."""
    return next((n for n, w in enumerate(window[:10]) if n > 0 and (
        w == "to" or not (w[:1].isalnum() or w in QUOTE_MARKS))), min(len(window), 10))


def _possessive_clause(verb: str, window: list[str], n: int) -> bool:
    """Does a clause open with a possessive at ``window[n]`` ('said her group will …', 'told
    reporters his plan was …'): 'her', 'his', 'their' or 'its' (not 'told her', so never
    'her' first after a verb of telling), a word after it, then a verb within a few words? Or
    with 'this' before a verb after a verb of telling ('told reporters this was …')?"""
    w = window[n].lower()
    if w in ("this", "these") and n > 0 and verb in TELL:  # 'told reporters this was …'
        return n + 1 < len(window) and window[n + 1] in FINITE
    if w not in POSSESSIVES or (n == 0 and verb in TELL) or n + 2 >= len(window):
        return False
    return window[n + 1][:1].isalnum() and any(_finite_like(x) for x in window[n + 2: n + 7])


def _finite_like(word: str) -> bool:
    """A finite verb ('is', 'would', 'wanted', 'took', 'wants')."""
    return _past_or_auxiliary(word) or (word.islower() and len(word) > 3 and _verb_s(word) and (
        not word.endswith(("us", "is"))))


def _past_or_auxiliary(word: str) -> bool:
    """A verb in the past or an auxiliary ('made', 'would', 'were'; not 'talks', a plural as
    often as a verb)."""
    low = word.lower()
    return low in FINITE or low in IRREGULAR_PAST or (word.islower() and low.endswith("ed"))


def _bare_clause(window: list[str]) -> bool:
    """Does a clause with no 'that' open ``window`` ('argued the probe could not …', 'noted
    the minimum wage is …', 'claims Gülen runs …', 'suggested she’ll turn …'): a pronoun,
    determiner, possessive or capitalised word, then a finite verb within ten words, no
    relative word or mark before it ('added four conversions', 'noted the rise in prices' are
    no clause)?"""
    first = _before_apostrophe(window[0])
    if first in SUBJECTS and len(window) > 1 and window[1][:1].islower() and window[0] != first:
        return True  # 'she’ll turn', 'he’s worth'
    if first in SUBJECTS:
        return False
    if not (first in OPENERS or window[0][:1].isupper()):
        return _lower_subject(window)
    for n in range(1, min(len(window), 14)):
        w = window[n]
        if w in QUOTE_MARKS:
            continue  # 'warning the "stakes are too high"'
        low = _before_apostrophe(w)
        if low in FINITE or _NEGATED.fullmatch(w.lower()) or (w.islower() and (
                low in IRREGULAR_PAST or (low.endswith("ed")
                                          and window[n - 1].lower() not in OPENERS))):
            return True
        if _verb_s(w) and n == 1 and window[0][:1].isupper():
            return True  # 'claims Gülen runs …'
        if not w[:1].isalnum() or low in CLAUSE_OPENERS or (low in ("and", "but") and (
                n + 1 < len(window) and (window[n + 1] in VERBS or _finite_like(window[n + 1])))):
            return False  # 'announced the arrest of a man and said …': no clause
    return False


def _lower_subject(window: list[str]) -> bool:
    """Does a clause open ``window`` with a subject in lower case ('warning more rises could
    …', 'claiming people had been …'): a word that is no preposition or pronoun, then an
    auxiliary within four words, all of them words?"""
    if window[0].lower() in NO_CLAUSE or window[0].lower() in PREPOSITIONS or not (
            window[0].isalpha() and window[0].islower()):
        return False
    for w in window[1:5]:
        if w in FINITE:
            return True
        if not w.isalpha() or w in CLAUSE_OPENERS or w in ("and", "or", "but"):
            return False
    return False


def _announced(verb: str, window: list[str]) -> bool:
    """Does what a verb such as 'pledged' or 'acknowledged' reports open ``window`` as a noun
    phrase ('acknowledged the appeal of …', 'pledged a "political revolution"'): a determiner,
    possessive or name first? 'Announced' reports a noun phrase only when it names something
    said or decided ('announced his candidacy', 'announced a $275 billion plan'; not
    'announced the arrest of a man')."""
    first = window[0].lower()
    if first in SUBJECTS or not (first in OPENERS or window[0][:1].isupper()):
        return False
    if verb in OBJECT_SPEECH:
        return True
    head = next((w for w in window[1:7] if not w[:1].isalnum() or w.lower() in PREPOSITIONS),
                None)
    phrase = window[: window.index(head)] if head is not None else window[:7]
    return verb in ANNOUNCING and any(w.lower() in SAID_NOUNS for w in phrase)


# The rules of _content_after: where in ``window`` (the words after the verb) the reported
# clause starts, -1 for no clause, None when the rule does not apply.


def _that_clause(verb: str, window: list[str]) -> int | None:
    """'said on Friday that', 'told reporters that', 'announced this month that'; not 'added
    features that made …'."""
    that = next((n for n, w in enumerate(window[:13]) if w == "that"  # not 'at that time'
                 and (n == 0 or window[n - 1].lower() not in PREPOSITIONS)), None)
    if that is None or any(
            w in ";" or w in QUOTE_MARKS or w.lower() in FINITE or w in VERBS
            or _before_apostrophe(w) in SUBJECTS for w in window[:that]):
        return None
    if that > 0 and verb not in TELL and _relative_that(window, that):
        return None  # 'added features that made it easier': 'that' of a relative clause
    return that + 1


def _relative_that(window: list[str], that: int) -> bool:
    """Does 'that' at ``window[that]`` open a relative clause: after a noun, before a verb in
    the past or an auxiliary ('features that made', 'rule that would') or, after a singular
    noun, a verb in '-s' with a word after it ('a phone that works with'; not 'in December
    that talks would …', 'an interview that trials, with …')?"""
    if that + 1 >= len(window):
        return False
    before, after = window[that - 1], window[that + 1]
    if before.lower() in _WHEN:
        return False
    if _past_or_auxiliary(after):
        return True
    nxt = window[that + 2] if that + 2 < len(window) else "."
    return _finite_like(after) and before.islower() and not before.endswith("s") and (
        nxt[:1].isalnum() and not _past_or_auxiliary(nxt))  # not 'that trials, with …'


def _marked_clause(verb: str, window: list[str]) -> int | None:
    """'said: …', 'said, "…"', 'said "…"', 'pledged to bolster …'; not '…, he said,
    accusing users of …', nor a quotation right after 'told' (the direct quotation it is
    is listed as one)."""
    if window[0] == ":" or (window[0] == "," and len(window) > 1 and window[1] in QUOTE_MARKS):
        return 1 if len(window) > 1 else -1
    if window[0] == ",":
        return -1 if len(window) < 2 or window[1].endswith("ing") else 1
    if window[0] in QUOTE_MARKS:  # 'told "Fox and Friends" after …': whom, not what
        return -1 if verb in TELL else 0
    if window[0] == "to" and verb in PROMISES and len(window) > 2:
        return 0
    return None


def _question(verb: str, window: list[str]) -> int | None:
    """'asked Sanders whether …', 'asked if …': the question."""
    if verb not in ASK:
        return None
    wh = next((n for n, w in enumerate(window[:5]) if w.lower() in WH), None)
    if wh is None or len(window) < wh + 3 or any(not w[:1].isalnum() for w in window[:wh]):
        return None
    return wh


def _object_to(verb: str, window: list[str]) -> int | None:
    """'urged Republicans to join …', 'told his advisers to figure out …': the person
    addressed and what they are asked to do (not 'told reporters he planned to appeal':
    a clause told, with its own subject and verb before 'to')."""
    if verb not in URGE:
        return None
    to = next((n for n, w in enumerate(window[:6]) if w == "to"), None)
    if not to or len(window) < to + 2 or window[0] == "not" or any(
            not w[:1].isalnum() or w.lower() in FINITE or (n and w in SUBJECTS)
            or (n and _past_or_auxiliary(w)) for n, w in enumerate(window[:to])):
        return None
    return 0


class _Cuts:
    """Where reported clauses end in a statement's tokens, found on demand (most statements
    ask for one or two), each token looked at once: see ``_ends_clause``."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.known: dict[int, int] = {}

    def at(self, n: int) -> int:
        """The index of the first token at or after ``n`` that ends a reported clause
        (``len(toks)`` when none)."""
        toks, known = self.toks, self.known
        cut = len(toks)
        passed = []
        for i in range(n, len(toks) - 1):
            if i in known:
                cut = known[i]
                break
            if _ends_clause(toks, i):
                cut = i
                break
            passed.append(i)
        for i in passed:
            known[i] = cut
        return cut


def _ends_clause(toks: list[Tok], n: int) -> bool:
    """A semicolon or a dash; a comma opening ', according to …', ', saying …', ', but …',
    ', which …', ', implicitly putting …' or ', and called …'; 'and' before a speech verb
    ('… and also said …': a second report) or a new subject ('… and Democrats accused …')."""
    w = toks[n][0]
    if w == ";":
        return True
    if w in ("—", "–", "-"):
        return not _paired(toks, n)
    if w == ",":
        return _comma_ends(toks, n)
    if w in ("and", "but"):
        return _verb_next(toks, n + 1) or _new_subject(toks, n + 1)
    return False


def _paired(toks: list[Tok], n: int) -> bool:
    """Is the dash ``toks[n]`` one of a pair around an insert ('a two-year delay — as well
    as the pause — in that package'): the same dash within a few words before or after it,
    no semicolon or quotation mark between? ('- -', one dash in two, is one mark.)"""
    for step in (1, -1):
        k = n + step
        if 0 <= k < len(toks) and toks[k][0] == toks[n][0]:
            k += step  # the other half of '- -'
        while 0 <= k < len(toks) and abs(k - n) <= 12:
            w = toks[k][0]
            if w == toks[n][0]:
                return True
            if w == ";" or w in QUOTE_MARKS:
                break
            k += step
    return False


def _comma_ends(toks: list[Tok], n: int) -> bool:
    """Does the comma ``toks[n]`` end a reported clause: before ', according to …', ',
    saying …', ', but …', ', which …', ', who …' closing the statement, a speech verb, a
    comparison, a new speaker or a verb in the past ('…, and called …')?"""
    nxt = toks[n + 1][0]
    low = nxt.lower()
    if low == "but" and n + 2 < len(toks) and toks[n + 2][0] == "that":
        return False  # 'said his staff erred, but that the DNC's move was …': one report
    if low == "according" or low in PARTICIPLES or low in CLAUSE_BREAK or low in CUT_WORDS:
        return True
    if nxt in VERBS:  # 'Graham, who says …, tweeted that …'
        return True
    if low in ("a", "an"):  # '…, a move that could …': the writer's description of it
        return not _appositive(toks, n)
    if _comparison(toks, n + 1) or _new_speaker(toks, n + 1) or _last_relative(toks, n + 1):
        return True
    k = n + 1 if low != "and" else n + 2
    while k < len(toks) - 1 and toks[k][0].endswith("ly") and toks[k][0].islower():
        k += 1
    verb = toks[k][0] if k < len(toks) else ""
    return verb.islower() and (verb.endswith("ed") and k > n + 1)


def _appositive(toks: list[Tok], n: int) -> bool:
    """Is ', a …,' at the comma ``toks[n]`` a description between commas inside the reported
    clause, which goes on after it ('the quake on the outskirts of Dargahan, a small town on
    Qeshm island, injured two people'): no verb before the closing comma, a lower-case word
    after it that goes on with the clause (not a list: '…, a security officer license, and
    was employed …', '"a $15 minimum wage, an end to …, a Medicare-for-all …"')?"""
    for m in range(n + 2, min(len(toks) - 1, n + APPOSITIVE_WORDS)):
        w = toks[m][0]
        if w == ",":
            after = toks[m + 1][0]
            return after.isalpha() and after.islower() and after not in _LIST_GOES_ON \
                and not _comma_ends(toks, m)
        if w.lower() in FINITE or w in VERBS or not (w[:1].isalnum() or w in "-'’"):
            return False
    return False


APPOSITIVE_WORDS = 12  # tokens of a description between commas
# words after the second comma that make ', a …,' an item of a list, not a description
_LIST_GOES_ON = ARTICLES | frozenset(("and", "or", "but"))


def _last_relative(toks: list[Tok], k: int) -> bool:
    """', who …' / ', where …' running to the end of the statement: the writer's note on the
    person or place the clause ends with ('…, Eric Fanning, who was his chief of staff.'),
    not a clause inside the reported one ('Mrs. Clinton, who …, would …')."""
    if toks[k][0].lower() not in RELATIVES:
        return False
    return not any(t[0] in ",;:—–-" or t[0] in QUOTE_MARKS for t in toks[k + 1:])


def _new_speaker(toks: list[Tok], k: int) -> bool:
    """', he clarified that …', ', she added': a subject pronoun and a speech verb after a
    comma open the next report, not part of this one."""
    return k + 1 < len(toks) and toks[k][0] in SUBJECTS and toks[k + 1][0] in VERBS


def _comparison(toks: list[Tok], k: int) -> bool:
    """', compared with 41 percent …', ', up from 38 percent', ', versus …': a figure's
    comparison after the reported clause, the writer's, not the speaker's."""
    low = toks[k][0].lower()
    if low in COMPARE:
        return True
    return low in ("up", "down") and k + 1 < len(toks) and toks[k + 1][0] == "from"


def _new_subject(toks: list[Tok], k: int) -> bool:
    """'Democrats accused', 'Mr. Smith said': capitalised words, then a verb in the past."""
    n = k
    while n < len(toks) and n - k < 4 and toks[n][0][:1].isupper() and toks[n][0] != "I":
        n += 1
    return k < n < len(toks) and toks[n][0].islower() and (
        toks[n][0].endswith("ed") or toks[n][0] in VERBS)


def _verb_next(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a speech verb, after adverbs ('… and also said …': a second report)?"""
    while k < len(toks) - 1 and toks[k][0] in ADVERBS:
        k += 1
    return toks[k][0] in VERBS


def _end_of(toks: list[Tok], k: int, cuts: _Cuts) -> int:
    """The last token of a reported clause starting at ``k``: before a tail such as ',
    according to …' or ', saying …'."""
    end = min(cuts.at(k + 1), len(toks)) - 1
    while end > k and toks[end][0] in ".,;:!?—–-":
        end -= 1
    return end


def _subordinate_end(toks: list[Tok], v: int, e: int) -> int:
    """``e``, or the token before the comma closing the subordinate clause that opens the
    statement (in its first four words) and holds the verb at ``toks[v]`` ('While Ramos said
    that …, he appears …', 'Three years after Republicans vowed to …, the party …')."""
    first = 0
    while first < v and toks[first][0] in LEADERS:
        first += 1
    sub = next((n for n in range(first, min(v, first + 4)) if toks[n][0].lower() in
                SUBORDINATORS), None)  # 'Three years after Republicans vowed to …, the party'
    if sub is None or v - sub > SUB_REACH or not _apposed_pairs(
            [n for n in range(sub, v) if toks[n][0] == ","], v):
        return e  # (a name between commas is no end: 'When the F.B.I. director, James B.
        # Comey, said that …, experts …')
    comma = next((n for n in range(v + 1, e + 1) if toks[n][0] == ","), None)
    return e if comma is None else comma - 1


APPOSED = 6  # tokens between the two commas of an apposition
SUB_REACH = 40  # tokens from an opening subordinator to the verb it holds


def _apposed_pairs(commas: list[int], v: int) -> bool:
    """None, or two around a short apposition right before the verb at ``v`` ('the director,
    James B. Comey, said'; not 'When he took the stage …, at a theater in Winterset, he said',
    where the second closes the subordinate clause)?"""
    return not commas or (len(commas) == 2 and commas[1] - commas[0] <= APPOSED + 1
                          and commas[1] == v - 1)


def _time_comma(toks: list[Tok], v: int) -> int | None:
    """The comma closing a short time phrase after the verb at ``v`` ('A, Smith said on
    Monday, B'), else None."""
    if v + 1 >= len(toks) or toks[v + 1][0].lower() not in TAIL_OK:
        return None
    for n in range(v + 2, min(len(toks), v + 5)):
        w = toks[n][0]
        if w == ",":
            return n
        if not (w.lower() in TAIL_OK or w.lower() in ("week", "month", "year", "night", "the")):
            return None
    return None


def _clause_start(toks: list[Tok], c: int) -> int:
    """The first token of the clause that ends before ``toks[c]``: after a colon or semicolon,
    without a leading 'But'."""
    first = c - 1
    while first > 0 and toks[first - 1][0] not in (":", ";"):
        first -= 1
    while first < c and toks[first][0] in LEADERS:
        first += 1
    return max(first, 0)
