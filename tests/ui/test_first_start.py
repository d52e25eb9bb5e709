"""The first start of a build made for no municipality: the searchable municipality list and the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from registry import i18n
from registry.db import make_engine, session_factory, transaction, upgrade
from registry.services.profiles import Locale
from registry.services.profiles.authoring import profile_for
from registry.services.setup import initialise
from registry.ui.first_start import FirstStartDialog

KEYS = ("title", "intro", "search", "language", "ok", "cancel")


def texts(language: str) -> dict[str, str]:
    return {key: i18n.text(f"first_start.{key}", language) for key in KEYS}


def _labels(dialog: FirstStartDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_search_in_either_script_chooses_the_municipality_and_its_language(qtbot, tmp_path: Path) -> None:
    dialog = FirstStartDialog(texts, language="bs")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.list.count() == 143 and not ok.isEnabled()
    assert dialog.windowTitle() == "Novi registar"
    dialog.search.setText("Широки")  # Cyrillic finds the Latin name
    assert _labels(dialog) == ["Široki Brijeg (Zapadnohercegovački kanton)"]
    assert ok.isEnabled() and dialog.chosen_language == "hr"  # the municipality's usual language, suggested
    assert dialog.search.placeholderText().startswith("Traži općinu")
    dialog.search.setText("kotor var")
    assert dialog.chosen_language == "sr-Cyrl"  # chosen by itself (the only match), shown in Cyrillic at once
    assert dialog.windowTitle() == "Нови регистар" and _labels(dialog) == ["Котор Варош (РС)"]
    dialog.language.setCurrentIndex(dialog.language.findData("sr-Latn"))
    dialog.language.activated.emit(dialog.language.currentIndex())  # the user's own choice sticks
    dialog.search.setText("grude")
    assert dialog.chosen_language == "sr-Latn"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.choice is not None
    entry, locale = dialog.choice
    assert entry.code == "grude" and locale == Locale("sr", "latn")

    # the register becomes that centre, in that language, with a directory to complete
    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite'}")
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        summary = initialise(session, profile_for(entry, locale))
    assert summary.centre == "JU Centar za socijalni rad Grude" and summary.institutions == 5
    from registry.services.setup import centre_language

    with session_factory(engine)() as session:
        assert centre_language(session) == "sr-Latn"


def test_nothing_chosen_nothing_accepted(qtbot) -> None:
    dialog = FirstStartDialog(texts, language="en")
    qtbot.addWidget(dialog)
    dialog.search.setText("atlantis")
    assert dialog.list.count() == 0
    dialog.accept()
    assert dialog.choice is None and dialog.isVisible() is False and dialog.result() == 0
