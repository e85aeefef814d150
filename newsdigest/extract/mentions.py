"""Name mentions in statements. The tagger (``ner``) finds the people, places and
organisations; named rules then read what the text says around a person (a title or role
before the name: 'Russian Foreign Minister Sergei Lavrov', 'foreign minister Sergei Lavrov';
an appositive after it: 'Sergei Lavrov, Russia's foreign minister,'), give places and
organisations their canonical gazetteer names ('Britain' -> 'United Kingdom'), make one
name one kind throughout an article, and add gazetteer names the tagger missed. Before that
they leave out names the tagger is unsure of everywhere in the article (``MIN_MARGIN``),
tidy junk off names ('London-based Levy', 'University of California and'), and split an
organisation 'of' a country ('Samsung of South Korea'). Also the quotation scanner shared
with ``quotes``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import FUNCTION_WORDS, common_word, vocabulary
from ..model import EntityKind, Statement
from ..segment import STARTERS, single_quotes
from ..words import PARTY_NAMES, PARTY_WORDS, SPEECH_VERB_RE, TITLE_ABBREVIATIONS, is_credential
from .gazetteer import Gazetteer, towns, wordset
from .gazetteer import load as gazetteer
from .given_names import PERSON_WORDS, given_name
from .ner import CALENDAR, JOINERS, Span, known_kind

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")
# a run of capitalised words, joined by spaces or by 'of (the)' and name particles; not after
# a letter, apostrophe, dot or hyphen (looked back at after the capital: a pattern opening
# with a class of letters is searched much faster than one opening with a look-behind)
NAME_RE = re.compile(
    rf"[{_UP}](?<![\w’'.\-].)[\w’'.\-]*"
    rf"(?:(?:[ ]|[ ]of[ ](?:the[ ])?|[ ](?:de|da|del|van|von|bin|al|der|la|le|du)[ ])"
    rf"[{_UP}][\w’'.\-]*)*"
)
DETERMINERS = wordset("the a his her their")


@lru_cache(maxsize=1024)  # the gazetteer names and the cited outlets both read them
def name_runs(text: str) -> tuple[re.Match[str], ...]:
    """The runs of capitalised words (``NAME_RE``) in a statement's text."""
    return tuple(NAME_RE.finditer(text))


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1024)  # quotes, figures and role phrases all look for cue words in it
def words_in(text: str) -> tuple[str, ...]:
    """The whole words of a text (runs of word characters), as written."""
    return tuple(_WORD.findall(text))


@dataclass
class Mention:
    """A name in a statement, with its kind when known."""

    statement: int
    start: int  # offset in the statement text
    end: int
    form: str  # the name as written, without roles and possessive
    kind: EntityKind | None
    in_quote: bool = False
    roles: frozenset[str] = frozenset()
    nationality: str | None = None
    evidence: bool = False  # role, title or speech verb says this is a person
    key: str = ""  # canonical name, once merged
    raw: str = ""  # the form as written when ``form`` is a canonical name ('Britain')


_STRIPPED = (".", "'", "’", "'s", "’s", "-")  # how a word ends that ``strip_token`` changes


def strip_token(tok: str) -> str:
    for end in ("’s", "'s", "’", "'"):
        if tok.endswith(end) and len(tok) > len(end) + 1:
            tok = tok[: -len(end)]
            break
    if tok.endswith(".") and not _INITIALISM.fullmatch(tok):
        tok = tok.rstrip(".")
    return tok.strip("-’'")


QUOTE_MARK = re.compile(r"[\"“”«»„]")


