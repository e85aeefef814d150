"""Long table output through a pager, as git and gh do: the table is collected while the
command runs, then printed straight away when it fits the terminal, else handed to the pager
command (``options.pager_command`` decides which, and whether at all)."""

from __future__ import annotations

import io
import subprocess
from typing import TextIO


class Paged(io.StringIO):
    """A text stream the console writes to; ``finish`` prints or pages what it collected."""

    def __init__(self, argv: list[str], lines: int, out: TextIO) -> None:
        super().__init__()
        self.argv = argv
        self.lines = lines
        self.out = out

    def isatty(self) -> bool:
        """As the stream it stands for (so the console styles as it would there)."""
        try:
            return bool(self.out.isatty())
        except (AttributeError, ValueError, OSError):
            return False

    def discard(self) -> None:
        self.seek(0)
        self.truncate()

    def finish(self) -> None:
        """Print the collected text, through the pager when it is longer than the screen
        (and straight, when the pager cannot be started)."""
        text = self.getvalue()
        self.discard()
        if not text:
            return
        if text.count("\n") < self.lines or not self._page(text):
            self.out.write(text)
            self.out.flush()

    def _page(self, text: str) -> bool:
        """Run the pager on ``text``; False when it cannot be started. The pager writes to
        our stdout when it has a file descriptor; otherwise (an injected stream) its output
        is copied there."""
        self.out.flush()
        try:
            fd: int | None = self.out.fileno()
        except (AttributeError, ValueError, OSError):
            fd = None
        try:
            proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE,
                                    stdout=fd if fd is not None else subprocess.PIPE)
        except OSError:
            return False
        out: bytes | None = None
        try:
            out, _ = proc.communicate(text.encode("utf-8", "replace"))
        except KeyboardInterrupt:  # the pager owns the terminal until it ends: Ctrl-C is its
            while proc.poll() is None:
                try:
                    proc.wait()
                except KeyboardInterrupt:
                    continue
        if fd is None and out:
            self.out.write(out.decode("utf-8", "replace"))
        return True
