"""Quotation and reported-speech extraction judged on PolNeAR (``../shared/data/quotes``).

    python -m newsdigest.eval quotes [FILE] [--split dev|train|all] [--errors N]

Scoring (as the data's README states it for the held-out part): a gold content counts as
found when the tool's quotes that lie mostly inside it (more than half of their words) cover at
least half of its words; a speaker is right when it matches the gold source or one of its
``source_names`` (titles and determiners dropped; "Obama" matches "Barack Obama"; an
initialism matches the name it abbreviates: "AP" and "Associated Press"; the source's name
before an apposition counts as the source: "Mr. Barrett" of "Mr. Barrett, the lawyer for …";
a speaker written exactly as the source matches it even when it is all title words: "the
governor").

Printed: recall over attributions with a speaking cue (``SPEAKING_WORDS``: said, told, added,
according to, ...; a fixed list, so that the package learning a verb moves what is found,
not what there is to find), recall over direct quotations, precision of the extracted quotes
(share lying mostly inside some gold content, speaking cue or not), speaker accuracy on the
found speaking-cue attributions, and on the found attributions of any cue ('calling him
"…"'); then the same for the plain baseline (every passage between quotation marks of 3
words or more, no speaker)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.gazetteer import wordset
from ..extract.speech import TITLES
from ..model import Analysis, Article, Origin
from .ecb import DATA, read_jsonl

POLNEAR = DATA / "quotes" / "polnear_dev.jsonl"
# a cue counts as speaking when one of its words is one of these ('according' stands for
# 'according to'): the package's speech verbs as they stood on 2026-12-06 and their -ing
# forms, written out here so that a verb the package learns later moves the count of
# attributions found, not the count to find
SPEAKING_WORDS = wordset("""
    according acknowledged acknowledges added adding adds admits admitted announced announces
    answered argued argues arguing asked asking asks bellowed boasted boasts cautioned claimed
    claims commented complained complains conceded concedes concluded concludes confessed
    confesses confirmed confirms continued continues countered counters declared declares
    declaring denied denies denying emailed emphasised emphasises emphasized emphasizes
    exclaimed explained explaining explains fumed gloated insisted insisting insists joked
    jokes lamented laments mused noted notes noting observed pledged predicted predicts
    promised promises quipped reacted recalled recalls remarked replied replies responded
    responds retorted said say saying says scoffed screamed shouted snapped stated states
    stressed stresses suggested suggests tell telling tells testified thundered told tweeted
    tweets urged urges vowed vows warned warning warns whispered wondered wonders writes
    writing wrote yelled""")
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]")
_DROP = frozenset(TITLES) | {"the", "a", "an", "s", "but", "and"}
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "who", "you"])


def speaking(cue: str | None) -> bool:
    if not cue:
        return False
    words = [w.lower() for w in _WORD.findall(cue)]
    return any(w in SPEAKING_WORDS for w in words)


@dataclass
class Doc:
    id: str
    split: str
    text: str
    words: list[tuple[int, int]]  # word spans of ``text``
    gold: list[dict[str, Any]]
    article: Article
    base: int  # offset of ``article.text`` in ``text``


@dataclass
class Found:
    start: int
    end: int
    speaker: str | None
    text: str
    cue: str | None = None


@dataclass
class Score:
    speaking: int = 0
    speaking_found: int = 0
    direct: int = 0
    direct_found: int = 0
    quotes: int = 0
    quotes_inside: int = 0
    speakers: int = 0  # found speaking-cue attributions with a gold source
    speakers_right: int = 0
    speakers_none: int = 0
    named: int = 0  # of ``speakers``: the gold source or its names hold a capitalised word
    # other than a pronoun (a bare 'He' or 'the mayor' with no source_names names no one)
    named_right: int = 0
    any_speakers: int = 0  # found attributions of any cue ('calling him "…"') with a source
    any_right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def lines(self, label: str) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a / b:.1%} ({a}/{b})" if b else "n/a"

        out = [f"{label}:",
               f"  speaking-cue recall  {pct(self.speaking_found, self.speaking)}",
               f"  direct-quote recall  {pct(self.direct_found, self.direct)}",
               f"  precision            {pct(self.quotes_inside, self.quotes)}"]
        if self.speakers:
            out.append(f"  speaker accuracy     {pct(self.speakers_right, self.speakers)}"
                       f"  (no speaker {pct(self.speakers_none, self.speakers)})")
            out.append(f"    where gold names   {pct(self.named_right, self.named)}"
                       "  (a bare 'he' with no source_names cannot be matched)")
        if self.any_speakers:
            out.append(f"  speaker accuracy, any cue  {pct(self.any_right, self.any_speakers)}")
        return out


def read_docs(path: Path = POLNEAR, split: str = "dev") -> list[Doc]:
    docs = []
    for n, r in enumerate(read_jsonl(path), 1):
        if split != "all" and r["split"] != split:
            continue
        text = r["text"]
        head, sep, _ = text.partition("\n")
        base = len(head) + len(sep)
        art = Article(id=r["id"], title=head.strip(), text=text[base:],
                      origin=Origin(str(path), line=n), source=r.get("publisher"),
                      date=r.get("date"))
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        docs.append(Doc(r["id"], r["split"], text, words, r["attributions"], art, base))
    return docs


def locate(doc: Doc, analysis: Analysis) -> list[Found]:
    """The tool's quotes as spans of the gold text (found near their statement; a headline
    quote, which points to the body statement telling it, in the headline)."""
    out = []
    title = " ".join(analysis.article.title.split())
    for q in analysis.quotes:
        st = analysis.statements[q.statement]
        guess = doc.base + st.start
        if q.text in title and q.text not in st.text:
            guess = 0
        at = _find(doc.text, q.text, guess)
        if at is not None:
            out.append(Found(at[0], at[1], q.speaker, q.text, getattr(q, "cue", None)))
    return out


def _find(text: str, needle: str, guess: int) -> tuple[int, int] | None:
    """Where ``needle`` (a quotation as the tool gives it) is in the gold ``text``, nearest to
    ``guess``: its words as written, a '"' where the text has two apostrophes (the cleaning
    turns the New York Times's ''…'' into "…")."""
    if not needle.strip():
        return None

    def escape(words: str) -> str:
        return re.escape(words).replace('"', "(?:\"|'')")

    ms = list(re.finditer(escape(needle), text))
    if ms:
        m = min(ms, key=lambda x: abs(x.start() - guess))
        return m.start(), m.end()
    pattern = r"\s+".join(escape(w) for w in needle.split())
    ms = list(re.finditer(pattern, text))
    if not ms:
        return None
    m = min(ms, key=lambda x: abs(x.start() - guess))
    return m.start(), m.end()


def baseline(doc: Doc) -> list[Found]:
    body = doc.text[doc.base:]
    return [Found(doc.base + m.start(1), doc.base + m.end(1), None, m.group(1))
            for m in _QUOTED.finditer(body) if len(m.group(1).split()) >= 3]


def _word_ids(doc: Doc, spans: Iterable[Sequence[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(i for i, (a, b) in enumerate(doc.words) if a >= s and b <= e)
    return out


def norm_name(name: str, lower: bool = True) -> tuple[str, ...]:
    words = _WORD.findall(name.replace("’s", "").replace("'s", ""))
    return tuple(w.lower() if lower else w for w in words if w.lower() not in _DROP)


def speaker_right(speaker: str | None, gold: dict[str, Any]) -> bool:
    if not speaker:
        return False
    source = gold.get("source") or ""
    if _plain(speaker) == _plain(source) and _plain(source) not in PRONOUNS:
        return True  # the source as written: 'the governor' (all title words: no name left)
    mine = norm_name(speaker)
    if not mine:
        return False
    for name in [*source_heads(source), *gold.get("source_names", [])]:
        theirs = norm_name(name)
        if theirs and (set(mine) <= set(theirs) or set(theirs) <= set(mine)
                       or _initialism(mine, theirs) or _initialism(theirs, mine)):
            return True
    return False


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def source_heads(source: str) -> list[str]:
    """The source as written and the names in it: the part before an apposition ('Mr. Barrett'
    of 'Mr. Barrett, the lawyer for …') and a name set off by commas ('Mike Rubino' of 'Trump's
    Virginia state director, Mike Rubino,')."""
    parts = [p.strip() for p in source.split(",") if p.strip()]
    if len(parts) < 2:
        return [source]
    names = [p for p in parts[1:] if all(w[:1].isupper() for w in p.split())]
    return [source, parts[0], *names]


def _initialism(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``short`` the initials of ``full`` ('AP' of 'Associated Press', 'FBI' of 'Federal
    Bureau of Investigation')? The same organisation, written two ways."""
    words = [w for w in full if w not in ("of", "and", "for")]
    return len(short) == 1 and len(words) >= 2 and short[0] == "".join(w[0] for w in words)


def score(docs: Sequence[Doc], found: dict[str, list[Found]], errors: bool = False) -> Score:
    sc = Score()
    for doc in docs:
        quotes = found[doc.id]
        qwords = [_word_ids(doc, [(q.start, q.end)]) for q in quotes]
        golds = [_word_ids(doc, g["content_spans"]) for g in doc.gold]
        inside = [False] * len(quotes)
        for g, gw in zip(doc.gold, golds, strict=True):
            if not gw:
                continue
            mine = [k for k, qw in enumerate(qwords) if qw and len(qw & gw) * 2 > len(qw)]
            for k in mine:
                inside[k] = True
            covered = set().union(*(qwords[k] & gw for k in mine)) if mine else set()
            hit = len(covered) * 2 >= len(gw)
            # the speaker of the quote covering most of it
            who = quotes[max(mine, key=lambda k: len(qwords[k] & gw))].speaker if hit else None
            _judge(sc, doc, g, hit, who, errors)
        sc.quotes += len(quotes)
        sc.quotes_inside += sum(inside)
    return sc


def _judge(sc: Score, doc: Doc, g: dict[str, Any], hit: bool, who: str | None,
           errors: bool) -> None:
    """Count one gold attribution: found (``hit``) and given to ``who``."""
    if hit and g.get("source") is not None:
        sc.any_speakers += 1
        sc.any_right += speaker_right(who, g)
    if g.get("is_direct"):
        sc.direct += 1
        sc.direct_found += hit
    if not speaking(g.get("cue")):
        return
    sc.speaking += 1
    sc.speaking_found += hit
    if not hit:
        if errors:
            sc.misses.append(f"{doc.id}: [{g['source']} | {g['cue']}] {g['content']}")
        return
    if g.get("source") is None:
        return
    sc.speakers += 1
    sc.speakers_none += who is None
    named = any(w[:1].isupper() and w.lower() not in PRONOUNS
                for n in [g["source"], *g.get("source_names", [])]
                for w in norm_name(n, lower=False))  # 'He' opening a sentence: no name
    sc.named += named
    if speaker_right(who, g):
        sc.speakers_right += 1
        sc.named_right += named
    elif errors:
        tag = "named" if named else "unnamed"  # an unnamed 'he' cannot be matched
        sc.wrong.append(f"[{tag}] {doc.id}: got {who!r}, gold {g['source']!r} "
                        f"{g.get('source_names')} | {g['cue']} | {g['content'][:80]}")


def evaluate(docs: Sequence[Doc], errors: bool = False) -> tuple[Score, Score]:
    """The tool's score and the baseline's on these documents."""
    from ..config import defaults
    from ..pipeline import analyse

    config = defaults()
    tool = {d.id: locate(d, analyse(d.article, config)) for d in docs}
    base = {d.id: baseline(d) for d in docs}
    return score(docs, tool, errors), score(docs, base)


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval quotes",
                                 description="Quotes and speakers on PolNeAR.")
    ap.add_argument("file", nargs="?", type=Path, default=POLNEAR)
    ap.add_argument("--split", default="dev", choices=("dev", "train", "all"))
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N missed attributions and N wrong speakers")
    args = ap.parse_args(argv)
    docs = read_docs(args.file, args.split)
    tool, base = evaluate(docs, errors=args.errors > 0)
    print(f"{len(docs)} articles ({args.split}), {tool.speaking} attributions with a speaking "
          f"cue, {tool.direct} direct quotations")
    print("\n".join(tool.lines("newsdigest")))
    print("\n".join(base.lines("baseline: passages between quotation marks (>= 3 words)")))
    if args.errors:
        print("\nmissed:")
        print("\n".join(tool.misses[: args.errors]))
        print("\nwrong speaker:")
        print("\n".join(tool.wrong[: args.errors]))
    return 0
