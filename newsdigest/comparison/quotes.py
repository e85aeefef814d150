"""The quote ledger: the same quotation in several reports, quotations one report alone has,
and quotations that are recognisably the same but worded differently.

Two quotations are the same quotation when their normalised words (lower case, apostrophes
and punctuation aside) share a run of ``RUN`` words, or when one is inside the other: a
quotation cut shorter or longer, or split by an attribution ('"A," he said, "B."') in one
report and whole in another, is one quotation. Reported speech joins a quotation when it
repeats ``REPORTED_RUN`` of its words verbatim. Quotations are linked through an index of word
shingles, never by comparing all pairs, and joined across reports (connected components).

A quotation is worded differently from another only where their words really differ inside the
part both print: up to ``REWORD_GAP`` words replaced, added or left out between words they
share, shown with a shared word either side ('worded differently: "was a very good year" vs
"was an excellent year"'); never where one only goes on longer than the other, where either
marks words left out ('…'), for a filler, an optional 'that', one small word ('off of Dennis'
/ 'off Dennis') or a bracketed insertion one side lacks, or for a house spelling or style of
numbers ('11th' / 'eleventh'). Reported speech is the outlet's wording, never worded
differently from a quotation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from typing import TypeVar

from ..extract.gazetteer import load as gazetteer
from ..extract.mentions import QUOTE_MARK
from ..extract.numbers import is_ordinal, number_value
from ..extract.quote_words import quoted_spans
from ..lexicon import STOPWORDS, common_word
from ..match.normalize import IRREGULAR_NEGATIONS
from ..model import Analysis, Conflict, Member, Quote
from ..spelling import american
from ..unionfind import UnionFind
from ..words import SPEECH_VERBS

RUN = 6  # words in a row two quotations share to be the same quotation
REPORTED_RUN = 8  # ... that reported speech shares with a direct quotation to join it
REWORD_GAP = 4  # at most this many differing words in a row make a rewording, more a new part
SIMILAR_SHINGLE = 3  # words of the shingles that find quotations worded differently
SIMILAR_SHARE = 0.6  # share of the shorter one's words a rewording keeps (in runs of 2+)
COMMON_SHINGLE = 40  # a shingle in more quotations than this finds no rewordings (too common)

_WORD = re.compile(r"[^\W_]+(?:\s?['’]\s?(?:s|t|ll|re|ve|d|m)\b)?", re.IGNORECASE)
# capitalised words of a speaker that name an institution, not a person (roles: the gazetteer's)
_INSTITUTION = frozenset(("police", "county", "department", "sheriff", "office", "the"))
_ELISION = re.compile(r"\.\.\.|…|\[")
_SPACE = re.compile(r"\s")

# the quotations several reports print, those one report alone has, the rewordings
Ledger = tuple[tuple[tuple[Member, ...], ...], tuple[Member, ...], list[Conflict]]


@dataclass(frozen=True, slots=True)
class _Quote:
    article: int  # index into the analyses
    member: Member
    direct: bool
    words: tuple[str, ...]  # normalised
    spans: tuple[tuple[int, int], ...]  # of each word in member.text
    surname: str | None  # ``_surname`` of the speaker
    name: str  # the speaker's normalised words run together


def words(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The normalised words of ``text`` ('She ’ s' and "she's" are both 'shes') and where
    each is; British and American spellings are one word ('realised', 'realized'), and a
    contraction is the words it stands for ("aren't" is 'are not', "we're" 'we are'; "'s"
    and "'d", which may stand for two words, stay joined), and a name's possessive is the
    name ("ISIS’s best recruiter" and "ISIS’ best recruiter")."""
    norm: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = _SPACE.sub("", m.group()).replace("’", "'")
        if word[:1].isupper() and word.endswith("'s") and not common_word(word[:-2]):
            word = word[:-2]  # a name's possessive: "ISIS’s" and "ISIS’" are 'isis'
        for piece in _expanded(word.lower()):
            norm.append(american(piece))
            spans.append(m.span())
    return tuple(norm), tuple(spans)


# what a contraction's second part stands for
_CLITIC_WORDS = {"re": "are", "ve": "have", "ll": "will", "m": "am"}


