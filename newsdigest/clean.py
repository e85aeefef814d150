"""Clean an article's title and body, recording every change as a ``Repair``.

Steps, in order (each can only touch what it names; digits, currency signs and the words of a
quotation are never changed beyond these repairs):

0. line ends: ``\\r\\n``/``\\r`` become ``\\n``, and letters written as a base and a combining
   mark are composed (Unicode NFC: 'n' + U+0303 is 'ñ', so names and mojibake read whole;
   no repair: not visible).
1. ``markup``: tags left in a plain text (a page or a CMS export copied as text: '<tweet
   id="672138506081275904" author="@SpeakerRyan">While I respect …</tweet>', '<b>', '<br/>')
   are removed, the text between them kept, and a line left with no word is dropped; style
   sheet rules ('.gmobile {', 'width:100%;', '}') are dropped, a run of lines at a time and
   only a run that opens a rule, sets a property and closes it. Their numbers are no figures
   (a tweet id is no count) and their words no statement. Before the character references
   (step 2): an escaped '&lt;b&gt;' was meant as text, and stays.
2. ``entity``: HTML character references left in the text ("communiqu&#233;", "&#x27;",
   "&amp;", "&nbsp;") are decoded before any later step (or a figure reader: "&#243;" is
   no number 243) sees them. Only complete references ending in ``;`` are decoded.
3. ``mojibake`` (``clean.fix_mojibake``): ftfy's ``fix_encoding`` on each line that holds a
   UTF-8-read-as-Latin-1/cp1252 pair ("â€™" -> "’"; other lines skip ftfy, which is then
   not even imported); nothing else of ftfy (quotes stay curly). If a fix would change the
   digits of a line, the line is left as it was.
4. ``control``: control characters and NUL are removed; U+2028, NEL, VT, FF end a line,
   U+2029 ends a paragraph. Soft hyphens, zero-width spaces, word joiners and BOMs are removed
   (not turned into spaces: "Pom\\u200bpeo" is one word); zero-width (non-)joiners are removed
   only between two Latin letters (they carry meaning in Persian, Indic scripts and emoji).
5. ``space``: no-break and other odd spaces and tabs become a plain space; runs of spaces
   are collapsed, spaces at line starts and ends are removed, lines of only spaces become
   empty, and more than one blank line becomes one (paragraph breaks are kept).
   ``quote_mark``: two apostrophes written for a quotation mark (''Let's move on,'' said Curt
   Smith) become one '"', so that the quotation is read and cut into sentences as any other.
6. ``homoglyph`` (``clean.fix_homoglyphs``): a word mixing Latin letters with Cyrillic or
   Greek look-alikes (a small explicit table, below) gets Latin letters; if that gives no
   known word (``lexicon.vocabulary()``) but exactly one known word differs from it only at
   the replaced positions, that word is used ("parеicular" -> "particular"). Words entirely
   in Cyrillic or Greek are real text and stay as they are.
7. ``boilerplate``: body lines matching ``clean.boilerplate`` (whole line, any case), and
   lines that are only a byline ("By John Smith and Amy Li", "By The Associated Press"), a
   photo credit ("(AP Photo/Evan Vucci)", "John Moore/Getty Images.", "Photo: Reuters"), a
   "Click here ..." or share prompt ("Do you support Donald Trump? Like the page:") or a
   link line ("View full results: http://politi.co/1oGcEFv.") or a wire's crosshead between
   dashes ("– Country less safe –.") (``NOT_TEXT``).
8. ``repeated_headline``: a first body paragraph, or first line, that is the title again
   (ignoring case, punctuation and spaces; also with a trailing source or date fragment after
   a dash, bar or in brackets on either side: "Title - Reuters", "Title | CNN") is dropped,
   unless nothing else would be left. ``subheading``: then any line but the last in headline
   case with no final mark (every word capitalised but function words, one of those among
   them, four or more other words: "Hiller Feuded with Co-Workers Prior to Shooting") is a
   sub-heading or the page's own headline, no statement, and is dropped; so is a line of three
   words or more all in capitals with no digit ("HEAVYWEIGHT TITLE FIGHTS").
9. ``title_stamp``: a title that is only a date and time (a page's first line taken for its
   title: "Updated: November 11, 2011 20: 09 IST") dates an article that has no date, and
   the body's first line, when it reads as a headline, becomes the title (before step 8);
   a date glued to a title's last word or after a dash closing it ("… DA SAYSSEPTEMBER 19,
   2013") is dropped from it and dates the article likewise.
   ``untitled``: an article given no title (a JSON record without one) takes the body's
   first line as its title when that reads as a headline (at most 20 words, text after it,
   no final stop, colon or comma: 'Mark "Deep Throat" Felt Dead at 95'), as a text file's
   first line is its headline; before step 8, which would drop it as a sub-heading.
10. ``correction``: a correction or clarification appended at the end ("CORRECTION: …",
   "Correction: An earlier version of this story …", within the last 1,500 characters) is
   dropped with what follows it: it tells what an earlier version got wrong.
   ``press_footer``: a press release's closing sections, an 'About …' heading line in the
   last part of the text ('About Summit Entertainment LLC') and the issuer's blurb after it,
   and a wire's last line naming the issuer ('SOURCE Summit Entertainment'), are dropped.
   ``author_bio``: a last paragraph of at most ``BIO_CHARS`` that tells how to reach the
   writer ("AWR Hawkins is the Second Amendment columnist for Breitbart News … Follow him on
   Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com.") is dropped.
11. ``url_date``: an article with no date given, in a dropped date line or in its title
   (step 9) is dated by a date in its address ('/2013/03/08/', '/20130308/'), as many news
   sites put one there. A numeric date whose day and month could be swapped ('11 / 09 /
   2010', read month first) is read day first when the address gives the other month
   ('/2010/09/'): 2010-09-11.

Why a table rather than ``confusable-homoglyphs``: that package maps thousands of code points
across all scripts (loading its data costs time at every run) and answers "is this
confusable?", while we need the reverse, letter for letter, for two scripts only. The table is
short, reviewable and exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from .config import Config
from .lazyre import lazy
from .load.text import boilerplate_matcher
from .model import Article, Repair

# Cyrillic and Greek letters that look like a Latin letter.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ь": "b",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "I", "Һ": "H",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")  # Greek, Cyrillic (+ supplement)
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\u200c\u200d]")
_JOINER = lazy(r"(?<=[A-Za-z])[\u200c\u200d](?=[A-Za-z])|[\u00ad\u200b\u2060\ufeff]")
# UTF-8 read as Latin-1/cp1252: a lead byte (Â..ð) then a continuation byte (0x80-0xBF as
# Latin-1 or as the cp1252 letters and signs): lines without such a pair skip ftfy.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f0][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAK = re.compile(r"[\x0b\x0c\x85\u2028]")
_SPACE_RUN = re.compile(r" {2,}")
# two apostrophes written for a quotation mark (the New York Times's ''…,'' said Smith)
_DOUBLED_QUOTE = re.compile(r"(?<!')''(?!')")
_EDGE_SPACE = re.compile(r" \n ?|\n ")
_BLANK_LINES = re.compile(r"\n{3,}")
_DIGITS = lazy(r"\d")
_ENTITY = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_AGENCY = r"(?:AP|AFP|Reuters|Getty|EPA|PA|Shutterstock|Bloomberg|Xinhua)(?: Images| Photos?)?"
# whole lines (of at most NOT_TEXT_CHARS) that are not statements (step 6)
NOT_TEXT_CHARS = 200
NOT_TEXT = re.compile(
    rf"(?:By|BY) {_NAME}(?:(?:,| and| &) {_NAME}){{0,3}}"  # byline
    rf"|[(\[]?(?:{_NAME}(?:/| via | for ))?{_AGENCY}(?:/{_NAME}){{0,2}}[)\]]?\.?"  # credit
    r"|(?:Photo(?:graph)?s?|Image|Picture|Credit)(?: credit)?(?::| by) [^.!?]{1,80}"
    r"|Image copyright [^.!?]{1,80}"
    r"|(?:Click|Tap) here\b[^.!?]{0,120}[.!?:]?"
    r"|[^.!?:\n]{1,60}: (?:https?://|www\.)\S{1,200}"  # a link line
    r"|[–—-] [^.!?\n]{1,60} [–—-]\.?"  # a wire's crosshead between dashes
    r"|(?:[^.!?\n]{1,80}\? )?(?:Like|Follow|Share) (?:the|our|this|us on) "  # a share prompt
    r"(?:page|story|article|Facebook|Twitter)[:.!]?")
# a source or date fragment after the title: " - Reuters", " | CNN", " (AP)"
_TITLE_TAIL = re.compile(r"(?: (?:[-–—|/•·]|::) [^-–—|•·\n]{1,60}| ?\([^()\n]{1,40}\))$")
_NOT_WORD = re.compile(r"[\W_]+")


def clean_article(article: Article, config: Config) -> Article:
    """A new Article with cleaned ``title`` and ``text`` and the repairs appended."""
    log: Counter[tuple[str, str]] = Counter()
    title = _clean(article.title, config, log)
    title = " ".join(title.split())
    text = _clean(article.text, config, log)
    text = _drop_abstract(text, log)
    text = _drop_correction(text, log)
    text = _drop_press_footer(text, log)
    text = _drop_author_bio(text, log)
    text = _drop_boilerplate(text, config, log)
    text = _drop_source_tags(text, log)
    text, stamp = _drop_timestamps(text, log)
    title, text, title_stamp = _title_from_body(title, text, log)
    text = _drop_repeated_title(title, text, log)
    text = _drop_subheadings(text, log)
    date = day_first(article.date or title_stamp or stamp, article.url, log) or url_date(
        article.url, log)
    repairs = tuple(Repair(kind, detail, count) for (kind, detail), count in log.items())
    return replace(article, title=title, text=text, repairs=article.repairs + repairs,
                   date=date)


# a date in a page's address: '/2013/03/08/', '/20130308/', '/2013-03-08-', '/2013/3/8/'
_URL_DATE = lazy(r"[/_-]((?:19|20)\d\d)(?:([01]\d)([0-3]\d)|([/-])([01]?\d)\4([0-3]?\d))"
                 r"(?=[/_.-]|$)")


def url_date(url: str | None, log: Counter[tuple[str, str]] | None = None) -> str | None:
    """The publication date a page's address gives (step 10), as YYYY-MM-DD, or None."""
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    found = f"{m.group(1)}-{int(month):02d}-{int(day):02d}"
    if log is not None:
        log["url_date", f"dated {found} by its address"] += 1
    return found


