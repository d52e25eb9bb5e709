"""The main window: navigation on the left, the chosen page on the right, a status bar saying where you are.

Pages come from the page registry (``registry.ui.pages``) and are built the first time they are shown, so the
window is usable at once however many pages the application has.  A language switch asks the launcher for a new
window in the new language (every string is then translated afresh), keeping the page the user was on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from registry import __version__
from registry.services.errors import RegistryError
from registry.ui.context import AppContext
from registry.ui.idle_lock import IdleLock
from registry.ui.names import LANGUAGE_NAMES, role_label
from registry.ui.page_table import application_pages
from registry.ui.pages import AsksForNewCase, OpensCases, PageRegistry, PageSpec, RefreshedOnShow, page_can_leave

translate = QCoreApplication.translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    #: a case should be opened (the case editor connects here)
    open_case = Signal(int)
    #: the user picked another interface language
    language_requested = Signal(str)
    sign_out_requested = Signal()
    #: from the idle lock: the person at the keyboard has not given the password, so nothing is asked or kept
    forced_sign_out_requested = Signal()
    #: the user closed the window (not a rebuild for a language switch or a sign-out)
    closed = Signal()

    def __init__(self, ctx: AppContext, registry: PageRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self.registry = registry or application_pages()
        self._pages: dict[str, QWidget] = {}
        self._specs: dict[str, PageSpec] = {}
        self._closing_for_rebuild = False
        centre = ctx.centre.display_name(ctx.language) if ctx.centre else ""
        self.setWindowTitle(
            translate("MainWindow", "Centre Case Registry — %1").replace("%1", centre)
            if centre
            else translate("MainWindow", "Centre Case Registry")
        )
        self.resize(QSize(1280, 800))
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        #: covers the window after a quiet spell (administrators set the minutes in the Settings menu)
        self.idle_lock = IdleLock(self)
        self.idle_lock_action: QAction | None = None
        if ctx.user.is_administrator:
            self.idle_lock_action = self.idle_lock.setting_action(self)
            self.settings_menu.addAction(self.idle_lock_action)
        ctx.ops.failure_handler = self.show_failure
        for hook in self.registry.window_hooks:
            hook(self)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    # ---- building ------------------------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(translate("MainWindow", "Navigation"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for number, spec in enumerate(self.registry.navigation(self.ctx.user.role), start=1):
            item = QListWidgetItem(spec.title())
            item.setData(KEY_ROLE, spec.key)
            if number <= 9:
                keys = QKeySequence(f"Ctrl+{number}")
                item.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
                shortcut = QShortcut(keys, self)
                shortcut.activated.connect(functools.partial(self.navigation.setCurrentRow, number - 1))
            self.navigation.addItem(item)
            self._specs[spec.key] = spec
        self.navigation.setFixedWidth(max(self.navigation.sizeHintForColumn(0) + 32, 170))
        self.navigation.currentItemChanged.connect(self._navigated)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_case_action = QAction(translate("MainWindow", "&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.new_case_action.setVisible(self.ctx.user.writes_cases)
        file_menu.addAction(self.new_case_action)
        file_menu.addSeparator()
        sign_out = QAction(translate("MainWindow", "Sign &out"), self)
        sign_out.triggered.connect(self.sign_out_requested)
        file_menu.addAction(sign_out)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        settings = bar.addMenu(translate("MainWindow", "&Settings"))
        self.language_menu = settings.addMenu(translate("MainWindow", "&Language"))
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.setData(code)
            action.setProperty("registry_data", True)  # endonyms: the same in every interface language
            action.triggered.connect(lambda _checked=False, lang=code: self._pick_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.settings_menu = settings

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        centre = self.ctx.centre.display_name(self.ctx.language) if self.ctx.centre else ""
        self.centre_label = QLabel(centre)
        self.centre_label.setObjectName("status_centre")
        self.centre_label.setProperty("registry_data", True)
        self.user_label = QLabel(self.ctx.user.full_name)
        self.user_label.setObjectName("status_user")
        self.user_label.setProperty("registry_data", True)
        self.role_label = QLabel(role_label(self.ctx.user.role))
        self.role_label.setObjectName("status_role")
        self.database_label = QLabel(self._database_words())
        self.database_label.setObjectName("status_database")
        self.database_label.setToolTip(
            translate("MainWindow", "The database this window works on: %1").replace("%1", self.ctx.database_label)
        )
        self.busy_label = QLabel(translate("MainWindow", "Working…"))
        self.busy_label.setVisible(self.ctx.ops.busy)
        self.ctx.ops.busy_changed.connect(self._busy_changed)
        for number, widget in enumerate((self.centre_label, self.user_label, self.role_label)):
            if number:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                status.addWidget(line)
            widget.setContentsMargins(6, 0, 6, 0)
            status.addWidget(widget)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.database_label)

    def _database_words(self) -> str:
        """Where the register is, in words (the full address, without any password, is the tooltip)."""
        url = self.ctx.engine.url
        if url.get_backend_name() == "sqlite":
            name = Path(url.database or "").name
            return (
                translate("MainWindow", "Register on this computer: %1").replace("%1", name)
                if name
                else translate("MainWindow", "Register in memory (nothing is kept)")
            )
        return (
            translate("MainWindow", "Register on the server %1 (database %2)")
            .replace("%1", url.host or "localhost")
            .replace("%2", url.database or "")
        )

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # ---- pages ---------------------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [self.navigation.item(row).data(KEY_ROLE) for row in range(self.navigation.count())]

    def current_page_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(KEY_ROLE) if item else None

    def page(self, key: str) -> QWidget | None:
        """The page for ``key``, built now if it was never shown (None if the user may not see it)."""
        if key in self._pages:
            return self._pages[key]
        spec = self._specs.get(key)
        if spec is None:
            return None
        widget = spec.factory(self.ctx)
        widget.setObjectName(f"page_{key}")
        # a runtime protocol check sees only the name: the case editor's open_case is a method, not a signal
        if isinstance(widget, OpensCases) and isinstance(widget.open_case, SignalInstance):
            widget.open_case.connect(self.open_case)
        if isinstance(widget, AsksForNewCase) and isinstance(widget.new_case_requested, SignalInstance):
            widget.new_case_requested.connect(self.new_case)
        self._pages[key] = widget
        self.stack.addWidget(widget)
        return widget

    def show_page(self, key: str) -> QWidget | None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(KEY_ROLE) == key:
                self.navigation.setCurrentRow(row)
                return self._pages.get(key)
        return None

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def _navigated(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if previous is not None and previous is not current:
            leaving = self._pages.get(previous.data(KEY_ROLE))
            key = current.data(KEY_ROLE)
            if not page_can_leave(leaving, then=lambda: self.show_page(key)):
                self.navigation.blockSignals(True)
                self.navigation.setCurrentItem(previous)
                self.navigation.blockSignals(False)
                return
        widget = self.page(current.data(KEY_ROLE))
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        if isinstance(widget, RefreshedOnShow):
            widget.activated()

    # ---- actions -------------------------------------------------------------------------------------------
    def new_case(self) -> None:
        """Search for the child, then register a case (search-before-create); the new case is then opened."""
        if not self.ctx.user.writes_cases:
            return
        from registry.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.ctx, self)
        dialog.registered.connect(self._registered)
        dialog.open()
        self.new_case_dialog = dialog

    def _registered(self, case_id: int) -> None:
        self.ctx.events.case_changed.emit(case_id)
        self.open_case.emit(case_id)

    def _pick_language(self, language: str) -> None:
        if language != self.ctx.language and self.can_close_pages(then=lambda: self._pick_language(language)):
            self.language_requested.emit(language)
        else:
            self.language_actions[self.ctx.language].setChecked(True)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About"))
        box.setText(translate("MainWindow", "Centre Case Registry, version %1").replace("%1", __version__))
        box.setInformativeText(
            translate(
                "MainWindow", "Case register for child protection in centres for social work in Bosnia and Herzegovina."
            )
        )
        box.addButton(translate("MainWindow", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    def show_failure(self, error: BaseException, _details: str = "") -> None:
        """A failed database job nobody handled: tell the user in their language."""
        if isinstance(error, RegistryError):
            text = error.message(self.ctx.language)
        else:
            text = translate("MainWindow", "The operation failed because of an unexpected error: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Something went wrong"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.addButton(translate("MainWindow", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    # ---- closing -------------------------------------------------------------------------------------------
    def can_close_pages(self, then: Callable[[], object] | None = None) -> bool:
        """Ask every built page whether it may go (unsaved work); False if one says no.

        ``then`` goes to the pages: one that says no for now (the user chose Save) calls it once its save
        succeeded, so the caller's step (closing, signing out, switching language) goes on by itself."""
        return all(page_can_leave(widget, then=then) for widget in list(self._pages.values()))

    def close_for_rebuild(self) -> None:
        """Close without asking again (the pages were asked before a language switch or sign-out)."""
        self._closing_for_rebuild = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_rebuild and not self.can_close_pages(then=self.close):
            event.ignore()
            return
        event.accept()
        if not self._closing_for_rebuild:
            self.closed.emit()


__all__ = ["LANGUAGE_NAMES", "MainWindow", "role_label"]
