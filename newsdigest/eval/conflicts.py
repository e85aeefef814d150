"""Judge compare's disagreements and quote ledger on real same-event reports (ECB+).

    python -m newsdigest.eval conflicts [--reports N] [--events E1,E2,...] [--show N]

Conflicts: for every event, compare its reports as they are (every conflict found there is
counted per event: real coverage of one event rarely disagrees), then plant conflicts: in a
statement that another report of the event also states (members of one group of that
comparison of tier 'same'), change one figure both give (a value 30-60% off), or deny one
claim both make ('was arrested' -> 'was not arrested'); one plant per group, in up to
``--plants`` groups an event, all in one run. A plant is found when a conflict names the
planted statement with the new figure (or as a negation); every other conflict that the
unchanged reports did not have is an extra one.

Quote ledger: quotations two reports share with a run of six identical words, found by brute
force over the raw texts between quotation marks (double, curly, wire-copy '' and single
marks, read as news copy writes them: a quotation going on in a new paragraph opens again,
tokenised copy's spaced closing mark closes); recall is the share of such pairs the
ledger lists as shared (a group with a member inside each). Precision is the share of the
cross-report member pairs the ledger lists whose members each lie in a quoted span of their
raw text and whose spans are the same quotation: a shared run of six words, a partial
quotation (three words or more) inside the other's quotation ('the "undeserved negative
attention" the church has received' and the whole sentence quoted), or the same phrase of two
words or more in quotation marks in both ('treating it as "potentially suspicious"'); a member
that is no quotation in its raw text (narrative taken for a quote) is not real. No training is
involved, so there is no cross-validation."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..comparison import compare
from ..comparison.quotes import RUN, shingles, words
from ..config import Config
from ..extract.numbers import DIGITS_RE
from ..match.explain import asserts, denied_words, slots
from ..match.normalize import NEGATION, STOP, tokenize
from ..model import HEADLINE, Analysis, Comparison, Conflict, Figure
from .ecb import EventDoc, analyse_docs, by_event, read_event_docs

AUX = re.compile(r"\b(is|was|were|are|has|have|had|will|would|can|could)\s+(?=[a-z]{3,}\b)")
# after 'has', 'have', 'had' a denial needs a past participle ('had not won', not 'had not
# information')
PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|ne|ght|de|id|un|ft|st|pt)|won|shot|put|hit|cut|set|"
                        r"held|told|sold|found")
# single quotation marks outside double ones: 'He … shot,' he said (opened before a letter,
# closed after a stop or a comma, so that no apostrophe opens one)
SINGLE = re.compile(r"(?<![\w'’])['‘](?=[^\W\d_])([^\n]{3,800}?[,.!?])\s?['’](?![\w'’])")
MARK = re.compile(r"[\"“”]|''")
LONGEST = 1500  # characters: a longer "quotation" is a stray mark
SHORTEST = 3  # words of a partial quotation that count when inside a longer quotation


@dataclass(frozen=True)
class Plant:
    article: str
    statement: int
    kind: str  # 'figure' or 'negation'
    new: str  # the new figure as written, or the inserted 'not'
    text: str  # the planted statement
    others: tuple[str, ...] = ()  # the statements of the other reports that say the same


def _changed(f: Figure) -> str | None:
    """``f`` as written with its number 30-60% off (deterministic; a number tokenised copy
    splits, '120, 000', is changed whole); a year or an age one to three off, as reports
    differ on them ('She was 85.' / 'She was 86.'; an age 60% off, 136, is no age)."""
    m = re.search(DIGITS_RE, f.text)
    if m is None:
        return None
    raw = m.group().replace(",", "").replace(" ", "")
    value = float(raw)
    step = 1.3 + (int(value * 7) % 4) / 10
    year = 1800 <= value < 2100 and re.fullmatch(r"\d{4}", m.group()) is not None
    near = year or f.kind == "age"  # ('2,000 tents' is no year)
    new = value + 1 + int(value) % 3 if near else value * step
    shown = f"{new:.1f}" if "." in raw else f"{round(new):d}"
    if shown == raw:
        return None
    return f.text[: m.start()] + shown + f.text[m.end():]


def _plant(a: Analysis, index: int, others: Sequence[str], given: set[tuple[str, str, float]]
           ) -> tuple[str, Plant] | None:
    """A changed version of statement ``index`` of ``a`` (a figure the ``others`` statements
    also give, ``given`` as (kind, unit, value), or a claim they also make), or None."""
    st = a.statements[index]
    other_words = {w for o in others for w in words(o)[0]}
    quantities = {x.text for x in slots(st.text, tokenize(st.text),
                                        [f for f in a.figures if f.statement == index])}
    for f in a.figures:
        if f.statement != index or (f.kind, f.unit or "", f.value) not in given \
                or f.text not in quantities:
            continue  # plant only figures compare reads as quantities (no times, no scores)
        new = _changed(f)
        if new is not None:
            text = st.text[: f.start] + new + st.text[f.end:]
            return text, Plant(a.article.id, index, "figure", new, text)
    if any(t.norm in NEGATION for t in tokenize(st.text)):
        return None  # already denies something
    for m in AUX.finditer(st.text):
        nxt = st.text[m.end():].split(" ", 1)[0].strip(",.;:").lower()
        if nxt not in other_words or nxt in STOP or nxt in ("been", "being", "be") or (
                m.group(1).startswith("ha") and not PARTICIPLE.fullmatch(nxt)):
            continue
        text = st.text[: m.end()] + "not " + st.text[m.end():]
        norm = tokenize(nxt)[0].norm
        # a real claim both make, denied: asserted in the statement and another one (not in
        # a question, 'whether it has received'), and read as denied once 'not' is in
        if norm in denied_words(text) and asserts(st.text, norm) and any(
                asserts(o, norm) for o in others):
            return text, Plant(a.article.id, index, "negation", "not", text)
    return None


def planted_docs(docs: Sequence[EventDoc], analyses: dict[str, Analysis], base: Comparison,
                 most: int) -> tuple[list[EventDoc], list[Plant]]:
    """The event's reports with up to ``most`` plants, each in another group and statement."""
    texts = {d.article.id: d.article.text for d in docs}
    plants: list[Plant] = []
    used: set[str] = set()
    for g in base.groups:
        if len(plants) >= most:
            break
        if g.tier != "same":
            continue  # plant only where another report says the same thing
        for m in g.members:
            if m.article in used or m.statement == HEADLINE:
                continue
            others = [o.text for o in g.members if o.article != m.article]
            given = {(str(f.kind), f.unit or "", f.value) for o in g.members
                     if o.article != m.article
                     for f in analyses[o.article].figures if f.statement == o.statement}
            got = _plant(analyses[m.article], m.statement, others, given)
            if got is None or texts[m.article].count(m.text) != 1:
                continue
            texts[m.article] = texts[m.article].replace(m.text, got[0])
            used.add(m.article)
            plants.append(replace(got[1], others=tuple(others)))
            break
    out = [replace(d, article=replace(d.article, text=texts[d.article.id])) for d in docs]
    return out, plants


