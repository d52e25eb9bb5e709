"""``registry users add | list | unlock``: staff accounts from the command line (an administrator's task).

An administrator who can still sign in ends another account's wait after wrong passwords here as in the
Administration page: IT can do it on a server with no window.
"""

from __future__ import annotations

import argparse

from registry import i18n
from registry.cli.common import ADMINISTRATOR, CommandError, SubCommands, language_of, new_password, open_as, say

ROLES = ("worker", "supervisor", "administrator", "auditor")


def register(commands: SubCommands) -> None:
    users = commands.add_parser("users", help="staff accounts (administrators)")
    actions = users.add_subparsers(dest="users_command", required=True)
    add = actions.add_parser(
        "add", help="add an account; the password is asked for, or taken from $REGISTRY_NEW_PASSWORD"
    )
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", dest="full_name", metavar="FULL_NAME", help="the person's full name (default: NAME)")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="every account: role, active or not, wrong passwords and any wait")
    listing.set_defaults(handler=run_list)
    unlock = actions.add_parser(
        "unlock", help="end an account's wait after wrong passwords (the owner may sign in at once)"
    )
    unlock.add_argument("username", metavar="NAME")
    unlock.set_defaults(handler=run_unlock)


def run_add(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.users import UserInput, create_user

    _engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    if actor is None:  # no accounts at all: the first one is an administrator, made by `init --admin`
        raise CommandError(i18n.text("cli.no_accounts", language_of(args), command="registry init --admin"))
    password = new_password(args, args.username)
    with transaction(sessions) as session:
        user = create_user(
            session, UserInput(args.username, args.full_name or args.username, args.role, password), actor_id=actor
        )
        username, role = user.username, user.role
    language = language_of(args)
    say(i18n.text("cli.user_added", language, user=username, role=i18n.text(f"cli.role.{role}", language)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from registry.services.dates import format_datetime
    from registry.services.users import list_users

    _engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    language = language_of(args)
    with sessions() as session:
        accounts = list_users(session, actor_id=actor)
    say(i18n.text("cli.users_header", language))
    for account in accounts:
        state = [i18n.text("cli.user_state.active" if account.active else "cli.user_state.inactive", language)]
        if account.failed_logins:
            state.append(i18n.text("cli.user_state.failures", language, count=account.failed_logins))
        if account.locked_until is not None:
            state.append(i18n.text("cli.user_state.waiting", language, until=format_datetime(account.locked_until)))
        say(
            f"{account.username}\t{account.full_name}\t{i18n.text(f'cli.role.{account.role}', language)}\t"
            + ", ".join(state)
        )
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.users import list_users, unlock_account

    _engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    language = language_of(args)
    with transaction(sessions) as session:
        account = next((row for row in list_users(session, actor_id=actor) if row.username == args.username), None)
        if account is None:
            raise CommandError(
                i18n.text("cli.no_such_user", language, user=args.username, command="registry users list")
            )
        unlock_account(session, account.id, actor_id=actor)
    say(i18n.text("cli.user_unlocked", language, user=account.username, failures=account.failed_logins))
    return 0
