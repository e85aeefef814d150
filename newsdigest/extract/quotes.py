"""Direct quotations and reported speech, with the speaker resolved to the fullest name the
article gives that person (or organisation).

A direct quotation is the text inside quotation marks (double, curly, guillemets, the ``''``
of some wire copy; curly single quotes when a text has no double ones). Its attribution is
looked for right after it (``"…," he said``, ``"…," Ms. Pelosi said``, ``"…," said Mr.
Lavrov``, ``"…," Sputnik cited him as saying``) or right before it (``Lavrov said: "…"``,
``According to Lavrov, "…"``). A quotation with no attribution that opens a statement goes on
from the previous statement's quotation or lead-in (``Cruz continued:``, same speaker); one
left open at the end of a statement continues into the next and takes the speaker found
there, and so does a statement of quotation alone before a quotation attributed once.

Reported speech is found wherever a speech verb (``speech.SPEECH_VERBS``) has a subject: the
clause after it (``Lavrov said on Friday that …``, ``Mr. Regalado, 69, said he had …``,
``The Russian FM told reporters …``), the clause before it (``…, Lavrov told reporters.``,
``…, said Mr. Lavrov.``), ``according to X`` on either side, and ``…, saying …`` for the
subject of the statement. Verbs such as 'added' or 'noted' are speech only before a clause
('added that …'; 'Stephen Jones added four conversions' is not speech). Each quote keeps its
``cue``: the verb as written ('said', 'denied', 'according to'), so a denial reads as one. A
clause the attribution interrupts ('The economy, he said, is recovering') is one quote, given
whole; a question put to someone ('When asked whether …') has no speaker. The headline is read
as a sentence of its own (``headline.headline_quotes``): its quotes point to the body statement
telling them.

This module finds the direct quotations and their attributions; ``reported`` the reported
speech, ``subjects`` who speaks, ``clauses`` where a reported clause starts and ends,
``quote_words`` the word lists and tokens they share.

A speaker phrase is resolved through the article's entities (names and their variants): a
name or surname, a role the article established ('the Russian diplomat'), an organisation
('the White House'), or a pronoun (the person named last before it, or the last speaker)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..model import Entity, Quote, Statement
from .dates import RELATIVE_DAYS, WEEKDAYS
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import QUOTE_MARK
from .quote_words import (
    ADVERBS,
    BEFORE_A_TITLE,
    CONTINUED,
    DESCRIBED,
    FINITE,
    HANGING,
    INTRO,
    LEADERS,
    MAX_OPEN,
    MIN_ANSWER,
    MIN_ATTRIBUTED,
    MIN_CALLED,
    MIN_SAID_ALONE,
    MIN_WORDS,
    NAMING,
    NEW_CLAUSE,
    PARTICIPLES,
    PREPOSITIONS,
    QUOTE_MARKS,
    SAID_ALONE_WORDS,
    SUBORDINATORS,
    TAIL_OK,
    TIME_WORDS,
    TITLE_SMALL,
    URGING,
    VERBS,
    Tok,
    _abbreviation,
    _cue,
    _has_cue,
    _spans,
    _words,
    _words_to_comma,
    quoted_spans,
)
from .reported import _reported
from .speakers import GENDER, PAREN_PARTY, PRONOUNS, Resolver
from .speech import AFTER_QUOTE, INVERTED, SPEECH_VERBS
from .subjects import (
    _Attribution,
    _coordinated,
    _ends_subject,
    _main_subject,
    _subject,
    _who_verb,
)


def _after(text: str, pos: int) -> _Attribution | None:
    """``," he said`` / ``," said Lavrov`` / ``," Sputnik cited him as saying`` at ``pos``."""
    toks = _drop_parens(_words(text[pos: pos + 300], pos))
    i = 0
    while i < len(toks) and toks[i][0] in ",.!?;:—–-…" + QUOTE_MARKS:
        i += 1
    if [t[0].lower() for t in toks[i:i + 2]] == ["according", "to"]:
        who = toks[i + 2: i + 14]  # '…," according to Troy police Lt. Gerry Scherlinck.'
        who = who[: next((n for n, t in enumerate(who) if t[0] in ",.;:!?(" or (
            t[0] == "and" and n + 1 < len(who) and who[n + 1][0].islower())), len(who))]
        return _Attribution(who[0][1], who[-1][2], "according to") if who else None
    i = _past_quote_tail(toks, i)  # '"… we need to set aside" the plan, said new Interior …'
    words: list[Tok] = []
    skipped = False
    for n, tok in enumerate(toks[i:], i):
        if tok[0] == "," and _verb_after_comma(toks, n, words):
            words.append(toks[n + 1])  # '," Kirsten Pfeifer from the CEA, told the BBC'
            break
        if tok[0] == "," and not skipped and 0 < len(words) <= (
                DESCRIPTION_WORDS if words[0][0] in DESCRIBED else 5) and not any(
                w[0] in VERBS for w in words):
            if words[0][0][:1].isupper() or (words[-1][0][:1].isupper() and len(words) > 1):
                # '," Rene Obermann, T-Mobile's chief executive, told a press conference'
                # '," the economist Jared Bernstein, a former adviser, wrote'
                verb = _past_appositives(toks, n)
                if verb is not None:
                    words.append(verb)
                    break
            elif words[0][0] in DESCRIBED:
                named = _name_after_description(toks, n)
                if named is not None:
                    words = named
                    break
            skipped = True
        if tok[0] in ",.;:!?" + QUOTE_MARKS or len(words) >= 14:
            break
        if tok[0] == "(":
            break
        words.append(tok)
    return _who_verb(words, allow_after=True, verbs=VERBS | AFTER_QUOTE)


def _past_quote_tail(toks: list[Tok], i: int) -> int:
    """Where the attribution starts when a few lower-case words after the quotation end the
    sentence it began, before a comma and an inverted speech verb ('the plan, said new
    Interior Secretary Ken Salazar'): after that comma; else ``i``."""
    n = i
    while n < len(toks) and n - i <= QUOTE_TAIL and toks[n][0].isalpha() \
            and toks[n][0].islower():
        n += 1
    if i < n <= i + QUOTE_TAIL and n + 1 < len(toks) and toks[n][0] == "," \
            and toks[n + 1][0] in INVERTED:
        return n + 1
    return i


QUOTE_TAIL = 3  # words after a quotation that end its sentence before ', said X'
# words of a description before the name ('," the head of the provincial natural disaster
# service, Massoud Dalman, told')
DESCRIPTION_WORDS = 10


def _verb_after_comma(toks: list[Tok], n: int, words: list[Tok]) -> bool:
    """Does a speech verb follow the comma ``toks[n]`` that closes a speaker phrase ending in
    a name or an organisation ('shop owner Hayriye Evren, told', 'Kirsten Pfeifer from the
    Consumer Electronics Association, told')?"""
    return (n + 1 < len(toks) and toks[n + 1][0] in VERBS and 1 < len(words) <= 10
            and words[-1][0][:1].isupper() and not any(w[0] in VERBS for w in words))


def _name_after_description(toks: list[Tok], n: int) -> list[Tok] | None:
    """The name and verb of '," the White House spokesman, Josh Earnest, said': a capitalised
    name alone between the comma ``toks[n]`` and the next, a speech verb after it."""
    k = n + 1
    while k < min(len(toks), n + 6) and toks[k][0][:1].isupper() and toks[k][0] not in LEADERS:
        k += 1
    if k == n + 1 or k > len(toks) - 2 or toks[k][0] != ",":
        return None
    j = k + 1
    while j < len(toks) - 1 and toks[j][0] in ADVERBS:
        j += 1
    return [*toks[n + 1:k], toks[j]] if toks[j][0] in VERBS else None


def _drop_parens(toks: list[Tok]) -> list[Tok]:
    """Tokens without short parentheticals: 'Rep. Gwen Moore (D-Wis.) said'."""
    out: list[Tok] = []
    n = 0
    while n < len(toks):
        if toks[n][0] == "(":
            close = next((k for k in range(n + 1, min(len(toks), n + 10))
                          if toks[k][0] == ")"), None)
            if close is not None:
                n = close + 1
                continue
        out.append(toks[n])
        n += 1
    return out