def _expanded(word: str) -> list[str]:
    """The words a contraction stands for, else the word without its apostrophe."""
    if word in IRREGULAR_NEGATIONS:
        return IRREGULAR_NEGATIONS[word].split()
    head, apostrophe, tail = word.partition("'")
    if apostrophe and tail == "t" and head.endswith("n") and len(head) > 2:
        return [head[:-1], "not"]  # "aren't", "didn't"
    if apostrophe and tail in _CLITIC_WORDS:
        return [head, _CLITIC_WORDS[tail]]
    return [head + tail]


def shingles(ws: Sequence[str], n: int) -> Iterable[tuple[str, ...]]:
    return (tuple(ws[i: i + n]) for i in range(len(ws) - n + 1))


def _collect(analyses: Sequence[Analysis]) -> list[_Quote]:
    out: list[_Quote] = []
    for ai, a in enumerate(analyses):
        for q in a.quotes:
            ws, spans = words(q.text)
            if ws and not _stray(a, q):
                out.append(_Quote(ai, Member(a.article.id, q.statement, q.text, q.speaker),
                                  q.kind == "direct", ws, spans, _surname(q.speaker),
                                  "".join(words(q.speaker or "")[0])))
    return out


def _stray(a: Analysis, q: Quote) -> bool:
    """A 'quotation' in a statement with no quotation mark that carries its own attribution
    ('…, Troy police Lt. Gerry Scherlinck said.', 'Mr Gaskin said …'): narrative read as a
    quotation from a mark left open, not a quotation to list. A quotation going on from its
    speaker's attribution keeps the speech it quotes ('It sounded like someone telling a dog
    to shut up.', after 'One said: "…'): only a speech verb with a name beside it is one."""
    if q.kind != "direct" or q.statement >= len(a.statements):
        return False
    if QUOTE_MARK.search(a.statements[q.statement].text) is not None:
        return False
    words = q.text.replace(",", " ").split()
    return any(w.lower() in SPEECH_VERBS and (q.speaker is None or _names_near(words, n))
               for n, w in enumerate(words))


def _names_near(words: Sequence[str], n: int) -> bool:
    """Is the speech verb ``words[n]`` an attribution's: a name or a pronoun right before or
    after it ('Scherlinck said', 'said Lavrov', 'he said') or 'that' after it ('told police
    that'), not words said ('It sounded like someone telling a dog to shut up')?"""
    near = [w for w in (words[n - 1] if n else "", words[n + 1] if n + 1 < len(words) else "")
            if w]
    return "that" in words[n + 1: n + 3] or any(  # ('told police that …')
        w[:1].isupper() or w.lower() in ("he", "she", "they") for w in near)


def _link(quotes: Sequence[_Quote]) -> UnionFind:
    """Join quotations of different reports that share a run of words or lie one inside the
    other."""
    links = UnionFind(len(quotes))
    runs = _index(quotes, RUN)
    for run, posting in runs.items():
        if telling(run):
            _join_alike(links, quotes, posting)
    _link_plain(links, quotes, runs)
    # reported speech repeating a direct quotation of its speaker verbatim
    _join_found(links, quotes, _index(quotes, REPORTED_RUN), _reported(quotes, (REPORTED_RUN,)))
    _link_whole(links, quotes)
    _link_short(links, quotes)
    _link_marked(links, quotes)
    return links


def _link_marked(links: UnionFind, quotes: Sequence[_Quote]) -> None:
    """Quotations of different reports that put the same phrase of two or more words in
    closed quotation marks, one of them in lower case and no function word ('Comey announced
    that Clinton was “extremely careless”' / 'Comey said she and her aides were “extremely
    careless” in handling …'), are one when their speakers may be one person: the phrase is
    the speaker's words, too short for a run. A phrase of more than ``MARKED_SHARED``
    quotations is a catchword of the story, no one quotation; a title or a nickname says
    nothing (``marked_pairs``)."""
    by_phrase: dict[tuple[str, ...], list[int]] = {}
    for n, q in enumerate(quotes):
        found = set() if q.direct else marked_phrases(q.member.text)
        if q.direct and 2 <= len(q.words) < RUN and _said_words(q.member.text):
            found.add(q.words)  # the phrase alone, printed as a quotation
        for phrase in found:
            by_phrase.setdefault(phrase, []).append(n)
    for n, m in _across(by_phrase.values(), lambda n: quotes[n].article):
        if _same_speaker(quotes[n], quotes[m]):
            links.union(n, m)


