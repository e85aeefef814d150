"""Markdown for notes and issue trackers: a section per digest, a table per comparison."""

from __future__ import annotations

from ..model import Comparison, Digest
from . import records, view
from .text import markdown_table


def _esc(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").split())


def digest_markdown(d: Digest) -> str:
    a = d.analysis
    out = [f"## {_esc(a.article.title) or '(no headline)'}", "",
           f"*{_esc(a.article.id)}* — {_esc(str(a.article.origin))}", ""]
    dl = a.dateline
    if dl.place or dl.date or dl.agency:
        parts = (dl.place, dl.date.iso() if dl.date else None, dl.agency)
        out += [f"**Dateline:** {_esc(', '.join(x for x in parts if x))}", ""]
    if d.lead:
        out += [f"**Lead** [{d.lead.index}]: {_esc(d.lead.text)}", ""]
    if d.key_statements:
        out += ["**Key statements**", ""]
        out += [f"{n}. [{s.index}] {_esc(s.text)}" for n, s in enumerate(d.key_statements, 1)]
        out.append("")
    if a.quotes:
        out += ["**Quotes**", ""]
        out += [f"- [{'headline → ' if q.headline else ''}{q.statement}] "
                f"{_esc(q.speaker or 'unknown')}: “{_esc(q.text)}”"
                for q in a.quotes if q.kind == "direct"]
        out.append("")
    if a.figures:
        out += ["**Figures**", ""]
        out += [f"- [{f.statement}] {_esc(f.text)} ({f.kind} {f.value:g})" for f in a.figures]
        out.append("")
    if a.entities:
        out += ["**Entities:** " + "; ".join(f"{_esc(e.name)} ({e.kind})" for e in a.entities),
                ""]
    return "\n".join(out) + "\n"


def comparison_markdown(c: Comparison) -> str:
    out = [f"## Same event: {c.event_check.same_event}", ""]
    out += [f"- {_esc(r)}" for r in view.reasons(c, {a.article.id: a.article.id
                                                      for a in c.articles})]
    out += ["", "### Aligned statements", ""]
    ids = [a.article.id for a in c.articles]
    rows = []
    for n, g in enumerate(c.groups, 1):
        row: dict[str, object] = {"#": n, "tier": g.tier + " (wire copy)" * g.wire,
                                  "score": g.score}
        for m in g.members:  # each with its number, as the disagreements and quotes cite it
            prev = row.get(m.article)
            text = f"[{m.where}] {m.text}"
            row[m.article] = f"{prev} / {text}" if prev else text
        rows.append(row)
    out.append(markdown_table(rows, ["#", "tier", "score", *ids]))
    if c.unique:
        out += ["### Only in one report", ""]
        out.append(markdown_table((records._member(m) for m in c.unique),
                                  ["article", "statement", "text"]))
    return "\n".join(out + _disagreements(c) + _wire(c) + _ledger(c))


def _disagreements(c: Comparison) -> list[str]:
    """Each disagreement, where it was found, and the two statements with their reports."""
    if not c.conflicts:
        return []
    out = ["### Disagreements", ""]
    for k in c.conflicts:
        out.append(f"- **{_esc(k.kind)}** ({view.conflict_where(k)}): {_esc(k.detail)}")
        out += [f"  - {_esc(m.article)} [{m.statement}]: {_esc(m.text)}" for m in k.members]
    return [*out, ""]


def _wire(c: Comparison) -> list[str]:
    if not c.wire:
        return []
    ids = {a.article.id: a.article.id for a in c.articles}
    return ["### Same wording (runs of 8+ identical words)", "",
            *(f"- {_esc(view.wire_share(w, ids))}" for w in c.wire), ""]


def _ledger(c: Comparison) -> list[str]:
    """The quote ledger (``view.quote_ledger``), reports named by id."""
    if not (c.shared_quotes or c.lone_quotes):
        return []
    ids = {a.article.id: a.article.id for a in c.articles}
    out = [f"### Quotes: {len(c.shared_quotes)} shared, {len(c.lone_quotes)} in one report "
           "only", ""]
    for line in view.quote_ledger(c, ids):
        refs = (" = " if line.shared else " ").join(_esc(r) for r in line.refs)
        out.append(f"- **{_esc(line.speaker)}** {refs}: {_esc(line.text)}")
    return [*out, ""]
