"""The daily backup offered when the main window closes (SQLite databases only; a server is backed up by IT).

``offer_backup`` asks "Make today's backup now?" when ``backup_runs.backup_due`` says the newest backup is older
than a working day; *Yes* runs ``backup_runs.run_backup`` through the ops layer behind a progress dialog shown at
once, says where the checked backup is (or why it failed), and ``done()`` is called afterwards whatever happened.  The question is a parameter, so tests answer it themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from registry.services.backup_runs import BackupResult, backup_due, run_backup
from registry.services.errors import RegistryError
from registry.ui.ops import OperationCancelled, Ops

translate = QCoreApplication.translate
Ask = Callable[[], bool]


def database_file(engine: Engine) -> Path | None:
    from registry.db import sqlite_path

    if engine.dialect.name != "sqlite":
        return None
    return sqlite_path(str(engine.url))


def ask_user(parent: QWidget | None = None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("BackupOnClose", "Daily backup"),
        translate("BackupOnClose", "Make today's backup now?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        translate(
            "BackupOnClose",
            "The last backup of the register is more than a day old. "
            "It takes a moment and is checked before it is kept.",
        )
    )
    yes = box.addButton(translate("BackupOnClose", "Make the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("BackupOnClose", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def tell(text: str, *, failed: bool, parent: QWidget | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
        translate("BackupOnClose", "Daily backup"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.addButton(translate("BackupOnClose", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def offer_backup(
    engine: Engine,
    sessions: sessionmaker[Session],
    ops: Ops,
    *,
    done: Callable[[], None],
    ask: Ask | None = None,
    report: Callable[[str, bool], None] | None = None,
    folder: Path | None = None,
    language: str | None = None,
    actor_id: int | None = None,
) -> bool:
    """Offer the backup if one is due; returns True when the question was asked (``done`` comes later then).

    ``actor_id`` is the user who was signed in: the trail says who made the backup, as for the command line.
    """
    path = database_file(engine)
    if path is None or not backup_due(path, folder):
        done()
        return False
    if ask is None and QGuiApplication.platformName() == "offscreen":
        done()  # nobody can see a question on the offscreen platform (screenshots, tests that do not answer)
        return False
    if not (ask or ask_user)():
        done()
        return True
    # the result in a box the user closes; on the offscreen platform nobody could close it (as with the question)
    visible = QGuiApplication.platformName() != "offscreen"
    say = report or (lambda text, failed: tell(text, failed=failed) if visible else None)
    # shown at once and until the end (the main window is gone: without it the program seems to hang or to
    # have ended before the backup was made)
    progress = QProgressDialog(translate("BackupOnClose", "Making today's backup…"), "", 0, 0)
    progress.setObjectName("backup_progress")
    progress.setWindowTitle(translate("BackupOnClose", "Daily backup"))
    progress.setCancelButton(None)  # a backup half made is worth nothing; it takes seconds
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(360)
    progress.show()

    def finished(result: BackupResult) -> None:
        """Say where the checked backup is (the user closed the window: the result is the last thing seen)."""
        say(translate("BackupOnClose", "The backup is made and checked: %1").replace("%1", str(result.path)), False)
        progress.close()
        progress.deleteLater()
        done()

    def failed(error: BaseException) -> None:
        if not isinstance(error, OperationCancelled):  # a damaged register is explained in the user's language
            detail = error.message(language) if isinstance(error, RegistryError) else str(error)
            say(translate("BackupOnClose", "The backup failed: %1").replace("%1", detail), True)
        progress.close()
        progress.deleteLater()
        done()

    ops.read(
        lambda _session: run_backup(engine, sessions, folder=folder, actor_id=actor_id),
        success=finished,
        failure=failed,
    )
    return True


__all__ = ["ask_user", "database_file", "offer_backup"]
