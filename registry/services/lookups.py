"""Lookup codes and their labels in the user's language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.i18n import normalise_language
from registry.models import Lookup

_LABEL_COLUMN = {"bs": "label_bs", "hr": "label_hr", "sr-Latn": "label_sr_latn", "sr-Cyrl": "label_sr_cyrl", "en": "label_en"}


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
