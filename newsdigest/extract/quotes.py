"""Direct quotations and reported speech, with the speaker resolved to a person the article
names.

A direct quotation is the text inside double quotation marks; its attribution is looked for
right after it (``"…," he said``, ``"…," said Lavrov``, ``"…," Sputnik cited him as saying``)
or right before it (``Lavrov said: "…"``, ``According to Lavrov, "…"``). A quotation with no
attribution continues the previous statement's quotation (same speaker); one left open at the
end of a statement continues into the next and takes the speaker found there.

Reported speech is a statement that starts with a speaker and a speech verb (``Lavrov said
that …``, ``The Russian foreign minister also said that …``) or ends with them (``…, Lavrov
told reporters.``). The speaker phrase is resolved through the article's people: a name or
surname, a role it has established ('the Russian diplomat'), or a pronoun (the subject of the
closest earlier statement that names someone)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Quote, Statement
from .entities import People
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import INVERTED, PRONOUNS, SPEECH_VERBS, quote_spans_kind

TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[\w’'\-]+(?:\.\w+)*|[^\w\s]")
QUOTE_MARKS = "\"“”«»„‘"  # ’ is also an apostrophe: not a mark here
CITE_VERBS = frozenset({"cited", "quoted", "quotes", "cites"})
REPORT_VERBS = wordset(
    """said says told added noted stated explained insisted stressed warned argued claimed
    believes believed thinks announced admitted confirmed denied suggested acknowledged
    emphasised emphasized"""
)
REPORT_RE = re.compile(r"\b(?:" + "|".join(sorted(REPORT_VERBS)) + r")\b")
ADVERBS = wordset(
    "also later then has had have earlier again further repeatedly recently previously already "
    "now however"
)
BAD_WHO = wordset(
    """which that who whom whose as and but while when if because although though where what
    it this there"""
)
NOT_IN_WHO = wordset(
    """will would is are was were has have had can could should may might must to be been
    what after before because when while if about as came"""
)
LEADERS = wordset("But And However Yet So Then Now Later Meanwhile Earlier Also Instead Still")
AFTER_TAIL_VERB = wordset(
    """on in at during after before when while as yesterday today tonight last earlier this
    on, in, at, to"""
)
NAMING = wordset("called calls dubbed so-called nicknamed titled entitled named termed")
MIN_WORDS = 4  # a shorter quotation with no attribution is a scare quote, not a quotation


@dataclass
class _Part:
    statement: int
    start: int
    end: int
    closed: bool
    opened_before: bool  # began in an earlier statement


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in TOKEN_RE.finditer(text)]


@dataclass
class _Attribution:
    start: int  # span of the speaker phrase in the statement
    end: int
    cited_by: str | None = None


def _after(text: str, pos: int) -> _Attribution | None:
    """``," he said`` / ``," said Lavrov`` / ``," Sputnik cited him as saying`` at ``pos``."""
    toks = _words(text[pos: pos + 160], pos)
    i = 0
    while i < len(toks) and toks[i][0] in ",.!?;:—–-…" + QUOTE_MARKS:
        i += 1
    words: list[tuple[str, int, int]] = []
    skipped = False
    for n, tok in enumerate(toks[i:], i):
        if tok[0] == "," and not skipped and 0 < len(words) <= 4 and not any(
                w[0] in SPEECH_VERBS for w in words):
            # '," Rene Obermann, T-Mobile's chief executive, told a press conference'
            close = next((k for k in range(n + 1, min(len(toks), n + 14)) if toks[k][0] == ","),
                         None)
            if close is not None and close + 1 < len(toks) and toks[close + 1][0] in SPEECH_VERBS:
                words.append(toks[close + 1])
                break
            skipped = True
        if tok[0] in ",.;:!?" + QUOTE_MARKS or len(words) >= 14:
            break
        words.append(tok)
    return _who_verb(words, allow_after=True)


def _who_verb(words: list[tuple[str, int, int]], allow_after: bool) -> _Attribution | None:
    for v, (w, _, _) in enumerate(words[:9]):
        if w in CITE_VERBS and v > 0:
            rest = [x[0] for x in words[v + 1:]]
            if "as" in rest:
                a = v + 1 + rest.index("as")
                if a > v + 1:
                    outlet = " ".join(x[0] for x in words[:v])
                    return _Attribution(words[v + 1][1], words[a - 1][2], outlet)
            continue
        if w not in SPEECH_VERBS:
            continue
        who = _clean_who(words[:v])
        if who:
            if len(who) > 7 or who[0][0].lower() in BAD_WHO:
                return None
            if any(x[0].lower() in NOT_IN_WHO for x in who):
                return None  # 'will establish what are called', 'the firm has added what'
            return _Attribution(who[0][1], who[-1][2])
        if v == 0 and allow_after and w in INVERTED and len(words) > 1:
            after = words[1:8]
            cut = next((n for n, x in enumerate(after) if x[0] in ("who", "which", "as", "when",
                                                                   "while", "after", "in")), None)
            after = after[:cut] if cut else after
            if (after and any(x[0][:1].isupper() for x in after)) or after[0][0].lower() in (
                    "the", "a", "an", "his", "her", "its"):
                return _Attribution(after[0][1], after[-1][2])
        return None
    return None


