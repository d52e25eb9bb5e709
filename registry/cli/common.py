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
from dataclasses import dataclass
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
            raise CommandError(
                i18n.text("server.upgrade_by_owner", language_of(args), current=state.current, head=state.head)
            )
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
    from registry.encryption import MIN_PASSPHRASE

    language = language_of(args)
    typed = ask_secret(args, i18n.text(prompt, language))
    if confirm:
        if len(typed) < MIN_PASSPHRASE:
            raise CommandError(i18n.text("db.weak_passphrase", language, min=MIN_PASSPHRASE))
        if ask_secret(args, i18n.text("db.passphrase_again", language)) != typed:
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


# ------------------------------------------------------------------------------------------------ who is acting

USER_ENV = "REGISTRY_USER"
PASSWORD_ENV = "REGISTRY_PASSWORD"
NEW_PASSWORD_ENV = "REGISTRY_NEW_PASSWORD"
ADMINISTRATOR = ("administrator",)


@dataclass(frozen=True)
class SignedIn:
    """The user a command acts as: every service call passes ``id`` as the actor, every audit event names them."""

    id: int
    username: str
    full_name: str
    role: str


def ask_secret(args: argparse.Namespace, prompt: str) -> str:
    """A secret typed at the terminal; with no terminal to type it in, a clear refusal instead of EOFError."""
    import getpass

    try:
        return getpass.getpass(prompt + " ")
    except (EOFError, OSError):
        from registry.keys import PASSPHRASE_ENV

        raise CommandError(
            i18n.text("cli.no_terminal", language_of(args), password_env=PASSWORD_ENV, passphrase_env=PASSPHRASE_ENV)
        ) from None


def sign_in_as(args: argparse.Namespace, sessions: sessionmaker[Session], *roles: str) -> SignedIn | None:
    """Sign the command's user in (``--user`` or REGISTRY_USER; the password from REGISTRY_PASSWORD or asked).

    ``roles``: the roles that may run this command (none: any role; the services then apply the user's role and
    visibility). A register with no active account is being set up (new, or records handed over with their
    accounts inactive): the command acts as the system (None) until ``registry init --admin NAME`` (or the first
    start) creates the first administrator.  A wrong password, an
    unknown or locked account, or a role that may not run the command stops the command before it does anything.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from registry.services.users import users_by_role

    language = language_of(args)
    try:
        with sessions() as session:
            if not users_by_role(session):  # no active account: nobody could sign in (a new or handed-over register)
                return None
    except SQLAlchemyError:
        raise CommandError(i18n.text("cli.not_initialised", language, url=config.database_url(args.db))) from None
    name = (getattr(args, "user", None) or os.environ.get(USER_ENV) or "").strip()
    if not name:
        raise CommandError(
            i18n.text("cli.user_required", language, option="--user", user_env=USER_ENV, password_env=PASSWORD_ENV)
        )
    password = os.environ.get(PASSWORD_ENV) or ask_secret(args, i18n.text("cli.password_prompt", language, user=name))
    user = _check_password(sessions, name, password)  # a refusal is a RegistryError: main prints it
    if roles and user.role not in roles:
        raise CommandError(
            i18n.text(
                "cli.role_required",
                language,
                user=user.username,
                roles=", ".join(i18n.text(f"cli.role.{role}", language) for role in roles),
            )
        )
    signed = SignedIn(user.id, user.username, user.full_name, user.role)
    args.signed_in = signed
    return signed


def actor_of(signed: SignedIn | None) -> int | None:
    return signed.id if signed is not None else None


def open_as(
    args: argparse.Namespace, *roles: str, create: bool = False
) -> tuple[Engine, sessionmaker[Session], int | None]:
    """``open_register`` and ``sign_in_as`` in one: (engine, sessions, the acting user's id)."""
    engine, sessions = open_register(args, create=create)
    return engine, sessions, actor_of(sign_in_as(args, sessions, *roles))


def sign_in_to(args: argparse.Namespace, engine: Engine, *roles: str) -> int | None:
    """``sign_in_as`` on an engine a command opened itself (db commands)."""
    from registry.db import session_factory

    return actor_of(sign_in_as(args, session_factory(engine), *roles))


def new_password(args: argparse.Namespace, username: str) -> str:
    """A new account's password: REGISTRY_NEW_PASSWORD, or typed twice (the service applies the policy)."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    language = language_of(args)
    typed = ask_secret(args, i18n.text("cli.new_password_prompt", language, user=username))
    if ask_secret(args, i18n.text("cli.new_password_again", language)) != typed:
        raise CommandError(i18n.text("cli.passwords_differ", language))
    return typed


def _check_password(sessions: sessionmaker[Session], name: str, password: str) -> Any:
    """The account, when the password is right. A refusal is counted and recorded as at the sign-in window (its
    transaction commits); a success writes nothing, so a command killed before its own work leaves the register as
    it was (the command's own events name the user)."""
    import datetime as dt

    from registry.services.users import _check_credentials

    with sessions() as session:
        user, refusal = _check_credentials(session, name, password, dt.datetime.now(dt.UTC))
        if refusal is not None:
            session.commit()
            raise refusal
        session.expunge(user)
        session.rollback()
    return user
