"""Speaker phrases resolved to the article's people and organisations: the fullest name
the article gives a person (through the names and variants of its entities: a surname, a role
the article established such as 'the Russian diplomat'), an organisation as named, and a
pronoun to the person named last before it or the last speaker. A title alone ('Rep.', 'Mr')
is never a speaker."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ..model import Entity, Statement
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .speech import TITLES

PRONOUNS = wordset("he she him her they them i we")
DETERMINER = wordset("the a an both")
# the words that tell a person's gender: pronouns and titles
GENDER = {"he": "m", "his": "m", "him": "m", "mr": "m", "she": "f", "her": "f", "hers": "f",
          "mrs": "f", "ms": "f", "miss": "f"}
_PRONOUN_RE = re.compile(r"\b(?:he|she)\b")
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
            elif len(names) > 1:  # 'Trump' alone: the Trump the article names first
                self.forms[sur] = self._first_named(names)
        self.names = [f for e in entities if e.kind == "person" for f in (e.name, *e.variants)
                      if f[:1].isupper()]
        self.mentions: dict[int, list[tuple[int, int, str]]] = {}
        self.speakers: dict[int, str] = {}  # statement -> the person speaking in it
        self.said: dict[int, str] = {}  # statement -> its speaker, person or not ('a spokesman')
        self.cues: dict[int, str | None] = {}
        self.genders: dict[str, str] = {}

    def _first_named(self, names: set[str]) -> str:
        for st in self.statements:
            got = sorted((st.text.find(n), n) for n in names if n in st.text)
            if got:
                return got[0][1]
        return min(names)

    def note(self, index: int, speaker: str, cue: str | None) -> None:
        self.said[index] = speaker
        self.cues[index] = cue
        if self.is_person(speaker):
            self.speakers[index] = speaker

    def is_person(self, speaker: str) -> bool:
        """Is ``speaker`` one of the article's people, or a name it does not hold?"""
        return speaker in self.persons or self._unknown_name(speaker)

    def _unknown_name(self, speaker: str) -> bool:
        """A name the article's entities do not hold ('Cruz' when the tagger missed him), a
        person for pronouns: one to three capitalised words, written so inside a sentence too
        (not 'There', 'Appearing'), no organisation, place or outlet."""
        words = speaker.split()
        if not (0 < len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                            for w in words)):
            return False
        gaz = gazetteer()
        if name_key(speaker) in self.forms or speaker in gaz.places or speaker in gaz.orgs or any(
                w.lower() in gaz.org_words for w in words):
            return False
        inside = re.compile(rf"[a-z,] {re.escape(speaker)}\b")
        return any(inside.search(st.text) for st in self.statements)

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
        first, joined, second = st.text[s:e].partition(" and ")
        if joined and first[:1].isupper() and second[:1].isupper():
            return self.resolve(st, s, s + len(first))[0], phrase  # the first of two named
        low = phrase.lower().removesuffix("’s").removesuffix("'s")  # "he's said"
        if low in PRONOUNS or low == "who":
            return self.context(st.index, s, low), phrase
        key = name_key(phrase)
        got = self.forms.get(name_key(phrase, titles=False))  # 'the Minister'
        if not key and got is None:  # a title alone ('Rep.', 'Mr.'); a role ('the minister')
            role = len(low.split()) > 1 and low.split()[0] in DETERMINER
            return (phrase if role else None), phrase
        got = got or self.forms.get(key)
        if got is None:
            got = self._head(st.index, s, e, " and " in phrase)
        if got is None and phrase[:1].isupper() and " " in key and key.split()[-2] not in (
                "to", "of", "for"):  # 'Aides to Clinton' are not Clinton
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

    def _head(self, index: int, s: int, e: int, coordinated: bool) -> str | None:
        """The person named at the head of a speaker phrase: the last name ('Trump
        spokesperson Ron Lieberman'), or the first of two joined ('Mr. Grassley and Mr.
        Leahy')."""
        inside = [m for m in self._mentions(index) if s <= m[0] and m[1] <= e]
        if coordinated and inside:
            return inside[0][2]
        text = self.statements[index].text
        return next((name for m_s, m_e, name in inside if m_e == e
                     and _word_before(text[s:m_s]) not in ("to", "of", "for")), None)

    def context(self, index: int, pos: int, pronoun: str = "") -> str | None:
        """The person a pronoun at ``pos`` stands for: the first named before it in the
        statement, else the last speaker or person named in the few statements before; 'he'
        and 'she' skip a person the article refers to otherwise ('Mrs.', 'she')."""
        want = GENDER.get(pronoun.lower(), "")
        first: str | None = None
        for name in self._candidates(index, pos):
            if not want or self.gender(name) in ("", want):
                return name
            first = first or name
        return first  # the article says too little of them

    def _candidates(self, index: int, pos: int) -> Iterator[str]:
        yield from (name for at, _, name in self._mentions(index) if at < pos)
        for back in range(index - 1, max(-1, index - 7), -1):
            if back in self.speakers:
                yield self.speakers[back]
            yield from (name for _, _, name in self._mentions(back))

    def gender(self, person: str) -> str:
        """'m', 'f' or '' from the article: titles before the name ('Mr.', 'Ms.') and the
        pronouns of the statements where the person is named first."""
        got = self.genders.get(person)
        if got is None:
            votes = {"m": 0, "f": 0}
            for st in self.statements:
                ms = self._mentions(st.index) if person.split()[-1] in st.text else []
                if not ms or ms[0][2] != person or len(st.text[:ms[0][0]].split()) > 1:
                    continue  # the person is not the subject opening the statement
                before = st.text[max(0, ms[0][0] - 5): ms[0][0]].strip(" .").lower()
                for w in (before.split()[-1:] or [""]):
                    if w in GENDER:
                        votes[GENDER[w]] += 3
                after = st.text[ms[0][1]:].lower()
                if st.index + 1 < len(self.statements):  # 'He said …' opening the next one
                    after += " " + " ".join(self.statements[st.index + 1].text.split()[:1])
                for w in _PRONOUN_RE.findall(after.lower()):
                    votes[GENDER[w]] += 1
            got = "" if votes["m"] == votes["f"] else max(votes, key=lambda k: votes[k])
            self.genders[person] = got
        return got


def _word_before(text: str) -> str:
    """The last word of ``text`` before any titles ('Advisers to Mr.' -> 'to')."""
    words = text.split()
    while words and words[-1].strip(".").lower() in TITLES:
        words.pop()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=4096)
def name_key(form: str, titles: bool = True) -> str:
    """A name as looked up: lower case, no titles, determiners or possessive."""
    words = [w.strip(".,’'") for w in form.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w and not (titles and w.lower() in TITLES)
             and w.lower() not in DETERMINER]
    return " ".join(words).lower()
