"""Raw connections to SQLite files (registers, backups) through the driver the application itself uses for them.

An encrypted file goes through SQLCipher's driver with its key; a plain file through the standard library's.
Never both drivers on one file in one process: two SQLite libraries do not see each other's POSIX locks, and
closing a file in one drops the other's locks (SQLite's "multiple copies of SQLite" corruption).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3

#: the errors either driver raises for a file it cannot read, and for a file that is busy
DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
BUSY_ERRORS = (sqlite3.OperationalError, sqlcipher3.OperationalError)


def quoted(key: str) -> str:
    """A key or passphrase as a string literal for ``PRAGMA key`` (a raw key ``x'..'`` is recognised inside it)."""
    return '"' + key.replace('"', '""') + '"'


def connect_file(path: Path, key: str | None, *, busy_timeout_ms: int = 15000, sqlcipher: bool = False) -> Any:
    """A connection in autocommit mode (the caller issues BEGIN) to a plain (``key`` None) or encrypted file.

    ``sqlcipher`` takes SQLCipher's driver for a plain file too (to export it encrypted): only where no other
    connection of this process has the file open.
    """
    driver = sqlcipher3 if key is not None or sqlcipher else sqlite3
    connection = driver.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported to the user, not on stderr
    if key is not None:
        connection.execute(f"PRAGMA key = {quoted(key)}")
    connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    return connection


def table_counts(connection: Any, *, leave_out: tuple[str, ...] = ()) -> dict[str, int]:
    """Rows in every table of the file (SQLite's own tables and ``leave_out`` excepted)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if row[0] not in leave_out
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608