def _clean_who(who: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """'But he' -> 'he', 'In February 2004 he' -> 'he', 'Lavrov also' -> 'Lavrov'."""
    while who and who[-1][0] in ADVERBS:
        who = who[:-1]
    for n in range(len(who) - 1, -1, -1):
        if who[n][0].lower() in PRONOUNS:
            return who[n:]
    while who and who[0][0] in LEADERS:
        who = who[1:]
    return who


def _before(text: str, pos: int) -> _Attribution | None:
    """``Lavrov said: "`` / ``He told reporters, "`` / ``According to Lavrov, "``."""
    head = text[max(0, pos - 160): pos]
    base = max(0, pos - 160)
    toks = _words(head, base)
    while toks and toks[-1][0] in ",:—–-" + QUOTE_MARKS:
        toks.pop()
    clause: list[tuple[str, int, int]] = []
    for tok in reversed(toks):
        if tok[0] in ".;!?" + QUOTE_MARKS:
            break
        clause.insert(0, tok)
    low = [t[0].lower() for t in clause]
    if "according" in low:
        k = low.index("according")
        if k + 2 < len(clause) and low[k + 1] == "to":
            who = [t for t in clause[k + 2:] if t[0] != ","]
            if who:
                return _Attribution(who[0][1], who[-1][2])
    # the last comma-free stretch with a speech verb: 'Lavrov said:' / 'He told reporters'
    for v in range(len(clause) - 1, -1, -1):
        if clause[v][0] in SPEECH_VERBS:
            start = v
            while start > max(0, v - 8) and clause[start - 1][0] not in ",":
                start -= 1
            if start == v and start > 0:
                # 'Brian McBride, managing director of T-Mobile, said: "'
                first = next((k for k in range(start - 1) if clause[k][0] == ","), None)
                if first is not None and 0 < first <= 4:
                    return _who_verb([*clause[:first], clause[v]], allow_after=False)
            return _who_verb(clause[start: v + 1], allow_after=False)
    return None


class _Resolver:
    def __init__(self, people: People) -> None:
        self.people = people
        self.speakers: dict[int, str] = {}  # statement -> the person speaking in it
        self.said: dict[int, str] = {}  # statement -> its speaker, person or not ('a spokesman')

    def note(self, index: int, speaker: str) -> None:
        self.said[index] = speaker
        if speaker in self.people.persons:
            self.speakers[index] = speaker

    def resolve(self, st: Statement, s: int, e: int) -> tuple[str | None, str]:
        phrase = " ".join(st.text[s:e].split())
        m = self.people.within(st.index, s, e)
        if m is not None:
            return m.key, phrase
        if phrase.lower() in PRONOUNS:
            return self.context(st.index, s), phrase
        got = self.people.lookup(phrase) if phrase[:1].isupper() else None
        return got or phrase, phrase

    def context(self, index: int, pos: int) -> str | None:
        here = self.people.first_outside_quotes(index)
        if here is not None and here.start < pos:
            return here.key
        for back in range(index - 1, max(-1, index - 7), -1):
            if back in self.speakers:
                return self.speakers[back]
            prev = self.people.first_outside_quotes(back)
            if prev is not None:
                return prev.key
        return None


def find_quotes(statements: Sequence[Statement], people: People
                ) -> tuple[list[Quote], list[str]]:
    """The quotations of an article in order, and the outlets its attributions cite."""
    gaz = gazetteer()
    res = _Resolver(people)
    quotes: list[Quote] = []
    cited: list[str] = []
    pending: list[int] = []  # indices into quotes of an open quotation waiting for a speaker
    carry = single = False
    for st in statements:
        text = st.text
        spans, single = quote_spans_kind(text, carry, single)
        carry = bool(spans) and not spans[-1][2]
        direct = [(s, e, c) for s, e, c in spans if text[s:e].strip()]
        if not direct:
            pending = []
            rq = _reported(st, res)
            if rq is not None:
                quotes.append(rq)
                if rq.speaker:
                    res.note(st.index, rq.speaker)
            continue
        att = None
        first_s, last_e, last_closed = direct[0][0], direct[-1][1], direct[-1][2]
        if last_closed:
            att = _after(text, last_e + 1)
            for _s, e, _c in direct[:-1]:  # '"…," he said, "…"'
                att = att or _after(text, e + 1)
        if att is None and first_s > 0:
            att = _before(text, first_s - 1)
        if att is None and last_closed:
            tail = _tail(text)  # '… "the battle of words" between them, she added.'
            att = tail[1] if tail is not None and tail[0] > last_e else None
        speaker: str | None = None
        phrase: str | None = None
        cited_by = None
        if att is not None:
            speaker, phrase = res.resolve(st, att.start, att.end)
            if att.cited_by:
                cited_by = gaz.outlets.get(att.cited_by, att.cited_by)
                if cited_by not in cited:
                    cited.append(cited_by)
        elif st.index - 1 in res.said and (text.lstrip()[:1] in QUOTE_MARKS or carry):
            speaker = res.said[st.index - 1]  # the quotation goes on
        new: list[int] = []
        for s, e, _closed in direct:
            body = text[s:e].strip().rstrip(",").rstrip()
            if len(body.split()) < MIN_WORDS or _naming(text, s - 1):
                continue  # a scare quote or a quoted term: 'what it calls "smart folders"'
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            quotes.append(Quote(text[s + lead: s + lead + len(body)], speaker, st.index,
                                "direct", phrase, cited_by))
            new.append(len(quotes) - 1)
        if speaker is not None:
            res.note(st.index, speaker)
            for k in pending:  # an open quotation from earlier statements ends here
                q = quotes[k]
                if q.speaker is None:
                    quotes[k] = Quote(q.text, speaker, q.statement, q.kind, phrase, cited_by)
                    res.note(q.statement, speaker)
        pending = [*pending, *new] if carry else []
    return quotes, cited


def _reported(st: Statement, res: _Resolver) -> Quote | None:
    """``Lavrov said that …`` / ``…, Lavrov told reporters.``"""
    text = st.text
    if REPORT_RE.search(text) is None:
        return None
    words = _words(text[:200], 0)
    for v, (w, _, _) in enumerate(words[:10]):
        if w in ",;:()":
            break
        if w not in REPORT_VERBS or v == 0:
            continue
        who = _clean_who(words[:v])
        if (not who or len(who) > 8 or not _subject(who[0][0])
                or who[0][0].lower() in BAD_WHO or any(x[0].lower() in NOT_IN_WHO for x in who)):
            break
        k = v + 1
        # 'told reporters that', 'said on Friday that': skip to a near 'that'
        near = [n for n in range(k, min(len(words), k + 6)) if words[n][0] in ("that", ",", ":")]
        if near and (words[near[0]][0] == "that" or w == "told"):
            k = near[0]
        if k < len(words) and words[k][0] in ("that", ",", ":"):
            k += 1
        if k >= len(words) or len(words) - k < 3 or words[k][0] == "to":
            return None  # 'Party strategists are said to want'
        clause = text[words[k][1]:].lstrip(" ,;:-–—").rstrip(" .")
        speaker, phrase = res.resolve(st, who[0][1], who[-1][2])
        return Quote(clause, speaker, st.index, "reported", phrase)
    # '…, Lavrov said.' / '…, Russian Foreign Minister Sergey Lavrov told a press conference'
    got = _tail(text)
    if got is not None:
        comma, att = got
        speaker, phrase = res.resolve(st, att.start, att.end)
        return Quote(text[:comma].strip(), speaker, st.index, "reported", phrase)
    return None


def _tail(text: str) -> tuple[int, _Attribution] | None:
    """An attribution closing the statement after a comma: (the comma, the speaker)."""
    comma = text.rfind(", ")
    tries = 0
    while comma > 0 and tries < 4:  # the attribution is in the last few clauses
        tries += 1
        seg = _words(text[comma + 2: comma + 200], comma + 2)
        stop = next((n for n, t in enumerate(seg) if t[0] in ",;:"), len(seg))
        att = _who_verb(seg[:stop], allow_after=False)
        if att is not None and _subject(text[att.start: att.end].split()[0]):
            clause = text[:comma].strip()
            if len(clause.split()) >= MIN_WORDS and att.start == seg[0][1]:
                vi = next(n for n, t in enumerate(seg[:stop]) if t[0] in SPEECH_VERBS)
                verb = seg[vi][0]
                rest = [t[0] for t in seg[vi + 1: stop] if t[0] not in ".!?"]
                if verb in REPORT_VERBS and (verb == "told" or not rest
                                             or rest[0] in AFTER_TAIL_VERB):
                    return comma, att
        comma = text.rfind(", ", 0, comma)
    return None


def _naming(text: str, at: int) -> bool:
    """Does the quotation opening at ``at`` name something ('so-called "…"', 'dubbed "…"')?"""
    words = text[max(0, at - 30): at].split()
    return bool(words) and (words[-1].lower() in NAMING or " ".join(words[-2:]).lower() in
                            ("known as", "described as", "referred to as", "billed as"))


def _subject(word: str) -> bool:
    return word[:1].isupper() or word.lower() in ("the", "he", "she", "they", "we", "i")
