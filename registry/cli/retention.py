"""``registry retention``: anonymise cases closed longer ago than the centre's retention period."""

from __future__ import annotations

import argparse

from registry import i18n
from registry.cli.common import ADMINISTRATOR, SubCommands, language_of, open_as, say


def register(commands: SubCommands) -> None:
    retention = commands.add_parser("retention", help="anonymise cases past the retention period")
    retention.add_argument("--dry-run", action="store_true", help="only list what would change")
    retention.set_defaults(handler=run_retention)


def run_retention(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.retention import apply_retention, forget_freed_pages, retention_candidates

    engine, sessions, actor = open_as(args, *ADMINISTRATOR)
    language = language_of(args)
    if args.dry_run:
        with sessions() as session:
            candidates = retention_candidates(session)
        for row in candidates:
            say(f"{row.case_number:18} {row.closed_on}")
        say(i18n.text("retention.would", language, count=len(candidates)))
        return 0
    with transaction(sessions) as session:
        count = apply_retention(session, actor_id=actor)
    forget_freed_pages(engine)
    say(i18n.text("retention.done", language, count=count))
    return 0
