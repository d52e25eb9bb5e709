"""``registry gui`` (also what ``registry`` alone does): the desktop application, or its screenshots."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from registry import config, i18n
from registry.cli.common import CommandError, SubCommands, language_of, open_register, positive, register_file, say

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from registry.services.profiles import Profile


def register(commands: SubCommands) -> None:
    gui = commands.add_parser("gui", help="start the desktop application (the default)")
    gui.add_argument(
        "--profile",
        default=config.chosen_profile(),
        help="profile for a new register (default: the build's municipality, else the user chooses)",
    )
    gui.add_argument("--demo", type=positive, metavar="N", help="fill an empty database with N demo cases")
    gui.add_argument("--seed", type=int, default=1)
    gui.add_argument("--screenshot", metavar="DIR", help="save screenshots to DIR and quit")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from registry.ui.launch import display_problem

    problem = display_problem(screenshot=bool(args.screenshot))
    if problem:
        raise CommandError(i18n.text(problem, language_of(args)))
    if args.screenshot:
        _prepare_screenshots(args)
    explicit_language = language_of(args)  # before open_register fills in the centre's default
    engine, sessions = _open_for_gui(args)
    from registry.db import transaction
    from registry.services.setup import initialise, is_initialised

    with sessions() as session:
        new_register = not is_initialised(session)
    if new_register:
        profile = _profile_for_new_register(args, explicit_language)
        with transaction(sessions) as session:
            if not is_initialised(session):
                initialise(session, profile)
    if args.demo:
        from registry.services.demo import seed_demo

        with sessions() as session:
            seed_demo(session, cases=args.demo, seed=args.seed, only_if_empty=True)
        from registry.cli.demo import say_how_to_sign_in

        say_how_to_sign_in(args, sessions)
    from registry.ui.launch import run_gui as launch

    return launch(engine, language=explicit_language, screenshot_dir=args.screenshot)


def _profile_for_new_register(args: argparse.Namespace, language: str | None) -> str | Profile:
    """The municipality of a new register: the one named (``--profile``, ``REGISTRY_PROFILE``, the build's own),
    else the user's choice in the first-start dialog; screenshots, with nobody to choose, use the demo centre."""
    if args.profile:
        return str(args.profile)
    if args.screenshot:
        return config.FALLBACK_PROFILE
    from registry.services.profiles.authoring import profile_for
    from registry.ui.first_start import ask_municipality

    keys = ("title", "intro", "search", "language", "ok", "cancel")
    choice = ask_municipality(
        lambda lang: {key: i18n.text(f"first_start.{key}", lang) for key in keys}, language=language or "bs"
    )
    if choice is None:
        raise CommandError(i18n.text("first_start.cancelled", language))
    entry, locale = choice
    return profile_for(entry, locale)


def _prepare_screenshots(args: argparse.Namespace) -> None:
    """Screenshots need neither a display nor a keyring: Qt draws offscreen, and where no keyring can hold a new
    register's key, a demonstration register is made in a temporary folder with a key that lives in memory only
    (it is deleted when the screenshots are taken).  Nothing here ever waits for someone to type."""
    import atexit
    import secrets
    import shutil
    import tempfile

    from registry.keys import PASSPHRASE_ENV, keyring_available
    from registry.ui.launch import display_problem

    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from registry.db import is_encrypted_file

    _url, path = register_file(args)
    if path is None:  # a server register: no key on this PC
        return
    new_file = not path.exists() or path.stat().st_size == 0
    if not new_file and not is_encrypted_file(path):  # a plain register needs no key
        return
    if args.unencrypted or os.environ.get(PASSPHRASE_ENV) or keyring_available():
        return
    if not (new_file and args.demo):
        raise CommandError(i18n.text("db.no_keyring", language_of(args)))
    folder = Path(tempfile.mkdtemp(prefix="registry-screenshots-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    args.db = f"sqlite:///{folder / 'demo.sqlite'}"
    os.environ[PASSPHRASE_ENV] = secrets.token_urlsafe(32)
    say(i18n.text("gui.screenshot_throwaway", language_of(args)), error=True)


def _open_for_gui(args: argparse.Namespace) -> tuple[Engine, sessionmaker[Session]]:
    """Like ``open_register(create=True)``, but a missing key or keyring is answered with a passphrase dialog."""
    from registry.db import DatabaseKeyError, is_sqlite, sqlite_path
    from registry.encryption import MIN_PASSPHRASE
    from registry.keys import PASSPHRASE_ENV, keyring_available
    from registry.ui.passphrase import PassphraseTexts, ask_passphrase

    language = language_of(args)
    texts = PassphraseTexts(
        *(
            i18n.text(f"gui.passphrase_{name}", language, min=MIN_PASSPHRASE)
            for name in ("title", "prompt", "again", "mismatch", "ok", "cancel")
        )
    )
    url = config.database_url(args.db)
    path = sqlite_path(url) if is_sqlite(url) else None
    new_file = path is not None and (not path.exists() or path.stat().st_size == 0)
    if new_file and not args.unencrypted and not keyring_available() and not os.environ.get(PASSPHRASE_ENV):
        typed = ask_passphrase(texts, new=True, minimum=MIN_PASSPHRASE)
        if typed is None:
            raise CommandError(i18n.text("db.no_keyring", language))
        args.passphrase, args._typed_passphrase = True, typed
    try:
        return open_register(args, create=True)
    except DatabaseKeyError as error:
        typed = ask_passphrase(texts)
        if typed is None:
            raise CommandError(error.message(language)) from None
        args.passphrase, args._typed_passphrase = True, typed
        return open_register(args, create=True)
