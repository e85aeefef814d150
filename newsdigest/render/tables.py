"""Rich renderables for people at a terminal. Article text is always wrapped in ``Text``
objects (never parsed as markup) after control characters are made visible, so a report
containing ``[bold]`` or an escape sequence is shown literally."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.console import Group as RGroup
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..config import Config
from ..model import Analysis, Comparison, Digest, Figure, Member
from . import view
from .text import safe


def plain(text: str, style: str = "") -> Text:
    """Input text on one line (a statement kept whole over a line break, 'Police Const.' and
    'Tim Fanning said' on two lines, is not printed broken), fit for a terminal."""
    if "\n" in text or "\r" in text:
        text = " ".join(line.strip(" \t") for line in text.splitlines() if line.strip(" \t"))
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


def _figure_note(f: Figure) -> str:
    """What a figure was read as, without repeating what its text already says: '30%' ->
    'percent', '10 people' -> 'count', '$27 billion' -> 'money 27,000,000,000 USD'."""
    value, unit = _number(f.value), f.unit or ""
    written = f.text.replace(",", "").lower()
    shown_value = value.replace(",", "") in written
    shown_unit = not unit or unit.lower() in written or unit == "%"
    extra = [x for x, shown in ((value, shown_value), (unit, shown_unit)) if not shown]
    return " ".join([f.kind, *extra])


def _digest_facts(a: Analysis) -> list[tuple[str, str]]:
    """The facts grid of a digest: dateline, event, source, dates, where it came from."""
    dl = a.dateline
    art = a.article
    when = (a.event_date.human() if a.event_date else "") or (a.event_date_text or "")
    facts = [
        ("Dateline", ", ".join(x for x in (dl.place, dl.date and dl.date.human(), dl.agency)
                               if x)),
        ("Event", " · ".join(x for x in (a.event_place, when) if x)),
        ("Source", art.source),
        # ISO 8601 as the README promises; the input's own words when they hold no date
        ("Published", art.date and (view.published(art) or art.date)),
        ("Author", art.author), ("URL", art.url), ("Cites", ", ".join(a.cited_outlets)),
        ("From", str(art.origin)),
    ]
    return [(k, v) for k, v in facts if v]


def _facts_grid(facts: Sequence[tuple[str, str]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for k, v in facts:
        grid.add_row(k, plain(v))
    return grid


def _statement_lines(d: Digest) -> Iterator[RenderableType]:
    if d.lead:
        yield Text.assemble(("\nLead ", "bold"), (f"[{d.lead.index}] ", "dim"),
                            plain(d.lead.text))
    if d.key_statements:
        yield Text("\nKey statements", style="bold")
        for n, s in enumerate(d.key_statements, 1):
            yield Text.assemble(f"{n}. ", (f"[{s.index}] ", "dim"), plain(s.text))


def _quote_lines(a: Analysis) -> Iterator[RenderableType]:
    if a.quotes:
        yield Text("\nQuotes", style="bold")
    for q in a.quotes:
        who = q.speaker or "unknown speaker"
        via = f" (via {q.cited_by})" if q.cited_by else ""
        mark, end = ("“", "”") if q.kind == "direct" else ("reported: ", "")
        where = f"[headline → {q.statement}] " if q.headline else f"[{q.statement}] "
        yield Text.assemble((where, "dim"), (safe(who), "cyan"), safe(via), ": ",
                            mark, plain(q.text), end)


def _figure_lines(a: Analysis) -> Iterator[RenderableType]:
    if a.figures:
        yield Text("\nFigures", style="bold")
    for f in a.figures:
        yield Text.assemble((f"[{f.statement}] ", "dim"), plain(f.text),
                            (f"  {_figure_note(f)}", "dim"))


ENTITY_LABELS = {"person": "People", "place": "Places", "org": "Organisations"}


def _entity_lines(a: Analysis) -> Iterator[RenderableType]:
    first = True
    for kind, label in ENTITY_LABELS.items():
        names = [e for e in a.entities if e.kind == kind]
        if not names:
            continue
        line = Text.assemble(("\n" if first else "", ""), (f"{label}: ", "bold"))
        first = False
        for n, e in enumerate(names):
            line.append(("; " if n else "") + safe(e.name))
            if e.variants:
                line.append(f" ({safe(', '.join(e.variants))})", style="dim")
        yield line


def _repair_lines(a: Analysis) -> Iterator[RenderableType]:
    if a.article.repairs:
        yield Text("\nCleaned", style="bold")
    for r in a.article.repairs:
        times = f" ×{r.count}" if r.count > 1 else ""
        yield Text.assemble((f"{r.kind}{times}: ", "dim"), plain(r.detail))


def digest_panel(d: Digest) -> Panel:
    a = d.analysis
    body: list[RenderableType] = [_facts_grid(_digest_facts(a)), *_statement_lines(d),
                                  *_quote_lines(a), *_figure_lines(a), *_entity_lines(a),
                                  *_repair_lines(a)]
    title = Text.assemble((safe(a.article.title) or "(no headline)", "bold"),
                          (f"  {safe(a.article.id)}", "dim"))
    return Panel(RGroup(*body), title=title, title_align="left", box=box.ROUNDED)


class Adaptive:
    """Side by side when each report's column would be at least ``min_column`` wide at the
    width the console gives, else stacked: one block per report. Nothing is cut: text wraps,
    and a word longer than its column folds."""

    def __init__(self, columns: int, overhead: int, min_column: int,
                 wide: Callable[[], RenderableType], narrow: Callable[[], RenderableType]):
        self.columns, self.overhead, self.min_column = columns, overhead, min_column
        self.wide, self.narrow = wide, narrow

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        per_column = (options.max_width - self.overhead) // max(self.columns, 1) - 2
        yield self.wide() if per_column >= self.min_column else self.narrow()


DIGEST_MIN_COLUMN = 16  # narrower report columns: the digests are stacked
GROUP_MIN_COLUMN = 26  # narrower: each statement group is a list of its members
ROW_NAME = 9  # 'Published'


def _header(c: Comparison, a: Analysis) -> Text:
    return Text.assemble((view.labels(c)[a.article.id], "bold reverse"), " ",
                         (safe(view.outlet(a.article)), "bold"))


def _fact(name: str, value: str) -> Text:
    style = {"Headline": "bold", "Id": "dim"}.get(name, "")
    return plain(value or "—", style if value else "dim")


def digests_view(c: Comparison) -> RenderableType:
    """The reports' digests side by side: a column per report, a row per fact."""
    rows = view.digest_rows(c)

    def wide() -> Table:
        table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), pad_edge=False,
                      show_edge=False, show_header=False, title="Reports side by side",
                      title_justify="left", title_style="bold")
        table.add_column("", style="bold", no_wrap=True, width=ROW_NAME)
        for _ in c.articles:
            table.add_column(ratio=1, overflow="fold")
        table.add_row("", *[_header(c, a) for a in c.articles], end_section=True)
        for name, values in rows:
            table.add_row(name, *[_fact(name, v) for v in values])
        return table

    def narrow() -> RGroup:
        blocks: list[RenderableType] = [Text("Reports", style="bold")]
        for i, a in enumerate(c.articles):
            grid = Table.grid(padding=(0, 1))
            grid.add_column(style="bold", no_wrap=True, width=ROW_NAME)
            grid.add_column(overflow="fold")
            for name, values in rows:
                if values[i]:
                    grid.add_row(name, _fact(name, values[i]))
            blocks += [Text.assemble("\n", _header(c, a)), grid]
        return RGroup(*blocks)

    return Adaptive(len(c.articles), ROW_NAME + 2, DIGEST_MIN_COLUMN, wide, narrow)