# a numeric date whose first two numbers could each be its month: '11 / 09 / 2010'
_SWAPPABLE = lazy(r"(?<![\d:])(0?[1-9]|1[0-2]) ?([/-]) ?(0?[1-9]|1[0-2]) ?\2 ?((?:19|20)\d\d)"
                  r"(?![\d:])")
# the year and month of a page's address: '/2010/09/'
_URL_MONTH = lazy(r"[/_-]((?:19|20)\d\d)[/_-]([01]?\d)(?=[/_.-])")


def day_first(date: str | None, url: str | None, log: Counter[tuple[str, str]] | None = None
              ) -> str | None:
    """``date``, unless it is a numeric date whose day and month could be swapped, which the
    package reads month first ('11 / 09 / 2010': 9 November), and the page's address dates it
    to the month of the other reading ('/2010/09/'): that day as YYYY-MM-DD (step 11)."""
    m = _SWAPPABLE.search(date or "")
    if m is None or not url:
        return date
    first, second, year = int(m.group(1)), int(m.group(3)), m.group(4)
    at = url_date(url) or ""
    u = _URL_MONTH.search(url)
    month = (at[:4], int(at[5:7])) if at else (u.group(1), int(u.group(2))) if u else None
    if first == second or month != (year, second):
        return date
    found = f"{year}-{second:02d}-{first:02d}"
    if log is not None:
        log["url_date", f"{m.group(0)} read day first, as its address dates it"] += 1
    return found


