"""``registry backup`` and ``registry restore``: verified, encrypted copies of the register and their way back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from registry import i18n
from registry.cli.common import (
    ADMINISTRATOR,
    CommandError,
    SubCommands,
    display_url,
    engine_for,
    language_of,
    open_as,
    positive,
    register_file,
    say,
    sign_in_to,
    typed_passphrase,
)


def register(commands: SubCommands) -> None:
    backup = commands.add_parser("backup", help="make a verified, encrypted backup of the live database")
    backup.add_argument("--to", help="folder (default: backups/ in the data folder)")
    backup.add_argument("--keep", type=positive, default=14, help="how many backups to keep (default 14)")
    backup.add_argument(
        "--list",
        action="store_true",
        help="list the backups: date, schema revision, cases and whether our keys open them",
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help="restore a backup; the current database is kept aside (a server database must be empty)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--backup-passphrase",
        action="store_true",
        help="ask for the key or passphrase the backup was made with, where it differs from the "
        f"register's (or set {BACKUP_PASSPHRASE_ENV})",
    )
    restore.set_defaults(handler=run_restore)


BACKUP_PASSPHRASE_ENV = "REGISTRY_BACKUP_PASSPHRASE"


def backup_passphrase(args: argparse.Namespace) -> str | None:
    """The key or passphrase of an older backup, typed (``--backup-passphrase``) or from the environment."""
    import os

    if getattr(args, "backup_passphrase", False):
        import getpass

        return getpass.getpass(i18n.text("backups.passphrase_prompt", language_of(args)) + " ") or None
    return os.environ.get(BACKUP_PASSPHRASE_ENV) or None


def run_backup(args: argparse.Namespace) -> int:
    from registry.services.backup_runs import run_backup as make_backup

    if args.list:
        return run_list(args)
    engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    try:
        result = make_backup(
            engine,
            sessions,
            folder=Path(args.to) if args.to else None,
            keep=args.keep,
            passphrase=typed_passphrase(args),
            actor_id=actor,
        )
    except OSError as error:  # the folder is a file, or cannot be made or written
        raise CommandError(
            i18n.text("cli.bad_file", language_of(args), path=args.to or "", detail=error.strerror or str(error))
        ) from None
    say(
        i18n.text(
            "backup.done",
            language_of(args),
            path=result.path,
            seconds=f"{result.seconds:.1f}",
            cases=result.cases,
            removed=len(result.removed),
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from registry.services.backup import BackupError
    from registry.services.restore import restore_backup

    language = language_of(args)
    url, target = register_file(args)
    source = Path(args.file)
    if not source.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=source))
    _sign_in_before_restore(args, url, target)
    if not _confirmed(args, target or display_url(make_url(url)), source):
        say(i18n.text("restore.cancelled", language))
        return 1
    if target is None:
        return _restore_server(args, url, source)
    try:
        result = restore_backup(
            source, target, passphrase=typed_passphrase(args), backup_passphrase=backup_passphrase(args)
        )
    except BackupError as error:
        if error.key != "backup.unreadable":
            raise
        raise CommandError(
            error.message(language)
            + "\n"
            + i18n.text(
                "backups.unreadable_hint",
                language,
                rekey="registry db rekey",
                option="--backup-passphrase",
                env=BACKUP_PASSPHRASE_ENV,
            )
        ) from None
    say(i18n.text("restore.done", language, source=source, aside=result.kept_aside or "—", cases=result.cases))
    return 0


def _confirmed(args: argparse.Namespace, target: object, source: Path) -> bool:
    if args.yes:
        return True
    language = language_of(args)
    if not sys.stdin.isatty():
        raise CommandError(i18n.text("restore.needs_yes", language))
    answer = input(i18n.text("restore.confirm", language, target=target, source=source) + " ")
    return answer.strip().lower() in {"y", "yes", "d", "da", "д", "да"}


def _restore_server(args: argparse.Namespace, url: str, source: Path) -> int:
    """A backup copied onto an empty server database (see services.server_backup.restore_server)."""
    from registry.services.server_backup import restore_server

    engine = engine_for(url, None)
    try:
        result = restore_server(source, engine, passphrase=typed_passphrase(args) or backup_passphrase(args))
    finally:
        engine.dispose()
    language = language_of(args)
    say(
        i18n.text(
            "server_restore.done",
            language,
            source=source,
            database=display_url(engine.url),
            cases=result.cases,
            rows=result.rows,
        )
    )
    if result.schema_created:
        say(i18n.text("server_restore.prepare", language, command="registry server prepare"), error=True)
    return 0


def backup_keys(args: argparse.Namespace) -> tuple[str, Path | None, list[str], list]:
    """The register's backup name, its file (SQLite), and the keys that may open its backups: current, earlier."""
    from sqlalchemy.engine import make_url

    from registry import keys
    from registry.services.server_backup import restore_candidate_keys, server_stem

    url, path = register_file(args)
    passphrase = typed_passphrase(args)
    if path is not None:
        return path.stem, path, keys.candidate_keys(path, passphrase), keys.earlier_keys(path)
    parsed = make_url(url)
    stem = server_stem(parsed)
    return stem, None, restore_candidate_keys(Path(f"{stem}-backup-"), parsed, passphrase), []


def run_list(args: argparse.Namespace) -> int:
    """``registry backup --list``: one aligned line per backup, in the user's language."""
    from registry.services.backup_catalog import backups_folder
    from registry.services.backup_list import EARLIER, list_backups
    from registry.services.dates import format_date, format_datetime

    language = language_of(args)
    stem, path, current, earlier = backup_keys(args)
    folder = backups_folder(Path(args.to) if args.to else None)
    entries = list_backups(stem, folder, current, earlier, register=path)
    if not entries:
        say(i18n.text("backups.none", language, folder=folder))
        return 0
    header = [
        i18n.text(f"backups.column.{name}", language) for name in ("date", "kind", "revision", "cases", "keys", "file")
    ]
    lines = [header]
    for entry in entries:
        opens = i18n.text(f"backups.opens.{entry.opens_with}", language)
        if entry.opens_with == EARLIER and entry.key_retired:
            import datetime as dt

            opens = i18n.text(
                "backups.opens.earlier_until", language, date=format_date(dt.datetime.fromisoformat(entry.key_retired))
            )
        lines.append(
            [
                format_datetime(entry.taken_at),
                i18n.text(f"backups.kind.{entry.kind}", language),
                entry.revision or "—",
                "—" if entry.cases is None else str(entry.cases),
                opens,
                entry.path.name,
            ]
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header) - 1)]
    for number, line in enumerate(lines):
        cells = [
            cell.rjust(widths[i]) if i == 3 and number else cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])
        ]
        say("  ".join([*cells, line[-1]]).rstrip())
    say(i18n.text("backups.folder", language, folder=folder))
    return 0


def _sign_in_before_restore(args: argparse.Namespace, url: str, target: Path | None) -> None:
    """A register that opens and has accounts is replaced only by its administrator; a missing, damaged or
    unreadable one (the reason to restore) has no one to ask."""
    from sqlalchemy import text

    if target is not None and not target.is_file():
        return
    engine = None
    try:
        engine = engine_for(url, typed_passphrase(args))
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM app_user")).scalar()
    except Exception:  # whatever keeps it from opening, a restore is the way back
        if engine is not None:
            engine.dispose()
        return
    try:
        sign_in_to(args, engine, *ADMINISTRATOR)
    finally:
        engine.dispose()
