"""Archives read in place: ``.zip``, ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``/``.tbz2``,
``.tar.xz``/``.txz``. Nothing is extracted to disk; each member is streamed to its reader.

Members are read in the order the archive stores them. Directories, links, devices, hidden
names (any path part starting with ``.``, so ``__MACOSX/._x.txt`` too) and members that the
include/exclude selection (:func:`newsdigest.load.select.selected`) leaves out are skipped;
an archive inside an archive is reported, not opened. More than
``load.max_archive_members`` members is an error (the members before it still load).
Encrypted zip members and corrupt archives are ``InputError`` naming ``archive!member``.
Decompressed bytes count against ``limits.max_total_bytes`` and each member against
``limits.max_article_bytes`` (through the readers), so a zip bomb stops early.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, BinaryIO, TypeVar

from ..config import Config
from ..errors import InputError
from .select import is_archive, selected

Member = tuple[str, BinaryIO]
T = TypeVar("T")


ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError, EOFError, zlib.error)


def members(path: str, config: Config) -> Iterator[Member | InputError]:
    """``(name, stream)`` for each selected member (the stream is valid until the next one),
    an ``InputError`` for each member or archive that cannot be read."""
    try:
        if path.lower().endswith(".zip"):
            yield from _zip(path, config)
        else:
            yield from _tar(path, config)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as e:
        yield InputError(f"not a readable zip archive: {e}", where=path)
    except tarfile.TarError as e:
        yield InputError(f"not a readable tar archive: {e}", where=path)
    except (EOFError, zlib.error) as e:
        yield InputError(f"archive is truncated or corrupt: {e or 'unexpected end'}", where=path)


def _wanted(name: str, config: Config, path: str) -> str | InputError | None:
    """The member's clean relative name when it is to be read, None when it is skipped
    (hidden, not selected), an InputError when it cannot be read (a nested archive)."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if not parts or any(p.startswith(".") for p in parts):
        return None
    rel = "/".join(parts)
    if not selected(rel, config):
        return None
    if is_archive(rel):
        return InputError("archive inside an archive: not read (extract the outer one)",
                          where=f"{path}!{rel}")
    return rel


def _select(entries: Iterator[tuple[str, T]], path: str, config: Config
            ) -> Iterator[tuple[str, T] | InputError]:
    """The entries (member name, the archive's own info) to read, in order, with an
    InputError for each unreadable one; stops after ``load.max_archive_members`` members."""
    limit = config.load.max_archive_members
    count = 0
    for name, info in entries:
        wanted = _wanted(name, config, path)
        if wanted is None:
            continue
        if isinstance(wanted, InputError):
            yield wanted
            continue
        count += 1
        if count > limit:
            yield InputError(f"more than load.max_archive_members ({limit}) files: the rest "
                             "are not read", where=path)
            return
        yield name, info


def _zip(path: str, config: Config) -> Iterator[Member | InputError]:
    with zipfile.ZipFile(path) as zf:
        files = ((i.filename, i) for i in zf.infolist() if not i.is_dir())
        for item in _select(files, path, config):
            if isinstance(item, InputError):
                yield item
                continue
            name, info = item
            if info.flag_bits & 0x1:
                yield InputError("encrypted member: not read", where=f"{path}!{name}")
                continue
            try:
                stream: IO[bytes] = zf.open(info)
            except (NotImplementedError, RuntimeError) as e:
                yield InputError(f"cannot read member: {e}", where=f"{path}!{name}")
                continue
            with stream:
                yield name, stream  # type: ignore[misc]


def _tar(path: str, config: Config) -> Iterator[Member | InputError]:
    with tarfile.open(path, mode="r|*") as tf:  # streaming: one pass, no seeking back
        files = ((i.name, i) for i in tf if i.isfile())
        for item in _select(files, path, config):
            if isinstance(item, InputError):
                yield item
                continue
            name, info = item
            stream = tf.extractfile(info)
            if stream is None:  # pragma: no cover - regular files always have data
                continue
            with stream:
                yield name, stream  # type: ignore[misc]