HEADLINE_WORDS = 20  # longest first body line taken as the headline of a title that is a date
SENTENCE_WORDS = 12  # ... and longest such a line ending in a full stop ('According to Michael
# Silverman of the Boston Herald, the Red Sox made an offer to Mark Teixeira.' is a sentence)


def _title_from_body(title: str, text: str, log: Counter[tuple[str, str]]
                     ) -> tuple[str, str, str | None]:
    """A title that is only a timestamp ('Updated: November 11, 2011 20: 09 IST', a page's
    first line taken for its title) dates the article; the body's first line, when it reads
    as a headline (``_first_line``, and no sentence of more than ``SENTENCE_WORDS`` ending in
    a full stop), is the title (step 9). An article given no title: ``_untitled``. Returns
    (title, text, the stamp or None)."""
    if not title.strip():
        return (*_untitled(text, log), None)
    glued = _GLUED_DATE.search(title)
    if glued is not None:  # '… IN RICHMOND HILL, QUEENS DA SAYSSEPTEMBER 19, 2013'
        log["title_stamp", f"dropped the date {glued.group(1)!r} closing the title"] += 1
        return title[: glued.start()].rstrip(" -–—|"), text, glued.group(1)
    if not is_timestamp(title):
        return title, text, None
    line = _first_line(text)
    if line is None or (line[0].endswith(".") and len(line[0].split()) > SENTENCE_WORDS):
        log["title_stamp", f"title {title!r} is a date"] += 1  # (a sentence, no headline)
        return title, text, title
    log["title_stamp", f"title {title!r} is a date: the first line {line[0]!r} is the "
                       "title"] += 1
    return (*line, title)


# a date closing a title glued to its last word or after a dash or bar: a page's date line
# taken into its title ('… DA SAYSSEPTEMBER 19, 2013'); not 'Vote set for November 3, 2020'
_GLUED_DATE = lazy(
    r"(?:(?<=[a-z])|(?<=[A-Z])|[ ][-–—|][ ])((?i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)[ ]\d{1,2},?[ ](?:19|20)\d\d)$")


def _first_line(text: str) -> tuple[str, str] | None:
    """(the body's first line, the text after it) when that line may be a headline: at most
    ``HEADLINE_WORDS`` words, with more text after it; else None."""
    first, _, rest = text.partition("\n")
    head = first.strip()
    if not head or not rest.strip() or len(head.split()) > HEADLINE_WORDS:
        return None
    return head, rest.lstrip("\n")


_NOT_A_HEADLINE_END = tuple(".:;,…")


def _untitled(text: str, log: Counter[tuple[str, str]]) -> tuple[str, str]:
    """(title, text) of an article given no title: its first line when that reads as a
    headline (``_first_line``, no final stop, colon or comma: 'Mark "Deep Throat" Felt Dead at
    95'), as a text file's first line is its headline (step 9, ``untitled``); else no
    title."""
    line = _first_line(text)
    if line is None or line[0].rstrip("\"'”’)]").endswith(_NOT_A_HEADLINE_END):
        return "", text
    log["untitled", f"no title given: the first line {line[0]!r} is the title"] += 1
    return line


