"""The ``registry`` command: start the application, set up and upgrade databases, search, import, export, demo."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from registry import __version__, config, i18n
from registry.print_command import add_print_parser

Handler = Callable[[argparse.Namespace], int]


def _say(message: str, *, error: bool = False) -> None:
    print(message, file=sys.stderr if error else sys.stdout)


def _language(args: argparse.Namespace) -> str | None:
    return config.user_language(getattr(args, "lang", None))


def _open(args: argparse.Namespace, *, create: bool = False):
    """Engine and session factory for an initialised, up-to-date database (upgraded after a verified backup).

    With ``create``, a missing SQLite file is created encrypted (key in the keyring, or the passphrase asked for)
    unless ``--unencrypted`` was given.
    """
    from registry.db import SchemaError, make_engine, schema_state, session_factory, upgrade

    url = config.database_url(args.db)
    passphrase = _passphrase(args)
    if create:
        _create_if_missing(args, url, passphrase)
    engine = make_engine(url, passphrase=passphrase)
    state = schema_state(engine)
    if state.empty and not create:
        engine.dispose()
        raise CommandError(i18n.text("cli.not_initialised", _language(args), url=_display_url(engine.url)))
    if not state.up_to_date:
        try:
            backup = upgrade(engine)
        except SchemaError as error:
            raise CommandError(str(error)) from None
        if backup is not None:
            _say(i18n.text("cli.upgraded", _language(args), revision=state.head, backup=backup))
    sessions = session_factory(engine)
    if not _language(args) and not state.empty:
        from registry.services.setup import centre_language

        with sessions() as session:
            args.lang = centre_language(session)
    return engine, sessions


def _passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "db.passphrase_prompt") -> str | None:
    """The passphrase typed at a prompt when ``--passphrase`` was given (never taken from the command line)."""
    if not getattr(args, "passphrase", False):
        return None
    cached = getattr(args, "_typed_passphrase", None)
    if cached and not confirm:
        return cached
    import getpass

    from registry.encryption import MIN_PASSPHRASE

    language = _language(args)
    typed = getpass.getpass(i18n.text(prompt, language) + " ")
    if confirm:
        if len(typed) < MIN_PASSPHRASE:
            raise CommandError(i18n.text("db.weak_passphrase", language, min=MIN_PASSPHRASE))
        if getpass.getpass(i18n.text("db.passphrase_again", language) + " ") != typed:
            raise CommandError(i18n.text("db.passphrase_mismatch", language))
    args._typed_passphrase = typed
    return typed


def _create_if_missing(args: argparse.Namespace, url: str, passphrase: str | None) -> None:
    from registry.db import is_sqlite, sqlite_path

    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or (path.exists() and path.stat().st_size > 0):
        return
    if args.unencrypted:
        _say(i18n.text("db.unencrypted_warning", _language(args), path=path), error=True)
        return
    from registry.encryption import create_encrypted
    from registry.keys import PASSPHRASE_ENV, KeyringUnavailable

    try:
        create_encrypted(path, passphrase=passphrase or os.environ.get(PASSPHRASE_ENV))
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", _language(args))) from None


def _display_url(url: Any) -> str:
    return url.render_as_string(hide_password=True)


class CommandError(Exception):
    """A failure already explained in the user's language; printed without a traceback."""


# --------------------------------------------------------------------------------------------- commands


def cmd_gui(args: argparse.Namespace) -> int:
    from registry.ui.launch import display_problem

    problem = display_problem(screenshot=bool(args.screenshot))
    if problem:
        raise CommandError(i18n.text(problem, _language(args)))
    explicit_language = _language(args)  # before _open fills in the centre's default
    engine, sessions = _open_for_gui(args)
    from registry.db import transaction
    from registry.services.setup import initialise, is_initialised

    with transaction(sessions) as session:
        if not is_initialised(session):
            initialise(session, args.profile)
    if args.demo:
        from registry.services.demo import seed_demo

        with sessions() as session:
            seed_demo(session, cases=args.demo, seed=args.seed, only_if_empty=True)
    from registry.ui.launch import run_gui

    return run_gui(engine, language=explicit_language, screenshot_dir=args.screenshot)


