"""Administration: the centre's staff accounts (add, reset a password, deactivate), for administrators only.

Every change goes through ``services.users``, which checks the role again and writes the audit trail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services.dates import format_datetime
from registry.services.errors import RegistryError, ValidationError
from registry.services.names import sort_key
from registry.services.users import (
    FREE_TRIES,
    PASSWORD_MIN_LENGTH,
    ROLES,
    AccountChanges,
    UserInput,
    UserRow,
    create_user,
    list_users,
    reset_password,
    set_active,
    unlock_account,
    update_user,
)
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.names import LANGUAGE_NAMES, role_label
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate


def accounts(session: Session, actor_id: int) -> list[UserRow]:
    """Every account, active or not, in alphabetical order of names (the service checks the administrator role)."""
    return sorted(list_users(session, actor_id=actor_id), key=lambda account: sort_key(account.full_name))


def _account_state(account: UserRow) -> str:
    if not account.active:
        return translate("Administration", "deactivated")
    if account.failed_logins >= FREE_TRIES:
        return translate("Administration", "active, waiting after wrong passwords")
    if account.must_change_password:
        return translate("Administration", "active, must choose a password")
    return translate("Administration", "active")


class AccountsModel(RowsModel[UserRow]):
    """The staff accounts, all in memory (a centre has dozens, not millions); a deactivated one is grey."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                RowColumn(lambda: translate("Administration", "User name"), lambda account: account.username),
                RowColumn(
                    lambda: translate("Administration", "Full name"),
                    lambda account: account.full_name,
                    sort=lambda account: sort_key(account.full_name),
                ),
                RowColumn(lambda: translate("Administration", "Role"), lambda account: role_label(account.role)),
                RowColumn(lambda: translate("Administration", "State"), _account_state),
                RowColumn(
                    lambda: translate("Administration", "Last sign-in"),
                    lambda account: format_datetime(account.last_login_at),
                    sort=lambda account: account.last_login_at.isoformat() if account.last_login_at else "",
                ),
            ],
            lambda account: account.id,
            parent,
            dimmed=lambda account: not account.active,
        )

    def set_accounts(self, rows: list[UserRow]) -> None:
        self.set_rows(rows)

    def account(self, row: int) -> UserRow:
        return self.row_at(row)


class AdministrationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AccountsModel(self)
        heading = QLabel(translate("Administration", "Staff accounts"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        explanation = QLabel(
            translate(
                "Administration",
                "Accounts are never deleted: a deactivated account keeps its history but cannot "
                "sign in or be assigned cases.",
            )
        )
        explanation.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("accounts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(translate("Administration", "New account…"))
        self.new_button.setObjectName("new_account")
        self.reset_button = QPushButton(translate("Administration", "Set a new password…"))
        self.reset_button.setObjectName("reset_password")
        self.active_button = QPushButton(translate("Administration", "Deactivate"))
        self.active_button.setObjectName("toggle_active")
        self.edit_button = QPushButton(translate("Administration", "Correct the account…"))
        self.edit_button.setObjectName("edit_account")
        self.edit_button.setToolTip(translate("Administration", "Correct the name, job title or role"))
        self.edit_button.clicked.connect(self._edit_account)
        self.unlock_button = QPushButton(translate("Administration", "End the wait"))
        self.unlock_button.setObjectName("unlock_account")
        self.unlock_button.setToolTip(
            translate(
                "Administration",
                "After several wrong passwords each sign-in attempt with this name has to wait; "
                "end the wait so the owner can sign in at once.",
            )
        )
        self.unlock_button.clicked.connect(self._unlock)
        self.new_button.clicked.connect(self._new_account)
        self.reset_button.clicked.connect(self._reset_password)
        self.active_button.clicked.connect(self._toggle_active)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.message = FieldMessage("administration")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        user_id = self.ctx.user.id
        self.ctx.ops.read(lambda session: accounts(session, user_id), success=self._loaded, owner=self)

    def _loaded(self, rows: list[UserRow]) -> None:
        selected = self.selected()
        self.model.set_accounts(rows)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.account(row).id == selected.id:
                    self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        account = self.selected()
        self.reset_button.setEnabled(account is not None)
        self.edit_button.setEnabled(account is not None)
        self.active_button.setEnabled(account is not None and account.id != self.ctx.user.id)
        self.unlock_button.setEnabled(account is not None and account.failed_logins > 0)
        self.active_button.setText(
            translate("Administration", "Activate")
            if account and not account.active
            else translate("Administration", "Deactivate")
        )

    def _new_account(self) -> None:
        dialog = AccountDialog(self.ctx, self)
        dialog.accepted.connect(self._changed)
        dialog.open()

    def _reset_password(self) -> None:
        account = self.selected()
        if account is not None:
            dialog = AccountDialog(self.ctx, self, account=account)
            dialog.accepted.connect(self._changed)
            dialog.open()

    def _edit_account(self) -> None:
        account = self.selected()
        if account is not None:
            dialog = EditAccountDialog(self.ctx, account, self)
            dialog.accepted.connect(self._changed)
            dialog.open()
            self.edit_dialog = dialog

    def _toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        actor, wanted = self.ctx.user.id, not account.active
        self.message.clear_message()
        self.ctx.ops.write(
            lambda session: set_active(session, account.id, wanted, actor_id=actor),
            success=lambda _user: self._changed(),
            failure=self._failed,
            owner=self,
        )

    def _unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        actor = self.ctx.user.id
        self.message.clear_message()
        self.ctx.ops.write(
            lambda session: unlock_account(session, account.id, actor_id=actor),
            success=lambda _user: self._changed(),
            failure=self._failed,
            owner=self,
        )

    def _changed(self) -> None:
        self.reload()
        self.ctx.events.reference_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")

    def activated(self) -> None:
        self.reload()


class AccountDialog(QDialog):
    """A new account, or (given ``account``) a new initial password for an existing one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, account: UserRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.ctx = ctx
        self.account = account
        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.job_title = QLineEdit()
        self.job_title.setObjectName("title")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(translate("Administration", "the centre's language"), None)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if account is None:
            self.setWindowTitle(translate("Administration", "New account"))
            field_row(form, translate("Administration", "Full name:"), self.full_name, self.messages.add("full_name"))
            field_row(form, translate("Administration", "User name:"), self.username, self.messages.add("username"))
            field_row(form, translate("Administration", "Job title:"), self.job_title)
            field_row(form, translate("Administration", "Role:"), self.role, self.messages.add("role"))
            field_row(form, translate("Administration", "Language:"), self.language)
        else:
            self.setWindowTitle(translate("Administration", "New password for %1").replace("%1", account.full_name))
        field_row(form, translate("Administration", "Initial password:"), self.password, self.messages.add("password"))
        field_row(form, translate("Administration", "Repeat password:"), self.repeat, self.messages.add("repeat"))
        note = QLabel(
            translate(
                "Administration",
                "At least %n character(s). Tell it to the user in person; they must choose their own "
                "password when they first sign in.",
                None,
                PASSWORD_MIN_LENGTH,
            )
        )
        note.setWordWrap(True)
        save = QPushButton(translate("Administration", "Save"))
        save.setObjectName("save")
        save.setDefault(True)
        save.clicked.connect(self._save)
        cancel = QPushButton(translate("Administration", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def _save(self) -> None:
        self.messages.clear()
        if self.password.text() != self.repeat.text():
            self.messages.by_field["repeat"].show_error(translate("Administration", "The two passwords differ."))
            return
        actor, password = self.ctx.user.id, self.password.text()
        if self.account is not None:
            user_id = self.account.id
            self.ctx.ops.write(
                lambda session: reset_password(session, user_id, password, actor_id=actor),
                success=lambda _user: self.accept(),
                failure=self._failed,
                owner=self,
            )
            return
        data = UserInput(
            username=self.username.text(),
            full_name=self.full_name.text(),
            role=self.role.currentData(),
            password=password,
            title=self.job_title.text(),
            language=self.language.currentData(),
            must_change_password=True,
        )
        self.ctx.ops.write(
            lambda session: create_user(session, data, actor_id=actor),
            success=lambda _user: self.accept(),
            failure=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.messages.show(error.problems, self.ctx.language)
        elif isinstance(error, RegistryError):
            self.general.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")


class EditAccountDialog(QDialog):
    """Correct an account's name, job title and role; only what changed is sent, and the audit names it."""

    def __init__(self, ctx: AppContext, account: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit_account_dialog")
        self.setWindowTitle(translate("Administration", "Correct the account of %1").replace("%1", account.full_name))
        self.ctx = ctx
        self.account = account
        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit(account.full_name)
        self.full_name.setObjectName("full_name")
        self.job_title = QLineEdit(account.title)
        self.job_title.setObjectName("title")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(account.role)))
        username = QLabel(account.username)
        username.setProperty("registry_data", True)
        field_row(form, translate("Administration", "User name:"), username)
        field_row(form, translate("Administration", "Full name:"), self.full_name, self.messages.add("full_name"))
        field_row(form, translate("Administration", "Job title:"), self.job_title, self.messages.add("title"))
        field_row(form, translate("Administration", "Role:"), self.role, self.messages.add("role"))
        note = QLabel(
            translate(
                "Administration",
                "The change is recorded in the audit trail with the values "
                "before and after. A new role takes effect at the user's next sign-in.",
            )
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(translate("Administration", "Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        cancel = QPushButton(translate("Administration", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def changes(self) -> AccountChanges:
        """Only the fields that differ from the account as shown."""
        changes = AccountChanges()
        if self.full_name.text() != self.account.full_name:
            changes.full_name = self.full_name.text()
        if self.job_title.text() != self.account.title:
            changes.title = self.job_title.text()
        if self.role.currentData() != self.account.role:
            changes.role = self.role.currentData()
        return changes

    def _save(self) -> None:
        self.messages.clear()
        actor, user_id, changes = self.ctx.user.id, self.account.id, self.changes()
        self.ctx.ops.write(
            lambda session: update_user(session, user_id, changes, actor_id=actor),
            success=lambda _user: self.accept(),
            failure=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.messages.show(error.problems, self.ctx.language)
        elif isinstance(error, RegistryError):
            self.general.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")


__all__ = ["AccountDialog", "AccountsModel", "AdministrationPage", "EditAccountDialog", "accounts"]