def _past_appositives(toks: list[Tok], n: int) -> Tok | None:
    """The speech verb after one or more appositives that open at the comma ``toks[n]``:
    'Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said', or after
    a role with no closing comma: 'Sergei Lavrov, Russia's foreign minister said', 'Rabbi
    Marvin Hier, founder of the Simon Wiesenthal Center said'."""
    ends = gazetteer().role_ends
    for k in range(n + 1, min(len(toks) - 1, n + 40)):
        w = toks[k][0]
        if w in QUOTE_MARKS or w in ";!?" or (w == "." and not _abbreviation(toks[k - 1][0])):
            return None
        if w in VERBS and k > n + 1 and (toks[k - 1][0].lower() in ends or (
                toks[n + 1][0] in ends and "," not in (t[0] for t in toks[n + 1: k]))):
            return toks[k]  # '…, founder of the Simon Wiesenthal Center said' too
        if w != ",":
            continue
        j = k + 1
        while j < len(toks) - 1 and toks[j][0] in ADVERBS:
            j += 1
        if toks[j][0] in VERBS:
            return toks[j]
    return None


def _before(text: str, pos: int) -> _Attribution | None:
    """``Lavrov said: "`` / ``He told reporters, "`` / ``According to Lavrov, "``."""
    base = max(0, pos - 200)
    if base:  # from a sentence's start: never a fragment ('inton', '35') for a speaker
        base = max(text.rfind(". ", 0, base) + 2, 0) if ". " in text[:base] else 0
    toks = _words(text[base: pos], base)
    while toks and toks[-1][0] in ",:—–-" + QUOTE_MARKS:
        toks.pop()
    clause: list[Tok] = []
    for n in range(len(toks) - 1, -1, -1):
        if toks[n][0] in ".;!?" + QUOTE_MARKS and not _inner_dot(toks, n):
            break
        clause.insert(0, toks[n])
    low = [t[0].lower() for t in clause]
    if "according" in low:
        k = low.index("according")
        if k + 2 < len(clause) and low[k + 1] == "to":
            rest = clause[k + 2:]
            who = rest[: next((n for n, t in enumerate(rest) if t[0] in ",("), len(rest))]
            if who and len(who) <= 12:
                return _Attribution(who[0][1], who[-1][2], "according to")
    if len(clause) > 1 and clause[0][0].lower() in INVERTED and clause[0][0][:1].isupper():
        who = clause[1:]  # 'Said Dorothy Poynter, who grew up with Ali, "…'
        who = who[: next((n for n, t in enumerate(who) if t[0] in ",("), len(who))]
        if who and len(who) <= 8 and who[0][0][:1].isupper():
            return _Attribution(who[0][1], who[-1][2], clause[0][0])
    return _inverted_last(clause) or _last_verb(text, clause)


def _inverted_last(clause: list[Tok]) -> _Attribution | None:
    """The name closing the clause after an inverted verb and a comma, in a clause opening
    with a phrase of its own: 'In other words, explained CBS moderator Nancy Cordes: "…',
    'But, said Solovey, "…'."""
    if len(clause) < 3:
        return None
    first = clause[0][0]
    if not (first in LEADERS or first.lower() in INTRO or first.lower() in SUBORDINATORS):
        return None  # not 'John Podesta, a former adviser, said Obama "…': Podesta says it
    comma = next((n for n, t in enumerate(clause) if t[0] == ","), len(clause))
    v = comma + 1  # right after the opening phrase: no subject between
    if v >= len(clause) - 1 or clause[v][0] not in INVERTED:
        return None
    who = clause[v + 1:]
    if not 0 < len(who) <= 6 or not all(t[0][:1].isupper() or t[0] in ".-" or (
            t[0].islower() and t[0] in ("moderator", "host")) for t in who):
        return None
    return _Attribution(who[0][1], who[-1][2], clause[v][0]) if who[-1][0][:1].isupper() else None


# verbs that with 'back' right before a quotation say it: 'fired back: “…”', 'shot back, “…”'
ANSWERED_BACK = frozenset(("fired", "shot", "hit", "pushed", "snapped", "wrote", "tweeted"))


def _last_verb(text: str, clause: list[Tok]) -> _Attribution | None:
    """The speaker of the last speech verb of the clause before a quotation: 'Lavrov said:',
    'He told reporters'; the statement's subject for '…, telling the crowd, "…"', 'went on
    to say, "…"', 'but told his supporters, "…"'."""
    if len(clause) > 2 and clause[-1][0] == "back" and clause[-2][0] in ANSWERED_BACK:
        back = _subject(clause, len(clause) - 2)  # 'Fallon fired back: “…”'
        return None if back is None else _Attribution(back[0], back[1], clause[-2][0])
    v = next((n for n in range(len(clause) - 1, -1, -1) if (clause[n][0] in VERBS or (
        (clause[n][0] in URGING or clause[n][0] in PARTICIPLES) and n > 0
        and (clause[n - 1][0] == "," or clause[n - 1][0] in HANGING
             or _shown_saying(clause, n) is not None))) and not _describing(clause, n)), None)
    # '…, declaring it “…”', '… before asking her, “…”', 'footage of Clinton asking, “…”' too
    if v is None:
        return None
    ing = clause[v][0].endswith("ing")
    hangs = (v > 0 and (clause[v - 1][0] == "to" or _coordinated(clause, v) or (
        ing and (clause[v - 1][0] == "," or clause[v - 1][0].lower() in HANGING)))) or (
        v == 0 and ing and bool(text[: clause[0][1]].strip()))  # '“…,” saying the city …'
    named = _shown_saying(clause, v) if ing and not hangs else None
    if named is None and hangs and ing:
        named = _said_before(clause, v)  # '…, Spicer said, adding, “…”': Spicer
    if named is not None:
        span: tuple[int, int] | None = named
    elif not hangs:
        span = _subject(clause, v)
        if span is not None and ing:
            span = _head_of(clause, span)  # 'Trump issued a statement Tuesday saying, “…”'
    elif not text[: clause[0][1]].strip():
        span = (ing and _inner_subject(clause, v)) or _main_subject(clause)
    else:  # the clause starts after a quotation: 'Carson shared a class called “Perception”
        # …, writing “…': the subject opening the statement, if a quotation does not
        span = (_name_after_quotation(clause, v) if text[:1] in QUOTE_MARKS
                else _main_subject(_words(text[: clause[v][1]], 0)))
    return None if span is None else _Attribution(span[0], span[1], clause[v][0])


# verbs of getting in touch, after which ', saying "…"' gives what was said that way
REACHED = frozenset(("called", "phoned", "texted", "emailed", "messaged", "posted", "wrote"))


def _inner_subject(clause: list[Tok], v: int) -> tuple[int, int] | None:
    """The named subject of the 'that' clause a participle at ``clause[v]`` ends ('Leader told
    reporters that Hiller called 911, saying, "I'm the one …"': Hiller, who says it), else
    None: a capitalised name right after the last 'that', a verb of speech or of getting in
    touch (``REACHED``) after the name, and no comma between but the one before the
    participle."""
    t = next((n for n in range(v - 1, 0, -1) if clause[n][0] == "that"), None)
    if t is None:
        return None
    n = start = t + 1
    while n < v and clause[n][0][:1].isupper():
        n += 1
    if n == start or n >= v - 1 or not (clause[n][0] in VERBS or clause[n][0] in REACHED) or any(
            clause[k][0] == "," for k in range(n, v - 1)):
        return None  # ('told the crowd that Clinton lied, saying …' is the crowd's speaker's)
    return clause[start][1], clause[n - 1][2]


