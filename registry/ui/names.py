"""Names the interface shows in more than one place: each language as its own speakers name it, and the roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

#: each language as its own speakers name it (the same in every interface language)
LANGUAGE_NAMES = (
    ("bs", "Bosanski"),
    ("hr", "Hrvatski"),
    ("sr-Latn", "Srpski (latinica)"),
    ("sr-Cyrl", "Српски (ћирилица)"),
    ("en", "English"),
)


def role_label(role: str) -> str:
    labels = {
        "worker": translate("MainWindow", "Case worker"),
        "supervisor": translate("MainWindow", "Supervisor"),
        "administrator": translate("MainWindow", "Administrator"),
        "auditor": translate("MainWindow", "Auditor (read only)"),
    }
    return labels.get(role, role)


__all__ = ["LANGUAGE_NAMES", "role_label"]
