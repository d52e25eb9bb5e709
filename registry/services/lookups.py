"""Lookup codes and their labels in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.i18n import normalise_language
from registry.models import Lookup

if TYPE_CHECKING:
    from registry.services.profiles import Labels

_LABEL_COLUMN = {
    "bs": "label_bs",
    "hr": "label_hr",
    "sr-Latn": "label_sr_latn",
    "sr-Cyrl": "label_sr_cyrl",
    "en": "label_en",
}


def label_of(lookup: Lookup, language: str | None) -> str:
    return getattr(lookup, _LABEL_COLUMN[normalise_language(language)])


def codes(session: Session, kind: str, *, active_only: bool = True) -> list[str]:
    query = select(Lookup.code).where(Lookup.kind == kind).order_by(Lookup.sort_order, Lookup.code)
    if active_only:
        query = query.where(Lookup.active.is_(True))
    return list(session.scalars(query))


def labels(session: Session, kind: str, language: str | None) -> dict[str, str]:
    """Code → label for one kind, in display order (inactive codes included: old records still show them)."""
    rows = session.scalars(select(Lookup).where(Lookup.kind == kind).order_by(Lookup.sort_order, Lookup.code))
    return {row.code: label_of(row, language) for row in rows}


def label(session: Session, kind: str, code: str | None, language: str | None) -> str:
    if code is None:
        return ""
    row = session.scalar(select(Lookup).where(Lookup.kind == kind, Lookup.code == code))
    return label_of(row, language) if row else code


def all_labels(session: Session, language: str | None) -> dict[str, dict[str, str]]:
    """Kind → code → label of every lookup, in display order, inactive codes included (old records show them)."""
    found: dict[str, dict[str, str]] = {}
    for row in session.scalars(select(Lookup).order_by(Lookup.kind, Lookup.sort_order, Lookup.code)):
        found.setdefault(row.kind, {})[row.code] = label_of(row, language)
    return found


@dataclass(frozen=True)
class LookupRef:
    """A lookup code in a message's parameters, shown as its label in the reader's language."""

    kind: str
    code: str

    def label(self, language: str | None) -> str:
        return shipped_label(self.kind, self.code, language)


@lru_cache(maxsize=1)
def _shipped_labels() -> dict[tuple[str, str], Labels]:
    from registry.services.profiles import load_lookups

    return {(spec.kind, spec.code): spec.labels for spec in load_lookups()}


def shipped_label(kind: str, code: str, language: str | None) -> str:
    """The shipped label of a lookup code (the code itself for a code a municipality added)."""
    labels = _shipped_labels().get((kind, code))
    return labels.for_language(normalise_language(language)) if labels is not None else code
