"""Errors the services raise, each able to explain itself in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from registry import i18n
from registry.i18n.error import RegistryError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, which message, and the values the message needs."""

    #: the input it is about (``household.0.given_name``); named so as not to shadow ``dataclasses.field``
    field_name: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        params = dict(self.params)
        if "other" in params:  # the name of another field the value is compared with
            params["other"] = field_label(str(params["other"]), language)
        return i18n.text(self.key, language, field=field_label(self.field_name, language), **params)


def field_label(name: str, language: str | None) -> str:
    """The translated label of a field; ``household.0.given_name`` is labelled by its last part."""
    base = name.rsplit(".", 1)[-1]
    return i18n.text(f"field.{base}", language) if i18n.has(f"field.{base}") else name


class ValidationError(RegistryError):
    """The input has one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("error.validation")

    def message(self, language: str | None = None) -> str:
        return "\n".join(problem.message(language) for problem in self.problems)

    def fields(self) -> set[str]:
        return {problem.field_name for problem in self.problems}


class NotFound(RegistryError):
    key = "error.not_found"

    def message(self, language: str | None = None) -> str:
        what = str(self.params.get("what", ""))
        if i18n.has(f"what.{what}"):  # the kind of record in the reader's words
            return i18n.text(self.key, language, **{**self.params, "what": i18n.text(f"what.{what}", language)})
        return super().message(language)


class StaleRecord(RegistryError):
    """Someone else saved the record after this user opened it; their save was kept, this one refused."""

    key = "error.stale"


class TransitionRefused(RegistryError):
    key = "error.transition"


class Problems:
    """Collects problems while validating, then raises them all at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, field_name: str, key: str, **params: Any) -> None:
        self.items.append(Problem(field_name, key, params))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))
