"""``registry init``: a new register set up for one municipality (``registry profiles`` lists them)."""

from __future__ import annotations

import argparse

from registry import config, i18n
from registry.cli.common import CommandError, SubCommands, display_url, language_of, open_register, say


def register(commands: SubCommands) -> None:
    init = commands.add_parser("init", help="create or upgrade the database and load a municipality profile")
    baked = config.chosen_profile()
    init.add_argument("--profile", required=baked is None, default=baked,
                      help="profile code, see `registry profiles` (default: the municipality this build is for)")
    init.add_argument("--new-register", action="store_true",
                      help="start a new, empty register where an earlier one is missing (its backups stay usable)")
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.profiles import UnknownProfile, load_profile
    from registry.services.setup import initialise

    try:  # before anything is created: a mistyped code must not leave an empty register behind
        profile = load_profile(args.profile)
    except UnknownProfile as error:
        raise CommandError(
            i18n.text("cli.unknown_profile", language_of(args), code=args.profile, available=", ".join(error.available))
        ) from None
    engine, sessions = open_register(args, create=True)
    with transaction(sessions) as session:
        summary = initialise(session, profile)
    say(i18n.text("cli.initialised", language_of(args), url=display_url(engine.url), **summary.as_params()))
    return 0
