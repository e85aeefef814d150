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
as a sentence of its own (``headline_quotes``): its quotes point to the body statement telling
them.

A speaker phrase is resolved through the article's entities (names and their variants): a
name or surname, a role the article established ('the Russian diplomat'), an organisation
('the White House'), or a pronoun (the person named last before it, or the last speaker)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Entity, Quote, Statement
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import quote_spans_kind, words_in
from .speakers import DETERMINER, PRONOUNS, Resolver
from .speech import BELIEF_VERBS, DENIALS, INVERTED, NEED_CLAUSE, SPEECH_VERBS

_ABBR = r"(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Jr|Sr|St|Mt)\."
# titles with their dot, initialisms, initials ('Terry E. Branstad': not after a letter or a
# dot, looked back at after the capital, which is faster), 71,000, words, '', marks
TOKEN_RE = re.compile(rf"{_ABBR}|(?:[^\W\d_]\.){{2,}}|[A-Z](?<![\w.].)\.(?= [A-Z])"
                      r"|\d{1,3}(?:,\d{3})+|[\w’'\-]+(?:\.\w+)*|''|[^\w\s]")
QUOTE_MARKS = "\"“”«»„‘''"  # ’ is also an apostrophe: not a mark here
CITE_VERBS = frozenset({"cited", "quoted", "quotes", "cites"})
VERBS = SPEECH_VERBS | BELIEF_VERBS
UNSAID = -2  # the speaker offset of a quote whose speaker the text does not give
PARTICIPLES = wordset("saying adding noting telling arguing insisting explaining warning "
                      "claiming declaring stressing denying writing")
ADVERBS = wordset(
    """also later then has had have earlier again further repeatedly recently previously already
    now however reportedly since once often publicly privately quickly flatly simply both all
    would will did does do just last long first initially still never even bluntly""")
BAD_WHO = wordset(
    """which that who whom whose as and but while when if because although though where what
    it this there than so or nor not how why""")
NOT_IN_WHO = wordset(
    """will would is are was were has have had can could should may might must to be been
    what after before because when while if about as came is said says told""")
# 'aides to Clinton say': 'to' inside a speaker phrase
SERVES = wordset("aide aides adviser advisers advisor advisors spokesman spokeswoman "
                 "spokesperson counsel envoy ambassador assistant assistants close closest")
LEADERS = wordset("But And However Yet So Then Now Later Meanwhile Earlier Also Instead Still")
BOUNDARY = wordset("that and but because while when as after if though although since who "
                   "which where so than whom or nor before until unless whether")
TAIL_OK = wordset(
    """on in at during after before when while as yesterday today tonight last earlier this
    monday tuesday wednesday thursday friday saturday sunday recently later afterward
    afterwards""")
CLAUSE_START = wordset("he she it they we i you there this these those that")
SUBORDINATE = wordset("before after when while as")  # 'said before he died': no clause
PROMISES = wordset("pledged pledges promised promises vowed vows")
NO_CLAUSE = wordset("""to so it him her them nothing little yes no goodbye hello sorry thanks of
    about for by with against over up out much as and or before after until""")
# ', but …', ', however …': a new clause, the end of a reported one
CLAUSE_BREAK = wordset("but while whereas although though as however even despite")
FINITE = wordset("is are was were has have had will would can could should may might must do "
                 "does did")
# an opening phrase before the subject ('In August, …'), or a gerund's preposition
INTRO = wordset("in at on during after before when while with since for from by despite "
                "following under without about inside outside upon among amid across")
# who says it, at the start of a clause ('said this week that' is no clause 'this …')
SUBJECTS = CLAUSE_START - {"this", "these", "those", "that"}
URGE = wordset("urged urges urging warned warns warning asked asks asking told tells telling")
PROGRESSIVE = wordset("is are was were isn’t isn't been")
# verbs in the past that do not end in -ed: where a subject ends ('The bank gave …')
IRREGULAR_PAST = wordset("""gave made took won lost came went got put set saw found kept held
    led left met paid ran sent sold spent stood began brought bought built chose drew fell felt
    fought gone grew heard hit knew laid meant rose shut sought struck swore threw understood
    wore wrote""")
PREPOSITIONS = wordset("at in on by for of from to with about after before since until")
ASK = wordset("asked asks asking")
WH = wordset("whether if how what who why when where which")
HOW = wordset("whether if how why")  # a question after 'explained'; 'added what' names a thing
CUT_WORDS = wordset("which")
COMPARE = wordset("compared versus vs")
TIME_WORDS = wordset("this last next that week month year day night weekend morning evening "
                     "afternoon")
DESCRIBED = wordset("the a an another")  # '," the White House spokesman, Josh Earnest, said'
TELL = wordset("told tells tell telling asked")
NAMING = wordset("called calls dubbed so-called nicknamed titled entitled named termed")
MIN_WORDS = 4  # a shorter quotation with no attribution is a scare quote, not a quotation
MIN_ATTRIBUTED = 3  # words in a quotation with its attribution in the same statement
MAX_OPEN = 6  # statements a quotation may go on without a closing mark
MIN_REPORTED = 2  # words in a reported clause: 'Jeff Flake said he would.'
CANDIDATES = VERBS | PARTICIPLES | {"according", "According", "Asked"}
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


