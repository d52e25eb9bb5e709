"""Asking for the database passphrase before sign-in, where no keyring holds the key.

The database is not open yet, so the texts come from the caller (the command line's message catalogue) in the
language asked for on the command line or the default.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QInputDialog, QLineEdit


@dataclass(frozen=True)
class PassphraseTexts:
    title: str
    prompt: str
    again: str
    mismatch: str
    ok: str
    cancel: str


def _ask(texts: PassphraseTexts, prompt: str) -> str | None:
    from registry.ui.launch import create_application

    create_application()
    dialog = QInputDialog()
    dialog.setWindowTitle(texts.title)
    dialog.setLabelText(prompt)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(texts.ok)
    dialog.setCancelButtonText(texts.cancel)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def ask_passphrase(texts: PassphraseTexts, *, new: bool = False, minimum: int = 0) -> str | None:
    """The passphrase typed by the user (twice, matching and long enough, for a new one); None if cancelled."""
    prompt = texts.prompt
    while True:
        first = _ask(texts, prompt)
        if first is None or not new:
            return first
        if len(first) >= minimum and _ask(texts, texts.again) == first:
            return first
        prompt = texts.mismatch + "\n\n" + texts.prompt
