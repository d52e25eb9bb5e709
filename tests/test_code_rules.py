"""The project's own rules, checked so they cannot rot: layering, lint, and complete message catalogues."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from registry import i18n

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_layers_and_qt_boundary_hold() -> None:
    """Qt only in registry/ui; ui → printing → services → models (contracts in pyproject.toml)."""
    result = subprocess.run([BIN / "lint-imports"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run([BIN / "ruff", "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    """One layout for everyone (``ruff format``, settings in pyproject.toml): a diff shows what changed, not whose
    editor saved it."""
    result = subprocess.run(
        [BIN / "ruff", "format", "--check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    """Type hints are checked, not decoration: ``mypy registry`` with the settings in pyproject.toml."""
    result = subprocess.run([sys.executable, "-m", "mypy", "registry"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


#: a module past this many lines is several rooms in one: split it (a package with one module per part)
MAX_MODULE_LINES = 600


def test_no_module_is_too_long() -> None:
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "registry").rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not too_long, f"over {MAX_MODULE_LINES} lines: {too_long}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_renders_in_every_language(language: str) -> None:
    for key in i18n.message_keys():
        template = i18n.text(key, "en")
        params = {name: "1" for name in re.findall(r"\{(\w+)", template)}
        rendered = i18n.text(key, language, **params)
        assert rendered.strip(), key
        assert "{" not in rendered, key


def test_serbian_cyrillic_messages_are_cyrillic() -> None:
    for key in i18n.message_keys():
        rendered = i18n.text(key, "sr-Cyrl", **{n: "1" for n in re.findall(r"\{(\w+)", i18n.text(key, "en"))})
        rendered = i18n._LATIN_LITERAL.sub(" ", rendered)  # commands, options, product names stay as typed
        letters = [ch for ch in rendered if ch.isalpha() and ch not in "JMBGQWXYjmbgqwxyCSVUTF"]
        latin = [ch for ch in letters if ch.isascii()]
        assert len(latin) <= max(3, len(letters) // 4), (key, rendered)


def test_placeholders_agree_across_languages() -> None:
    from registry.i18n import _CATALOGUE

    for key, texts in _CATALOGUE.items():
        expected = set(re.findall(r"\{(\w+)", texts["en"]))
        for language in ("bs", "hr", "sr"):
            assert set(re.findall(r"\{(\w+)", texts[language])) == expected, (key, language)
