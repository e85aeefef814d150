"""Which files of a directory walk or an archive are inputs.

Without ``load.include`` patterns, a file is read when its name ends with a known extension
(``load.EXTENSIONS``: ``.txt``, ``.json``, ``.jsonl``, ``.html``, ``.xml``, ``.rss``, ...) or is
an archive (``.zip``, ``.tar.gz``, ...). With include patterns, only files matching one of them
are read (any extension; the format is then sniffed from the content). A file matching one of
``load.exclude`` is never read. Patterns are shell globs (``*``, ``?``, ``[...]``), case-
insensitive; one without ``/`` matches the file name, one with ``/`` matches the path relative
to the directory (or inside the archive), where ``*`` may cross ``/``: ``2019/*`` or ``*/drafts/*``.

Inputs named explicitly on the command line are always read; exclude patterns apply to the
matches of a glob argument too.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from ..config import Config
from . import EXTENSIONS

ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


# one file compressed on its own ('page.html.gz', 'articles.jsonl.xz'): read as the file
# its name names without the ending (an archive's '.tar.gz' is no such file)
COMPRESSED = (".gz", ".bz2", ".xz")


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVES)


def compression(name: str) -> str | None:
    """The ending of a file compressed on its own ('.gz' of 'page.html.gz'), else None."""
    lower = name.lower()
    if is_archive(lower):
        return None
    return next((x for x in COMPRESSED if lower.endswith(x)), None)


def known(name: str) -> bool:
    lower = name.lower()
    packed = compression(lower)
    if packed is not None:
        lower = lower[: -len(packed)]
    return any(lower.endswith(x) for x in EXTENSIONS)


def _match(rel: str, pattern: str) -> bool:
    p = pattern.lower()
    target = rel.lower() if "/" in p else rel.lower().rsplit("/", 1)[-1]
    return fnmatchcase(target, p)


def excluded(rel: str, config: Config) -> bool:
    return any(_match(rel, p) for p in config.load.exclude)


def selected(rel: str, config: Config) -> bool:
    """Is the file at ``rel`` (``/``-separated, relative) an input? Rules above."""
    if excluded(rel, config):
        return False
    include = config.load.include
    if include:
        return any(_match(rel, p) for p in include)
    return known(rel) or is_archive(rel)
