"""Speaker phrases resolved to the article's people and organisations: the fullest name
the article gives a person (through the names and variants of its entities: a surname, a role
the article established such as 'the Russian diplomat'), an organisation as named, and a
pronoun to the person named last before it or the last speaker. A title alone ('Rep.', 'Mr')
is never a speaker."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from ..lexicon import FUNCTION_WORDS, doc_freq
from ..model import Entity, Statement
from ..words import PARTY_NAMES, TITLE_ABBREVIATIONS, ly_adverb
from .dates import WEEKDAYS
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .given_names import FEMALE_NAMES, MALE_NAMES, NAME_SUFFIXES, PERSON_WORDS, given_name
from .ner import COMMON, INITIAL, JOINERS
from .numbers import UNITS
from .quote_words import (
    ADVERBS,
    ARTICLES,
    IRREGULAR_PAST,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_MARKS,
)
from .speech import AFTER_QUOTE, SPEECH_VERBS, TITLES

SUBJECT_PRONOUNS = wordset("he she they i we")  # not an object: 'Those close to him say'
PRONOUNS = SUBJECT_PRONOUNS | wordset("him her them")
PLURAL = wordset("they them we")  # a group: never one person's name
# words opening a plural description ('the two men', 'both leaders'): no one person speaks
GROUP_WORDS = wordset("both two three four several pair couple duo trio")
# the heads of descriptions of one person who speaks unnamed (``PERSON_WORDS``: 'a neighbour',
# 'one local resident'; 'he' or 'she' after their words is them, not the last person named)
# that tell a gender ('a woman' is no 'he')
FEMALE_WORDS = wordset("woman girl mother daughter sister aunt wife widow spokeswoman")
MALE_WORDS = wordset("man boy father son brother uncle husband widower spokesman")
_TIED = wordset("to of for")  # 'Aides to Clinton', 'the family of Trayvon Martin': not the person
# words before a person's name that are not part of it ('Adviser Sidney Blumenthal')
NOT_NAME = TITLES | wordset("""adviser advisor aide senior former deputy assistant spokesman
    spokeswoman candidate nominee sheriff judge justice ambassador chief house senate
    majority minority leader state attorney general sens reps speaker inspector district
    county court superior""")
DETERMINER = ARTICLES | wordset("both")
# the words that tell a person's gender: pronouns and titles
GENDER = {"he": "m", "his": "m", "him": "m", "mr": "m", "she": "f", "her": "f", "hers": "f",
          "mrs": "f", "ms": "f", "miss": "f"}
_PRONOUN_RE = re.compile(r"\b(?:he|she)\b")
# a relative clause or an apposition right after a name, up to its closing comma
_ASIDE_AFTER = re.compile(r"[ ]?,[ ](?:who|whose|whom|a|an|the)\b[^,]{0,120},")
MARKS = "\"“”«»„‘' ,"  # around a speaker phrase: quotation marks, a comma

class Resolver:
    """Speaker phrases to the article's people and organisations (names and variants)."""

    def __init__(self, statements: Sequence[Statement], entities: Sequence[Entity],
                 quoted: Callable[[str], list[tuple[int, int, bool]]],
                 subject: Callable[[str], tuple[int, int] | None] | None = None) -> None:
        self.statements = statements
        self.subject = subject  # the subject of a statement's main clause, if known
        self.quoted = quoted  # the quotations of a text: names inside them are not mentions
        self.persons: set[str] = set()
        self.unknown: dict[str, bool] = {}  # speaker -> a name the entities do not hold
        self.forms: dict[str, str] = {}  # form (lower case, titles dropped) -> name
        surnames: dict[str, set[str]] = {}
        joined = _joined_names(statements, entities)
        full = _full_names(entities)
        entities = [e for e in entities if not (e.kind == "person" and INITIAL.fullmatch(e.name))]
        for e in entities:
            name = e.name
            if e.kind == "person" or (e.kind == "org" and (display_name(name) != name
                                                           or _titled(name))):
                name = joined.get(name) or full.get(name) or display_name(name)
                self.persons.add(name)  # an 'org' with a title: 'Superior Court Judge …',
                # 'Msgr Farmer'
            if e.kind == "place":
                continue
            for f in (e.name, *e.variants):
                key = name_key(f)
                for k in (key, name_key(f, titles=False)):
                    if k:
                        self.forms.setdefault(k, name)
                if e.kind == "person" and " " in key:
                    surnames.setdefault(key.split()[-1], set()).add(name)
        self.orgs = {e.name for e in entities if e.kind == "org"} - self.persons  # named ones
        for sur, names in surnames.items():
            if len(names) == 1 and sur not in self.forms:
                self.forms[sur] = next(iter(names))
            elif len(names) > 1:  # 'Trump' alone: the Trump the article names first
                self.forms[sur] = self._first_named(names)
        for name in joined.values():
            self.forms.setdefault(name_key(name), name)
        self.names = [f for e in entities if e.kind == "person" for f in (e.name, *e.variants)
                      if f[:1].isupper()]
        # a surname alone names its one person too, in the statements before a pronoun ('…
        # pursued Page but she rebuffed him', when the tagger kept only 'Bettie Page'); not in
        # the pronoun's own statement, where it is mostly in what was said ('No shots were
        # fired when Orozco was taken into custody, he added')
        self.surnames = {sur for name in self.persons if " " in name and (
            sur := name.split()[-1])[:1].isupper() and self.forms.get(name_key(sur)) == name
                         } - set(self.names)
        self.mentions: dict[tuple[int, bool], list[tuple[int, int, str]]] = {}
        self._first_statement: dict[str, int] | None = None
        self.speakers: dict[int, str] = {}  # statement -> the person speaking in it
        self.described: dict[int, str] = {}  # statement -> the unnamed person speaking in it
        self.said: dict[int, str] = {}  # statement -> its speaker, person or not ('a spokesman')
        self.cues: dict[int, str | None] = {}
        self.genders: dict[str, str] = {}
        self.subjects: dict[int, tuple[str, int] | None] = {}  # statement -> its subject's
        # name and where it starts, when the entities do not hold it
        self.chains: dict[tuple[int, str, int], str | None] = {}  # (statement, 'he', floor)
        self._roles: dict[str, set[str]] | None = None  # person -> roles the article gives
        self.spans: dict[int, tuple[int, int] | None] = {}  # statement -> its subject

    def _first_named(self, names: set[str]) -> str:
        for st in self.statements:
            got = sorted((st.text.find(n), n) for n in names if n in st.text)
            if got:
                return got[0][1]
        return min(names)

    def note(self, index: int, speaker: str, cue: str | None) -> None:
        self.said[index] = speaker
        self.cues[index] = cue
        if cue in AFTER_QUOTE:
            return  # '…," Right Wing Watch reported': a source, not whom 'he' means next
        if not self.is_person(speaker) and _rare_name(speaker):
            self.unknown[speaker] = True  # 'Cruz' speaking: a person for the pronouns after
        if self.is_person(speaker):
            self.speakers[index] = speaker
        elif _one_person_described(speaker):
            self.described[index] = speaker

    def is_person(self, speaker: str) -> bool:
        """Is ``speaker`` one of the article's people, or a name it does not hold?"""
        if speaker in self.persons:
            return True
        known = self.unknown.get(speaker)
        if known is None:
            known = self.unknown[speaker] = self._unknown_name(speaker)
        return known

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
        if len(words) > 1 and given_name(words[0]):
            return True  # 'Lee Zeldin': a given name opens it
        return any(_written_inside(speaker, st.text) for st in self.statements)

    def first_named(self, name: str) -> int | None:
        """The first statement that names the person ``name`` (``mentions_in``), if any."""
        if self._first_statement is None:
            self._first_statement = {}
            for k in range(len(self.statements)):
                for _, _, who in self._mentions(k):
                    self._first_statement.setdefault(who, k)
        return self._first_statement.get(name)

    def mentions_in(self, index: int) -> list[tuple[int, int, str]]:
        """The people statement ``index`` names: (start, end, name) each."""
        return self._mentions(index)

    def _mentions(self, index: int, surnames: bool = False) -> list[tuple[int, int, str]]:
        """The people statement ``index`` names, (start, end, name) each; with ``surnames``
        also those it names by a surname alone (``surnames``)."""
        got = self.mentions.get((index, surnames))
        if got is None:
            got = []
            if 0 <= index < len(self.statements):
                text = self.statements[index].text
                spans: list[tuple[int, int, bool]] | None = None
                for name in (*self.names, *sorted(self.surnames)) if surnames else self.names:
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
            self.mentions[index, surnames] = got
        return got

    def resolve(self, st: Statement, s: int, e: int) -> tuple[str | None, str]:
        raw = st.text[s:e]
        s += len(raw) - len(raw.lstrip(MARKS))
        e -= len(raw) - len(raw.rstrip(MARKS))
        e = self._untimed(st, s, e)  # 'The Security Council on Friday': the council
        e = _without_adverbs(st.text, s, e)  # 'Hillary Clinton sternly': Clinton
        tag = PAREN_PARTY.search(st.text, s, e)  # 'Rep. Nick Rahall (D) of West Virginia'
        if tag is not None and st.text[s: tag.start()].strip():
            e = s + len(st.text[s: tag.start()].rstrip())
        phrase = " ".join(st.text[s:e].split())
        if not phrase:
            return None, raw
        if not_a_speaker(phrase):  # 'Rattling off', 'issued a statement Tuesday'
            span = self.subject(st.text) if self.subject is not None else None
            if span is None or span == (s, e) or not_a_speaker(st.text[span[0]: span[1]]):
                return None, phrase
            return self.resolve(st, *span)[0], phrase  # who the statement is about speaks
        if " " in phrase and phrase.rsplit(" ", 1)[1] in _DANGLING:  # a phrase cut after a
            # preposition or an article ('the rest of the', 'line by'; not 'Al From'): the
            # person it opens with ('Trump unleashed a flurry of'), else no one
            named = {who for at, end, who in self._mentions(st.index)
                     if at == s and end <= e and who in self.persons}
            return (named.pop() if len(named) == 1 else None), phrase
        low = phrase.lower().removesuffix("’s").removesuffix("'s")  # "he's said"
        found = self._not_a_name(st, s, e, low)
        if found is not None:
            return found[0], phrase
        return self._name(st, s, e, phrase, low), phrase

    def _untimed(self, st: Statement, s: int, e: int) -> int:
        """Where the speaker phrase ``st.text[s:e]`` ends without a time phrase closing it
        ('The Security Council on Friday', 'a poll released last week', 'Abdullatif Sener
        earlier this month'), when it is a speaker without it (:meth:`_timed`)."""
        timed = _TIME_TAIL.search(st.text, s, e)
        if timed is None or timed.end() != e:
            return e
        cut = s + len(st.text[s: timed.start()].rstrip(" ,"))
        if cut <= s or not self._timed(st, s, cut):
            return e
        head, _, last = st.text[s:cut].rpartition(" ")
        while head.strip() and last.isalpha() and last.islower() and (
                last.endswith(("ed", "en")) or last in ADVERBS):  # 'figures also released'
            cut = s + len(head.rstrip())
            head, _, last = st.text[s:cut].rpartition(" ")
        return cut

    def _timed(self, st: Statement, s: int, e: int) -> bool:
        """Is ``st.text[s:e]`` a speaker the time phrase after it is no part of: a description
        ('figures released'), a name the article knows ('Donald Trump on Thursday'), not an
        unknown name ('The Mail on Sunday')?"""
        phrase = st.text[s:e]
        return any(w[:1].islower() for w in phrase.split()) or name_key(
            phrase) in self.forms or any(end == e for _, end, _ in self._mentions(st.index))

    def _not_a_name(self, st: Statement, s: int, e: int, low: str
                    ) -> tuple[str | None] | None:
        """The speaker of a phrase that is not a name: a description with the name after it
        ('The party chairman, Kelly Armstrong,'), two people ('Mr. Grassley and Mr. Leahy'),
        a pronoun, a group ('the two men'), a role ('the Florida senator'); None for a name."""
        named = self._apposed(st.text, s, e)
        if named is not None:
            return (named,)
        first, joined, second = st.text[s:e].partition(" and ")
        at = next((m.start() for m in re.finditer(r"\S+", first) if m[0][:1].isupper()), -1)
        if joined and at >= 0 and second[:1].isupper() and FUNCTION_WORDS.isdisjoint(
                first[:at].lower().split()):  # ('particularly Govs. Jeb Bush and Chris
            return (self._pair(st, s + at, s + len(first), e),)  # Christie'; not 'the
            # Finance and Economy Ministry')
        if low in PLURAL:
            return (self.group(st.index, s),)
        if _someones_rep(st.text[s:e]):  # "Reid's rep told Us": her rep, not Reid
            return (" ".join(st.text[s:e].split()),)
        if low in FIRST_PERSON:  # the writer outside a quotation: never the person named last
            return (self.author(),)
        if low in PRONOUNS or low == "who":
            return (self.context(st.index, s, low),)
        if low == "it":
            return (self._it(st.index),)
        if _plural_description(low):  # the group, never one of them ('the two men': the pair
            # just named together)
            bare = not any(w[:1].isupper() for w in st.text[s:e].split()[1:])  # no name in it
            pair = self.group(st.index, s) if _of_two(low) and bare else None
            return (pair if pair and " and " in pair else " ".join(st.text[s:e].split()),)
        role = self._role_holder(st.index, s, low)
        return None if role is None else (role,)

    def _apposed(self, text: str, s: int, e: int) -> str | None:
        """The person named between commas after the speaker phrase ``text[s:e]``: after a
        phrase opening the clause ('The party chairman, Kelly Armstrong, said'), or after a
        description that ends the attribution ('said her nephew, Ravi Singh.'; not 'According
        to police, Anthony LaSalle, 36, hit ...')."""
        named = _APPOSED.match(text, e)
        if named is None or not (
                (text[s:s + 1].isupper() and named.group().endswith(","))
                or (_described(text[s:e]) and _after_apposed(text[named.end():]))):
            return None
        got = self.forms.get(name_key(named.group(1)))
        return got if got in self.persons else None

    def _name(self, st: Statement, s: int, e: int, phrase: str, low: str) -> str | None:
        """The person or organisation a naming phrase stands for, as the article names them."""
        key = name_key(phrase)
        got = self.forms.get(name_key(phrase, titles=False))  # 'the Minister'
        if not key and got is None:  # a title alone ('Rep.', 'Mr.'); a role ('the minister')
            role = len(low.split()) > 1 and low.split()[0] in DETERMINER
            return phrase if role else None
        got = got or self.forms.get(key)
        if got is None:
            got = self._head(st.index, s, e, " and " in phrase)
        before = key.split()[:-1]  # 'Aides to Clinton', 'Supporters of Hillary Clinton' are
        # not Clinton; the last word a surname, not the role of 'The sentencing judge'; an
        # organisation's last word after another name word is another name ('Pearson's
        # Financial Times' is not 'The Times'; 'US oil giant Exxon' is Exxon)
        if got is None and phrase[:1].isupper() and phrase.split()[-1][:1].isupper() and (
                before and not _TIED & {*before[:3], before[-1]}):
            got = self.forms.get(key.split()[-1])
            ahead = phrase.split()[-2]  # (not an owner, "France's", nor 'Paris-based')
            if got is not None and got not in self.persons and ahead[:1].isupper() \
                    and ahead not in got and not ahead.endswith(("'s", "’s")) and "-" not in ahead:
                got = None
        if got is None and low.startswith("the "):
            got = self.forms.get(name_key(phrase[4:]))
        if got is not None:
            return got
        words = phrase.split()
        known = self._named_tail(words)
        if known is not None:
            return known  # 'team president Billy King' (the name inside a quotation's marks
            # as tokenised copy spaces them: '…, " team president Billy King said.')
        titles = gazetteer().titles
        while len(words) > 1 and words[0].rstrip(".") in titles:
            words = words[1:]  # 'Mr Blair' -> 'Blair', never 'Mr' alone
        named = _after_role(words)
        if named is not words and any(w in gazetteer().org_words for w in named):
            return " ".join(named)  # an organisation: 'US phone company SBC Communications'
        return display_name(_before_affiliation(named))

    def _named_tail(self, words: list[str]) -> str | None:
        """The person the article names in full whose name closes a phrase after words in
        lower case ('team president Billy King'), else None."""
        tail: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper():
                break
            tail.insert(0, w)
        if len(tail) < 2 or len(tail) == len(words):
            return None
        before = words[-len(tail) - 1].lower()
        if before in FUNCTION_WORDS or before.endswith(("'s", "’s")):
            return None  # 'one longtime adviser to Bill Clinton' is not Clinton
        got = self.forms.get(name_key(" ".join(tail)))
        return got if got in self.persons else None

    def _role_holder(self, index: int, pos: int, low: str) -> str | None:
        """The person a definite role stands for ('the governor', 'the Florida senator'): the
        nearest person the article gives that role ('Gov. Chris Christie', 'Marco Rubio, the
        senator'), else the only one with it."""
        words = [ROLE_WORDS.get(w, w) for w in low.replace("'s", "").split()]
        if len(words) < 2 or words[0] != "the" or (words[-1] not in ROLE_WORDS and (
                words[-1] not in PARTY_NAMES)):  # ('the Wisconsin Republican')
            return None
        want = {w for w in words[1:] if not _SERVED.fullmatch(w)} - {"former", "longtime", "then"}
        roles = self.roles()
        for name in self._candidates(index, pos):
            if _fits(want, roles.get(name, set())):
                return name
        holders = [name for name, got in roles.items() if _fits(want, got)]
        return holders[0] if len(holders) == 1 else None

    def roles(self) -> dict[str, set[str]]:
        """The words describing each person's role as the article gives them, when they hold
        a role word: the words just before a mention ('Florida Sen. Marco Rubio') or an
        apposition after it ('Chris Christie, the New Jersey governor,')."""
        if self._roles is None:
            self._roles = {}
            for st in self.statements:
                for at, end, name in self._mentions(st.index):
                    before = _modifiers(st.text[max(0, at - 60): at])
                    after = _APPOSITION.match(st.text, end)
                    for part in (before, after.group(1).split() if after else []):
                        words = {ROLE_WORDS.get(k, k) for k in
                                 (w.strip(".").lower().replace("'s", "") for w in part)}
                        if words & ROLE_WORDS.keys():
                            self._roles.setdefault(name, set()).update(words)
                    tag = _PARTY_TAG.match(st.text, end)  # 'Marco Rubio (R-Fla.)'
                    if tag is not None:
                        self._roles.setdefault(name, set()).update(
                            (PARTIES[tag.group(1)], "@" + tag.group(2).rstrip(".").lower()))
        return self._roles

    def _pair(self, st: Statement, s: int, cut: int, e: int) -> str | None:
        """Two named speakers ('Mr. Grassley and Mr. Leahy'): both names, else the one; the
        person alone when the 'and' is inside the name of the body they speak for
        ('Department of Health and Human Services spokesman Bill Hall')."""
        one = self.resolve(st, s, cut)[0]
        two = self.resolve(st, cut + len(" and "), e)[0]
        if two and one and not self.is_person(one) and self.is_person(two) and _role_before(
                st.text[cut + len(" and "): e], two):
            return two
        if one and two and one != two:
            return f"{one} and {two}"
        return one or two

    def group(self, index: int, pos: int) -> str | None:
        """The speakers 'they' or 'we' stand for: two people named together just before
        ('Grassley and Leahy …; they said'), or the group that spoke last ('the campaign'),
        never one person."""
        for back in range(index, max(-1, index - 4), -1):
            ms = [m for m in self._mentions(back) if back < index or m[0] < pos]
            text = self.statements[back].text
            pairs = [(a[2], b[2]) for a, b in pairwise(ms)
                     if _joined(text[a[1]: b[0]]) and a[2] != b[2]]
            if pairs:
                return f"{pairs[-1][0]} and {pairs[-1][1]}"
            said = self.said.get(back) if back < index else None
            if said is not None and (" and " in said or not self.is_person(said)):
                return said if said[:1].isupper() else None
        return None

    def _head(self, index: int, s: int, e: int, coordinated: bool) -> str | None:
        """The person named at the head of a speaker phrase: the last name ('Trump
        spokesperson Ron Lieberman'), the first of two joined ('Mr. Grassley and Mr.
        Leahy'), or a name opening it before where they work ('Jay LeBoff from Hotseat')."""
        inside = [m for m in self._mentions(index) if s <= m[0] and m[1] <= e]
        if coordinated and inside:
            return inside[0][2]
        text = self.statements[index].text
        opens = _past_titles(text, s, e)  # 'Sgt. Marty Earley with the … Department'
        return next((name for m_s, m_e, name in inside if (m_e == e and _word_before(
            text[s:m_s]) not in ("to", "of", "for")) or (m_s in (s, opens) and _after_name(
                text[m_e:e]))), None)

    def _it(self, index: int) -> str | None:
        """What 'it' said stands for: the organisation that spoke last in the few statements
        before, named or described ('the company'; never a person, never a phrase such as
        "Crosby's statement"), else no one:
        'It' is no speaker (the organisation named last before is too often another one)."""
        for back in range(index - 1, max(-1, index - 4), -1):
            said = self.said.get(back)
            head = said.split()[-1] if said is not None else ""
            if said in self.orgs or (said is not None and said.startswith(("the ", "The "))
                                     and head.capitalize() in gazetteer().org_words
                                     and head not in _NAME_WORDS):
                return said  # 'the company wrote. It added, "…"' (not 'The news …')
        return None

    def context(self, index: int, pos: int, pronoun: str = "", floor: int | None = None
                ) -> str | None:
        """The person a pronoun at ``pos`` stands for: the first named before it in the
        statement, else the last speaker or person named in the few statements before (not
        before ``floor``); 'he' and 'she' skip a person the article refers to otherwise
        ('Mrs.', 'she')."""
        want = GENDER.get(pronoun.lower(), "")
        first: str | None = None
        floor = max(0, index - 6) if floor is None else floor
        for name in self._candidates(index, pos, pronoun.lower() if want else "", floor):
            if not want or self.gender(name) in ("", want):
                return name
            first = first or name
        return None  # the article says too little of them

    def _candidates(self, index: int, pos: int, pronoun: str = "", floor: int | None = None
                    ) -> Iterator[str]:
        yield from self._referents(index, pos)
        here = self._subject_at(index) if 0 <= index < len(self.statements) else None
        if here is not None and here[1] < pos:  # 'Sen. Claire McCaskill scolded him: "…,"
            yield here[0]  # she said': the subject the tagger missed, before the pronoun
        floor = max(0, index - 6) if floor is None else floor
        for back in range(index - 1, floor - 1, -1):
            if back in self.speakers:
                yield self.speakers[back]
            chained = self._same_pronoun(back, pronoun, floor) if pronoun else None
            if chained is not None:
                yield chained
            subject = self._subject_name(back)
            if subject is not None:
                yield subject
            yield from self._back_referents(back)

    def _back_referents(self, index: int) -> Iterator[str]:
        """The people statement ``index`` names and the unnamed person speaking in it ('A
        neighbour said: "…"'): that person first unless a named person is the subject ('Hillary
        Clinton caused a stir when an Iowa voter asked …')."""
        named = self._referents(index, len(self.statements[index].text), surnames=True)
        described = self.described.get(index) or self._described_subject(index)
        if described is None:
            yield from named
            return
        span = self.subject_span(index)
        if span is not None and any(span[0] <= at and end <= span[1]
                                    for at, end, _ in self._mentions(index)):
            yield from named
            yield described
        else:
            yield described
            yield from named

    def _described_subject(self, index: int) -> str | None:
        """The one unnamed person statement ``index`` is about, as its subject describes them
        ('Yesterday a neighbour recalled seeing the suspect …': '"…," he said' after it is
        the neighbour, not the last person named), else None; never when the statement names
        someone ('One local woman, Karen Robison, pulled Rep. King aside': Karen Robison)."""
        span = self.subject_span(index)
        if span is None or self._mentions(index, surnames=True):
            return None
        phrase = " ".join(self.statements[index].text[span[0]: span[1]].split())
        return phrase if _one_person_described(phrase) else None

    def _referents(self, index: int, pos: int, surnames: bool = False) -> Iterator[str]:
        """The people statement ``index`` names before ``pos``, in order, those named as a
        modifier last ('the Clinton campaign', 'a Trump supporter': no one a pronoun after
        it stands for, as a rule)."""
        text = self.statements[index].text
        named = [(at, end, name) for at, end, name in self._mentions(index, surnames)
                 if at < pos]
        span = self.subject_span(index) if len(named) > 1 else None
        if span is not None:  # the head of the subject first ('Obama adviser Cornell Belcher')
            named.sort(key=lambda m: not (span[0] <= m[0] and m[1] == span[1]))
        modifier = [_modifier(text, at, end) for at, end, _ in named]
        yield from (name for (_, _, name), mod in zip(named, modifier, strict=True) if not mod)
        yield from (name for (_, _, name), mod in zip(named, modifier, strict=True) if mod)

    def subject_before(self, index: int, pos: int) -> str | None:
        """The person named at the head of statement ``index``'s subject, when the subject
        ends before ``pos`` ('Tory leader Michael Howard has accused Mr Blair of "…"', 'Trump
        called Obama "…"' by the surname alone), else None."""
        span = self.subject_span(index)
        if span is None or span[1] > pos:
            return None
        return next((name for at, end, name in self._mentions(index, surnames=True)
                     if span[0] <= at and end == span[1]), None)

    def author(self) -> str | None:
        """The writer of a column that opens with them ('Analyst Bill Thompson has seen the
        future …') and goes on in the first person ('I bought my son …'), else None."""
        if len(self.statements) < 2 or not self.statements[1].text.startswith("I "):
            return None
        return self.subject_before(0, len(self.statements[0].text))

    def pronoun_subject(self, index: int) -> bool:
        """Is the subject of statement ``index`` 'he' or 'she' ('He did not suggest …')?"""
        span = self.subject_span(index)
        text = self.statements[index].text
        return span is not None and text[span[0]: span[1]].lower() in ("he", "she")

    def personal(self, name: str, phrase: str = "") -> bool:
        """Does ``name`` (written ``phrase``) read as a person's: a common given name opening
        it, a title ('Mr Cherkasky') or a gender the article gives ('she'), not a tagger's
        mistake ('Xiluodu Dam')?"""
        titled = any(w.strip(".").lower() in TITLES for w in phrase.split())
        return titled or given_name(name.split()[0]) or self.gender(name) != ""

    def subject_span(self, index: int) -> tuple[int, int] | None:
        """Where the subject of statement ``index``'s main clause lies, if known."""
        if index not in self.spans:
            text = self.statements[index].text
            self.spans[index] = self.subject(text) if self.subject is not None else None
        return self.spans[index]

    def _same_pronoun(self, index: int, pronoun: str, floor: int) -> str | None:
        """Who statement ``index`` is about when its subject is the same pronoun ('… he said
        Ryan. / "…," he said': both 'he' stand for the person before), else None. (Not a
        possessive in the subject: 'His creator, Richard Bowden, …' is about Bowden.)"""
        key = (index, pronoun, floor)  # the chain stays in the first pronoun's reach
        if key not in self.chains:
            self.chains[key] = None
            text = self.statements[index].text
            opening = f" {text[:120].lower()} "
            span = self.subject(text) if self.subject is not None and (
                f" {pronoun} " in opening or f" {pronoun}," in opening) else None
            if span is not None and text[span[0]: span[1]].lower() == pronoun:
                self.chains[key] = self.context(index, span[0], pronoun, floor)
        return self.chains[key]

    def _subject_name(self, index: int) -> str | None:
        """The person named as the subject of statement ``index`` when the entities do not
        hold them, known by a title or a given name ('Rep. Sean Duffy (R-Wisc.) also addressed
        …', 'In a statement, President Obama condemned …'), else None."""
        got = self._subject_at(index)
        return None if got is None else got[0]

    def _subject_at(self, index: int) -> tuple[str, int] | None:
        """:meth:`_subject_name` and where the subject starts."""
        if index in self.subjects:
            return self.subjects[index]
        got = None
        text = self.statements[index].text
        span = self.subject_span(index)
        start = span[0] if span is not None else 0
        words = []
        for w in text[start: start + 80].split()[:5]:
            if not w[:1].isupper() or not w.replace(".", "").replace("-", "").isalpha():
                break
            words.append(w)
        end = start + len(" ".join(words))
        last = max((n for n, w in enumerate(words[:3]) if w.rstrip(".").lower() in TITLES),
                   default=-1)  # 'Democratic Sen. Claire McCaskill': a party before the title
        titled = last >= 0 and len(words) > last + 1
        words = words[last + 1:]
        name = " ".join(words)
        if (1 < len(words) <= 3 or (titled and len(words) == 1)) and (
                titled or given_name(words[0])) and not any(
                start <= at < end for at, _, _ in self._mentions(index)) and not self.forms.get(
                name_key(name)) and self.is_person(name) and (  # not 'Ben Emmerson QC'
                span is not None and span[1] >= end):
            got = (display_name(name), start)
        self.subjects[index] = got
        return got

    def gender(self, person: str) -> str:
        """'m', 'f' or '' from the article: titles before the name ('Mr.', 'Ms.') and the
        pronouns of the statements where the person is named first."""
        got = self.genders.get(person)
        if got is None and _one_person_described(person):
            head = _description_head(person)
            got = self.genders[person] = ("f" if head in FEMALE_WORDS else
                                          "m" if head in MALE_WORDS else "")
        if got is None:
            votes = {"m": 0, "f": 0}
            for st in self.statements:
                ms = self._mentions(st.index, True) if person.split()[-1] in st.text else []
                if not ms or ms[0][2] != person or len(st.text[:ms[0][0]].split()) > 1:
                    continue  # the person is not the subject opening the statement
                before = st.text[max(0, ms[0][0] - 5): ms[0][0]].strip(" .").lower()
                for w in (before.split()[-1:] or [""]):
                    if w in GENDER:
                        votes[GENDER[w]] += 3
                after = st.text[ms[0][1]:].lower()
                aside = _ASIDE_AFTER.match(after)  # ', who married the deputy … before he was
                after = after[aside.end():] if aside else after  # murdered,': another's pronoun
                nxt = self.statements[st.index + 1].text.split()[:1] if (
                    st.index + 1 < len(self.statements)) else []
                if nxt and nxt[0][:1] not in QUOTE_MARKS:  # 'He said …', not '"She's seen …'
                    after += " " + nxt[0]  # (someone else in a quotation)
                for w in _PRONOUN_RE.findall(after.lower()):
                    votes[GENDER[w]] += 1
            given = person.split()[0].lower()
            if given in FEMALE_NAMES or given in MALE_NAMES:
                votes["f" if given in FEMALE_NAMES else "m"] += 2
            got = "" if votes["m"] == votes["f"] else max(votes, key=lambda k: votes[k])
            self.genders[person] = got
        return got


