"""Machine records: the stable schema documented in the README. Plain dicts of plain values,
keys in a fixed order; never passes through Rich."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Analysis, Comparison, Digest, Member, Origin, Statement

Record = dict[str, Any]


def origin(o: Origin) -> Record:
    return {"path": o.path, "url": o.url, "entry": o.entry, "line": o.line, "member": o.member}


def statement(s: Statement) -> Record:
    return {"statement": s.index, "start": s.start, "end": s.end, "text": s.text}


def article_head(a: Analysis) -> Record:
    art = a.article
    return {"id": art.id, "title": art.title, "source": art.source, "date": art.date,
            "url": art.url, "origin": origin(art.origin)}


def digest(d: Digest) -> Record:
    a = d.analysis
    dl = a.dateline
    return {
        "type": "digest",
        **article_head(a),
        "dateline": {"place": dl.place, "date": (dl.date.iso() or None) if dl.date else None,
                     "agency": dl.agency, "statement": dl.statement},
        "event": {"place": a.event_place,
                  "date": (a.event_date.iso() or None) if a.event_date else None,
                  "date_text": a.event_date_text},
        "lead": statement(d.lead) if d.lead else None,
        "key_statements": [statement(s) for s in d.key_statements],
        "quotes": [{"speaker": q.speaker, "text": q.text, "statement": q.statement,
                    "kind": q.kind, "speaker_phrase": q.speaker_phrase, "cited_by": q.cited_by,
                    "cue": q.cue, "headline": q.headline}
                   for q in a.quotes],
        "figures": [{"text": f.text, "kind": f.kind, "value": f.value, "unit": f.unit,
                     "statement": f.statement} for f in a.figures],
        "entities": [{"name": e.name, "kind": e.kind, "variants": list(e.variants),
                      "statements": list(e.statements)} for e in a.entities],
        "cited_outlets": list(a.cited_outlets),
        "cleaning": [{"kind": r.kind, "detail": r.detail, "count": r.count}
                     for r in a.article.repairs],
        "statements": len(a.statements),
    }


def _member(m: Member, differing: Iterable[str] | None = None) -> Record:
    rec: Record = {"article": m.article, "statement": m.statement, "text": m.text}
    if m.speaker is not None:
        rec["speaker"] = m.speaker
    if differing is not None:
        rec["differing"] = list(differing)
    return rec


def comparison_parts(c: Comparison) -> Iterator[Record]:
    """The comparison as a stream of typed records: one ``event_check`` (with the articles),
    then one per ``group``, ``unique`` statement, ``conflict``, ``wire`` share and ``quote``."""
    yield {"type": "event_check", "articles": [article_head(a) for a in c.articles],
           "same_event": c.event_check.same_event, "p_same": c.event_check.p_same,
           "reasons": list(c.event_check.reasons)}
    for n, g in enumerate(c.groups, 1):
        differing = g.differing or tuple(() for _ in g.members)
        yield {"type": "group", "group": n, "tier": g.tier, "score": g.score, "wire": g.wire,
               "members": [_member(m, d) for m, d in zip(g.members, differing, strict=True)]}
    for m in c.unique:
        yield {"type": "unique", **_member(m)}
    for k in c.conflicts:
        yield {"type": "conflict", "kind": k.kind,
               "group": None if k.group is None else k.group + 1, "detail": k.detail,
               "members": [_member(m) for m in k.members]}
    for w in c.wire:
        yield {"type": "wire", "article": w.article, "other": w.other, "words": w.words,
               "share": w.share}
    for shared in c.shared_quotes:
        yield {"type": "quote", "shared": True, "members": [_member(m) for m in shared]}
    for m in c.lone_quotes:
        yield {"type": "quote", "shared": False, "members": [_member(m)]}


def comparison(c: Comparison) -> Record:
    """The whole comparison as one JSON document."""
    parts = list(comparison_parts(c))
    head = parts[0]
    strip = [{k: v for k, v in p.items() if k != "type"} for p in parts[1:]]
    kinds = [p["type"] for p in parts[1:]]
    return {
        "articles": head["articles"],
        "event_check": {"same_event": head["same_event"], "p_same": head["p_same"],
                        "reasons": head["reasons"]},
        "groups": [r for r, k in zip(strip, kinds, strict=True) if k == "group"],
        "unique": [r for r, k in zip(strip, kinds, strict=True) if k == "unique"],
        "conflicts": [r for r, k in zip(strip, kinds, strict=True) if k == "conflict"],
        "wire": [r for r, k in zip(strip, kinds, strict=True) if k == "wire"],
        "quotes": [r for r, k in zip(strip, kinds, strict=True) if k == "quote"],
    }


# Flat rows for CSV/TSV: one fixed set of columns per command.
DIGEST_COLUMNS = ("article", "item", "statement", "text", "detail")
COMPARE_COLUMNS = ("type", "group", "tier", "score", "article", "statement", "text", "detail",
                   "wire")


def digest_rows(d: Digest) -> Iterator[Record]:
    a = d.analysis
    aid = a.article.id

    def row(item: str, text: str, statement: int | None = None, detail: str = "") -> Record:
        return {"article": aid, "item": item, "statement": statement, "text": text,
                "detail": detail}

    art = a.article
    yield row("title", art.title)
    yield row("origin", str(art.origin))  # the file (and line or member) it was read from
    for item, value in (("source", art.source), ("published", art.date), ("url", art.url),
                        ("author", art.author)):
        if value:
            yield row(item, value)
    dl = a.dateline
    if dl.place or dl.date or dl.agency:
        yield row("dateline", ", ".join(x for x in (dl.place, dl.date and dl.date.iso(),
                                                    dl.agency) if x), dl.statement,
                  f"place={dl.place or ''};date={dl.date.iso() if dl.date else ''};"
                  f"agency={dl.agency or ''}")
    if d.lead:
        yield row("lead", d.lead.text, d.lead.index)
    for s in d.key_statements:
        yield row("key_statement", s.text, s.index)
    for q in a.quotes:
        yield row(f"quote_{q.kind}", q.text, q.statement, q.speaker or "")
    for f in a.figures:
        unit = f" {f.unit}" if f.unit else ""
        yield row("figure", f.text, f.statement, f"{f.kind}={f.value:g}{unit}")
    for e in a.entities:
        yield row("entity", e.name, e.statements[0] if e.statements else None,
                  f"{e.kind};variants={'|'.join(e.variants)}")
    for o in a.cited_outlets:
        yield row("cited_outlet", o)
    for r in a.article.repairs:
        yield row("cleaning", r.detail, None, f"{r.kind};count={r.count}")


def comparison_rows(c: Comparison) -> Iterator[Record]:
    def row(**kw: Any) -> Record:
        return {col: kw.get(col) for col in COMPARE_COLUMNS}

    yield row(type="event_check", text="; ".join(c.event_check.reasons),
              detail=c.event_check.same_event)
    for n, g in enumerate(c.groups, 1):
        differing = g.differing or tuple(() for _ in g.members)
        for m, d in zip(g.members, differing, strict=True):
            yield row(type="group", group=n, tier=g.tier, score=g.score, article=m.article,
                      statement=m.statement, text=m.text, detail=" ".join(d), wire=g.wire)
    for m in c.unique:
        yield row(type="unique", article=m.article, statement=m.statement, text=m.text)
    for k in c.conflicts:
        yield row(type="conflict", group=None if k.group is None else k.group + 1,
                  article="|".join(m.article for m in k.members),
                  statement="|".join(str(m.statement) for m in k.members),
                  text=k.detail, detail=k.kind)
    for w in c.wire:
        yield row(type="wire", article=w.article, text=w.other,
                  detail=f"words={w.words};share={w.share:g}")
    for shared in c.shared_quotes:
        for m in shared:
            yield row(type="shared_quote", article=m.article, statement=m.statement,
                      text=m.text, detail=m.speaker or "")
    for m in c.lone_quotes:
        yield row(type="lone_quote", article=m.article, statement=m.statement, text=m.text,
                  detail=m.speaker or "")