def _said_before(clause: list[Tok], v: int) -> tuple[int, int] | None:
    """The speaker of the speech verb a participle at ``clause[v]`` follows ('…, Spicer said,
    adding', '…, said Sean Spicer, adding'), else None."""
    if v < 2 or clause[v - 1][0] != ",":
        return None
    if clause[v - 2][0] in VERBS:  # 'Spicer said, adding': the capitalised words before it
        p = v - 2
        k = p
        while k > 0 and clause[k - 1][0][:1].isupper() and p - k < 4:
            k -= 1
        if k < p and (k == 0 or clause[k - 1][0] == ","):
            return clause[k][1], clause[p - 1][2]
        return None
    inv = next((n for n in range(v - 3, max(-1, v - 7), -1) if clause[n][0] in INVERTED), None)
    who = clause[inv + 1: v - 1] if inv is not None else []  # 'said Sean Spicer, adding'
    if who and all(t[0][:1].isupper() for t in who):
        return who[0][1], who[-1][2]
    return None


def _name_after_quotation(clause: list[Tok], v: int) -> tuple[int, int] | None:
    """The name opening the clause between two quotations, when a lower-case word (its verb)
    follows it ('“…,” Blige sings to Clinton before asking her, “…”'), else None."""
    k = 0
    while k < min(v, 4) and clause[k][0][:1].isupper() and clause[k][0] not in LEADERS:
        k += 1
    if k == 0 or k >= v or not clause[k][0].islower():
        return None
    return clause[0][1], clause[k - 1][2]


def _describing(clause: list[Tok], v: int) -> bool:
    """Is the verb at ``clause[v]`` inside a relative clause that tells which people are meant
    ('saying anybody who complains about a microphone “is not …”', 'disparaged women who
    complained about the president's behavior “would be …”'), rather than the verb that
    introduces the quotation ('a surrogate who said voters shouldn't “…”', 'LaBelle, who
    joked of the museum, “…”')? A restrictive 'who' or 'that' before it, a preposition after
    it."""
    return 1 < v < len(clause) - 1 and clause[v - 1][0] in ("who", "that") and (
        clause[v - 2][0] != ",") and clause[v + 1][0] in PREPOSITIONS


def _shown_saying(clause: list[Tok], v: int) -> tuple[int, int] | None:
    """The name a participle speaks for after 'of' ('footage of Trump saying', 'a clip of
    Hillary Clinton asking'), else None."""
    k = v
    while k > 0 and clause[k - 1][0][:1].isupper():
        k -= 1
    if k == v or k == 0 or clause[k - 1][0] != "of":
        return None
    return clause[k][1], clause[v - 1][2]


def _head_of(toks: list[Tok], span: tuple[int, int]) -> tuple[int, int]:
    """The subject opening the phrase ``span`` of ``toks`` before a verb of its own ('Trump' of
    'Trump issued a statement Tuesday saying'); the whole phrase when it has none."""
    inside = [t for t in toks if span[0] <= t[1] and t[2] <= span[1]]
    cut = next((n for n, t in enumerate(inside) if n > 0 and _ends_subject(t[0])), None)
    return span if cut is None else (span[0], inside[cut - 1][2])


def find_quotes(statements: Sequence[Statement], entities: Sequence[Entity]
                ) -> tuple[list[Quote], list[str]]:
    """The quotations of an article in order, and the outlets its attributions cite."""
    gaz = gazetteer()
    res = Resolver(statements, entities, quoted_spans,
                   lambda text: _main_subject(_words(text, 0)))
    quotes: list[Quote] = []
    cited: list[str] = []
    pending: list[int] = []  # indices into quotes of an open quotation waiting for a speaker
    guessed: set[int] = set()  # ... or with a speaker taken from the statement before it
    carry = single = False
    whole_open = False  # the open quotation opened a statement and runs on in whole sentences
    open_for = 0  # statements an open quotation has gone on without a closing mark
    prev_end = 0
    for st in statements:
        text = st.text
        if carry and _quotation_ended(st, prev_end, open_for):
            carry, pending = False, []
        open_for = open_for + 1 if carry else 0
        prev_end = st.end
        was_open = carry
        spans, single = _spans(text, carry, single)
        carry = bool(spans) and not spans[-1][2]
        direct = [(s, e, c) for s, e, c in spans if text[s:e].strip()]
        if not direct:
            pending = []
            quotes.extend(_without_quotation(st, spans, res))
            continue
        # the attribution of the quotations worth listing: a scare quote before them ('His wife
        # had warned him to act "presidential," but Trump said: "…"') is not where to look
        core = [d for d in direct if len(text[d[0]:d[1]].split()) >= MIN_ATTRIBUTED]
        att = _attribution(text, core) if core and core != direct else None
        if att is None:
            core, att = direct, _attribution(text, direct)
        att = _subject_reported(st, core[0][0], att, res)
        speaker: str | None = None
        phrase: str | None = None
        cited_by = None
        cue = None
        carried = False  # a speaker guessed from the statement before, the quotation open
        if att is not None:
            speaker, phrase = res.resolve(st, att.start, att.end)
            cue = _cue(att.cue)
            source = att.cited_by or (_according_tail(text, max(core[-1][1], att.end))
                                      if att.cue != "according to" else None)
            if source:
                cited_by = gaz.outlets.get(source, source)
                if cited_by not in cited:
                    cited.append(cited_by)
        else:
            speaker, phrase, cue, carried = _unattributed(statements, st, direct, was_open,
                                                          carry, res)
        runs_on = _runs_on(text, direct, was_open, whole_open)
        whole_open = carry and runs_on
        short = _least_words(text, direct, att, speaker, runs_on)
        called = _calling(st, direct, res)
        kept = _kept(text, direct, short, called)
        kept = _not_titles_or_copy(text, kept, att is None, speaker is None)
        new = list(range(len(quotes), len(quotes) + len(kept)))
        if att is None and carried:
            guessed.update(new)  # '"The quake was strong.' / 'My husband …," said Sara Sadeqi'
        reported = _reported(st, spans, res, [(s, e) for _b, s, e in kept], speaker)
        if speaker is None and kept:
            speaker, cue = _quoting_subject(st, kept[0][1], reported, res, att is None)
        kept = _said_by_someone(kept, short, called and speaker is None)
        new = new[:len(kept)]
        quotes.extend(_with_speakers(st, kept, (speaker, phrase, cue), cited_by, res))
        quotes.extend(reported)
        if speaker is not None:
            res.note(st.index, speaker, cue)
            closes = att is not None and was_open and text.lstrip()[:1] not in QUOTE_MARKS
            _give_pending(quotes, pending, guessed if closes else set(), res,
                          Quote("", speaker, st.index, "direct", phrase, cited_by, cue))
        pending = [*pending, *new] if carry else []
    return _back_fill(_trailing_attribution(quotes, statements, res), statements), cited


# a name and a colon opening a statement, or after a headline's dash, right before its
# quotation ('Pollsters agree - Carl Bialik: “…”', 'Mark Blumenthal and Jon Cohen: “…”')
_NAMED_LABEL = re.compile(r"(?:^|\s[-–—]\s)((?:[A-Z][\w.'’-]{0,30}\s(?:and\s)?){0,4}"
                    r"[A-Z][\w.'’-]{0,30}):$")


def _unattributed(statements: Sequence[Statement], st: Statement,
                  direct: list[tuple[int, int, bool]], was_open: bool, carry: bool,
                  res: Resolver) -> tuple[str | None, str | None, str | None, bool]:
    """Who says a quotation no attribution of its statement names: a name and a colon before
    it (``_named_label``), else the speaker it goes on from (``_going_on``); with the speaker
    phrase, the cue and whether the speaker is a guess from the statement before."""
    speaker, phrase = _named_label(st, direct[0][0], res)
    if speaker is not None:
        return speaker, phrase, None, False
    if _label_before(st, direct[0][0]) is not None:
        return None, None, None, False  # 'Media shares blame - HuffPollster: "…"': a source
        # the article does not name as a person goes on from no one
    speaker = None if was_open else _dash_subject(st, direct[0][0], res)
    if speaker is not None:
        return speaker, None, None, False
    speaker, cue = _going_on(statements, st, direct, was_open, res)
    return speaker, None, cue, carry and speaker is not None


