"""Case numbers in the centre's format (prefix, year, sequence) that never repeat, even when two PCs register at once."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from registry.models import CaseNumberSequence


def next_sequence(session: Session, prefix: str, year: int) -> int:
    """Take the next number atomically: the UPDATE locks the counter row until this transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(CaseNumberSequence).values(prefix=prefix, year=year, last_value=0).on_conflict_do_nothing())
    return session.execute(
        update(CaseNumberSequence)
        .where(CaseNumberSequence.prefix == prefix, CaseNumberSequence.year == year)
        .values(last_value=CaseNumberSequence.last_value + 1)
        .returning(CaseNumberSequence.last_value)
    ).scalar_one()


def format_case_number(pattern: str, prefix: str, year: int, sequence: int) -> str:
    return pattern.format(prefix=prefix, year=year, seq=sequence)
