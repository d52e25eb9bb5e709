"""``registry gui --screenshot DIR``: sign in as the first demo supervisor and save PNGs of the main screens.

It drives the real application (sign-in dialog, ops layer, pages) and works on Qt's offscreen platform.  The
steps after the sign-in are the table ``screenshot_steps.STEPS``; files are numbered in step order
(``01-sign-in.png`` ...).

Passwords are never bypassed: the supervisor signs in with the demo data's password.  A register without any
supervisor (say, a fresh one without demo data) gets one created here, for screenshots only.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from registry.services.users import first_active_username
from registry.ui.screenshot_steps import STEPS
from registry.ui.waiting import type_text, wait_job, wait_until

if TYPE_CHECKING:
    from registry.ui.launch import Launcher
    from registry.ui.main_window import MainWindow


def _demo_supervisor(sessions: sessionmaker[Session]) -> tuple[str, str]:
    """User name and password of the first demo supervisor; one is created when the register has none."""
    demo_password: str | None
    try:
        from registry.services.demo import DEMO_PASSWORD

        demo_password = DEMO_PASSWORD
    except ImportError:  # pragma: no cover - demo data not part of this build
        demo_password = None
    with sessions() as session:
        username = first_active_username(session, "supervisor")
    if username is not None and demo_password:
        return username, demo_password
    if username is not None:
        raise RuntimeError("no demo password known for the supervisor accounts")
    from registry.services.users import UserInput, create_user

    password = demo_password or secrets.token_urlsafe(16)
    with sessions() as session, session.begin():
        create_user(
            session,
            UserInput("screenshot.supervisor", "Jasmina Karić", "supervisor", password, must_change_password=False),
            actor_id=None,
        )
    return "screenshot.supervisor", password


def take_screenshots(launcher: Launcher, folder: Path) -> int:
    """Save every registered screenshot into ``folder``; returns the exit code (0: all saved)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        username, password = wait_job(launcher.ops.call(_demo_supervisor))
        wait_job(launcher.read_startup_facts())
    except (RuntimeError, TimeoutError) as error:
        print(f"screenshots: {error}", file=sys.stderr)
        return 1
    opened: list[MainWindow] = []
    launcher.window_opened.connect(opened.append)
    dialog = launcher.show_sign_in()
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    wait_until(lambda: dialog.isVisible())
    saved = [_save(dialog, folder, 1, "sign-in")]
    dialog.accept_button.click()

    def refused() -> bool:
        return shiboken6.isValid(dialog) and dialog.general.isVisible()

    if not wait_until(lambda: bool(opened) or refused(), 30):
        print("screenshots: signing in took too long", file=sys.stderr)
        return 1
    if not opened:
        print(f"screenshots: signing in as {username} failed: {dialog.general.text()}", file=sys.stderr)
        return 1
    window = opened[-1]
    window.resize(1360, 820)
    wait_until(lambda: not launcher.ops.busy)
    for number, step in enumerate(STEPS, start=2):
        widget = step.take(window)
        if widget is None:
            continue
        wait_until(lambda: not launcher.ops.busy)
        saved.append(_save(widget, folder, number, step.name))
        if isinstance(widget, QDialog) and widget is not window:
            widget.reject()
            widget.deleteLater()
        QCoreApplication.processEvents()
    for path in saved:
        print(path)
    return 0


def _save(widget: QWidget, folder: Path, number: int, name: str) -> Path:
    widget.show()
    widget.raise_()
    QCoreApplication.processEvents()
    path = folder / f"{number:02d}-{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


__all__ = ["take_screenshots"]