def _clean(text: str, config: Config, log: Counter[tuple[str, str]]) -> str:
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # 'n' + U+0303 is 'ñ' (step 0)
    if "<" in text:
        text = _strip_tags(text, log)
    if "{" in text:
        text = _drop_style_rules(text, log)
    if "&" in text:
        text = _decode_entities(text, log)
    if config.clean.fix_mojibake and _MOJIBAKE_HINT.search(text):
        text = _fix_mojibake(text, log)
    text = _fix_controls(text, log)
    text = _fix_spaces(text, log)
    if "''" in text:
        text, n = _DOUBLED_QUOTE.subn('"', text)
        if n:
            log["quote_mark", "two apostrophes as a quotation mark -> '\"'"] += n
    if config.clean.fix_homoglyphs and _FOREIGN.search(text):
        text = _WORD.sub(lambda m: _fix_word(m.group(), log), text)
    return text


# an opening, closing or empty tag: a letter right after '<' (not '1 < 2'), at most 300
# characters of attributes on one line
_TAG = lazy(r"</?([A-Za-z][\w:-]{0,30})(?:\s[^<>\n]{0,300})?/?>")
_HAS_WORD = lazy(r"[^\W_]")
TAG_PASSES = 3  # tags removed again from what removing them left (bounded: no nesting game)
# a style sheet line, read whole: a selector opening a rule ('.bio-text, .twitter-bio {',
# '@media screen and (max-width: 600px) {'), a property ('-webkit-border-radius: 50px;') or
# a closing brace; or a whole rule on one line ('.x { height: 275px !important; }')
_SELECTOR_CHARS = r"[ ,.#:>()*=+~\[\]\"']"  # not '-': it belongs to the names
_NAMES = rf"[ \t]*[.#@]?[\w-]+(?:{_SELECTOR_CHARS}+[\w-]+)*"  # '.bio-text, .twitter-bio'
_SET = r"[ \t]*-?[a-z][a-z-]{0,40}[ \t]*:[^;{}\n]{1,200};"  # 'width:100%;'
_CLOSE_BRACE = r"[ \t]*\}[ \t]*\.?[ \t]*"
_SELECTOR = lazy(rf"{_NAMES}{_SELECTOR_CHARS}*\{{[ \t]*")
_PROPERTY = lazy(rf"{_SET}[ \t]*")
_CLOSE = lazy(_CLOSE_BRACE)
_ONE_RULE = lazy(rf"{_NAMES}[ \t]*\{{(?:{_SET})+{_CLOSE_BRACE}")

# used only with .fullmatch() on one line (NOT_TEXT: of at most NOT_TEXT_CHARS):
# tests/test_linear.py checks them with .match, not .search
MATCH_ONLY = (NOT_TEXT, _SELECTOR, _PROPERTY, _CLOSE, _ONE_RULE)


def _strip_tags(text: str, log: Counter[tuple[str, str]]) -> str:
    """Step 1, tags: removed, the text between them kept; a line that held a tag and is left
    without a word ('<tweet tweet-id="6724…"><tweet/>.') is dropped."""
    lines = text.split("\n")
    kept = []
    for line in lines:
        if "<" not in line:
            kept.append(line)
            continue
        out, removed = _untagged(line, log)
        for _ in range(TAG_PASSES - 1):  # '<<b>i>' leaves '<i>'
            if not removed or "<" not in out:
                break
            out, more = _untagged(out, log)
            removed += more
        if removed and not _HAS_WORD.search(out):
            continue
        kept.append(out)
    return "\n".join(kept)


def _untagged(line: str, log: Counter[tuple[str, str]]) -> tuple[str, int]:
    """``line`` without its tags, and how many there were; a full stop right after a tag
    that ends a sentence goes with it ('explanation.</tweet>.')."""
    parts: list[str] = []
    pos = removed = 0
    for m in _TAG.finditer(line):
        parts.append(line[pos: m.start()])
        pos = m.end()
        removed += 1
        log["markup", f"removed <{m.group(1).lower()}> tags"] += 1
        if m.start() and line[m.start() - 1] in ".!?…" and line.startswith(".", pos):
            pos += 1
    parts.append(line[pos:])
    return "".join(parts), removed


def _drop_style_rules(text: str, log: Counter[tuple[str, str]]) -> str:
    """Step 1, style sheets: a run of lines that starts with a selector opening a rule and
    goes on with selectors, properties, closing braces and blank lines is dropped when it
    sets at least one property and closes a rule; a whole rule on one line is dropped alone.
    Anything else ends the run (and a run that is not a style sheet is kept whole)."""
    lines = text.split("\n")
    drop = [False] * len(lines)
    i = 0
    while i < len(lines):
        if _ONE_RULE.fullmatch(lines[i]):
            drop[i] = True
        elif _SELECTOR.fullmatch(lines[i]):
            end, ok = _style_run(lines, i)
            if ok:
                drop[i:end] = [True] * (end - i)
            i = max(end, i + 1)
            continue
        i += 1
    dropped = sum(1 for d, line in zip(drop, lines, strict=True) if d and line.strip())
    if not dropped:
        return text
    log["markup", "dropped style sheet lines"] += dropped
    return "\n".join(line for d, line in zip(drop, lines, strict=True) if not d)


