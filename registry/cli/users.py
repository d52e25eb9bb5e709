"""``registry users add``: staff accounts from the command line (an administrator's task)."""

from __future__ import annotations

import argparse

from registry import i18n
from registry.cli.common import (
    ADMINISTRATOR,
    CommandError,
    SubCommands,
    language_of,
    new_password,
    open_as,
    say,
)

ROLES = ("worker", "supervisor", "administrator", "auditor")


def register(commands: SubCommands) -> None:
    users = commands.add_parser("users", help="staff accounts (administrators)")
    actions = users.add_subparsers(dest="users_command", required=True)
    add = actions.add_parser("add", help="add an account; the password is asked for, or taken from "
                             "$REGISTRY_NEW_PASSWORD")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", dest="full_name", metavar="FULL_NAME", help="the person's full name (default: NAME)")
    add.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.users import UserInput, create_user

    _engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    if actor is None:  # no accounts at all: the first one is an administrator, made by `init --admin`
        raise CommandError(i18n.text("cli.no_accounts", language_of(args), command="registry init --admin"))
    password = new_password(args, args.username)
    with transaction(sessions) as session:
        user = create_user(session, UserInput(args.username, args.full_name or args.username, args.role, password),
                           actor_id=actor)
        username, role = user.username, user.role
    language = language_of(args)
    say(i18n.text("cli.user_added", language, user=username, role=i18n.text(f"cli.role.{role}", language)))
    return 0