def _dash_subject(st: Statement, first: int, res: Resolver) -> str | None:
    """The one person named before the quotation at ``first`` that a dash or a colon
    introduces, as the subject of the clause before it ('When Trump finally wrapped up — "I
    will fight for you …"', 'Trump gestured …, then leaned in and boomed: "…"'): the words are
    theirs, not the last speaker's; else None."""
    if not _before_quotation(st, first).endswith(("—", "–", " -", ":")):
        return None
    named = [(start, end, name) for start, end, name in res.mentions_in(st.index)
             if start < first]
    if len({name for _, _, name in named}) != 1 or not any(
            w[:1].islower() for w in st.text[named[-1][1]:first].split()):
        return None  # (a clause goes on after the name: not a heading 'BROADWAY BEAT—"…"')
    lower = [w.strip(",;").lower() for w in st.text[:named[0][0]].split()
             if not w[:1].isupper()]
    return named[0][2] if not lower or lower[-1] in NEW_CLAUSE else None  # (not
    # one spoken of: 'Asked about Trump — "…"')


def _label_before(st: Statement, first: int) -> re.Match[str] | None:
    """A name and a colon right before the quotation at ``first`` (``_NAMED_LABEL``)."""
    head = _before_quotation(st, first)
    return _NAMED_LABEL.search(head) if head.endswith(":") else None


def _before_quotation(st: Statement, first: int) -> str:
    """The statement's text before the quotation at ``first``, without its opening mark."""
    return st.text[:first].rstrip().rstrip(QUOTE_MARKS).rstrip()


def _named_label(st: Statement, first: int, res: Resolver) -> tuple[str | None, str | None]:
    """Who says the quotation at ``first`` that a name and a colon introduce, with no verb
    ('Pollsters agree - Carl Bialik: “…”'): a person or organisation the article names (each of
    two joined by 'and'), else (None, None)."""
    m = _label_before(st, first)
    if m is None:
        return None, None
    speaker, phrase = res.resolve(st, m.start(1), m.end(1))
    known = res.persons | res.orgs
    if speaker is None or not all(p in known for p in speaker.split(" and ")):
        return None, None
    return speaker, phrase


def _give_pending(quotes: list[Quote], pending: list[int], guessed: set[int], res: Resolver,
                  said: Quote) -> None:
    """An open quotation from earlier statements ends with the attribution of ``said`` (its
    speaker, phrase, outlet and cue): its parts with no speaker take that one, and so do those
    whose speaker was ``guessed`` from the statement before them where it names a better one
    (``_better``; ``guessed`` is empty unless the attribution closes the quotation)."""
    speaker = said.speaker
    assert speaker is not None
    for k in pending:
        q = quotes[k]
        if q.speaker is None or (k in guessed and _better(res, speaker, q.speaker)):
            quotes[k] = Quote(q.text, speaker, q.statement, q.kind, said.speaker_phrase,
                              said.cited_by, said.cue)
            res.note(q.statement, speaker, said.cue)


def _better(res: Resolver, said: str, guessed: str) -> bool:
    """Does the attribution closing a quotation name its speaker better than the speaker
    guessed from the statement before it: a person, or the guess no person either ('the Navy
    chief' does not replace 'Sureesh Mehta', whom it may well be)?"""
    return res.is_person(said) or not res.is_person(guessed)


Said = tuple[str | None, str | None, str | None]  # speaker, speaker phrase, cue


def _with_speakers(st: Statement, kept: Sequence[tuple[str, int, int]], said: Said,
                   cited_by: str | None, res: Resolver) -> list[Quote]:
    """The direct quotations ``kept`` of ``st``, each with its speaker (``_own_speaker``)."""
    out = []
    for n, (body, _s, _e) in enumerate(kept):
        who, how, verb = _own_speaker(st, kept, n, said, res)
        out.append(Quote(body, who, st.index, "direct", how, cited_by, verb))
    return out


_DASH = re.compile(r" (?:—|–|--) ")  # the dashes around an aside


def _outside_aside(st: Statement, said: Said, start: int, res: Resolver) -> Said | None:
    """The speaker of a quotation at ``start`` after a dash aside that holds the statement's
    attribution, when the subject before the aside speaks ('Prosecutor Terry White told The
    Post … — where Lohan's lawyer Mark Heller said she was "…" — "I hear she's on her way
    …"': White's words, not Heller's); else None."""
    at = st.text.find(said[1]) if said[1] else -1
    dashes = [m.start() for m in _DASH.finditer(st.text, 0, start)]
    opened = [d for d in dashes if d < at]
    if at < 0 or not opened or not any(at < d for d in dashes):
        return None
    span = res.subject_span(st.index)
    if span is None or span[1] > opened[-1]:
        return None
    verb = next(iter(st.text[span[1]: opened[-1]].split()), "").lower()
    if verb not in SPEECH_VERBS:
        return None
    who, how = res.resolve(st, *span)
    return None if who is None or who == said[0] else (who, how, verb)


def _own_speaker(st: Statement, kept: Sequence[tuple[str, int, int]], n: int, said: Said,
                 res: Resolver) -> Said:
    """(speaker, phrase, cue) of the ``n``-th quotation a statement keeps: the statement's
    (``said``), unless another person is said to speak between the quotation before and this
    one ('"…," Axelrod tweeted after Clinton argued for the second consecutive debate that
    "…"': Clinton's words)."""
    speaker = said[0]
    outside = _outside_aside(st, said, kept[n][1], res) if speaker is not None else None
    if outside is not None:
        return outside
    att = _before(st.text, kept[n][1] - 1) if n and speaker is not None else None
    if speaker is None or att is None or att.start <= kept[n - 1][2]:
        return said
    word = st.text[att.start:att.end].lower()
    pronoun = GENDER[word] if word in ("he", "she") else None
    if pronoun is not None and speaker[:1].isupper() and res.gender(speaker) in ("", pronoun):
        return said  # '"…," he wrote, "…"': a named speaker goes on (not 'a top aide said, "…"
        # and she has told … "…"')
    own, phrase = res.resolve(st, att.start, att.end)
    if own is not None and own != speaker and own in res.persons:
        return own, phrase, _cue(att.cue)
    return said


def _going_on(statements: Sequence[Statement], st: Statement,
              direct: list[tuple[int, int, bool]], was_open: bool, res: Resolver
              ) -> tuple[str | None, str | None]:
    """The speaker and cue of a statement's quotation with no attribution of its own that goes
    on from the statement before ('Unless rivals quit, "it's very difficult to see …"') or
    from the paragraph's speaker; else (None, None)."""
    text = st.text
    said = res.said.get(st.index - 1)
    if not was_open and _named_thing(text, direct[0][0]):
        return None, None  # 'the crowd reprised the caustic chant "Lock her up!"'
    if res.cues.get(st.index - 1) in AFTER_QUOTE and not (
            was_open or text.lstrip()[:1] in QUOTE_MARKS):
        said = None  # '…," Right Wing Watch reported. / He then implied … "…"': the outlet
        # reported the last quotation, it does not go on speaking unless the quotation does
    if said is not None and (text.lstrip()[:1] in QUOTE_MARKS or was_open or (
            _quoted_words(text, direct) >= CONTINUED and not _has_cue(_unquoted(text, direct)))
            ) and (
            was_open or not _names_another(st, res, said)):
        return said, res.cues.get(st.index - 1)
    if _all_quotation(text):
        return (_paragraph_speaker(statements, st.index, res)
                or (None if was_open else _introduced(statements, st.index, res))
                or (None, None))
    return None, None


# nouns that name what a quotation after them is, not speech going on from the last speaker
# 'reprised the caustic chant "Lock her up!"', 'signs reading "…"', 'the hashtag "…"'
# and verbs of a crowd's voice: 'the crowd chanted "Build the wall!"' is no one's speech
NAMED_THINGS = wordset("""chant chants slogan slogans sign signs banner banners placard placards
    hashtag hashtags motto headline headlines reading chanted chanting""")


def _named_thing(text: str, first: int) -> bool:
    """Does a noun of ``NAMED_THINGS`` stand right before the quotation at ``first``?"""
    before = text[max(0, first - 30): first].rstrip(QUOTE_MARKS + " ").split()
    return bool(before) and before[-1].lower().strip(",:") in NAMED_THINGS


