"""The idle lock: after ``centre.idle_lock_minutes`` without keyboard or mouse input the windows are covered and the
password is asked again.  Nothing is closed: open editors keep what was typed, and come back after unlocking.

An event filter on the QApplication notices input and restarts the timer.  While locked, the same filter lets
input through only to the lock's password form; every other window is covered by an opaque sheet, so nobody walking
past reads a child's file.  The password is checked by ``users.unlock_idle`` (failures count towards the wait
like any sign-in).  Administrators change the minutes under *Settings → Idle lock…* (``users.set_idle_lock``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services import users
from registry.services.errors import RegistryError
from registry.services.users import set_idle_lock, unlock_idle
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow

translate = QCoreApplication.translate
DEFAULT_MINUTES = 10
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.ContextMenu,
}


def idle_lock_minutes(session: Session) -> int:
    return users.idle_lock_minutes(session) or DEFAULT_MINUTES


class _Cover(QFrame):
    """An opaque sheet over one window; the one over the active window carries the password form."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("idle_cover")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(236, 239, 243))
        self.setPalette(palette)
        self.setGeometry(host.rect())
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockForm(_Cover):
    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, host: QWidget, ctx: AppContext) -> None:
        super().__init__(host)
        self.ctx = ctx
        title = QLabel(translate("IdleLock", "The register is locked"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        who = QLabel(
            translate(
                "IdleLock", "Nobody used it for a while. %1, enter your password to go on; nothing you typed is lost."
            ).replace("%1", ctx.user.full_name)
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("IdleLock", "Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.message = FieldMessage("password")
        self.unlock_button = QPushButton(translate("IdleLock", "Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(translate("IdleLock", "Sign out"))
        self.sign_out_button.setObjectName("sign_out")
        self.sign_out_button.clicked.connect(self.sign_out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(460)
        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def try_unlock(self) -> None:
        password, user_id = self.password.text(), self.ctx.user.id
        self.unlock_button.setEnabled(False)
        self.message.clear_message()
        self.ctx.ops.call(
            lambda sessions: unlock_idle(sessions, user_id, password).id,
            success=lambda _id: self.unlocked.emit(),
            failure=self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        text = error.message(self.ctx.language) if isinstance(error, RegistryError) else str(error)
        self.message.show_error(text)


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the idle lock watches a widget application"
    return app


class IdleLock(QObject):
    """Watches input for one main window; ``lock()`` after ``timeout_ms`` without any."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.ctx: AppContext = window.ctx
        self.form: LockForm | None = None
        self.covers: list[_Cover] = []
        self.dialog: IdleLockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        application().installEventFilter(self)
        if timeout_ms is not None:
            self.set_timeout(timeout_ms)
        else:
            self.set_minutes(DEFAULT_MINUTES)
            self.ctx.ops.read(idle_lock_minutes, success=self.set_minutes, owner=self)

    @property
    def window(self) -> MainWindow:
        """The window watched (its Qt parent: no Python reference cycle keeps it from being freed in time)."""
        return self.parent()  # type: ignore[return-value]

    @property
    def locked(self) -> bool:
        return self.form is not None

    # ---- the setting (administrators) ---------------------------------------------------------------------------
    def setting_action(self, parent: QObject) -> QAction:
        """The Settings menu's entry that opens ``open_setting``."""
        action = QAction(translate("IdleLock", "&Idle lock…"), parent)
        action.setObjectName("idle_lock_action")
        action.triggered.connect(self.open_setting)
        return action

    def open_setting(self) -> IdleLockDialog:
        dialog = IdleLockDialog(self.ctx, max(1, self.timer.interval() // 60_000), self.window)
        dialog.minutes_saved.connect(self.set_minutes)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout(int(minutes) * 60_000)

    def set_timeout(self, milliseconds: int) -> None:
        self.timer.setInterval(max(milliseconds, 50))
        if not self.locked:
            self.timer.start()

    # ---- input -----------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if not self.locked:
            self.timer.start()
            return False
        return not self._inside_form(watched)

    def _inside_form(self, watched: QObject) -> bool:
        form = self.form
        node: QObject | None = watched
        while node is not None:
            if node is form:
                return True
            node = node.parent()
        # a window of the platform (the password field's input method, tool tips) without a parent: let it be
        return isinstance(watched, QWidget) and watched.window() is form

    # ---- locking ---------------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or not shiboken6.isValid(self.window) or not self.window.isVisible():
            return
        app = application()
        host = app.activeModalWidget() or self.window
        for top in app.topLevelWidgets():
            if (
                top is not host
                and top.isVisible()
                and not top.windowFlags() & Qt.WindowType.Popup
                and (isinstance(top, QDialog) or top is self.window)
            ):
                cover = _Cover(top)
                cover.show()
                cover.raise_()
                self.covers.append(cover)
        popup = app.activePopupWidget()
        if popup is not None:
            popup.close()
        form = LockForm(host, self.ctx)
        form.unlocked.connect(self.unlock)
        form.sign_out.connect(self._sign_out)
        self.form = form
        form.show()
        form.raise_()
        form.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        for cover in [*self.covers, self.form]:
            if cover is not None and shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        self.covers, self.form = [], None
        self.timer.start()
        self.locked_changed.emit(False)

    def _sign_out(self) -> None:
        """Signing out from the lock asks nothing: whoever is at the keyboard has not proved who they are, so
        they may neither save nor return to the window (unsaved input of the locked session is discarded)."""
        window = self.window
        self.unlock()
        window.forced_sign_out_requested.emit()


class IdleLockDialog(QDialog):
    """Administrators: how many minutes without input lock the register."""

    minutes_saved = Signal(int)

    def __init__(self, ctx: AppContext, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_lock_dialog")
        self.ctx = ctx
        self.setWindowTitle(translate("IdleLock", "Idle lock"))
        explanation = QLabel(
            translate(
                "IdleLock",
                "After this many minutes without keyboard or mouse input, every user must enter their "
                "password again. Nothing they typed is lost.",
            )
        )
        explanation.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(1, 120)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(translate("IdleLock", " min"))
        self.message = FieldMessage("minutes")
        self.save_button = QPushButton(translate("IdleLock", "Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("IdleLock", "Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("IdleLock", "Lock after:")))
        row.addWidget(self.minutes)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        minutes, actor = self.minutes.value(), self.ctx.user.id
        self.ctx.ops.write(
            lambda session: set_idle_lock(session, minutes, actor_id=actor),
            success=lambda _none: self._saved(minutes),
            failure=self._failed,
            owner=self,
        )

    def _saved(self, minutes: int) -> None:
        self.minutes_saved.emit(minutes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")


__all__ = ["IdleLock", "IdleLockDialog", "LockForm", "idle_lock_minutes"]
