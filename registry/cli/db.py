"""``registry db ...``: the register's schema (upgrade, current, check), its keys (encrypt, rekey, show-key,
remember-password) and moving it onto a server (``move``, in ``registry.cli.move``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from registry import config, i18n
from registry.cli.common import (
    ADMINISTRATOR,
    CommandError,
    SubCommands,
    ask_secret,
    engine_for,
    language_of,
    register_file,
    say,
    sign_in_to,
    typed_passphrase,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine


def register(commands: SubCommands) -> None:
    db = commands.add_parser("db", help="schema and keys: upgrade, current, check, encrypt, rekey, remember-password")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for name in ("upgrade", "current", "check"):
        db_sub.add_parser(name).set_defaults(handler=run_schema)
    encrypt = db_sub.add_parser("encrypt", help="encrypt an existing plain SQLite database (and its old backups)")
    encrypt.add_argument(
        "--plain-backups",
        choices=("encrypt", "remove", "keep"),
        help="what to do with earlier backups that are not encrypted (asked when not given)",
    )
    encrypt.add_argument("--backups", help="the backups folder (default: backups/ in the data folder)")
    encrypt.set_defaults(handler=run_encrypt)
    rekey = db_sub.add_parser("rekey", help="change the database key")
    rekey.add_argument("--new-passphrase", action="store_true", help="use a typed passphrase instead of the keyring")
    rekey.set_defaults(handler=run_rekey)
    show_key = db_sub.add_parser("show-key", help="print the database key for safe keeping (disaster recovery)")
    show_key.add_argument("--yes", action="store_true", help="yes, print the key")
    show_key.set_defaults(handler=run_show_key)
    db_sub.add_parser("remember-password", help="keep a database server's password in the keyring").set_defaults(
        handler=run_remember_password
    )
    from registry.cli import move

    move.register(db_sub)


def run_schema(args: argparse.Namespace) -> int:
    """``db current``, ``db upgrade`` and ``db check``."""
    from registry.db import schema_state
    from registry.services.backup import upgrade_with_backup

    engine = engine_for(config.database_url(args.db), typed_passphrase(args))
    language = language_of(args)
    if args.db_command != "upgrade":
        _sign_in_if_current(args, engine)
    if args.db_command == "current":
        state = schema_state(engine)
        say(i18n.text("cli.db_current", language, current=state.current or "—", head=state.head))
        return 0
    if args.db_command == "upgrade":
        # no sign-in: every command upgrades an older register before it runs (after a verified backup), and the
        # upgrade reads and changes no case; the accounts of an older schema can be read only after it
        backup = upgrade_with_backup(engine)
        state = schema_state(engine)
        say(i18n.text("cli.db_upgraded", language, current=state.current, backup=backup or "—"))
        return 0
    from registry.services.integrity import check_register, register_damaged, register_file
    from registry.services.schema_check import schema_differences

    problems = check_register(engine)
    path = register_file(engine)
    if problems and path is not None:
        say(register_damaged(path, problems[0]).message(language), error=True)
        for line in problems[1:20]:
            say(f"  {line}", error=True)
        return 1
    if path is not None:
        say(i18n.text("register.check_ok", language, path=path))
    differences = schema_differences(engine, language)
    if differences:
        say(i18n.text("cli.db_check_failed", language), error=True)
        for line in differences:
            say(f"  {line}", error=True)
        return 1
    say(i18n.text("cli.db_check_ok", language))
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    from registry.db import is_encrypted_file
    from registry.encryption import encrypt_existing
    from registry.keys import KeyringUnavailable

    language = language_of(args)
    url, path = register_file(args)
    if path is None or not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path or url))
    if is_encrypted_file(path):
        say(i18n.text("db.already_encrypted", language, path=path))
    else:
        _sign_in_on(args, url, None)
        try:
            encrypt_existing(path, passphrase=typed_passphrase(args, confirm=True, prompt="db.new_passphrase_prompt"))
        except KeyringUnavailable:
            raise CommandError(i18n.text("db.no_keyring", language)) from None
        say(i18n.text("db.encrypted", language, path=path))
    return _plain_backups(args, url, path)


def _plain_backups(args: argparse.Namespace, url: str, path: Path) -> int:
    """Earlier backups still in plain text after ``db encrypt``: listed, and encrypted or removed only when asked
    (``--plain-backups``, or the answer at the prompt); never silently, and never left unmentioned."""
    import sys

    from registry.services.backup_catalog import backups_folder
    from registry.services.backup_list import encrypt_backup, plain_backups

    language = language_of(args)
    folder = backups_folder(Path(args.backups) if args.backups else None)
    found = plain_backups(path.stem, folder, register=path)
    if not found:
        return 0
    say(i18n.text("backups.plain_found", language, count=len(found)), error=True)
    for backup in found:
        say(f"  {backup}", error=True)
    choice = args.plain_backups
    if choice is None:
        if not sys.stdin.isatty():
            say(
                i18n.text(
                    "backups.plain_how",
                    language,
                    encrypt="registry db encrypt --plain-backups encrypt",
                    remove="--plain-backups remove",
                ),
                error=True,
            )
            return 0
        answer = input(i18n.text("backups.plain_ask", language) + " ").strip()
        choice = {"1": "encrypt", "2": "remove"}.get(answer, "keep")
    if choice == "keep":
        say(i18n.text("backups.plain_kept", language, count=len(found)), error=True)
        return 0
    if choice == "remove":
        for backup in found:
            backup.unlink(missing_ok=True)
        say(i18n.text("backups.plain_removed", language, count=len(found)))
        return 0
    from registry.db import make_engine

    engine = make_engine(url, passphrase=typed_passphrase(args))
    key = engine.url.password
    engine.dispose()
    for backup in found:
        encrypt_backup(backup, str(key))
    say(i18n.text("backups.plain_encrypted", language, count=len(found)))
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    from registry.db import is_encrypted_file
    from registry.encryption import rekey
    from registry.keys import KeyringUnavailable

    language = language_of(args)
    url, path = register_file(args)
    if path is None or not is_encrypted_file(path):
        raise CommandError(i18n.text("db.not_encrypted", language, path=path or url))
    old = typed_passphrase(args)
    _sign_in_on(args, url, old)
    new = None
    if args.new_passphrase:
        new = ask_secret(args, i18n.text("db.new_passphrase_prompt", language))
        if ask_secret(args, i18n.text("db.passphrase_again", language)) != new:
            raise CommandError(i18n.text("db.passphrase_mismatch", language))
    try:
        rekey(path, passphrase=old, new_passphrase=new)
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language)) from None
    say(i18n.text("db.rekeyed", language, path=path))
    return 0


def run_show_key(args: argparse.Namespace) -> int:
    """Print the database key for safe keeping (sealed envelope, safe): without it no backup can be restored on
    another computer if this one's keyring is lost."""
    from registry.db import is_encrypted_file, make_engine, session_factory
    from registry.services import audit

    language = language_of(args)
    url, path = register_file(args)
    if path is None:
        return _show_server_key(args, url)
    if not is_encrypted_file(path):
        raise CommandError(i18n.text("db.not_encrypted", language, path=path or url))
    if not args.yes:
        raise CommandError(i18n.text("db.show_key_needs_yes", language))
    engine = make_engine(url, passphrase=typed_passphrase(args))
    actor = sign_in_to(args, engine, *ADMINISTRATOR)
    with session_factory(engine)() as session, session.begin():
        audit.record(session, "db.key_shown", user_id=actor)
    say(engine.url.password or "")
    say(i18n.text("db.key_shown", language), error=True)
    return 0