def _introduced(statements: Sequence[Statement], index: int, res: Resolver
                ) -> tuple[str, None] | None:
    """The person the statement before ``index`` introduces as its subject, named there for
    the first time and alone, with no quotation of its own ('T.J. Simons, 17, who works at
    the 76 station, also heard the blast. / "At first I thought it was thunder …"'): a
    quotation that follows with no attribution is theirs, not the next speaker's; else
    None."""
    prev = index - 1
    if prev < 0 or QUOTE_MARK.search(statements[prev].text):
        return None  # (nor a quotation going on: '"As we have explained, … John Kerry …')
    if index + 1 < len(statements) and _opening_attribution(statements[index + 1].text):
        return None  # its attribution follows ('"…?" / Trump said of Apple in February')
    subject = res.subject_before(prev, len(statements[prev].text))
    if subject is None or subject not in res.persons or res.first_named(subject) != prev or any(
            name != subject for _, _, name in res.mentions_in(prev)):
        return None
    return subject, None


def _quoting_subject(st: Statement, at: int, reported: list[Quote], res: Resolver,
                     unattributed: bool = False) -> tuple[str | None, str | None]:
    """The speaker of a quotation with no attribution of its own whose statement goes on to
    report what the one person named before it said ('Oliver Letwin called Labour "a brilliant
    machine for talking about things" but said it did not deliver'), with that speech's cue;
    else, for a quotation with no attribution (``unattributed``), the person the statement is
    about (:func:`_subject_quoting`); else (None, None) ('Jones called it "a disaster", while
    Smith said …' is not Smith's). A quotation inside the clause one person is said to have
    said is theirs."""
    said = next((q for q in reported if q.speaker), None)
    before = {name for start, _, name in res.mentions_in(st.index) if start < at}
    if said is not None and (before == {said.speaker} or (
            before <= {said.speaker} and _holds(st.text, said, at))):
        return said.speaker, said.cue  # or the reported clause holds the quotation ('…, and
        # "we need to set aside" the plan, said Interior Secretary Ken Salazar.')
    return (_subject_quoting(st, at, res) if unattributed else None), None


def _holds(text: str, said: Quote, at: int) -> bool:
    """Does the reported clause ``said`` run over the position ``at`` of ``text``, its
    attribution after it ('…, a source said.', '…, according to her bio.'; not 'For someone
    who conceded that she's "not a natural politician," Hillary Clinton …')?"""
    start = text.find(said.text)
    told = text.rfind(said.speaker_phrase) if said.speaker_phrase else -1
    return 0 <= start <= at < start + len(said.text) <= told


def _names_another(st: Statement, res: Resolver, speaker: str) -> bool:
    """Does ``st`` name someone other than ``speaker`` as its speaker: right after the
    quotation opening it ('"…," Anais Faraj, an analyst at Nomura told …'), or as the subject
    of a clause of its own before its first quotation ('Schiff called on the administration
    to "…"'; but 'Biden "kind of misspoke"' may be the last speaker's words)?"""
    text = st.text
    surname = speaker.split()[-1]  # 'Supt Deats' goes on for 'Mick Deats'
    spans = quoted_spans(text)
    if spans and not text[: spans[0][0]].strip(QUOTE_MARKS + " "):  # '"…," Anais Faraj, an
        after = spans[0][1] + 40  # analyst at Nomura told …': someone named right after it
        return any(spans[0][1] <= at < after and name.split()[-1] != surname
                   for at, _, name in res.mentions_in(st.index))
    mark = spans[0][0] if spans else len(text)
    who = res.subject_before(st.index, mark)
    span = res.subject_span(st.index)
    if who is None and span is not None and span[1] <= mark and _calls(text, span[1], mark):
        who = _org_named(text[span[0]: span[1]], res.orgs)  # 'the New York Times called him
        # "…"' after the Press Democrat said something: the Times's words
    if who is None or span is None or who.split()[-1] == surname:
        return False
    return any(c.isalpha() for c in text[span[1]: mark])


def _subject_quoting(st: Statement, at: int, res: Resolver) -> str | None:
    """The person heading the subject of a statement with no speech verb whose quotation at
    ``at`` is theirs ('Mr Slattery called himself a customer who "was also forced …"',
    'Tory leader Michael Howard has accused Mr Blair of "…"'); None when someone else is
    named before the quotation ('… thrown by Mr MacKenzie's suggestion that "…"'), a
    question is put to the subject ('Kevin Donnellon was asked: "…"') or a speech verb we
    could not read may name another speaker ('…, according to his adviser')."""
    text = st.text
    who = res.subject_before(st.index, at)
    span = res.subject_span(st.index)
    phrase = text[span[0]: span[1]] if span is not None else ""
    calls = span is not None and span[1] <= at and _calls(text, span[1], at)
    if who is None and calls and phrase.lower() in ("he", "she"):
        assert span is not None
        who = res.resolve(st, *span)[0]  # 'She called the ruling "…"': the one she stands for
    named_org = _org_named(phrase, res.orgs) if calls and who is None else None
    if named_org is not None and not _has_cue(text):
        return named_org  # 'the New York Times called him "…"': an organisation's words
    if calls and who is None and span is not None and not _has_cue(text):
        return res.resolve(st, *span)[0]  # 'Police called the mechanic a hero who "…"'
    if who is None or (_has_cue(text) and not calls) or _PUT_TO.search(text, 0, at) or (
            not res.personal(who, phrase)):
        return None
    others = [name for start, _end, name in res.mentions_in(st.index) if start < at]
    if calls:  # 'Trump called Obama "…"', 'Trump attacked Obama, calling him "…"': the one
        # called is no speaker of the words; 'Friends of Kathryn Jenkin described her as "…"'
        # are not Kathryn Jenkin
        return None if _OF_SOMEONE.search(phrase) else who
    return None if any(name != who for name in others) else who


def _org_named(phrase: str, orgs: Iterable[str]) -> str | None:
    """The organisation the article names that a subject ``phrase`` is ('the New York
    Times', 'The Academy'), else None."""
    bare = phrase.removeprefix("the ").removeprefix("The ")
    return next((o for o in orgs if o.removeprefix("The ") == bare), None) if bare else None


# a subject's verb before the words it puts on someone ('Trump called Obama "the most …"',
# 'Huckabee is labeling Obama's actions "…"', '…, calling him "…"')
CALLING = wordset("""called calls calling labeled labelled labels labeling labelling branded
    brands branding dubbed dubs dubbing described describes describing characterized
    characterised characterizes characterises characterizing characterising""")
# words between a subject and its verb: auxiliaries and adverbs ('has also called')
_BEFORE_VERB = ADVERBS | FINITE
_ASIDE = re.compile(r",[^,]{1,40},")  # ', for his part,'
_OF_SOMEONE = re.compile(r"\b(?:of|for|to|from|with)\s")  # 'Friends of …', 'a spokesman for …'


def _calls(text: str, end: int, at: int) -> bool:
    """Does the subject ending at ``end`` put the words quoted at ``at`` on someone: its verb
    is one of ``CALLING`` ('Trump called Obama "…"', 'Huckabee, for his part, is labeling
    …'), or a clause of the statement before the quotation opens with one after a comma
    ('Trump attacked Obama, calling him "…"')?"""
    between = text[end:at]
    words = [w for w in _ASIDE.sub(" ", between, count=1).split() if w.lower() not in
             _BEFORE_VERB]
    if words and words[0].lower() in CALLING:
        return True
    last = between.rsplit(",", 1)[1].split() if "," in between else []  # its last clause
    return bool(last) and last[0].lower() in CALLING and last[0].endswith("ing")


def _said_by_someone(kept: list[tuple[str, int, int]], short: int, unsaid: bool
                     ) -> list[tuple[str, int, int]]:
    """``kept`` without the quotations shorter than ``short`` words when their statement's
    subject calls something so but no one is named as saying them (``unsaid``): a term ('The
    judge called it "a stunt"')."""
    return [k for k in kept if len(k[0].split()) >= short] if unsaid else kept


