"""The Rich console the CLI prints tables with: it hands a closed pipe back to the caller (Rich
itself would exit 1) and passes every text segment through ``render.text.safe``, so no
renderable, however it was built, puts a control sequence from an input on the terminal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.segment import Segment

from ..render.text import safe

if TYPE_CHECKING:
    from rich.console import ConsoleOptions, RenderableType


class SafeConsole(Console):
    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError

    def render(self, renderable: RenderableType,
               options: ConsoleOptions | None = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and not segment.text.isprintable():
                text = safe(segment.text)  # tab, newline: kept; ESC, C1: made visible
                if text != segment.text:
                    segment = Segment(text, segment.style)
            yield segment