def _link_plain(links: UnionFind, quotes: Sequence[_Quote],
                runs: dict[tuple[str, ...], list[int]]) -> None:
    """A direct quotation of plain words (no run of it ``telling``: "If there was any more I
    could give you, I would") is the same as one of another report that holds it whole: its
    runs alone say too little to join it with anything, but all of it, word for word, does."""
    for n, q in enumerate(quotes):
        if not q.direct or len(q.words) < RUN or any(map(telling, shingles(q.words, RUN))):
            continue
        size = len(q.words)
        posting = runs.get(q.words[:RUN], [])[:PLAIN_HOLDERS]
        holders = [m for m in posting if quotes[m].article != q.article
                   and any(quotes[m].words[i: i + size] == q.words
                           for i in range(len(quotes[m].words) - size + 1))]
        if holders:
            _join_alike(links, quotes, [n, *holders])


PLAIN_HOLDERS = 200  # quotations tried for holding a plain one (its first run's, in order)
QUOTED_RUN = 4  # words in a row of a shared quotation two statements print to state one fact
RUN_CONTENT = 2  # words of a shared run that are no function words: 'and I am not going to'
# is in many quotations that say different things


def telling(run: Sequence[str]) -> bool:
    """Does a run of words two quotations share say something: ``RUN_CONTENT`` words of it
    or more no function words?"""
    return sum(1 for w in run if w not in STOPWORDS) >= RUN_CONTENT


def _index(quotes: Sequence[_Quote], size: int | None, shortest: int = 0,
           below: int | None = None) -> dict[tuple[str, ...], list[int]]:
    """The direct quotations of at least ``shortest`` words (and fewer than ``below``) by each
    of their shingles of ``size`` words, or by their whole words when ``size`` is None."""
    index: dict[tuple[str, ...], list[int]] = {}
    for n, q in enumerate(quotes):
        if q.direct and shortest <= len(q.words) and (below is None or len(q.words) < below):
            for s in (q.words,) if size is None else set(shingles(q.words, size)):
                index.setdefault(s, []).append(n)
    return index


def _reported(quotes: Sequence[_Quote], sizes: Iterable[int]
              ) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(quotation, shingle) for each shingle of each of ``sizes`` of each reported speech."""
    for n, q in enumerate(quotes):
        if not q.direct:
            for size in sizes:
                for s in set(shingles(q.words, size)):
                    yield n, s


def _join_found(links: UnionFind, quotes: Sequence[_Quote],
                index: dict[tuple[str, ...], list[int]],
                probes: Iterable[tuple[int, tuple[str, ...]]]) -> None:
    """Join quotation ``n`` of each probe ``(n, words)`` with the quotations ``index`` holds
    under ``words`` whose speakers may be one person with its."""
    for n, key in probes:
        _join(links, quotes, [n, *(m for m in index.get(key, ())
                                   if _same_speaker(quotes[n], quotes[m]))])


def _link_whole(links: UnionFind, quotes: Sequence[_Quote]) -> None:
    """Reported speech holding a whole direct quotation of at least ``RUN`` words joins it,
    when the speakers may be one person: 'Lopez told police that he did not mean to shoot
    the ladies' and "did not mean to shoot the ladies"."""
    whole = _index(quotes, None, RUN, REPORTED_RUN)
    _join_found(links, quotes, whole, _reported(quotes, {len(w) for w in whole}))


def _join_alike(links: UnionFind, quotes: Sequence[_Quote], posting: Sequence[int]) -> None:
    """Join the quotations of ``posting`` (they share a run of words) whose speakers may be
    one person, or that are recognisably one quotation whoever is named: "For decades, the
    Endangered Species Act has protected …", said Locke, is not Obama's "For more than three
    decades, the Endangered Species Act has successfully protected …"."""
    speakers = {quotes[n].surname for n in posting}
    if len(speakers - {None}) < 2:
        _join(links, quotes, posting)
        return
    for i, n in enumerate(posting):
        for m in posting[i + 1:]:
            x, y = quotes[n], quotes[m]
            if x.article != y.article and (_same_speaker(x, y) or _similar(x, y)):
                links.union(n, m)