def _member_text(m: Member, words: Sequence[str]) -> Text:
    return Text.assemble((f"[{m.where}] ", "dim"), highlighted(m.text, words))


def _group_marks(c: Comparison, n: int, first: dict[int, str]) -> Text:
    g = c.groups[n]
    marks = Text(f"{n + 1} ", style="bold")
    marks.append(f"{g.tier} {g.score:.0f}", style="green" if g.tier == "same" else "yellow")
    for kind in view.conflict_groups(c).get(n, []):
        marks.append(f" ≠{kind}", style="bold red")
    if g.wire:
        marks.append(" wire copy", style="dim")
    if n in first:
        marks.append(f" first: {first[n]}", style="dim")
    return marks


def groups_view(c: Comparison) -> RenderableType:
    """The statement groups: side by side (a column per report) when wide enough, else each
    group as a list of its members. The words a member alone has are highlighted."""
    names = view.labels(c)
    _, first = view.timeline(c)

    def cells(n: int) -> dict[str, Text]:
        g = c.groups[n]
        out: dict[str, Text] = {}
        for m, words in zip(g.members, g.differing or tuple(() for _ in g.members),
                            strict=True):
            cell = out.setdefault(m.article, Text())
            if cell.plain:
                cell.append("\n")
            cell.append(_member_text(m, words))
        return out

    title = f"Said by more than one report: {len(c.groups)} group" + "s" * (len(c.groups) != 1)

    def wide() -> Table:
        table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), pad_edge=False,
                      show_edge=False, show_header=False)
        for _ in c.articles:
            table.add_column(ratio=1, overflow="fold")
        table.add_row(*[_header(c, a) for a in c.articles], end_section=True)
        for n in range(len(c.groups)):
            row = cells(n)
            table.add_row(_group_marks(c, n, first), *[None] * (len(c.articles) - 1))
            table.add_row(*[row.get(a.article.id, Text("—", style="dim"))
                            for a in c.articles], end_section=n + 1 < len(c.groups))
        return table

    def narrow() -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for n, g in enumerate(c.groups):
            grid.add_row("", Text.assemble("\n" if n else "", _group_marks(c, n, first)))
            for m, words in zip(g.members, g.differing or tuple(() for _ in g.members),
                                strict=True):
                grid.add_row(names[m.article], _member_text(m, words))
        return grid

    return RGroup(Text("\n" + title, style="bold"), Adaptive(len(c.articles), 0, GROUP_MIN_COLUMN,
                                                      wide, narrow))


