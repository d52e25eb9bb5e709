"""``registry import`` and ``registry export``: cases to and from CSV (and JSON for export)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from registry import i18n
from registry.cli.common import CommandError, SubCommands, language_of, open_as, say


def register(commands: SubCommands) -> None:
    importer = commands.add_parser(
        "import",
        help="import cases from Excel (.xlsx) or CSV files (all or nothing)",
        description="Cases from an Excel workbook (sheets: cases, household, referrals, ...) or CSV files (one "
        "per sheet, named after it). Encoding and delimiter are detected; headers may be in Bosnian, Croatian, "
        "Serbian (Latin or Cyrillic) or English. Nothing is written unless every row is valid.",
    )
    importer.add_argument("what", choices=["cases"])
    importer.add_argument("files", nargs="+", metavar="FILE")
    importer.add_argument(
        "--encoding",
        choices=["utf-8", "cp1250", "iso-8859-2", "utf-16"],
        help="the CSV files' encoding when it cannot be told (default: detected)",
    )
    importer.add_argument("--delimiter", choices=[";", ",", "tab"], help="the CSV delimiter (default: detected)")
    importer.add_argument(
        "--duplicates",
        choices=["link", "separate", "skip"],
        help="for rows whose child is already registered: link the new case to that child "
        "(default), keep the child separate, or skip the row; the same case is always skipped",
    )
    importer.add_argument(
        "--create-missing-users",
        action="store_true",
        help="add staff the records name but this register lacks as inactive accounts without "
        "a password (an administrator activates them); otherwise each such name is an error",
    )
    importer.add_argument("--dry-run", action="store_true", help="check everything and report; write nothing")
    importer.set_defaults(handler=run_import)

    exporter = commands.add_parser(
        "export",
        help="export the case list as CSV or JSON, or the whole register as a workbook",
        description="'export cases' writes the case list (CSV or JSON) for spreadsheets and scripts. "
        "'export register -o FILE.xlsx' writes every record of every case (people, household, referrals, "
        "checklists, notes, measures, incidents, conferences, consents, status history) in the workbook format "
        "'registry import' reads back: the way to hand a register over. 'export template -o FILE.xlsx' writes "
        "the empty workbook to fill in with a centre's history, in --lang.",
    )
    exporter.add_argument("what", choices=["cases", "register", "template"])
    exporter.add_argument("--format", choices=["csv", "json"], default="csv")
    exporter.add_argument("-o", "--output")
    exporter.add_argument(
        "--delimiter",
        choices=[",", ";", "tab"],
        default=",",
        help="CSV delimiter; ';' is what Excel in a Bosnian, Croatian or Serbian locale expects",
    )
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.importing import ChoiceNeeded, ImportFailed, ReadFailed, import_files

    language = language_of(args)
    files = []
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise CommandError(i18n.text("cli.no_file", language, path=path))
        files.append((path.name, path.read_bytes()))
    _engine, sessions, actor = open_as(args)
    language = language_of(args)  # the centre's language, now that the database is open
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    try:
        with transaction(sessions) as session:
            result = import_files(
                session,
                files,
                actor_id=actor,
                language=language,
                encoding=args.encoding,
                delimiter=delimiter,
                duplicates=args.duplicates,
                create_users=args.create_missing_users,
                progress=_progress_printer(language),
            )
            if args.dry_run:
                session.rollback()
    except ImportFailed as error:
        raise CommandError(error.report(language)) from None
    except ChoiceNeeded as error:
        samples = "\n".join(f"  {name}: {text}" for name, text in error.samples.items())
        raise CommandError(f"{error.message(language)}\n{samples}") from None
    except ReadFailed as error:
        raise CommandError(error.message(language)) from None
    say(i18n.text("import.summary", language, created=result.created, linked=result.linked, skipped=result.skipped))
    if result.new_institutions:
        say(i18n.text("import.new_institutions", language, names=", ".join(result.new_institutions)))
    if args.dry_run:
        say(i18n.text("import.dry_run", language))
    return 0


def _progress_printer(language: str | None) -> Callable[[int, int], None] | None:
    """Cases written so far on the terminal (nothing when the output is not a terminal)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(
            "\r" + i18n.text("import.progress", language, done=f"{done:,}", total=f"{total:,}"),
            end="",
            file=sys.stderr,
            flush=True,
        )
        if done >= total:
            print(file=sys.stderr)

    return show


def run_export(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.private_files import private_output
    from registry.services.transfer import export_cases

    if args.what == "register":
        return _export_register(args)
    if args.what == "template":
        return _export_template(args)
    _engine, sessions, actor = open_as(args)
    if args.output:
        target = Path(args.output)
        try:  # owner-only, and the file appears only whole, after the audit record of the export is committed
            with private_output(target, text=True) as out, transaction(sessions) as session:
                count = export_cases(
                    session,
                    out,
                    fmt=args.format,
                    actor_id=actor,
                    bom=True,
                    delimiter="\t" if args.delimiter == "tab" else args.delimiter,
                )
        except OSError as error:
            raise CommandError(
                i18n.text("export.cannot_write", language_of(args), path=target, reason=error.strerror or str(error))
            ) from None
        say(i18n.text("cli.exported", language_of(args), count=count, path=target), error=True)
    else:
        with transaction(sessions) as session:
            export_cases(
                session,
                sys.stdout,
                fmt=args.format,
                actor_id=actor,
                delimiter="\t" if args.delimiter == "tab" else args.delimiter,
            )
    return 0


def _export_register(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.full_export import export_register
    from registry.services.private_files import private_output

    language = language_of(args)
    if not args.output:
        raise CommandError(i18n.text("export.register_needs_file", language))
    target = Path(args.output)
    _engine, sessions, actor = open_as(args)
    language = language_of(args)
    try:  # one consistent read; the file appears whole and owner-only after the audit record is committed
        with private_output(target) as out, transaction(sessions) as session:
            counts = export_register(session, out, actor_id=actor)
    except OSError as error:
        raise CommandError(
            i18n.text("export.cannot_write", language, path=target, reason=error.strerror or str(error))
        ) from None
    say(
        i18n.text(
            "export.register_done", language, path=target, cases=counts.get("cases", 0), rows=sum(counts.values())
        ),
        error=True,
    )
    return 0


def _export_template(args: argparse.Namespace) -> int:
    from registry.services.importing.template import write_template
    from registry.services.private_files import private_output

    language = language_of(args)
    if not args.output:
        raise CommandError(i18n.text("export.register_needs_file", language))
    target = Path(args.output)
    _engine, sessions, _actor = open_as(args)
    language = language_of(args)
    try:
        with private_output(target) as out, sessions() as session:
            write_template(session, out, language=language)
    except OSError as error:
        raise CommandError(
            i18n.text("export.cannot_write", language, path=target, reason=error.strerror or str(error))
        ) from None
    say(i18n.text("export.template_done", language, path=target), error=True)
    return 0