# organisation words that end a newspaper's name, not a description of a body ('the news')
_NAME_WORDS = frozenset(("news", "times", "post", "herald", "journal", "telegraph", "tribune",
                         "gazette", "magazine", "magazin"))


def _someones_rep(phrase: str) -> bool:
    """"Reid's rep", "Tara Reid's longtime rep": 'rep' is also the title 'Rep.', which a name's
    key drops, so that the phrase would name Reid ('Reid's publicist' is a role as it is)."""
    words = phrase.split()
    if len(words) < 2 or words[-1] not in ("rep", "reps"):
        return False
    owner = next((n for n in (-2, -3) if len(words) >= -n
                  and words[n].endswith(("'s", "’s"))), None)
    return owner is not None and words[owner][:1].isupper() and all(
        w.islower() for w in words[owner + 1:])


def _modifier(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a modifier after a determiner ('the Clinton
    campaign', 'a Trump supporter'), not a role ('The Planning Minister didn't …')?"""
    last = text[start:end].split()[-1].strip(".").lower()
    return _DETERMINED.search(text, 0, start) is not None and _NOUN_AFTER.match(
        text, end) is not None and last not in TITLES and last not in gazetteer().role_ends


def _suffix(rest: str) -> bool:
    """Is ``rest`` what may follow a name in a speaker phrase: 'QC', 'Jr.', 'III'?"""
    words = rest.split()
    return len(words) == 1 and words[0].rstrip(".").isalpha() and (
        words[0].isupper() or words[0].rstrip(".") in NAME_SUFFIXES)


def _after_name(rest: str) -> bool:
    """Does ``rest`` after a name opening a speaker phrase leave the name its head: a suffix
    ('QC') or where its bearer works ('from Hotseat', 'of the Lisbon Council')?"""
    first = rest.split()[:1]
    return _suffix(rest) or (bool(first) and first[0] in AFFILIATION)


AFFILIATION = wordset("of from at with")
# lower-case words besides the function words ('to', 'than') that join a description to a name
# after them but are no role: a phrase cut after them names someone else ('adviser to Bill
# Clinton', 'operative inside Trump Tower')
NOT_ROLE = wordset("""another one like inside outside near among via per including across
    behind beyond toward towards without within versus""")


def _after_role(words: list[str]) -> list[str]:
    """A speaker phrase without the role or description before its name: the words after
    the last lower-case word ('Chargers general manager AJ Butler' -> 'AJ Butler', '32-year-old
    protester Paris Kyriakides', 'investment bank Merrill Lynch'), a person's name without
    where they work ('analyst Alex Potter at Lehman Brothers' -> 'Alex Potter'); the phrase
    as is when no two to five capitalised words follow that word, the word is a function word
    ('adviser to Bill Clinton') or a verb ('Chris McIntyre runs Podcast Alley': a given name
    opens it), or they name a group or a role ('another New Hampshire Republican', 'the
    outgoing European Commissioner')."""
    end = next((n for n in range(1, len(words)) if words[n] in AFFILIATION
                and words[n - 1][:1].isupper()), len(words))
    k = max((n for n in range(end) if words[n].islower()), default=-1)
    name = words[k + 1: end]
    if k < 0 or not 2 <= len(name) <= 5 or not all(w[:1].isupper() for w in name):
        return words
    role, last = words[k].strip(","), name[-1].strip(".").lower()
    gaz = gazetteer()
    if (role in FUNCTION_WORDS or role in NOT_ROLE or role in SPEECH_VERBS
            or role in IRREGULAR_PAST or (k and given_name(words[0]))
            or gaz.is_group(name[-1]) or last in gaz.role_ends or last in TITLES):
        return words  # (a role: 'the outgoing European Commissioner')
    if len(name) <= 4 and not any(w in gaz.org_words for w in name):
        return name  # a person, without where they work
    return words[k + 1:]


def _before_affiliation(words: list[str]) -> str:
    """A name without where its bearer works or lives ('Kirsten Pfeifer from the Consumer
    Electronics Association' -> 'Kirsten Pfeifer'), when a given name and one to three more
    capitalised words open the phrase (not 'RNC Chief of Staff', 'The Hollywood Chamber of
    Commerce'); else the phrase."""
    k = next((n for n, w in enumerate(words) if w in AFFILIATION), 0)
    if 2 <= k <= 4 and k + 1 < len(words) and (
            given_name(words[0]) or words[0] in gazetteer().census_names) and all(
            w[:1].isupper() for w in words[:k]):
        return " ".join(words[:k])
    return " ".join(words)


@lru_cache(maxsize=4096)
def _rare_name(speaker: str) -> bool:
    """Is ``speaker`` one capitalised word that is no common word (in lower case), no plural,
    no place or organisation ('Cruz', not 'Officials', 'Republicans', 'Gallup' as known)?"""
    low = speaker.lower()
    if " " in speaker or not (speaker[:1].isupper() and speaker[1:].islower()) or (
            not speaker.replace("-", "").isalpha() or low in FUNCTION_WORDS):
        return False
    table = doc_freq()[0]
    gaz = gazetteer()
    return table.get(low, 0) < COMMON and not (low.endswith("s") and low[:-1] in table) and (
        speaker not in gaz.places and speaker not in gaz.orgs and low not in gaz.org_words)


def _written_inside(name: str, text: str) -> bool:
    """Is ``name`` written inside a sentence of ``text`` ('said Cruz', 'Ted Cruz') or after a
    title ('Rep. Zeldin'): a name there, not a capitalised word opening a sentence ('There')?"""
    at = text.find(" " + name)
    while at > 0:
        end = at + 1 + len(name)
        if end == len(text) or not text[end].isalnum():
            before = text[at - 1]
            if before == "," or before.islower():
                return True
            if text[:at].rsplit(None, 1)[-1].rstrip(".").lower() in TITLES:
                return True
        at = text.find(" " + name, at + 1)
    return False


@lru_cache(maxsize=4096)
def display_name(name: str) -> str:
    """A person's name as shown: no title or role before it, no 'of <state>' after one, no
    word after it in lower case ('Adviser Sidney Blumenthal' -> 'Sidney Blumenthal', 'Senator
    Ted Cruz of Texas' -> 'Ted Cruz', 'Sgt. Marty Earley with the Bloomington Police
    Department' -> 'Marty Earley', 'Mayor Bill de Blasio' -> 'Bill de Blasio', 'RNC Chief of
    Staff Katie Walsh' -> 'Katie Walsh'); two words at least stay, a title before a surname
    alone ('Lord Chancellor Lord Falconer' -> 'Lord Falconer')."""
    words = name.split()
    last = _last_role(words)
    if last < 0 or not words[0][:1].isupper() or FOR_SOMEONE & set(words[:last]):
        return name  # (not 'A spokesman for Mr Blair')
    if "of" in words[last + 2:]:
        words = words[: words.index("of", last + 2)]
    end = next((n for n in range(last + 2, len(words)) if words[n] in AFFILIATION), len(words))
    rest = words[last + 1: end]
    gaz = gazetteer()
    while rest and (rest[-1].islower() or rest[-1].lower() in gaz.role_ends):
        rest.pop()  # 'Lib Dem spokesman Ed Davey meanwhile', 'Frank Field MP'
    if any(w.endswith(("'s", "’s")) for w in rest):
        return name  # 'Chancellor Gordon Brown's closest ally'
    if len(rest) >= 2 and rest[0][:1].isupper() and all(
            (w[:1].isupper() or w in NAME_PARTICLES) and w not in gaz.org_words for w in rest):
        return " ".join(rest)  # 'Fulton County District Attorney Paul Howard'
    if len(rest) == 1 and rest[0][:1].isupper() and words[last].strip(".").lower() in TITLES:
        return f"{words[last]} {rest[0]}"
    return " ".join(words)


FOR_SOMEONE = wordset("for to by close")  # 'A spokesman for Mr Blair': someone else

# the lower-case words inside a person's name ('Bill de Blasio', 'Vincent van Gogh')
NAME_PARTICLES = frozenset(w for w in JOINERS if w.isalpha() and w not in FUNCTION_WORDS)


def _last_role(words: list[str]) -> int:
    """Where the last title or role word before a name stands in ``words`` ('PolitiFact
    Executive Director Aaron Sharockman': a role word before a given name, an initial or a
    title; 'Chief of Detectives Charlie Beck': the role's 'of' part with it), else -1."""
    roles = gazetteer().role_ends

    def opens_name(n: int) -> bool:
        return n < len(words) and (given_name(words[n]) or words[n].strip(".").lower() in TITLES
                                   or INITIAL.fullmatch(words[n]) is not None)

    last = max((n for n, w in enumerate(words) if w.strip(".").lower() in NOT_NAME or (
        w.lower() in roles and opens_name(n + 1))), default=-1)
    if last >= 0 and words[last + 1: last + 2] == ["of"] and opens_name(last + 3) \
            and words[last + 2][:1].isupper():
        last += 2  # 'Secretary of Energy Spencer Abraham'
    return last


# lower-case words a speaker phrase never ends with: it was cut in the middle of a phrase (the
# prepositions but those that may end one, 'talked about', 'the day before', and the articles)
_DANGLING = PREPOSITIONS - wordset("about after before since until") | ARTICLES


# a place written short, as US states are ('N.Y.', 'D.C.', 'Calif.', 'Fla.'); not 'F.B.I.'
_STATE_SHORT = re.compile(r"[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.")


def _known(phrase: str) -> bool:
    """Does the gazetteer know ``phrase`` as a place, an organisation or a people ('U.N.',
    'U.K.')?"""
    gaz = gazetteer()
    return bool(gaz.place(phrase) or phrase in gaz.orgs or phrase in gaz.demonyms)


def not_a_speaker(phrase: str) -> bool:
    """Is ``phrase`` a piece of a sentence rather than who speaks: an opening phrase ('Over
    the', 'Here in Columbia'), a verb phrase ('issued a statement Tuesday', 'Rattling off',
    'began', 'responded by'), an adverb alone ('pointedly'), a state written short
    ('N.Y.', 'Calif.')?"""
    words = phrase.split()
    first, low = words[0], words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    if low in NOT_SUBJECT:
        return True
    if _STATE_SHORT.fullmatch(phrase) and not _known(phrase):
        return True  # a state as written short ('Chappaqua, N.Y., speaking on …, said')
    if first.islower() and len(words) == 1 and (
            low in IRREGULAR_PAST or low.endswith(("ed", "ly")) or low in _EACH):
        return True  # ('…, each saying …': the subject speaks)
    verbal = (low.endswith("ed") and second in VERB_OBJECT) or (
        low.endswith("ing") and second in _ING_OBJECT)  # not 'polling by'
    return verbal and (first.islower() or first.endswith("ing"))


_EACH = frozenset(("each", "both", "all", "either", "neither"))


def _joined(between: str) -> bool:
    """Do the words ``between`` two names join them as two people ('Locke and Salazar',
    'Commerce Secretary Gary Locke and Interior Secretary Ken Salazar')?"""
    if not between.startswith(" and "):
        return False
    rest = between[5:].split()
    return len(rest) <= 3 and all(w[:1].isupper() for w in rest)


def _role_before(phrase: str, name: str) -> bool:
    """Does a role word stand right before ``name``'s last word in ``phrase`` ('Human Services
    spokesman Bill Hall')?"""
    words = phrase.split()
    last = name.split()[-1]
    at = next((n for n, w in enumerate(words) if w.strip(",.") == last), None)
    if at is None:
        return False
    before = [w.lower().strip(",.") for w in words[:at - len(name.split()) + 1]]
    return bool(before) and before[-1] in gazetteer().role_ends


def _of_two(low: str) -> bool:
    """Does a plural description speak of two ('the two men', 'both leaders', 'the pair')?"""
    words = _without_article(low)
    return bool(words) and words[0] in _TWO_WORDS


_TWO_WORDS = GROUP_WORDS - wordset("three four several trio")  # the ``GROUP_WORDS`` of two


def _one_person_described(speaker: str) -> bool:
    """'A neighbour', 'the friend', 'one local resident', 'a close friend of the family': one
    unnamed person (an article, at most three words, a head in ``PERSON_WORDS``)."""
    words = speaker.lower().split()
    return (len(_before_of(words)) in (2, 3, 4)
            and (words[0] in ARTICLES or words[0] in ("one", "another"))
            and _description_head(speaker) in PERSON_WORDS)


def _before_of(words: list[str]) -> list[str]:
    return words[: words.index("of")] if "of" in words else words


def _description_head(speaker: str) -> str:
    """The last word of a description before any 'of' ('friend' of 'a close friend of the
    family')."""
    head = _before_of(speaker.lower().split())
    return head[-1] if head else ""


def _plural_description(low: str) -> bool:
    """'the two men', 'both senators', 'the pair': a group described, not a name."""
    words = _without_article(low)
    return len(words) >= 1 and words[0] in GROUP_WORDS and (len(words) > 1 or low != "both")


def _without_article(low: str) -> list[str]:
    """The words of ``low`` after an article opening it."""
    words = low.split()
    return words[1:] if words and words[0] in ARTICLES else words


def _full_names(entities: Sequence[Entity]) -> dict[str, str]:
    """A one-word person ('Howard') or a title and a surname ('Msgr Farmer', which the tagger
    may take for an organisation) to the one person of the article with that surname
    ('Fulton County District Attorney Paul Howard' shown as 'Paul Howard', 'Msgr. Michael L.
    Farmer')."""
    by_surname: dict[str, set[str]] = {}
    for e in entities:
        shown = display_name(e.name)
        if (e.kind == "person" and " " in e.name and not _titled(e.name)) or (
                e.kind == "org" and shown != e.name):
            by_surname.setdefault(shown.split()[-1], set()).add(shown)
    out = {}
    for e in entities:
        titled = _titled(e.name) and len(e.name.split()) == 2
        if e.kind == "person" or titled:
            found = by_surname.get(e.name.split()[-1] if titled else e.name, set())
            if len(found) == 1:
                out[e.name] = next(iter(found))
    return out


def _titled(name: str) -> bool:
    """Does an abbreviated title open ``name`` ('Msgr Farmer', 'Cpl. Janice Leader')?"""
    words = name.split()
    return len(words) > 1 and words[0].rstrip(".") in TITLE_ABBREVIATIONS


# two capitalised words in a row, found at every word (a look-ahead: pairs may overlap)
_WORD_PAIR = re.compile(r"\b(?=([A-Z][\w’'-]+) ([A-Z][\w’'-]*))")


def _joined_names(statements: Sequence[Statement], entities: Sequence[Entity]
                  ) -> dict[str, str]:
    """One-word people the tagger split off a full name ('Mitch' and 'McConnell' of 'Mitch
    McConnell'), or named once with a first name it did not tag ('Judge James Bodiford'):
    each to the full name."""
    single = {e.name for e in entities if e.kind == "person" and " " not in e.name}
    out: dict[str, str] = {}
    if not single:
        return out
    first_names = gazetteer().first_names
    for st in statements:
        taken = 0  # word pairs do not overlap: 'A Mitch McConnell' is 'A Mitch' when both count
        for m in _WORD_PAIR.finditer(st.text):
            a, b = m.group(1), m.group(2)
            if b not in single or m.start() < taken:
                continue
            taken = m.start() + len(a) + 1 + len(b)
            if a != b and (a in single or a in first_names):
                out.setdefault(b, f"{a} {b}")  # 'James Bodiford' for 'Bodiford'
                if a in single:
                    out.setdefault(a, f"{a} {b}")
    return out


# a time phrase closing a speaker phrase ('Louisiana Gov. Bobby Jindal on Monday')
_TIME_TAIL = re.compile(rf"\b(?:(?:on|last|this|late|early) (?:{'|'.join(WEEKDAYS)}"
                        r"|week|month|year|night)|yesterday|today|tonight)\b")
FIRST_PERSON = wordset("i")
_DETERMINED = re.compile(r"\b(?:the|a|an|The|A|An) $")  # a name right after: a modifier
_NOUN_AFTER = re.compile(r" [a-z]+\b(?!’|')")  # … of the lower-case noun after it


def _described(phrase: str) -> bool:
    """Does a speaker phrase describe someone ('The party chairman', 'her nephew',
    'Biancardi's attorney'), not name them ('Cheryl Boone Isaacs') nor stand for a source
    ('police', 'According to police')?"""
    first = phrase.split()[0]
    return first.lower() in ARTICLES or first.lower() in POSSESSIVES or (
        first[:1].isupper() and first.endswith(("'s", "’s")))


def _after_apposed(rest: str) -> bool:
    """Does ``rest``, after 'DESCRIPTION, NAME', end the attribution ('', '.', 'said ...',
    'on Friday.', '32, of Coney Island.'), not go on with a clause of its own ('a top Clinton
    aide, sent the employee an email ...')? Short pieces between commas are details."""
    words = rest.split()
    return not words or words[0] in SPEECH_VERBS or all(
        len(piece.split()) <= APPOSED_DETAIL for piece in rest.split(","))


APPOSED_DETAIL = 4  # words of a detail after an apposed name ('of Coney Island', 'on Friday')
_APPOSED = re.compile(r", ([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?:,|\.?$)")
# the first words of a phrase that is not a subject, the last words of one that is unfinished,
# the words after a verb opening a phrase ('issued a statement', 'Rattling off promises')
NOT_SUBJECT = wordset("""over here there alongside after before during upon including much
    when while since until without within among despite although though because if having
    being""")  # ('Having told everyone he wanted …, he camped out': he speaks)
VERB_OBJECT = wordset("a an the his her their its off out up by upon to")
_ING_OBJECT = VERB_OBJECT - {"by", "to"}
_APPOSITION = re.compile(r", (?:the|a|an) ([\w’' -]{3,60}?),")
# role words and the abbreviations of titles, to the role they name
ROLE_WORDS = {w: w for w in wordset("""senator governor president mayor congressman
    congresswoman representative judge pope secretary minister ambassador general admiral
    sheriff chairman chairwoman speaker attorney prosecutor commissioner chief spokesman
    spokeswoman spokesperson superintendent coach manager captain lieutenant sergeant detective
    officer trooper inspector deputy chancellor premier councilman councilwoman commander
    director""")} | {
    "sen": "senator", "gov": "governor", "rep": "congressman", "representative": "congressman",
    "congresswoman": "congressman", "gen": "general", "chairwoman": "chairman"}


# a party and state after a name: 'Marco Rubio (R-Fla.)', 'Paul Ryan, R-Wis.,'
PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
_PARTY, _STATE = rf"([{''.join(PARTIES)}])", r"([A-Z][A-Za-z.]{1,8})"
_PARTY_TAG = re.compile(rf",? ?\(?{_PARTY}-{_STATE}")
# the same in a parenthesis, or a party alone: 'Nick Rahall (D)', 'Devin Nunes (R-Calif.)'
# a party tag after a politician's name, the writer's convention: '(D)', '(R-Texas)', '(I-Vt.)'
PAREN_PARTY = re.compile(rf"\({_PARTY}(?:-{_STATE})?\)")


# how long someone has served, no part of the role itself ('the two-term president')
_SERVED = re.compile(rf"(?:{'|'.join([*UNITS, 'ten'])}|\d{{1,2}})-(?:term|time|year)")


def _fits(want: set[str], got: set[str]) -> bool:
    """Does a role described by the words ``want`` fit a person described by ``got``: every
    word one of theirs, a state the one their party tag abbreviates ('the Florida senator'
    and 'Sen. Marco Rubio (R-Fla.)'), 'democratic' their 'democrat'?"""
    tags = [t[1:] for t in got if t.startswith("@")]
    return bool(got) and all(
        w in got or (w == "democratic" and "democrat" in got)
        or any(_abbreviates(t, w) for t in tags) for w in want)


def _abbreviates(short: str, name: str) -> bool:
    """Is ``short`` ('fla', 'wis', 'vt') a state's abbreviation of ``name`` ('florida'): its
    first letter and its other letters in order in the name, the name a known place?"""
    if not short or not name or short[0] != name[0] or gazetteer().place(name.title()) is None:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in short[1:])


def _modifiers(text: str) -> list[str]:
    """The last words of ``text`` that may describe a name after it ('Florida Sen.', 'the vice
    president'): up to four, after any comma, never back past a verb ('the president told
    The Atlantic's' gives Jeffrey Goldberg no role)."""
    words = re.split(r"[,;:(]", text)[-1].split()[-4:]
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if w.islower() and (w in IRREGULAR_PAST or w in SPEECH_VERBS or w.endswith("ed")):
            return words[n + 1:]
    return words


def _past_titles(text: str, s: int, e: int) -> int:
    """Where the name in ``text[s:e]`` starts after the titles opening it ('Sgt. ', 'Dr. ')."""
    titles = gazetteer().titles
    at = s
    while True:
        word, _, rest = text[at:e].partition(" ")
        if not rest or word.rstrip(".") not in titles:
            return at
        at += len(word) + 1


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


def _without_adverbs(text: str, s: int, e: int) -> int:
    """Where a speaker phrase ends without the adverbs in -ly closing it after a name
    ('Hillary Clinton sternly', 'Rubio only briefly'; not 'who wasn't authorized to speak
    publicly')."""
    head, _, last = text[s:e].rpartition(" ")
    while head.strip() and ly_adverb(last) and head.split()[-1][:1].isupper():
        e = s + len(head.rstrip())
        head, _, last = text[s:e].rpartition(" ")
    return e