def verdict_panel(c: Comparison) -> Panel:
    """The verdict first: one event or not, the counts, what is disputed, and why."""
    style = {"yes": "green", "no": "bold red", "unclear": "yellow"}[c.event_check.same_event]
    lines: list[RenderableType] = [Text(view.summary(c), style="bold")]
    for k in c.conflicts[:VERDICT_CONFLICTS]:
        where = view.conflict_where(k)
        lines.append(Text.assemble(("≠ ", "bold red"), (f"{k.kind} ({where}): ", "red"),
                                   plain(view.with_labels(k.detail, c))))
    if len(c.conflicts) > VERDICT_CONFLICTS:
        lines.append(Text(f"  and {len(c.conflicts) - VERDICT_CONFLICTS} more disagreements "
                          "below", style="dim"))
    for r in view.reasons(c):
        lines.append(Text.assemble("• ", plain(r)))
    if c.event_check.same_event == "no":
        lines.append(Text("Statements are still aligned below; read them as different events.",
                          style="italic"))
    return Panel(RGroup(*lines), title=Text(view.verdict(c), style=style), title_align="left",
                 box=box.ROUNDED)


VERDICT_CONFLICTS = 3  # disagreements the verdict box names; all are listed further down


def _refs_grid(rows: Sequence[tuple[str, Text]]) -> Table:
    """Hanging indent: the reference in one column, the wrapped text in the other."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for r, t in rows:
        grid.add_row(r, t)
    return grid


def only_in_view(c: Comparison) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for a, members in view.only_in(c):
        head = Text.assemble("\nOnly in ", _header(c, a), f": {len(members)}", style="bold")
        parts += [head, _refs_grid([(f"[{m.statement}]", plain(m.text)) for m in members])]
    return parts


def disagreements_view(c: Comparison) -> RenderableType:
    rows = []
    for k in c.conflicts:
        where = view.conflict_where(k)
        refs = " · ".join(view.ref(m, c) for m in k.members)
        rows.append((f"{k.kind} ({where})", Text.assemble(plain(view.with_labels(k.detail, c)),
                                                          (f"  {refs}", "dim"))))
    grid = _refs_grid(rows)
    grid.columns[0].style = "red"
    return RGroup(Text("\nDisagreements", style="bold red"), grid)


def ledger_view(c: Comparison) -> RenderableType:
    out = Text(f"\nQuotes: {len(c.shared_quotes)} shared, {len(c.lone_quotes)} in one report "
               "only", style="bold")
    for line in view.quote_ledger(c):
        refs = (" = " if line.shared else " ").join(line.refs)
        out.append(Text.assemble("\n", plain(line.speaker, "cyan"), ("  " + refs, "dim"), " ",
                                 plain(line.text)))
    return out


def timeline_view(c: Comparison) -> Text | None:
    """The dated reports in publication order, each with what it added to the earlier ones
    (``view.additions``)."""
    lines = view.additions(c)
    if not lines:
        order, _ = view.timeline(c)
        if len(order) < 2:
            return None
        return Text.assemble(("\nPublished: ", "bold"),
                             " → ".join(f"{name} {date}" for name, date in order))
    text = Text("\nPublished, and what each report added", style="bold")
    for name, date, what in lines:
        text.append(Text.assemble("\n  ", (name, "bold"), f" {date}  ", plain(what)))
    return text


WIRE_LINES = 8  # report pairs the terminal view lists, most shared first


def wire_lines(c: Comparison) -> Text:
    """One line per pair of reports that print the same passages word for word (the pairs
    sharing most first; the records have them all)."""
    names = view.labels(c)
    share = {(w.article, w.other): w for w in c.wire}
    order = {a.article.id: i for i, a in enumerate(c.articles)}
    pairs = sorted({(w.article, w.other) if order[w.article] < order[w.other]
                    else (w.other, w.article) for w in c.wire},
                   key=lambda p: (-max(w.share for w in (share.get(p), share.get(p[::-1])) if w),
                                  order[p[0]], order[p[1]]))
    text = Text("\nSame wording (runs of 8+ identical words)", style="bold")
    for x, y in pairs[:WIRE_LINES]:
        parts = [f"{w.share:.0%} of {names[w.article]}"
                 for w in (share.get((x, y)), share.get((y, x))) if w]
        words = max(w.words for w in (share.get((x, y)), share.get((y, x))) if w)
        text.append(Text.assemble("\n  ", (f"{names[x]}–{names[y]}: ", "bold"),
                                  f"{words} words, {', '.join(parts)}"))
    if len(pairs) > WIRE_LINES:
        text.append(f"\n  and {len(pairs) - WIRE_LINES} more pairs", style="dim")
    return text


def comparison_view(c: Comparison, config: Config | None = None) -> RenderableType:
    """The verdict, the reports' digests side by side, what they share, what each adds, the
    disagreements and the quote ledger: each statement printed once."""
    parts: list[RenderableType] = [verdict_panel(c), digests_view(c)]
    when = timeline_view(c)
    if when is not None:
        parts.append(when)
    if c.groups:
        parts.append(groups_view(c))
    else:
        parts.append(Text("No statements align between these reports.", style="italic"))
    parts += only_in_view(c)
    if c.conflicts:
        parts.append(disagreements_view(c))
    if c.wire:
        parts.append(wire_lines(c))
    if c.shared_quotes or c.lone_quotes:
        parts.append(ledger_view(c))
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
    table.add_column("setting", ratio=2)
    table.add_column("value", ratio=1)
    table.add_column("from", ratio=1, style="dim")
    for r in rows:
        value = r["value"]
        shown = ", ".join(map(str, value)) or "(none)" if isinstance(value, list | tuple) \
            else str(value)
        key = Text.assemble((str(r["key"]), "bold"),
                            ("\n" + safe(str(r["help"])), "dim") if r.get("help") else "")
        table.add_row(key, plain(shown), plain(str(r["source"])))
    return table
