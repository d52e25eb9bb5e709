"""People: children, household members and anyone else a case names."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import LONG_TEXT, Base, search_string, utcnow


class Person(Base):
    """A person as entered (Latin or Cyrillic), with the folded keys that make them findable in either script."""

    __tablename__ = "person"
    __table_args__ = (CheckConstraint("sex IN ('M', 'F')", name="sex"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    #: folded "family given" (Latin, lower case, no diacritics): what search and duplicate checks compare
    search_key: Mapped[str] = mapped_column(search_string(210))
    #: a key whose binary order is Bosnian/Croatian/Serbian alphabetical order of "family given"
    sort_key: Mapped[str] = mapped_column(search_string(420), index=True)
    jmbg: Mapped[str | None] = mapped_column(String(13), index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    birth_date_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    sex: Mapped[str | None] = mapped_column(String(1))
    citizenship: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    disability_note: Mapped[str] = mapped_column(LONG_TEXT, default="")
    school: Mapped[str] = mapped_column(default="")
    school_grade: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(LONG_TEXT, default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PersonSearchTerm(Base):
    """One folded word of a person's names, or a pair of two (``names.name_terms``): an index walked in order gives
    the first hits of a prefix search; a person's own words, in order, tell whether they also match another word."""

    __tablename__ = "person_search_term"
    __table_args__ = (Index("ix_person_search_term_person_id", "person_id", "term"),)

    term: Mapped[str] = mapped_column(search_string(100), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class PersonContactTerm(Base):
    """One folded word of a person's address, or their phone number's digits: staff find a family by where it lives
    and by the number it called from, not only by the child's name."""

    __tablename__ = "person_contact_term"
    __table_args__ = (
        CheckConstraint("kind IN ('address', 'phone')", name="kind"),
        Index("ix_person_contact_term_person_id", "person_id"),
    )

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    term: Mapped[str] = mapped_column(search_string(100), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