def _key(c: Conflict) -> tuple[str, str, tuple[tuple[str, int], ...]]:
    return c.kind, c.detail, tuple(sorted((m.article, m.statement) for m in c.members))


def found(plant: Plant, c: Conflict) -> bool:
    if not any((m.article, m.statement) == (plant.article, plant.statement) for m in c.members):
        return False
    return c.kind == "negation" if plant.kind == "negation" else (
        c.kind == "figure" and plant.new in c.detail)


def plain_conflicts(c: Comparison) -> int:
    """The baseline: conflicts the matcher's plain rule (``match.explain.conflicts``: any two
    figures with one unit, any negation on one side only, ...) gives on the same groups."""
    from itertools import combinations

    from ..match.explain import conflicts, facts

    seen: set[tuple[int, str]] = set()
    for n, g in enumerate(c.groups):
        for x, y in combinations([m for m in g.members if m.statement != HEADLINE], 2):
            fx, fy = facts(x.text, tokenize(x.text)), facts(y.text, tokenize(y.text))
            seen.update((n, d) for d in conflicts(fx, fy))
    return len(seen)


def statement_conflicts(c: Comparison) -> list[Conflict]:
    """Conflicts between statements (in a group, or nearly identical statements in different
    groups), not between quotations."""
    return [k for k in c.conflicts if k.kind != "quote"]