def _calling(st: Statement, direct: list[tuple[int, int, bool]], res: Resolver) -> bool:
    """Does the statement's subject put its first quotation on someone ('Trump called Ford's
    plans "an absolute disgrace,"', 'He called her handling … "extremely careless," and said
    …')? Then a quotation of ``MIN_CALLED`` words is the subject's, not a scare quote."""
    span = res.subject_span(st.index)
    if span is None or span[1] > direct[0][0] or _PASSIVE_CALL.search(st.text, span[1],
                                                                     direct[0][0]):
        return False  # 'It is described on Amazon as a "riveting book"': not its words
    return _calls(st.text, span[1], direct[0][0])


_PASSIVE_CALL = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)?"
                           r"(?:called|labell?ed|branded|dubbed|described|characteri[sz]ed)\b")


_PUT_TO = re.compile(r"\b(?:was|were|is|are|been|being) (?:asked|told)\b")


def _paragraph_speaker(statements: Sequence[Statement], index: int, res: Resolver
                       ) -> tuple[str, str | None] | None:
    """The speaker of the statement two before ``index`` in the same paragraph when the one
    between quotes and names no one else ('"…," Obama said after meeting Putin. He did not
    suggest retaliation. "…"'): the paragraph's quotation goes on; else None."""
    back = index - 2
    if back < 0 or back not in res.said or any(
            statements[k].start - statements[k - 1].end >= 2 for k in (index - 1, index)):
        return None
    between = statements[index - 1]
    if quoted_spans(between.text) or any(
            name != res.said[back] for _, _, name in res.mentions_in(index - 1)) or (
            res.subject_before(index - 1, len(between.text)) != res.said[back]
            and not res.pronoun_subject(index - 1)):  # 'He did not suggest …'
        return None
    return res.said[back], res.cues.get(back)


def _unquoted(text: str, direct: list[tuple[int, int, bool]]) -> str:
    """``text`` without its quotations ('Now, "… a constituency saying it works."': no cue of
    the writer's)."""
    out, at = [], 0
    for s, e, _c in direct:
        out.append(text[at:s])
        at = e
    return " ".join([*out, text[at:]])


def _quoted_words(text: str, direct: list[tuple[int, int, bool]]) -> int:
    return sum(len(text[s:e].split()) for s, e, _c in direct)


def _quotation_ended(st: Statement, prev_end: int, open_for: int) -> bool:
    """Has a quotation left open (a closing mark missing) ended before ``st``? A quotation
    goes on into a new paragraph only with a new opening mark, and not for ever."""
    opens = st.text.lstrip()[:1] in QUOTE_MARKS
    return (st.start - prev_end >= 2 and not opens) or open_for >= MAX_OPEN


def _without_quotation(st: Statement, spans: list[tuple[int, int, bool]], res: Resolver
                       ) -> list[Quote]:
    """The reported speech of a statement with no quotation; its speaker (not an outlet's
    'reported that'), or the speaker of a lead-in ('Cruz continued:'), noted for the
    statements after it."""
    said = _labelled(st, res)
    if said is not None:
        res.note(st.index, said.speaker or "", None)
        return [said]
    rq = _reported(st, spans, res, [])
    if rq and rq[0].speaker and rq[0].cue not in AFTER_QUOTE:  # ('CNN reported that …' is
        res.note(st.index, rq[0].speaker, rq[0].cue)  # no speaker for the statements after)
    elif not rq:
        _lead_in(st, res)
    return rq


def _said_alone(text: str, direct: list[tuple[int, int, bool]]) -> bool:
    """Is a statement one quotation opening it and its attribution alone after it ('"That's
    tough," quarterback Drew Brees said.', '"I'm satisfied," said Klitschko.'): a quotation
    of two words there is said, no scare quote?"""
    s, e, closed = direct[0]
    return len(direct) == 1 and closed and not text[:s].strip(QUOTE_MARKS + " ") and len(
        text[e:].split()) <= SAID_ALONE_WORDS


SENTENCE_ENDS = (".", "!", "?", "…", ",")  # how a sentence of a quotation ends


def _runs_on(text: str, direct: list[tuple[int, int, bool]], was_open: bool, whole_open: bool
             ) -> bool:
    """Is a statement a sentence of a quotation that runs over several statements from the
    start of one ('"Mo is family.' / 'Mo bleeds 76ers.' before '… ," King said.'): opening it
    and left open, or going on from such a quotation (``whole_open``), ending as a sentence?
    Not the words after a stray mark inside a sentence ('gave a "long goodbye' / 'He
    left.')."""
    s, e, closed = direct[-1]
    if not text[s:e].rstrip(QUOTE_MARKS + " ").endswith(SENTENCE_ENDS):
        return False
    opens = not was_open and not closed and len(direct) == 1 and not text[:s].strip(
        QUOTE_MARKS + " ")
    return opens or (was_open and whole_open and direct[0][0] == 0)


def _least_words(text: str, direct: list[tuple[int, int, bool]], att: _Attribution | None,
                 speaker: str | None, runs_on: bool = False) -> int:
    """The fewest words a statement's quotation needs to be listed: an attributed one
    ``MIN_ATTRIBUTED`` (``MIN_SAID_ALONE`` when the statement is the quotation and its
    attribution alone); one with no attribution ``MIN_WORDS`` (shorter, a scare quote), but
    ``MIN_SAID_ALONE`` when it is the whole statement and goes on from a speaker ('"Because he
    was there, … he's it," Lynch said.' / '"He's the patsy."') or runs over its end ('"Mo is
    family. / Mo bleeds 76ers. / He bleeds Philadelphia," team president Billy King said.',
    one sentence a line: ``runs_on``, ``_runs_on``): a statement quoted whole is speech, not a
    term."""
    if att is not None:
        if not _said_alone(text, direct):
            return MIN_ATTRIBUTED
        # a word said and marked as said ('"No," replied Jeff Zucker.', '"Absolutely!" she
        # said.'), not a term ('"Hope" is what he said.')
        said = text[direct[0][0]:direct[0][1]].rstrip().endswith((",", "!", "?"))
        return MIN_ANSWER if said else MIN_SAID_ALONE
    body = text[direct[0][0]:direct[0][1]].lstrip()
    whole = body[:1].isupper() and not any(c.isalnum() for c in _unquoted(text, direct))
    # (a sentence: not '" he said.' nor '" (Fox News article)' cut from a quotation before)
    return MIN_SAID_ALONE if whole and (speaker is not None or runs_on) else MIN_WORDS


def _kept(text: str, direct: list[tuple[int, int, bool]], short: int, called: bool = False
          ) -> list[tuple[str, int, int]]:
    """The quotations of a statement worth listing (text, span): not a scare quote shorter
    than ``short`` words (``MIN_CALLED`` for the first when the statement's subject puts it on
    someone, ``called``, and it opens in lower case), nor a quoted term ('what it calls "smart
    folders"'), nor a title the words before make a show or a paper ('told "Fox and
    Friends"')."""
    out = []
    for n, (s, e, _closed) in enumerate(direct):
        body = text[s:e].strip().rstrip(",").rstrip()
        least = (min(short, MIN_CALLED) if called and n == 0 and body[:1].islower()
                 else short)  # (a name given is no quotation: 'called it "Smart Home"')
        if len(body.split()) < least or _naming(text, s - 1) or (
                body[:1].isalnum() and _title_like(body, 1) and _before_a_title(text, s - 1)):
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        out.append((text[s + lead: s + lead + len(body)], s, e))
    return out


