"""Reported speech in a statement: at each cue (a speech verb, a participle, 'according to')
the clause reported and its speaker, before or after the verb, as ``Quote`` objects."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..model import Quote, Statement
from ..words import SPEECH_VERBS
from .clauses import (
    _clause_start,
    _content_after,
    _Cuts,
    _end_of,
    _finite_like,
    _past_or_auxiliary,
    _subordinate_end,
    _that_clause,
    _time_comma,
)
from .dates import RELATIVE_DAYS
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .given_names import PERSON_WORDS
from .numbers import word_value
from .quote_words import (
    ARTICLES,
    ASK,
    CANDIDATES,
    CLAUSE_START,
    DESCRIBED,
    FINITE,
    INTRO,
    IRREGULAR_PAST,
    LEADERS,
    MIN_REPORTED,
    NEW_CLAUSE,
    OPENERS,
    PARTICIPLES,
    PERCEIVING,
    POSSESSIVES,
    PREPOSITIONS,
    PROGRESSIVE,
    QUANTITIES,
    QUOTE_MARKS,
    RELATIVE_GAP,
    SAID_ALONE,
    SUBJECTS,
    TAIL_OK,
    TELL,
    UNSAID,
    URGE,
    URGING,
    VERBS,
    WH,
    Tok,
    _cue,
    _has_cue,
    _words,
)
from .speakers import DETERMINER, FIRST_PERSON, Resolver
from .speech import AFTER_QUOTE, INVERTED
from .subjects import _coordinated, _main_subject, _subject

Found = tuple[int, int, int, int, str, int]  # content span, speaker span, cue, verb index


def _clause_after(toks: list[Tok], v: int, w: str, cuts: _Cuts) -> list[Found]:
    """The reported clause right after the cue ``w`` at token ``v`` with no speaker of its
    own (', saying …'; 'and said …'), when it is long enough to be speech."""
    k = _content_after(toks, v, len(toks))
    if k is None:
        return []
    e = _end_of(toks, k, cuts)
    return [(toks[k][1], toks[e][2], -1, toks[v][1], w, v)] if e - k + 1 >= MIN_REPORTED else []


# verbs that turn something down: with a noun phrase naming a request and no clause after
# them they report no words ('denied a defense request'; but 'denied that he fired')
REJECTED = wordset("denied denies deny denying rejected rejects reject rejecting refused "
                   "refuses dismissed dismisses")
# ... and what is turned down then: a request, not a claim ('denied the charges', 'denied the
# report' say something)
TURNED_DOWN = wordset("""request requests motion motions offer offers bail application
    applications appeal appeals permission access entry petition petitions bid bids visa
    visas""")


def _turned_down(cue: str, body: str) -> bool:
    """Does a verb of turning down (``cue``) have a noun phrase ``body`` with no verb of its
    own, naming a request (``TURNED_DOWN``: 'denied a defense request', 'rejected the
    offer'): a thing turned down, no words reported ('denied the charges', 'denied that he
    fired' report)? Its subject still speaks next ('…, saying that …')."""
    words = [w.strip(",;:.()").lower() for w in body.split()]
    return cue.lower() in REJECTED and bool(words) and words[0] in OPENERS and not any(
        _past_or_auxiliary(w) for w in words) and not TURNED_DOWN.isdisjoint(words)


def _put_to(toks: list[Tok], v: int) -> bool:
    """Is ``toks[v]`` ('asked') a question put to the subject, opening the sentence or a
    sentence ('When asked whether …, he said', 'Asked on Fox News who …', '…, and when asked
    if …', 'he said when asked how …', 'he was asked whether …')?"""
    q = _question_at(toks, v)
    if q is None or (toks[q][0] in ("about", "to") and v == 0 and (q > 1 or next(
            (t[0] for t in toks[q:] if t[0] in ",;:.?!"), "") != ",")):
        return False  # 'Asked about the plan, he said …', not 'Asked about the plan she
        # confesses: …' nor 'Asked a direct question about this, …'
    before = [t[0].lower() for t in toks[max(0, v - 2): v]]
    return v == 0 or before[-1] in PROGRESSIVE or before[-1] in (
        "being", "when", "after", "once")


def _question_at(toks: list[Tok], v: int) -> int | None:
    """Where the question put with 'asked' at ``toks[v]`` opens: a question word or 'about'
    right after it or after a short phrase saying where or when ('Asked in Iowa recently
    whether …', 'when asked by a reporter if …'), else None."""
    for n in range(v + 1, min(len(toks), v + 9)):
        w = toks[n][0]
        if w.lower() in WH or w == "about" or (w == "to" and v == 0):  # 'Asked to describe
            return n  # the device, …': put to the speaker
        if not w[:1].isalnum() or w in FINITE or w in VERBS:
            return None
    return None


def _question_put(toks: list[Tok], v: int) -> list[Found]:
    """The question of 'When asked whether he would …, Rubio said …' (up to the comma), with
    no speaker (who asked is not said) unless 'by' names one."""
    q = _question_at(toks, v)
    if q is None:
        return []
    k = q + 1 if toks[q][0] == "about" else q  # 'asked about his plans': his plans
    e = next((n - 1 for n in range(k, len(toks)) if toks[n][0] in ",;:.?!"), len(toks) - 1)
    by = next((n for n in range(v + 1, q - 1) if toks[n][0] == "by"), None)
    ws, we = (toks[by + 1][1], toks[q - 1][2]) if by is not None else (UNSAID, UNSAID)
    return [(toks[k][1], toks[e][2], ws, we, toks[v][0], v)] if (  # 'when asked by host John
        e - k + 1 >= MIN_REPORTED) else []  # Dickerson whether …': Dickerson asks


def _reported(st: Statement, spans: list[tuple[int, int, bool]], res: Resolver,
              skip: list[tuple[int, int]], said_by: str | None = None) -> list[Quote]:
    """Reported speech in a statement (not the text of its direct quotations, which
    ``said_by`` speaks: the speaker of '…, adding …' in '"…," said Mr. Burr, adding …')."""
    text = st.text
    if not _has_cue(text) and " reported" not in text and " reports" not in text:
        return []
    toks = _words(text, 0)
    cuts = _Cuts(toks)
    quoted = sorted((s, e) for s, e, _ in spans)
    found: list[Found] = []
    q = 0
    for v in [n for n, t in enumerate(toks) if t[0] in CANDIDATES or t[0] in AFTER_QUOTE]:
        at = toks[v][1]  # the cues and spans are both in order: one sweep
        while q < len(quoted) and quoted[q][1] <= at:
            q += 1
        if not (q < len(quoted) and quoted[q][0] <= at):  # not inside a quotation
            found.extend(_at_cue(text, toks, v, cuts))
    main = _main_subject(toks) if toks[0][0] not in QUOTE_MARKS and any(
        f[2] < 0 for f in found) else None  # no subject outside an opening quotation
    return _quotes_of(st, found, res, skip, main, said_by)


def _closing_cue(toks: list[Tok], v: int) -> bool:
    """Does the cue ``toks[v]`` close its statement after a comma and a short subject ('…,
    Reuters reported.', '…, the station reported Friday.'), so that what comes before the
    comma is what was reported?"""
    rest = [t[0] for t in toks[v + 1:]]
    if rest and rest[-1] in ".!":
        rest = rest[:-1]
    if len(rest) > 1 or any(not w.isalpha() for w in rest):
        return False
    comma = next((k for k in range(v - 1, max(-1, v - 6), -1) if toks[k][0] == ","), None)
    return comma is not None and comma > 2


def _at_cue(text: str, toks: list[Tok], v: int, cuts: _Cuts) -> list[Found]:
    """The reported speech whose cue is ``toks[v]``: 'according to X', ', saying …', 'X said
    …', '…, X said', 'and said …', '…, said X'."""
    w = toks[v][0]
    if w.lower() == "according" and v + 2 < len(toks) and toks[v + 1][0] == "to":
        return _according(toks, v, cuts)
    if (w in PARTICIPLES or w in URGING) and v > 0 and toks[v - 1][0] == ",":
        return _clause_after(toks, v, w, cuts)
    if w.lower() in ASK and _put_to(toks, v):
        return _question_put(toks, v)
    if w in AFTER_QUOTE and not _closing_cue(toks, v) and (
            v + 1 >= len(toks) or toks[v + 1][0] != "that" or (
                w == "reports" and (v == 0 or not toks[v - 1][0][:1].isupper()))):
        return []  # 'police reported a robbery', 'denied reports that …' (a noun); but
        # 'ESPN's Buster Olney reported that …', 'Michael Silverman reports that …', and
        # closing a statement: '…, Reuters reported.'
    if w not in VERBS and w not in AFTER_QUOTE and not (
            w in PARTICIPLES and v > 1 and toks[v - 1][0] in PROGRESSIVE):
        return []  # 'Clinton is declaring that …' speaks as 'Clinton declared that …' does
    if (v > 0 and toks[v - 1][0].lower() == "to") or _unsaid(toks, v) or _modifier(toks, v) or (
            w in NOUN_FIRST and not _verb_reading(toks, v)) or _closes_opening(toks, v) or (
            _unnamed_asking(toks, v)):
        return []
    inverted = w in INVERTED and v > 0 and toks[v - 1][0] == ","
    inv = _inverted(toks, v) if inverted and (_name_next(toks, v) or _ends_with_speaker(
        toks, v) or _role_and_name_next(toks, v)) else None
    if inv is not None:  # '…, said Larry Sabato, director of …': the name after the verb
        return [inv]  # speaks, not a subject before it
    who = _subject(toks, v)
    if who is not None and w.endswith("ing"):
        return _participle_of(text, toks, v, who, cuts)
    if who is None and _coordinated(toks, v):
        return _clause_after(toks, v, w, cuts)
    tail = _tail_content(toks, v, who, cuts)
    if tail:
        return tail
    if who is not None:
        return _clause_of(toks, v, who, cuts)
    inv = _inverted(toks, v) if inverted else None
    return [] if inv is None else [inv]


def _participle_of(text: str, toks: list[Tok], v: int, who: tuple[int, int], cuts: _Cuts
                   ) -> list[Found]:
    """The speech of a participle ('saying') with the subject ``who`` before it: 'with 30
    percent of voters saying …' speaks, 'for saying that …' speaks for the statement's
    subject, 'It goes without saying' does not."""
    phrase = text[who[0]: who[1]]
    if phrase in INTRO:
        return _clause_after(toks, v, toks[v][0], cuts)
    if not _counted(phrase) and toks[v - 1][0] not in PROGRESSIVE and any(
            x[:1].islower() and x not in DETERMINER for x in phrase.split()[1:]):
        return []  # but 'The Florida senator is telling reporters …' speaks
    return _tail_content(toks, v, who, cuts) or _clause_of(toks, v, who, cuts)


def _unnamed_asking(toks: list[Tok], v: int) -> bool:
    """'a spokeswoman who asked not to be named said …': asking for anonymity says nothing
    (the 'said' after it is the cue)."""
    return toks[v][0] in ("asked", "asks", "requested") and [
        t[0] for t in toks[v + 1: v + 4]] == ["not", "to", "be"]


def _unsaid(toks: list[Tok], v: int) -> bool:
    """Does the verb at ``toks[v]`` say that its subject said nothing: negated ('did not say
    why …', "couldn't say if …", 'has not confirmed any timing', 'were not answered') or
    passive ('was told he would be released', 'is said to be'): the subject is not who spoke
    ('When asked …' and 'he was asked whether …' are read before); or that it asked for a
    thing, not in words ('asked for the public's help')."""
    if toks[v][0].lower() in ASK and v + 1 < len(toks) and toks[v + 1][0] == "for" and (
            not _asked_to([t[0] for t in toks[v + 2: v + 8]])):
        return True  # 'asked for the public's help': a thing asked for, no words reported
        # (but 'asked for volunteers to move to the back')
    k = v - 1
    while k > 0 and v - k <= 2 and toks[k][0].islower() and (toks[k][0] in STILL or (
            toks[k][0].endswith("ly") and toks[k][0] not in NOT_NEGATING)):
        k -= 1  # 'did not immediately say', 'has not yet said'
    if k < 0:
        return False
    low = toks[k][0].lower()
    if low in ("not", "never") or low.endswith(("n't", "n’t")):
        return True
    return (low in PASSIVE_BE or low in PROGRESSIVE) and not toks[v][0].endswith("ing")


# prepositions before which a past participle describes a noun ('in pledged delegates'); not 'to',
# nor those that are adverbs too ('has since said', 'had before claimed')
_BEFORE_NOUNS = PREPOSITIONS - wordset("to after before since until")


def _modifier(toks: list[Tok], v: int) -> bool:
    """Is the verb at ``toks[v]`` a word of a noun phrase after a determiner, a possessive or a
    preposition ('a predicted two billion people', 'the warning', "the party's declared aims",
    'her lead in pledged delegates', 'rejected claims that …'), not a verb ("he's said", 'many
    said', "Foster's said", "the mid-1990's testified", 'officials involved said')?"""
    if v == 0:
        return False
    before = toks[v - 1][0]
    low = before.lower()
    if low in POSSESSIVES or low in ARTICLES:
        return True
    if low in _BEFORE_NOUNS and toks[v][0].endswith("ed"):
        return True  # 'her lead in pledged delegates' (not 'criticised for saying that …',
        # 'a flurry of tweets shaming …')
    if toks[v][0] in PLURALS and (_takes_object(before) or (
            before[:1].isupper() and v > 1 and _takes_object(toks[v - 2][0]))):
        return True  # 'rejected claims that …', 'derided Tory claims', 'a probe into claims'
    return before[:-2].isalpha() and before.islower() and low.endswith(("'s", "’s")) and (
        low[:-2] not in CLAUSE_START and low[:-2] not in ("who", "what", "where", "here"))


def _takes_object(word: str) -> bool:
    """Is ``word`` a verb in the past or a preposition, before which 'claims' is a noun?"""
    return word.islower() and (word in PREPOSITIONS or word in OBJECT_OF or word in (
        IRREGULAR_PAST) or word.endswith("ed"))


# speech verbs in '-s' that are as often plural nouns ('claims'; a noun 'promises to …' says
# what was promised)
PLURALS = frozenset(("claims", "notes", "states", "counters"))
OBJECT_OF = frozenset(("into", "off", "over", "against", "deny", "reject", "dismiss"))
STILL = frozenset(("yet", "ever", "even", "publicly", "immediately"))
NOT_NEGATING = frozenset(("only", "just", "merely", "simply"))  # 'not only said …'
PASSIVE_BE = frozenset(("be", "being", "am"))  # with PROGRESSIVE (a negated 'be' is negation)


SPEAKER_AFTER = 12  # words of a speaker closing a statement after the verb, at most


def _ends_with_speaker(toks: list[Tok], v: int) -> bool:
    """Do the words after the verb at ``toks[v]`` run to the statement's end with no mark and
    no verb ('…, overtaking the number of landlines, said the Telecom Regulatory Authority.',
    '…, writes Mr Peston.'): who said it, after the verb, not a subject before its comma?"""
    if len(toks) - v - 1 > 2 * SPEAKER_AFTER:
        return False  # (read no further: a closing speaker is short)
    words = [t[0] for t in toks[v + 1:] if not (t[0] in ".!?" or t[0] in QUOTE_MARKS)]
    if not words or len(words) > SPEAKER_AFTER or not (
            toks[v][0] in SAID_ALONE or words[0][:1].isupper()):
        return False  # '…, tweeted a warning.', '…, noted the rise.': an object
    return all(w[:1].isalnum() or w in "-'’" for w in words) and not any(
        (_finite_like(w) and (n < len(words) - 1 or not w.endswith("s"))) or w.endswith((
            "n't", "n’t")) for n, w in enumerate(words))  # 'said senior officials.', not 'said
    # the bid undervalued the business', "said Ivanka Trump's statement didn't clarify it"


# speech verbs read far more often as nouns ('battleground states,', '13 states'): a verb only
# before 'that', a colon, a quotation or the statement's end ('…, the affidavit states.')
NOUN_FIRST = frozenset({"states"})


def _closes_opening(toks: list[Tok], v: int) -> bool:
    """Does the verb at ``toks[v]`` end an opening clause of time before a comma, with no
    object ('after the interview concluded, Maher stated …': Maher speaks, not the
    interview)?"""
    if v + 2 >= len(toks) or toks[v + 1][0] != "," or toks[v + 2][0] in QUOTE_MARKS:
        return False
    k = v - 1
    while k >= 0 and toks[k][0] not in ",;:" and toks[k][0] not in QUOTE_MARKS:
        k -= 1
    return v - k > 2 and toks[k + 1][0].lower() in OPENING_TIME


OPENING_TIME = frozenset(("after", "before", "when", "once", "until", "since", "while"))


def _verb_reading(toks: list[Tok], v: int) -> bool:
    """Is 'states' a verb here ('The report states that …'), not the noun after a number or
    a quantifier ('The first four states that vote …', 'Both states that border Mexico')?"""
    nxt = toks[v + 1][0] if v + 1 < len(toks) else "."
    prev = toks[v - 1][0].lower() if v > 0 else ""
    if prev[:1].isdigit() or word_value(prev) is not None or prev in _COUNTING:
        return False
    return nxt in ("that", ":", ".") or nxt in QUOTE_MARKS


# words before a plural noun that count it ('both states', 'all states that …')
_COUNTING = QUANTITIES | wordset("both all other these those key swing battleground early")


def _counted(phrase: str) -> bool:
    """A share of people, as polls give them ('30 percent of voters', 'three in 10',
    'most Republicans'): a subject, lower-case words and all."""
    first = phrase.split()[0].lower()
    return first[:1].isdigit() or first in QUANTITIES


def _clause_of(toks: list[Tok], v: int, who: tuple[int, int], cuts: _Cuts) -> list[Found]:
    """The clause reported after the verb at ``toks[v]`` whose speaker is ``who`` ('Lavrov
    said on Friday that …'); in an opening subordinate clause ('While Ramos said that …, he
    …') or a relative one ('The changes, which officials said will go into effect …, will
    not …') it ends at the comma closing that clause."""
    k = _content_after(toks, v, len(toks))
    if k is None:
        return []
    e = _end_of(toks, k, cuts)
    s = v  # the speaker's first token, a few before the verb
    while s > 0 and toks[s - 1][1] >= who[0]:
        s -= 1
    if s > 0 and toks[s - 1][0].lower() in RELATIVE_GAP:
        e = next((n - 1 for n in range(k + 1, e + 1) if toks[n][0] == ","), e)
    else:
        e = _subordinate_end(toks, v, e)
    if toks[v][0] in URGE:
        e = _request_end(toks, k, e)
    return [(toks[k][1], toks[e][2], who[0], who[1], toks[v][0], v)] if (
        e - k + 1 >= MIN_REPORTED) else []


def _request_end(toks: list[Tok], k: int, e: int) -> int:
    """The end of what was urged or asked ('warned officials to boost their security'): before
    'after' following the infinitive ('… after hackers targeted …'), the reporter's account
    of what led to it, not the request ('until', 'unless' and 'before' may be part of it)."""
    to = next((n for n in range(k, min(e, k + 8)) if toks[n][0] == "to"), None)
    if to is None or any(t[0] in FINITE or t[0] in IRREGULAR_PAST or t[0].endswith("ed")
                         for t in toks[k:to]):
        return e  # 'told MPs the US had agreed to release the four after …': a clause told
    cut = next((n for n in range(to + 2, e + 1) if toks[n][0] == "after"), None)
    return e if cut is None or cut - k < MIN_REPORTED else cut - 1


def _clause_end(raw: str) -> str:
    """A reported clause without the punctuation after it, a closing mark a tokeniser wrote
    apart ('… in Greece. "'), a source in brackets after it ('[538]') or an 'and' before the
    next speaker's clause ('… before he made the deletions, and Mills and Clinton told …')."""
    raw = raw.rstrip(" ,;:—–-―").rstrip()
    if raw.endswith("]") and " [" in raw:  # '… why Indiana is "weird." [538]': the source
        raw = raw[: raw.rindex(" [")].rstrip(" ,;:—–-―")  # the newsletter cites
    head, _, last = raw.rpartition(" ")
    if last in ("and", "but") and head:
        raw = head.rstrip(" ,;:—–-―").rstrip()
    return raw[:-2].rstrip() if raw.endswith(' "') else raw


def _quotes_of(st: Statement, found: list[Found], res: Resolver, skip: list[tuple[int, int]],
               main: tuple[int, int] | None = None, said_by: str | None = None) -> list[Quote]:
    text = st.text
    out: list[Quote] = []
    # where another speaker's clause starts, not one inside this ('which he claimed …')
    starts = sorted(f[2] for f in found if f[2] >= 0 and not _nested(text, f[2]))
    last: str | None = None  # the speaker of the statement's previous attribution
    joins: tuple[int, int, int] | None = None  # (cue, start, end) of the last quote kept
    for cs, ce, ws, we, cue, v in sorted(found, key=lambda f: f[5]):
        if ws == UNSAID:
            speaker, phrase = None, None  # 'When asked whether …': nobody named asks
        elif ws >= 0:
            speaker, phrase = res.resolve(st, ws, we)
            if last is not None and phrase.lower() in ("he", "she") and res.is_person(last):
                speaker = last  # 'Collins said …, and he said …': the same speaker again
            if cue.lower() not in ASK:  # 'When asked by Dickerson whether …, he said': not him
                last = speaker if speaker is not None else last
        else:  # '…, saying …': the speaker of the clause it hangs on
            subject, said = res.resolve(st, *main) if main and not (last or said_by) else (
                None, "")
            if said.lower() in FIRST_PERSON:  # 'I bought …, and thought …': the writer
                speaker, phrase = subject, None
            else:
                speaker, phrase = last or said_by or subject or res.context(st.index, cs), None
        i = bisect_right(starts, cs)
        if i < len(starts) and starts[i] < ce:
            ce = starts[i]  # another speaker's clause follows
        lead = text[cs:ce]
        cs += len(lead) - len(lead.lstrip(" ,;:—–-―"))
        raw = _clause_end(text[cs:ce])
        body = raw.rstrip(".") if not raw.endswith("..") else raw
        unquoted = _unquoted(text, body, cs, skip)
        if unquoted is None:
            continue  # 'screamed, "No, no, no!" and tried to stop the car'
        body, cs = unquoted
        if len(body.split()) < MIN_REPORTED or _cue_alone(body) or _turned_down(cue, body):
            continue  # 'The AP reported that, according to an analysis …, 85 of …': the
            # analysis speaks, cited by the AP
        end = cs + len(body)
        j = bisect_right(skip, (end, end))
        inside = sum(max(0, min(e, end) - max(s, cs)) for s, e in skip[max(0, j - 3): j])
        if inside > 0.6 * len(body):
            continue  # the clause is a direct quotation already listed
        if joins is not None and joins[0] == v and joins[2] <= ws and _subject_only(
                out[-1]) and _predicate(body):
            # 'A, officials said, B': one clause in two parts, given whole with the
            # attribution inside (a quote's text is always part of its statement's)
            prev = out[-1]
            out[-1] = Quote(text[joins[1]: end], prev.speaker, st.index, "reported",
                            prev.speaker_phrase, cue=prev.cue)
            continue
        out.append(Quote(body, speaker, st.index, "reported", phrase, cue=_cue(cue)))
        joins = (v, cs, end)
    return [q for q in out if not any(  # 'she told Hiller to put the gun down …' and, from
        q.speaker in (o.speaker, None) and len(o.text) > len(q.text) and q.text in o.text
        for o in out)]  # 'told' read again, 'Hiller to put the gun down …': one, the fuller


def _unquoted(text: str, body: str, cs: int, skip: Sequence[tuple[int, int]]
              ) -> tuple[str, int] | None:
    """A reported clause ``body`` at ``cs`` without the quotation mark opening it, and where
    it starts then; None when it is a listed quotation and the speaker's next act
    (``_acts_after``)."""
    if body[:1] not in QUOTE_MARKS:
        return body, cs
    stripped = body.lstrip(QUOTE_MARKS + " ")
    cs += len(body) - len(stripped)
    return None if _acts_after(text, cs, cs + len(stripped), skip) else (stripped, cs)


def _acts_after(text: str, cs: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    """Does a clause ``text[cs:end]`` open at a listed quotation (``skip``) and go on after
    its closing mark with the speaker's next act ('" and tried to stop the car', '" and ran
    after it'), someone's ('," she took refuge inside'), or a participle of no speech
    ('," prompting her to take her son inside'), not with more that was said ('" and that
    jobs would follow')? Then the quotation is what was said, listed as such, and the rest is
    narrative."""
    quoted = next((e for s, e in skip if s <= cs < e), None)
    if quoted is None:
        return False
    words = text[quoted:end].lstrip(QUOTE_MARKS + " ,").split()[:2]
    if words and (words[0] in SPEECH_VERBS or (len(words) == 2 and words[1].rstrip(",")
                                               in SPEECH_VERBS and words[0][:1].isupper())):
        return True  # '"There was blood," said Armstead, …, according to the Post': the
        # quotation and its attribution, cited by another
    if words and words[0].endswith("ing") and words[0].isalpha() and not (
            words[0] in PARTICIPLES or words[0] in URGING):
        return True  # '"He has a gun," prompting her to take her son inside'
    return len(words) == 2 and words[0] in ("and", "he", "she", "they") and (
        words[1] in IRREGULAR_PAST or (words[1].endswith("ed") and words[1].isalpha()))


def _cue_alone(body: str) -> bool:
    """Is a reported clause only another attribution's words ('according to', 'The AP
    reported that')?"""
    words = body.lower().split()
    return words == ["according", "to"] or (len(words) >= 2 and words[-1] == "that" and (
        words[-2] in VERBS or words[-2] in AFTER_QUOTE))


def _nested(text: str, start: int) -> bool:
    """Does the speaker phrase at ``start`` follow 'which' or 'what' (a report inside a
    relative clause: 'a wheelchair, which he claimed he needed') or a verb of perceiving (a
    report of what was heard: 'Armstead said she heard someone say …')?"""
    before = text[max(0, start - 10): start].split()
    return bool(before) and (before[-1].lower() in RELATIVE_GAP
                             or before[-1].lower() in PERCEIVING)


def _subject_only(q: Quote) -> bool:
    """Is the first part of a clause the attribution interrupts a bare subject ('The
    economy, he said, is …'), not a clause with its own commas ('As China builds …, it is his
    job, he said, to …': two parts)?"""
    return not any(m in q.text for m in (",", " - ", "—", "–", ";"))


def _predicate(body: str) -> bool:
    """Does the second part of an interrupted clause go on with its verb ('is recovering',
    'would come', 'needed a boost', 'to talk'), not a phrase or clause of its own ('on
    condition of anonymity', 'and the boys trailed behind')?"""
    first = body.split()[0].lower()
    return first in FINITE or first == "to" or (first.endswith("ed") and first.isalpha())


# words that open a sentence before 'according to X,' without saying anything themselves
DISCOURSE = wordset("""in fact however still meanwhile indeed instead overall now yet also but
    and so then thus moreover furthermore further additionally nonetheless nevertheless
    today yesterday""")


def _according(toks: list[Tok], v: int, cuts: _Cuts) -> list[Found]:
    """'According to X, CONTENT' / 'CONTENT, according to X.'"""
    k = v + 2
    e = k
    depth = 0  # '(WTTC)' inside the source; a ')' closing one it is in ends it
    while e < len(toks) and (toks[e][0] not in ",;:.!?-—–" or depth > 0) and toks[e][0] not in \
            QUOTE_MARKS and (toks[e][0] != ")" or depth > 0):  # ('McAfee (NYSE: MFE) Avert')
        depth += (toks[e][0] == "(") - (toks[e][0] == ")")
        e += 1
    opening = v == 0 or (v <= 2 and (toks[0][0] in LEADERS or toks[0][0] == "(")) or (
        v <= 4 and toks[v - 1][0] == "," and all(t[0].lower() in DISCOURSE for t in toks[:v - 1]))
    # ('In fact, according to X, …': an opening phrase, no content of its own), or right
    # after a word that opens a clause ('…, because, according to Trump, the media would …':
    # the clause after it is X's, not the one before)
    opening = opening or (v >= 2 and toks[v - 1][0] == "," and toks[v - 2][0].lower() in
                          NEW_CLAUSE)
    own = _clause_in_source(toks, k, e, opening) if e > k else None
    if own is None or own - k > 24:  # a long source: 'according to early results of the
        return []  # exit poll …'; or a clause in it, and no telling where it starts
    who = (toks[_issuer(toks, k, own)][1], toks[own - 1][2])
    after = e < len(toks) and toks[e][0] == "," and e + 1 < len(toks)
    if opening:
        if own < e:  # 'According to Microsoft the messages were sent …'
            end = _end_of(toks, own, cuts)
            return [(toks[own][1], toks[end][2], who[0], who[1], "according to", v)]
        if after:
            end = _end_of(toks, e + 1, cuts)
            return [(toks[e + 1][1], toks[end][2], who[0], who[1], "according to", v)]
        return []
    if toks[v - 1][0] != "," and not _source_ends(toks, k, e):
        return []
    first = _clause_start(toks, v - 1)
    opened = next((n for n in range(v - 1, first - 1, -1) if toks[n][0] in "()"), None)
    if opened is not None and toks[opened][0] == "(":  # '(the actual number is closer to 15
        first = opened + 1  # percent, according to Factcheck.org)': inside the parenthesis
    if toks[first][0].lower() in INTRO:  # 'In 2014, Ferguson had …, according to the FBI'
        first = next((n + 1 for n in range(first, v - 1) if toks[n][0] == ","), first)
    # a relative clause right before it is X's ('…, which stood at 263 entering Tuesday's
    # primary, according to the Associated Press': the count, not the sentence's subject)
    comma = next((n for n in range(v - 2, first, -1) if toks[n][0] == ","), None)
    if comma is not None and toks[comma + 1][0].lower() in LAST_CLAUSE_OPENS:
        first = comma + 1
    end = toks[v - 1][1] if toks[v - 1][0] == "," else toks[v - 1][2]
    return [(toks[first][1], end, who[0], who[1], "according to", v),
            *_according_goes_on(toks, e, who, v, cuts)]


# a comma and one of these before a closing 'according to X': the clause they open is X's
LAST_CLAUSE_OPENS = wordset("which")


# what a source hands out rather than says: 'according to information from SEACOM'
DOCUMENT_WORDS = wordset("""information data figures numbers documents document records
    statement statements release report filing filings letter memo estimates""")


def _issuer(toks: list[Tok], k: int, own: int) -> int:
    """Where the speaker starts in the source ``toks[k:own]`` of 'according to': past a
    document it issued ('information from SEACOM', 'a statement from the White House', 'a
    report by the GAO': SEACOM, the White House, the GAO), else ``k``."""
    i = k + (toks[k][0].lower() in ("a", "an", "the"))
    if i + 2 < own and toks[i][0].lower() in DOCUMENT_WORDS and toks[i + 1][0].lower() in (
            "from", "by", "of"):
        name = i + 2 + (toks[i + 2][0].lower() == "the" and i + 3 < own)
        if toks[name][0][:1].isupper():
            return i + 2
    return k


def _clause_in_source(toks: list[Tok], k: int, e: int, opening: bool) -> int | None:
    """Where the source ``toks[k:e]`` of 'according to' ends: ``e``, or before a clause with
    a finite verb that it runs into with no comma ('… the Associated Press and was battled
    …'; opening the statement: 'According to Microsoft the messages were sent …', "…
    various reports Tara Reid's representative … left …"), at the noun phrase opening it;
    None when no such phrase is found. A relative clause is part of the source ('three jurors
    who spoke …'), and so is one closing the statement ('a poll posing the question the
    government will put …')."""
    verb = next((n for n in range(k + 1, e) if toks[n][0] in FINITE or toks[n][0] in (
        IRREGULAR_PAST) or toks[n][0] in RELATIVE_GAP or toks[n][0] in SOURCE_RELATIVES), e)
    if verb == e or toks[verb][0] in RELATIVE_GAP or toks[verb][0] in SOURCE_RELATIVES:
        return e
    if toks[verb - 1][0] in ("and", "but"):
        return verb - 1
    if not opening:
        return e
    starts = [n for n in range(k + 1, verb) if toks[n - 1][0][:1].isalnum() and not (
        toks[n - 1][0].lower() in PREPOSITIONS or toks[n - 1][0].lower() in DESCRIBED)]
    opened = [n for n in starts if toks[n][0] in ARTICLES or toks[n][0] == "there" or (
        toks[n][0] in POSSESSIVES or toks[n][0] in SUBJECTS)]
    if opened:
        return opened[-1]  # 'Microsoft the messages', 'Ofcom there were'
    roles = gazetteer().role_ends
    return next((n for n in starts if toks[n][0][:1].isupper() and toks[n - 1][0].isalpha() and (
        toks[n - 1][0].islower() and toks[n - 1][0] not in roles)), None)  # 'various reports
    # Tara Reid's representative Jack Ketsoyan left', not 'representative Jack'


SOURCE_RELATIVES = frozenset(("who", "that", "whose", "where", "when"))


def _according_goes_on(toks: list[Tok], e: int, who: tuple[int, int], v: int, cuts: _Cuts
                       ) -> list[Found]:
    """The rest of a clause that 'according to X' interrupts after the comma ``toks[e]`` ('At
    the heart of the trouble, according to Dennis Ross, another former envoy, was a decision
    …'): past a description of the source between commas; none when the statement ends there
    or a clause of the writer's follows (', which …', ', saying …')."""
    if e + 1 >= len(toks) or toks[e][0] != ",":
        return []
    k = e + 1
    desc = next((n for n in range(k, min(len(toks), k + 12)) if toks[n][0] in ",;:.!?"), None)
    if toks[k][0].lower() in DESCRIBED and (desc is None or toks[desc][0] != ",") and (
            _described(toks, k)):
        return []  # ', a Republican pollster who conducted the poll with …': who the source is
    if (toks[k][0].lower() in DESCRIBED or toks[k][0].islower()) and (
            desc is not None and toks[desc][0] == "," and not any(
                t[0] in VERBS or t[0].lower() in FINITE for t in toks[k:desc])):
        k = desc + 1  # ', another former American special envoy,'
    if k >= len(toks) or toks[k][0].lower() in GOES_ON_NOT or toks[k][0].endswith("ing") or (
            not toks[k][0][:1].isalnum()):
        return []
    end = _end_of(toks, k, cuts)
    if not any(_finite_like(t[0]) for t in toks[k: end + 1]):
        return []  # ', according to Latino Decisions, a public opinion research group.'
    return [(toks[k][1], toks[end][2], who[0], who[1], "according to", v)] if (
        end - k + 1 >= MIN_REPORTED) else []


def _described(toks: list[Tok], k: int) -> bool:
    """Is the phrase at ``toks[k]`` a description with no verb of its own before a relative
    word ('a pollster who conducted …', 'a social analytics tool that monitors …'), not a
    clause ('the CIA security contractors left …', 'the media would call him …')?"""
    for t in toks[k + 1:]:
        if t[0] in SOURCE_RELATIVES or t[0] == "which" or t[0] in ".;:!?":
            return True
        if _past_or_auxiliary(t[0]):
            return False
    return True


# words opening a clause of the writer's after 'CONTENT, according to X,'
GOES_ON_NOT = frozenset(("which", "who", "whom", "where", "while", "when", "and", "but", "as",
                         "though", "although", "whose", "according"))


def _source_ends(toks: list[Tok], k: int, e: int) -> bool:
    """'CONTENT according to the ministry.' with no comma: the source ``toks[k:e]`` ends the
    sentence and names someone (a capitalised word: not 'according to the market')."""
    return (e >= len(toks) or toks[e][0] in ".!?") and any(
        t[0][:1].isupper() for t in toks[k:e])


def _tail_content(toks: list[Tok], v: int, who: tuple[int, int] | None, cuts: _Cuts
                  ) -> list[Found]:
    """'CONTENT, Lavrov said.' / 'CONTENT, Lavrov told reporters on Friday.' / 'A, officials
    said, B' (two parts of one clause)."""
    if who is None:
        return []
    w = toks[v][0]
    after: list[Found] = []
    comma = v + 1 if v + 1 < len(toks) and toks[v + 1][0] == "," else _time_comma(toks, v)
    if comma is not None and comma + 1 < len(toks):  # '…, he said, adding …' / ', the first …'
        k = comma + 2 if toks[comma + 1][0] == "that" else comma + 1
        nxt = toks[k][0].lower() if k < len(toks) else ""
        if k < len(toks) and nxt not in PARTICIPLES and nxt != "according" and not (
                nxt.endswith("ing")):  # not '…," he said, referring to …'
            e = _end_of(toks, k, cuts)
            if e - k + 1 >= MIN_REPORTED:
                after.append((toks[k][1], toks[e][2], who[0], who[1], w, v))
    elif len(toks) - v > 40:
        return []
    else:
        rest = [t[0] for t in toks[v + 1:] if t[0] not in ".!?" and t[0] not in QUOTE_MARKS]
        told = w in TELL and "that" not in rest and not _asked_to(rest) and not any(
            x.lower() in CLAUSE_START for x in rest)
        if (rest and not (rest[0].lower() in TAIL_OK or told)) or _that_clause(w, rest):
            return []  # 'X, Y's dean, said on Tuesday that …' reports what follows
        if len(rest) > 1 and rest[0].lower() == "on" and rest[1].lower().endswith("ing"):
            return []  # '…, Donald Trump will insist on being Donald Trump.': an object
    c = bisect_left([t[1] for t in toks[max(0, v - 40): v]], who[0]) + max(0, v - 40) - 1
    c = _before_description(toks, c)
    c, who = _name_before_open_role(toks, c, who)
    if c > 0 and toks[c][0] in QUOTE_MARKS and toks[c - 1][0] == ",":
        c -= 1  # '… "and that will surely be Secretary Clinton," he said.'
    if c <= 0 or toks[c][0] not in (",", "—", "–"):
        return []
    first = _clause_start(toks, c)
    if c - first < MIN_REPORTED or (_opening_phrase(toks, first, c) and not (
            toks[first][0] == "About" and _counted(toks[first + 1][0])) and not any(
            t[0] == "," for t in toks[first:c])):  # 'About 270 people …, officials said'
        return []  # 'In his response, Steve Coll said …': no content before
    return [(toks[first][1], toks[c][1], who[0], who[1], w, v), *after]


# words that may stand before an opening phrase ('But almost immediately after she did, …')
LEAD_WORDS = wordset("but and so yet then almost just even right shortly soon long")
# prepositions opening a phrase of place or time that ``INTRO`` leaves out
MORE_INTRO = wordset("underneath beneath behind over through within toward towards")


def _opening_phrase(toks: list[Tok], first: int, c: int) -> bool:
    """Is ``toks[first:c]``, before the speaker's comma, an opening phrase of the sentence
    rather than a clause said: a preposition or subordinator after at most a conjunction and
    adverbs ('In his response', 'But almost immediately after she did', 'But underneath the
    criticism'), or a participle with no finite verb after it ('Asked a direct question about
    this in the debate'), or the question put to the speaker, whatever its verbs ('Asked if it
    had appeared he was encouraging violence, Trump replied, …')?"""
    k = first
    while k < c and (toks[k][0].lower() in LEAD_WORDS or toks[k][0].lower().endswith("ly")):
        k += 1
    if k >= c:
        return True
    word = toks[k][0].lower()
    if word in INTRO or word in MORE_INTRO or (k == first and toks[k][0] == "Asked"):
        return True
    return k == first and toks[k][0][:1].isupper() and word.endswith("ed") and not any(
        _finite_like(t[0]) for t in toks[k + 1:c])


def _asked_to(rest: Sequence[str]) -> bool:
    """Do the words after 'told' or 'asked' name someone and what they were asked to do ('the
    judge to sentence him', 'Bodiford to ask the jury …'): a request with its own content,
    not '…, she told reporters.' (nor 'told a debate on Berlin's decision to lend')?"""
    to = next((n for n, w in enumerate(rest[:5]) if w == "to"), None)
    return to is not None and to > 0 and to + 1 < len(rest) and rest[to + 1].isalpha() and (
        rest[to + 1].islower()) and rest[to + 1] not in OPENERS


def _before_description(toks: list[Tok], c: int) -> int:
    """The comma (or closing mark) before a description that the speaker's name follows in
    apposition ('CONTENT, the White House spokesman, Josh Earnest, said'), else ``c``."""
    if c <= 0 or toks[c][0] != ",":
        return c
    for k in range(c - 1, max(0, c - 9), -1):
        w = toks[k][0]
        if w in VERBS or w in ".;:!?" or w.lower() in FINITE:
            return c  # 'CONTENT, the Justice Department can step in, Wilcox said'
        if w in DESCRIBED and k > 1 and (toks[k - 1][0] == "," or (
                toks[k - 1][0] in QUOTE_MARKS and toks[k - 2][0] == ",")):
            return k - 1
    return c


def _name_before_open_role(toks: list[Tok], c: int, who: tuple[int, int]
                           ) -> tuple[int, tuple[int, int]]:
    """'CONTENT, Andrew Burke, chief of BT's new Entertainment unit told …' / 'CONTENT,
    Sergei Lavrov, Russia's foreign minister said': a name between two commas before a role
    with no closing comma speaks, and the content ends before it; else ``(c, who)``."""
    ends = gazetteer().role_ends
    role = [t[0] for t in toks if who[0] <= t[1] and t[2] <= who[1]]
    if c < 3 or toks[c][0] != "," or not role or not (
            role[-1] in ends or (role[0][:1].islower() and any(w.lower() in ends for w in role))):
        return c, who  # a role: 'Russia's foreign minister', 'chief of BT's … unit
    k = c - 1
    while k > 0 and toks[k][0][:1].isupper() and c - k <= 4:
        k -= 1
    if not (toks[k][0] == "," or (toks[k][0] in QUOTE_MARKS and toks[k - 1][0] == ",")) or (
            c - k < 3):  # two capitalised words at least: a full name
        return c, who
    return k, (toks[k + 1][1], toks[c - 1][2])


def _name_next(toks: list[Tok], v: int) -> bool:
    """Is a name all the verb at ``toks[v]`` has after it before a comma ('said Larry Sabato,
    director of …'), not a time ('said Wednesday') or a clause ('said Mr. Obama warned …')?"""
    k = v + 1
    while k < len(toks) and (toks[k][0][:1].isupper() or toks[k][0] in ".-"):
        k += 1
    return k > v + 1 and k < len(toks) and toks[k][0] == "," and (
        toks[v + 1][0].lower() not in TAIL_OK)


def _role_and_name_next(toks: list[Tok], v: int) -> bool:
    """Are a lower-case word for a person ('witness', 'spokesman') and a name all the verb at
    ``toks[v]`` has after it before a comma ('…, said witness Angela Benson, who had just left
    the store'; not '…, acknowledged that even Mr. Gigante's archrival, …')?"""
    k = next((n for n in range(v + 1, min(len(toks), v + 10)) if toks[n][0] == ","), None)
    if k is None or not _role_then_name(toks[v + 1: k]):
        return False
    words = [t[0] for t in toks[v + 1: k]]
    head = next(w for w in reversed([w for w in words if w.islower()]))
    return head in PERSON_WORDS or head in gazetteer().role_ends


# words after 'said' that say when or how, not who ('said earlier Tuesday', 'said yesterday')
NOT_ROLES = frozenset(RELATIVE_DAYS) | wordset("earlier later recently also again then now "
                                              "previously once still last this next late early")


def _role_then_name(after: Sequence[Tok]) -> bool:
    """Lower-case role words, then a name of two or more capitalised words ('prison
    spokesman Al Quintero', 'fire chief John Smith', 'state Sen. John Doe'), not a time or a
    place ('yesterday in Paris')."""
    cap = next((k for k, t in enumerate(after) if t[0][:1].isupper()), None)
    if not cap or cap + 1 >= len(after) or not after[cap + 1][0][:1].isupper():
        return False
    return all(t[0].isalpha() and t[0].islower() and t[0] not in PREPOSITIONS
               and t[0] not in NOT_ROLES for t in after[:cap])


def _apposed_subject(toks: list[Tok], k: int) -> bool:
    """Do appositions at ``toks[k]`` (a comma) end before a finite verb, so that the name
    before them is the subject of a clause said ('…, said Jackman, 40, star of the epic
    "Australia," will host the show')?"""
    if k >= len(toks) or toks[k][0] != ",":
        return False
    for n in range(k + 1, min(len(toks) - 1, k + 16)):
        w = toks[n][0]
        if w in ".;:!?" or w in FINITE:
            return False
        if w == ",":
            nxt = toks[n + 2][0] if toks[n + 1][0] in QUOTE_MARKS and n + 2 < len(toks) else (
                toks[n + 1][0])
            if nxt in FINITE or nxt in IRREGULAR_PAST:
                return True
    return False


def _inverted(toks: list[Tok], v: int) -> Found | None:
    """'CONTENT, said Mr. Lavrov.'"""
    after: list[Tok] = []
    relative = False  # '…, said an American official who was briefed on …'
    for t in toks[v + 1: v + 12]:
        if t[0] in ",.;:!?" or t[0] in QUOTE_MARKS:
            break
        if t[0] in ("who", "whose") and after:
            relative = True
            break
        after.append(t)
    if not after or not (after[0][0][:1].isupper() or after[0][0].lower() in DETERMINER
                         or after[0][0].lower() in POSSESSIVES  # '…, said his girlfriend.'
                         or _role_then_name(after)):
        return None
    if any(t[0] in FINITE or t[0] in IRREGULAR_PAST for t in after) or _apposed_subject(
            toks, v + 1 + len(after)):
        return None  # '…, said the event brought back memories': a clause, not who said it
    if len(after) > 8 or (not relative and v + 1 + len(after) < len(toks)
                          and toks[v + 1 + len(after)][0] not in ",.!?"):
        return None
    first = _clause_start(toks, v - 1)
    if v - 1 - first < MIN_REPORTED:
        return None
    return toks[first][1], toks[v - 1][1], after[0][1], after[-1][2], toks[v][0], v