def _bar(text: str) -> str:
    """A horizontal bar ('―', as some outlets write a dash) reads as a dash (one character
    for another: the offsets stay)."""
    return text.replace("―", "—") if "―" in text else text


def _spans(text: str, carry: bool, single: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quotation spans; ``''`` (two apostrophes, as in some wire copy) is a double quote."""
    if "''" in text:
        def mark(m: re.Match[str]) -> str:
            i = m.start()
            closing = i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(["
            return '" ' if closing else ' "'
        text = re.sub("''", mark, text)
    return quote_spans_kind(text, carry, single)


@dataclass
class _Attribution:
    start: int  # span of the speaker phrase in the statement
    end: int
    cue: str | None = None
    cited_by: str | None = None


# --- the speaker of a direct quotation -------------------------------------------------------


def _after(text: str, pos: int) -> _Attribution | None:
    """``," he said`` / ``," said Lavrov`` / ``," Sputnik cited him as saying`` at ``pos``."""
    toks = _drop_parens(_words(text[pos: pos + 300], pos))
    i = 0
    while i < len(toks) and toks[i][0] in ",.!?;:—–-…" + QUOTE_MARKS:
        i += 1
    words: list[Tok] = []
    skipped = False
    for n, tok in enumerate(toks[i:], i):
        if tok[0] == "," and not skipped and 0 < len(words) <= 5 and not any(
                w[0] in VERBS for w in words):
            if words[0][0][:1].isupper():
                # '," Rene Obermann, T-Mobile's chief executive, told a press conference'
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
    return _who_verb(words, allow_after=True)


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
    'Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said'."""
    for k in range(n + 1, min(len(toks) - 1, n + 40)):
        w = toks[k][0]
        if w in QUOTE_MARKS or w in ";!?" or (w == "." and not _abbreviation(toks[k - 1][0])):
            return None
        if w != ",":
            continue
        j = k + 1
        while j < len(toks) - 1 and toks[j][0] in ADVERBS:
            j += 1
        if toks[j][0] in VERBS:
            return toks[j]
    return None


def _abbreviation(word: str) -> bool:
    """'Md', 'Va', 'D.C', 'R-Ky': a short capitalised word before a dot (not a sentence
    end)."""
    return len(word) <= 5 and word[:1].isupper() and word.replace(".", "").replace(
        "-", "").isalpha()


def _who_verb(words: list[Tok], allow_after: bool) -> _Attribution | None:
    for v, (w, _, _) in enumerate(words[:10]):
        if w in CITE_VERBS and v > 0:
            rest = [x[0] for x in words[v + 1:]]
            if "as" in rest:
                a = v + 1 + rest.index("as")
                if a > v + 1:
                    outlet = " ".join(x[0] for x in words[:v])
                    return _Attribution(words[v + 1][1], words[a - 1][2], "cited", outlet)
            continue
        if w not in VERBS:
            continue
        who = _clean_who(words[:v])
        if who:
            if len(who) > 8 or who[0][0].lower() in BAD_WHO:
                return None
            if _not_in_who(who):
                return None  # 'will establish what are called', 'the firm has added what'
            return _Attribution(who[0][1], who[-1][2], w)
        if v == 0 and allow_after and w in INVERTED and len(words) > 1:
            after = words[1:9]
            cut = next((n for n, x in enumerate(after) if x[0] in ("who", "which", "as", "when",
                                                                   "while", "after", "in")), None)
            after = after[:cut] if cut else after
            if after and after[0][0].lower() not in TAIL_OK and (any(
                    x[0][:1].isupper() for x in after) or after[0][0].lower() in (
                    "the", "a", "an", "his", "her", "its", "one")):
                return _Attribution(after[0][1], after[-1][2], w)
        return None
    return None


def _not_in_who(who: list[Tok]) -> bool:
    """Has a would-be speaker phrase a word no subject holds ('will', 'has', 'to': 'plans
    to say'), other than the 'to' of 'aides to Clinton'?"""
    return any(x[0].lower() in NOT_IN_WHO and not (
        x[0] == "to" and n > 0 and who[n - 1][0].lower() in SERVES) for n, x in enumerate(who))


def _clean_who(who: list[Tok]) -> list[Tok]:
    """'But he' -> 'he', 'In February 2004 he' -> 'he', 'Lavrov also' -> 'Lavrov'."""
    while who and (who[-1][0] in ADVERBS or (who[-1][0].endswith("ly")
                                             and who[-1][0].islower() and len(who) > 1)):
        who = who[:-1]  # 'Lavrov also', 'she angrily'
    for n in range(len(who) - 1, -1, -1):
        if who[n][0].lower() in PRONOUNS:
            return who[n:]
    while who and who[0][0] in LEADERS:
        who = who[1:]
    return who


def _before(text: str, pos: int) -> _Attribution | None:
    """``Lavrov said: "`` / ``He told reporters, "`` / ``According to Lavrov, "``."""
    base = max(0, pos - 200)
    toks = _words(text[base: pos], base)
    while toks and toks[-1][0] in ",:—–-" + QUOTE_MARKS:
        toks.pop()
    clause: list[Tok] = []
    for tok in reversed(toks):
        if tok[0] in ".;!?" + QUOTE_MARKS:
            break
        clause.insert(0, tok)
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
    # the last comma-free stretch with a speech verb: 'Lavrov said:' / 'He told reporters'
    for v in range(len(clause) - 1, -1, -1):
        if clause[v][0] in VERBS:
            hangs = v > 0 and (clause[v - 1][0] == "to" or _coordinated(clause, v) or (
                clause[v - 1][0] == "," and clause[v][0].endswith("ing")))
            # '…, telling the crowd, "…"', 'went on to say, "…"', 'but told his supporters,
            # "…"': the statement's subject
            span = _main_subject(clause) if hangs else _subject(clause, v)
            return None if span is None else _Attribution(span[0], span[1], clause[v][0])
    return None


# --- reported speech ---------------------------------------------------------------------------


def _subject(toks: list[Tok], v: int) -> tuple[int, int] | None:
    """The speaker phrase of the verb at ``toks[v]``: 'Mr. Regalado, 69, said', 'Jennifer
    Palmieri, the communications director, acknowledged', 'Trump, who said', 'he also said',
    'voters who said', 'Hawkins and others who want to ban abortion said'."""
    j = v - 1
    while j >= 0 and (toks[j][0] in ADVERBS or _manner(toks, j) or (
            toks[j][0] in PROGRESSIVE and toks[v][0].endswith("ing"))):
        j -= 1  # 'he also said', 'Trump is warning', 'X, the chief executive, forcefully told'
    inner = j
    j = _before_insert(toks, j)
    named = _name_in_apposition(toks, j, inner)
    if named is not None:
        return named
    if j < 0:
        return None
    end, j = _walk_back(toks, j)
    if j > 1 and toks[j][0] == "who" and toks[j - 1][0] == ",":
        end, j = _walk_back(toks, j - 2)  # 'Mr Blair, who last year denied'
    elif j > 0 and toks[j][0] == "who":
        end, j = _walk_back(toks, j - 1, True)  # 'voters who said', 'those who want … say'
    if j >= 0 and toks[j][0].lower() in ("which", "whom", "what"):
        return None  # 'which the party says makes …': the clause has a gap
    who = _clean_who(toks[j + 1: end + 1])
    if len(who) > 1 and who[0][0] in INVERTED and who[1][0][:1].isupper():
        who = who[1:]  # '"…," said Capt. Christian Pardo, who said he would not vote'
    if not who or end - j >= 12 or len(who) > 10:
        return None
    first = who[0][0]
    if (first.lower() in BAD_WHO and first != "It") or (
            first.lower() in INTRO and first.lower() != "about") or _not_in_who(
            who[first.lower() == "about":]):
        return None  # 'About 9 percent said' is a subject; 'In critical swing states' is not
    return who[0][1], who[-1][2]


def _manner(toks: list[Tok], j: int) -> bool:
    """An adverb of manner before the verb after an appositive or a name ('…, forcefully
    told', 'Trump angrily said'); not a noun such as 'family' ('the family said')."""
    w = toks[j][0]
    if not (w.islower() and w.endswith("ly") and len(w) > 5) or j == 0:
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
    if toks[j][0] in (",", "-", "—", "–"):
        mark = toks[j][0]
        k = next((n for n in range(j - 1, max(-1, j - 30), -1)
                  if toks[n][0] in (",", ";", ":", mark) or toks[n][0] in QUOTE_MARKS), None)
        if k is None or toks[k][0] != mark or k == 0:
            return -1
        return _before_paren(toks, k - 1) if toks[k - 1][0] == ")" else k - 1
    return j


def _name_in_apposition(toks: list[Tok], j: int, inner: int) -> tuple[int, int] | None:
    """The name between commas after a role ('IBM's senior vice president of technology,
    Nick Donofrio, believes'): the span of ``toks[j + 2: inner]`` when the insert skipped by
    ``_before_insert`` is a name of 1-4 capitalised words and the role ends in a lower-case
    word, not in a relative clause; else None."""
    if j < 0 or toks[inner][0] != "," or toks[j + 1][0] != ",":
        return None
    name = toks[j + 2: inner]
    role = toks[j][0]
    if not 0 < len(name) <= 4 or not (role.isalpha() and role.islower()):
        return None
    if not all(w[0][:1].isupper() and w[0].replace(".", "").isalpha() for w in name):
        return None
    if name[0][0].lower() in DETERMINER or _relative_before(toks, j):
        return None
    return name[0][1], name[-1][2]


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
        while j >= 0 and end - j < 12:
            w = toks[j][0]
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
    """Is ``toks[j]`` the 'and' of two names ('Mr. Grassley and Mr. Leahy said')?"""
    return (toks[j][0] == "and" and 0 < j < len(toks) - 1 and toks[j - 1][0][:1].isupper()
            and toks[j + 1][0][:1].isupper())


def _appositive(chunk: list[Tok]) -> bool:
    """A short chunk between commas that describes rather than names: 'R-Fla.', '69'."""
    first = chunk[0][0]  # not '74 percent' ('Among Trump voters, 74 percent said')
    return (len(chunk) == 1 and any(c.isdigit() for c in first)) or (
        len(chunk) <= 2 and "-" in first)


def _coordinated(toks: list[Tok], v: int) -> bool:
    """'He called the actions lawful, and said …': the statement's subject speaks."""
    j = v - 1
    while j >= 0 and toks[j][0] in ADVERBS:
        j -= 1
    return j > 0 and toks[j][0] in ("and", "but")


def _content_after(toks: list[Tok], v: int, stop: int) -> int | None:
    """Where the clause reported by the verb at ``toks[v]`` starts (an index into ``toks``),
    or None when what follows is no clause ('added four conversions', 'said to want')."""
    verb = toks[v][0]
    k = v + 1
    if k >= stop:
        return None
    if verb in DENIALS:  # 'denied claims that he …': what is denied, as written
        return k + 1 if toks[k][0] == "that" else k
    window = [t[0] for t in toks[k: min(stop, k + 14)]]
    for rule in (_that_clause, _marked_clause, _object_to, _question):
        got = rule(verb, window)
        if got is not None:
            return None if got < 0 else k + got
    it_clause = window[0].lower() == "it" and len(window) > 1 and window[1][:1].islower()
    # 'said yes.', but 'said no decision had been made'
    answer = len(window) > 1 and ((window[0].lower() in ("no", "yes") and window[1].isalpha()) or (
        window[0] == "about" and (window[1][:1].isdigit() or window[1] == "half")))
    if window[0].lower() in NO_CLAUSE and not (it_clause and verb not in TELL) and not answer:
        return None  # 'said to want', 'said so', 'said it', 'told him
    if verb in TELL:  # 'told reporters he …', 'told The Post on Monday his …', 'told X how'
        return next((k + n for n, w in enumerate(window[1:6], 1)
                     if w.lower() in SUBJECTS or w in QUOTE_MARKS or w in WH), None)
    if verb in NEED_CLAUSE or verb in BELIEF_VERBS:  # 'added it …', 'explained why …'
        return k if window[0].lower() in CLAUSE_START or window[0] in HOW else None
    n = 0  # 'said Tuesday he …', 'said on Friday the …': skip the time
    while n < len(window) - 1 and window[n].lower() in TAIL_OK - SUBORDINATE:
        n += 1
    return k + n


# The rules of _content_after: where in ``window`` (the words after the verb) the reported
# clause starts, -1 for no clause, None when the rule does not apply.


def _that_clause(verb: str, window: list[str]) -> int | None:
    """'said on Friday that', 'told reporters that', 'announced this month that'."""
    that = next((n for n, w in enumerate(window[:9]) if w == "that"  # not 'at that time'
                 and (n == 0 or window[n - 1].lower() not in PREPOSITIONS)), None)
    if that is None or any(
            w in ";" or w in QUOTE_MARKS or w.lower() in FINITE or w in VERBS
            or re.split("[’']", w.lower())[0] in SUBJECTS for w in window[:that]):
        return None
    return that + 1


def _marked_clause(verb: str, window: list[str]) -> int | None:
    """'said: …', 'said, "…"', 'said "…"', 'pledged to bolster …'; not '…, he said,
    accusing users of …'."""
    if window[0] == ":" or (window[0] == "," and len(window) > 1 and window[1] in QUOTE_MARKS):
        return 1 if len(window) > 1 else -1
    if window[0] == ",":
        return -1 if len(window) < 2 or window[1].endswith("ing") else 1
    if window[0] in QUOTE_MARKS:
        return 0
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
    addressed and what they are asked to do."""
    if verb not in URGE:
        return None
    to = next((n for n, w in enumerate(window[:6]) if w == "to"), None)
    if not to or len(window) < to + 2 or window[0] == "not" or any(
            not w[:1].isalnum() or w.lower() in FINITE for w in window[:to]):
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
    nxt = toks[n + 1][0]
    low = nxt.lower()
    if w in (";", "—", "–", "-"):
        return True
    if w == ",":
        if low == "according" or low in PARTICIPLES or low in CLAUSE_BREAK or low in CUT_WORDS:
            return True
        if nxt in VERBS:  # 'Graham, who says …, tweeted that …'
            return True
        if _comparison(toks, n + 1) or _new_speaker(toks, n + 1):
            return True
        k = n + 1 if low != "and" else n + 2
        while k < len(toks) - 1 and toks[k][0].endswith("ly") and toks[k][0].islower():
            k += 1
        verb = toks[k][0] if k < len(toks) else ""
        return verb.islower() and (verb.endswith("ed") and k > n + 1)
    if w in ("and", "but"):
        return _verb_next(toks, n + 1) or _new_subject(toks, n + 1)
    return False


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


Found = tuple[int, int, int, int, str, int]  # content span, speaker span, cue, verb index


def _clause_after(toks: list[Tok], v: int, w: str, cuts: _Cuts) -> list[Found]:
    """The reported clause right after the cue ``w`` at token ``v`` with no speaker of its
    own (', saying …'; 'and said …'), when it is long enough to be speech."""
    k = _content_after(toks, v, len(toks))
    if k is None:
        return []
    e = _end_of(toks, k, cuts)
    return [(toks[k][1], toks[e][2], -1, toks[v][1], w, v)] if e - k + 1 >= MIN_REPORTED else []


def _put_to(toks: list[Tok], v: int) -> bool:
    """Is ``toks[v]`` ('asked') a question put to the subject, opening the sentence or a
    sentence ('When asked whether …, he said', 'Asked who …', '…, and when asked if …')?"""
    if v + 1 >= len(toks) or toks[v + 1][0].lower() not in WH:
        return False
    before = [t[0].lower() for t in toks[max(0, v - 2): v]]
    return v == 0 or (before[-1] in ("when", "after", "once") and (
        v == 1 or before[0] in (",", "and", "but")))


def _question_put(toks: list[Tok], v: int) -> list[Found]:
    """The question of 'When asked whether he would …, Rubio said …' (up to the comma), with
    no speaker: who asked is not said."""
    e = next((n - 1 for n in range(v + 1, len(toks)) if toks[n][0] in ",;:.?!"), len(toks) - 1)
    return [(toks[v + 1][1], toks[e][2], UNSAID, UNSAID, toks[v][0], v)] if (
        e - v >= MIN_REPORTED) else []


def _reported(st: Statement, spans: list[tuple[int, int, bool]], res: Resolver,
              skip: list[tuple[int, int]]) -> list[Quote]:
    """Reported speech in a statement (not the text of its direct quotations)."""
    text = st.text
    if not _has_cue(text):
        return []
    toks = _words(text, 0)
    cuts = _Cuts(toks)
    quoted = sorted((s, e) for s, e, _ in spans)
    found: list[Found] = []
    q = 0
    for v in [n for n, t in enumerate(toks) if t[0] in CANDIDATES]:
        at = toks[v][1]  # the cues and spans are both in order: one sweep
        while q < len(quoted) and quoted[q][1] <= at:
            q += 1
        if not (q < len(quoted) and quoted[q][0] <= at):  # not inside a quotation
            found.extend(_at_cue(text, toks, v, cuts))
    main = _main_subject(toks) if any(f[2] < 0 for f in found) else None
    return _quotes_of(st, found, res, skip, main)


def _at_cue(text: str, toks: list[Tok], v: int, cuts: _Cuts) -> list[Found]:
    """The reported speech whose cue is ``toks[v]``: 'according to X', ', saying …', 'X said
    …', '…, X said', 'and said …', '…, said X'."""
    w = toks[v][0]
    if w.lower() == "according" and v + 2 < len(toks) and toks[v + 1][0] == "to":
        return _according(toks, v, cuts)
    if w in PARTICIPLES and v > 0 and toks[v - 1][0] == ",":
        return _clause_after(toks, v, w, cuts)
    if w.lower() in ASK and _put_to(toks, v):
        return _question_put(toks, v)
    if w not in VERBS or (v > 0 and toks[v - 1][0].lower() in ("to", "be", "being")):
        return []
    who = _subject(toks, v)
    if who is not None and w.endswith("ing"):
        phrase = text[who[0]: who[1]]
        if phrase in INTRO:
            return _clause_after(toks, v, w, cuts)  # 'for saying that …'
        if any(x[:1].islower() and x not in DETERMINER for x in phrase.split()[1:]):
            return []  # 'with Trump saying …' speaks; 'It goes without saying' does not
    if who is None and _coordinated(toks, v):
        return _clause_after(toks, v, w, cuts)
    tail = _tail_content(toks, v, who, cuts)
    if tail:
        return tail
    if who is None:
        inv = _inverted(toks, v) if w in INVERTED and v > 0 and toks[v - 1][0] == "," else None
        return [] if inv is None else [inv]
    k = _content_after(toks, v, len(toks))
    if k is None:
        return []
    e = _end_of(toks, k, cuts)
    return [(toks[k][1], toks[e][2], who[0], who[1], w, v)] if e - k + 1 >= MIN_REPORTED else []


def _main_subject(toks: list[Tok]) -> tuple[int, int] | None:
    """The subject of the statement's main clause, for a clause with no speaker of its own
    ('During a speech, Trump attacked Clinton, saying …'; 'Authorities announced … and
    said …'): after a leading connective and an opening phrase ('In August,')."""
    i = 0
    while i < len(toks) and toks[i][0] in LEADERS:
        i += 1
    if i < len(toks) and (toks[i][0].lower() in INTRO or (i > 0 and _phrase_to_comma(toks, i))):
        i = next((k + 1 for k in range(i, min(len(toks), i + 20)) if toks[k][0] == ","), -1)
        while 0 <= i < len(toks) and _phrase_to_comma(toks, i):
            i = next(k + 1 for k in range(i, len(toks)) if toks[k][0] == ",")
    if i < 0 or i >= len(toks):
        return None
    if toks[i][0].lower() in PRONOUNS or toks[i][0].lower() == "it":
        return (toks[i][1], toks[i][2]) if toks[i][0].lower() != "it" else None
    end = i
    while end < len(toks) and end - i < 10 and not _ends_subject(toks[end][0]) and not (
            end > i and toks[end - 1][0].islower() and _verb_s(toks[end][0])):
        end += 1  # not 'The company wants', 'The Tory leader brands'
    if end == i or end - i >= 10 or end == len(toks):
        return None
    return toks[i][1], toks[end - 1][2]


def _phrase_to_comma(toks: list[Tok], i: int) -> bool:
    """More of an opening phrase from ``toks[i]`` to a comma: 'Iowa,' and 'on Sunday,' of 'At
    an event in Ames, Iowa, on Sunday, Mrs. Clinton …', 'this week,' of 'Earlier this week,'."""
    for k in range(i, min(len(toks), i + 4)):
        w = toks[k][0]
        if w == ",":
            return k > i
        if w.lower() in SUBJECTS or w in VERBS or not (
                w[:1].isupper() or w.lower() in PREPOSITIONS or w.lower() in TIME_WORDS):
            return False
    return False


def _verb_s(w: str) -> bool:
    """'wants', 'brands' (a verb after a noun); not 'minister's', 'business'."""
    return w.islower() and w.endswith("s") and not w.endswith("ss") and "'" not in w and (
        "’" not in w)


def _ends_subject(w: str) -> bool:
    low = w.lower()
    return (w in ",;:()" or w in QUOTE_MARKS or low in BOUNDARY or low in FINITE or w in VERBS
            or w in ADVERBS or low in IRREGULAR_PAST or (w.islower() and w.endswith("ed")))


def _quotes_of(st: Statement, found: list[Found], res: Resolver, skip: list[tuple[int, int]],
               main: tuple[int, int] | None = None) -> list[Quote]:
    text = st.text
    out: list[Quote] = []
    starts = sorted(f[2] for f in found if f[2] >= 0)
    last: str | None = None  # the speaker of the statement's previous attribution
    joins: tuple[int, int, int] | None = None  # (cue, start, end) of the last quote kept
    for cs, ce, ws, we, cue, v in sorted(found, key=lambda f: f[5]):
        if ws == UNSAID:
            speaker, phrase = None, None  # 'When asked whether …': nobody named asks
        elif ws >= 0:
            speaker, phrase = res.resolve(st, ws, we)
            last = speaker if speaker is not None else last
        else:  # '…, saying …': the speaker of the clause it hangs on
            subject = res.resolve(st, *main)[0] if main and not last else None
            speaker, phrase = last or subject or res.context(st.index, cs), None
        i = bisect_right(starts, cs)
        if i < len(starts) and starts[i] < ce:
            ce = starts[i]  # another speaker's clause follows
        lead = text[cs:ce]
        cs += len(lead) - len(lead.lstrip(" ,;:—–-―"))
        raw = text[cs:ce].rstrip(" ,;:—–-―").rstrip()
        body = raw.rstrip(".") if not raw.endswith("..") else raw
        if body[:1] in QUOTE_MARKS:
            stripped = body.lstrip(QUOTE_MARKS + " ")
            body, cs = stripped, cs + len(body) - len(stripped)
        if len(body.split()) < MIN_REPORTED:
            continue
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
    return out


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


def _according(toks: list[Tok], v: int, cuts: _Cuts) -> list[Found]:
    """'According to X, CONTENT' / 'CONTENT, according to X.'"""
    k = v + 2
    e = k
    while e < len(toks) and toks[e][0] not in ",;:.!?-—–" and toks[e][0] not in QUOTE_MARKS:
        e += 1
    if e == k or e - k > 24:  # a long source: 'according to early results of the exit poll …'
        return []
    who = (toks[k][1], toks[e - 1][2])
    after = e < len(toks) and toks[e][0] == "," and e + 1 < len(toks)
    if v == 0 or (v <= 2 and (toks[0][0] in LEADERS or toks[0][0] == "(")):
        if after:
            end = _end_of(toks, e + 1, cuts)
            return [(toks[e + 1][1], toks[end][2], who[0], who[1], "according to", v)]
        return []
    if toks[v - 1][0] != "," and not _source_ends(toks, k, e):
        return []
    first = _clause_start(toks, v - 1)
    if toks[first][0].lower() in INTRO:  # 'In 2014, Ferguson had …, according to the FBI'
        first = next((n + 1 for n in range(first, v - 1) if toks[n][0] == ","), first)
    end = toks[v - 1][1] if toks[v - 1][0] == "," else toks[v - 1][2]
    return [(toks[first][1], end, who[0], who[1], "according to", v)]


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
        told = w in TELL and "that" not in rest and not any(x.lower() in CLAUSE_START
                                                             for x in rest)
        if (rest and not (rest[0].lower() in TAIL_OK or told)) or _that_clause(w, rest):
            return []  # 'X, Y's dean, said on Tuesday that …' reports what follows
    c = bisect_left([t[1] for t in toks[max(0, v - 40): v]], who[0]) + max(0, v - 40) - 1
    c = _before_description(toks, c)
    if c > 0 and toks[c][0] in QUOTE_MARKS and toks[c - 1][0] == ",":
        c -= 1  # '… "and that will surely be Secretary Clinton," he said.'
    if c <= 0 or toks[c][0] not in (",", "—", "–"):
        return []
    first = _clause_start(toks, c)
    if c - first < MIN_REPORTED or (toks[first][0].lower() in INTRO and not any(
            t[0] == "," for t in toks[first:c])):
        return []  # 'In his response, Steve Coll said …': no content before
    return [(toks[first][1], toks[c][1], who[0], who[1], w, v), *after]


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


def _inverted(toks: list[Tok], v: int) -> Found | None:
    """'CONTENT, said Mr. Lavrov.'"""
    after = []
    for t in toks[v + 1: v + 12]:
        if t[0] in ",.;:!?" or t[0] in QUOTE_MARKS:
            break
        after.append(t)
    if not after or not (after[0][0][:1].isupper() or after[0][0].lower() in DETERMINER):
        return None
    if len(after) > 8 or (v + 1 + len(after) < len(toks)
                          and toks[v + 1 + len(after)][0] not in ",.!?"):
        return None
    first = _clause_start(toks, v - 1)
    if v - 1 - first < MIN_REPORTED:
        return None
    return toks[first][1], toks[v - 1][1], after[0][1], after[-1][2], toks[v][0], v


def _cue(verb: str | None) -> str | None:
    return verb if verb is None else verb.lower()


# --- the article -----------------------------------------------------------------------------


def find_quotes(statements: Sequence[Statement], entities: Sequence[Entity]
                ) -> tuple[list[Quote], list[str]]:
    """The quotations of an article in order, and the outlets its attributions cite."""
    gaz = gazetteer()
    res = Resolver(statements, entities, lambda text: _spans(text, False, False)[0])
    quotes: list[Quote] = []
    cited: list[str] = []
    pending: list[int] = []  # indices into quotes of an open quotation waiting for a speaker
    carry = single = False
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
        att = _attribution(text, direct)
        speaker: str | None = None
        phrase: str | None = None
        cited_by = None
        cue = None
        if att is not None:
            speaker, phrase = res.resolve(st, att.start, att.end)
            cue = _cue(att.cue)
            if att.cited_by:
                cited_by = gaz.outlets.get(att.cited_by, att.cited_by)
                if cited_by not in cited:
                    cited.append(cited_by)
        elif st.index - 1 in res.said and (text.lstrip()[:1] in QUOTE_MARKS or was_open):
            speaker = res.said[st.index - 1]  # the quotation goes on
            cue = res.cues.get(st.index - 1)
        kept = _kept(text, direct, MIN_WORDS if att is None else MIN_ATTRIBUTED)
        new = list(range(len(quotes), len(quotes) + len(kept)))
        quotes.extend(Quote(body, speaker, st.index, "direct", phrase, cited_by, cue)
                      for body, _s, _e in kept)
        quotes.extend(_reported(st, spans, res, [(s, e) for _b, s, e in kept]))
        if speaker is not None:
            res.note(st.index, speaker, cue)
            for k in pending:  # an open quotation from earlier statements ends here
                q = quotes[k]
                if q.speaker is None:
                    quotes[k] = Quote(q.text, speaker, q.statement, q.kind, phrase, cited_by,
                                      cue)
                    res.note(q.statement, speaker, cue)
        pending = [*pending, *new] if carry else []
    return _back_fill(quotes, statements), cited


def _quotation_ended(st: Statement, prev_end: int, open_for: int) -> bool:
    """Has a quotation left open (a closing mark missing) ended before ``st``? A quotation
    goes on into a new paragraph only with a new opening mark, and not for ever."""
    opens = st.text.lstrip()[:1] in QUOTE_MARKS
    return (st.start - prev_end >= 2 and not opens) or open_for >= MAX_OPEN


def _without_quotation(st: Statement, spans: list[tuple[int, int, bool]], res: Resolver
                       ) -> list[Quote]:
    """The reported speech of a statement with no quotation; its speaker, or the speaker of a
    lead-in ('Cruz continued:'), noted for the statements after it."""
    rq = _reported(st, spans, res, [])
    if rq and rq[0].speaker:
        res.note(st.index, rq[0].speaker, rq[0].cue)
    elif not rq:
        _lead_in(st, res)
    return rq


def _kept(text: str, direct: list[tuple[int, int, bool]], short: int
          ) -> list[tuple[str, int, int]]:
    """The quotations of a statement worth listing (text, span): not a scare quote shorter
    than ``short`` words, nor a quoted term ('what it calls "smart folders"')."""
    out = []
    for s, e, _closed in direct:
        body = text[s:e].strip().rstrip(",").rstrip()
        if len(body.split()) < short or _naming(text, s - 1):
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
    for _s, e, _c in direct[:-1]:  # '"…," he said, "…' (the last may go on)
        att = att or _after(text, e + 1)
    if att is None and first_s > 0:
        att = _before(text, first_s - 1)
    if att is None and last_closed:
        tail = _tail(text)
        att = tail[1] if tail is not None and tail[0] > last_e else None
    return att


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


def _lead_in(st: Statement, res: Resolver) -> None:
    """``Cruz continued:`` / ``In a 1963 speech, he declared:`` closing a statement with no
    quotation: note its speaker, so that a quotation opening the next statement (the next
    paragraph, as often) goes on from it."""
    text = st.text.rstrip()
    if not text.endswith(":"):
        return
    att = _before(text, len(text))
    if att is None:
        return
    speaker, _phrase = res.resolve(st, att.start, att.end)
    if speaker is not None:
        res.note(st.index, speaker, _cue(att.cue))


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


def _naming(text: str, at: int) -> bool:
    """Does the quotation opening at ``at`` name something ('so-called "…"', 'dubbed "…"')?"""
    words = text[max(0, at - 30): at].split()
    return bool(words) and (words[-1].lower() in NAMING or " ".join(words[-2:]).lower() in
                            ("known as", "described as", "referred to as", "billed as"))


def _subjectlike(word: str) -> bool:
    return word[:1].isupper() or word.lower() in ("the", "he", "she", "they", "we", "i")


HEADLINE_MIN_SHARED = 2  # content words a body statement shares with a headline quote to hold it
HEADLINE_SPEAKER = 2  # ... and what it counts for when the same speaker speaks there


def headline_quotes(title: str, statements: Sequence[Statement], entities: Sequence[Entity],
                    body: Sequence[Quote]) -> list[Quote]:
    """The quotations and reported speech of the headline ('Trump Says He Never Pledged …',
    'Guns Are “a Crisis,” Dean Tells Convention'), read as a sentence of its own with the
    article's people for speakers. Each points to the body statement that tells it (the one
    sharing most words with it, else the lead, statement 0): a headline has no index of its
    own. One the body already quotes (same words) is left out; none when the text opens with
    the headline (statement 0 is the headline then)."""
    head = " ".join(title.split())
    if not head or not statements or " ".join(statements[0].text.split()) == head:
        return []
    text = _HEAD_VERB.sub(_lower_verb, head)  # title case: 'Says' -> 'says'
    st = Statement(statements[0].article, 0, text, 0, len(text))
    found, _cited = find_quotes([st], entities)
    seen = [set(words_in(q.text.lower())) for q in body]
    named = _named_before_colon(st, entities)
    out = []
    for q in found:
        mine = set(words_in(q.text.lower()))
        if not mine or any(mine <= other for other in seen):
            continue
        who, phrase = (q.speaker, q.speaker_phrase) if q.speaker else named
        said = {b.statement for b in body if who is not None and b.speaker == who}
        out.append(Quote(head[_at(text, q.text)], who, _holder(mine, statements, said),
                         q.kind, phrase, q.cited_by, q.cue, headline=True))
    return out


def _named_before_colon(st: Statement, entities: Sequence[Entity]
                        ) -> tuple[str | None, str | None]:
    """The speaker a headline names before a colon ('Kasich: “We Are Going …”'), resolved
    through the article's people; a label ('The Latest:', 'Wow:') is no speaker."""
    who, colon, _rest = st.text.partition(": ")
    words = who.split()
    if not colon or not 0 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None, None
    res = Resolver([st], entities, lambda text: _spans(text, False, False)[0])
    speaker, phrase = res.resolve(st, 0, len(who))
    known = speaker is not None and (speaker != phrase or speaker in res.persons)
    return (speaker, phrase) if known else (None, None)  # one of the article's people


_HEAD_VERB = re.compile(r"(?<=\w )[A-Z][a-z]+\b")  # a capitalised word after the first


def _lower_verb(m: re.Match[str]) -> str:
    low = m[0].lower()
    return low if low in SPEECH_VERBS else m[0]


def _at(text: str, part: str) -> slice:
    at = text.find(part)
    return slice(at, at + len(part)) if at >= 0 else slice(0, len(text))


def _holder(words: set[str], statements: Sequence[Statement], said: set[int]) -> int:
    """The statement telling a headline quote: the one sharing most longer words with it, a
    statement where its speaker speaks counting ``HEADLINE_SPEAKER`` words more (the earliest
    of equals; at least ``HEADLINE_MIN_SHARED``), else 0."""
    long = {w for w in words if len(w) > 3}
    best, most = 0, HEADLINE_MIN_SHARED - 1
    for s in statements:
        n = len(long & set(words_in(s.text.lower()))) + HEADLINE_SPEAKER * (s.index in said)
        if n > most:
            best, most = s.index, n
    return best