# --- quote ledger against brute force --------------------------------------------------------

def _double_spans(text: str) -> list[tuple[int, int]]:
    """Spans between double quotation marks (curly, straight, or the '' of wire copy), as
    written in news copy: a quotation may run over several sentences, a mark opening a line
    inside an open quotation goes on with it (a new paragraph of the same quotation), and a
    straight mark with a space before and none after it closes or is stray."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in MARK.finditer(text):
        i, ch = m.start(), m.group()
        line_start = not text[text.rfind("\n", 0, i) + 1: i].strip()
        if open_at >= 0 and ch != "”" and ch != "''" and line_start and text[i - 1: i] == "\n":
            spans.append((open_at, i - 1))
            open_at = m.end()
        elif open_at >= 0 and ch != "“":
            if m.start() - open_at <= LONGEST:
                spans.append((open_at, i))
            open_at = -1
        elif open_at < 0 and ch != "”":
            after = text[m.end(): m.end() + 1]
            if ch == '"' and (not after or after.isspace()) and i and not text[i - 1].isspace():
                continue  # a closing mark with no quotation open
            if ch == '"' and (not after or after == "\n"):
                continue
            open_at = m.end()
    return spans


def raw_quotes(text: str) -> list[tuple[str, ...]]:
    """The normalised words of each quotation in ``text`` (``_double_spans``, then single
    marks outside them)."""
    doubles = _double_spans(text)
    found = [text[a:b] for a, b in doubles]
    rest = list(text)
    for a, b in doubles:
        rest[a:b] = " " * (b - a)
    found += [m.group(1) for m in SINGLE.finditer("".join(rest))]
    return [w for q in found if len(w := words(q)[0]) > 0]


def _same(x: Sequence[str], y: Sequence[str]) -> bool:
    """A run of ``RUN`` identical words, or one (of ``SHORTEST`` words or more: a partial
    quotation) inside the other, or the same two words or more ('“positive changes”' in
    both)."""
    if len(x) >= RUN and len(y) >= RUN and set(shingles(x, RUN)) & set(shingles(y, RUN)):
        return True
    if len(x) >= 2 and tuple(x) == tuple(y):
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= SHORTEST and tuple(short) in set(shingles(long_, len(short)))


def _inside(member: Sequence[str], span: Sequence[str]) -> bool:
    """A listed member is in a quoted span: it shares a run of ``RUN`` words with it, or lies
    inside it (a partial quotation); a span inside a longer member does not make it a
    quotation."""
    if len(member) >= RUN and len(span) >= RUN and set(shingles(member, RUN)) & set(
            shingles(span, RUN)):
        return True
    if len(member) >= 2 and tuple(member) == tuple(span):
        return True  # a phrase in quotation marks, whole
    return len(member) >= SHORTEST and tuple(member) in set(shingles(span, len(member)))


def ledger_scores(docs: Sequence[EventDoc], c: Comparison) -> tuple[int, int, int, int]:
    """(real pairs found, real pairs, listed pairs real, listed pairs)."""
    spans = {d.article.id: raw_quotes(d.article.text) for d in docs}
    ids = [d.article.id for d in docs]
    real: set[tuple[str, int, str, int]] = set()
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for p, x in enumerate(spans[a]):
                for q, y in enumerate(spans[b]):
                    if len(x) >= RUN and len(y) >= RUN and _same(x, y):
                        real.add((a, p, b, q))
    covered: set[tuple[str, int, str, int]] = set()
    listed = listed_real = 0
    for group in c.shared_quotes:
        where = [(m.article, [p for p, s in enumerate(spans[m.article])
                              if _inside(words(m.text)[0], s)]) for m in group]
        for n, (a, ps) in enumerate(where):
            for b, qs in where[n + 1:]:
                if a == b:
                    continue
                (a2, ps2), (b2, qs2) = sorted([(a, ps), (b, qs)], key=lambda t: ids.index(t[0]))
                covered |= {(a2, p, b2, q) for p in ps2 for q in qs2} & real
                listed += 1
                # real: the quoted spans they stand in are the same quotation (a shared run, or
                # a partial quotation inside the other's)
                listed_real += any(_same(spans[a2][p], spans[b2][q]) for p in ps2 for q in qs2)
    return len(covered), len(real), listed_real, listed


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval conflicts")
    ap.add_argument("--reports", type=int, default=8, help="reports compared per event")
    ap.add_argument("--plants", type=int, default=4, help="plants per event")
    ap.add_argument("--events", help="comma-separated event ids (default: all)")
    ap.add_argument("--show", type=int, default=0, help="print N conflicts of unchanged reports")
    args = ap.parse_args(argv)
    from .. import config as cfg

    conf = cfg.load(None)
    events = by_event(read_event_docs())
    chosen = args.events.split(",") if args.events else sorted(events)
    totals = evaluate([events[e][: args.reports] for e in chosen], conf, args.plants,
                      show=args.show)
    return 0 if totals["plants"] else 1


def evaluate(events: Sequence[Sequence[EventDoc]], conf: Config, plants_per_event: int,
             show: int = 0, quiet: bool = False) -> dict[str, int]:
    """Run the whole evaluation over ``events`` (lists of reports); print and return the
    counts."""
    from ..match import Matcher

    matcher = Matcher(conf)
    t = dict.fromkeys(("plants", "found", "extra", "base", "plain", "qfound", "qreal",
                       "qlisted_real", "qlisted"), 0)
    shown = 0
    for docs in events:
        if len(docs) < 2:
            continue
        analyses = analyse_docs(docs, conf)
        base = compare([analyses[d.article.id] for d in docs], conf, matcher)
        base_conflicts = statement_conflicts(base)
        t["base"] += len(base_conflicts)
        t["plain"] += plain_conflicts(base)
        qf, qr, qlr, ql = ledger_scores(docs, base)
        t["qfound"] += qf
        t["qreal"] += qr
        t["qlisted_real"] += qlr
        t["qlisted"] += ql
        new_docs, plants = planted_docs(docs, analyses, base, plants_per_event)
        changed = analyse_docs([d for d, o in zip(new_docs, docs, strict=True)
                                if d.article.text != o.article.text], conf)
        run = compare([changed.get(d.article.id, analyses[d.article.id]) for d in docs], conf,
                      matcher)
        before = {_key(k) for k in base_conflicts}
        hit = [p for p in plants if any(found(p, k) for k in statement_conflicts(run))]
        extra = [k for k in statement_conflicts(run) if _key(k) not in before
                 and not any(found(p, k) for p in plants)]
        t["plants"] += len(plants)
        t["found"] += len(hit)
        t["extra"] += len(extra)
        if not quiet:
            print(f"{docs[0].event:12s} reports {len(docs):2d}  conflicts on unchanged "
                  f"{len(base_conflicts):2d}  plants {len(hit)}/{len(plants)}  extra "
                  f"{len(extra)}  quotes shared {qf}/{qr}")
            for k in [*base_conflicts, *extra][: max(0, show - shown)]:
                shown += 1
                print(f"    {k.kind}: {k.detail}")
                for m in k.members:
                    print(f"        {m.article} [{m.statement}] {m.text[:160]}")
            for p in plants:
                if p not in hit and show:
                    print(f"    missed {p.kind} {p.new!r}: {p.text[:160]}")
                    for o in p.others:
                        print(f"        other: {o[:160]}")
    if not quiet:
        n = max(1, t["plants"])
        print(f"\nplants found {t['found']}/{t['plants']} ({t['found'] / n:.1%}), extra "
              f"conflicts {t['extra']}, conflicts on unchanged reports {t['base']} "
              f"({t['base'] / max(1, len(events)):.2f} an event; the plain rule of the "
              f"matcher's features: {t['plain']})")
        print(f"quote ledger: recall {t['qfound']}/{t['qreal']} "
              f"({t['qfound'] / max(1, t['qreal']):.1%}), precision "
              f"{t['qlisted_real']}/{t['qlisted']} "
              f"({t['qlisted_real'] / max(1, t['qlisted']):.1%})")
    return t
