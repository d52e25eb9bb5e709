"""``registry search``: find cases by name (either script), JMBG or case number."""

from __future__ import annotations

import argparse
import json

from registry import i18n
from registry.cli.common import SubCommands, language_of, open_as, positive, say


def register(commands: SubCommands) -> None:
    search = commands.add_parser("search", help="find cases by name (either script), JMBG or case number")
    search.add_argument("text")
    search.add_argument("--limit", type=positive, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace) -> int:
    from registry.services.dates import format_date
    from registry.services.lookups import shipped_label
    from registry.services.search import search_cases

    _engine, sessions, actor = open_as(args)
    with sessions() as session:
        hits = search_cases(session, args.text, limit=args.limit, actor_id=actor)
    if args.json:
        rows = [
            {
                "case_number": h.case_number,
                "given_name": h.given_name,
                "family_name": h.family_name,
                "birth_date": h.birth_date.isoformat() if h.birth_date else None,
                "jmbg": h.jmbg,
                "status": h.status,
                "found_by": h.found_by,
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    language = language_of(args)
    for hit in hits:
        status = shipped_label("case_status", hit.status, language)
        found = "" if hit.found_by == "child" else f"  ({i18n.text(f'search.found_by.{hit.found_by}', language)})"
        say(
            f"{hit.case_number:18} {hit.family_name} {hit.given_name}  {format_date(hit.birth_date):12} "
            f"{hit.jmbg or '':13}  {status}{found}"
        )
    if not hits:
        say(i18n.text("cli.no_hits", language_of(args)))
    return 0
