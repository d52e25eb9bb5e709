"""``registry init``: a new register set up for one municipality (``registry profiles`` lists them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from registry import config, i18n
from registry.cli.common import (
    ADMINISTRATOR,
    CommandError,
    SubCommands,
    display_url,
    language_of,
    new_password,
    open_register,
    say,
    sign_in_as,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def register(commands: SubCommands) -> None:
    init = commands.add_parser("init", help="create or upgrade the database and load a municipality profile")
    baked = config.chosen_profile()
    init.add_argument(
        "--profile",
        required=baked is None,
        default=baked,
        help="profile code, see `registry profiles` (default: the municipality this build is for)",
    )
    init.add_argument(
        "--new-register",
        action="store_true",
        help="start a new, empty register where an earlier one is missing (its backups stay usable)",
    )
    init.add_argument(
        "--admin",
        metavar="NAME",
        help="make the first administrator of a register that has none (the password is asked for, "
        "or taken from $REGISTRY_NEW_PASSWORD)",
    )
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.profiles import UnknownProfile, load_profile
    from registry.services.setup import initialise
    from registry.services.users import UserInput, create_user

    try:  # before anything is created: a mistyped code must not leave an empty register behind
        profile = load_profile(args.profile)
    except UnknownProfile as error:
        raise CommandError(
            i18n.text("cli.unknown_profile", language_of(args), code=args.profile, available=", ".join(error.available))
        ) from None
    engine, sessions = open_register(args, create=True)
    if args.admin:
        password = _first_administrator(args, sessions)
    else:
        sign_in_as(args, sessions, *ADMINISTRATOR)  # a register with accounts is set up again by its administrator
    with transaction(sessions) as session:
        summary = initialise(session, profile)
        if args.admin:
            create_user(
                session,
                UserInput(args.admin, args.admin, "administrator", password, must_change_password=False),
                actor_id=None,
            )
    say(i18n.text("cli.initialised", language_of(args), url=display_url(engine.url), **summary.as_params()))
    if args.admin:
        say(i18n.text("cli.admin_created", language_of(args), user=args.admin.strip().lower()))
    return 0


def _first_administrator(args: argparse.Namespace, sessions: sessionmaker[Session]) -> str:
    """The new administrator's password, once no active administrator exists (else: refused, nothing done)."""
    from registry.services.users import users_by_role

    with sessions() as session:
        if users_by_role(session, "administrator"):
            raise CommandError(i18n.text("cli.admin_exists", language_of(args), command="registry users add"))
    return new_password(args, args.admin)
