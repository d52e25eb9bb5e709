"""``registry audit verify``: prove that the hash-chained audit trail is intact, or name the first broken event."""

from __future__ import annotations

import argparse

from registry import i18n
from registry.cli.common import SubCommands, language_of, open_register, say


def register(commands: SubCommands) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", help="prove the hash chain is intact").set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from registry.services.audit import verify_chain

    _engine, sessions = open_register(args)
    with sessions() as session:
        check = verify_chain(session)
    if check.ok:
        say(i18n.text("audit.intact", language_of(args), events=check.events))
        return 0
    say(i18n.text("audit.broken", language_of(args), event=check.first_broken_id), error=True)
    return 1
