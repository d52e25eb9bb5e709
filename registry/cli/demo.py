"""``registry demo``: realistic synthetic cases for trying the application out, training and benchmarks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from registry import config, i18n
from registry.cli.common import ADMINISTRATOR, SubCommands, language_of, open_as, positive, register_file, say

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def register(commands: SubCommands) -> None:
    demo = commands.add_parser("demo", help="add realistic synthetic cases")
    demo.add_argument("--cases", type=positive, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--profile", default=config.chosen_profile() or config.FALLBACK_PROFILE)
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from registry.db import transaction
    from registry.services.demo import seed_demo
    from registry.services.setup import initialise, is_initialised

    _engine, sessions, _actor = open_as(args, *ADMINISTRATOR, create=True)
    with transaction(sessions) as session:
        if not is_initialised(session):
            initialise(session, args.profile)
    with sessions() as session:
        report = seed_demo(session, cases=args.cases, seed=args.seed, progress=_progress_printer(args.cases))
    say(i18n.text("cli.demo_done", language_of(args), cases=report.cases, seconds=f"{report.seconds:.1f}"))
    say_how_to_sign_in(args, sessions)
    return 0


def say_how_to_sign_in(args: argparse.Namespace, sessions: sessionmaker[Session]) -> None:
    """The demonstration sign-in, written next to the register (as the CEO asked) and named on the terminal."""
    from registry.services.demo_sign_in import tell_how_to_sign_in

    _url, path = register_file(args)
    with sessions() as session:
        note, text = tell_how_to_sign_in(session, path, language_of(args))
    say(i18n.text("demo.note_written", language_of(args), path=note) if note else text)


def _progress_printer(total: int) -> Callable[[int], None] | None:
    """A counter on the terminal for long runs (nothing when the output is not a terminal)."""
    if total < 20_000 or not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show
