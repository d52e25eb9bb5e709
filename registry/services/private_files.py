"""Files with children's data (exports, saved PDFs) that only their owner can read and that appear whole or not at all.

The data goes into a file nobody else can open (mode 0600 on POSIX) that has no name while it is being written:
on Linux an anonymous ``O_TMPFILE`` inode in the target's folder, linked in only once it is complete, so a
``kill -9`` halfway leaves nothing behind.  Where the system has no anonymous files, a hidden ``.part`` file is
used instead; it is removed on any error, and the next write into that folder removes the ones whose process died.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, overload

PRIVATE_MODE = 0o600
_PART = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.part(?:-wal|-shm|-journal)?$")  # with SQLite's companions


@overload
def private_output(
    target: Path, *, text: Literal[True], encoding: str = ...
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def private_output(
    target: Path, *, text: Literal[False] = ..., encoding: str = ...
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def private_output(target: Path, *, text: bool = False, encoding: str = "utf-8") -> contextlib.AbstractContextManager:
    """A file to write that becomes ``target`` (replacing it) only when the ``with`` block ends without error."""
    return _private_output(Path(target), text, encoding)


def owner_only_by_default() -> None:
    """Everything this process creates from now on is its owner's alone (umask 077 on POSIX).

    A register, its ``-wal``/``-shm`` companions, backups, settings and the data folder itself are made by SQLite
    and libraries that know nothing of modes; the umask reaches them all.  Set once when the program starts.
    """
    if os.name == "posix":
        os.umask(0o077)


def write_private(target: Path, data: bytes) -> None:
    with private_output(target) as out:
        out.write(data)


@contextlib.contextmanager
def _private_output(target: Path, text: bool, encoding: str) -> Iterator[IO]:
    folder = target.parent
    remove_stale_parts(folder)
    anonymous = _anonymous_file(folder)
    part: Path | None = None
    if anonymous is None:
        part = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
    else:
        fd = anonymous
    closed = False
    try:
        raw = os.fdopen(fd, "wb", closefd=False)
        out: IO = raw if not text else _text(raw, encoding)
        with raw:
            yield out
            out.flush()
            raw.flush()
            os.fsync(fd)
            if part is None:
                part = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
                _link_anonymous(fd, part)
        os.close(fd)
        closed = True
        os.replace(part, target)
        part = None
        _sync_folder(folder)
    finally:
        if not closed:
            os.close(fd)
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink()


def _link_anonymous(fd: int, name: Path) -> None:
    """Give the finished anonymous file a name (linkat with AT_SYMLINK_FOLLOW through /proc/self/fd)."""
    proc_fds = os.open("/proc/self/fd", os.O_RDONLY)
    try:  # a dir fd makes Python call linkat(..., AT_SYMLINK_FOLLOW) rather than link(), which would not follow
        os.link(str(fd), name, src_dir_fd=proc_fds, follow_symlinks=True)
    finally:
        os.close(proc_fds)


def _text(raw: IO[bytes], encoding: str) -> IO[str]:
    import io

    wrapper = io.TextIOWrapper(raw, encoding=encoding, newline="", write_through=True)
    wrapper.close = lambda: None  # type: ignore[method-assign]  # the raw file is closed by its owner
    return wrapper


def _anonymous_file(folder: Path) -> int | None:
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not sys.platform.startswith("linux") or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, PRIVATE_MODE)
    except OSError:  # a file system without O_TMPFILE support
        return None


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove hidden ``.part`` files in ``folder`` left by a process that no longer runs; returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _PART.match(entry.name)
            if match and not _process_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell cheaply; leave it (the file is owner-only anyway)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def create_private(path: Path) -> Path:
    """Create ``path`` empty and owner-only, for a writer that needs a name from the start (SQLite backups).

    The mode is given when the file is created, so there is no moment at which others could open it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
    os.close(handle)
    return path


def private_folder(path: Path) -> Path:
    """A folder for backups: created owner-only (0700); an existing one is left as its administrator set it.

    Two backups started at the same moment may both find the folder missing: whichever creates it second must
    take it as it is, not fail (``exist_ok``; it never changes the mode of a folder that already exists).
    """
    path.mkdir(parents=True, mode=0o700, exist_ok=True)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename into ``folder`` durable (for callers that rename files themselves: backups, restore)."""
    _sync_folder(folder)


def part_path(target: Path) -> Path:
    """A hidden name beside ``target`` for writing it under, which ``remove_stale_parts`` recognises once its
    process is gone (a ``kill -9`` leaves no chance to clean up)."""
    return target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
