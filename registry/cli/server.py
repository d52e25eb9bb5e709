"""``registry server prepare``: IT makes a PostgreSQL database ready for a centre (run with the owner role)."""

from __future__ import annotations

import argparse
import getpass

from registry import config, i18n
from registry.cli.common import ADMINISTRATOR, CommandError, SubCommands, language_of, open_as, say

DEFAULT_APP_ROLE = "registry_app"


def register(commands: SubCommands) -> None:
    server = commands.add_parser("server", help="a register on a PostgreSQL server (for IT)")
    actions = server.add_subparsers(dest="server_command", required=True)
    prepare = actions.add_parser(
        "prepare",
        help="create or upgrade the schema and the PCs' least-privilege role "
        "(run with --db pointing at the database as its owner)",
    )
    prepare.add_argument(
        "--app-role", default=DEFAULT_APP_ROLE, help=f"the role the PCs use (default {DEFAULT_APP_ROLE})"
    )
    prepare.add_argument("--set-password", action="store_true", help="ask for (and set) the role's password")
    prepare.set_defaults(handler=run_prepare)


def run_prepare(args: argparse.Namespace) -> int:
    from registry.db import is_sqlite
    from registry.services.server import prepare_server

    language = language_of(args)
    if is_sqlite(config.database_url(args.db)):
        raise CommandError(i18n.text("server.not_postgresql", language))
    password = None
    if args.set_password:
        password = getpass.getpass(i18n.text("server.password_prompt", language, role=args.app_role) + " ")
        if getpass.getpass(i18n.text("db.passphrase_again", language) + " ") != password:
            raise CommandError(i18n.text("db.passphrase_mismatch", language))
    engine, _sessions, _actor = open_as(args, *ADMINISTRATOR, create=True)
    report = prepare_server(engine, args.app_role, password)
    say(
        i18n.text(
            "server.prepared",
            language,
            database=report.database,
            owner=report.owner,
            role=report.app_role,
            tables=report.tables,
            audit=", ".join(report.append_only) or "—",
        )
    )
    return 0