def _open_for_gui(args: argparse.Namespace):
    """Like ``_open(create=True)``, but a missing key or keyring is answered with a passphrase dialog."""
    from registry.db import DatabaseKeyError, is_sqlite, sqlite_path
    from registry.encryption import MIN_PASSPHRASE
    from registry.keys import PASSPHRASE_ENV, keyring_available
    from registry.ui.passphrase import PassphraseTexts, ask_passphrase

    language = _language(args)
    texts = PassphraseTexts(*(i18n.text(f"gui.passphrase_{name}", language, min=MIN_PASSPHRASE)
                              for name in ("title", "prompt", "again", "mismatch", "ok", "cancel")))
    url = config.database_url(args.db)
    path = sqlite_path(url) if is_sqlite(url) else None
    new_file = path is not None and (not path.exists() or path.stat().st_size == 0)
    if new_file and not args.unencrypted and not keyring_available() and not os.environ.get(PASSPHRASE_ENV):
        typed = ask_passphrase(texts, new=True, minimum=MIN_PASSPHRASE)
        if typed is None:
            raise CommandError(i18n.text("db.no_keyring", language))
        args.passphrase, args._typed_passphrase = True, typed
    try:
        return _open(args, create=True)
    except DatabaseKeyError as error:
        typed = ask_passphrase(texts)
        if typed is None:
            raise CommandError(error.message(language)) from None
        args.passphrase, args._typed_passphrase = True, typed
        return _open(args, create=True)


def cmd_init(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.profiles import UnknownProfile
    from registry.services.setup import initialise

    engine, sessions = _open(args, create=True)
    try:
        with transaction(sessions) as session:
            summary = initialise(session, args.profile)
    except UnknownProfile as error:
        raise CommandError(
            i18n.text("cli.unknown_profile", _language(args), code=args.profile, available=", ".join(error.available))
        ) from None
    _say(i18n.text("cli.initialised", _language(args), url=_display_url(engine.url), **summary.as_params()))
    return 0


def cmd_profiles(args: argparse.Namespace) -> int:
    from registry.services.profiles import list_profiles

    for profile in list_profiles():
        municipality = profile.municipality
        _say(f"{profile.code:24} {municipality.name} / {municipality.name_cyrl} ({municipality.entity}"
             f"{', ' + municipality.canton if municipality.canton else ''})")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from registry.db import SchemaError, make_engine, schema_state, upgrade

    engine = make_engine(args.db, passphrase=_passphrase(args))
    language = _language(args)
    if args.db_command == "current":
        state = schema_state(engine)
        _say(i18n.text("cli.db_current", language, current=state.current or "—", head=state.head))
        return 0
    if args.db_command == "upgrade":
        try:
            backup = upgrade(engine)
        except SchemaError as error:
            raise CommandError(str(error)) from None
        state = schema_state(engine)
        _say(i18n.text("cli.db_upgraded", language, current=state.current, backup=backup or "—"))
        return 0
    from registry.services.schema_check import schema_differences

    differences = schema_differences(engine)
    if differences:
        _say(i18n.text("cli.db_check_failed", language), error=True)
        for line in differences:
            _say(f"  {line}", error=True)
        return 1
    _say(i18n.text("cli.db_check_ok", language))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.demo import seed_demo
    from registry.services.setup import initialise, is_initialised

    engine, sessions = _open(args, create=True)
    with transaction(sessions) as session:
        if not is_initialised(session):
            initialise(session, args.profile)
    with sessions() as session:
        report = seed_demo(session, cases=args.cases, seed=args.seed, progress=_progress_printer(args.cases))
    _say(i18n.text("cli.demo_done", _language(args), cases=report.cases, seconds=f"{report.seconds:.1f}"))
    return 0


def _progress_printer(total: int) -> Callable[[int], None] | None:
    if total < 20_000 or not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def cmd_search(args: argparse.Namespace) -> int:
    from registry.services.dates import format_date
    from registry.services.search import search_cases

    _engine, sessions = _open(args)
    with sessions() as session:
        hits = search_cases(session, args.text, limit=args.limit)
    if args.json:
        rows = [
            {"case_number": h.case_number, "given_name": h.given_name, "family_name": h.family_name,
             "birth_date": h.birth_date.isoformat() if h.birth_date else None, "jmbg": h.jmbg, "status": h.status}
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        _say(f"{hit.case_number:18} {hit.family_name} {hit.given_name}  {format_date(hit.birth_date):12} "
             f"{hit.jmbg or '':13}  {hit.status}")
    if not hits:
        _say(i18n.text("cli.no_hits", _language(args)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.transfer import ImportFailed, import_cases

    language = _language(args)
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path))
    _engine, sessions = _open(args)
    language = _language(args)  # the centre's language, now that the database is open
    try:
        with transaction(sessions) as session:
            created = import_cases(session, path.read_bytes(), actor_id=None, language=language)
            count = len(created)
    except ImportFailed as error:
        raise CommandError(error.report(language)) from None
    _say(i18n.text("import.done", language, count=count))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.transfer import export_cases

    _engine, sessions = _open(args)
    if args.output:
        target = Path(args.output)
        temporary = target.with_name(target.name + ".part")
        with transaction(sessions) as session, temporary.open("w", encoding="utf-8", newline="") as out:
            count = export_cases(session, out, fmt=args.format, actor_id=None)
        temporary.replace(target)
        _say(i18n.text("cli.exported", _language(args), count=count, path=target), error=True)
    else:
        with transaction(sessions) as session:
            export_cases(session, sys.stdout, fmt=args.format, actor_id=None)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from registry.services.backup_runs import run_backup

    engine, sessions = _open(args)
    result = run_backup(engine, sessions, folder=Path(args.to) if args.to else None, keep=args.keep)
    _say(i18n.text("backup.done", _language(args), path=result.path, seconds=f"{result.seconds:.1f}",
                   cases=result.cases, removed=len(result.removed)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from registry.db import is_sqlite, sqlite_path
    from registry.services.backup_runs import restore_backup

    language = _language(args)
    url = config.database_url(args.db)
    target = sqlite_path(url) if is_sqlite(url) else None
    if target is None:
        raise CommandError(i18n.text("restore.sqlite_only", language))
    source = Path(args.file)
    if not source.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=source))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(i18n.text("restore.needs_yes", language))
        answer = input(i18n.text("restore.confirm", language, target=target, source=source) + " ")
        if answer.strip().lower() not in {"y", "yes", "d", "da", "д", "да"}:
            _say(i18n.text("restore.cancelled", language))
            return 1
    result = restore_backup(source, target, passphrase=_passphrase(args))
    _say(i18n.text("restore.done", language, source=source, aside=result.kept_aside or "—", cases=result.cases))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from registry.db import is_encrypted_file, is_sqlite, sqlite_path
    from registry.encryption import encrypt_existing
    from registry.keys import KeyringUnavailable

    language = _language(args)
    url = config.database_url(args.db)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path or url))
    if is_encrypted_file(path):
        _say(i18n.text("db.already_encrypted", language, path=path))
        return 0
    try:
        encrypt_existing(path, passphrase=_passphrase(args, confirm=True, prompt="db.new_passphrase_prompt"))
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language)) from None
    _say(i18n.text("db.encrypted", language, path=path))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from registry.db import is_encrypted_file, is_sqlite, sqlite_path
    from registry.encryption import rekey
    from registry.keys import KeyringUnavailable

    language = _language(args)
    url = config.database_url(args.db)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or not is_encrypted_file(path):
        raise CommandError(i18n.text("db.not_encrypted", language, path=path or url))
    old = _passphrase(args)
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
    _say(i18n.text("db.rekeyed", language, path=path))
    return 0