def quote_spans(text: str, carry: bool = False, single: bool = False,
                ) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each quotation of ``text`` (straight or curly
    double quotes, guillemets; curly single quotes when the text has no double ones);
    ``carry`` means a quotation is open at the start (it began in an earlier statement),
    ``single`` that it was opened by a single quote. An unclosed quotation runs to the end."""
    return quote_spans_kind(text, carry, single)[0]


def quote_spans_kind(text: str, carry: bool = False, single: bool = False,
                     ) -> tuple[list[tuple[int, int, bool]], bool]:
    """``quote_spans`` and whether its quotations are single-quoted."""
    spans, kind = _quote_spans_kind(text, carry, single)
    return list(spans), kind


@lru_cache(maxsize=1024)  # the extractors ask for the quotations of a statement several times
def _quote_spans_kind(text: str, carry: bool, single: bool,
                      ) -> tuple[tuple[tuple[int, int, bool], ...], bool]:
    if carry and single:
        return tuple(single_quotes(text, 0, len(text), carry)), True
    if not (carry or QUOTE_MARK.search(text)) and ("‘" in text or "'" in text):
        spans = tuple(single_quotes(text, 0, len(text)))
        if spans or "‘" in text:  # straight quotes count only as quotations that close:
            return spans, True  # a British paper's 'quote'
    return tuple(_double_spans(text, carry)), False


def _double_spans(text: str, carry: bool) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    open_at = 0 if carry else -1
    opener = ""  # the mark that opened the quotation open now
    marks = list(QUOTE_MARK.finditer(text))
    for n, m in enumerate(marks):
        i, ch = m.start(), m.group()
        if carry and i == 0 and ch in "\"“«„":
            open_at = 1  # the new paragraph of a continued quotation opens it again
            continue
        if ch in "\"”" and _inches(text, i):
            continue  # a height, no mark: 'He's 6’2”'
        if open_at >= 0 and opener == "”":  # a pair typed the wrong way round ends here
            opening = ch != "“"
        else:
            opening = _opening(text, i, ch, open_at >= 0,
                               marks[n + 1].group() if n + 1 < len(marks) else "")
        if opening and open_at < 0:
            open_at, opener = i + 1, ch
        elif not opening and open_at >= 0:
            spans.append((open_at, i, True))
            open_at, opener = -1, ""
    if open_at >= 0:
        spans.append((open_at, len(text), False))
    return spans


def _inches(text: str, i: int) -> bool:
    """Is the mark at ``text[i]`` the inches of a height ('6’2”', "5'11\"")?"""
    inches = 2 if i >= 4 and text[i - 2: i].isdigit() else 1
    return i > inches + 1 and text[i - inches: i].isdigit() and text[i - inches - 1] in "'’" \
        and text[i - inches - 2].isdigit()


def _opening(text: str, i: int, ch: str, is_open: bool, next_mark: str) -> bool:
    """Does the quotation mark ``ch`` at ``text[i]`` open a quotation? A straight mark opens
    after a space or at the start, and where nothing is open also glued between two words
    ('in the EU"because of its"precarious debt dynamics"'); a curly one as its shape says,
    except an opening shape typed for a closing one (``_typed_for_closing``), and a closing
    shape after a space with nothing open whose next mark is an opening one, a pair typed the
    wrong way round ('their ” 15 Most Wanted “ list')."""
    before = text[i - 1] if i else " "
    after = text[i + 1: i + 2]
    if ch == '"':
        return not is_open and (not (before.isalnum() or before in ".,!?;:…") or (
            before.isalnum() and after.isalpha()))
    if ch in "“«„":
        return not (ch == "“" and _typed_for_closing(text, i))
    return not is_open and ch == "”" and before.isspace() and next_mark == "“"


def _typed_for_closing(text: str, i: int) -> bool:
    """Is the opening mark “ at ``text[i]`` one typed for a closing mark: after a word or a
    stop and before a lower-case word ('…here,“ said Jim Clyburn'), or before a comma or a
    stop ('there goes the orchestra “, the comedian said')?"""
    before, after = text[i - 1: i] or " ", text[i + 1: i + 3]
    return ((before.isalnum() or before in ",.?!") and after[:1] == " " and after[1:].islower()
            ) or after[:1] in (",", ".", ";", ":")


def in_quotes(text: str) -> list[tuple[int, int]]:
    return list(_in_quotes(text))


@lru_cache(maxsize=1024)
def _in_quotes(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((a, b) for a, b, _ in _quote_spans_kind(text, False, False)[0])


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of these sorted, disjoint spans?"""
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _role_before(text: str, s: int, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """A lower-case role right before a name ('foreign minister Sergei Lavrov') and the
    nationality before that ('Russia's foreign minister')."""
    window = text[max(0, s - 60): s]
    before = window.split()
    if not before or before[-1].lower().split("-")[-1] not in gaz.role_ends:
        return None, None
    last = None
    for m in gaz.role_re.finditer(window):
        last = m
    if last is None or window[last.end():].strip() or last.end() == len(window):
        return None, None
    role = gaz.role_of(last.group(0))
    words = window[: last.start()].split()
    while words and words[-1].lower() in gaz.modifiers:
        words.pop()
    nat = gaz.nationality(words[-1].strip(",")) if words else None
    return role, nat


def _role_after(text: str, e: int, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """An appositive role: 'Sergei Lavrov, Russia's foreign minister,' / ', the minister'."""
    rest = text[e: e + 60]
    if not rest.startswith(", "):
        return None, None
    words = rest[2:].split(",", 1)[0].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    nat = None
    if words and gaz.nationality(words[0]):
        nat = gaz.nationality(words[0])
        words = words[1:]
    while words and words[0].lower() in gaz.modifiers:
        words = words[1:]
    phrase = " ".join(words)
    m = gaz.role_re.match(phrase)
    if m is None or m.end() != len(phrase):
        return None, None
    return gaz.role_of(m.group(0)), nat


def find_mentions(statements: Sequence[Statement], gaz: Gazetteer | None = None
                  ) -> list[Mention]:
    """The people, places and organisations named in an article's statements, in order."""
    from .ner import tagger

    gaz = gaz or gazetteer()
    texts = [st.text for st in statements]
    tagged = [_surname_after(_place_word_after(_org_word_after(sp, texts[sp.line], gaz),
                                               texts[sp.line], gaz), texts[sp.line], gaz)
              for sp in _person_then_org(tagger().tag(texts), texts, gaz)]
    teams = _teams(statements, tagged, gaz)
    tidy = (_tidy(sp) for sp in _confident(tagged, texts, gaz))
    spans = [named for sp in tidy if sp is not None
             for player in _team_player(_team(sp, teams, gaz)) for part in _of_place(player, gaz)
             for named in _party_and_home(_after_role(_office_holder(
                 _left_word(part, texts[part.line], gaz), texts[part.line], gaz), gaz), gaz)]
    spans = [_named_person(sp, teams, gaz) for sp in _pairs_apart(spans)
             if not _hashtag(sp, texts[sp.line], gaz)
             and not _quoted_title(sp, texts[sp.line], gaz)]
    kinds, ours = _kind_by_form(spans, gaz, _companies(spans, texts, gaz),
                                _said_he_or_she(spans, texts, gaz)
                                | _described_people(spans, texts, gaz)
                                | _titled_people(spans, texts, gaz))
    out: list[Mention] = []
    quoted: dict[int, list[tuple[int, int]]] = {}
    awards = {sp.form.split()[0] for sp in spans  # 'a best-actor Tony' of 'the Tony Awards'
              if sp.form.count(" ") == 1 and sp.form.rsplit(" ", 1)[-1] in EVENT_ENDS}
    for sp in spans:
        st = statements[sp.line]
        if sp.form in awards and kinds[sp.form] == "PER":
            continue
        kind = KINDS.get(kinds[sp.form])
        if kind is None:
            body = _national_body(sp, st.text, gaz)
            sp, kind = (body, "org") if body else (sp, KINDS.get(ours.get(sp.form, "")))
        if kind is None or _another_kind(sp.form, st.text, sp.end):
            continue  # another kind of name: 'German', 'World Cup', 'Alzheimer's disease'

        if st.index not in quoted:
            quoted[st.index] = in_quotes(st.text)
        out.append(_mention(st, sp.start, sp.end, sp.form, kind, quoted[st.index], gaz))
    out += _gazetteer_names(statements, out, gaz)  # may drop some of ``out``
    out += _missed_people(statements, out, gaz)
    out += _given_and_surname(statements, out, gaz)  # may drop some of ``out``
    out.sort(key=lambda m: (m.statement, m.start))
    return out


# the last word of the name of an award, a contest or a festival, never of a person, place or
# organisation ('Tony Awards', 'Emmy Award', 'Nobel Prize', 'Olympic Games', 'World Cup')
EVENT_ENDS = wordset("Award Awards Prize Prizes Games Olympics Cup Festival Championship "
                     "Championships Trophy Medal Oscars")
# the word before 'Time' in a time zone's name ('Eastern Standard Time', 'Pacific Time')
_ZONE_WORDS = wordset("Standard Daylight Mean Summer Eastern Central Mountain Pacific Atlantic "
                      "Universal")
# what names a disease after a person's name ('Alzheimer's disease'), or a scandal after a
# word in '-gate' ('the Watergate scandal')
_NAMES_ANOTHER = re.compile(r"['’]s[ ](?:disease|syndrome|disorder)\b|[ ]scandal\b")


def _named_person(sp: Span, teams: frozenset[str], gaz: Gazetteer) -> Span:
    """An 'organisation' of two words that is a given name and a surname no common word, and
    no organisation, outlet, team or place the gazetteer or the article knows, is that person
    ('a former Mitt Romney aide', 'Green Party candidate Jill Stein 3 percent'; not 'Gordon
    Advisors', 'Al Jazeera', 'Carolina Panthers', 'Marion County', 'Crystal Springs')."""
    last = sp.form.rsplit(" ", 1)[-1]
    if (sp.kind != "ORG" or sp.form.count(" ") != 1 or not _given_first(sp.form, gaz)
            or known_kind(sp.form, gaz) is not None or sp.form in gaz.outlets
            or last in gaz.org_words or last in teams or sp.form in teams
            or last in _AREAS or last in _PLACE_ENDS or last in PLACE_PLURALS):
        return sp
    return replace(sp, kind="PER")


def _hashtag(sp: Span, text: str, gaz: Gazetteer) -> bool:
    """Is the name a hashtag ('#GOPDebate', '#Justdoit', '#RechercheParis') the gazetteer does
    not know as a place or an organisation ('#California' stays California)?"""
    return text[sp.start - 1: sp.start] == "#" and known_kind(sp.form, gaz) is None


_TITLE_OPEN = re.compile(r"[\"“„«](?:The |A |An )?$")
_TITLE_CLOSE = re.compile(r"[,.!?]?[\"”»]")


def _quoted_title(sp: Span, text: str, gaz: Gazetteer) -> bool:
    """Is the name all a quotation holds (perhaps after 'The' or 'A'): the title of a work
    ('directed "The Golden Compass,"', 'will star in "Moon,"'), no person, place or
    organisation, unless the gazetteer knows it as one?"""
    return (_TITLE_OPEN.search(text, max(0, sp.start - 5), sp.start) is not None
            and _TITLE_CLOSE.match(text, sp.end) is not None
            and known_kind(sp.form, gaz) is None)


def _another_kind(form: str, text: str, end: int) -> bool:
    """Is the name an award, a contest, a disease, a scandal or a time zone ('Eastern
    Standard Time') rather than a person, place or organisation?"""
    words = form.split()
    if words[-1] in EVENT_ENDS or (len(words) > 1 and words[-1] == "Time"
                                   and words[-2] in _ZONE_WORDS):
        return True
    m = _NAMES_ANOTHER.match(text, end)
    return m is not None and (m.group().startswith(("'", "’")) or form.endswith("gate"))


def _pairs_apart(spans: Sequence[Span]) -> list[Span]:
    """A name 'X and Y' whose parts the article names each on its own (as a name or the last
    word of one) is two names: 'Locke and Salazar' after 'Gary Locke' and 'Ken Salazar',
    'Nationals and Orioles' after 'Washington Nationals' and 'Baltimore Orioles'; each takes the
    kind of the name it repeats. ('Procter and Gamble' stays one.)"""
    named: dict[str, str] = {}
    for sp in spans:
        if " and " not in sp.form:
            named.setdefault(sp.form, sp.kind)
            named.setdefault(sp.form.rsplit(" ", 1)[-1], sp.kind)
    out: list[Span] = []
    for sp in spans:
        left, joined, right = sp.form.partition(" and ")
        if not joined or left not in named or right not in named or (
                len(sp.form) != sp.end - sp.start):
            out.append(sp)
            continue
        out.append(replace(sp, end=sp.start + len(left), form=left, kind=named[left]))
        out.append(replace(sp, start=sp.end - len(right), form=right, kind=named[right]))
    return out


KINDS: dict[str, EntityKind] = {"PER": "person", "LOC": "place", "ORG": "org"}
# a name the tagger is this unsure of wherever the article has it is left out (its least
# lead of a tag over the next). Tuned on CoNLL testa with the shipped model (retune after
# retraining): recall / precision 89.5 / 88.2 at 0, 88.1 / 89.6 at 2, 86.9 / 90.8 at 3.5,
# 86.0 / 91.6 at 5; 3.5 leaves both targets (85 / 90) some room.
MIN_MARGIN = 3.5


def _confident(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer) -> list[Span]:
    """The names the tagger is sure enough of somewhere in the article, people whose
    surname it is sure of ('Alex O'Brien' ... 'O'Brien'; 'Ruud Gullit' ... 'Gullit'), and
    people it is unsure of whose name opens with a given name ('Kristen Soltis Anderson
    dissects why …', ``_given``) or follows a role word ('Fox News host Megyn Kelly')."""
    best: dict[str, float] = {}
    for sp in spans:
        best[sp.form] = max(best.get(sp.form, 0.0), sp.margin)
    sure = {form for form, m in best.items() if m >= MIN_MARGIN}
    surnames = {sp.form.rsplit(" ", 1)[-1] for sp in spans
                if sp.kind == "PER" and sp.form in sure}
    return [sp for sp in spans if sp.form in sure or (
        sp.kind == "LOC" and " " in sp.form and gaz.place(sp.form) is not None) or (
        sp.kind == "PER" and (sp.form.rsplit(" ", 1)[-1] in surnames
                              or _given_first(sp.form, gaz)
                              or _role_word_before(texts[sp.line], sp.start, gaz)))]


def _role_word_before(text: str, start: int, gaz: Gazetteer) -> bool:
    """Does a role word in lower case stand right before ``start`` ('Fox News host Megyn
    Kelly', 'Democratic pollster Stan Greenberg')?"""
    before = text[max(0, start - 20): start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in gaz.role_ends


def _given_first(form: str, gaz: Gazetteer) -> bool:
    """Does a name of two or three capitalised words open with a given name and end in a
    surname that is no common word ('Kristen Soltis Anderson'; not 'Mason City', 'Andrea
    Mitchell Reports')?"""
    words = form.split(" ")
    return 2 <= len(words) <= 3 and _given(words[0], gaz) and all(
        w[:1].isupper() and w.isalpha() for w in words[1:]) and not common_word(words[-1])


_ORG_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z]| of | for )")  # not '... of Technology'


def _org_word_after(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """A name followed by an organisation word the tagger left out ('Labor' + 'Department'),
    or an unsure other kind of name ending in one ('Labor Department' as MISC; not a sure
    'American League'), is that organisation, whatever the tagger's doubt."""
    if (sp.kind == "MISC" and sp.margin < MIN_MARGIN and " " in sp.form
            and sp.form.rsplit(" ", 1)[-1] in gaz.org_words):
        return replace(sp, kind="ORG", margin=MIN_MARGIN)
    m = _ORG_WORD_AFTER.match(text, sp.end)
    if m is None or m.group(1) not in gaz.org_words or sp.kind == "PER":
        return sp
    return replace(sp, end=m.end(), kind="ORG", form=f"{sp.form} {m.group(1)}",
                   margin=max(sp.margin, MIN_MARGIN))


# a surname with a capital inside, which the tagger often leaves off a first name: 'LaRue',
# 'MacArthur', 'DeGeneres', 'McCain'
_INNER_CAPITAL = re.compile(r" ((?:[A-Z][a-z]{1,3}|O')[A-Z][a-z]+)\b")


def _surname_after(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """A known first name alone, or with a middle name, followed by a surname with a capital
    inside is one person ('Fred' + 'LaRue', 'Douglas' + 'MacArthur', 'Frederick Cheney' +
    'LaRue')."""
    words = sp.form.split(" ")
    if sp.kind != "PER" or len(words) > 2 or words[0] not in gaz.first_names:
        return sp
    m = _INNER_CAPITAL.match(text, sp.end)
    if m is None:
        return sp
    return replace(sp, end=m.end(), form=f"{sp.form} {m.group(1)}")


# a lower-case word after a name that makes it a place: '61 in Mary region', 'Aceh province',
# a town's native or residents (not 'county': 'Essex county' is a cricket club in CoNLL-2003)
_PLACE_WORD_AFTER = re.compile(r" (?:region|province|district|oblast|prefecture|governorate|"
                               r"municipality|natives?|residents?)\b")  # ('the Poplar Bluff
# native', 'Millom residents')


def _place_word_after(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """A name followed by a lower-case word for a part of a country is a place, whatever the
    tagger took it for ('Mary region' is no person); so is a name ending in a word for a
    place no person's name ends in ('Bruce Township', 'Gwinnett County', 'Roosevelt
    Boulevard'; an island or a street, never an organisation: 'Coney Island'), and a place
    the tagger doubts is sure when its name ends so ('Palm Beach County'). A name and the
    lower-case word after it that the gazetteer knows as a place are that place ('Korean' +
    'peninsula')."""
    m = _LOWER_WORD_AFTER.match(text, sp.end)
    if m is not None and gaz.place(whole := f"{sp.form} {m.group(1)}") is not None:
        return replace(sp, end=m.end(), kind="LOC", form=whole, margin=max(sp.margin, MIN_MARGIN))
    head = sp.form.rsplit(" ", 1)[-1] if " " in sp.form else ""
    if sp.kind == "LOC":
        sure = head in _AREAS or head in _PLACE_ENDS
        return replace(sp, margin=max(sp.margin, MIN_MARGIN)) if sure else sp
    word_after = (_PLACE_WORD_AFTER.match(text, sp.end) is not None
                  and sp.form.rsplit("-", 1)[-1] not in gaz.demonyms)  # (not 'African-American
    # residents')
    if not (word_after or head in _PLACE_ENDS or (head in _AREAS and sp.kind != "ORG")):
        return sp
    return replace(sp, kind="LOC", margin=max(sp.margin, MIN_MARGIN))


# a lower-case word right after a name, which may make a place with it ('Korean' + 'peninsula')
_LOWER_WORD_AFTER = re.compile(r" ([a-z]{3,})\b")
# the last word of a place's name that ends no person's name: an area (a county may also be
# its government: 'Gwinnett County said' stays an organisation) or an island or road (not
# ner.SITES, the heads of bodies that are also buildings)
_AREAS = wordset("County Township Parish Borough")
_PLACE_ENDS = wordset("Island Islands Boulevard Avenue Street Highway Freeway Expressway")


# a word that opens the next sentence when a name runs into it, no name's last word
_NEXT_SENTENCE = frozenset(("He", "She", "It", "They", "We", "This", "That", "There", "But",
                            "However"))
# a word ending so is an adjective made of a name: 'London-based', 'Bush-style'
ADJECTIVE_ENDS = ("-based", "-born", "-style", "-led", "-backed", "-owned", "-run", "-bound")
TITLES = wordset("Mr Mrs Ms Dr")  # left for ``_after_role``
ARTICLES = wordset("The A An")


# initialisms of common things, never a name ('on suspicion of DUI', 'performed CPR', 'a
# new SUV')
COMMON_ACRONYMS = wordset("DUI DWI OWI OUI CPR ATM ATMs GPS DNA SUV SUVs ICU MVP GDP CEO CEOs "
                          "CFO COO IPO IPOs")


def _tidy(sp: Span) -> Span | None:
    """A name without a joining word at its end ('University of California and'), a word
    that starts a sentence before a person ('If Microsoft'), or an adjective made of a name
    ('London-based Levy' -> 'Levy', 'Bush-style' -> 'Bush'); None when nothing is left, for
    a degree ('M. D.'), a 'person' after an article ('The Incredibles') or one made of common
    words ('Vehicular Manslaughter')."""
    form = sp.form
    if is_credential(form) or form in COMMON_ACRONYMS:
        return None  # 'M. D.' after a name; 'arrested on suspicion of DUI'
    if sp.kind == "PER" and _common_words(form):
        return None  # 'Vehicular Manslaughter': a charge, no person
    if form.endswith(".") and form[:-1] in TITLE_ABBREVIATIONS:
        return None  # a title alone: 'Sen.' of 'Sen. David Perdue' read as a place
    head, _, last = form.rpartition(" ")
    if (last in _NEXT_SENTENCE and len(form) == sp.end - sp.start
            and known_kind(head, gazetteer()) is not None):
        # 'Iowa It' of 'showing in Iowa It's important': the full stop is missing (not 'Fix
        # It', 'Sea Me We')
        form = head
        sp = replace(sp, end=sp.start + len(form), form=form)
    if len(form) != sp.end - sp.start or ("-" not in form and (" " not in form or (
            form.rsplit(" ", 1)[1].lower() not in JOINERS
            and form.split(" ", 1)[0] not in STARTERS))):
        return sp  # nothing to tidy, or not as written in the text
    start, words = sp.start, form.split(" ")
    if sp.kind == "PER" and len(words) > 1 and words[0] in ARTICLES:
        return None  # not a person: 'The Incredibles', 'The Sims'
    while len(words) > 1 and (words[0].endswith(ADJECTIVE_ENDS) or (
            sp.kind == "PER" and words[0] in STARTERS and words[0] not in TITLES)):
        start += len(words.pop(0)) + 1
    while words and (words[-1] in JOINERS or (words[-1].isupper()
                                              and words[-1].lower() in JOINERS)):
        words.pop()  # 'LITHUANIA IN' in a headline
    if words and words[-1].endswith(ADJECTIVE_ENDS):
        words[-1] = words[-1].rsplit("-", 1)[0]
    if not words or (len(words) == 1 and words[0].endswith(ADJECTIVE_ENDS)):
        return None
    form = " ".join(words)
    return replace(sp, start=start, end=start + len(form), form=form)


def _common_words(form: str) -> bool:
    """Is a name of two words or more made of common lower-case words alone, the first no
    given name ('Vehicular Manslaughter'; not 'Will Smith', 'Mark Price')?"""
    words = form.split()
    return len(words) > 1 and not given_name(words[0]) and all(
        w.isalpha() and common_word(w) for w in words)


# a plural that ends a place's name ('Colorado Springs', 'Cayman Islands'): no team
PLACE_PLURALS = wordset("Springs Falls Islands Heights Hills Rapids Plains Mountains Lakes Keys "
                        "Isles Territories States Emirates Lands Woods Meadows Sands Gardens "
                        "Estates Acres Shores Oaks Pines Towers Avenues Aves")


# 'the Colts (11-4)', 'the Jags had', 'the NFC West champion Seahawks.': a plural name the
# article writes after 'the' (and the name of its league or title), alone
_THE_PLURAL = re.compile(r"\b[Tt]he (?:[A-Z][\w.]*[ ]){0,3}(?:champions?[ ])?"
                         r"([A-Z][a-z]+[a-rt-z]s)(?=[ ]?[(.,;:!?]|$|[ ](?:had|have|has|were"
                         r"|are|will|would|did|won|lost|beat|drove|took|made|can|could)\b)")


def _teams(statements: Sequence[Statement], tagged: Sequence[Span], gaz: Gazetteer
           ) -> frozenset[str]:
    """The plurals that name a team or group in this article: written after 'the'
    (``_THE_PLURAL``), or ending an organisation's name more often than the tagger ends a
    person's with them ('Trail Blazers' ... 'Blazers history'); not a first name or a
    surname made of one ('Chris', 'Williams', 'Roberts'), nor the surname of a person named
    in full with a known first name, whatever the tagger took that for ('Marion Jones' ...
    'the Olympic champion Jones', 'New Yorker Dick Morris')."""
    found = {m.group(1) for st in statements for m in _THE_PLURAL.finditer(st.text)}
    ends: dict[str, int] = {}  # how much more often a word ends an organisation than a person
    people: set[str] = set()
    for sp in tagged:
        words = sp.form.split(" ")
        if sp.kind == "PER":
            ends[words[-1]] = ends.get(words[-1], 0) - 1
        if any(w in gaz.first_names for w in words[:-1]):
            people.add(words[-1])
        elif sp.kind == "ORG" and len(words) > 1 and _THE_PLURAL_END.fullmatch(words[-1]):
            ends[words[-1]] = ends.get(words[-1], 0) + 1
    found |= {w for w, n in ends.items() if n > 0}
    return frozenset(w for w in found - people
                     if w not in gaz.first_names and w[:-1] not in gaz.first_names)


_THE_PLURAL_END = re.compile(r"[A-Z][a-z]+[a-rt-z]s")


def _team(sp: Span, teams: frozenset[str], gaz: Gazetteer) -> Span:
    """A 'person' named by a plural the article also calls 'the Colts', or a 'person' or
    'place' named by a known place then the plural of a common noun, is a team or other
    organisation: 'Indianapolis Colts', 'Jags', 'Kansas City Chiefs', 'Washington Nationals'
    (not 'Colorado Springs', a place, 'Chad Curtis', no plural, nor 'Orlando Williams', a first
    name)."""
    words = sp.form.split(" ")
    last = words[-1]
    if sp.kind not in ("PER", "LOC") or not last.endswith("s") or last in PLACE_PLURALS:
        return sp
    team = (last in teams and sp.kind == "PER") or (
        len(words) > 1 and last[:-1].lower() in vocabulary() and words[0] not in gaz.first_names
        and gaz.place(sp.form) is None
        and any(gaz.place(" ".join(words[:n])) for n in range(1, len(words))))
    return replace(sp, kind="ORG", margin=max(sp.margin, MIN_MARGIN)) if team else sp


# a player's position between a team and a name: 'Chargers NT Jamal Williams', 'Saints RBs'
POSITIONS = wordset("QB RB WR TE NT DT DE LB CB OL OT OG FB QBs RBs WRs TEs LBs CBs")


def _team_player(sp: Span) -> list[Span]:
    """'Chargers NT Jamal Williams' -> the team 'Chargers' and the player 'Jamal Williams';
    'Saints RBs' -> the team; 'RB Pierre Thomas' -> the player."""
    words = sp.form.split(" ")
    cut = next((i for i, w in enumerate(words) if w in POSITIONS), None)
    if cut is None or len(sp.form) != sp.end - sp.start or len(words) == 1:
        return [sp]
    head, tail = " ".join(words[:cut]), " ".join(words[cut + 1:])
    out = [replace(sp, end=sp.start + len(head), kind="ORG", form=head)] if head else []
    if tail:
        out.append(replace(sp, start=sp.end - len(tail), kind="PER", form=tail))
    return out


LEGAL_ENDS = wordset("Inc Corp Co Ltd Plc PLC LLC AG SA NV SpA")  # 'Kia Motor Corp'


def legal_start(form: str) -> int | None:
    """Where a company named by its legal form begins in a run of capitalised words ('Hindustan
    Copper Ltd', 'Pirelli SpA', 'Norwest Corp.'; after an owner's 's: 'Rupert Murdoch's News
    Corp Ltd', and past a word that opens sentences: 'Both WorldCom Inc'), whether or not the
    tagger saw it; None when the run does not end in a legal form or leaves one word."""
    if form.rpartition(" ")[2].rstrip(".") not in LEGAL_ENDS:
        return None
    at = 0
    for m in re.finditer(r"\S+ ", form):  # after the last owner or '-based' word
        if m.group().rstrip().endswith(("'s", "’s", *ADJECTIVE_ENDS)):
            at = m.end()
    while (word := form[at:].split(" ", 1)[0]) in STARTERS or word in CALENDAR \
            or word.lower() in FUNCTION_WORDS:  # 'Shares of …', 'Tuesday …', 'About …'
        at += len(word) + 1
    return at if " " in form[at:] else None


def _of_place(sp: Span, gaz: Gazetteer) -> list[Span]:
    """An organisation 'of' a country is the organisation and the country: 'Kia Motor Corp
    of South Korea', 'Dinamo of Russia' (not 'Bank of England', 'Sultan of Brunei': one named
    by what it is or by a title, or a known organisation)."""
    form = sp.form
    if (sp.kind != "ORG" or " of " not in form or len(form) != sp.end - sp.start
            or form in gaz.orgs):
        return [sp]
    head, place = form.rsplit(" of ", 1)
    last = head.rsplit(" ", 1)[-1]
    if gaz.nationality(place) is None or (last in gaz.org_words and last not in LEGAL_ENDS) or (
            last in gaz.titles or gaz.role_of(last) is not None):
        return [sp]  # not a country, or 'Bank of England', 'Sultan of Brunei'
    return _split_of(sp, head, place)


def _after_role(sp: Span, gaz: Gazetteer) -> Span:
    """A role or title inside a name makes the words after it a person: 'US Special Counsel
    Robert Mueller' -> 'Robert Mueller', 'President Trump' -> 'Trump', 'Supreme Court Justice
    Ruth Bader Ginsburg' -> 'Ruth Bader Ginsburg' (not 'Justice Department')."""
    words = sp.form.split(" ")
    cut = 0
    for j, w in enumerate(words[:-1]):
        if _role_word(w, gaz) or w == "Justice":
            cut = j + 1
    tail = words[cut:]
    if not cut or len(tail) > 3 or not all(w[:1].isupper() for w in tail) or (
            tail[0] in gaz.org_words or tail[-1] in gaz.org_words
            or gaz.place(" ".join(tail)) or tail[0].lower() in FUNCTION_WORDS):
        return sp  # not 'Imam Khomeini International Airport', 'Equal Justice Under Law'
    skip = len(" ".join(words[:cut])) + 1
    return replace(sp, start=sp.start + skip, kind="PER", form=" ".join(tail))


_ROLE_OF = re.compile(r"\b([A-Z]?[a-z]+) of (?:the )?$")


def _party_and_home(sp: Span, gaz: Gazetteer) -> list[Span]:
    """A person's name without the party or chamber words before a given name ('House
    Republican Thomas Massie' -> 'Thomas Massie') and with a known place after 'of' apart
    ('Thomas Massie of Kentucky' -> 'Thomas Massie', 'Kentucky')."""
    words = sp.form.split(" ")
    if len(sp.form) != sp.end - sp.start or len(words) < 3:
        return [sp]
    cut = 0
    while cut < len(words) - 2 and words[cut].lower() in PARTY_WORDS:
        cut += 1
    if cut and words[cut] in gaz.first_names and sp.kind in ("PER", "ORG", None):
        skip = len(" ".join(words[:cut])) + 1
        sp = replace(sp, start=sp.start + skip, kind="PER", form=" ".join(words[cut:]))
    if sp.kind != "PER" or " of " not in sp.form:
        return [sp]
    head, place = sp.form.rsplit(" of ", 1)
    return _split_of(sp, head, place) if " " in head and gaz.place(place) else [sp]


def _split_of(sp: Span, head: str, place: str) -> list[Span]:
    """A name 'HEAD of PLACE' as the name and the place."""
    return [replace(sp, end=sp.start + len(head), form=head),
            replace(sp, start=sp.end - len(place), kind="LOC", form=place)]


def _office_holder(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """The person after the office a role is of, read as one name with it: 'Secretary of
    Commerce Gary Locke' -> 'Gary Locke', 'Secretary of the Interior Ken Salazar' -> 'Ken
    Salazar' (a known first name and one word after it)."""
    if sp.kind == "PER" or sp.form.count(" ") < 2:
        return sp
    m = _ROLE_OF.search(text, max(0, sp.start - 30), sp.start)
    words = sp.form.split(" ")
    if m is None or m.group(1).lower() not in gaz.role_ends or words[-2] not in (
            gaz.first_names) or words[-1] in gaz.org_words:
        return sp
    tail = f"{words[-2]} {words[-1]}"
    return replace(sp, start=sp.start + len(sp.form) - len(tail), kind="PER", form=tail)


_WORD_BEFORE = re.compile(r"(?<=[\w,;:\"”’'] )([A-Z][a-z]+) $")


def _left_word(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """An organisation or place extends over a capitalised word the tagger left out inside
    a sentence: 'Shareholders United' (not in a title-case line: 'Missing EgyptAir'); a
    person named from an initial, over the first name and initials before it
    (``_before_initial``)."""
    if sp.kind == "PER" and _INITIAL.match(sp.form):
        return _before_initial(sp, text, gaz)
    if sp.kind not in ("ORG", "LOC") or sp.title:
        return sp
    m = _WORD_BEFORE.search(text, max(0, sp.start - 30), sp.start)
    if m is None:
        return sp
    word = m.group(1)
    named_for = sp.kind == "ORG" and sp.form.rsplit(" ", 1)[-1] in gaz.org_words
    if (word in gaz.titles or (gaz.role_of(word) and not named_for) or gaz.nationality(word)
            or word in STARTERS or word in gaz.first_names or word in CALENDAR):
        return sp  # (a role may open a name: 'Imam Khomeini International Airport')
    if sp.kind == "LOC" and word.lower() in PARTY_NAMES and gaz.place(f"{word} {sp.form}") is None:
        return sp  # a party before a place: 'Republican South Carolina Sen. Lindsey Graham'
    return replace(sp, start=m.start(1), kind="ORG", form=f"{word} {sp.form}")


_INITIAL = re.compile(r"[A-Z]\. ")


def _before_initial(sp: Span, text: str, gaz: Gazetteer) -> Span:
    """'Raj K. Chohan', 'T. Y. Hilton' where the tagger found 'K. Chohan', 'Y. Hilton': the
    initials before and a first name before them (a known first name or no common word; not a
    title, a role or a word that opens a sentence: 'Rookie T. Y. Hilton' is T. Y. Hilton);
    initials alone only before a surname of no common word ('U. S. Surgeon General' is
    none)."""
    words = text[max(0, sp.start - 30): sp.start].split(" ")
    if len(words) < 2 or words.pop():  # the name follows a space
        return sp
    taken: list[str] = []
    while words and len(words[-1]) == 2 and words[-1][0].isupper() and words[-1][1] == ".":
        taken.insert(0, words.pop())  # initials: 'T.' of 'T. Y. Hilton'
    first = words[-1] if words and (len(words) > 1 or sp.start <= 30) else ""
    if (first[:1].isupper() and first[1:].isalpha() and first[1:].islower() and not (
            first in gaz.titles or gaz.role_of(first) or first in STARTERS
            or first in CALENDAR or gaz.nationality(first)
            or (first not in gaz.first_names and common_word(first)))):
        taken.insert(0, first)
    if not taken or (taken[0].endswith(".") and any(
            common_word(w) or gaz.role_of(w) for w in sp.form.split()[1:])):
        return sp  # initials alone before no surname: 'U. S. Surgeon General', 'L. A. Superior'
    start = sp.start - sum(len(w) + 1 for w in taken)
    return replace(sp, start=start, form=text[start: sp.end])


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")


def _national_body(sp: Span, text: str, gaz: Gazetteer) -> Span | None:
    """A nationality before one capitalised common word is an organisation: 'the Scottish
    Executive', 'British Gas' (not a role: 'British Prime Minister')."""
    m = _NEXT_WORD.match(text, sp.end)
    if m is None or " " in sp.form or gaz.nationality(sp.form) is None:
        return None
    word = m.group(1)
    if (word.lower() not in vocabulary() or gaz.role_of(word) is not None
            or word in gaz.titles):
        return None
    return replace(sp, end=m.end(), kind="ORG", form=f"{sp.form} {word}")


# a word for a company right before a name: 'sportswear firm Umbro', 'net telephony firm
# Skype', 'the UK car maker Rover'
_COMPANY_BEFORE = re.compile(
    r"(?<![\w-])(?:firm|company|(?<!film )(?<!movie )(?<!documentary )maker|carmaker|"
    r"automaker|manufacturer|retailer|supermarket|"
    r"chain|airline|carrier|operator|provider|broadcaster|insurer|(?<!money )lender|"
    r"conglomerate|giant|"
    r"brand|label|start-?up|developer|distributor|supplier|bank) $")  # not 'film(-)maker'


# ... and a word for a shop or a business right after a one-word name ('a Waitrose
# supermarket', 'Tesco stores', 'Lionsgate shares')
_COMPANY_AFTER = re.compile(r"['’]?s?[ ](?:store|stores|supermarket|supermarkets|shop|shops|"
                            r"branch|branches|outlet|outlets|shares|stock|headquarters|"
                            r"executives)\b")


def _companies(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer) -> frozenset[str]:
    """Names written right after a word for a company somewhere in the article, or one-word
    names right before a word for a shop or a business (``_before_shop``): that company,
    wherever the tagger read them otherwise; not a person's name with a known first name
    ('publisher Robert Harrison', 'games developer Peter Molyneux')."""
    read: dict[str, set[str]] = {}  # the kinds the tagger gave each name
    for sp in spans:
        read.setdefault(sp.form, set()).add(sp.kind)
    ends = {w for sp in spans if " " in sp.form  # the first and last words of longer names
            for w in (sp.form.split(" ", 1)[0], sp.form.rsplit(" ", 1)[1])}
    return frozenset(sp.form for sp in spans if sp.form.split(" ", 1)[0] not in gaz.first_names
                     and ((sp.kind in KINDS and _COMPANY_BEFORE.search(
                         texts[sp.line], max(0, sp.start - 20), sp.start))
                          or _before_shop(sp, texts[sp.line], read[sp.form], ends, gaz)))


def _before_shop(sp: Span, text: str, kinds: set[str], ends: set[str], gaz: Gazetteer) -> bool:
    """A one-word name right before a word for a shop or a business ('a Waitrose
    supermarket') that the tagger read as a person or an organisation and never as a place
    (not 'Democratic headquarters'), that is no word opening or ending a longer name ('Trump
    stores' of Donald Trump, 'Pernod' of 'Pernod Ricard'), no all-capitals word and no
    place or nationality the gazetteer knows ('US shares', 'Tokyo shares')."""
    return (" " not in sp.form and sp.form not in ends and bool(kinds & {"PER", "ORG"})
            and "LOC" not in kinds and not sp.form.isupper() and not gaz.place(sp.form)
            and not gaz.nationality(sp.form) and _COMPANY_AFTER.match(text, sp.end) is not None)


# a speech verb and a he or she after a name: 'DuVernay said she felt …'
_SAID_HE_OR_SHE = re.compile(rf",? (?:{SPEECH_VERB_RE}),? (?:he|she)\b")


def _said_he_or_she(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer
                    ) -> frozenset[str]:
    """Names that open a sentence followed by a speech verb and 'he' or 'she' ('DuVernay said
    she felt …'): the person the pronoun stands for, whatever kind the tagger gave them
    elsewhere. Not a place or organisation the gazetteer knows, nor a name ending in a word
    for one ('Bloomington Police say he drank …'), nor a name further on in the sentence,
    which is often where the speaker works ('an analyst at Investec Securities said she')."""
    return frozenset(sp.form for sp in spans if sp.kind in KINDS
                     and not texts[sp.line][:sp.start].strip(" \"“‘'")
                     and _SAID_HE_OR_SHE.match(texts[sp.line], sp.end)
                     and not gaz.place(sp.form) and sp.form not in gaz.orgs
                     and sp.form.rsplit(" ", 1)[-1] not in gaz.org_words)


# ', a student', ', the victim's father', ', a 19-year-old student': a description of a person
_DESCRIBED = re.compile(r",[ ](?:a|an|the)[ ](?:[\w'’-]+[ ]){0,3}?([a-z]+)"
                       r"(?=[,.;]|[ ](?:of|at|for|from|in|who|with|and)\b)")  # (not 'a worker
# named Antonio Arroyo': a new subject)


# a person's title right before a name: 'President Obama', 'Sen. Cruz', 'Mrs. Clinton'
_PERSON_TITLE = re.compile(r"(?:\b(?:President|Senator|Governor|Congressman|Congresswoman)"
                           r"|\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.)[ ]$")


def _titled_people(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer
                   ) -> frozenset[str]:
    """Names a person's title stands right before somewhere in the article, that the
    gazetteer and the towns list know as no place: people, whatever the tagger read elsewhere
    ('President Obama condemned …' after a headline's 'Obama, others vow …', read a place)."""
    return frozenset(
        sp.form for sp in spans
        if sp.form.count(" ") <= 1 and all(w[:1].isupper() and w not in ARTICLES
                                           and w not in gaz.org_words for w in sp.form.split())
        and not gaz.place(sp.form) and sp.form not in towns()
        and _PERSON_TITLE.search(texts[sp.line], max(0, sp.start - 16), sp.start))


def _described_people(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer
                      ) -> frozenset[str]:
    """Names of two words or more that an apposition describes as a person ('Paris
    Kyriakides, a student', 'Sydney Adams, a teacher'): people, whatever kind the tagger gave
    them (a first name that is also a city's misleads it). Not a place or organisation the
    gazetteer knows, nor a name ending in a word for one."""
    out = set()
    for sp in spans:
        if sp.kind not in KINDS or " " not in sp.form or gaz.place(sp.form) \
                or sp.form in gaz.orgs or sp.form.rsplit(" ", 1)[-1] in gaz.org_words:
            continue
        m = _DESCRIBED.match(texts[sp.line], sp.end)
        if m is not None and (m.group(1) in PERSON_WORDS or gaz.role_of(m.group(1))):
            out.add(sp.form)
    return frozenset(out)


def _kind_by_form(spans: Sequence[Span], gaz: Gazetteer, companies: frozenset[str] = frozenset(),
                  people: frozenset[str] = frozenset()
                  ) -> tuple[dict[str, str], dict[str, str]]:
    """One kind per name in an article: the one the tagger gave it most often (of two as
    often, the first seen; of a name also read in a title-case line, where the tagger is less
    reliable, the one it was surer of: 'Eva Longoria' a person in a sentence, not the
    organisation of a headline); a single word that ends the full name of a person (a name
    the tagger calls a person most often) is that person ('Tony Adams' ... 'Adams'). Also,
    for a name whose kind is none of ours ('New Labour' first seen as MISC), the person, place
    or organisation the tagger gave it most often (a place or organisation the gazetteer
    knows: that), so that its mentions are one kind too ('US insurance executives' is no
    organisation). A name written after a word for a company (``companies``) is that
    company; one written before 'said she' (``people``) a person."""
    votes: dict[str, dict[str, int]] = {}
    sure: dict[tuple[str, str], float] = {}  # (form, kind) -> the tagger's summed margins
    titled = {sp.form for sp in spans if sp.title}  # read in a title-case line somewhere
    for sp in spans:
        v = votes.setdefault(sp.form, {})
        v[sp.kind] = v.get(sp.kind, 0) + 1
        sure[sp.form, sp.kind] = sure.get((sp.form, sp.kind), 0.0) + sp.margin
    kinds = {form: max(v, key=lambda k: (v[k], sure[form, k] if form in titled else 0.0))
             for form, v in votes.items()}
    surnames = {form.rsplit(" ", 1)[1] for form, kind in kinds.items()
                if kind == "PER" and " " in form}
    ours = {form: "LOC" if gaz.place(form) else "ORG" if form in gaz.orgs else
            max((k for k in v if k in KINDS), key=lambda k: v[k])
            for form, v in votes.items() if any(k in KINDS for k in v)}
    return {form: "ORG" if form in companies else
            "PER" if form in surnames or form in people else kind
            for form, kind in kinds.items()}, ours


# organisation words that end a company's or a party's name, never a place's ('France
# Telecom', not 'Heathrow Airport')
COMPANY_ENDS = wordset("Telecom Corp Corporation Inc Ltd plc PLC Plc Group Holdings Airlines "
                       "Airways Party Communications Technologies Industries Motors Petroleum "
                       "Pharmaceuticals Network Networks Media Partners Labs Railways Energy "
                       "Oil Capital Company Bros LLC")


_MIDDLE_INITIAL = re.compile(r" [A-Z]\. ")


def _role_word(word: str, gaz: Gazetteer) -> bool:
    """A role's last word or a title ('Governor', 'Sen.') inside a name."""
    return word.lower() in gaz.role_ends or word.rstrip(".") in gaz.titles


def _person_then_org(spans: Sequence[Span], texts: Sequence[str], gaz: Gazetteer
                     ) -> list[Span]:
    """A person the tagger cut in two around a middle initial ('John' + 'Henry' of 'John W.
    Henry.'), a person the tagger cut off the organisation that follows it ('Betty' + 'Ford
    Center'), a 'person' ending in an organisation word ('Fabian Society') or a 'place'
    ending in a company's ('France Telecom') is that organisation; an 'organisation' ending
    in a first name before a surname is a role and a person ('House Speaker Paul' + 'Ryan':
    ``_after_role`` then keeps 'Paul Ryan')."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.line == sp.line and prev.kind == sp.kind == "PER"
                and _MIDDLE_INITIAL.fullmatch(texts[sp.line], prev.end, sp.start)):
            # 'John' + 'Henry' of 'led by John W. Henry.': one person the tagger cut in two
            # (a title it took in dropped: 'Senators Charles' + 'Grassley')
            start = prev.start
            for word in prev.form.split()[:-1]:
                if not (_role_word(word, gaz) or _role_word(word.removesuffix("s"), gaz)):
                    break
                start += len(word) + 1
            out[-1] = replace(sp, start=start, form=texts[sp.line][start:sp.end],
                              margin=max(prev.margin, sp.margin))
            continue
        adjacent = (prev is not None and prev.line == sp.line
                    and texts[sp.line][prev.end:sp.start] == " ")
        kind = None
        if adjacent and prev is not None:
            if prev.kind == "PER" and sp.kind == "ORG":
                kind = "ORG"
            elif (prev.kind == "ORG" and sp.kind in ("PER", "MISC") and " " not in sp.form
                  and prev.form.rsplit(" ", 1)[-1] in gaz.first_names):
                kind = "PER"  # 'House Speaker Paul' + 'Ryan': a role and a person cut in two
        if kind is not None and prev is not None:
            out[-1] = replace(sp, start=prev.start, kind=kind, form=f"{prev.form} {sp.form}",
                              margin=max(prev.margin, sp.margin))
            continue
        if adjacent and prev is not None and prev.kind == "ORG" and sp.kind == "PER":
            out[-1:] = _without_title(prev, gaz)  # 'Senate Majority Leader' + 'Mitch McConnell'
        last = sp.form.rsplit(" ", 1)[-1]
        if " " in sp.form and ((sp.kind == "PER" and last in gaz.org_words)
                               or (sp.kind == "LOC" and last in COMPANY_ENDS)):
            sp = replace(sp, kind="ORG")
        out += [part for whole in _person_of_org(sp, gaz) for part in _party_member(whole)]
    return out


PARTY_MEMBERS = wordset("Republican Democrat")  # the noun between a body and its member


def _party_member(sp: Span) -> list[Span]:
    """An 'organisation' that is a party's member described by the body they sit on ('House
    Intelligence Republican Mike Pompeo', 'Senate Intelligence Ranking Democrat Dianne
    Feinstein'): the person alone (the words before describe them; no organisation is named
    whole)."""
    words = sp.form.split(" ")
    k = next((i for i, w in enumerate(words) if w in PARTY_MEMBERS), -1)
    name = words[k + 1:]
    if (sp.kind != "ORG" or k < 1 or not 2 <= len(name) <= 3 or not given_name(name[0])
            or not all(w[:1].isupper() for w in name)):
        return [sp]
    form = " ".join(name)
    start = sp.end - len(form)
    return [replace(sp, start=start, kind="PER", form=form)]


# words of a title between an organisation and the role ('Senate Majority Leader', 'White House
# Press Secretary', 'Deputy Assistant Secretary')
_TITLE_WORDS = wordset("Majority Minority Press Deputy Assistant Acting Vice Senior Principal "
                       "Communications Policy Former Then Ex Retired Late Incoming Outgoing")


def _without_title(sp: Span, gaz: Gazetteer) -> list[Span]:
    """An organisation read with the title of the person after it ('Senate Majority Leader'
    before 'Mitch McConnell'): the organisation without the title ('Senate'; a place when the
    gazetteer knows it so: 'Texas Sen.'), or nothing when the title is all there is ('Former
    Rep.', 'Committee Chairman')."""
    words = sp.form.split(" ")
    if len(words) < 2 or not _role_word(words[-1], gaz):
        return [sp]
    while words and (_role_word(words[-1], gaz) or words[-1] in _TITLE_WORDS):
        words.pop()
    while words and words[0] in _TITLE_WORDS:
        words.pop(0)
    form = " ".join(words)
    if not words or (len(words) == 1 and form in gaz.org_words and common_word(form)):
        return []  # ('Committee' of 'Committee Chairman Rep. Jason Chaffetz'; not 'Senate')
    start = sp.start + sp.form.index(form)
    kind = "LOC" if known_kind(form, gaz) == "LOC" else sp.kind
    return [replace(sp, start=start, end=start + len(form), form=form, kind=kind)]


def _person_of_org(sp: Span, gaz: Gazetteer) -> list[Span]:
    """An 'organisation' that is a person 'of' an organisation the gazetteer knows ('Nate
    Cohn of The New York Times'): the person and the organisation. The person's name is two or
    three capitalised words, none a word of organisations or roles, no place
    ('University of Iowa', 'Bank of America', 'Chief Executive of …', 'George Washington
    University of …' stay whole)."""
    head, of, rest = sp.form.partition(" of ")
    words = head.split()
    if (sp.kind != "ORG" or not of or not 2 <= len(words) <= 3
            or not (rest in gaz.orgs or rest in gaz.outlets)
            or not all(w[:1].isupper() and w[1:].islower() for w in words)
            or any(w in gaz.org_words or _role_word(w.lower(), gaz) for w in words)
            or gaz.place(head) or head in gaz.orgs or _common_words(head)):
        return [sp]
    at = sp.start + len(head) + len(of)
    return [replace(sp, end=sp.start + len(head), kind="PER", form=head),
            replace(sp, start=at, form=rest)]


def _mention(st: Statement, start: int, end: int, read: str, kind: EntityKind,
             quoted: list[tuple[int, int]], gaz: Gazetteer) -> Mention:
    text = st.text
    raw = " ".join(text[start:end].split())  # with its dot: 'Norwest Corp.'
    words = read.split()
    form = " ".join(t if kind == "org" and n < len(words) - 1 and t.endswith(("'s", "’s"))
                    else strip_token(t) for n, t in enumerate(words))  # 'Sam's Club'
    inq = inside(quoted, start)
    if kind == "place":
        form = gaz.place(form) or gaz.place(form.removeprefix("The ")) or form
    elif kind == "org":
        form = gaz.orgs.get(form) or gaz.orgs.get(form.removeprefix("The ")) or form
    if kind != "person":
        return Mention(st.index, start, end, form, kind, inq, raw=raw)
    roles, nat, titled = _titles_before(text, start, gaz)
    if not roles:
        role, n = _role_before(text, start, gaz)
        if role is None:
            role, n = _role_after(text, end, gaz)
        if role is not None:
            roles.add(role)
            nat = nat or n
    evidence = titled or bool(roles)
    return Mention(st.index, start, end, form, kind, inq, frozenset(roles), nat, evidence, "",
                   raw)


def _titles_before(text: str, start: int, gaz: Gazetteer) -> tuple[set[str], str | None, bool]:
    """Roles, nationality and whether a title ('Mr', 'Dr') stand in the capitalised words
    right before a name: 'Russian Foreign Minister', 'Industry Secretary', 'Mr'."""
    words = text[max(0, start - 80): start].split()
    run: list[str] = []
    while words and (words[-1][:1].isupper() or words[-1].lower() in gaz.modifiers):
        w = words.pop()
        if run and w[-1:] in ",;:)\"”":
            break
        run.insert(0, w)
    toks = [strip_token(t) for t in run]
    roles: set[str] = set()
    nat: str | None = None
    titled = False
    i = 0
    while i < len(toks):
        t = toks[i]
        rest = " ".join(toks[i: i + 6])
        if t in gaz.titles or t.rstrip(".") in gaz.titles:
            titled = True
            i += 1
            continue
        if gaz.nationality(t) and i + 1 < len(toks) and gaz.place(rest) is None:
            nat = nat or gaz.nationality(t)
            i += 1
            continue
        if t.lower() in gaz.modifiers:
            i += 1
            continue
        rm = gaz.role_re.match(rest)
        role = gaz.role_of(rm.group(0)) if rm is not None and (
            rm.end() == len(rest) or rest[rm.end()] == " ") else None
        if rm is not None and role is not None:
            roles.add(role)
            i += len(rm.group(0).split())
            continue
        pair = gaz.role_of(f"{t} {toks[i + 1]}") if i + 1 < len(toks) else None
        if pair in ("minister", "secretary"):
            roles.add(pair or "")  # 'Industry Secretary X'
            i += 2
            continue
        roles, nat, titled = set(), None, False  # another name: its words belong to it
        i += 1
    return roles, nat, titled


def _missed_people(statements: Sequence[Statement], found: list[Mention],
                   gaz: Gazetteer) -> list[Mention]:
    """People the tagger left out: a known first name and a surname with a capital inside
    ('Ellen DeGeneres'), and the surname of a person the article names in full written alone
    ('Fred LaRue ...', then 'LaRue was 75.', 'Mr. LaRue said'). A surname alone counts only
    when it has a capital inside or is no word of the shipped lexicon ('Rice', 'Brown',
    'Mitchell' are left to the tagger), and no other capitalised word joins it ('LaRue
    Foundation' is another name)."""
    taken = _by_statement(found)
    runs = [(st, run.start(), run.group(0).split(" ")) for st in statements
            for run in name_runs(st.text)]
    out: list[Mention] = []
    for st, s, words in runs:
        if (len(words) == 2 and words[0] in gaz.first_names
                and _INNER_CAPITAL.fullmatch(" " + strip_token(words[1]))
                and not _overlaps(taken.get(st.index, []), s, s + len(words[0]) + 1)):
            form = f"{words[0]} {strip_token(words[1])}"
            out.append(_mention(st, s, s + len(form), form, "person", in_quotes(st.text), gaz))
    out += _after_role_word(runs, taken, gaz)
    known = vocabulary()
    surnames = {m.form.rsplit(" ", 1)[1] for m in (*found, *out) if m.kind == "person"
                and " " in m.form}
    surnames = {w for w in surnames if _INNER_CAPITAL.fullmatch(" " + w) or (
        w.isalpha() and len(w) > 2 and w.lower() not in known)}
    for st, s, words in runs:
        if len(words) == 2 and words[0].rstrip(".") in TITLES:  # 'Mr. LaRue'
            s, words = s + len(words[0]) + 1, words[1:]  # (``runs`` itself left as read)
        word = strip_token(words[0])
        if (len(words) == 1 and word in surnames
                and not _overlaps(taken.get(st.index, []), s, s + len(word))):
            out.append(_mention(st, s, s + len(word), word, "person", in_quotes(st.text), gaz))
    return out


def _given_and_surname(statements: Sequence[Statement], found: list[Mention],
                       gaz: Gazetteer) -> list[Mention]:
    """A common given name ('Maurice', 'Lindsay': the shipped first names and the census
    ones, ``_given``) and a surname, a run of two capitalised words, the tagger missed or read
    as the surname alone: 'Maurice Cheeks is out' ('Cheeks'), 'The actress Lindsay Lohan'
    (nothing). The surname is no common lower-case word (``lexicon.common_word``), or the
    tagger read it as a person ('Cheeks'); it is no place nor a word of organisations
    ('Williams College'). The surname alone found is dropped from ``found``: the full name
    stands for it."""
    taken = _by_statement(found)
    out: list[Mention] = []
    for st in statements:
        mine = taken.get(st.index, [])
        for run in name_runs(st.text):
            words = run.group(0).split(" ")
            surname = strip_token(words[-1])
            if len(words) != 2 or not _given(words[0], gaz) or not surname.isalpha() or (
                    surname in gaz.org_words or surname in gaz.groups
                    or gaz.place(surname) is not None or gaz.place(run.group(0)) is not None):
                continue  # ('Williams College', 'Roman Catholic', 'Santa Monica')
            at = run.start() + len(words[0]) + 1
            alone = [m for m in mine if m.start == at and m.form == surname]
            if (alone and alone[0].kind != "person") or _overlaps(
                    [m for m in mine if m not in alone], run.start(), at + len(surname)):
                continue
            if not alone and common_word(surname):
                continue
            for m in alone:
                found.remove(m)
            form = f"{words[0]} {surname}"
            out.append(_mention(st, run.start(), run.start() + len(form), form, "person",
                                in_quotes(st.text), gaz))
    return out


def _given(word: str, gaz: Gazetteer) -> bool:
    """Is ``word`` a given name opening a name ('Maurice'; not 'June', 'German', 'Dallas',
    'Queen')?"""
    return (word in gaz.first_names or word in gaz.census_names) and not (
        word in CALENDAR or gaz.nationality(word) or gaz.place(word) is not None
        or gaz.role_of(word))


def _after_role_word(runs: Sequence[tuple[Statement, int, list[str]]],
                     taken: dict[int, list[Mention]], gaz: Gazetteer) -> list[Mention]:
    """A given name (``_given``) and a surname ending a run of capitals right after a role
    word: 'Republican National Committee Chairman Reince Priebus', where the tagger reads the
    run as pieces of an organisation and misses the person, 'Comedian Ellen DeGeneres'."""
    out: list[Mention] = []
    for st, s, words in runs:
        if (len(words) < 3 or words[-3].lower() not in gaz.role_ends
                or not _given(words[-2], gaz) or not words[-1][:1].isupper()):
            continue
        last = strip_token(words[-1])
        start = s + sum(len(w) + 1 for w in words[:-2])
        end = start + len(words[-2]) + 1 + len(last)
        people = [x for x in taken.get(st.index, []) if x.kind == "person"]
        if last.isalpha() and not _overlaps(people, start, end):
            out.append(_mention(st, start, end, f"{words[-2]} {last}", "person",
                                in_quotes(st.text), gaz))
    return out


def _by_statement(found: Sequence[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each statement (its index -> them, in order)."""
    taken: dict[int, list[Mention]] = {}
    for m in found:
        taken.setdefault(m.statement, []).append(m)
    return taken


def _overlaps(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in mentions)


def _opening_gerund(form: str, after: str) -> bool:
    """Does a one-word name opening a statement read as a verb in -ing, a lower-case word
    after it ('Reading between the lines, …'), no known place (the tagger may still read one)?"""
    words = after.split(None, 1)
    return (" " not in form and form.endswith("ing") and common_word(form.lower())
            and bool(words) and words[0][:1].islower())


def _gazetteer_names(statements: Sequence[Statement], found: list[Mention],
                     gaz: Gazetteer) -> list[Mention]:
    """Known places and organisations the tagger left out or cut short ('Warner' in 'Time
    Warner'), and companies named by their legal form (``legal_start``): a run of capitalised
    words that is a gazetteer entry or such a company replaces the tagged names inside it,
    unless one reaches beyond it."""
    taken = _by_statement(found)
    out: list[Mention] = []
    for st in statements:
        here = taken.get(st.index, [])
        for run in name_runs(st.text):
            head = run.group(0).split(" ", 1)[0]
            form = strip_token(run.group(0))
            legal = legal_start(form)
            if head not in gaz.heads and not (head.endswith(_STRIPPED)
                                              and strip_token(head) in gaz.heads) \
                    and legal is None:
                continue  # no place or organisation begins with this word
            kind: EntityKind | None = ("place" if gaz.place(form) else
                                       "org" if form in gaz.orgs else None)
            s, e = run.start(), run.start() + len(form)
            if kind is None and legal is not None:
                kind, s, form = "org", s + legal, form[legal:]
            if kind is None or (not st.text[:s].strip("\"“‘'( ") and _opening_gerund(
                    form, st.text[e:])):
                continue  # ('Reading between the lines, …': no town)
            inner = [x for x in here if x.start < e and s < x.end]
            if any(x.start < s or x.end > e for x in inner) or any(
                    x.start == s and x.end == e for x in inner):
                continue
            for x in inner:
                found.remove(x)
            out.append(_mention(st, s, e, form, kind, in_quotes(st.text), gaz))
    return out
