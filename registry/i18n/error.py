"""The base of every error a user may be shown, here below the services so that ``db`` can raise one too."""

from __future__ import annotations

from typing import Any

from registry import i18n


class RegistryError(Exception):
    """Base of every error a user may be shown; ``message(lang)`` is the text for them."""

    key = "error.generic"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        return i18n.text(self.key, language, **self.params)


__all__ = ["RegistryError"]
