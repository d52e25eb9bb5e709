"""The sign-in window of a demonstration register says how to sign in; a real register's says nothing of the kind."""

from __future__ import annotations

from registry.db import transaction
from registry.services.demo import DEMO_PASSWORD, seed_demo
from registry.ui.launch import Launcher


def _launch(qtbot, engine, sessions, language: str) -> Launcher:
    launcher = Launcher(engine, language=language, sessions=sessions)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher


def test_a_demo_register_shows_the_accounts_and_password(qtbot, engine, sessions) -> None:
    with sessions() as session:
        seed_demo(session, cases=3, seed=1)
    launcher = _launch(qtbot, engine, sessions, "bs")
    dialog = launcher.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.demo_hint.isVisible(), timeout=10_000)
    text = dialog.demo_hint.text()
    assert text.startswith("Demonstracijski registar") and DEMO_PASSWORD in text and "(rukovodilac)" in text
    launcher.shutdown()


def test_a_real_register_shows_no_hint(qtbot, engine, sessions, worker, supervisor) -> None:
    with transaction(sessions) as session:  # three people who happen to choose one password: distinct hashes
        from registry.services.users import UserInput, create_user

        create_user(session, UserInput("treci", "Treći Korisnik", "worker", "correct horse battery"), actor_id=None)
    launcher = _launch(qtbot, engine, sessions, "en")
    dialog = launcher.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not launcher.ops.busy, timeout=10_000)  # the check has run and found nothing
    assert not dialog.demo_hint.isVisible() and dialog.demo_hint.text() == ""
    launcher.shutdown()
