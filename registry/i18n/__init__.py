"""Messages shown outside Qt (services, command line, printouts) in the user's language and script.

Each catalogue entry gives Bosnian, Croatian, Serbian (Latin) and English text; Serbian Cyrillic is derived from the
Serbian Latin text by transliteration, so the two scripts can never drift apart.  Placeholders such as ``{field}``
are kept in Latin when transliterating.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol, runtime_checkable

LANGUAGES: tuple[str, ...] = ("bs", "hr", "sr-Latn", "sr-Cyrl", "en")
DEFAULT_LANGUAGE = "bs"

_CATALOGUE: dict[str, Mapping[str, str]] = {}
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
#: what Serbian Cyrillic keeps in Latin, because a user types or looks for it exactly so: placeholders, commands
#: (``registry db show-key --yes``, ``pip install ...``), options, URLs, file extensions, environment variables,
#: product names and any word with a letter the Serbian alphabet lacks (q, w, x, y: *keyring*, *Excel*)
_LATIN_LITERAL = re.compile(
    r"(\{[^{}]*\}"
    r"|\bregistry\b(?:\s+(?:--?[a-z][\w-]*(?:=\S+)?|[a-z][a-z-]*\b(?![-.]?[A-Za-z])|\{[^{}]*\}|<[^<>]*>"
    r"|[A-ZČĆŠŽĐ]{2,}\b))*"
    r"|\b(?:pip|apt-get)\s+install\b(?:\s+(?:-\w+|'[^']*'|[a-z][\w.-]*))*"
    r"|(?<![\w-])--?[a-z][\w-]*(?:=\S+)?"
    r"|\b[a-z][\w+.-]*://\S*[\w/]"
    r"|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?:=[\w.-]*\w)?"
    r"|\.(?:xlsx|xls|csv|pdf|toml|txt|sqlite|json)\b"
    r"|\b(?:PostgreSQL|SQLite|SQLCipher|PyInstaller|PySide6|pyside6-\w+|LibreOffice\w*|NSIS|makensis|psycopg"
    r"|UTF-\d+|Windows-\d+|ISO-\d+-\d+|CSV|XLSX|XLS|PDF|URL|CREATE ROLE|CREATEROLE|LOGIN|[a-z]+\d+)\b"
    r"|\b\w*[qwxyQWXY]\w*)"
)
_loaded = False


def _load() -> None:
    """Import every module of ``registry.i18n.catalogue``; each defines ``MESSAGES``."""
    global _loaded
    if _loaded:
        return
    import importlib
    import pkgutil

    from registry.i18n import catalogue

    for info in pkgutil.iter_modules(catalogue.__path__):
        module = importlib.import_module(f"{catalogue.__name__}.{info.name}")
        register(module.MESSAGES)
    _loaded = True


def register(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add a module's messages; every entry must carry bs, hr, sr and en text."""
    for key, texts in messages.items():
        missing = {"bs", "hr", "sr", "en"} - set(texts)
        if missing:
            raise ValueError(f"message {key!r} lacks {sorted(missing)}")
        if key in _CATALOGUE and _CATALOGUE[key] != texts:
            raise ValueError(f"message {key!r} registered twice with different text")
        _CATALOGUE[key] = texts


def normalise_language(language: str | None) -> str:
    """Map user input such as ``sr_Cyrl``, ``sr-cyrl``, ``sr`` or ``HR`` to one of LANGUAGES."""
    if not language:
        return DEFAULT_LANGUAGE
    lowered = language.replace("_", "-").lower()
    for code in LANGUAGES:
        if code.lower() == lowered:
            return code
    if lowered.startswith("sr"):
        return "sr-Cyrl" if "cyrl" in lowered else "sr-Latn"
    base = lowered.split("-")[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


_METAVARIABLE = re.compile(r"<[^<>{}]*>|(?<![\w-])[A-ZČĆŠŽĐ]{2,}\b(?![-_=])")


def _literal(part: str) -> str:
    """A kept literal; the words a user replaces in a command (``<adresa vlasnika>``, ``KOPIJA``) in Cyrillic."""
    from registry.i18n.transliteration import to_cyrillic

    if not part.startswith("registry"):
        return part
    return _METAVARIABLE.sub(lambda match: to_cyrillic(match.group()), part)


def text(key: str, language: str | None = None, **params: object) -> str:
    """The message ``key`` in ``language`` with ``params`` filled in."""
    from registry.i18n.transliteration import to_cyrillic

    _load()
    entry = _CATALOGUE[key]
    lang = normalise_language(language)
    if lang == "sr-Cyrl":
        template = "".join(
            _literal(part) if index % 2 else to_cyrillic(part)
            for index, part in enumerate(_LATIN_LITERAL.split(entry["sr"]))
        )
    else:
        template = entry["sr" if lang == "sr-Latn" else lang]
    if not params:
        return template
    shown = {name: value.label(lang) if isinstance(value, Labelled) else value for name, value in params.items()}
    return template.format(**shown)


@runtime_checkable
class Labelled(Protocol):
    """A message parameter shown in the reader's language (``services.lookups.LookupRef``: a code's label)."""

    def label(self, language: str | None) -> str: ...


def has(key: str) -> bool:
    _load()
    return key in _CATALOGUE


def message_keys() -> list[str]:
    _load()
    return sorted(_CATALOGUE)