def _link_short(links: UnionFind, quotes: Sequence[_Quote]) -> None:
    """A direct quotation shorter than a run is the same as a longer one of another report it
    lies inside: one, never a bridge between two. "radical Islamic terrorism" lies inside
    two different quotations of one report and a third of another; it joins the one whose
    speaker may be its own, then the one quoted most (by the joins of longer quotations),
    then the first, and the others stay apart."""
    quoted = Counter(links.find(n) for n in range(len(quotes)))
    for size in sorted({len(q.words) for q in quotes if q.direct and len(q.words) < RUN}):
        index = _index(quotes, size, size)
        for n, q in enumerate(quotes):
            if not q.direct or len(q.words) != size:
                continue
            inside = [m for m in index.get(q.words, ()) if quotes[m].article != q.article]
            if inside:
                links.union(n, min(inside, key=lambda m: (not _same_speaker(q, quotes[m]),
                                                          -quoted[links.find(m)], m)))


def _same_speaker(x: _Quote, y: _Quote) -> bool:
    """The speakers may be one person: either is unknown or only a role ('the judge'), or the
    surname of one is in the other's name ('Gage' and 'Undersheriff James Gage', 'Vincent Del
    Giudice' and 'Vincent DelGiudice'; not 'Sheriff Robert Pickell' and 'James Gage')."""
    a, b = x.surname, y.surname
    if a is None or b is None:
        return True
    return a in y.name or b in x.name


def _surname(name: str | None) -> str | None:
    """The last capitalised word of a speaker's name (three letters or more), or None."""
    found = [w.lower() for w in re.findall(r"\b[A-Z][\w'’-]{2,}", name or "")]
    generic = _INSTITUTION | gazetteer().role_ends
    found = [w for w in found if w not in generic]
    return "".join(words(found[-1])[0]) if found else None


def _join(links: UnionFind, quotes: Sequence[_Quote], posting: Sequence[int]) -> None:
    """Join the first quotation of ``posting`` with those of other reports (and, through
    them, the rest): linear in the posting."""
    first = posting[0]
    for m in posting[1:]:
        if quotes[m].article != quotes[first].article:
            links.union(first, m)
    other = next((m for m in posting if quotes[m].article != quotes[first].article), None)
    if other is not None:
        for m in posting[1:]:
            if quotes[m].article == quotes[first].article:
                links.union(other, m)


def reworded(x: _Quote, y: _Quote) -> tuple[str, str] | None:
    """Where ``x`` and ``y`` differ inside the part both print, as written in each: the first
    such difference of at most ``REWORD_GAP`` words a side, else None; none where either side
    marks an elision, nor for words only one side has that change nothing said (``_aside``)."""
    ops = SequenceMatcher(None, x.words, y.words, autojunk=False).get_opcodes()
    equal = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if len(equal) < 2:
        return None
    for tag, i1, i2, j1, j2 in ops[equal[0] + 1: equal[-1]]:
        if tag == "equal" or max(i2 - i1, j2 - j1) > REWORD_GAP:
            continue
        if "".join(x.words[i1:i2]) == "".join(y.words[j1:j2]):
            continue  # 'U.S.' and 'US', 'vice-presidential' and 'vice presidential'
        if _one_number(x.words[i1:i2], y.words[j1:j2]):
            continue  # '11th hour' and 'eleventh-hour': a house style of numbers
        gap_x = x.member.text[x.spans[i1 - 1][1]: x.spans[i2][0]]
        gap_y = y.member.text[y.spans[j1 - 1][1]: y.spans[j2][0]]
        if _ELISION.search(gap_x) or _ELISION.search(gap_y):
            continue  # words left out and marked so: '… '
        if (i1 == i2 and _aside(y, j1, j2)) or (j1 == j2 and _aside(x, i1, i2)):
            continue
        return _written(x, i1, i2), _written(y, j1, j2)
    return None


def _one_number(a: Sequence[str], b: Sequence[str]) -> bool:
    """Are two runs of words one number written two ways ('11th' / 'eleventh', '21' /
    'twenty one'; not 'first' / 'one')?"""
    x, y = "-".join(a), "-".join(b)
    value = number_value(x)
    return value is not None and value == number_value(y) and is_ordinal(x) == is_ordinal(y)


