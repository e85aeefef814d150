"""Split a cleaned article body into statements (sentences), rule-based and in linear time.

A statement never crosses a paragraph break (a blank line). Inside a paragraph, a single line
break also ends a statement (one sentence a line, bullet lists, a standfirst without a final
period), unless the paragraph looks hard-wrapped: three or more lines, none longer than 100
characters, and most line breaks falling inside a sentence; or the line breaks a sentence of
lower-case words with no mark at its end and the next line goes on in lower case. Leading
bullet marks (``-``, ``•``, ``*``) are left out of the statement.

Inside a line (or a wrapped paragraph), a statement ends after ``.``, ``!``, ``?``, ``…`` or
``...`` plus any closing quotes, brackets and stray periods that follow (``Washington.".``),
when whitespace and then a word that is not lower case follow. Exceptions:

* abbreviations: titles before a name (``Mr.``, ``Dr.``, ``Sens.``, ``Att'y``, ``St.``) end
  one only when a typical sentence opener follows (``The``, ``He``, ``But``..., not a lone
  initial ``A.``), and ``e.g.``, ``vs.`` never do; a title at the end of a line followed by a
  line starting with a capitalised name (``the Rev.\nLarry Kroon``: one sentence a line, cut
  by a bad splitter) is joined to it; ``No.``/``Jan.`` before a number never end one;
  initials (``J. K. Rowling``), initialisms (``U.S.``, ``p.m.``), company endings (``Inc.``,
  ``Ltd.``) and US state abbreviations not after a comma (``former Fla. Gov. Jeb Bush``; but
  ``in Tamarac, Fla. While ...`` ends) end one only when a typical sentence opener follows.
  Decimals (``2.5``) are never split because a period must be followed by whitespace; nor
  are those a tokeniser wrote apart (``5. 9``, ``(. 535)``, ``a. 357 Magnum``, ``(Dh472.
  72bn)``) or a one-letter unit after a number (``110 b. Euro``), and ``an? 110 billion`` (a
  currency sign lost to a bad encoding) is no question;
* inside a quotation that closes in the same paragraph (straight or curly double quotes,
  guillemets) nothing ends: a quotation of several sentences is one statement together with
  its attribution. A quotation that never closes is ignored (normal splitting);
* a short attribution after a quotation that ended with a period (``"It is over." Lavrov
  said.``) stays with the quotation.

A dateline at the start of a paragraph (``SOCHI, May 14. /TASS/.``, ``WASHINGTON (Reuters) -``,
``LONDON, March 3 (AP) —``, ``MOSCOW, Jan 5 —``, ``PHILADELPHIA ―``, ``New York –``) is not a
statement: the first statement starts after it (see :func:`find_dateline`). Statements with no
letter or digit are dropped, and so is a statement of ``REPEATED_WORDS`` words or more that
repeats an earlier one of the article word for word (a summary line printed again as the first
paragraph, a pull quote): it is one statement, listed once (``pipeline.analyse`` records a
``repeated_statement`` repair for each).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Article, Statement
from .words import SPEECH_VERBS, TITLE_ABBREVIATIONS

_PARA = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")  # lines up to a blank line
# a run of sentence-final marks (starting at its first mark) with closing quotes/brackets and
# stray periods after it, followed by whitespace or the end; possessive, so linear
_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[.!?…\"”’»)\]']*+(?=\s|\Z)")
_QUOTE = re.compile(r"[\"“”«»„]")
_BULLET = re.compile(r"[-–—•*·▪►](?:[ \t]+|(?=[A-Z]))")  # "- Nate Cohn", "-Nate Cohn"
_WORD_AFTER = re.compile(r"[\"“'‘(\[]*+([^\W\d_]+)")
# the whole part of a decimal a tokeniser wrote apart, with a currency's letters before it:
# '5. 9', '(Dh472. 72bn)'
_SPACED_DECIMAL = re.compile(r"(?:[A-Z][a-z]?)?\d{1,3}")
# a one-letter unit after a number: '110 b. Euro' (billion)
_NUMBER_UNIT = re.compile(r"\d [a-z]")
_SHORT_NUMBER = re.compile(r"\d{1,2}(?!\d)(?![.,]\d)")
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # U.S, p.m, Ph.D
# the last letter of an initialism a tokeniser wrote apart: 'a. m', 'p. m' (before ``i - 1``)
_SPACED_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.[ ][a-z]")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


TITLES = TITLE_ABBREVIATIONS | _set("Del St Mt Ft Sta approx ca al Gov't Dept Univ Assn")
BEFORE_NUMBER = _set("No Nos Art Fig Vol pp p Para Sec Ch Jan Feb Mar Apr Jun Jul Aug "
                     "Sep Sept Oct Nov Dec Tel Ext Rm")
ENDINGS = _set("Inc Ltd Co Corp Bros Jr Snr Jnr Plc PLC LLC Esq Ave Rd Blvd etc "
               "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
NEVER_END = frozenset({"e.g", "i.e", "E.g", "I.e", "vs", "v", "cf"})
# words no sentence ends with: before a number their period is a decimal point a tokeniser
# wrote apart ('a. 357 Magnum', 'his. 38 - caliber revolver': '.357', '.38')
ENDS_NO_SENTENCE = _set("a an the his its their our your my")
# US state abbreviations that are not also words ("Mass.", "Ill.", "Wash." are left out)
STATES = _set("Ala Ariz Ark Calif Colo Conn Fla Ga Kan Kans Ky Md Mich Minn Mont Neb Nev "
              "Okla Ore Tenn Tex Vt Va Wis Wyo")
STARTERS = _set(
    "The A An He She It They We I You His Her Its Their Our My Your This That These Those "
    "There Here But And Or So Yet However Meanwhile Moreover Nevertheless In On At For With "
    "By From As If When While After Before Although Though Since Because Some Many Most All "
    "No Not One Both Each Such What Who Which Why How Where According During Despite Under "
    "Another Several Last Next Now Then Also Still Earlier Later Mr Mrs Ms Dr Officials "
    "Analysts Police Shares Sales Prices")

MAX_QUOTE_CHARS = 1500  # a longer "quotation" is more likely a stray mark: split normally
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a date as a dateline writes it: 'May 14', '3 March 2019', 'Friday', or as wire copy writes
# it, 'PHNOM PENH 1996-08-30'
_DATE = (rf"(?:{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?"
         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4}-[01]\d-[0-3]\d)")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})?"  # one to four capitalised words
    r"(?:,[ ](?P<region>[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?))??"  # ", Calif." / ", France"
    rf"(?:,?[ ]?(?P<date>{_DATE}))?"
    r"[ ]?\.?[ ]?"
    r"(?P<agency>\([A-Z][\w.&'’ -]{1,38}\)|/[ ]?[A-Z][\w&' -]{1,30}[ ]?/\.?)?"
    r"[ ]?(?P<sep>--|[-‐‑‒–—―])?"
    r"(?=\s|\Z)"
)
# dashes a mixed-case place alone may stand before ("New York – ", "Indianapolis ― "): not the
# hyphen, which also joins a name to an apposition ("Iran - Opec's second-biggest producer")
_LONG_DASHES = "‒–—―"
_NOT_PLACE = _set("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Note")


# patterns used only with .match() at one position on a bounded window (200 and 40 chars):
# a single attempt is linear, so tests/test_linear.py checks them with .match, not .search
MATCH_ONLY = (_DATELINE, _WORD_AFTER)


def find_dateline(paragraph: str) -> tuple[int, int] | None:
    """The span of the dateline prefix of ``paragraph`` (see :func:`dateline_at`)."""
    m = dateline_at(paragraph)
    return None if m is None else (0, m.end())


def dateline_at(paragraph: str, alone: bool = False) -> re.Match[str] | None:
    """The match of a dateline prefix at the start of ``paragraph`` ("SOCHI, May 14. /TASS/.",
    "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "MOSCOW, Jan 5 —", wire copy's
    "PHNOM PENH 1996-08-30"), without the spaces after it, with its parts as groups ``place``,
    ``region``, ``date``, ``agency``, ``sep``; None when there is none or nothing follows it
    (``alone``: a line that is only a dateline counts, as wire copy writes one).

    The pattern is one regex of bounded pieces (at most four place words, a date, an agency in
    brackets or slashes, a dash), matched at the start of at most 200 characters, so its cost
    does not grow with the text. Any dash counts: hyphen, ``--``, en dash, em dash, horizontal
    bar (``PHILADELPHIA ―``). A match counts only with an agency in slashes (``/TASS/``),
    an agency in brackets followed by a dash, an upper-case place (``SOCHI``) followed by a
    date or a dash, a place and a date and a dash, or a mixed-case place before a long dash
    (``New York – ``, see :func:`_placed_by_long_dash`); and the text after it must start with a
    capital, a digit or an opening quote, and not be a headline in capitals (``SOCCER - KEANE
    SIGNS FOR UNITED.`` is a headline's topic, no dateline). So "Moscow is interested", "Apple
    - the firm" and "The World Trade Organisation (WTO) said" are not datelines."""
    m = _DATELINE.match(paragraph[:200])
    if m is None or m.end() == 0:
        return None
    rest = paragraph[m.end():].lstrip()
    if not _dateline_parts(m, rest):
        return None
    if not rest:
        return m if alone else None
    if rest[0].islower() or not (rest[0].isalnum() or rest[0] in "\"“‘'(«"):
        return None
    return None if _capitals(rest[:60]) else m


def _dateline_parts(m: re.Match[str], rest: str) -> bool:
    """The parts of a ``_DATELINE`` match make a dateline (see :func:`dateline_at`)."""
    place, date, agency, sep = m.group("place"), m.group("date"), m.group("agency"), m["sep"]
    caps = (place is not None and sum(c.isupper() for c in place) >= 3
            and place.upper() == place and place.split()[0] not in ("A", "AN", "THE"))
    slashed = agency is not None and agency.startswith("/")
    return bool(slashed or (agency and sep) or (caps and (date or sep))
                or (place and date and sep)
                or (place and sep and _placed_by_long_dash(place, sep, m["region"], rest)))


def _capitals(text: str) -> bool:
    """Letters, none of them lower case: a headline in capitals."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def dateline_place(line: str) -> tuple[int, int] | None:
    """The span of the place of a dateline in capitals heading ``line`` ('PHNOM PENH
    1996-08-30', 'MILWAUKEE, Wisconsin 1996-08-29', 'PHILADELPHIA ― The mayor ...'), the line
    may be the dateline alone; None when the line opens with no such dateline."""
    m = dateline_at(line, alone=True)
    if m is None or m["place"] is None or m["place"].upper() != m["place"]:
        return None
    return m.span("place")


def _placed_by_long_dash(place: str, sep: str, region: str | None, rest: str) -> bool:
    """'New York – The ...', 'Dekalb, Ill. — Mike Glass ...': a mixed-case place, alone, before
    a long dash, and a sentence after it of at least four words with no dash of the same kind
    (then the dash opens an aside: 'Mehmet Oz — Ivy League-trained surgeon — has ...')."""
    if sep not in _LONG_DASHES or place.split()[0] in ("A", "An", "The", *_NOT_PLACE):
        return False
    first = _END.split(rest, maxsplit=1)[0]
    return len(first.split()) >= 4 and sep not in first and (
        region is not None or not any(c.isdigit() for c in first[:3]))


def segment(article: Article) -> tuple[Statement, ...]:
    return segment_repeats(article)[0]


def segment_repeats(article: Article) -> tuple[tuple[Statement, ...], list[str]]:
    """The statements of ``article`` and the texts of those left out as printed again."""
    text = article.text
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    repeated: list[str] = []
    for para in _PARA.finditer(text):
        for s, e in _paragraph(text, para.start(), para.end()):
            key = " ".join(text[s:e].split()).casefold()
            if key in seen:
                repeated.append(text[s:e])  # a summary line, a pull quote printed again
                continue
            if len(key.split()) >= REPEATED_WORDS:
                seen.add(key)
            spans.append((s, e))
    return (tuple(Statement(article.id, i, text[s:e], s, e) for i, (s, e) in enumerate(spans)),
            repeated)


REPEATED_WORDS = 5  # a statement of this many words printed again in one report is dropped


def _paragraph(text: str, ps: int, pe: int) -> Iterator[tuple[int, int]]:
    dateline = find_dateline(text[ps:pe])
    if dateline is not None:
        ps += dateline[1]
    ps = _past_heading(text, ps, pe)
    for ls, le in _units(text, ps, pe):
        yield from _merge_attributions(text, list(_sentences(text, ls, le)))


HEADING_DASHES = (" - ", " – ", " — ", " ― ")
HEADING_WORDS = 3  # words in capitals, at least, of a section's heading run into its paragraph


def _past_heading(text: str, ps: int, pe: int) -> int:
    """Where a paragraph's text starts after a section heading in capitals and a dash that a
    newsletter runs into it ('IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark
    Blumenthal and Jon Cohen: “…'): a heading is no statement, and glued to one it hides
    its speaker and its words from every match."""
    head = text[ps: min(pe, ps + 160)]
    cut = min((i for i in (head.find(d) for d in HEADING_DASHES) if i > 0), default=-1)
    if cut < 0 or cut + 3 >= len(head):
        return ps
    words = head[:cut].split()
    letters = sum(c.isalpha() for c in head[:cut])
    after = head[cut + 3]
    if (len(words) < HEADING_WORDS or letters < 8 or head[:cut].upper() != head[:cut]
            or not (after.isupper() or after in "“\"‘'")):
        return ps
    return ps + cut + 3


def _units(text: str, ps: int, pe: int) -> Iterator[tuple[int, int]]:
    """Lines of the paragraph, or the whole paragraph when it is hard-wrapped."""
    lines: list[tuple[int, int]] = []
    start = ps
    while True:
        nl = text.find("\n", start, pe)
        if nl < 0:
            lines.append((start, pe))
            break
        lines.append((start, nl))
        start = nl + 1
    if len(lines) >= 3 and _wrapped(text, lines):
        yield ps, pe
        return
    start = -1
    for k, (ls, le) in enumerate(lines):
        if start < 0:
            m = _BULLET.match(text, ls, le)
            start = m.end() if m else ls
        if k + 1 < len(lines) and (_title_cut(text, ls, le, lines[k + 1][1])
                                   or _broken(text, ls, le, lines[k + 1][1])):
            continue  # "the Rev." | "Larry Kroon said": one statement
        yield start, le
        start = -1


def _title_cut(text: str, ls: int, le: int, ne: int) -> bool:
    """The line ``text[ls:le]`` ends with a title (``Rev.``) and the next line, which ends at
    ``ne``, starts with a capitalised word that is not a sentence opener."""
    n = le + 1
    return (le - ls > 1 and text[le - 1] == "." and n < ne and text[n].isupper()
            and _token_before(text, le - 1) in TITLES and not _opener_at(text, n, ne))


_STAMP_WORDS = frozenset(("updated", "posted", "published", "last", "filed", "by"))


def _broken(text: str, ls: int, le: int, ne: int) -> bool:
    """Is a sentence broken across the line break after ``text[ls:le]`` (the next line ends
    at ``ne``): the line ends with no mark, in a sentence of lower-case words, and the next
    one goes on in lower case ('Michael Silverman reports that the Red Sox' | 'have made an
    offer …'), or the line ends with a comma (before a closing quotation mark or not), or with
    a semicolon or colon before a line in lower case; not a headline before 'updated 7 / 28 /
    2004'."""
    line = text[ls:le].rstrip()
    nxt = text[le + 1: ne].lstrip()
    if (_ends_with_comma(line) and nxt[:1].isalnum()) or (
            line[-1:] in ";:" and nxt[:1].islower()):
        return nxt.split(" ", 1)[0].lower() not in _STAMP_WORDS  # 'her E! reality show
        # "Taradise,"' | 'Reid has appeared …'; '…, four life sentences;' | 'he also was …'
    if not line or not nxt[:1].islower() or line[-1] in ".!?…:;\"”’')]" or line[-1].isdigit():
        return False
    words = line.split()
    return (len(words) >= 4 and sum(w.islower() for w in words) >= 2
            and nxt.split(" ", 1)[0].lower() not in _STAMP_WORDS)


def _ends_with_comma(line: str) -> bool:
    """Does ``line`` end with a comma, no sentence's end: bare, or closing a quoted title of
    a few words ('her reality show "Taradise,"'); not a quotation closed with a comma, which
    a sloppy page may end its sentence with ('… away from you,"' | 'King provided …')."""
    bare = line.rstrip("\"”’'")
    if not bare.endswith(","):
        return False
    if bare == line:
        return True
    opened = max(line.rfind(m, 0, len(bare)) for m in "\"“‘'")
    return opened >= 0 and len(line[opened + 1:].split()) <= 4


def _wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if any(le - ls > 100 for ls, le in lines[:-1]):
        return False
    if any(_BULLET.match(text, ls, le) for ls, le in lines):
        return False
    inside = sum(1 for ls, le in lines[:-1] if not _END.search(text, ls, le))
    return inside * 2 > len(lines) - 1


def _quote_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(open, after-close) of each top-level quotation that closes before ``e`` (‘…’ ones
    when the text has no double quotation marks)."""
    if _QUOTE.search(text, s, e) is None:
        return [(a - 1, b + 1) for a, b, closed in single_quotes(text, s, e)
                if closed and b + 2 - a <= MAX_QUOTE_CHARS]
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE.finditer(text, s, e):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i > s else " "
        after = text[i + 1] if i + 1 < e else " "
        clear_opener = (before.isspace() or before in "([—–-") and after.isalnum()
        if ch == '"':  # an open quotation is closed by any mark but a clear opener
            opening = clear_opener or (open_at < 0 and not (before.isalnum()
                                                            or before in ".,!?;:…"))
        else:
            opening = ch in "“«„"
        if open_at >= 0 and opening and clear_opener and _sentence_end_before(text, s, i):
            open_at = -1  # '... end. "Next paragraph of the same speech': never closed
        if opening and open_at < 0:
            open_at = i
        elif not opening and open_at >= 0:
            if i + 1 - open_at <= MAX_QUOTE_CHARS:
                spans.append((open_at, i + 1))
            open_at = -1
    return spans


_SINGLE = re.compile(r"[‘’']")


def single_quotes(text: str, s: int, e: int, carry: bool = False,
                  ) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each ‘…’ quotation of ``text[s:e]``; ``carry``:
    one is open at ``s``. An opening ‘ is not glued to a word before it; the closing ’ is one
    that no letter or digit follows (’ inside a word is an apostrophe: don’t, Lavrov’s). An
    unclosed quotation runs to ``e``. Straight single quotes, far more often apostrophes or
    quoted terms in running text, only as British papers quote whole sentences: opening a
    sentence or after a colon, a comma or a bracket, before a capital, and closing after a stop
    or comma (``'It sounded like a dog,' said the neighbour``; not ``the players' union``) or
    before a comma and a speech verb (``'… to monitor the elections', the message said``), and
    only when they close in the text (``'SNL' has fun …`` is no quotation)."""
    spans: list[tuple[int, int, bool]] = []
    open_at = s if carry else -1
    straight = False  # the open quotation opened with a straight quote: kept only if closed
    for m in _SINGLE.finditer(text, s, e):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i > s else " "
        after = text[i + 1] if i + 1 < e else " "
        if ch == "'":
            if open_at < 0 and after.isupper() and before.isspace() and (
                    _mark_before(text, s, i) in ("", ":", ",", "(", ".", "!", "?")):
                open_at, straight = i + 1, True
            elif open_at >= 0 and ((_mark_before(text, s, i) in (".", ",", "!", "?") and (
                    after.isspace() or after in ")—–")) or (  # (', ' she said': written apart)
                    after == "," and _attributed(text, i + 2, e))):  # "', the message said"
                spans.append((open_at, i, True))
                open_at, straight = -1, False
            continue
        if open_at < 0:
            if ch == "‘" and not before.isalnum() and not after.isspace():
                open_at = i + 1
        elif ch == "’" and not after.isalnum() and not before.isspace():
            spans.append((open_at, i, True))
            open_at, straight = -1, False
    if open_at >= 0 and not straight:
        spans.append((open_at, e, False))
    return spans


def _attributed(text: str, i: int, e: int) -> bool:
    """Does a speech verb stand among the four words from ``text[i]`` on (', the message
    said')?"""
    return any(w.strip(".,") in SPEECH_VERBS for w in text[i: min(e, i + 60)].split()[:4])


def _mark_before(text: str, s: int, i: int) -> str:
    """The last character of ``text[s:i]`` that is not a space ('' for none), without copying
    the text (``text[s:i].rstrip()[-1:]``)."""
    while i > s and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > s else ""


def _sentence_end_before(text: str, s: int, i: int) -> bool:
    j = i
    while j > s and text[j - 1].isspace():
        j -= 1
    return j > s and text[j - 1] in ".!?…"


def _sentences(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    quotes = _quote_spans(text, s, e)
    q = 0
    start = s
    for m in _END.finditer(text, s, e):
        end = m.end()
        while q < len(quotes) and quotes[q][1] <= end:
            q += 1
        if q < len(quotes) and quotes[q][0] < end < quotes[q][1]:
            continue  # inside a quotation
        if end < e and _is_boundary(text, m.start(), end, e):
            yield from _trim(text, start, end)
            start = end
    yield from _trim(text, start, e)


def _trim(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if any(c.isalnum() for c in text[s:e]):
        yield s, e


def _is_boundary(text: str, cs: int, ce: int, e: int) -> bool:
    n = ce
    while n < e and text[n].isspace():
        n += 1
    if n >= e:
        return False
    nxt = text[n]
    if nxt.islower() or _SPACED_CLOSE.match(text, n, e) or _HYPHEN_ON.match(text, n, e):
        return False  # (a closing mark written apart and the sentence going on: 'a coward?
        # " the young widow read'; a compound's hyphen: 'Calif. - based'; a dash going on)
    mark = text[cs:ce]
    if mark == "?" and nxt.isdigit() and _token_before(text, cs) in ENDS_NO_SENTENCE:
        return False  # 'an? 110 billion': a currency sign lost to a bad encoding
    if mark != ".":
        return True
    tok = _token_before(text, cs)
    if tok in NEVER_END:
        return False
    if tok in BEFORE_NUMBER and (nxt.isdigit() or _CODE.match(text, n, e)):
        return False  # 'No. 5', 'case No. VA089897'
    if nxt.isdigit() and _decimal_apart(text, cs, tok, n, e):
        return False
    if _NUMBER_UNIT.fullmatch(text, max(0, cs - 3), cs):
        return False  # '110 b. Euro'
    if len(tok) == 1 and tok.isupper() and _SECOND_INITIAL.match(text, n, e):
        return False  # 'an L. A Superior Court judge': two initials written apart
    if (tok in TITLES or tok in ENDINGS or (len(tok) == 1 and tok.isupper())
            or _INITIALISM.fullmatch(tok)
            or (len(tok) == 1 and _SPACED_INITIAL.fullmatch(text, max(0, cs - 4), cs))
            or (tok in STATES and text[cs - len(tok) - 2: cs - len(tok)] != ", ")):
        return _opener_at(text, n, e)
    return True


# a compound's hyphen written apart after an abbreviation ('a Newport Beach, Calif. - based
# firm'), or a dash after which the sentence goes on ('"… win for you!" — the balloons …')
_HYPHEN_ON = re.compile(r"[-–—][ ]?[a-z]")
_CODE = re.compile(r"[A-Z]{1,4}-?\d")  # a case or file number: 'VA089897', 'BC-123'
_SECOND_INITIAL = re.compile(r"[A-Z][ ]+[A-Z][a-z]")  # 'L. A Superior': not 'B. A man'
# a quotation mark written apart and a word in lower case after it (a tokenised copy): the mark
# closes the quotation and the sentence goes on
_SPACED_CLOSE = re.compile(r"[\"”][ ]{1,3}[a-z]")


def _decimal_apart(text: str, cs: int, tok: str, n: int, e: int) -> bool:
    """The period at ``cs``, before the number at ``n``, is a decimal point a tokeniser wrote
    apart: '5. 9' (a short number after it: not '... 1999. 3 men'), '(. 535)', 'a. 357'."""
    if not tok:
        return cs > 0 and text[cs - 1] in "( "
    if tok in ENDS_NO_SENTENCE:
        return True
    return bool(_SPACED_DECIMAL.fullmatch(tok)) and bool(_SHORT_NUMBER.match(text, n, e))


def _opener_at(text: str, n: int, e: int) -> bool:
    """A typical sentence opener (``The``, ``He``, ``"We``) starts at ``n``; a lone initial
    (``A. J. Smith``) does not count."""
    m = _WORD_AFTER.match(text, n, min(e, n + 40))
    return m is not None and m.group(1) in STARTERS and text[m.end():m.end() + 1] != "."


def _token_before(text: str, i: int) -> str:
    """The word (letters, digits, inner periods and apostrophes: 'U.S', 'Mr', '4.5bn',
    "Att'y") ending at ``i``."""
    j = i
    while j > 0 and i - j < 40 and (text[j - 1].isalnum() or text[j - 1] in ".'’"):
        j -= 1
    return text[j:i].lstrip(".'’").replace("’", "'")


# a source in brackets after a sentence, as newsletters cite their links: '[538.]', '[NYT.]',
# '[Democratic results, Republican results.]' (those ``clean`` leaves: it drops only a tag of
# letters closing a paragraph, never one with a digit)
_BRACKETED_SOURCE = re.compile(r"\[[^\[\]\n]{1,80}\]\.?")


def _merge_attributions(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join ``"It is over." Lavrov said.`` back into one statement, and a source in brackets
    to the sentence it cites (``"…" [538.]``)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _BRACKETED_SOURCE.fullmatch(text, s, e):
            out[-1] = (out[-1][0], e)
            continue
        asked = out and text[out[-1][1] - 2: out[-1][1] - 1] in ("?", "!")  # '…?" Trump added'
        apart = out and text[s] in "\"”" and text[s + 1: s + 2] == " "  # '…? " Yanes said.'
        if apart:
            asked = text[out[-1][1] - 1] in ("?", "!")
        if out and _is_attribution(text[s + 1:e] if apart else text[s:e], bool(asked)) and (
                apart or text[out[-1][1] - 1] in "\"”»'’"):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    yield from out


def _is_attribution(sentence: str, asked: bool = False) -> bool:
    """'Lavrov said.', 'said the minister, who …': a speech verb in a short sentence; after a
    question or an exclamation (``asked``), also among the first six words of a longer one
    with no quotation of its own ('"…?" Trump added during his appearance on Fox and
    Friends.'), and among the first ``OPENING`` of any such."""
    words = [w.strip(",") for w in sentence.rstrip(".!?…").split()]
    unquoted = asked and not any(c in sentence for c in "\"“”«»")
    if len(words) <= 8:
        reach = len(words)
    elif unquoted:
        reach = 6 if len(words) <= 14 else OPENING
    else:
        return False
    verb = next((k for k, w in enumerate(words[:reach]) if w in SPEECH_VERBS), None)
    # a verb reporting a clause of its own starts a statement ('Smith added that it was …')
    return verb is not None and words[verb + 1: verb + 2] != ["that"]


# after a question, a sentence opening with its speaker and verb is its attribution however
# long it runs ('"Who do they think they are?" Trump said of Apple in February, when the
# company balked at hacking an iPhone used by one of the two people in a mass shooting …')
OPENING = 3