def _show_server_key(args: argparse.Namespace, url: str) -> int:
    """A server register's backup key (its backups are encrypted SQLite files) for the safe."""
    from sqlalchemy.engine import make_url

    from registry.keys import get_secret
    from registry.services.server_backup import server_key_name

    language = language_of(args)
    key = get_secret(server_key_name(make_url(url)))
    if not key:
        raise CommandError(i18n.text("server_backup.no_key_yet", language, command="registry backup"))
    if not args.yes:
        raise CommandError(i18n.text("db.show_key_needs_yes", language))
    say(key)
    say(i18n.text("db.key_shown", language), error=True)
    return 0


def run_remember_password(args: argparse.Namespace) -> int:
    import getpass

    from registry.db import is_sqlite
    from registry.keys import KeyringUnavailable, store_secret

    language = language_of(args)
    url = config.database_url(args.db)
    if is_sqlite(url):
        raise CommandError(i18n.text("db.server_only", language))
    secret = getpass.getpass(i18n.text("db.server_password_prompt", language) + " ")
    try:
        store_secret(config.server_key_name(url), secret)
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language)) from None
    say(i18n.text("db.password_remembered", language))
    return 0


def _sign_in_if_current(args: argparse.Namespace, engine: Engine) -> None:
    """Administrators only; on a schema older than this program, ``db current`` and ``db check`` (which read no
    case) and ``db upgrade`` (which signs in once the accounts can be read) go ahead."""
    from registry.db import schema_state

    if schema_state(engine).up_to_date:
        sign_in_to(args, engine, *ADMINISTRATOR)


def _sign_in_on(args: argparse.Namespace, url: str, passphrase: str | None) -> None:
    engine = engine_for(url, passphrase)
    try:
        sign_in_to(args, engine, *ADMINISTRATOR)
    finally:
        engine.dispose()