# words one outlet prints and another leaves out that change nothing said: a speaker's
# fillers, and the 'that' a clause may do without ('knew that they' / 'knew they')
_FILLERS = frozenset((("i", "mean"), ("you", "know"), ("uh",), ("um",), ("er",), ("ah",),
                      ("oh",), ("well",), ("that",)))
# ... and one small word a transcript has or lacks that says nothing new ('off of Dennis' /
# 'off Dennis', 'game so on' / 'game on', 'the'); never a negation, a pronoun or a number
_SMALL_WORDS = frozenset(("of", "the", "a", "an", "so", "just", "then", "now", "really",
                          "very", "actually", "and"))


def _aside(q: _Quote, i: int, j: int) -> bool:
    """Are words ``i:j`` of ``q``, which the other quotation lacks, no words of the speaker's
    that matter: a filler ('I mean', 'uh'), a 'that' opening a clause, one small word ('off
    of Dennis' / 'off Dennis'), an editor's insertion in brackets ('altered (its direction)
    towards'), or the minutes of a full hour ('6:00 p.m.' / '6 p.m.')?"""
    if q.words[i:j] in _FILLERS or (q.words[i:j] == ("00",) and q.words[i - 1].isdigit()):
        return True
    if j - i == 1 and q.words[i] in _SMALL_WORDS:
        return True
    around = q.member.text[q.spans[i - 1][1]: q.spans[j][0]]
    return ("(" in around or "[" in around) and (")" in around or "]" in around)


def _written(q: _Quote, i: int, j: int) -> str:
    """Words ``i:j`` of ``q`` as written, with the shared word on each side for context."""
    return " ".join(q.member.text[q.spans[i - 1][0]: q.spans[j][1]].split())


def _similar(x: _Quote, y: _Quote) -> bool:
    """Recognisably the same quotation though they share no run: most words of the shorter
    kept in runs of two or more, names aside: "the purposes of the [Endangered Species Act]"
    and "… the strong protections of the Endangered Species Act …" share a name, not words
    said."""
    if min(len(x.words), len(y.words)) < RUN:
        return False
    nx, ny = _names(x), _names(y)
    shorter = min(len(x.words) - len(nx), len(y.words) - len(ny))
    blocks = SequenceMatcher(None, x.words, y.words, autojunk=False).get_matching_blocks()
    kept = sum(1 for b in blocks if b.size >= 2 for i in range(b.a, b.a + b.size)
               if i not in nx)
    return kept >= SIMILAR_SHARE * shorter


def _names(q: _Quote) -> frozenset[int]:
    """The words of ``q`` written capitalised other than to open it ('I' aside): its names."""
    return _capitalised(q.member.text, q.spans)


@lru_cache(maxsize=4096)  # a quotation meets many others (``_similar``): read it once
def _capitalised(text: str, spans: tuple[tuple[int, int], ...]) -> frozenset[int]:
    from ..match.normalize import tokenize

    starts = {t.start for t in tokenize(text) if t.capital and t.text != "I"}
    return frozenset(i for i, (start, _) in enumerate(spans) if start in starts)


def quote_ledger(analyses: Sequence[Analysis]) -> Ledger:
    """Quotations found in several reports (each member with its speaker), the direct
    quotations only one report has, and the quotations worded differently. A quotation one
    report prints in other words than another (``_rewordings``) is shared too: the ledger
    lists the two together, and the conflict says which words differ."""
    quotes = _collect(analyses)
    links = _link(quotes)
    conflicts: list[Conflict] = []
    listed: set[frozenset[tuple[str, ...]]] = set()  # wordings listed (see _reworded_once)
    for nodes in _shared_parts(quotes, links):
        direct = [n for n in nodes if quotes[n].direct]
        if not direct:  # reported speech sharing a quoted phrase (``_link_marked``)
            continue
        # each member against the fullest direct quotation of another report
        ref = max(direct, key=lambda n: (len(quotes[n].words), -n))
        for n in nodes:
            if quotes[n].article == quotes[ref].article or not quotes[n].direct:
                continue  # (reported speech is the outlet's wording, not the speaker's)
            # only where the two are recognisably one quotation, not two that share a
            # stock phrase ('from the page to the screen', in a letter and a press release)
            diff = (reworded(quotes[ref], quotes[n]) if _similar(quotes[ref], quotes[n])
                    else None)
            found = _reworded_once(quotes[ref], quotes[n], diff, listed)
            if found is not None:
                conflicts.append(found)
    reworded_pairs, found_more = _rewordings(quotes, links, listed)
    conflicts.extend(found_more)
    for n, m in reworded_pairs:
        links.union(n, m)
    parts = _shared_parts(quotes, links)
    shared = tuple(tuple(quotes[n].member for n in nodes) for nodes in parts)
    in_ledger = {n for nodes in parts for n in nodes}
    lone = tuple(q.member for n, q in enumerate(quotes) if q.direct and n not in in_ledger)
    return shared, lone, conflicts


