"""Rich renderables for people at a terminal. Article text is always wrapped in ``Text``
objects (never parsed as markup) after control characters are made visible, so a report
containing ``[bold]`` or an escape sequence is shown literally."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group as RGroup
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..config import Config
from ..model import Comparison, Digest, Member
from .text import safe


def plain(text: str, style: str = "") -> Text:
    return Text(safe(text), style=style)


def highlighted(text: str, words: Iterable[str], style: str = "bold yellow") -> Text:
    """``text`` with each of ``words`` (whole words, case-insensitive) styled."""
    out = plain(text)
    for w in {w for w in words if w}:
        for m in re.finditer(rf"(?<!\w){re.escape(safe(w))}(?!\w)", out.plain, re.IGNORECASE):
            out.stylize(style, m.start(), m.end())
    return out


def _number(value: float) -> str:
    """27000000000.0 -> '27,000,000,000'; 2.5 -> '2.5'."""
    return f"{value:,.0f}" if value == int(value) and abs(value) < 1e18 else f"{value:,.6g}"


def digest_panel(d: Digest) -> Panel:
    a = d.analysis
    body: list[RenderableType] = []
    dl = a.dateline
    facts = []
    if dl.place or dl.date or dl.agency:
        facts.append(("Dateline", ", ".join(x for x in (dl.place, dl.date and dl.date.human(),
                                                        dl.agency) if x)))
    if a.event_place or a.event_date or a.event_date_text:
        when = (a.event_date.human() if a.event_date else "") or (a.event_date_text or "")
        facts.append(("Event", " · ".join(x for x in (a.event_place, when) if x)))
    if a.article.source:
        facts.append(("Source", a.article.source))
    if a.cited_outlets:
        facts.append(("Cites", ", ".join(a.cited_outlets)))
    facts.append(("From", str(a.article.origin)))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for k, v in facts:
        grid.add_row(k, plain(v))
    body.append(grid)
    if d.lead:
        body.append(Text.assemble(("\nLead ", "bold"), (f"[{d.lead.index}] ", "dim"),
                                  plain(d.lead.text)))
    if d.key_statements:
        body.append(Text("\nKey statements", style="bold"))
        for n, s in enumerate(d.key_statements, 1):
            body.append(Text.assemble(f"{n}. ", (f"[{s.index}] ", "dim"), plain(s.text)))
    if a.quotes:
        body.append(Text("\nQuotes", style="bold"))
        for q in a.quotes:
            who = q.speaker or "unknown speaker"
            via = f" (via {q.cited_by})" if q.cited_by else ""
            mark = "“" if q.kind == "direct" else "reported: "
            end = "”" if q.kind == "direct" else ""
            body.append(Text.assemble((f"[{q.statement}] ", "dim"), (safe(who), "cyan"),
                                      safe(via), ": ", mark, plain(q.text), end))
    if a.figures:
        body.append(Text("\nFigures", style="bold"))
        for f in a.figures:
            unit = f" {f.unit}" if f.unit else ""
            body.append(Text.assemble((f"[{f.statement}] ", "dim"), plain(f.text),
                                      (f"  {f.kind} {_number(f.value)}{unit}", "dim")))
    if a.entities:
        kinds = {"person": "People", "place": "Places", "org": "Organisations"}
        first = True
        for kind, label in kinds.items():
            names = [e for e in a.entities if e.kind == kind]
            if names:
                line = Text.assemble(("\n" if first else "", ""), (f"{label}: ", "bold"))
                first = False
                for n, e in enumerate(names):
                    line.append(("; " if n else "") + safe(e.name))
                    if e.variants:
                        line.append(f" ({safe(', '.join(e.variants))})", style="dim")
                body.append(line)
    if a.article.repairs:
        body.append(Text("\nCleaned", style="bold"))
        for r in a.article.repairs:
            times = f" ×{r.count}" if r.count > 1 else ""
            body.append(Text.assemble((f"{r.kind}{times}: ", "dim"), plain(r.detail)))
    title = Text.assemble((safe(a.article.title) or "(no headline)", "bold"),
                          (f"  {safe(a.article.id)}", "dim"))
    return Panel(RGroup(*body), title=title, title_align="left", box=box.ROUNDED)


def _label(c: Comparison, article_id: str) -> str:
    for i, a in enumerate(c.articles):
        if a.article.id == article_id:
            return f"{chr(65 + i) if i < 26 else i + 1}"
    return article_id


def event_panel(c: Comparison) -> Panel:
    verdict = c.event_check.same_event
    head = {"yes": ("Same event", "green"), "no": ("Different events", "bold red"),
            "unclear": ("Same event? Unclear", "yellow")}[verdict]
    lines: list[RenderableType] = []
    for i, a in enumerate(c.articles):
        src = f" ({a.article.source})" if a.article.source else ""
        lines.append(Text.assemble((f"{_label(c, a.article.id)} ", "bold"),
                                   plain(f"{a.article.id}{src}: {a.article.title}")))
        del i
    for r in c.event_check.reasons:
        lines.append(Text.assemble("• ", plain(r)))
    if verdict == "no":
        lines.append(Text("Statements are still aligned below; read them as two events.",
                          style="italic"))
    p = c.event_check.p_same
    title = head[0] if p is None else f"{head[0]} (P(same) {p:.2f})"
    return Panel(RGroup(*lines), title=Text(title, style=head[1]), title_align="left",
                 box=box.ROUNDED)


def comparison_table(c: Comparison) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True, title="Aligned statements",
                  title_justify="left")
    table.add_column("#", justify="right", no_wrap=True, width=3)
    table.add_column("match", no_wrap=True, width=7)
    for a in c.articles:
        table.add_column(Text.assemble((_label(c, a.article.id) + " ", "bold"),
                                       plain(a.article.source or a.article.id)), ratio=1)
    for n, g in enumerate(c.groups, 1):
        cells: dict[str, Text] = {}
        differing = g.differing or tuple(() for _ in g.members)
        for m, words in zip(g.members, differing, strict=True):
            cell = cells.setdefault(m.article, Text())
            if cell.plain:
                cell.append("\n")
            cell.append(Text(f"[{m.statement}] ", style="dim"))
            cell.append(highlighted(m.text, words))
        style = "green" if g.tier == "same" else "yellow"
        table.add_row(str(n), Text(f"{g.tier}\n{g.score:.0f}", style=style),
                      *[cells.get(a.article.id, Text("—", style="dim")) for a in c.articles])
    return table


def _members_list(title: str, members: Sequence[Member], c: Comparison) -> RenderableType:
    out = Text(title, style="bold")
    for m in members:
        out.append("\n")
        out.append(Text.assemble((f"{_label(c, m.article)} [{m.statement}] ", "dim"),
                                 plain(m.text)))
    return out


WIRE_LINES = 8  # report pairs the terminal view lists, most shared first


def wire_lines(c: Comparison) -> Text:
    """One line per pair of reports that print the same passages word for word (the pairs
    sharing most first; the records have them all)."""
    share = {(w.article, w.other): w for w in c.wire}
    order = {a.article.id: i for i, a in enumerate(c.articles)}
    pairs = sorted({(w.article, w.other) if order[w.article] < order[w.other]
                    else (w.other, w.article) for w in c.wire},
                   key=lambda p: (-max(w.share for w in (share.get(p), share.get(p[::-1])) if w),
                                  order[p[0]], order[p[1]]))
    text = Text("\nSame wording (runs of 8+ identical words)", style="bold")
    for x, y in pairs[:WIRE_LINES]:
        parts = [f"{w.share:.0%} of {_label(c, w.article)}"
                 for w in (share.get((x, y)), share.get((y, x))) if w]
        words = max(w.words for w in (share.get((x, y)), share.get((y, x))) if w)
        text.append(Text.assemble("\n  ", (f"{_label(c, x)}–{_label(c, y)}: ", "bold"),
                                  f"{words} words, {', '.join(parts)}"))
    if len(pairs) > WIRE_LINES:
        text.append(f"\n  and {len(pairs) - WIRE_LINES} more pairs", style="dim")
    return text


def comparison_view(c: Comparison, config: Config | None = None) -> RenderableType:
    parts: list[RenderableType] = [event_panel(c)]
    if c.groups:
        parts.append(comparison_table(c))
    else:
        parts.append(Text("No statements align between these reports.", style="italic"))
    for a in c.articles:
        only = [m for m in c.unique if m.article == a.article.id]
        if only:
            label = f"Only in {_label(c, a.article.id)} ({a.article.source or a.article.id})"
            parts.append(_members_list(f"\n{safe(label)}: {len(only)}", only, c))
    if c.conflicts:
        text = Text("\nDisagreements", style="bold red")
        for k in c.conflicts:
            where = f"group {k.group + 1}" if k.group is not None else "quote"
            text.append("\n")
            text.append(Text.assemble((f"{k.kind} ({where}): ", "red"), plain(k.detail)))
            for m in k.members:
                text.append(Text.assemble("\n   ", (f"{_label(c, m.article)} [{m.statement}] ",
                                                     "dim"), plain(m.text)))
        parts.append(text)
    if c.wire:
        parts.append(wire_lines(c))
    if c.shared_quotes or c.lone_quotes:
        text = Text(f"\nQuotes: {len(c.shared_quotes)} shared, {len(c.lone_quotes)} in one "
                    "report only", style="bold")
        for group in c.shared_quotes:
            m = group[0]
            text.append(Text.assemble("\n  both: ", plain(f"{m.speaker or '?'}: “{m.text}”")))
        for m in c.lone_quotes:
            text.append(Text.assemble(f"\n  {_label(c, m.article)} only: ",
                                      plain(f"{m.speaker or '?'}: “{m.text}”")))
        parts.append(text)
    return RGroup(*parts)


def pairs_table(rows: Sequence[dict[str, object]]) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("tier", no_wrap=True)
    table.add_column("a", ratio=1)
    table.add_column("b", ratio=1)
    for r in rows:
        tier = str(r["tier"] or "—")
        style = {"same": "green", "related": "yellow"}.get(tier, "dim")
        table.add_row(str(r["line"]), f"{r['score']:.1f}", Text(tier, style=style),
                      plain(str(r["a"])), plain(str(r["b"])))
    return table


def config_table(rows: Sequence[dict[str, object]]) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, expand=True)
    table.add_column("setting", no_wrap=True, style="bold")
    table.add_column("value", ratio=1)
    table.add_column("from", ratio=1, style="dim")
    for r in rows:
        table.add_row(str(r["key"]), plain(repr(r["value"]) if isinstance(r["value"], str)
                                           else str(r["value"])), plain(str(r["source"])))
    return table