def _style_run(lines: list[str], start: int) -> tuple[int, bool]:
    """(end, is a style sheet) of the run of style lines from ``start``."""
    props = closes = 0
    end = start
    while end < len(lines):
        line = lines[end]
        if _PROPERTY.fullmatch(line):
            props += 1
        elif _CLOSE.fullmatch(line):
            closes += 1
        elif line.strip() and not (_SELECTOR.fullmatch(line) or _ONE_RULE.fullmatch(line)):
            break
        end += 1
    return end, props > 0 and closes > 0


def _decode_entities(text: str, log: Counter[tuple[str, str]]) -> str:
    """Step 2: '&#243;' -> 'ó'; an unknown name ('&foo;') stays as written."""
    from html import unescape

    def one(m: re.Match[str]) -> str:
        out = unescape(m.group())
        if out != m.group():
            log["entity", f"HTML character reference {m.group()!r} -> {out!r}"] += 1
        return out

    return _ENTITY.sub(one, text)


def _fix_mojibake(text: str, log: Counter[tuple[str, str]]) -> str:
    import ftfy

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _MOJIBAKE_HINT.search(line):
            continue
        fixed = ftfy.fix_encoding(line)
        if fixed == line or _DIGITS.findall(fixed) != _DIGITS.findall(line):
            continue
        before, after = _first_difference(line, fixed)
        log["mojibake", f"text decoded with the wrong encoding, e.g. {before!r} -> {after!r}"] += 1
        lines[i] = fixed
    return "\n".join(lines)


