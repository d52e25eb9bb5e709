"""``registry profiles``: list the municipality profiles, start a new one from the list of every municipality of
BiH, and check one (every problem with its line, in the user's language)."""

from __future__ import annotations

import argparse
from pathlib import Path

from registry import i18n
from registry.cli.common import CommandError, SubCommands, language_of, say


def register(commands: SubCommands) -> None:
    profiles = commands.add_parser("profiles", help="municipality profiles: list, new, check")
    profiles.set_defaults(handler=run_list)
    actions = profiles.add_subparsers(dest="profiles_command")
    actions.add_parser("list", help="the profiles this program carries").set_defaults(handler=run_list)
    municipalities = actions.add_parser("municipalities", help="every municipality of BiH a profile can be made for")
    municipalities.add_argument("query", nargs="?", default="", help="part of the name, in either script")
    municipalities.set_defaults(handler=run_municipalities)
    new = actions.add_parser("new", help="write a profile to complete for a municipality")
    new.add_argument("municipality", help='its code or name, e.g. grude or "Široki Brijeg"')
    new.add_argument("-o", "--output", help="file to write (default: CODE.toml in the current folder)")
    new.set_defaults(handler=run_new)
    check = actions.add_parser("check", help="check a profile file and explain every problem")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=run_check)


def run_list(args: argparse.Namespace) -> int:
    from registry.services.profiles import list_profiles

    for profile in list_profiles():
        municipality = profile.municipality
        say(
            f"{profile.code:24} {municipality.name} / {municipality.name_cyrl} ({municipality.entity}"
            f"{', ' + municipality.canton if municipality.canton else ''})"
        )
    return 0


def run_municipalities(args: argparse.Namespace) -> int:
    from registry.services.profiles import profile_codes
    from registry.services.profiles.municipalities import find_municipalities

    shipped = set(profile_codes())
    for entry in find_municipalities(args.query):
        say(f"{entry.code:26} {'*' if entry.code in shipped else ' '} {entry.label(language_of(args))}")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from registry.services.profiles.authoring import TODO_MARK, new_profile_text
    from registry.services.profiles.municipalities import find_municipalities

    language = language_of(args)
    found = find_municipalities(args.municipality)
    exact = [e for e in found if e.code == args.municipality]
    if not found:
        from registry.services.names import fold
        from registry.services.profiles.municipalities import all_municipalities

        first = fold(args.municipality)[:3]
        similar = [e.name for e in all_municipalities() if first and fold(e.name).startswith(first)][:8]
        raise CommandError(
            i18n.text(
                "profiles.unknown_municipality", language, query=args.municipality, similar=", ".join(similar) or "—"
            )
        )
    if len(found) > 1 and not exact and found[0].name.casefold() != args.municipality.casefold():
        raise CommandError(
            i18n.text(
                "profiles.ambiguous",
                language,
                query=args.municipality,
                matches=", ".join(f"{e.name} ({e.code})" for e in found[:10]),
            )
        )
    entry = exact[0] if exact else found[0]
    target = Path(args.output) if args.output else Path(f"{entry.code}.toml")
    if target.exists():
        raise CommandError(i18n.text("profiles.exists", language, path=target))
    if target.stem != entry.code:
        target = target.with_name(f"{entry.code}.toml") if target.suffix == ".toml" else target / f"{entry.code}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_text(new_profile_text(entry), encoding="utf-8")
    partial.replace(target)
    say(i18n.text("profiles.written", language, path=target, mark=TODO_MARK, command="registry profiles check"))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from registry.services.profiles.authoring import check_profile

    language = language_of(args)
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path))
    report = check_profile(path)
    for kind, problems in (("profiles.error", report.errors), ("profiles.warning", report.notes)):
        for problem in problems:
            where = i18n.text("profiles.line", language, line=problem.line) + ": " if problem.line else ""
            field = "" if problem.field.startswith("(") else f"{problem.field}: "
            say(
                f"{i18n.text(kind, language)} {where}{field}{problem.explain(language)}", error=kind == "profiles.error"
            )
    if not report.ok:
        say(i18n.text("profiles.check_failed", language, path=path, count=len(report.errors)), error=True)
        return 1
    assert report.profile is not None
    say(
        i18n.text(
            "profiles.check_ok",
            language,
            path=path,
            municipality=report.profile.municipality.name,
            centre=report.profile.centre.name,
        )
    )
    if report.notes:
        say(i18n.text("profiles.check_warnings", language, count=len(report.notes)))
    return 0
