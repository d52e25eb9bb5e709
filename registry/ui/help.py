"""Help where staff need it: F1 opens the short user guide (offline, in the interface language and script), and the
Help menu gives the administrator a backup and a restore of the register with progress.

Backup and restore are the services the command line uses (``backup_runs.run_backup``: a verified, encrypted online
copy; ``restore.restore_backup``: checked, staged, the current register kept aside and replaced in one step).  A
restore needs the register closed, so the application lets go of it first and closes once it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from registry.services.backup_runs import BackupResult, run_backup
from registry.services.errors import RegistryError
from registry.services.user_guide import guide_html
from registry.ui.backup_on_close import database_file
from registry.ui.context import AppContext
from registry.ui.ops import OperationCancelled

translate = QCoreApplication.translate


class GuideDialog(QDialog):
    """The user guide: main tasks, the protocol, keyboard shortcuts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(translate("Help", "User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(ctx.language))
        close = QPushButton(translate("Help", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(780, 640)


class Maintenance:
    """The administrator's backup and restore from the Help menu; questions and answers can be replaced in tests."""

    def __init__(self, window) -> None:
        self.window = window
        self.ctx: AppContext = window.ctx
        #: where backups go (None: the register's own backup folder)
        self.folder: Path | None = None
        self.choose_backup: Callable[[], str] = self._choose_backup
        self.confirm: Callable[[str], bool] = self._confirm
        self.tell: Callable[[str, bool], None] = self._tell
        #: after a restore the application closes (the register it had open is gone)
        self.after_restore: Callable[[], None] = lambda: QCoreApplication.exit(0)
        self.last_result: object = None

    # ---- backup --------------------------------------------------------------------------------------------
    def backup(self) -> None:
        ctx = self.ctx
        if database_file(ctx.engine) is None:
            self.tell(translate("Help", "A register on a server is backed up by IT on the server."), True)
            return
        folder = self.folder

        def done(result: BackupResult) -> None:
            self.last_result = result
            self.tell(
                translate("Help", "The backup is made and checked: %1 (cases: %2).")
                .replace("%1", str(result.path))
                .replace("%2", str(result.cases)),
                False,
            )

        ctx.ops.with_progress(
            lambda _session, _progress: run_backup(ctx.engine, ctx.sessions, folder=folder),
            parent=self.window,
            label=translate("Help", "Making a backup of the register…"),
            write=False,
            success=done,
            failure=self._failed,
        )

    # ---- restore -------------------------------------------------------------------------------------------
    def restore(self) -> None:
        ctx = self.ctx
        target = database_file(ctx.engine)
        if target is None:
            self.tell(translate("Help", "A register on a server is restored by IT on the server."), True)
            return
        chosen = self.choose_backup()
        if not chosen:
            return
        source = Path(chosen)
        question = translate(
            "Help",
            "Restore the register from %1? Everything entered since that backup is "
            "replaced by the backup; the current register is kept aside. The program closes "
            "when the restore is done.",
        ).replace("%1", source.name)
        if not self.confirm(question):
            return

        def work(_session, _progress) -> object:
            from registry.services.restore import restore_backup

            ctx.engine.dispose()  # this program lets go of the register, as the command line's restore needs
            return restore_backup(source, target)

        def done(result) -> None:
            self.last_result = result
            self.tell(
                translate(
                    "Help",
                    "The register is restored from %1 (cases: %2). The earlier register is "
                    "kept as %3. The program closes now; start it again.",
                )
                .replace("%1", source.name)
                .replace("%2", str(result.cases))
                .replace("%3", str(result.kept_aside or "—")),
                False,
            )
            self.after_restore()

        ctx.ops.with_progress(
            work,
            parent=self.window,
            label=translate("Help", "Restoring the register…"),
            write=False,
            success=done,
            failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.last_result = error
        if isinstance(error, OperationCancelled):
            return
        detail = error.message(self.ctx.language) if isinstance(error, RegistryError) else str(error)
        self.tell(translate("Help", "Nothing was changed: %1").replace("%1", detail), True)

    # ---- questions -----------------------------------------------------------------------------------------
    def _choose_backup(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            translate("Help", "Choose a backup"),
            "",
            translate("Help", "Backups of the register (*.sqlite *.db);;All files (*)"),
        )
        return chosen

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Help", "Restore"),
            question,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        yes = box.addButton(translate("Help", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Help", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def _tell(self, text: str, failed: bool) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
            translate("Help", "Help"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.addButton(translate("Help", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def show_guide(window) -> GuideDialog:
    dialog = GuideDialog(window.ctx, window)
    window.guide_dialog = dialog
    dialog.show()
    return dialog


def install(window) -> None:
    """F1 and the guide at the top of the Help menu; backup and restore below it for the administrator."""
    window.guide_dialog = None
    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(translate("Help", "&User guide"), window)
    guide.setObjectName("user_guide_action")
    guide.setShortcut(QKeySequence("F1"))
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: show_guide(window))
    entries = [guide]
    window.guide_action = guide
    window.maintenance = None
    if window.ctx.user.role == "administrator":
        maintenance = Maintenance(window)
        window.maintenance = maintenance
        backup = QAction(translate("Help", "&Backup…"), window)
        backup.setObjectName("backup_action")
        backup.triggered.connect(maintenance.backup)
        restore = QAction(translate("Help", "&Restore…"), window)
        restore.setObjectName("restore_action")
        restore.triggered.connect(maintenance.restore)
        entries += [backup, restore]
    for entry in entries:
        if first is None:
            menu.addAction(entry)
        else:
            menu.insertAction(first, entry)
    if first is not None:
        menu.insertSeparator(first)


__all__ = ["GuideDialog", "Maintenance", "install", "show_guide"]
