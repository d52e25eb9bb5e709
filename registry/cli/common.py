"""What every command group shares: opening a register, the passphrase prompt, messages and errors.

A command handler takes the parsed ``argparse.Namespace`` and returns the exit code. It says what happened with
:func:`say` and reports a failure by raising :class:`CommandError` with a message already in the user's language;
``registry.cli.parser.main`` prints it without a traceback (and does the same for a service's ``RegistryError``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from registry import config, i18n

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

Handler = Callable[[argparse.Namespace], int]
SubCommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


_OPENED: list[Engine] = []


def close_registers() -> None:
    """Close every register a command opened (``main`` does this when the command ends).

    A register left open holds SQLite's "still connected" lock, which a restore rightly reads as "in use";
    each command is normally a process of its own, but tests and the application run several in one.
    """
    while _OPENED:
        _OPENED.pop().dispose()


class CommandError(Exception):
    """A failure already explained in the user's language; printed without a traceback."""


def say(message: str, *, error: bool = False) -> None:
    """One line for the user: on standard output, or on standard error for problems and side remarks."""
    print(message, file=sys.stderr if error else sys.stdout)


def language_of(args: argparse.Namespace) -> str | None:
    """The language asked for (``--lang``, the environment), or the centre's once :func:`open_register` ran."""
    return config.user_language(getattr(args, "lang", None))


def positive(value: str) -> int:
    """An ``argparse`` type: a whole number of at least 1."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def display_url(url: Any) -> str:
    """A database URL fit to print: the password hidden."""
    return url.render_as_string(hide_password=True)


def register_file(args: argparse.Namespace) -> tuple[str, Path | None]:
    """The register's URL and, for a SQLite register, its file (``None`` for a database server)."""
    from registry.db import is_sqlite, sqlite_path

    url = config.database_url(args.db)
    return url, (sqlite_path(url) if is_sqlite(url) else None)


def open_register(args: argparse.Namespace, *, create: bool = False) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for an initialised, up-to-date register (upgraded after a verified backup).

    With ``create``, a missing SQLite file is created encrypted (key in the keyring, or the passphrase asked for)
    unless ``--unencrypted`` was given. Without ``--lang``, ``args.lang`` becomes the centre's own language.
    """
    from registry.db import known_revisions, schema_state, session_factory
    from registry.services.backup import upgrade_with_backup

    url = config.database_url(args.db)
    passphrase = typed_passphrase(args)
    _refuse_missing(args, url, create=create)
    if create:
        _create_if_missing(args, url, passphrase)
    from registry.services.integrity import quick_look

    engine = engine_for(url, passphrase)
    _OPENED.append(engine)
    quick_look(engine)
    state = schema_state(engine)
    if state.empty and not create:
        engine.dispose()
        raise CommandError(i18n.text("cli.not_initialised", language_of(args), url=display_url(engine.url)))
    if not state.up_to_date:
        from registry.services.server import may_change_schema

        if not state.empty and state.current in known_revisions() and not may_change_schema(engine):
            engine.dispose()
            raise CommandError(i18n.text("server.upgrade_by_owner", language_of(args), current=state.current,
                                         head=state.head))
        backup = upgrade_with_backup(engine)
        if backup is not None:
            say(i18n.text("cli.upgraded", language_of(args), revision=state.head, backup=backup))
    sessions = session_factory(engine)
    if not language_of(args) and not state.empty:
        from registry.services.setup import centre_language

        with sessions() as session:
            args.lang = centre_language(session)
    return engine, sessions


def typed_passphrase(
    args: argparse.Namespace, *, confirm: bool = False, prompt: str = "db.passphrase_prompt"
) -> str | None:
    """The passphrase typed at a prompt when ``--passphrase`` was given (never taken from the command line)."""
    if not getattr(args, "passphrase", False):
        return None
    cached: str | None = getattr(args, "_typed_passphrase", None)
    if cached and not confirm:
        return cached
    import getpass

    from registry.encryption import MIN_PASSPHRASE

    language = language_of(args)
    typed = getpass.getpass(i18n.text(prompt, language) + " ")
    if confirm:
        if len(typed) < MIN_PASSPHRASE:
            raise CommandError(i18n.text("db.weak_passphrase", language, min=MIN_PASSPHRASE))
        if getpass.getpass(i18n.text("db.passphrase_again", language) + " ") != typed:
            raise CommandError(i18n.text("db.passphrase_mismatch", language))
    args._typed_passphrase = typed
    return typed


def engine_for(url: str, passphrase: str | None) -> Engine:
    """``make_engine``, with a damaged file explained (naming the newest good backup) rather than misread."""
    from registry.db import DatabaseDamaged, make_engine
    from registry.services.integrity import register_damaged

    try:
        return make_engine(url, passphrase=passphrase)
    except DatabaseDamaged as error:
        raise register_damaged(Path(error.params["path"]), error.params["detail"]) from None


def _refuse_missing(args: argparse.Namespace, url: str, *, create: bool) -> None:
    """A missing register file is never replaced silently by a new, empty one (see services.backup_catalog)."""
    from registry.db import is_sqlite, sqlite_path

    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or (path.is_file() and path.stat().st_size > 0):
        return
    if getattr(args, "new_register", False):
        from registry import keys

        earlier = keys.get_secret(keys.database_key_name(path))
        if earlier:  # the old register's backups must still open with it
            keys.retire_key(path, earlier)
            keys.delete_secret(keys.database_key_name(path))
    else:
        from registry.services.backup_catalog import refuse_missing_register

        refuse_missing_register(path)
    if not create:
        raise CommandError(i18n.text("cli.not_initialised", language_of(args), url=url))


def _create_if_missing(args: argparse.Namespace, url: str, passphrase: str | None) -> None:
    from registry.db import is_sqlite, sqlite_path

    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or (path.exists() and path.stat().st_size > 0):
        return
    if args.unencrypted:
        say(i18n.text("db.unencrypted_warning", language_of(args), path=path), error=True)
        return
    from registry.encryption import create_encrypted
    from registry.keys import PASSPHRASE_ENV, KeyringUnavailable

    try:
        create_encrypted(path, passphrase=passphrase or os.environ.get(PASSPHRASE_ENV))
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language_of(args))) from None
