"""The interface language: Qt ``.ts`` sources compiled to ``.qm``, installed into the application.

Only the ``.ts`` sources are in the repository (``resources/translations/registry_<lang>.ts``).  A bundle gets
its ``.qm`` files from ``registry build`` (compiled beside the ``.ts`` at build time) and never compiles anything
at start: no ``lrelease`` in the bundle, nothing written into the user's data folder.  A development checkout
compiles on demand with ``lrelease`` into ``resources/translations/.compiled/`` (a temporary folder when the
checkout is read-only), named by a hash of the source, so an edited ``.ts`` is never shown outdated.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from registry.i18n import LANGUAGES, normalise_language
from registry.services.profiles import resources_dir

log = logging.getLogger(__name__)

#: file-name suffix of each language's ``.ts``/``.qm``
FILE_SUFFIX = {"bs": "bs", "hr": "hr", "sr-Latn": "sr_Latn", "sr-Cyrl": "sr_Cyrl", "en": "en"}

_LOCALES = {"bs": "bs_BA", "hr": "hr_BA", "sr-Latn": "sr_Latn_BA", "sr-Cyrl": "sr_Cyrl_BA", "en": "en_GB"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"registry_{FILE_SUFFIX[normalise_language(language)]}.ts"


def cache_dir() -> Path:
    """Where a development checkout keeps the ``.qm`` it compiled (never the user's data folder)."""
    for path in (
        translations_dir() / ".compiled",
        Path(tempfile.gettempdir()) / f"registry-translations-{getpass.getuser()}",
    ):
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(path, os.W_OK):
            return path
    raise OSError("no writable folder for compiled translations")


def is_bundle() -> bool:
    """A program made by ``registry build`` (PyInstaller): its translations were compiled when it was built."""
    return bool(getattr(sys, "frozen", False))


def lrelease_command() -> list[str] | None:
    """Qt's ``lrelease``: the binary inside the PySide6 package, else ``pyside6-lrelease`` on the PATH."""
    import PySide6

    package = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (package / name).is_file():
            return [str(package / name)]
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    return [found] if found else None


def compiled(language: str) -> Path | None:
    """The ``.qm`` for ``language``, compiled now if it is missing or older than its source; None if impossible."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")  # compiled by the build
    if is_bundle():  # never compiled at start: what the build made, or English
        if not shipped.is_file():
            log.warning("the bundle has no %s: the interface stays in English", shipped.name)
            return None
        return shipped
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        log.warning("no translation source %s", source)
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    try:
        target = cache_dir() / f"{source.stem}.{digest}.qm"
    except OSError as error:
        log.warning("cannot compile %s: %s", source.name, error)
        return None
    if target.is_file():
        return target
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found and no up-to-date %s: the interface stays in English", shipped.name)
        return None
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        subprocess.run(
            [*command, "-silent", str(source), "-qm", temporary], check=True, capture_output=True, timeout=120
        )
        os.replace(temporary, target)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", source.name, error)
        Path(temporary).unlink(missing_ok=True)
        return None
    for old in target.parent.glob(f"{source.stem}.*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def locale_for(language: str) -> QLocale:
    return QLocale(_LOCALES[normalise_language(language)])


class Translations:
    """The translators installed in the application; ``apply`` switches language at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str | None) -> str:
        """Install ``language`` (normalised; returned) and make it the default locale for numbers."""
        lang = normalise_language(language)
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if lang == "hr":  # Qt's own dialogs (file choosers, ...) exist in Croatian among ours
            self._install(app, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_hr.qm")
        qm = compiled(lang)
        if qm is not None:
            self._install(app, qm)
        QLocale.setDefault(locale_for(lang))
        self.language = lang
        return lang

    def _install(self, app: QCoreApplication, path: Path) -> None:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            self._installed.append(translator)


__all__ = ["FILE_SUFFIX", "LANGUAGES", "Translations", "compiled", "locale_for", "ts_path"]
