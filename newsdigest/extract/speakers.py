"""Speaker phrases resolved to the article's people and organisations: the fullest name
the article gives a person (through the names and variants of its entities: a surname, a role
the article established such as 'the Russian diplomat'), an organisation as named, and a
pronoun to the person named last before it or the last speaker. A title alone ('Rep.', 'Mr')
is never a speaker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model import Entity, Statement
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .speech import TITLES

PRONOUNS = wordset("he she him her they them i we")
DETERMINER = wordset("the a an")
MARKS = "\"“”«»„‘' ,"  # around a speaker phrase: quotation marks, a comma


class Resolver:
    """Speaker phrases to the article's people and organisations (names and variants)."""

    def __init__(self, statements: Sequence[Statement], entities: Sequence[Entity],
                 quoted: Callable[[str], list[tuple[int, int, bool]]]) -> None:
        self.statements = statements
        self.quoted = quoted  # the quotations of a text: names inside them are not mentions
        self.persons: set[str] = set()
        self.forms: dict[str, str] = {}  # form (lower case, titles dropped) -> name
        surnames: dict[str, set[str]] = {}
        for e in entities:
            if e.kind == "person":
                self.persons.add(e.name)
            if e.kind == "place":
                continue
            for f in (e.name, *e.variants):
                key = name_key(f)
                for k in (key, name_key(f, titles=False)):
                    if k:
                        self.forms.setdefault(k, e.name)
                if e.kind == "person" and " " in key:
                    surnames.setdefault(key.split()[-1], set()).add(e.name)
        for sur, names in surnames.items():
            if len(names) == 1 and sur not in self.forms:
                self.forms[sur] = next(iter(names))
        self.names = [f for e in entities if e.kind == "person" for f in (e.name, *e.variants)
                      if f[:1].isupper()]
        self.mentions: dict[int, list[tuple[int, int, str]]] = {}
        self.speakers: dict[int, str] = {}  # statement -> the person speaking in it
        self.said: dict[int, str] = {}  # statement -> its speaker, person or not ('a spokesman')
        self.cues: dict[int, str | None] = {}

    def note(self, index: int, speaker: str, cue: str | None) -> None:
        self.said[index] = speaker
        self.cues[index] = cue
        if speaker in self.persons:
            self.speakers[index] = speaker

    def _mentions(self, index: int) -> list[tuple[int, int, str]]:
        got = self.mentions.get(index)
        if got is None:
            got = []
            if 0 <= index < len(self.statements):
                text = self.statements[index].text
                spans: list[tuple[int, int, bool]] | None = None
                for name in self.names:
                    at = text.find(name)
                    while at >= 0:
                        end = at + len(name)
                        if (at == 0 or not text[at - 1].isalnum()) and (
                                end == len(text) or not text[end].isalnum()):
                            if spans is None:
                                spans = self.quoted(text)
                            person = self.forms.get(name_key(name))
                            if person in self.persons and not any(
                                    s <= at < e for s, e, _ in spans):
                                got.append((at, end, person))
                        at = text.find(name, end)
                got.sort(key=lambda m: (m[0], -m[1]))
                got = [m for n, m in enumerate(got) if n == 0 or m[0] >= got[n - 1][1]]
            self.mentions[index] = got
        return got

    def resolve(self, st: Statement, s: int, e: int) -> tuple[str | None, str]:
        raw = st.text[s:e]
        s += len(raw) - len(raw.lstrip(MARKS))
        e -= len(raw) - len(raw.rstrip(MARKS))
        phrase = " ".join(st.text[s:e].split())
        if not phrase:
            return None, raw
        low = phrase.lower().removesuffix("’s").removesuffix("'s")  # "he's said"
        if low in PRONOUNS or low == "who":
            return self.context(st.index, s), phrase
        key = name_key(phrase)
        got = self.forms.get(name_key(phrase, titles=False))  # 'the Minister'
        if not key and got is None:
            return None, phrase  # a title alone: 'Rep.', 'Mr.'
        got = got or self.forms.get(key)
        if got is None:  # the name is the head: 'Trump spokesperson Ron Lieberman'
            for m_s, m_e, name in self._mentions(st.index):
                if s <= m_s and m_e == e:
                    got = name
        if got is None and phrase[:1].isupper() and " " in key:
            got = self.forms.get(key.split()[-1])
        if got is None and low.startswith("the "):
            got = self.forms.get(name_key(phrase[4:]))
        if got is not None:
            return got, phrase
        words = phrase.split()
        titles = gazetteer().titles
        while len(words) > 1 and words[0].rstrip(".") in titles:
            words = words[1:]  # 'Mr Blair' -> 'Blair', never 'Mr' alone
        return " ".join(words), phrase

    def context(self, index: int, pos: int) -> str | None:
        """The person a pronoun at ``pos`` stands for: the last named before it in the
        statement, else the last speaker or person named in the few statements before."""
        here = [name for at, _, name in self._mentions(index) if at < pos]
        if here:
            return here[0]
        for back in range(index - 1, max(-1, index - 7), -1):
            if back in self.speakers:
                return self.speakers[back]
            prev = self._mentions(back)
            if prev:
                return prev[0][2]
        return None


@lru_cache(maxsize=4096)
def name_key(form: str, titles: bool = True) -> str:
    """A name as looked up: lower case, no titles, determiners or possessive."""
    words = [w.strip(".,’'") for w in form.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w and not (titles and w.lower() in TITLES)
             and w.lower() not in DETERMINER]
    return " ".join(words).lower()
