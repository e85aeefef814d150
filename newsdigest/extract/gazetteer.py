"""The small shipped gazetteer (``data/gazetteer.json``): countries with their variants and
demonyms, cities, regions, news outlets, organisations, first names with nicknames, a role
ontology, and words for groups of people (religions, ethnic and political groups). Loaded
lazily, once; every lookup is a dict/set probe."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..words import TITLE_ABBREVIATIONS

CITY, COUNTRY, REGION = 1, 2, 3  # kinds of place (``Gazetteer.place_kind``); 0: unknown
# national capitals, where wires file a country's national news whatever happened where
# ('WASHINGTON (AP) — Bernie Sanders scored a big win in the Democrats Abroad primary'): a
# dateline naming one is the desk, not surely the event's place
CAPITALS = frozenset((
    "Washington", "London", "Paris", "Berlin", "Moscow", "Beijing", "Tokyo", "Rome", "Madrid",
    "Ottawa", "Canberra", "New Delhi", "Brussels", "Athens", "Ankara", "Tehran", "Cairo",
    "Jerusalem", "Kabul", "Baghdad", "Damascus", "Islamabad", "Seoul", "Mexico City",
    "Brasilia", "Buenos Aires", "Nairobi", "Pretoria", "Kiev", "Kyiv", "Warsaw", "Vienna",
    "Stockholm", "Oslo", "Copenhagen", "Dublin", "Lisbon", "Amsterdam", "Bern", "Manila",
    "Jakarta", "Bangkok", "Hanoi", "Riyadh", "Beirut", "Amman", "Havana", "Caracas", "Bogota",
    "Lima", "Santiago", "Wellington", "Singapore", "Kuala Lumpur", "Abuja", "Addis Ababa"))

@dataclass(frozen=True)
class Gazetteer:
    """The shipped lists of places, outlets, organisations, names and roles, indexed."""

    places: dict[str, str]  # form as written -> canonical place
    demonyms: dict[str, str]  # 'Russian' -> 'Russia', 'U.S.' -> 'United States'
    outlets: dict[str, str]  # form -> canonical outlet
    orgs: dict[str, str]  # form -> canonical organisation (outlets included)
    org_words: frozenset[str]
    first_names: frozenset[str]
    census_names: frozenset[str]  # common US given names besides (data/given_names.txt)
    nick_groups: dict[str, frozenset[int]]  # first name -> ids of its nickname groups
    roles: dict[str, frozenset[str]]  # role -> itself and everything it implies
    role_aliases: dict[str, str]
    titles: frozenset[str]
    modifiers: frozenset[str]
    currency_words: dict[str, str]
    role_re: re.Pattern[str]  # any role word or phrase, longest first
    role_ends: frozenset[str]  # the last word of every role phrase, lower case ('minister')
    heads: dict[str, int]  # first word of every place and organisation -> its most words
    cities: frozenset[str]  # the cities the places hold
    groups: frozenset[str]  # 'Muslims', 'Latino', 'Republicans': groups, never one person

    def role_of(self, phrase: str) -> str | None:
        """Canonical role for a role phrase ('FM' -> 'foreign minister'), else None."""
        key = " ".join(phrase.lower().split())
        key = self.role_aliases.get(key, key)
        if key in self.roles:
            return key
        if key.endswith(" minister"):
            return "minister"
        if key.endswith(" secretary"):
            return "secretary"
        return None

    def implies(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset({role}))

    def place(self, form: str) -> str | None:
        return self.places.get(form)

    def place_kind(self, place: str) -> int:
        """``CITY``, ``COUNTRY`` or ``REGION`` (a state, a sea …) for a place the gazetteer
        knows, by its first part ('Sochi, Russia' is a city), else 0: only two places of one
        kind tell events apart (Athens and Greece may be one riot; 'Mount Cook National Park'
        may lie in 'New Zealand')."""
        canon = self.place(place.split(",")[0].strip())
        if canon is None:
            return 0
        if canon in self.cities:
            return CITY
        return COUNTRY if self.nationality(canon) == canon else REGION

    def is_group(self, word: str) -> bool:
        """A word for a group of people, never one person's name: a religion, an ethnic or
        political group ('Muslims', 'Latino', 'Republicans') or a demonym ('Americans')."""
        return (word in self.groups or word in self.demonyms
                or (word.endswith("s") and word[:-1] in self.demonyms)
                or self.people_of(word) is not None)

    def people_of(self, word: str) -> str | None:
        """The known place whose people a plural demonym names ('Iowans', 'Ohioans',
        'Floridians', 'Texans', 'Bostonians'), else None."""
        if not word.endswith("ans") or not word[:1].isupper():
            return None
        stems = (word[:-2], word[:-3], word[:-4], word[:-4] + "a", word[:-3] + "as",
                 word[:-3] + "o")
        return next((p for p in map(self.places.get, stems) if p is not None), None)

    def nationality(self, form: str) -> str | None:
        """Country for a demonym, a country name or its possessive ('Russia's')."""
        form = form.removesuffix("'s").removesuffix("’s")
        got = self.demonyms.get(form)
        if got is None:
            place = self.places.get(form)
            if place is not None and place in self.demonyms.values():
                got = place
        return got


def wordset(words: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``words``."""
    return frozenset(words.split())


def _closure(roles: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for role in roles:
        seen = {role}
        todo = list(roles[role])
        while todo:
            r = todo.pop()
            if r not in seen:
                seen.add(r)
                todo.extend(roles.get(r, ()))
        out[role] = frozenset(seen)
    return out


def _alternation(phrases: Iterable[str]) -> str:
    """Literal alternation, longest first so 'foreign minister' wins over 'minister'."""
    words = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _forms(rows: list[list[Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, variants in rows:
        out[name] = name
        for v in variants:
            out.setdefault(v, name)
            if v.startswith("the "):
                out.setdefault(v[4:], name)
    return out


def _name_list(name: str) -> frozenset[str]:
    """The names of a shipped list, one a line (lines opening with '#' are its header)."""
    from .. import shipped

    lines = shipped(name).decode("utf-8").splitlines()
    return frozenset(n for n in lines if n and not n.startswith("#"))


def _census_names() -> frozenset[str]:
    """The common US given names of ``data/given_names.txt`` (1990 Census; see its header)."""
    return _name_list("given_names.txt")


@cache
def towns() -> frozenset[str]:
    """Names of towns and cities of 50,000 people or more the gazetteer itself does not list
    (``data/cities.txt``, from GeoNames: see ``tools/build_cities.py``), read at first use."""
    return _name_list("cities.txt")


@cache
def load() -> Gazetteer:
    from .. import shipped

    data = json.loads(shipped("gazetteer.json"))
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name, variants, dems in data["countries"]:
        places[name] = name
        for v in (*variants, *_compass_short(name)):
            places.setdefault(v.removeprefix("the "), name)
        for d in dems:
            demonyms.setdefault(d, name)
    for key in ("cities", "states", "regions"):
        for name in data[key]:
            places.setdefault(name.removeprefix("the "), name.removeprefix("the "))
    for alias, name in data["place_aliases"].items():
        places[alias.removeprefix("the ")] = name
    outlets = _forms(data["outlets"])
    orgs = _forms(data["orgs"])
    orgs.update(outlets)
    nick: dict[str, set[int]] = {}
    for i, group in enumerate(data["nicknames"]):
        for n in group:
            nick.setdefault(n, set()).add(i)
    roles = _closure(data["roles"])
    aliases: dict[str, str] = data["role_aliases"]
    role_words = [*roles, *aliases]
    role_re = re.compile(rf"\b(?:{_alternation(role_words)})\b", re.IGNORECASE)
    return Gazetteer(
        places=places,
        demonyms=demonyms,
        outlets=outlets,
        orgs=orgs,
        org_words=frozenset(data["org_words"]),
        first_names=frozenset(data["first_names"]) | frozenset(nick),
        census_names=_census_names(),
        nick_groups={k: frozenset(v) for k, v in nick.items()},
        roles=roles,
        role_aliases=aliases,
        titles=frozenset(data["titles"]) | TITLE_ABBREVIATIONS,  # (written short: Sgt, Capt)
        modifiers=frozenset(data["role_modifiers"]),
        currency_words=data["currency_words"],
        cities=frozenset(data["cities"]),
        groups=frozenset(data["groups"]),
        role_re=role_re,
        role_ends=frozenset(w.split()[-1].split("-")[-1] for w in role_words),
        heads=_heads([*places, *orgs]),
    )


_COMPASS = ("North", "South", "East", "West")


def _compass_short(name: str) -> list[str]:
    """How headlines shorten a country named by a point of the compass: 'South Korea' ->
    'S. Korea', 'S Korea'."""
    first, _, rest = name.partition(" ")
    if first not in _COMPASS or not rest:
        return []
    return [f"{first[0]}. {rest}", f"{first[0]} {rest}"]


def _heads(forms: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for form in forms:
        words = form.split(" ")
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out
