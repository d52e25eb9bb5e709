"""``registry db move --to postgresql+psycopg://…``: the register onto a PostgreSQL server (for IT).

Everything is copied into an empty server database in one transaction, verified (every table's row count and
checksum, then the audit trail on the server) before the command says it is done; then it says how to point each
PC at the server.  Progress goes to standard error, so the result can be read from standard output.
"""

from __future__ import annotations

import argparse
import sys
import time

from registry import config, i18n
from registry.cli.common import CommandError, SubCommands, display_url, engine_for, language_of, open_register, say

#: names kept as they are in every language and script
NAMES = {
    "postgresql": "PostgreSQL",
    "example": "--to postgresql+psycopg://owner@server/registry",
    "create": "CREATE DATABASE",
}


def register(db_commands: SubCommands) -> None:
    move = db_commands.add_parser(
        "move", help="copy the whole register into an empty PostgreSQL database, verified, all or nothing"
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="the server database: postgresql+psycopg://owner@server/registry, or "
        "postgresql+psycopg:///?service=NAME for a pg_service.conf service",
    )
    move.set_defaults(handler=run_move)


def number(value: int, language: str | None) -> str:
    """1,234,567 in English, 1.234.567 in the languages of Bosnia and Herzegovina."""
    text = f"{value:,}"
    return text if i18n.normalise_language(language) == "en" else text.replace(",", ".")


class _Progress:
    """One line per table and a percentage every few seconds (carriage return on a terminal)."""

    def __init__(self, language: str | None) -> None:
        self.language = language
        self.table = ""
        self.shown = 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, where: object) -> None:
        from registry.services.table_copy import CopyProgress

        assert isinstance(where, CopyProgress)
        moment = time.monotonic()
        finished = where.table_done >= where.table_rows
        if where.table == self.table and not finished and moment - self.shown < (0.5 if self.tty else 5.0):
            return
        self.table, self.shown = where.table, moment
        percent = 100 * where.done // where.total if where.total else 100
        line = i18n.text(
            "move.progress",
            self.language,
            percent=percent,
            table=where.table,
            done=number(where.table_done, self.language),
            rows=number(where.table_rows, self.language),
        )
        print(f"\r{line}\033[K" if self.tty else line, end="" if self.tty else "\n", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.tty and self.table:
            print(file=sys.stderr)


def run_move(args: argparse.Namespace) -> int:
    from registry.db import is_sqlite
    from registry.services.register_move import move_register

    source_url = config.database_url(args.db)
    if args.to == source_url:
        raise CommandError(i18n.text("move.same_database", language_of(args)))
    if is_sqlite(args.to):
        raise CommandError(i18n.text("move.not_postgresql", language_of(args), target=args.to, **NAMES))
    source, _sessions = open_register(args)
    language = language_of(args)
    target = engine_for(args.to, None)
    where = display_url(target.url)
    say(i18n.text("move.starting", language, source=display_url(source.url), target=where), error=True)
    progress = _Progress(language)
    try:
        report = move_register(source, target, where=where, progress=progress)
    finally:
        progress.end()
        target.dispose()
    copy = report.copy
    say(
        i18n.text(
            "move.copied",
            language,
            tables=len(copy.tables),
            rows=number(copy.rows, language),
            cases=number(copy.count("case_file"), language),
            seconds=f"{copy.seconds:.1f}",
            target=where,
        )
    )
    say(i18n.text("move.verified", language, tables=len(copy.tables)))
    if not report.audit_intact:
        say(i18n.text("audit.broken", language, event=report.first_broken_event), error=True)
        return 1
    say(i18n.text("audit.intact", language, events=report.audit_events))
    service = target.url.query.get("service") or "registry"
    say(
        i18n.text(
            "move.next_steps",
            language,
            source=display_url(source.url),
            settings_file="settings.toml",
            prepare=f"registry --db {where} server prepare --set-password",
            service_file="pg_service.conf",
            url_setting='database_url = "postgresql+psycopg://registry_app@SERVER/DATABASE?sslmode=verify-full"',
            service_setting=f'database_service = "{service}"',
        )
    )
    return 0