def _shared_parts(quotes: Sequence[_Quote], links: UnionFind) -> list[list[int]]:
    """The sets of joined quotations that more than one report prints, in order."""
    return [nodes for nodes in links.components()
            if len({quotes[n].article for n in nodes}) > 1]


def _reworded_once(x: _Quote, y: _Quote, diff: tuple[str, str] | None,
                   listed: set[frozenset[tuple[str, ...]]]) -> Conflict | None:
    """The 'worded differently' conflict of two quotations (``diff``: their ``reworded``
    words), or None when they are worded alike or these two wordings were listed already:
    two outlets printing one wording and two the other make one conflict, not four (the
    ledger names every report quoting it), nor when the same words differ between two others
    (one of them cut shorter)."""
    if diff is None:
        return None
    wordings = frozenset((x.words, y.words))
    differing = frozenset((words(diff[0])[0], words(diff[1])[0]))
    if wordings in listed or differing in listed:
        return None
    listed.update((wordings, differing))
    return Conflict("quote", None, f'worded differently: "{diff[0]}" vs "{diff[1]}"',
                    (x.member, y.member))


def _candidate_pairs(quotes: Sequence[_Quote], links: UnionFind) -> set[tuple[int, int]]:
    """Direct quotations of different reports, not joined, that share a short shingle (common
    ones skipped)."""
    pairs: set[tuple[int, int]] = set()
    for posting in _index(quotes, SIMILAR_SHINGLE, RUN).values():
        if len(posting) > COMMON_SHINGLE:
            continue
        for i, n in enumerate(posting):
            for m in posting[i + 1:]:
                if quotes[n].article != quotes[m].article and links.find(n) != links.find(m):
                    pairs.add((n, m))
    return pairs


def _rewordings(quotes: Sequence[_Quote], links: UnionFind,
                listed: set[frozenset[tuple[str, ...]]]
                ) -> tuple[list[tuple[int, int]], list[Conflict]]:
    """Direct quotations of different reports not joined as one that are recognisably the
    same quotation worded differently (found through short shingles, common ones skipped),
    unless a report prints both ('It's official: I'm hosting the #Oscars!' and 'I am so
    excited to be hosting the Oscars for the second time' in each of two reports are two
    quotations): those pairs, to be joined in the ledger, and their conflicts."""
    pairs: list[tuple[int, int]] = []
    out: list[Conflict] = []
    printed: dict[int, set[int]] = {}  # ledger part -> the reports printing it
    for k, q in enumerate(quotes):
        printed.setdefault(links.find(k), set()).add(q.article)
    for n, m in sorted(_candidate_pairs(quotes, links)):
        x, y = quotes[n], quotes[m]
        if not _same_speaker(x, y):
            continue
        if x.article in printed[links.find(m)] or y.article in printed[links.find(n)]:
            continue  # a report printing both wordings quotes two things, not one two ways
        diff = reworded(x, y) if _similar(x, y) else None
        if diff is None:
            continue
        pairs.append((n, m))
        found = _reworded_once(x, y, diff, listed)
        if found is not None:
            out.append(found)
    return pairs, out


