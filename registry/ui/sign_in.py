"""The sign-in dialog; on an empty register it first creates the administrator.

Checking a password takes a deliberate fraction of a second (argon2), and a refused attempt is counted in the
database, so both run through the ops layer and the dialog stays responsive.  A user signing in with an initial
password set by the administrator chooses their own before going on.  Messages come from the services in the
user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from registry.services import users
from registry.services.errors import RegistryError, ValidationError
from registry.services.users import PASSWORD_MIN_LENGTH, UserInput, count_users, create_user
from registry.ui.context import CentreInfo, SignedInUser
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.ops import Ops

translate = QCoreApplication.translate


class AlreadySetUp(Exception):
    """Someone created the administrator (on another computer) while this dialog was open."""


def sign_in(sessions: sessionmaker[Session], username: str, password: str) -> SignedInUser:
    """Check the password (a refusal is committed, failure count and audit, before it is raised)."""
    return SignedInUser.of(users.sign_in(sessions, username, password))


def create_administrator(sessions: sessionmaker[Session], data: UserInput) -> SignedInUser:
    """The first account of a new register, then signed in; refused if any account exists by now."""
    with sessions() as session, session.begin():
        if count_users(session):
            raise AlreadySetUp()
        create_user(session, data, actor_id=None)
    return sign_in(sessions, data.username, data.password)


def change_password(sessions: sessionmaker[Session], user: SignedInUser, old: str, new: str) -> SignedInUser:
    users.change_password(sessions, user.id, old, new)
    return SignedInUser(user.id, user.username, user.full_name, user.role, user.language, False)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """``first_start`` shows the administrator form instead of user name and password."""

    def __init__(
        self,
        ops: Ops,
        *,
        first_start: bool,
        language: str,
        centre: CentreInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.ops = ops
        self.language = language
        self.first_start = first_start
        self.user: SignedInUser | None = None
        self._typed_password = ""
        self.setWindowTitle(translate("SignIn", "Centre Case Registry"))
        self.setMinimumWidth(480)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.centre_label = QLabel(centre.display_name(language) if centre else "")
        self.centre_label.setObjectName("centre")
        self.centre_label.setProperty("registry_data", True)
        self.centre_label.setWordWrap(True)
        self.centre_label.setVisible(centre is not None)

        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = _password_field("password")
        self.repeat = _password_field("repeat_password")
        self.new_password = _password_field("new_password")
        self.new_repeat = _password_field("repeat_new_password")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setVisible(False)
        self.demo_hint = QLabel()  # how to sign in to a demonstration register (set by the launcher)
        self.demo_hint.setObjectName("demo_hint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_hint.setMargin(6)
        self.demo_hint.setVisible(False)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._first_start_form() if first_start else self._sign_in_form())
        self.steps.addWidget(self._change_password_form())
        # The fields the other form would show stay the dialog's own, hidden: a widget without a Qt parent belongs
        # to its Python wrapper, and whichever thread frees that (an ops worker, now and then) would delete it there.
        for unused in () if first_start else (self.full_name, self.repeat):
            unused.setParent(self)
            unused.hide()

        self.quit_button = QPushButton(translate("SignIn", "Quit"))
        self.quit_button.setObjectName("quit_button")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.accept_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.centre_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.steps)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self._show_step(0)

    def show_demo_hint(self, text: str | None) -> None:
        """A demonstration register says how to sign in (the accounts and their shared password)."""
        self.demo_hint.setText(text or "")
        self.demo_hint.setVisible(bool(text) and not self.first_start)

    # ---- the three forms -------------------------------------------------------------------------------------
    def _first_start_form(self) -> QWidget:
        page = QWidget()
        explanation = QLabel(
            translate(
                "SignIn",
                "The register has no user accounts yet. Create the administrator's account; the administrator then "
                "adds the centre's staff.",
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        field_row(form, translate("SignIn", "Full name:"), self.full_name, self.messages.add("full_name"))
        field_row(form, translate("SignIn", "User name:"), self.username, self.messages.add("username"))
        field_row(form, translate("SignIn", "Password:"), self.password, self.messages.add("password"))
        field_row(form, translate("SignIn", "Repeat password:"), self.repeat, self.messages.add("repeat"))
        form.addRow("", self._password_hint())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(form)
        return page

    def _sign_in_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        field_row(form, translate("SignIn", "User name:"), self.username, self.messages.add("username"))
        field_row(form, translate("SignIn", "Password:"), self.password, self.messages.add("password"))
        return page

    def _change_password_form(self) -> QWidget:
        page = QWidget()
        explanation = QLabel(
            translate(
                "SignIn",
                "You signed in with a password the administrator set. Choose your own password now; only "
                "you will know it.",
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        field_row(form, translate("SignIn", "New password:"), self.new_password, self.messages.add("new_password"))
        field_row(form, translate("SignIn", "Repeat new password:"), self.new_repeat, self.messages.add("repeat_new"))
        form.addRow("", self._password_hint())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(form)
        return page

    @staticmethod
    def _password_hint() -> QLabel:
        hint = QLabel(
            translate(
                "SignIn", "At least %n character(s); not your user name, not only digits.", None, PASSWORD_MIN_LENGTH
            )
        )
        hint.setWordWrap(True)
        return hint

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        if step == 1:
            self.heading.setText(translate("SignIn", "Choose your password"))
            self.accept_button.setText(translate("SignIn", "Save and continue"))
            self.new_password.setFocus()
        elif self.first_start:
            self.heading.setText(translate("SignIn", "First start: create the administrator"))
            self.accept_button.setText(translate("SignIn", "Create and sign in"))
            self.full_name.setFocus()
        else:
            self.heading.setText(translate("SignIn", "Sign in"))
            self.accept_button.setText(translate("SignIn", "Sign in", "button"))
            self.username.setFocus()

    # ---- submitting ---------------------------------------------------------------------------------------
    def _submit(self) -> None:
        self.messages.clear()
        if self.steps.currentIndex() == 1:
            self._change_password()
        elif self.first_start:
            self._create_administrator()
        else:
            self._sign_in()

    def _sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.messages.by_field["username"].show_error(translate("SignIn", "Enter your user name."))
            self.username.setFocus()
            return
        self._typed_password = password
        self._busy(translate("SignIn", "Checking…"))
        self.ops.call(
            lambda sessions: sign_in(sessions, username, password),
            success=self._signed_in,
            failure=self._failed,
            owner=self,
        )

    def _create_administrator(self) -> None:
        if self.password.text() != self.repeat.text():
            self.messages.by_field["repeat"].show_error(translate("SignIn", "The two passwords differ."))
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        data = UserInput(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role="administrator",
            password=self.password.text(),
            language=None,
            must_change_password=False,
        )
        self._busy(translate("SignIn", "Creating the account…"))
        self.ops.call(
            lambda sessions: create_administrator(sessions, data),
            success=self._signed_in,
            failure=self._failed,
            owner=self,
        )

    def _change_password(self) -> None:
        if self.new_password.text() != self.new_repeat.text():
            self.messages.by_field["repeat_new"].show_error(translate("SignIn", "The two passwords differ."))
            self.new_repeat.setFocus()
            return
        user, old, new = self.user, self._typed_password, self.new_password.text()
        assert user is not None
        self._busy(translate("SignIn", "Saving…"))
        self.ops.call(
            lambda sessions: change_password(sessions, user, old, new),
            success=self._signed_in,
            failure=self._failed,
            owner=self,
        )

    def _busy(self, text: str) -> None:
        self.steps.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.status.setText(text)
        self.status.setVisible(True)

    def _idle(self) -> None:
        self.steps.setEnabled(True)
        self.accept_button.setEnabled(True)
        self.status.setVisible(False)

    def _signed_in(self, user: SignedInUser) -> None:
        self._idle()
        self.user = user
        if user.must_change_password:
            self._show_step(1)
            return
        self._typed_password = ""
        self.accept()

    def _fit(self) -> None:
        """Grow to hold every message (wrapped to the dialog's width), so none is clipped and no field squashed."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = (
            layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        )
        height = max(height, layout.totalMinimumSize().height())
        if height > self.height():
            self.resize(self.width(), height)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        try:
            self._show_failure(error)
        finally:
            self._fit()

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            if self.steps.currentIndex() == 1:  # the service names the new password "password"
                self.messages.aliases["password"] = "new_password"
            fields = self.messages.show(error.problems, self.language)
            target = {
                "username": self.username,
                "full_name": self.full_name,
                "password": self.password,
                "new_password": self.new_password,
            }
            if fields and fields[0] in target:
                target[fields[0]].setFocus()
            return
        if isinstance(error, AlreadySetUp):
            self.general.show_error(
                translate(
                    "SignIn",
                    "Someone has just created the administrator on another computer. Close this window "
                    "and start the program again to sign in.",
                )
            )
            return
        if isinstance(error, RegistryError):
            self.general.show_error(error.message(self.language))
        else:
            self.general.show_error(
                translate("SignIn", "Signing in failed because of an unexpected error: %1").replace("%1", str(error))
            )
        if self.steps.currentIndex() == 0:
            self.password.clear()
            self.password.setFocus()


__all__ = ["SignInDialog", "change_password", "count_users", "create_administrator", "sign_in"]
