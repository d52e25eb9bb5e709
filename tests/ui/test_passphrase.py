"""Where no keyring exists, the application asks for the database passphrase in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from registry.ui.passphrase import PassphraseTexts, ask_passphrase

TEXTS = PassphraseTexts(
    "Lozinka baze", "Unesite lozinku baze:", "Ponovite lozinku baze:", "Ne podudaraju se.", "U redu", "Odustani"
)


def _answer(values: list[str | None], seen: list[str]) -> None:
    """Fill in and close the dialogs as they appear, recording what each one said."""

    def respond() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(10, respond)
            return
        seen.append(dialog.labelText())
        value = values.pop(0)
        if value is None:
            dialog.reject()
        else:
            dialog.setTextValue(value)
            dialog.accept()
        if values:
            QTimer.singleShot(10, respond)

    QTimer.singleShot(10, respond)


def test_new_passphrase_is_asked_twice_until_both_match(qtbot) -> None:
    seen: list[str] = []
    _answer(
        ["kratka", "kratka", "duga lozinka centra", "druga lozinka", "duga lozinka centra", "duga lozinka centra"], seen
    )
    assert ask_passphrase(TEXTS, new=True, minimum=12) == "duga lozinka centra"
    assert seen[0] == "Unesite lozinku baze:"
    assert seen[2].startswith("Ne podudaraju se.")  # the short one was refused with the reason
    assert seen.count("Ponovite lozinku baze:") == 2


def test_cancel_returns_nothing(qtbot) -> None:
    _answer([None], [])
    assert ask_passphrase(TEXTS) is None
