"""Opening a restricted case the user is not assigned to: they must say why ("break the glass"); it is recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

translate = QCoreApplication.translate
MIN_REASON = 10


class BreakGlassDialog(QDialog):
    """Asks for the reason (at least 10 characters); OK stays disabled until there is one."""

    def __init__(self, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("break_glass_dialog")
        self.setWindowTitle(translate("BreakGlass", "Restricted case"))
        intro = QLabel(
            translate(
                "BreakGlass",
                "Case %1 is restricted: only its assigned workers and supervisors may see it. To open it "
                "anyway, say why. Your reason is recorded in the audit trail and shown to the supervisors.",
            ).replace("%1", case_number)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("break_glass_reason")
        self.reason.setPlaceholderText(translate("BreakGlass", "Reason for opening this case"))
        self.hint = QLabel(translate("BreakGlass", "At least %1 characters.").replace("%1", str(MIN_REASON)))
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            translate("BreakGlass", "Open the case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(translate("BreakGlass", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self._changed()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _changed(self) -> None:
        self.open_button.setEnabled(len(self.text()) >= MIN_REASON)


def ask_break_glass_reason(case_number: str, parent: QWidget | None) -> str | None:
    dialog = BreakGlassDialog(case_number, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


__all__ = ["MIN_REASON", "BreakGlassDialog", "ask_break_glass_reason"]
