"""The first start of a build made for no municipality: which centre is this register for, in which language?

It comes before the administrator account is made (and before any translation is loaded: the register does not
exist yet), so its texts come from the non-Qt message catalogue through ``texts``, in the language chosen in the
dialog itself; changing the language redraws the dialog at once.  The list holds every municipality of BiH and
Brčko District and is filtered as the user types, in either script, with or without diacritics.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from registry.i18n import LANGUAGES
from registry.services.profiles import Locale
from registry.services.profiles.municipalities import MunicipalityEntry, all_municipalities, find_municipalities

#: the texts of the dialog in one language: key -> text (title, intro, search, language, ok, cancel, names)
Texts = Callable[[str], dict[str, str]]
LANGUAGE_NAMES = {
    "bs": "Bosanski",
    "hr": "Hrvatski",
    "sr-Latn": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
    "en": "English",
}
_LOCALES = {
    "bs": Locale("bs", "latn"),
    "hr": Locale("hr", "latn"),
    "sr-Latn": Locale("sr", "latn"),
    "sr-Cyrl": Locale("sr", "cyrl"),
    "en": Locale("en", "latn"),
}


class FirstStartDialog(QDialog):
    """Choose the municipality (searchable) and the language; ``choice`` holds them once accepted."""

    def __init__(self, texts: Texts, *, language: str = "bs") -> None:
        super().__init__()
        self.texts = texts
        self.choice: tuple[MunicipalityEntry, Locale] | None = None
        self._language_touched = False
        self.intro = QLabel(wordWrap=True)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.list = QListWidget()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.search, self.list, self.language_label, self.language, self.buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._municipality_chosen)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.language.activated.connect(self._language_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 620)
        self._retranslate()
        self._fill("")

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _retranslate(self) -> None:
        text = self.texts(self.chosen_language)
        self.setWindowTitle(text["title"])
        self.intro.setText(text["intro"])
        self.search.setPlaceholderText(text["search"])
        self.language_label.setText(text["language"])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text["ok"])
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(text["cancel"])
        for row in range(self.list.count()):  # Cyrillic names for a Cyrillic reader, the choice kept
            item = self.list.item(row)
            entry = self._entry(item)
            if entry is not None:
                item.setText(entry.label(self.chosen_language))

    def _fill(self, query: str) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        entries = find_municipalities(query) if query.strip() else list(all_municipalities())
        for entry in entries:
            item = QListWidgetItem(entry.label(self.chosen_language))
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            self.list.addItem(item)
            if entry.code == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and len(entries) == 1:
            self.list.setCurrentRow(0)
        self._update_ok()

    def _municipality_chosen(self, item: QListWidgetItem | None) -> None:
        entry = self._entry(item)
        if entry is not None and not self._language_touched:  # the municipality's usual language, until chosen
            self.language.setCurrentIndex(self.language.findData(entry.locale.ui_language))
            self._retranslate()
        self._update_ok()

    def _language_chosen(self, _index: int) -> None:
        self._language_touched = True
        self._retranslate()

    @staticmethod
    def _entry(item: QListWidgetItem | None) -> MunicipalityEntry | None:
        if item is None:
            return None
        code = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in all_municipalities() if e.code == code), None)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.currentItem() is not None)

    def accept(self) -> None:
        entry = self._entry(self.list.currentItem())
        if entry is None:
            return
        self.choice = (entry, _LOCALES[self.chosen_language])
        super().accept()


def ask_municipality(texts: Texts, *, language: str = "bs") -> tuple[MunicipalityEntry, Locale] | None:
    """Show the dialog; the chosen municipality and centre language, or None when the user cancels."""
    from registry.ui.launch import create_application

    create_application()
    dialog = FirstStartDialog(texts, language=language)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
