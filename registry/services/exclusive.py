"""Holding a SQLite register for one process alone, to replace its file without losing anyone's saves.

Restoring a backup and encrypting a plain register both end by renaming a new file over the register.  Whoever
has the register open at that moment would go on saving into the old file, which nobody will read again.  So:

- :func:`hold_alone` refuses (RegisterInUse) while any other process or window has the register open, and keeps
  out anyone who arrives until the caller is done;
- :meth:`HeldRegister.wipe_header` makes the replaced file unreadable (POSIX), so a process that opened it just
  before the rename fails loudly instead of saving into it unseen;
- :func:`shm_in_use` answers the same question for a register no key we hold opens (damaged, or its key lost).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from registry.db import is_encrypted_file
from registry.services.errors import RegistryError
from registry.services.private_files import create_private, fsync_folder
from registry.services.sqlite_files import BUSY_ERRORS, DATABASE_ERRORS, connect_file


class RegisterInUse(RegistryError):
    """Another process or window has the register open; replacing it now would lose what it saves."""

    key = "restore.in_use"


def readable(target: Path, key: str | None) -> bool:
    """Whether SQLite can read the register's header and schema (a damaged one is kept aside as it is)."""
    try:
        connection = connect_file(target, key)
    except DATABASE_ERRORS:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BUSY_ERRORS:
        return True  # locked or busy: readable, and the in-use check will tell
    except DATABASE_ERRORS:
        return False
    finally:
        connection.close()
    return True


def is_foreign(target: Path, key: str | None) -> bool:
    """A readable SQLite file with tables but no schema revision: another program's database."""
    if (key is None and is_encrypted_file(target)) or not readable(target, key):
        return False
    connection = connect_file(target, key)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return bool(tables) and "alembic_version" not in tables


class HeldRegister:
    """The old register held by this process: its SQLite connection (exclusive lock) and a raw handle on it."""

    def __init__(self, connection: Any, handle: int) -> None:
        self.connection: Any = connection
        self.handle: int | None = handle

    def wipe_header(self) -> None:
        """Make the replaced file unreadable for anyone who opened it before the rename (POSIX only)."""
        if self.handle is not None:
            os.pwrite(self.handle, bytes(100), 0)
            os.fsync(self.handle)

    def copy_to(self, aside: Path) -> None:
        """Copy the held register byte for byte to a new owner-only file, through the handle already open.

        Never open the register a second time while holding it: on POSIX, closing any handle on a file drops
        every lock this process holds on it, SQLite's exclusive lock included.
        """
        assert self.handle is not None
        create_private(aside)
        os.lseek(self.handle, 0, os.SEEK_SET)
        with aside.open("r+b") as copy:
            while chunk := os.read(self.handle, 1024 * 1024):
                copy.write(chunk)
            copy.flush()
            os.fsync(copy.fileno())

    def replace_with(self, new_file: Path, target: Path) -> None:
        """Rename ``new_file`` over the held register in one step, then wipe the old file's header.

        Windows renames only a file nobody has open: there this process lets go first, and a process that
        opened the register in that moment makes the rename fail (RegisterInUse) rather than lose its saves.
        """
        if os.name == "nt":
            self.close_all()
        try:
            os.replace(new_file, target)
        except PermissionError as error:
            raise RegisterInUse(path=str(target)) from error
        fsync_folder(target.parent)
        self.wipe_header()

    def close_all(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.handle is not None:
            os.close(self.handle)
            self.handle = None


@contextlib.contextmanager
def hold_alone(target: Path, key: str | None, *, sqlcipher: bool = False) -> Iterator[HeldRegister]:
    """The register for this process alone, or RegisterInUse.

    In WAL mode every open connection holds a shared lock on the ``-shm`` file, and SQLite leaves WAL mode only
    when it is the last one: so the switch to DELETE mode is both the test "is anyone else here?" and a full
    checkpoint (no ``-wal`` file is left to pair with the new register).  An exclusive lock, kept across
    transactions (``locking_mode = EXCLUSIVE``), then keeps out anyone who arrives until the caller is done; the
    caller may still read and write through ``connection`` (an export, say).
    """
    connection = connect_file(target, key, busy_timeout_ms=3000, sqlcipher=sqlcipher)
    held = HeldRegister(connection, os.open(target, os.O_RDWR | getattr(os, "O_BINARY", 0)))
    try:
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode != "delete":
                raise RegisterInUse(path=str(target))
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")  # the lock outlives each transaction
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")
        except BUSY_ERRORS as error:
            raise RegisterInUse(path=str(target)) from error
        yield held
    finally:
        held.close_all()


def shm_in_use(target: Path) -> bool:
    """True when another process holds SQLite's "still connected" lock (byte 128 of the ``-shm`` file)."""
    shm = Path(f"{target}-shm")
    if not shm.exists() or not sys.platform.startswith("linux"):
        return False  # elsewhere (Windows) the rename itself fails while the file is open
    import fcntl
    import struct

    layout = "hhqqi4x"  # Linux's struct flock: l_type, l_whence, l_start, l_len, l_pid
    with shm.open("rb+") as handle:
        probe = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        answer = fcntl.fcntl(handle.fileno(), fcntl.F_GETLK, probe)
    return struct.unpack(layout, answer)[0] != fcntl.F_UNLCK