def _attribution(text: str, direct: list[tuple[int, int, bool]]) -> _Attribution | None:
    """The attribution of a statement's quotations: after one ('"…," he said, "…"'), before
    the first ('Lavrov said: "…"') or closing the statement ('… "the battle of words"
    between them, she added.')."""
    att = None
    first_s, last_e, last_closed = direct[0][0], direct[-1][1], direct[-1][2]
    if last_closed:
        att = _after(text, last_e + 1)
        if att is not None and first_s > 0 and _says_its_own(text, att):
            att = _before(text, first_s - 1) or att  # 'even as Trump claimed that "…," one of
            # the prosecutors said the two cases were different': Trump's words
    for _s, e, _c in direct[:-1]:  # '"…," he said, "…' (the last may go on)
        att = att or _after(text, e + 1)
    if att is not None and text[att.start:att.end].lower() in ("he", "she") and text[
            :first_s].rstrip(" " + QUOTE_MARKS).endswith(":") and not text[
            direct[0][1]:att.start].strip(" ,;" + QUOTE_MARKS):  # right after the first one
        att = _before(text, first_s - 1) or att  # 'Fallon fired back: "…," he wrote': Fallon
    if att is None and first_s > 0:
        att = _before(text, first_s - 1)
    for s, _e, _c in direct[1:]:  # 'On WTMJ’s “Midday,” …, Paul Ryan said “…”'
        att = att or _before(text, s - 1)
    if att is None and last_closed:
        tail = _tail(text)
        att = tail[1] if tail is not None and tail[0] > last_e else None
    return _reported_by(text, first_s, att)


def _says_its_own(text: str, att: _Attribution) -> bool:
    """Does the speaker and verb of ``att`` ('one of the prosecutors said') go on to what that
    speaker said (three words or more before the clause ends), not attribute the quotation
    before it ('…," he said.', '…," he said on Monday.')?"""
    words = text[att.end:].split()
    if not words or words[0] != att.cue:
        return False
    clause = []
    for w in words[1:]:
        clause.append(w)
        if w[-1:] in ".;:!?,":
            break
    return len(clause) >= 3 and clause[0].lower() not in _WHEN_WORDS


# words opening when, where or to whom it was said after the verb ('said on Tuesday in Ohio')
_WHEN_WORDS = PREPOSITIONS | TIME_WORDS | frozenset(d.lower() for d in WEEKDAYS) | frozenset(
    RELATIVE_DAYS) | frozenset(("during", "late", "early"))


def _subject_reported(st: Statement, first_s: int, att: _Attribution | None, res: Resolver
                      ) -> _Attribution | None:
    """A quotation only an outlet 'reported' ('Swanson slammed the Girl Scouts for promoting
    "…", Right Wing Watch reported') is the words of the person heading the statement's
    subject (``_subject_quoting``), the outlet citing them."""
    if att is None or att.cue not in AFTER_QUOTE or att.cited_by:
        return att
    span = res.subject_span(st.index)
    if span is None or _subject_quoting(st, first_s, res) is None:
        return att
    return _Attribution(span[0], span[1], None, st.text[att.start:att.end])


def _reported_by(text: str, first_s: int, att: _Attribution | None) -> _Attribution | None:
    """An outlet that 'reported' the quotation ('…," the Times reported') cites the speaker
    an attribution before it names ('Trump said: "…," the Times reported'), else speaks."""
    if att is None or att.cue not in AFTER_QUOTE or first_s <= 0:
        return att
    before = _before(text, first_s - 1)
    if before is None:
        return att
    return _Attribution(before.start, before.end, before.cue, text[att.start:att.end])


def _trailing_attribution(quotes: list[Quote], statements: Sequence[Statement], res: Resolver
                          ) -> list[Quote]:
    """A statement that is all quotation, with no speaker, takes the speaker of the next
    statement when that one opens with an attribution and reports nothing itself ('"Who do
    they think they are?" / Trump said of Apple in February, when …'); so does a statement
    of quotation alone right after that attribution ('"…?" / Trump added on Fox. / "…"')."""
    told = {q.statement for q in quotes if q.cue != "according to"}
    out = list(quotes)
    given: dict[int, Quote] = {}  # attribution statement -> the quote it gave a speaker
    for k, q in enumerate(quotes):
        nxt = q.statement + 1
        if q.kind != "direct" or q.speaker is not None or not _all_quotation(
                statements[q.statement].text):
            continue
        before = given.get(q.statement - 1)
        if before is not None and statements[q.statement].start - statements[
                q.statement - 1].end < 2:  # the same paragraph
            out[k] = Quote(q.text, before.speaker, q.statement, q.kind, before.speaker_phrase,
                           q.cited_by, before.cue)
            continue
        if nxt in told or nxt >= len(statements):
            continue
        att = _opening_attribution(statements[nxt].text)
        if att is None:
            continue
        speaker, phrase = res.resolve(statements[nxt], att.start, att.end)
        if speaker is not None:
            out[k] = given[nxt] = Quote(q.text, speaker, q.statement, q.kind, phrase,
                                        q.cited_by, _cue(att.cue))
    return out


def _all_quotation(text: str) -> bool:
    text = text.strip()
    return text[:1] in QUOTE_MARKS and text[-1:] in QUOTE_MARKS


def _opening_attribution(text: str) -> _Attribution | None:
    """The speaker and speech verb opening ``text`` ('Trump said of Apple …', 'US Senator
    Jeff Sessions said as he launched …'), else None."""
    toks = _words(text[:160], 0)
    v = next((n for n, t in enumerate(toks[:12]) if t[0] in VERBS), None)
    who = None if not v else _subject(toks, v)
    if who is None or who[0] != toks[0][1] or not text[:1].isupper():
        return None
    return _Attribution(who[0], who[1], toks[v][0]) if v is not None else None


def _back_fill(quotes: list[Quote], statements: Sequence[Statement]) -> list[Quote]:
    """A statement that is all quotation, with no speaker, takes the speaker of the quotation
    opening the next statement: ``"…" / "…," he said.`` (one attribution for the run)."""
    first: dict[int, Quote] = {}
    for q in quotes:
        if q.kind == "direct":
            first.setdefault(q.statement, q)
    texts = {st.index: st.text.strip() for st in statements}
    out = list(quotes)
    for k in range(len(out) - 1, -1, -1):
        q = out[k]
        nxt = first.get(q.statement + 1)
        text = texts[q.statement]
        if (q.kind != "direct" or q.speaker is not None or nxt is None or nxt.speaker is None
                or text[:1] not in QUOTE_MARKS or text[-1:] not in QUOTE_MARKS
                or texts[q.statement + 1][:1] not in QUOTE_MARKS):
            continue
        out[k] = Quote(q.text, nxt.speaker, q.statement, q.kind, nxt.speaker_phrase, nxt.cited_by,
                       nxt.cue)
        if first.get(q.statement) is q:
            first[q.statement] = out[k]
    return out


# a transcript's speaker label opening a line: 'President Barack Obama: Before I introduce …'
_LABEL = re.compile(r"(?:[A-Z][\w.'’-]{0,30}\s){0,4}[A-Z][\w.'’-]{0,30}:\s{1,3}(?=\S)")


def _labelled(st: Statement, res: Resolver) -> Quote | None:
    """A transcript's line: a person the article names, a colon, and the words they said
    ('President Barack Obama: Before I introduce America's next surgeon general, …'), a
    direct quotation; not a label of another kind ('Correction:', 'Iowa:', 'Q:')."""
    m = _LABEL.match(st.text) if st.index else None  # (statement 0: 'Trump: …' headlines)
    if m is None:
        return None
    body = st.text[m.end():].strip()
    if len(body.split()) < CONTINUED or not body[:1].isupper() or _title_like(body):
        return None  # a subhead: 'Hugh Jackman: an Oscar hit or miss?', 'Sanders: Win in a walk.'
    label = m.group(0).rstrip().rstrip(":")
    speaker, _phrase = res.resolve(st, 0, len(label))
    if speaker is None or speaker not in res.persons or speaker.split()[-1] in body:
        return None  # (a person speaks of others: 'Marco Rubio: … Senator Marco Rubio proposed')
    return Quote(body, speaker, st.index, "direct", label)