def _first_difference(a: str, b: str) -> tuple[str, str]:
    """The first repaired piece: ``a[i:i+k]`` became ``b[i:i+m]`` where the two texts agree
    again right after (falls back to a short window)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    for k in range(1, 9):
        for m in range(1, 4):
            if a[i + k : i + k + 6] == b[i + m : i + m + 6]:
                return a[i : i + k], b[i : i + m]
    return a[i : i + 8], b[i : i + 8]


def _fix_controls(text: str, log: Counter[tuple[str, str]]) -> str:
    n = len(_LINE_BREAK.findall(text)) + text.count("\u2029")
    if n:
        text = _LINE_BREAK.sub("\n", text).replace("\u2029", "\n\n")
        log["control", "line/paragraph separator characters -> line break"] += n
    text, n = _CONTROL.subn("", text)
    if n:
        log["control", "control characters removed"] += n
    if _INVISIBLE.search(text):
        text, n = _JOINER.subn("", text)
        if n:
            log["space", "invisible characters (soft hyphen, zero-width) removed"] += n
    return text


def _fix_spaces(text: str, log: Counter[tuple[str, str]]) -> str:
    odd = Counter(_ODD_SPACE.findall(text))
    for ch, n in sorted(odd.items()):
        name = "TAB" if ch == "\t" else unicodedata.name(ch, f"U+{ord(ch):04X}")
        log["space", f"U+{ord(ch):04X} {name} -> space"] += n
    if odd:
        text = _ODD_SPACE.sub(" ", text)
    text, runs = _SPACE_RUN.subn(" ", text)
    text, edges = _EDGE_SPACE.subn("\n", text)
    if runs + edges:
        log["space", "runs of spaces collapsed, spaces at line ends removed"] += runs + edges
    text = _BLANK_LINES.sub("\n\n", text)
    stripped = text.strip(" \n")
    if stripped != text.strip("\n"):
        log["space", "runs of spaces collapsed, spaces at line ends removed"] += 1
    return stripped


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0].capitalize() or f"U+{ord(ch):04X}"


def _fix_word(word: str, log: Counter[tuple[str, str]]) -> str:
    if not _FOREIGN.search(word) or not _LATIN.search(word):
        return word
    foreign = [i for i, ch in enumerate(word) if _FOREIGN.match(ch)]
    if any(word[i] not in HOMOGLYPHS for i in foreign):
        return word  # a real mix of scripts, not look-alikes
    mapped = "".join(HOMOGLYPHS.get(ch, ch) for ch in word)
    vocab = _vocabulary()
    if mapped.lower() not in vocab:
        only = _only_candidate(mapped.lower(), tuple(foreign))
        if only is not None:
            mapped = "".join(c.upper() if word[k].isupper() else c for k, c in enumerate(only))
    letters = ", ".join(sorted({f"{_script(word[i])} {word[i]} U+{ord(word[i]):04X}"
                                for i in foreign}))
    log["homoglyph", f"{word!r} -> {mapped!r} ({letters})"] += 1
    return mapped


_LOOKUPS = [0]


@lru_cache(maxsize=4096)
def _only_candidate(word: str, positions: tuple[int, ...]) -> str | None:
    """The one known word equal to ``word`` except at ``positions``; None if none or several.
    Scans the known words of that length (at most about 3,000; memoised). After many distinct
    questions, one-position ones (the usual case) use a wildcard index instead (built once,
    about 0.3 s), so a text full of look-alikes stays fast."""
    _LOOKUPS[0] += 1
    if len(positions) == 1 and _LOOKUPS[0] > 64:
        i = positions[0]
        found = _wildcards().get(word[:i] + "?" + word[i + 1 :], ())
        return found[0] if len(found) == 1 else None
    match = None
    fixed = [k for k in range(len(word)) if k not in positions]
    for cand in _by_length().get(len(word), ()):
        if all(cand[k] == word[k] for k in fixed):
            if match is not None:
                return None
            match = cand
    return match


@cache
def _wildcards() -> dict[str, tuple[str, ...]]:
    """Every known word with one letter replaced by ``?`` -> the words it stands for."""
    table: dict[str, list[str]] = {}
    for w in sorted(_vocabulary()):
        for i in range(len(w)):
            table.setdefault(w[:i] + "?" + w[i + 1 :], []).append(w)
    return {k: tuple(v) for k, v in table.items()}


@cache
def _vocabulary() -> frozenset[str]:
    from . import lexicon

    return lexicon.vocabulary()


@cache
def _by_length() -> dict[int, tuple[str, ...]]:
    from . import lexicon

    groups: dict[int, list[str]] = {}
    # the known words in the lexicon's order, which is sorted: sorting them is then quick
    # (sorting the vocabulary set is not: 2 ms of a start-up)
    for w in sorted(lexicon.doc_freq()[0]):
        groups.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in groups.items()}


def _drop_boilerplate(text: str, config: Config, log: Counter[tuple[str, str]]) -> str:
    configured = boilerplate_matcher(config)

    def is_boilerplate(line: str) -> bool:
        s = line.strip()
        return configured(s) or (len(s) <= NOT_TEXT_CHARS and NOT_TEXT.fullmatch(s) is not None)

    lines = text.split("\n")
    kept = [line for line in lines if not is_boilerplate(line)]
    if len(kept) == len(lines):
        return text
    for line in lines:
        if is_boilerplate(line):
            log["boilerplate", f"dropped line {line.strip()!r}"] += 1
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip("\n")


# an archive's summary between its labels ('ABSTRACT.' … 'FULL TEXT.'): an editor's
# restatement of the article, not its first statement
_ABSTRACT = lazy(r"^[ \t]*abstract[.:]?[ \t]*\n(.{1,3000}?)\n[ \t]*full text[.:]?[ \t]*$",
                 re.IGNORECASE | re.MULTILINE | re.DOTALL)


def _drop_abstract(text: str, log: Counter[tuple[str, str]]) -> str:
    if "bstract" not in text and "BSTRACT" not in text:
        return text
    m = _ABSTRACT.search(text)
    if m is None or not m.group(1).strip():
        return text
    log["abstract", f"dropped the archive's abstract {m.group(1).strip()[:60]!r}…"] += 1
    return text[: m.start(1)] + text[m.end(1):]


# a correction or clarification appended at the end: 'CORRECTION:', 'Correction: An earlier
# version of this story …', 'CLARIFICATION: The first sentence has been …' opening a line
_CORRECTION = lazy(r"^[ \t]*(?:correction|clarification)s?[ \t]*:", re.MULTILINE | re.IGNORECASE)
CORRECTION_TAIL = 1500  # characters from a correction's start to the end, at most


def _drop_correction(text: str, log: Counter[tuple[str, str]]) -> str:
    """Drop a correction appended at the end of the article, and what follows it (its date,
    'As published in …'): it tells what an earlier version got wrong, with the wrong
    figures and names, which are no statements of this report."""
    if "orrection" not in text and "ORRECTION" not in text and "larification" not in text \
            and "LARIFICATION" not in text:
        return text
    last = None
    for m in _CORRECTION.finditer(text):
        last = m
    if last is None or len(text) - last.start() > CORRECTION_TAIL or not text[: last.start()
                                                                               ].strip():
        return text
    log["correction", f"dropped the appended {text[last.start(): last.end()].strip()!r}"] += 1
    return text[: last.start()].rstrip()


# a press release's closing sections: a heading 'About Summit Entertainment LLC' or 'About the
# TWILIGHT film series' on a line of its own, then the company's blurb; and a wire's last line
# naming the issuer ('SOURCE Summit Entertainment')
_ABOUT = lazy(r"^About (?:the )?[A-Z][^\n.!?:;\d]{1,70}$", re.MULTILINE)
_SOURCE_LINE = lazy(r"(?<!\n)\n+SOURCE [A-Z][^\n.!?]{1,70}\s*$")
PRESS_TAIL = 2500  # characters from the first 'About …' heading to the end, at most


def _drop_press_footer(text: str, log: Counter[tuple[str, str]]) -> str:
    """Drop a press release's 'About …' sections at the end (the issuer's blurb: no statement
    of the news) and a last 'SOURCE …' line, when the heading opens a line in the last part
    of the text, has at most 10 words and a line follows it."""
    if "About " not in text and "SOURCE " not in text:
        return text
    m = _SOURCE_LINE.search(text)
    if m is not None and text[: m.start()].strip():
        log["press_footer", f"dropped the wire's {m.group().strip()!r}"] += 1
        text = text[: m.start()].rstrip()
    head = next((h for h in _ABOUT.finditer(text) if len(text) - h.start() <= PRESS_TAIL
                 and len(h.group().split()) <= 10 and h.start() > len(text) // 2
                 and text[h.end(): h.end() + 2].strip()), None)
    if head is None:
        return text
    log["press_footer", f"dropped the press release's {head.group()!r} and what follows"] += 1
    return text[: head.start()].rstrip()


BIO_CHARS = 400  # the most a last paragraph about the writer runs to
# how to reach a writer: 'Follow him on Twitter: @AWRHawkins', 'Reach him directly at x@y.com'
_CONTACT = lazy(r"\bFollow (?:him|her|them|me|us)\b[^\n]{0,40}? on "
                r"(?:Twitter|Facebook|Instagram)"
                r"|\b(?:Reach|Contact|Email|E-mail) (?:him|her|them|me|us)\b[^\n]{0,40}?"
                r"[\w.+-]@[\w-]")


def _drop_author_bio(text: str, log: Counter[tuple[str, str]]) -> str:
    """Drop a last paragraph about the writer that tells how to reach them, when something is
    left before it (step 10)."""
    head, sep, last = text.rstrip().rpartition("\n\n")
    if not sep or not head.strip() or len(last) > BIO_CHARS or not _CONTACT.search(last):
        return text
    log["author_bio", f"dropped the writer's note {last[:60]!r}"] += 1
    return head.rstrip()


# a bracketed source closing a paragraph: '… on a cold winter night.” [HuffPost.]'
# ' [HuffPost.]', ' [Gallup.]' closing a paragraph; no digit in it (cleaning never drops one)
_SOURCE_TAG = lazy(r"(?<=\S)[ \t]+\[[A-Z](?:[^\W\d]|[ .&'’-]){0,30}\][ \t]*$", re.MULTILINE)


_TAG_DROPPED = ("dropped '", "' closing a paragraph")  # a source tag's repair detail


def _drop_source_tags(text: str, log: Counter[tuple[str, str]]) -> str:
    if "]" not in text:
        return text
    for m in _SOURCE_TAG.finditer(text):
        log["source_tag", m.group().strip().join(_TAG_DROPPED)] += 1
    return _SOURCE_TAG.sub("", text)


def dropped_source_tags(article: Article) -> list[str]:
    """The source tags cleaning dropped from ``article``, inside their brackets ('[NYT.]'
    gives 'NYT.'), in order: a newsletter names the outlet each item comes from so."""
    start, end = _TAG_DROPPED
    return [r.detail.removeprefix(start).removesuffix(end)[1:-1] for r in article.repairs
            if r.kind == "source_tag" and r.detail.startswith(start) and r.detail.endswith(end)]


_STAMP_LABEL = re.compile(r"(?i)^(?:(?:first |last |originally )?"
                          r"(?:published|updated|posted|modified)"
                          r"(?: on| at)?|date|dated|last modified|for immediate release)"
                          r"\s*[:|-]?\s*")
_STAMP_WORD = lazy(
    r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"[ap]\.?\s?m\.?|[apm]|noon|midnight|at|on|last|updated|posted|published|modified|"
    r"[ecmp][sd]t|[ecmp]t|gmt|utc|bst|cet|cest|ist|aest|jst|msk|"
    r"\d{1,4}(?:st|nd|rd|th|[ap]\.?m\.?)?")
_STAMP_SEP = lazy(r"[\s,|/:@.()\-–—·•]+")
_STAMP_DATE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b(?:19|20)\d\d(?P<sep>\.\s?|/)\d\d(?P=sep)\d\d\b")  # '2012. 08. 08', '2012/08/08'
_NUMERIC_DATE = lazy(r"\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d\d")  # '11 / 28 / 05' alone
_STAMP_WHEN = lazy(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s?:\s?\d\d\b")
STAMP_CHARS = 80  # longest line read as a bare timestamp
# a line that is only a clock time with a.m. or p.m. (and a time zone): the entry heads of a
# live blog ('9:42 p.m.', '2 p.m.', '10:15 a.m. ET'), no statement
_CLOCK_LINE = re.compile(r"(?i)\d{1,2}(?:\s?:\s?\d\d)?\s?[ap]\.?\s?m\b\.?"
                         r"(?:\s?(?:[ecmp][sd]?t|gmt|utc|bst)\b\.?)?:?")  # '4:40 p.m.:'


# a blog's post line: 'On behalf of X, Esq. posted in Pedestrian Accidents on Wednesday, …'
_POSTED = re.compile(r"(?i)^.{0,80}?\bposted (?:in|by|under) [^.]{1,60}? on\s+")


def is_timestamp(line: str) -> bool:
    """A line that is only a date and time, maybe after a label ('PUBLISHED: THURSDAY, MAY 2,
    2013, 1: 32 PM', 'May 2, 2013', 'Posted on Thu Jun 13, 2013 08: 45 AM PDT'), or a blog's
    post line ending in one ('… posted in Pedestrian Accidents on Wednesday, September 18,
    2013.')."""
    s = _when(line.strip()).strip()
    if not s or len(s) > STAMP_CHARS:
        return False
    if _CLOCK_LINE.fullmatch(s):
        return True  # a live blog's entry time: '9:42 p.m.', '10 a.m. EDT'
    label = _STAMP_LABEL.match(s)
    if not _STAMP_DATE.search(s) and (label is None or not label.end()):
        return False  # any other bare time needs its label: 'Updated 5: 40 p. m. ET
    if not _STAMP_WHEN.search(s) and not _NUMERIC_DATE.fullmatch(s):
        return False  # a year or a clock time: 'MAY 0' is no timestamp; '11 / 28 / 05' is
    rest = _STAMP_LABEL.sub("", s)
    return all(_STAMP_WORD.fullmatch(w) for w in _STAMP_SEP.split(rest) if w)


def _drop_timestamps(text: str, log: Counter[tuple[str, str]]) -> tuple[str, str | None]:
    """Drop lines that are only a publication or update time (no statement to compare);
    return the first, so that an article without a date gets it."""
    lines = text.split("\n")
    stamp_at = [is_timestamp(line) for line in lines]
    stamps = [line.strip() for line, stamp in zip(lines, stamp_at, strict=True) if stamp]
    if not stamps:
        return text, None
    for stamp in stamps:
        log["timestamp", f"dropped date line {stamp!r}"] += 1
    kept = [line for line, stamp in zip(lines, stamp_at, strict=True) if not stamp]
    # 'Updated 5: 40 p. m.' has no date
    dated = [_when(st) for st in stamps if _STAMP_DATE.search(st)]
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip("\n"), dated[0] if dated else None


def _when(stamp: str) -> str:
    """The date and time of a timestamp line, without a post line's words before them."""
    posted = _POSTED.match(stamp)
    return stamp if posted is None else stamp[posted.end():].rstrip(".")


def _drop_repeated_title(title: str, text: str, log: Counter[tuple[str, str]]) -> str:
    """Drop a first paragraph (or line) that repeats ``title`` (step 7)."""
    if not _title_key(title):
        return text
    while True:
        para_end = text.find("\n\n")
        para = text if para_end < 0 else text[:para_end]
        line_end = text.find("\n")
        line = text if line_end < 0 else text[:line_end]
        if _same_title(title, para):
            rest = "" if para_end < 0 else text[para_end + 2:]
        elif line != para and _same_title(title, line):
            rest = text[line_end + 1:]
        else:
            return text
        if not rest.strip():
            return text
        log["repeated_headline", f"dropped repeated headline {title!r}"] += 1
        text = rest


SUBHEAD_WORDS = 5  # words of a sub-heading at least ('Police Release ID Of Woman Killed')
_LINE_END = tuple(".!?:;\"”'’…)]")


def _drop_subheadings(text: str, log: Counter[tuple[str, str]]) -> str:
    """Drop a line in headline case with no final mark that is not the text's last: a
    sub-heading or a headline of the page ('Hiller Feuded with Co - Workers Prior to
    Shooting; Risk Factors and Prevention of Workplace Violence'), no statement (step 8)."""
    lines = text.split("\n")
    heads = [line for line in lines[:-1] if _subheading(line)]
    if not heads:
        return text
    for line in heads:
        log["subheading", f"dropped sub-heading {line[:60]!r}"] += 1
    dropped = set(heads)
    return "\n".join([line for line in lines[:-1] if line not in dropped] + lines[-1:])


def _subheading(line: str) -> bool:
    """Every word capitalised but function words, one of those among them, at least
    ``SUBHEAD_WORDS`` words of which four or more are not function words, no final mark and
    no list of names ('Boyd Brown, Will Folks, …'); or three words or more all in capitals,
    with no digit ('HEAVYWEIGHT TITLE FIGHTS', 'FALLOUT CONTINUES AFTER BRAZEN ESCAPE')."""
    from .lexicon import FUNCTION_WORDS

    line = line.strip()
    if not line or line.endswith(_LINE_END) or line.count(",") > 1:
        return False
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) >= 3 and line.isupper() and not any(c.isdigit() for c in line):
        return True
    small = [w for w in words[1:] if w.lower() in FUNCTION_WORDS]
    return (len(words) >= SUBHEAD_WORDS and bool(small) and len(words) - len(small) >= 4
            and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or not w[:1].isalpha()
                    for w in words))


def _title_key(s: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", s.casefold()).split())


def _same_title(title: str, line: str) -> bool:
    """``line`` is ``title`` again, maybe with a source/date tail on either of them."""
    a, b = _title_key(title), _title_key(line)
    if not b:
        return False
    return a == b or a == _title_key(_TITLE_TAIL.sub("", line.strip())) or \
        _title_key(_TITLE_TAIL.sub("", title)) == b
