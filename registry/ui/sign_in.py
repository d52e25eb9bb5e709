"""The sign-in dialog; on an empty register it first creates the administrator.

Checking a password takes a deliberate fraction of a second (argon2), and a refused attempt is counted in the
database, so both run through the ops layer and the dialog stays responsive.  Messages come from the services in
the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import User
from registry.services.errors import RegistryError, ValidationError
from registry.services.users import PASSWORD_MIN_LENGTH, UserInput, create_user
from registry.ui.context import CentreInfo, SignedInUser
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.ops import Ops

translate = QCoreApplication.translate


class AlreadySetUp(Exception):
    """Someone created the administrator (on another computer) while this dialog was open."""


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def sign_in(sessions: sessionmaker[Session], username: str, password: str) -> SignedInUser:
    """Check the password; a refusal is committed (failure count, audit) before it is raised."""
    from registry.services import users

    if hasattr(users, "sign_in"):
        return SignedInUser.of(users.sign_in(sessions, username, password))
    with sessions() as session:  # older services: authenticate() leaves committing to the caller
        try:
            user = users.authenticate(session, username, password)  # type: ignore[attr-defined]
        except RegistryError:
            session.commit()
            raise
        session.commit()
        return SignedInUser.of(user)


def create_administrator(sessions: sessionmaker[Session], data: UserInput) -> SignedInUser:
    """The first account of a new register, then signed in; refused if any account exists by now."""
    with sessions() as session, session.begin():
        if count_users(session):
            raise AlreadySetUp()
        create_user(session, data, actor_id=None)
    return sign_in(sessions, data.username, data.password)


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
        self.setWindowTitle(translate("SignIn", "Centre Case Registry"))
        self.setMinimumWidth(460)

        heading = QLabel()
        heading.setObjectName("heading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.centre_label = QLabel(centre.display_name(language) if centre else "")
        self.centre_label.setProperty("registry_data", True)
        self.centre_label.setWordWrap(True)
        self.centre_label.setVisible(centre is not None)

        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.quit_button = QPushButton(translate("SignIn", "Quit"))
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        if first_start:
            heading.setText(translate("SignIn", "First start: create the administrator"))
            explanation = QLabel(translate(
                "SignIn",
                "The register has no user accounts yet. Create the administrator's account; the administrator "
                "then adds the centre's staff.",
            ))
            explanation.setWordWrap(True)
            field_row(form, translate("SignIn", "Full name:"), self.full_name, self.messages.add("full_name"))
            field_row(form, translate("SignIn", "User name:"), self.username, self.messages.add("username"))
            field_row(form, translate("SignIn", "Password:"), self.password, self.messages.add("password"))
            field_row(form, translate("SignIn", "Repeat password:"), self.repeat, self.messages.add("repeat"))
            hint = QLabel(translate("SignIn", "At least %n character(s).", None, PASSWORD_MIN_LENGTH))
            hint.setObjectName("password_hint")
            form.addRow("", hint)
            self.accept_button = QPushButton(translate("SignIn", "Create and sign in"))
            self.full_name.setFocus()
        else:
            heading.setText(translate("SignIn", "Sign in"))
            explanation = None
            field_row(form, translate("SignIn", "User name:"), self.username, self.messages.add("username"))
            field_row(form, translate("SignIn", "Password:"), self.password, self.messages.add("password"))
            self.full_name.setVisible(False)
            self.repeat.setVisible(False)
            self.accept_button = QPushButton(translate("SignIn", "Sign in"))
            self.username.setFocus()
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.centre_label)
        layout.addWidget(heading)
        if explanation is not None:
            layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._inputs = (self.full_name, self.username, self.password, self.repeat, self.accept_button)

    # ---- submitting ---------------------------------------------------------------------------------------
    def _submit(self) -> None:
        self.messages.clear()
        if self.first_start:
            self._create_administrator()
        else:
            self._sign_in()

    def _sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.messages.by_field["username"].show_error(translate("SignIn", "Enter your user name."))
            self.username.setFocus()
            return
        self._busy(translate("SignIn", "Checking…"))
        self.ops.call(lambda sessions: sign_in(sessions, username, password),
                      success=self._signed_in, failure=self._failed, owner=self)

    def _create_administrator(self) -> None:
        if self.password.text() != self.repeat.text():
            self.messages.by_field["repeat"].show_error(translate("SignIn", "The two passwords differ."))
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        data = UserInput(
            username=self.username.text(), full_name=self.full_name.text(), role="administrator",
            password=self.password.text(), language=None, must_change_password=False,
        )
        self._busy(translate("SignIn", "Creating the account…"))
        self.ops.call(lambda sessions: create_administrator(sessions, data),
                      success=self._signed_in, failure=self._failed, owner=self)

    def _busy(self, text: str) -> None:
        for widget in self._inputs:
            widget.setEnabled(False)
        self.status.setText(text)
        self.status.setVisible(True)

    def _idle(self) -> None:
        for widget in self._inputs:
            widget.setEnabled(True)
        self.status.setVisible(False)

    def _signed_in(self, user: SignedInUser) -> None:
        self._idle()
        self.user = user
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, ValidationError):
            fields = self.messages.show(error.problems, self.language)
            target = {"username": self.username, "full_name": self.full_name, "password": self.password}
            if fields and fields[0] in target:
                target[fields[0]].setFocus()
            return
        if isinstance(error, AlreadySetUp):
            self.general.show_error(translate(
                "SignIn", "Someone has just created the administrator on another computer. Close this window "
                "and start the program again to sign in."))
            return
        if isinstance(error, RegistryError):
            self.general.show_error(error.message(self.language))
        else:
            self.general.show_error(translate("SignIn", "Signing in failed because of an unexpected error: %1")
                                    .replace("%1", str(error)))
        self.password.clear()
        self.password.setFocus()


__all__ = ["SignInDialog", "count_users", "create_administrator", "sign_in"]