def _lead_in(st: Statement, res: Resolver) -> None:
    """``Cruz continued:`` / ``In a 1963 speech, he declared:`` / ``Andrew Wetzler, director of
    the program, commented,`` closing a statement with no quotation: note its speaker, so that
    a quotation opening the next statement (the next paragraph, as often) goes on from it."""
    text = st.text.rstrip()
    comma = text.endswith(",")  # a verb of saying before it, the quotation on the next line
    if comma:
        words = text[:-1].split()
        if not words or words[-1] not in SPEECH_VERBS:
            return
        text = text[:-1] + ":"
    if not text.endswith(":"):
        return
    att = _before(text, len(text))
    if comma and (att is None or text[att.start: att.end].lower() in PRONOUNS):
        return  # a name, not 'To which she replied,' (the last speaker need not be 'she')
    if att is None:
        said = _ISSUED_STATEMENT.search(text)
        span = res.subject(text) if res.subject and said else None
        if span is not None and said and span[1] < said.start():  # 'A.J. Smith issued the
            speaker = res.resolve(st, *span)[0]  # following statement:' (its subject speaks)
            if speaker is not None:
                res.note(st.index, speaker, None)
        return
    speaker, _phrase = res.resolve(st, att.start, att.end)
    if speaker is not None:
        res.note(st.index, speaker, _cue(att.cue))


# who closes a statement after 'according to' ('"…," said Unique Armstead, who was shot,
# according to the New York Post.', '…, according to a White House pool report.'): who
# reports the attributed quotation
_ACCORDING_TAIL = re.compile(r",?[ ]according[ ]to[ ](?:(?:the|a|an)[ ])?((?:[\w.&'’-]+[ ]?){1,6}?)"
                             r"[.!]?[ ]*$")


def _according_tail(text: str, after: int) -> str | None:
    """The name after a closing 'according to' past ``after`` (the last quotation's end)."""
    m = _ACCORDING_TAIL.search(text, after)
    return m.group(1).strip().rstrip(".") if m else None


# a lead-in that announces what follows without a verb of saying ('… issued the following
# statement:', 'sent out this message on Twitter:'): its subject speaks (not 'The bias shows
# in how the website rated this statement by Trump:')
_ISSUED_STATEMENT = re.compile(
    r"\b(?:(?:issued|released|put out|sent(?: out)?|posted|published|shared|gave|delivered)\s+"
    r"(?:[\w-]+\s+){0,2}(?:statement|message|tweet|post|letter|note|response)\b[^:]*|"
    r"posted(?: on (?:Facebook|Twitter|Instagram|his \w+|her \w+|its \w+))?):$")


def _tail(text: str) -> tuple[int, _Attribution] | None:
    """An attribution closing the statement after a comma: (the comma, the speaker)."""
    comma = text.rfind(", ")
    tries = 0
    while comma > 0 and tries < 4:  # the attribution is in the last few clauses
        tries += 1
        seg = _words_to_comma(text[comma + 2: comma + 200], comma + 2)
        inverted = bool(seg) and seg[0][0] in INVERTED  # '…, said Professor Paul Beck.'
        att = _who_verb(seg, allow_after=inverted)
        if att is not None and _subjectlike(text[att.start: att.end].split()[0]):
            clause = text[:comma].strip()
            if len(clause.split()) >= MIN_WORDS and inverted and att.start == seg[1][1]:
                return comma, att
            if len(clause.split()) >= MIN_WORDS and att.start == seg[0][1]:
                vi = next(n for n, t in enumerate(seg) if t[0] in VERBS)
                verb = seg[vi][0]
                rest = [t[0] for t in seg[vi + 1:] if t[0] not in ".!?"]
                if verb == "told" or not rest or rest[0].lower() in TAIL_OK:
                    return comma, att
        comma = text.rfind(", ", 0, comma)
    return None


def _not_titles_or_copy(text: str, kept: list[tuple[str, int, int]], unattributed: bool,
                        no_speaker: bool) -> list[tuple[str, int, int]]:
    """The quotations ``kept`` but titles when no one is said to speak them ('The Late Show
    With Stephen Colbert', 'I wrote a cover story, "In Search of Bettie Page."') and, with no
    attribution in their statement, the outlet's own copy: a party tag is no one's speech
    ('"Sen. Bernie Sanders (I-Vt.) took the stage …' behind a stray mark after Huckabee
    'announced', or 'HuffPollster: “… Sen. Bernie Sanders (I-Vt.).', HuffPost quoting
    itself)."""
    if unattributed or no_speaker:
        kept = [k for k in kept if not _names_a_title(text, k)]
    if unattributed:
        kept = [k for k in kept if PAREN_PARTY.search(k[0]) is None]
    return kept


def _names_a_title(text: str, kept: tuple[str, int, int]) -> bool:
    """Is the quotation ``kept`` of ``text`` a title ('Orange is the New Black'), in a
    sentence written otherwise (a title-case headline quotes in title case: 'Kasich: ‘We Are
    Going All The Way To Cleveland’')?"""
    body, s, e = kept
    rest = (text[:s] + " " + text[e:]).split()
    return _title_like(body) and (not rest or any(
        len(w) >= 4 and w.isalpha() and w.islower() for w in rest))


def _title_like(body: str, least: int = 2) -> bool:
    """Is ``body`` written as a title ('Orange is the New Black', 'Jeb Can Fix It', 'Midday with
    Charlie Sykes', 'All the President's Men', 'Secret Man: The Story of Watergate's Deep
    Throat'): every word of four letters or more capitalised but a preposition, ``least``
    capitalised words of three letters or more at least, no sentence inside (a subtitle after
    a colon is a title too)?"""
    main, colon, sub = body.partition(": ")
    if colon and sub[:1].isupper():
        return _title_like(main, 1) and _title_like(sub, 1) and len(
            _capitalised(body)) >= least
    words = [w for w in body.split() if len(w.strip(_PUNCT)) >= 4 and w not in TITLE_SMALL]
    return len(_capitalised(body)) >= least and all(
        w.strip(_PUNCT)[:1].isupper() for w in words) and not any(
        m in body for m in _SAID_MARKS)  # 'Hey, hey! Ho, ho!': a chant, said


def _capitalised(body: str) -> list[str]:
    """The capitalised words of three letters or more of ``body`` ('I’m' is no title's)."""
    return [w for w in (w.strip(_PUNCT) for w in body.split())
            if len(w) >= 3 and w[:1].isupper() and w[1:2] not in "'’"]


_PUNCT = "\"“”‘’'.,:;!?()"
_SAID_MARKS = (". ", ", ", "!", "?", ":", " –", " -")  # a sentence, an exclamation, a pause


def _naming(text: str, at: int) -> bool:
    """Does the quotation opening at ``at`` name something ('so-called "…"', 'dubbed "…"')?"""
    words = text[max(0, at - 30): at].split()
    return bool(words) and (words[-1].lower() in NAMING or " ".join(words[-2:]).lower() in
                            ("known as", "described as", "referred to as", "billed as"))


def _before_a_title(text: str, at: int) -> bool:
    """Does the word before the quotation opening at ``at`` make a title-case quotation a
    show, a paper or a book ('told "Fox and Friends"', 'on "Meet the Press"', 'ABC’s "Good
    Morning America"')?"""
    words = [w for w in (w.strip(_MARKS) for w in text[max(0, at - 24): at].split()) if w]
    if not words:  # (the NYT's doubled marks: the first of the two is stripped)
        return False
    last = words[-1]
    return last.lower() in BEFORE_A_TITLE or (  # an outlet's show: 'ABC’s "Good Morning
        last[:1].isupper() and last.endswith(("'s", "’s")))  # America"', 'WTMJ’s "Midday …"'


_MARKS = QUOTE_MARKS + "’"


def _inner_dot(toks: list[Tok], n: int) -> bool:
    """Is ``toks[n]`` the dot of an abbreviation inside a sentence ('Sen. Bernie Sanders
    (I-Vt.) said'): before ')', or after a short capitalised word before ',' or a lower-case
    word?"""
    if toks[n][0] != "." or not 0 < n < len(toks) - 1:
        return False
    return toks[n + 1][0] == ")" or (_abbreviation(toks[n - 1][0]) and (
        toks[n + 1][0] == "," or toks[n + 1][0][:1].islower()))


def _subjectlike(word: str) -> bool:
    return word[:1].isupper() or word.lower() in ("the", "he", "she", "they", "we", "i")
