"""Starting the desktop application: display check, QApplication, fonts, language, sign-in, main window.

``registry gui`` calls ``display_problem()`` before anything else, so a machine without a display gets a plain
sentence instead of Qt aborting with a message about xcb-cursor, and then ``run_gui``.  The ``Launcher`` walks
through sign-in to the main window and back (sign-out), and rebuilds the window when the language changes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from registry.i18n import normalise_language
from registry.services.profiles import resources_dir
from registry.ui.collector import GuiThreadCollector, collect_on_gui_thread
from registry.ui.context import AppContext, CentreInfo, Reference, SignedInUser, load_centre, load_reference
from registry.ui.ops import Job, Ops
from registry.ui.sign_in import SignInDialog, count_users
from registry.ui.translations import Translations

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10


def display_problem(*, screenshot: bool = False) -> str | None:
    """The message key ``cli.no_display`` when a window cannot open here, else None.

    On Linux (and other X11/Wayland systems) Qt needs ``DISPLAY`` or ``WAYLAND_DISPLAY``, unless a platform such
    as ``offscreen`` is chosen with ``QT_QPA_PLATFORM``; screenshots switch to ``offscreen`` by themselves.
    """
    if sys.platform in ("win32", "darwin", "cygwin") or screenshot:
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "cli.no_display"


def load_fonts(app: QApplication) -> str | None:
    """Register the shipped DejaVu Sans (regular and bold) and make it the application font.

    Without it a machine with few fonts (or Qt's offscreen platform) draws č, ć, đ and Cyrillic as boxes.
    Returns the family name, or None if the files are missing.
    """
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    return family


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Centre Case Registry")
    app.setOrganizationName("CentreCaseRegistry")
    app.setQuitOnLastWindowClosed(False)  # between sign-in and main window no window is open
    load_fonts(app)
    if app.findChild(GuiThreadCollector) is None:  # Qt objects are freed on the GUI thread only
        collect_on_gui_thread(app)
    return app


@dataclass(frozen=True)
class StartupFacts:
    users: int
    centre: CentreInfo | None


def startup_facts(session: Session) -> StartupFacts:
    return StartupFacts(count_users(session), load_centre(session))


def save_language(session: Session, user_id: int, language: str) -> None:
    """Remember the user's interface language."""
    from registry.services import users

    users.set_language(session, user_id, language, actor_id=user_id)


class Launcher(QObject):
    """Sign-in, then the main window; sign-out and language switches go round again."""

    #: the application should end with this exit code
    finished = Signal(int)
    #: a main window was opened (also after a language switch)
    window_opened = Signal(object)

    def __init__(
        self,
        engine: Engine,
        *,
        language: str | None,
        sessions: sessionmaker[Session] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from registry.db import session_factory

        self.engine = engine
        self.sessions = sessions or session_factory(engine)
        self.ops = Ops(self.sessions)
        self.translations = Translations()
        self.requested_language = normalise_language(language) if language else None
        self.facts: StartupFacts | None = None
        self.dialog: SignInDialog | None = None
        self.window: MainWindow | None = None  # once signed in
        self.ctx: AppContext | None = None

    # ---- language ---------------------------------------------------------------------------------------------
    @property
    def centre_language(self) -> str | None:
        return self.facts.centre.default_language if self.facts and self.facts.centre else None

    @property
    def language_forced(self) -> bool:
        """``--lang`` named a language other than the centre's: it outranks the user's own setting."""
        return self.requested_language is not None and self.requested_language != self.centre_language

    def language_for(self, user: SignedInUser | None) -> str:
        if user is not None and user.language and not self.language_forced:
            return normalise_language(user.language)
        return normalise_language(self.requested_language or self.centre_language)

    # ---- the steps ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read what the sign-in needs (is the register new? which centre?), then show the sign-in dialog."""
        self.ops.read(startup_facts, success=self._facts_read, failure=self._startup_failed)

    def read_startup_facts(self) -> Job[StartupFacts]:
        """Read the facts without showing anything (the screenshot run shows the sign-in itself)."""
        return self.ops.read(startup_facts, success=self._keep_facts)

    def _keep_facts(self, facts: StartupFacts) -> None:
        self.facts = facts

    def _facts_read(self, facts: StartupFacts) -> None:
        self.facts = facts
        self.show_sign_in()

    def _read_facts_again(self) -> None:
        """After a sign-out the register is no longer new (the first start made its administrator): read the
        facts again, so the sign-in form, not the first-start form, takes the next user's name and password."""
        self.ops.read(startup_facts, success=self._facts_read, failure=self._startup_failed)

    def show_sign_in(self) -> SignInDialog:
        assert self.facts is not None
        language = self.translations.apply(self.language_for(None))
        dialog = SignInDialog(self.ops, first_start=self.facts.users == 0, language=language, centre=self.facts.centre)
        dialog.finished.connect(lambda result: self._sign_in_finished(dialog, result))
        self.dialog = dialog
        dialog.show()
        if self.facts.users:
            from registry.services.demo_sign_in import sign_in_hint

            self.ops.read(
                lambda session: sign_in_hint(session, language),
                background=True,
                success=lambda hint: self._demo_hint(dialog, hint),
            )
        QTimer.singleShot(50, self._preload)
        return dialog

    @staticmethod
    def _preload() -> None:
        """Import the main window's modules while the user types their password, not after."""
        import registry.ui.main_window  # noqa: F401

    def _demo_hint(self, dialog: SignInDialog, hint: str | None) -> None:
        if self.dialog is dialog:  # not a sign-in window closed meanwhile
            dialog.show_demo_hint(hint)

    def _sign_in_finished(self, dialog: SignInDialog, result: int) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.signed_in(dialog.user)
        else:
            self.finished.emit(0)

    def signed_in(self, user: SignedInUser) -> None:
        language = self.translations.apply(self.language_for(user))
        self.ops.read(
            lambda session: load_reference(session, language),
            success=lambda reference: self._show_due(self.open_main_window(user, reference)),
            failure=self._startup_failed,
        )

    @staticmethod
    def _show_due(window) -> None:
        """Right after signing in (not after a language switch): what is due today and overdue, if anything."""
        from registry.ui.due_today import show_due_today

        if getattr(window, "due_today_action", None) is not None:
            show_due_today(window, only_if_any=True)

    def open_main_window(self, user: SignedInUser, reference: Reference, *, page: str | None = None):
        from registry.ui.main_window import MainWindow

        assert self.facts is not None
        previous = self.window
        self.ctx = AppContext(
            engine=self.engine,
            sessions=self.sessions,
            ops=self.ops,
            translations=self.translations,
            language=reference.language,
            user=user,
            centre=self.facts.centre,
            reference=reference,
            language_forced=self.language_forced,
        )
        window = MainWindow(self.ctx)
        window.language_requested.connect(self.switch_language)
        window.sign_out_requested.connect(self.sign_out)
        window.forced_sign_out_requested.connect(lambda: self.sign_out(force=True))
        window.closed.connect(self._window_closed)
        if page is not None:
            window.show_page(page)
        if previous is not None:
            window.setGeometry(previous.geometry())
            previous.close_for_rebuild()
            previous.deleteLater()
        self.window = window
        window.show()
        self.window_opened.emit(window)
        return window

    def _window_closed(self) -> None:
        """Offer the daily backup (``ask_backup`` replaces the question in tests), then end."""
        from registry.ui.backup_on_close import offer_backup

        offer_backup(
            self.engine,
            self.sessions,
            self.ops,
            done=lambda: self.finished.emit(0),
            ask=getattr(self, "ask_backup", None),
            language=self.language_for(None),
            actor_id=self.ctx.user.id if self.ctx is not None else None,
        )

    def switch_language(self, language: str) -> None:
        """Keep the choice for this user, then rebuild the window in the new language on the same page."""
        if self.ctx is None or self.window is None:
            return
        user, page = self.ctx.user, self.window.current_page_key()
        language = self.translations.apply(language)
        self.requested_language = None  # chosen in the menu: from now on the user's setting decides
        self.ops.write(lambda session: save_language(session, user.id, language))
        updated = SignedInUser(user.id, user.username, user.full_name, user.role, language, user.must_change_password)
        self.ops.read(
            lambda session: load_reference(session, language),
            success=lambda reference: self.open_main_window(updated, reference, page=page),
        )

    def sign_out(self, *, force: bool = False) -> None:
        """Back to the sign-in dialog; unsaved work is asked about, except when signing out from the idle lock."""
        if self.window is None:
            return
        window = self.window
        if not force and not window.can_close_pages(then=lambda: self._sign_out_after_save(window)):
            return
        window, self.window, self.ctx = self.window, None, None
        window.close_for_rebuild()
        window.deleteLater()
        self._read_facts_again()

    def _sign_out_after_save(self, window: object) -> None:
        """The user chose Save when asked about unsaved work: sign out once it is saved (same window only)."""
        if self.window is window:
            self.sign_out()

    def _startup_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from registry.services.errors import RegistryError

        text = error.message(self.language_for(None)) if isinstance(error, RegistryError) else str(error)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Launcher", "Centre Case Registry"),
            QCoreApplication.translate("Launcher", "The register could not be opened: %1").replace("%1", text),
        )
        box.addButton(QCoreApplication.translate("Launcher", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        self.finished.emit(1)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close_for_rebuild()
            self.window.deleteLater()
            self.window = None
        self.ops.shutdown()


def run_gui(engine: Engine, *, language: str | None, screenshot_dir: str | os.PathLike[str] | None) -> int:
    """Run the application until the user quits; with ``screenshot_dir``, save screenshots there and quit."""
    if screenshot_dir and display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application()
    launcher = Launcher(engine, language=language)
    try:
        if screenshot_dir:
            from registry.ui.screenshots import take_screenshots

            return take_screenshots(launcher, Path(screenshot_dir))
        launcher.finished.connect(app.exit)
        launcher.start()
        return app.exec()
    finally:
        launcher.shutdown()
        # windows closed with deleteLater() after the event loop ended: delete them now, not at interpreter exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


__all__ = ["FONT_FILES", "Launcher", "create_application", "display_problem", "load_fonts", "run_gui"]
