"""``registry db ...``: the register's schema (upgrade, current, check) and its keys (encrypt, rekey, show-key,
remember-password)."""

from __future__ import annotations

import argparse

from registry import config, i18n
from registry.cli.common import (
    CommandError,
    SubCommands,
    engine_for,
    language_of,
    register_file,
    say,
    typed_passphrase,
)


def register(commands: SubCommands) -> None:
    db = commands.add_parser("db", help="schema and keys: upgrade, current, check, encrypt, rekey, remember-password")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for name in ("upgrade", "current", "check"):
        db_sub.add_parser(name).set_defaults(handler=run_schema)
    db_sub.add_parser("encrypt", help="encrypt an existing plain SQLite database").set_defaults(handler=run_encrypt)
    rekey = db_sub.add_parser("rekey", help="change the database key")
    rekey.add_argument("--new-passphrase", action="store_true", help="use a typed passphrase instead of the keyring")
    rekey.set_defaults(handler=run_rekey)
    show_key = db_sub.add_parser("show-key", help="print the database key for safe keeping (disaster recovery)")
    show_key.add_argument("--yes", action="store_true", help="yes, print the key")
    show_key.set_defaults(handler=run_show_key)
    db_sub.add_parser("remember-password", help="keep a database server's password in the keyring").set_defaults(
        handler=run_remember_password
    )


def run_schema(args: argparse.Namespace) -> int:
    """``db current``, ``db upgrade`` and ``db check``."""
    from registry.db import schema_state
    from registry.services.backup import upgrade_with_backup

    engine = engine_for(config.database_url(args.db), typed_passphrase(args))
    language = language_of(args)
    if args.db_command == "current":
        state = schema_state(engine)
        say(i18n.text("cli.db_current", language, current=state.current or "—", head=state.head))
        return 0
    if args.db_command == "upgrade":
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
    differences = schema_differences(engine)
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
        return 0
    try:
        encrypt_existing(path, passphrase=typed_passphrase(args, confirm=True, prompt="db.new_passphrase_prompt"))
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language)) from None
    say(i18n.text("db.encrypted", language, path=path))
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
    new = None
    if args.new_passphrase:
        import getpass

        new = getpass.getpass(i18n.text("db.new_passphrase_prompt", language) + " ")
        if getpass.getpass(i18n.text("db.passphrase_again", language) + " ") != new:
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
    if path is None or not is_encrypted_file(path):
        raise CommandError(i18n.text("db.not_encrypted", language, path=path or url))
    if not args.yes:
        raise CommandError(i18n.text("db.show_key_needs_yes", language))
    engine = make_engine(url, passphrase=typed_passphrase(args))
    with session_factory(engine)() as session, session.begin():
        audit.record(session, "db.key_shown", user_id=None)
    say(engine.url.password or "")
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
