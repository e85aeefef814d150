"""What the people-facing views of a comparison show, as plain data: the short label and outlet
of each report, the side-by-side digest rows, the verdict and its reasons, the quote ledger and
the timeline. ``tables`` (Rich, terminal) and ``html`` (report file) both draw from here, so the
terminal and the HTML report say the same things. No Rich here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..digest import find_lead
from ..extract.dates import parse_published
from ..model import Analysis, Article, Comparison, Conflict, Member, WireShare

HEADLINE_WORDS = 5  # a headline stands in for an unknown outlet by its first words
FIGURES_SHOWN = 4
PEOPLE_SHOWN = 4
VERDICTS = {"yes": "Same event", "no": "Different events", "unclear": "Same event? Unclear"}


def label(i: int) -> str:
    """A, B, ... Z, then AA, AB ..."""
    return chr(65 + i) if i < 26 else label(i // 26 - 1) + chr(65 + i % 26)


def labels(c: Comparison) -> dict[str, str]:
    """Article id -> its short label, in input order."""
    return {a.article.id: label(i) for i, a in enumerate(c.articles)}


def domain(url: str | None) -> str:
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")


def outlet(article: Article) -> str:
    """Who published it: the source the input names, else the web address's domain, else the
    first words of the headline; never a bare file id."""
    if article.source and article.source.strip():
        return " ".join(article.source.split())
    host = domain(article.url or article.origin.url)
    if host:
        return host
    words = article.title.split()[:HEADLINE_WORDS]
    while len(words) > 1 and words[-1].islower() and len(words[-1]) <= 4:
        words.pop()  # 'Lavrov says he and' -> 'Lavrov says'
    return " ".join(words) or "untitled report"


def published(article: Article) -> str:
    """The publication date as ISO 8601 ('2013-05-03'; '' when unknown or unreadable)."""
    return parse_published(article.date).iso() if article.date else ""


def _number_list(items: Sequence[str], shown: int) -> str:
    more = f" +{len(items) - shown} more" if len(items) > shown else ""
    return ", ".join(items[:shown]) + more


def digest_facts(a: Analysis) -> dict[str, str]:
    """The side-by-side rows for one report (empty strings where it says nothing)."""
    dl = a.dateline
    when = (a.event_date.human() if a.event_date else "") or (a.event_date_text or "")
    lead = find_lead(a)
    people = [e.name for e in a.entities if e.kind == "person"]
    figures = list(dict.fromkeys(f.text for f in a.figures))
    direct = sum(q.kind == "direct" for q in a.quotes)
    reported = len(a.quotes) - direct  # the summary and the quote ledger count quotations
    quotes = f"{direct} direct, {reported} reported" if reported else f"{direct}"
    counts: dict[str, int] = {}
    for r in a.article.repairs:
        counts[r.kind] = counts.get(r.kind, 0) + r.count
    repairs = ", ".join(k + (f" ×{n}" if n > 1 else "") for k, n in counts.items())
    return {
        "Headline": a.article.title,
        "Published": published(a.article),
        "Dateline": ", ".join(x for x in (dl.place, dl.date and dl.date.human(), dl.agency)
                              if x),
        "Event": " · ".join(x for x in (a.event_place, when) if x),
        "Lead": lead.text if lead else "",
        "Figures": _number_list(figures, FIGURES_SHOWN),
        "People": _number_list(people, PEOPLE_SHOWN),
        "Quotes": quotes,
        "Cites": ", ".join(a.cited_outlets),
        "Cleaned": repairs,
        "Id": a.article.id,
    }


def digest_rows(c: Comparison) -> list[tuple[str, list[str]]]:
    """(row name, one value per report), leaving out rows no report has a value for."""
    facts = [digest_facts(a) for a in c.articles]
    return [(k, [f[k] for f in facts]) for k in facts[0] if any(f[k] for f in facts)] \
        if facts else []


def verdict(c: Comparison) -> str:
    head = VERDICTS[c.event_check.same_event]
    p = c.event_check.p_same
    return head if p is None else f"{head} (P(same) {p:.2f})"


def summary(c: Comparison) -> str:
    """One line of counts under the verdict."""
    quotes = len(c.shared_quotes) + len(c.lone_quotes)
    wire = sum(1 for g in c.groups if g.wire)
    parts = [f"{len(c.articles)} reports",
             f"{len(c.groups)} statement group{'s' * (len(c.groups) != 1)} shared"
             + (f" ({wire} wire copy)" if wire else ""),
             f"{len(c.unique)} in one report only",
             f"{len(c.conflicts)} disagreement{'s' * (len(c.conflicts) != 1)}"]
    if quotes:
        parts.append(f"{quotes} quote{'s' * (quotes != 1)}, {len(c.shared_quotes)} shared")
    return " · ".join(parts)


def _ids(c: Comparison) -> re.Pattern[str] | None:
    """A pattern finding the comparison's article ids in a message."""
    ids = [a.article.id for a in c.articles]
    if not ids:
        return None
    pattern = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{pattern})(?![\w-])")


