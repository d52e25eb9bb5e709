"""``registry import`` and ``registry export``: cases to and from CSV (and JSON for export)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from registry import i18n
from registry.cli.common import CommandError, SubCommands, language_of, open_register, say


def register(commands: SubCommands) -> None:
    importer = commands.add_parser("import", help="import cases from CSV (all or nothing)")
    importer.add_argument("what", choices=["cases"])
    importer.add_argument("file")
    importer.set_defaults(handler=run_import)

    exporter = commands.add_parser("export", help="export cases as CSV or JSON")
    exporter.add_argument("what", choices=["cases"])
    exporter.add_argument("--format", choices=["csv", "json"], default="csv")
    exporter.add_argument("-o", "--output")
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.transfer import ImportFailed, import_cases

    language = language_of(args)
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path))
    _engine, sessions = open_register(args)
    language = language_of(args)  # the centre's language, now that the database is open
    try:
        with transaction(sessions) as session:
            created = import_cases(session, path.read_bytes(), actor_id=None, language=language)
            count = len(created)
    except ImportFailed as error:
        raise CommandError(error.report(language)) from None
    say(i18n.text("import.done", language, count=count))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.private_files import private_output
    from registry.services.transfer import export_cases

    _engine, sessions = open_register(args)
    if args.output:
        target = Path(args.output)
        try:  # owner-only, and the file appears only whole, after the audit record of the export is committed
            with private_output(target, text=True) as out, transaction(sessions) as session:
                count = export_cases(session, out, fmt=args.format, actor_id=None)
        except OSError as error:
            raise CommandError(i18n.text("export.cannot_write", language_of(args), path=target,
                                         reason=error.strerror or str(error))) from None
        say(i18n.text("cli.exported", language_of(args), count=count, path=target), error=True)
    else:
        with transaction(sessions) as session:
            export_cases(session, sys.stdout, fmt=args.format, actor_id=None)
    return 0
