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

Handler = Callable[[argparse.Namespace], int]


def _say(message: str, *, error: bool = False) -> None:
    print(message, file=sys.stderr if error else sys.stdout)


def _language(args: argparse.Namespace) -> str | None:
    return config.user_language(getattr(args, "lang", None))


def _open(args: argparse.Namespace, *, create: bool = False):
    """Engine and session factory for an initialised, up-to-date database (upgraded after a verified backup)."""
    from registry.db import SchemaError, make_engine, schema_state, session_factory, upgrade

    engine = make_engine(args.db)
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


def _display_url(url: Any) -> str:
    return url.render_as_string(hide_password=True)


class CommandError(Exception):
    """A failure already explained in the user's language; printed without a traceback."""


# --------------------------------------------------------------------------------------------- commands


def cmd_gui(args: argparse.Namespace) -> int:
    from registry.ui.launch import display_problem

    problem = display_problem()
    if problem:
        raise CommandError(i18n.text(problem, _language(args)))
    engine, sessions = _open(args, create=True)
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

    return run_gui(engine, language=_language(args), screenshot_dir=args.screenshot)


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

    engine = make_engine(args.db)
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


# ------------------------------------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry", description="Centre Case Registry")
    parser.add_argument("--version", action="version", version=f"registry {__version__}")
    parser.add_argument("--db", help="database URL (default: $REGISTRY_DATABASE_URL or a SQLite file in the "
                        "user's data folder)")
    parser.add_argument("--lang", help="language of messages: bs, hr, sr-Latn, sr-Cyrl, en")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    _gui_options(gui)

    init = sub.add_parser("init", help="create or upgrade the database and load a municipality profile")
    init.add_argument("--profile", required=True, help="profile code, see `registry profiles`")
    init.set_defaults(handler=cmd_init)

    sub.add_parser("profiles", help="list the municipality profiles").set_defaults(handler=cmd_profiles)

    db = sub.add_parser("db", help="schema: upgrade, current, check")
    db.add_argument("db_command", choices=["upgrade", "current", "check"])
    db.set_defaults(handler=cmd_db)

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
