"""The short user guide behind F1: one HTML page per language in ``resources/help``, read offline.

Serbian Cyrillic is the Serbian Latin page transliterated (text only: tags, key names such as ``Ctrl+N`` and what
is marked ``<code>`` stay as they are), so the two scripts never drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path

from registry.config import resources_dir
from registry.i18n import normalise_language
from registry.services.transliteration import to_cyrillic

_FILES = {
    "bs": "guide.bs.html",
    "hr": "guide.hr.html",
    "sr-Latn": "guide.sr-Latn.html",
    "sr-Cyrl": "guide.sr-Latn.html",
    "en": "guide.en.html",
}
_PARTS = re.compile(
    r"(<code>.*?</code>|<[^>]+>|\b(?:Ctrl|Shift|Alt)\+\w+|\bF\d+\b|\b(?:Enter|Esc|Tab)\b|"
    r"\b(?:XLSX|CSV|Excel|JMBG)\b)",
    re.S,
)


def guide_path(language: str | None) -> Path:
    return resources_dir() / "help" / _FILES[normalise_language(language)]


def guide_html(language: str | None) -> str:
    """The guide in ``language`` and its script, as HTML for a text browser."""
    lang = normalise_language(language)
    html = guide_path(lang).read_text(encoding="utf-8")
    if lang == "sr-Cyrl":
        html = "".join(part if index % 2 else to_cyrillic(part) for index, part in enumerate(_PARTS.split(html)))
        html = html.replace("JMBG", "ЈМБГ")
    return html


__all__ = ["guide_html", "guide_path"]