def quoted_pairs(shared: Sequence[Sequence[Member]], text: Callable[[Member], str]
                 ) -> list[tuple[Member, Member]]:
    """Pairs of members of one shared quotation (``quote_ledger``), from different reports,
    whose statements (``text``) both print the same run of at least ``QUOTED_RUN`` words of
    it that says something (``telling``): the two state one fact, the quotation. A quotation
    running over several statements joins only the statements that print the words both
    have, not every statement of it ('"I know that the things I've done caused a lot of
    pain"' and '"I will not bring dishonor to the decision to spare my life"' are two)."""
    out = []
    for members in shared:
        said = {m: words(text(m))[0] for m in members}  # each statement's words, read once
        quoted = {m: words(m.text)[0] for m in members}
        for x, y in combinations(members, 2):
            if x.article == y.article:
                continue
            a, b = said[x], said[y]
            m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
            run = a[m.a: m.a + m.size]
            if len(run) >= QUOTED_RUN and telling(run) and all(
                    run in set(shingles(quoted[q], len(run))) for q in (x, y)):
                out.append((x, y))
    return out


MARKED_SHARED = 4  # statements printing one marked phrase, at most, for it to tell one fact


def marked_pairs(texts: Sequence[Sequence[str]]
                 ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of statements ((report, statement) by index into ``texts``, one list of
    statement texts per report) of different reports that put the same two or more words in
    closed quotation marks, one of them in lower case and no function word: a phrase both
    quote ('Comey announced that Clinton was “extremely careless”' / 'He called her handling
    of it “extremely careless”'), too short for a quotation of the ledger but the same words
    of the same source. A phrase more than ``MARKED_SHARED`` statements quote is a catchword
    of the story ('“radical Islamic terrorism”'), no one fact; a title or a nickname ('“The
    Golden Compass”', '“Crazy T”': ``_said_words``) names a thing, it says nothing."""
    by_phrase: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for a, statements in enumerate(texts):
        for k, text in enumerate(statements):
            for phrase in marked_phrases(text):
                by_phrase.setdefault(phrase, []).append((a, k))
    return list(_across(by_phrase.values(), lambda node: node[0]))


T = TypeVar("T")


def _across(postings: Iterable[list[T]], report: Callable[[T], object]
            ) -> Iterator[tuple[T, T]]:
    """The pairs of each posting (the holders of one marked phrase, in order) from two
    reports, for the postings of at most ``MARKED_SHARED`` holders in two reports or more."""
    for posting in postings:
        if len(posting) <= MARKED_SHARED and len({report(x) for x in posting}) > 1:
            yield from ((x, y) for x, y in combinations(posting, 2) if report(x) != report(y))


def marked_phrases(text: str) -> set[tuple[str, ...]]:
    """The normalised words of each phrase of two or more words ``text`` puts in closed
    quotation marks that says something (``_said_words``)."""
    return {ws for ws, _ in _marked(text)}


def _marked(text: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each phrase of ``marked_phrases``: its normalised words and the phrase as written."""
    for start, end, closed in quoted_spans(text):
        phrase = text[start:end]
        if closed and _said_words(phrase) and len(ws := words(phrase)[0]) >= 2:
            yield ws, phrase


def marked_members(group: Sequence[Member], direct: Callable[[Member], bool]
                   ) -> tuple[Member, ...]:
    """The members of a shared quotation that reported speech joined by a phrase they all
    put in quotation marks ('she said … make “positive changes” in people’s lives' in two
    reports, ``_link_marked``), each printed as that phrase in its own report's wording:
    the quoted words are the speaker's, the rest the outlet's. The phrase most reports print
    (the longest, then the first in order, of those tied); empty when no phrase is printed by
    two reports. A ``direct`` member is its own phrase."""
    held: dict[tuple[str, ...], dict[int, str]] = {}
    for n, m in enumerate(group):
        if direct(m):
            held.setdefault(words(m.text)[0], {})[n] = m.text
            continue
        for ws, phrase in _marked(m.text):
            held.setdefault(ws, {}).setdefault(n, phrase.strip(" ,.;:"))
    best = sorted(held.items(), key=lambda kv: (
        -len({group[n].article for n in kv[1]}), -len(kv[0]), min(kv[1])))
    if not best or len({group[n].article for n in best[0][1]}) < 2:
        return ()
    return tuple(Member(group[n].article, group[n].statement, text, group[n].speaker)
                 for n, text in sorted(best[0][1].items()))


def _said_words(phrase: str) -> bool:
    """Does a quoted phrase say something: a word of it in lower case that is no function
    word (not a title or a name in quotation marks)?"""
    return any(w[:1].islower() and w.lower() not in STOPWORDS for w in phrase.split())
