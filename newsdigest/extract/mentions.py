"""Name mentions in statements: runs of capitalised words ('Russian Foreign Minister Sergei
Lavrov', 'Bank of England') split into what comes before the name (a nationality, a title, a
role: 'Russian', 'Mr', 'Foreign Minister') and the name, which the gazetteer or the evidence
around it classifies: a known place or organisation, an organisation word ('Ministry',
'Bank'), a person when a role or title precedes it, it starts with a known first name, or a
speech verb follows a full name. Unclassified names may still turn out to be people when
``entities`` merges them with a full name. Also the quotation scanner shared with ``quotes``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import EntityKind, Statement
from ..segment import single_quotes
from .gazetteer import Gazetteer, wordset
from .gazetteer import load as gazetteer

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# a run of capitalised words, joined by spaces or by 'of (the)' and name particles
NAME_RE = re.compile(
    rf"(?<![\w’'.\-])[{_UP}][\w’'.\-]*"
    rf"(?:(?:[ ]|[ ]of[ ](?:the[ ])?|[ ](?:de|da|del|van|von|bin|al|der|la|le|du)[ ])"
    rf"[{_UP}][\w’'.\-]*)*"
)
# where a run of capitalised words holds two names: a possessive ("United's Sean Bones") or
# a sentence end the segmenter kept ('in Osaka. If such')
BREAK = re.compile(r"(?:['’]s|s['’]|(?<=[a-z]{2})\.)(?= )")
MAX_RUN = 12  # words in a run of capitalised words that can still be one name with its titles
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")
SPEECH_VERBS = wordset(
    """said says say told tells added adds noted notes stated states explained explains asked
    answered replied insisted insists stressed stresses warned warns wrote argued argues
    continued concluded declared remarked commented claimed claims believes believed thinks
    announced announces admitted admits urged urges suggested suggests confirmed confirms
    denied denies acknowledged emphasised emphasized replies confesses confessed concedes
    conceded recalled recalls joked jokes whispered predicted predicts writes observed
    cautioned"""
)
# verbs that come before the speaker in an inverted attribution: '," said Lavrov'
INVERTED = wordset(
    """said says added adds noted notes explained explains continued insisted insists warned
    warns asked replied replies wrote writes stated remarked commented argued argues declared
    concluded whispered recalled joked observed cautioned"""
)
# capitalised words that start sentences without being names
STOP = wordset(
    """The A An In On At During But And Or So Yet However Meanwhile Moreover He She It They We
    I You His Her Its Their Our My Your This That These Those There Here If When While After
    Before Although Though Since Because Some Many Most All No Not One Both Each Such What Who
    Which Why How Where According Despite Under Another Several Last Next Now Then Also Still
    Earlier Later Incidentally Naturally Indeed Instead Asked Speaking For With By From As
    Like Unlike Among Over To Of Without Within Even Only Just Once Further Furthermore Still
    Thus Therefore Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Let Please Yes Thank Thanks Dear Sir I'm I've I'd I'll It's That's
    There's We're We've They're He's She's Don't Can't Won't Let's What's Here's I’m I’ve I’d
    I’ll It’s That’s There’s We’re We’ve They’re He’s She’s Don’t Can’t Won’t Let’s What’s"""
)
NOT_NAMES = wordset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December God Internet"""
)
DETERMINERS = wordset("the a his her their")
PRONOUNS = wordset("he she him her they them i we")


@dataclass
class Mention:
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
    if (carry and single) or (not (carry or QUOTE_MARK.search(text)) and "‘" in text):
        return single_quotes(text, 0, len(text), carry), True
    return _double_spans(text, carry), False


def _double_spans(text: str, carry: bool) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    open_at = 0 if carry else -1
    for m in QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else " "
        if carry and i == 0 and ch in "\"“«„":
            open_at = 1  # the new paragraph of a continued quotation opens it again
            continue
        if ch == '"':
            opening = open_at < 0 and not (before.isalnum() or before in ".,!?;:…")
        else:
            opening = ch in "“«„"
        if opening and open_at < 0:
            open_at = i + 1
        elif not opening and open_at >= 0:
            spans.append((open_at, i, True))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text), False))
    return spans


def in_quotes(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in quote_spans(text)]


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


def _speech_after(text: str, e: int) -> bool:
    words = text[e: e + 30].split()
    words = [w for w in words[:2] if w not in ("also", "later", "then", "has", "had")]
    return bool(words) and words[0].strip(",.") in SPEECH_VERBS


def _speech_before(text: str, s: int) -> bool:
    """'," said Suranga Chandratillake': an inverted attribution names a speaker."""
    words = text[max(0, s - 20): s].split()
    return bool(words) and words[-1] in INVERTED and (len(words) < 2 or words[-2][-1:] in
                                                         "\"”,")


