"""``registry backup`` and ``registry restore``: verified, encrypted copies of the register and their way back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from registry import i18n
from registry.cli.common import (
    CommandError,
    SubCommands,
    language_of,
    open_register,
    positive,
    register_file,
    say,
    typed_passphrase,
)


def register(commands: SubCommands) -> None:
    backup = commands.add_parser("backup", help="make a verified, encrypted backup of the live database")
    backup.add_argument("--to", help="folder (default: backups/ in the data folder)")
    backup.add_argument("--keep", type=positive, default=14, help="how many backups to keep (default 14)")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="restore a backup; the current database is kept aside")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from registry.services.backup_runs import run_backup as make_backup

    engine, sessions = open_register(args)
    result = make_backup(engine, sessions, folder=Path(args.to) if args.to else None, keep=args.keep)
    say(i18n.text("backup.done", language_of(args), path=result.path, seconds=f"{result.seconds:.1f}",
                  cases=result.cases, removed=len(result.removed)))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from registry.services.restore import restore_backup

    language = language_of(args)
    _url, target = register_file(args)
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
            say(i18n.text("restore.cancelled", language))
            return 1
    result = restore_backup(source, target, passphrase=typed_passphrase(args))
    say(i18n.text("restore.done", language, source=source, aside=result.kept_aside or "—", cases=result.cases))
    return 0
