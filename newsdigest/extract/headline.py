"""Quotations and reported speech in a headline, read as a sentence of its own with the
article's people for speakers; each points to the body statement that tells it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Entity, Quote, Statement
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import DETERMINERS, words_in
from .quote_words import ARTICLES, PREPOSITIONS, QUOTE_MARKS, _has_cue, quoted_spans
from .quotes import find_quotes
from .speakers import Resolver
from .speech import SPEECH_VERBS

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
    if not (_has_cue(text) or any(c in QUOTE_MARKS for c in text)):
        return []  # nothing said: most headlines (and it spares building a resolver)
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
    res = Resolver([st], entities, quoted_spans)
    speaker, phrase = res.resolve(st, 0, len(who))
    known = speaker is not None and (speaker != phrase or speaker in res.persons)
    return (speaker, phrase) if known else (None, None)  # one of the article's people


_HEAD_VERB = re.compile(r"(?<=\w )[A-Z][a-z]+\b")  # a capitalised word after the first


def _lower_verb(m: re.Match[str]) -> str:
    """A speech verb of a title-case headline in lower case, as a sentence writes it; not
    a noun after a preposition or a determiner ('… Defends Himself Against Claims He Lied'),
    nor the end of a place's name ('Surgeon General of the United States')."""
    low = m[0].lower()
    before = m.string[: m.start()].split()[-1]
    if low not in SPEECH_VERBS or before.lower() in _BEFORE_A_NOUN or gazetteer().place(
            f"{before} {m[0]}") is not None:
        return m[0]
    return low


_BEFORE_A_NOUN = PREPOSITIONS | ARTICLES | DETERMINERS | wordset(
    "against amid over despite its new")


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
