"""The progress bar on stderr: phase, bar (or a pulse while the total is unknown), count,
rate and elapsed time. Only when ``options.show_progress`` says so (stderr a terminal, not
``--quiet``); otherwise every method does nothing. It is a ``progress.Reporter`` for the
library, and the session hides it before anything else is written to the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Task
    from rich.text import Text

    from .context import Environment


def _count_column() -> Any:
    from rich.progress import ProgressColumn
    from rich.text import Text

    class CountColumn(ProgressColumn):
        """``41%  1,234/3,000 articles  57/s`` (no total: ``1,234 articles  57/s``)."""

        def render(self, task: Task) -> Text:
            done = int(task.completed)
            if task.total is None and not done:
                return Text("")  # a step that does not count: the bar pulses
            count = f"{done:,}" if task.total is None else \
                f"{task.percentage:3.0f}%  {done:,}/{int(task.total):,}"
            rate = f"  {task.speed:,.0f}/s" if task.speed else ""
            return Text(f"{count} {task.fields.get('unit', 'articles')}{rate}")

    return CountColumn()


class Bar:
    def __init__(self, env: Environment, no_color: bool, enabled: bool) -> None:
        self.env = env
        self.no_color = no_color
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None
        self._live = False
        self._phase: tuple[str, int | None, str] = ("", None, "articles")
        self._done = 0

    def phase(self, name: str, total: int | None = None, unit: str = "articles") -> None:
        self._phase, self._done = (name, total, unit), 0
        if self.enabled:
            self._draw(reset=True)

    def __call__(self, done: int) -> None:
        self._done = done
        if self.enabled:
            self._draw()

    def advance(self, n: int = 1) -> None:
        self(self._done + n)

    def _draw(self, reset: bool = False) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            console = Console(file=self.env.stderr, force_terminal=True,
                              no_color=self.no_color, highlight=False)
            self._bar = Progress(TextColumn("{task.description:<10}"), BarColumn(),
                                 _count_column(),
                                 TimeElapsedColumn(), console=console, transient=True)
        name, total, unit = self._phase
        if self._task is None or reset:
            if self._task is not None:
                self._bar.remove_task(self._task)
            self._task = self._bar.add_task(name, total=total, unit=unit)
        self._bar.update(self._task, completed=self._done)
        if not self._live:
            self._bar.start()
            self._live = True

    def pause(self) -> None:
        """Take the bar off the screen (it comes back with the next count)."""
        if self._live:
            self._bar.stop()
            self._live = False

    close = pause