def with_labels(text: str, c: Comparison, names: Mapping[str, str] | None = None) -> str:
    """Article ids in a message replaced by their labels ('date unknown in B'), or as
    ``names`` says."""
    return _relabel(text, _ids(c), labels(c) if names is None else names)


def _relabel(text: str, found: re.Pattern[str] | None, names: Mapping[str, str]) -> str:
    return text if found is None else found.sub(lambda m: names.get(m.group(), m.group()), text)


def reasons(c: Comparison, names: Mapping[str, str] | None = None) -> list[str]:
    """The event check's reasons with labels for ids (or ``names``); reasons that differ only
    in the one report they name are merged ('place unknown in A, B, C')."""
    names = labels(c) if names is None else names
    found = _ids(c)  # (compiled once for every reason)
    merged: dict[str, list[str]] = {}
    for r in c.event_check.reasons:
        ids = list(found.finditer(r)) if found is not None else []
        if len(ids) == 1:
            m = ids[0]
            key = _relabel(r[:m.start()], found, names) + "\0" + _relabel(r[m.end():], found,
                                                                          names)
            merged.setdefault(key, []).append(names.get(m.group(), m.group()))
        else:
            merged.setdefault(_relabel(r, found, names), [])
    return [k.replace("\0", ", ".join(v)) if v else k for k, v in merged.items()]


def only_in(c: Comparison) -> list[tuple[Analysis, list[Member]]]:
    """What each report alone says, report by report (reports with nothing alone left out)."""
    out = []
    for a in c.articles:
        members = [m for m in c.unique if m.article == a.article.id]
        if members:
            out.append((a, members))
    return out


def shown_statements(c: Comparison) -> set[tuple[str, int]]:
    """The statements the view prints in full (groups and what each report alone says): the
    disagreements and the quote ledger refer to them instead of printing them again."""
    return {(m.article, m.statement) for g in c.groups for m in g.members} | \
        {(m.article, m.statement) for m in c.unique}


