"""One self-contained HTML report (no network, no external CSS or JavaScript, printable): the
same view as the terminal's, from ``view``: the verdict, the reports side by side, the
statements they share with each member's own words highlighted, conflicts marked, what each
report alone says, the disagreements and the quote ledger. Every string from an input passes
``html.escape``; nothing from an input becomes a tag, an attribute or CSS. Standard library
only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

from ..model import Comparison, Member
from . import view

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;padding:1rem;
max-width:90rem;color:#1b1b1b;background:#fff}
h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
.verdict{border:2px solid #888;border-radius:.5rem;padding:.6rem .9rem}
.verdict.yes{border-color:#2e7d32}.verdict.no{border-color:#c62828}
.verdict.unclear{border-color:#b58900}
.summary{font-weight:600}.reasons{margin:.3rem 0 0;padding-left:1.2rem}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem}
.card{border:1px solid #ccc;border-radius:.4rem;padding:.5rem .7rem;min-width:0}
.card h3{font-size:1rem;margin:0 0 .3rem}
.label{display:inline-block;background:#1b1b1b;color:#fff;border-radius:.25rem;
padding:0 .35rem;margin-right:.35rem;font-weight:700}
dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem}
dt{font-weight:600;color:#555}dd{margin:0;min-width:0}
.group{border-left:4px solid #2e7d32;padding:.2rem 0 .2rem .6rem;margin:.7rem 0}
.group.related{border-color:#b58900}.group.conflict{border-color:#c62828}
.marks{font-weight:600;margin-bottom:.3rem}.conflict-mark{color:#c62828}
mark{background:#fff2a8;padding:0 .1rem}
.ref{color:#666;font-variant-numeric:tabular-nums;white-space:nowrap}
ul.plain{list-style:none;padding:0;margin:0}ul.plain li{margin:.25rem 0}
.dim{color:#666}
body,dd,li,.card{overflow-wrap:anywhere}
@media print{body{font-size:11pt;max-width:none}.card,.group{break-inside:avoid}
mark{background:none;font-weight:700;text-decoration:underline}}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def highlighted(text: str, words: Iterable[str]) -> str:
    """``text`` escaped, each of ``words`` (whole words, case-insensitive) in ``<mark>``."""
    spans: list[tuple[int, int]] = []
    for w in {w for w in words if w}:
        spans += [(m.start(), m.end()) for m in
                  re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)]
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [_e(text[pos:start]), "<mark>", _e(text[start:end]), "</mark>"]
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _header(c: Comparison, article_id: str) -> str:
    a = next(x for x in c.articles if x.article.id == article_id)
    return (f'<span class="label">{_e(view.labels(c)[article_id])}</span>'
            f"{_e(view.outlet(a.article))}")


def _verdict(c: Comparison) -> list[str]:
    out = [f'<section class="verdict {_e(c.event_check.same_event)}">',
           f"<h1>{_e(view.verdict(c))}</h1>", f'<div class="summary">{_e(view.summary(c))}</div>']
    if c.conflicts:
        out.append('<ul class="plain">')
        for k in c.conflicts:
            where = view.conflict_where(k)
            out.append(f'<li><span class="conflict-mark">≠ {_e(k.kind)} ({_e(where)})</span> '
                       f"{_e(view.with_labels(k.detail, c))}</li>")
        out.append("</ul>")
    out.append('<ul class="reasons">' + "".join(f"<li>{_e(r)}</li>" for r in view.reasons(c))
               + "</ul></section>")
    return out


def _digests(c: Comparison) -> list[str]:
    rows = view.digest_rows(c)
    out = ['<h2>Reports side by side</h2>', '<div class="cols" id="reports">']
    for i, a in enumerate(c.articles):
        out.append(f'<article class="card"><h3>{_header(c, a.article.id)}</h3><dl>')
        out += [f"<dt>{_e(name)}</dt><dd>{_e(values[i])}</dd>" for name, values in rows
                if values[i]]
        out.append("</dl></article>")
    out.append("</div>")
    lines = view.additions(c)
    if lines:
        out.append('<h3>Published, and what each report added</h3><ul class="timeline">')
        out += [f"<li><strong>{_e(n)}</strong> {_e(d)}: {_e(what)}</li>"
                for n, d, what in lines]
        out.append("</ul>")
    elif len(order := view.timeline(c)[0]) >= 2:
        out.append('<p><strong>Published:</strong> ' +
                   " → ".join(f"{_e(n)} {_e(d)}" for n, d in order) + "</p>")
    return out


def _member(m: Member, words: Sequence[str], c: Comparison) -> str:
    return (f'<div><span class="ref">{_e(view.ref(m, c))}</span> '
            f"{highlighted(m.text, words)}</div>")


def _groups(c: Comparison) -> list[str]:
    if not c.groups:
        return ["<p><em>No statements align between these reports.</em></p>"]
    conflicts = view.conflict_groups(c)
    _, first = view.timeline(c)
    out = [f"<h2>Said by more than one report: {len(c.groups)}</h2>"]
    for n, g in enumerate(c.groups):
        kinds = conflicts.get(n, [])
        cls = "group " + _e(g.tier) + (" conflict" if kinds else "")
        marks = f"{n + 1} · {_e(g.tier)} {g.score:.0f}"
        marks += "".join(f' <span class="conflict-mark">≠ {_e(k)}</span>' for k in kinds)
        if g.wire:
            marks += ' <span class="dim">wire copy</span>'
        if n in first:
            marks += f' <span class="dim">first: {_e(first[n])}</span>'
        out.append(f'<section class="{cls}"><div class="marks">{marks}</div>'
                   '<div class="cols">')
        differing = g.differing or tuple(() for _ in g.members)
        for a in c.articles:
            members = [(m, w) for m, w in zip(g.members, differing, strict=True)
                       if m.article == a.article.id]
            if members:
                out.append('<div class="card">' + "".join(_member(m, w, c) for m, w in members)
                           + "</div>")
        out.append("</div></section>")
    return out


def _only_in(c: Comparison) -> list[str]:
    out = []
    for a, members in view.only_in(c):
        out.append(f"<h2>Only in {_header(c, a.article.id)}: {len(members)}</h2>"
                   '<ul class="plain">')
        out += [f'<li><span class="ref">[{m.statement}]</span> {_e(m.text)}</li>'
                for m in members]
        out.append("</ul>")
    return out


def _disagreements(c: Comparison) -> list[str]:
    if not c.conflicts:
        return []
    out = ['<h2 class="conflict-mark">Disagreements</h2><ul class="plain">']
    for k in c.conflicts:
        where = view.conflict_where(k)
        refs = " · ".join(view.ref(m, c) for m in k.members)
        out.append(f'<li><span class="conflict-mark">{_e(k.kind)} ({_e(where)})</span> '
                   f'{_e(view.with_labels(k.detail, c))} <span class="ref">{_e(refs)}</span>'
                   "</li>")
    return [*out, "</ul>"]


def _ledger(c: Comparison) -> list[str]:
    if not (c.shared_quotes or c.lone_quotes):
        return []
    out = [f"<h2>Quotes: {len(c.shared_quotes)} shared, {len(c.lone_quotes)} in one report "
           'only</h2><ul class="plain">']
    for line in view.quote_ledger(c):
        refs = (" = " if line.shared else " ").join(line.refs)
        out.append(f'<li><strong>{_e(line.speaker)}</strong> <span class="ref">{_e(refs)}'
                   f"</span> {_e(line.text)}</li>")
    return [*out, "</ul>"]


def _wire(c: Comparison) -> list[str]:
    if not c.wire:
        return []
    names = view.labels(c)
    items = "".join(f"<li>{_e(view.wire_share(w, names))}</li>" for w in c.wire)
    return [f'<h2>Same wording (runs of 8+ identical words)</h2><ul class="plain">{items}</ul>']


def comparison_body(c: Comparison) -> str:
    parts = (_verdict(c) + _digests(c) + _groups(c) + _only_in(c) + _disagreements(c)
             + _wire(c) + _ledger(c))
    return "\n".join(parts)


def document(title: str, body: str) -> str:
    """A complete page: inline CSS, no scripts, no external resources."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n"
            "</body></html>\n")


def comparison_html(c: Comparison) -> str:
    heads = " / ".join(view.outlet(a.article) for a in c.articles[:4])
    return document(f"newsdigest: {heads}", comparison_body(c))


def stories_html(sections: Sequence[tuple[str, Comparison | None, Sequence[str]]]) -> str:
    """``cluster``: a section per story, (title, its comparison or None for a single report,
    lines about it)."""
    body = []
    for n, (title, comp, lines) in enumerate(sections, 1):
        body.append(f'<section class="story"><h1>Story {n}: {_e(title)}</h1>')
        body += [f"<p>{_e(line)}</p>" for line in lines]
        if comp is not None:
            body.append(comparison_body(comp))
        body.append("</section>")
    return document("newsdigest: stories", "\n".join(body))
