"""The daily backup offered on close: asked only when due and only for SQLite, made behind progress when wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, update

from registry.db import transaction
from registry.models import AuditEvent, User
from registry.ui.backup_on_close import offer_backup
from registry.ui.launch import Launcher
from registry.ui.ops import Ops
from tests.ui.conftest import type_text


def test_yes_makes_a_checked_backup_and_it_is_not_asked_again(qtbot, engine, sessions, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    ops = Ops(sessions)
    try:
        asked, reports, finished = [], [], []
        sqlite = engine.dialect.name == "sqlite"
        offer_backup(
            engine,
            sessions,
            ops,
            done=lambda: finished.append(1),
            ask=lambda: asked.append(1) or True,
            report=lambda text, failed: reports.append((text, failed)),
            folder=folder,
        )
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        if not sqlite:  # a server database is backed up by IT, not offered here
            assert asked == [] and reports == []
            return
        assert asked == [1] and reports and reports[0][1] is False
        assert len(list(folder.glob("*.sqlite"))) == 1
        offer_backup(
            engine, sessions, ops, done=lambda: finished.append(2), ask=lambda: asked.append(2) or True, folder=folder
        )
        assert finished == [1, 2] and asked == [1]
    finally:
        ops.shutdown()


def test_no_makes_nothing(qtbot, engine, sessions, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    ops = Ops(sessions)
    try:
        finished = []
        offer_backup(engine, sessions, ops, done=lambda: finished.append(1), ask=lambda: False, folder=folder)
        assert finished == [1] and not folder.exists()
    finally:
        ops.shutdown()


def test_closing_the_main_window_offers_it(
    qtbot, engine, sessions, supervisor, translations, isolated_data_dir: Path
) -> None:
    with transaction(sessions) as session:
        session.execute(update(User).where(User.id == supervisor.id).values(must_change_password=False))
    launcher = Launcher(engine, language="en", sessions=sessions)
    asked = []
    launcher.ask_backup = lambda: asked.append(1) or True
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
        type_text(launcher.dialog.username, "dragan")
        type_text(launcher.dialog.password, "supervisor password 1")
        QTest.mouseClick(launcher.dialog.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
        with qtbot.waitSignal(launcher.finished, timeout=30_000):
            launcher.window.close()
        if engine.dialect.name == "sqlite":
            assert asked == [1]
            assert len(list((isolated_data_dir / "backups").glob("*.sqlite"))) == 1
            with sessions() as session:  # the trail names who made it: the user who closed the window
                made_by = session.scalars(select(AuditEvent.user_id).where(AuditEvent.action == "backup")).all()
            assert made_by == [supervisor.id]
    finally:
        launcher.shutdown()