def ref(m: Member, c: Comparison, names: Mapping[str, str] | None = None) -> str:
    """'B [4]': the report's label (or its name in ``names``) and the statement number."""
    return f"{(labels(c) if names is None else names).get(m.article, m.article)} [{m.where}]"


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One line of the quote ledger: a speaker, where the quotation is (``refs``), and its
    words: in full when the view does not print that statement anywhere else, else their
    first ``QUOTE_WORDS`` (a reader sees whose words these are without looking them up)."""

    speaker: str
    refs: tuple[str, ...]
    shared: bool
    text: str


def quote_ledger(c: Comparison, names: Mapping[str, str] | None = None) -> list[LedgerLine]:
    """Shared quotations first (one line each, every report that has it); then the quotations
    one report alone has, one line per speaker and report. Reports are named by their labels,
    or as ``names`` says."""
    shown = shown_statements(c)
    names = labels(c) if names is None else names
    def words(members: Sequence[Member]) -> str:
        full = not all((m.article, m.statement) in shown for m in members)
        return f"“{members[0].text if full else _opening(members[0].text)}”"

    out = [LedgerLine(_speaker_of(group),
                      tuple(dict.fromkeys(ref(m, c, names) for m in group)),  # a statement once
                      True, words(group))
           for group in c.shared_quotes]
    lone: dict[tuple[str, str], list[Member]] = {}
    for m in c.lone_quotes:
        lone.setdefault((m.speaker or "unknown speaker", m.article), []).append(m)
    for (speaker, article), members in lone.items():
        by: dict[int, list[Member]] = {}  # a quotation split in two: one number
        for m in members:
            by.setdefault(m.statement, []).append(m)
        text = " ".join(f"[{k}] " + " ".join(words([m]) for m in ms) for k, ms in by.items())
        out.append(LedgerLine(speaker, (names.get(article, article),), False, text))
    return out


QUOTE_WORDS = 8  # words of a quotation the ledger shows when its statement is printed too


def _opening(text: str) -> str:
    """The first ``QUOTE_WORDS`` words of a quotation, '…' marking the rest."""
    words = text.split()
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


SPEAKERS_SHOWN = 3  # speakers named for one shared quotation, at most


def _speaker_of(group: Sequence[Member]) -> str:
    """The speaker a shared quotation is shown under: every speaker its reports name, the
    one most of them name first and a name before a description ('Dustin Childs / the
    company'), so that reports giving the words to two people show it ('A.J. Smith / A.J.
    Butler'); 'unknown speaker' when none is named."""
    named: Counter[str] = Counter()
    for m in group:
        if m.speaker:  # 'Jackson' and 'Vincent Jackson', 'Paul Ryan' and 'Paul D. Ryan': one
            named[_fullest(m.speaker, group)] += 1
    first = {s: n for n, s in enumerate(named)}
    ranked = sorted(named, key=lambda s: (-named[s], not _a_name(s), first[s]))
    return " / ".join(ranked[:SPEAKERS_SHOWN]) or "unknown speaker"


def _fullest(speaker: str, group: Sequence[Member]) -> str:
    """The longest form of ``speaker`` the members give: a name all of whose words another
    name with the same last word has ('Jackson' of 'Vincent Jackson')."""
    words = speaker.split()
    forms = [m.speaker for m in group if m.speaker and m.speaker.split()[-1] == words[-1]
             and set(words) <= set(m.speaker.split())]
    return max(forms, key=len) if forms else speaker


def _a_name(speaker: str) -> bool:
    """Does a speaker read as a name ('Dustin Childs'), not a description ('the company')?"""
    return speaker[:1].isupper() and speaker.split()[0] not in ("The", "A", "An")


def wire_share(w: WireShare, names: Mapping[str, str]) -> str:
    """One report's wire share in words: 'A prints 39 words (10%) as B does'."""
    return (f"{names.get(w.article, w.article)} prints {w.words} words ({w.share:.0%}) as "
            f"{names.get(w.other, w.other)} does")


def conflict_where(k: Conflict) -> str:
    """Where a disagreement was found: 'group 3', 'quote' (the quote ledger's), or 'apart'
    (two statements in no one group: nearly identical ones that ended in two groups, or two
    ages of one person)."""
    if k.group is not None:
        return f"group {k.group + 1}"
    return "quote" if k.kind == "quote" else "apart"


def conflict_groups(c: Comparison) -> dict[int, list[str]]:
    """Group index -> the kinds of disagreement inside it."""
    out: dict[int, list[str]] = {}
    for k in c.conflicts:
        if k.group is not None:
            out.setdefault(k.group, []).append(k.kind)
    return out


def timeline(c: Comparison) -> tuple[list[tuple[str, str]], dict[int, str]]:
    """When publication dates are known: the dated reports in publication order (label,
    date), and for each statement group the label of the report that had it first (only when
    one report is strictly earliest among the group's dated members)."""
    names = labels(c)
    dates = {a.article.id: published(a.article) for a in c.articles}
    full = {k: v for k, v in dates.items() if len(v) == 10}  # a full day, yyyy-mm-dd
    order = sorted(full.items(), key=lambda kv: kv[1])
    first: dict[int, str] = {}
    for n, g in enumerate(c.groups):
        dated = sorted({(full[m.article], m.article) for m in g.members if m.article in full})
        if len(dated) >= 2 and dated[0][0] < dated[1][0]:
            first[n] = names[dated[0][1]]
    return [(names[i], d) for i, d in order], first


def _numbers(ns: Sequence[int]) -> str:
    return ", ".join(map(str, ns[:8])) + (f" +{len(ns) - 8}" if len(ns) > 8 else "")


def additions(c: Comparison) -> list[tuple[str, str, str]]:
    """When two or more reports are dated: each dated report in publication order (label,
    date, what it added that reports published before it did not have: the statement groups
    no earlier report is in, by number, and its statements no other report has; the earliest:
    ``first``, and with others of its day its statements no other report has). Reports of the
    same day are not earlier than each other; all of one day: []."""
    names = labels(c)
    full = {a.article.id: d for a in c.articles if len(d := published(a.article)) == 10}
    if len(set(full.values())) < 2:
        return []  # one day: nobody was earlier (the view lists the order as it is)
    alone: dict[str, int] = {}
    for m in c.unique:
        alone[m.article] = alone.get(m.article, 0) + 1
    out = []
    earliest = min(full.values())
    for aid, day in sorted(full.items(), key=lambda kv: kv[1]):
        if day == earliest:  # with reports of the same day, what it alone has
            same = [names[o] for o, d in full.items() if d == day and o != aid]
            own = alone.get(aid, 0)
            mine = f"{own} statement{'s' * (own != 1)} of its own" if own else "nothing of its own"
            out.append((names[aid], day, f"first, the same day as {', '.join(same)}: {mine}"
                        if same else "first"))
            continue
        new = [n + 1 for n, g in enumerate(c.groups)
               if any(m.article == aid for m in g.members)
               and not any(full.get(m.article, day) < day for m in g.members)]
        parts = []
        if new:
            parts.append(f"group{'s' * (len(new) > 1)} {_numbers(new)}")
        if alone.get(aid):
            parts.append(f"{alone[aid]} statement{'s' * (alone[aid] > 1)} of its own")
        what = f"adds {' and '.join(parts)}" if parts else "adds nothing the earlier ones lacked"
        out.append((names[aid], day, what))
    return out