def cmd_show_key(args: argparse.Namespace) -> int:
    """Print the database key for safe keeping (sealed envelope, safe): without it no backup can be restored on
    another computer if this one's keyring is lost."""
    from registry.db import is_encrypted_file, is_sqlite, make_engine, session_factory, sqlite_path
    from registry.services import audit

    language = _language(args)
    url = config.database_url(args.db)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None or not is_encrypted_file(path):
        raise CommandError(i18n.text("db.not_encrypted", language, path=path or url))
    if not args.yes:
        raise CommandError(i18n.text("db.show_key_needs_yes", language))
    engine = make_engine(url, passphrase=_passphrase(args))
    with session_factory(engine)() as session, session.begin():
        audit.record(session, "db.key_shown", user_id=None)
    _say(engine.url.password or "")
    _say(i18n.text("db.key_shown", language), error=True)
    return 0


def cmd_remember_password(args: argparse.Namespace) -> int:
    import getpass

    from registry.db import is_sqlite
    from registry.keys import KeyringUnavailable, store_secret

    language = _language(args)
    url = config.database_url(args.db)
    if is_sqlite(url):
        raise CommandError(i18n.text("db.server_only", language))
    secret = getpass.getpass(i18n.text("db.server_password_prompt", language) + " ")
    try:
        store_secret(config.server_key_name(url), secret)
    except KeyringUnavailable:
        raise CommandError(i18n.text("db.no_keyring", language)) from None
    _say(i18n.text("db.password_remembered", language))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.retention import apply_retention, retention_candidates

    _engine, sessions = _open(args)
    language = _language(args)
    if args.dry_run:
        with sessions() as session:
            candidates = retention_candidates(session)
        for row in candidates:
            _say(f"{row.case_number:18} {row.closed_on}")
        _say(i18n.text("retention.would", language, count=len(candidates)))
        return 0
    with transaction(sessions) as session:
        count = apply_retention(session, actor_id=None)
    _say(i18n.text("retention.done", language, count=count))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from registry.services.audit import verify_chain

    _engine, sessions = _open(args)
    with sessions() as session:
        check = verify_chain(session)
    if check.ok:
        _say(i18n.text("audit.intact", _language(args), events=check.events))
        return 0
    _say(i18n.text("audit.broken", _language(args), event=check.first_broken_id), error=True)
    return 1


