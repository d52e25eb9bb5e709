"""``registry stats``: the anonymised statistics of a period as JSON, CSV, XLSX or a printed PDF report."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from registry import i18n
from registry.cli.common import CommandError, SubCommands, language_of, open_as, say

FORMATS = ("json", "csv", "xlsx", "pdf")


def register(commands: SubCommands) -> None:
    stats = commands.add_parser(
        "stats", help="anonymised statistics of a period (small counts suppressed) as JSON, CSV, XLSX or PDF"
    )
    stats.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="first day of the period")
    stats.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="last day of the period")
    stats.add_argument(
        "--format",
        choices=FORMATS,
        help="json (the default without -o), csv, xlsx or pdf (default with -o: from the file name)",
    )
    stats.add_argument("-o", "--output", metavar="FILE", help="write to this file instead of printing JSON")
    stats.add_argument("--lang", default=argparse.SUPPRESS, help="language of titles and labels")
    stats.set_defaults(handler=run_stats)


def _day(value: str, language: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(i18n.text("stats.bad_period", language, detail=f"{value!r} (YYYY-MM-DD)")) from None


def _format(args: argparse.Namespace, language: str | None) -> str:
    if args.format:
        if args.format != "json" and not args.output:
            raise CommandError(i18n.text("stats.needs_output", language, format=args.format))
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        return suffix if suffix in FORMATS else "json"
    return "json"


def run_stats(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.statistics import export
    from registry.services.statistics.period import Period
    from registry.services.statistics.report import compute, publish, record_export

    language = language_of(args)
    first, last = _day(args.first, language), _day(args.last, language)
    if last < first:
        raise CommandError(i18n.text("stats.bad_period", language, detail=f"{first} > {last}"))
    fmt = _format(args, language)
    _engine, sessions, actor = open_as(args)
    language = language_of(args)
    period = Period(first, last)
    with transaction(sessions) as session:
        publication = publish(compute(session, period, actor_id=actor, with_quality=False))
        table_ids = [t.table.id for t in publication.tables]
        if fmt == "json":
            data: bytes = json.dumps(export.to_json(publication, language), ensure_ascii=False, indent=2).encode()
        elif fmt == "csv":
            data = export.to_csv(publication, language).encode("utf-8")
        elif fmt == "xlsx":
            from registry.services.statistics.workbook import to_xlsx

            data = to_xlsx(publication, language)
        else:
            from registry.printing.statistics import statistics_report

            data = statistics_report(session, publication, language=language)
        record_export(
            session, actor_id=actor, period=period, table_ids=table_ids, fmt=fmt, language=language, by=_os_user()
        )
    if not args.output:
        sys.stdout.write(data.decode("utf-8") + "\n")
        return 0
    target = Path(args.output)
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CommandError(i18n.text("stats.cannot_write", language, path=target, detail=error.strerror)) from None
    say(i18n.text("stats.written", language, first=first.isoformat(), last=last.isoformat(), path=target), error=True)
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: the audit line still says the command line did it
        return ""
