"""Messages shown outside Qt (services, command line, printouts) in the user's language and script.

Each catalogue entry gives Bosnian, Croatian, Serbian (Latin) and English text; Serbian Cyrillic is derived from the
Serbian Latin text by transliteration, so the two scripts can never drift apart.  Placeholders such as ``{field}``
are kept in Latin when transliterating.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("bs", "hr", "sr-Latn", "sr-Cyrl", "en")
DEFAULT_LANGUAGE = "bs"

_CATALOGUE: dict[str, Mapping[str, str]] = {}
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
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


def text(key: str, language: str | None = None, **params: object) -> str:
    """The message ``key`` in ``language`` with ``params`` filled in."""
    from registry.services.transliteration import to_cyrillic

    _load()
    entry = _CATALOGUE[key]
    lang = normalise_language(language)
    if lang == "sr-Cyrl":
        template = "".join(
            part if _PLACEHOLDER.fullmatch(part) else to_cyrillic(part) for part in _PLACEHOLDER.split(entry["sr"])
        )
    else:
        template = entry["sr" if lang == "sr-Latn" else lang]
    if not params:
        return template
    shown = {name: value.label(lang) if isinstance(value, LookupRef) else value for name, value in params.items()}
    return template.format(**shown)


@dataclass(frozen=True)
class LookupRef:
    """A lookup code in a message's parameters, shown as its label in the reader's language."""

    kind: str
    code: str

    def label(self, language: str | None) -> str:
        return lookup_label(self.kind, self.code, language)


@lru_cache(maxsize=1)
def _shipped_labels() -> dict[tuple[str, str], object]:
    from registry.services.profiles import load_lookups

    return {(spec.kind, spec.code): spec.labels for spec in load_lookups()}


def lookup_label(kind: str, code: str, language: str | None) -> str:
    """The shipped label of a lookup code (the code itself for a code a municipality added)."""
    labels = _shipped_labels().get((kind, code))
    return labels.for_language(normalise_language(language)) if labels is not None else code  # type: ignore[attr-defined]


def has(key: str) -> bool:
    _load()
    return key in _CATALOGUE


def message_keys() -> list[str]:
    _load()
    return sorted(_CATALOGUE)