# ------------------------------------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry", description="Centre Case Registry")
    parser.add_argument("--version", action="version", version=f"registry {__version__}")
    parser.add_argument("--db", help="database URL (default: $REGISTRY_DATABASE_URL or a SQLite file in the "
                        "user's data folder)")
    parser.add_argument("--lang", help="language of messages: bs, hr, sr-Latn, sr-Cyrl, en")
    parser.add_argument("--passphrase", action="store_true",
                        help="ask for the database passphrase (where no keyring holds the key)")
    parser.add_argument("--unencrypted", action="store_true",
                        help="create a new SQLite database WITHOUT encryption (demonstrations and tests only)")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    _gui_options(gui)

    init = sub.add_parser("init", help="create or upgrade the database and load a municipality profile")
    init.add_argument("--profile", required=True, help="profile code, see `registry profiles`")
    init.set_defaults(handler=cmd_init)

    sub.add_parser("profiles", help="list the municipality profiles").set_defaults(handler=cmd_profiles)

    db = sub.add_parser("db", help="schema and keys: upgrade, current, check, encrypt, rekey, remember-password")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for name in ("upgrade", "current", "check"):
        db_sub.add_parser(name).set_defaults(handler=cmd_db)
    db_sub.add_parser("encrypt", help="encrypt an existing plain SQLite database").set_defaults(handler=cmd_encrypt)
    rekey = db_sub.add_parser("rekey", help="change the database key")
    rekey.add_argument("--new-passphrase", action="store_true", help="use a typed passphrase instead of the keyring")
    rekey.set_defaults(handler=cmd_rekey)
    show_key = db_sub.add_parser("show-key", help="print the database key for safe keeping (disaster recovery)")
    show_key.add_argument("--yes", action="store_true", help="yes, print the key")
    show_key.set_defaults(handler=cmd_show_key)
    db_sub.add_parser("remember-password", help="keep a database server's password in the keyring").set_defaults(
        handler=cmd_remember_password
    )

    backup = sub.add_parser("backup", help="make a verified, encrypted backup of the live database")
    backup.add_argument("--to", help="folder (default: backups/ in the data folder)")
    backup.add_argument("--keep", type=_positive, default=14, help="how many backups to keep (default 14)")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="restore a backup; the current database is kept aside")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", help="prove the hash chain is intact").set_defaults(handler=cmd_audit_verify)

    retention = sub.add_parser("retention", help="anonymise cases past the retention period")
    retention.add_argument("--dry-run", action="store_true", help="only list what would change")
    retention.set_defaults(handler=cmd_retention)

    demo = sub.add_parser("demo", help="add realistic synthetic cases")
    demo.add_argument("--cases", type=_positive, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--profile", default=os.environ.get("REGISTRY_PROFILE", "novi-grad-sarajevo"))
    demo.set_defaults(handler=cmd_demo)

    search = sub.add_parser("search", help="find cases by name (either script), JMBG or case number")
    search.add_argument("text")
    search.add_argument("--limit", type=_positive, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    importer = sub.add_parser("import", help="import cases from CSV (all or nothing)")
    importer.add_argument("what", choices=["cases"])
    importer.add_argument("file")
    importer.set_defaults(handler=cmd_import)

    exporter = sub.add_parser("export", help="export cases as CSV or JSON")
    exporter.add_argument("what", choices=["cases"])
    exporter.add_argument("--format", choices=["csv", "json"], default="csv")
    exporter.add_argument("-o", "--output")
    exporter.set_defaults(handler=cmd_export)

    add_print_parser(sub)
    return parser


def _gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", default=os.environ.get("REGISTRY_PROFILE", "novi-grad-sarajevo"),
                        help="profile for a new database")
    parser.add_argument("--demo", type=_positive, metavar="N", help="fill an empty database with N demo cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--screenshot", metavar="DIR", help="save screenshots to DIR and quit")
    parser.set_defaults(handler=cmd_gui)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args([*arguments, "gui"])
    from registry.services.errors import RegistryError

    try:
        return args.handler(args)
    except CommandError as error:
        _say(str(error), error=True)
        return 1
    except RegistryError as error:
        _say(error.message(_language(args)), error=True)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