def find_mentions(statements: Sequence[Statement], gaz: Gazetteer | None = None
                  ) -> list[Mention]:
    gaz = gaz or gazetteer()
    out: list[Mention] = []
    for st in statements:
        text = st.text
        quoted = in_quotes(text)
        for m in NAME_RE.finditer(text):
            run, base = m.group(0), m.start()
            # "Shareholders United's Sean Bones", "the Liberal Democrats' President": two names
            begin = 0
            cuts = [p.end() for p in BREAK.finditer(run)]
            of = run.find(" of ")
            if of > 0 and run.split(" ", 1)[0] in gaz.first_names:
                cuts.append(of)  # 'Doug Williams of BT'
            for cut in sorted(cuts):
                if cut > begin:
                    out.extend(_classify(text, base + begin, run[begin:cut], st.index, quoted,
                                         gaz))
                begin = cut + (4 if run.startswith(" of ", cut) else 1)
            out.extend(_classify(text, base + begin, run[begin:], st.index, quoted, gaz))
    return out


def _classify(text: str, s: int, run: str, index: int, quoted: list[tuple[int, int]],
              gaz: Gazetteer) -> list[Mention]:
    raw = run.split(" ")
    if len(raw) > MAX_RUN:
        return []  # a capitalised headline or a shouted paragraph, not a name
    offs = []
    pos = s
    for tok in raw:
        offs.append(pos)
        pos += len(tok) + 1
    toks = [strip_token(t) for t in raw]
    i = 0
    roles: set[str] = set()
    nat: str | None = None
    evidence = False
    while i < len(toks) and toks[i] in STOP and not (i + 1 < len(toks) and toks[i] == "May"):
        i += 1
    first = i
    while i < len(toks):
        t = toks[i]
        rest = " ".join(toks[i: i + 6])  # roles and places are a few words long
        if t in gaz.titles or t.rstrip(".") in gaz.titles:
            evidence = True
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
        if rm is not None and (rm.end() == len(rest) or rest[rm.end()] == " "):
            role = gaz.role_of(rm.group(0))
            if role is not None:
                roles.add(role)
                evidence = True
                i += len(rm.group(0).split())
                continue
        if i + 2 < len(toks) and gaz.role_of(f"{t} {toks[i + 1]}") in ("minister", "secretary"):
            roles.add(gaz.role_of(f"{t} {toks[i + 1]}") or "")  # 'Industry Secretary X'
            evidence = True
            i += 2
            continue
        break
    while len(toks) > i + 2 and toks[-1].isupper() and gaz.role_of(toks[-1]):
        roles.add(gaz.role_of(toks.pop()) or "")  # 'Frank Field MP'
        evidence = True
    whole = " ".join(t for t in toks[first:] if t)  # with nationality: 'Scottish Executive'
    whole_start = offs[first] if first < len(offs) else s
    toks, offs = toks[i:], offs[i:]
    toks = [t for t in toks if t]
    if not toks or not toks[0][:1].isupper():
        return []  # 'Lord of the Rings' left 'of the Rings'
    form = " ".join(toks)
    start = offs[0]
    end = start + len(form)
    inq = inside(quoted, start)
    if form in NOT_NAMES or (len(toks) == 1 and toks[0] in STOP):
        return []

    def mention(kind: EntityKind | None, f: str = form, st: int = start, en: int = end
                ) -> Mention:
        written = " ".join(strip_token(t) for t in text[st:en].split())
        return Mention(index, st, en, f, kind, inq, frozenset(roles), nat, evidence, "", written)

    place = gaz.place(form)
    if place is not None and not roles:
        return [mention("place", place)]
    org = gaz.orgs.get(form)
    if org is not None and not roles:
        return [mention("org", org)]
    if len(toks) == 1 and "-" in form and not roles:
        parts = [gaz.place(p) for p in form.split("-")]
        if all(parts):
            return [mention("place", p) for p in parts if p]
    if gaz.nationality(form) and len(toks) == 1:
        return []
    if len(toks) == 1 and toks[0] in gaz.org_words:
        return []  # 'Oil prices rose', 'Police said': a common noun at the start
    if any(t in gaz.org_words for t in toks) and not (roles and toks[0] in gaz.first_names):
        if roles:
            return [mention("org")]
        return [mention("org", gaz.orgs.get(whole, whole), whole_start, whole_start + len(whole))]
    if nat and not roles and not evidence and len(toks) == 1 and toks[0] not in gaz.first_names:
        # 'Scottish Executive'
        return [mention("org", whole, whole_start, whole_start + len(whole))]
    if not roles:
        r, n = _role_before(text, start, gaz)
        if r is None:
            r, n = _role_after(text, end, gaz)
        if r is not None:
            roles.add(r)
            nat = nat or n
            evidence = True
    speaks = _speech_after(text, end) or _speech_before(text, start)
    if form.isupper() and len(form) > 1 and not (evidence or speaks):
        return []  # an unknown acronym
    if not evidence and len(toks) > 1 and (gaz.place(toks[0]) or gaz.nationality(toks[0])):
        return [mention("org")]  # 'Manchester United', 'British Gas'
    known_first = toks[0] in gaz.first_names and len(toks) > 1
    # a speech verb alone makes a full name a person ('Sean Bones told'), not a single word
    # ('Blinkx said': a firm as often as a person; it may still be a known surname)
    person = evidence or known_first or (speaks and len(toks) > 1)
    kind: EntityKind | None = "person" if person else None
    if kind is None and len(toks) > 4:
        return []
    return [mention(kind)]
