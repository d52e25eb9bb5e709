"""``registry init`` and ``registry profiles``: a new register set up for one municipality."""

from __future__ import annotations

import argparse

from registry import i18n
from registry.cli.common import CommandError, SubCommands, display_url, language_of, open_register, say


def register(commands: SubCommands) -> None:
    init = commands.add_parser("init", help="create or upgrade the database and load a municipality profile")
    init.add_argument("--profile", required=True, help="profile code, see `registry profiles`")
    init.add_argument("--new-register", action="store_true",
                      help="start a new, empty register where an earlier one is missing (its backups stay usable)")
    init.set_defaults(handler=run_init)

    commands.add_parser("profiles", help="list the municipality profiles").set_defaults(handler=run_profiles)


def run_init(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.profiles import UnknownProfile
    from registry.services.setup import initialise

    engine, sessions = open_register(args, create=True)
    try:
        with transaction(sessions) as session:
            summary = initialise(session, args.profile)
    except UnknownProfile as error:
        raise CommandError(
            i18n.text("cli.unknown_profile", language_of(args), code=args.profile, available=", ".join(error.available))
        ) from None
    say(i18n.text("cli.initialised", language_of(args), url=display_url(engine.url), **summary.as_params()))
    return 0


def run_profiles(args: argparse.Namespace) -> int:
    from registry.services.profiles import list_profiles

    for profile in list_profiles():
        municipality = profile.municipality
        say(f"{profile.code:24} {municipality.name} / {municipality.name_cyrl} ({municipality.entity}"
            f"{', ' + municipality.canton if municipality.canton else ''})")
    return 0
