"""Reference data: the centre's own settings, lookups with their five labels, and the institution directory."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import LONG_TEXT, Base, search_string, utcnow


class Centre(Base):
    """The one social work centre this database belongs to, filled from its municipality profile."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_code: Mapped[str] = mapped_column(String(60))
    municipality_name: Mapped[str] = mapped_column(String(120))
    municipality_name_cyrl: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(10))
    canton: Mapped[str] = mapped_column(String(120), default="")
    name: Mapped[str]
    name_cyrl: Mapped[str]
    address: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    logo: Mapped[bytes | None]
    case_prefix: Mapped[str] = mapped_column(String(10))
    case_number_format: Mapped[str] = mapped_column(String(60))
    default_language: Mapped[str] = mapped_column(String(10))
    default_script: Mapped[str] = mapped_column(String(10))
    retention_years: Mapped[int] = mapped_column(Integer, default=10)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CaseNumberSequence(Base):
    """The last number issued per prefix and year; incremented in the registering transaction."""

    __tablename__ = "case_number_sequence"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Lookup(Base):
    """One entry of a typology (form of violence, referral source, measure, ...) with its five labels.

    Codes are the stable identifiers used in imports, exports and templates; labels are what people read.
    """

    __tablename__ = "lookup"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    label_bs: Mapped[str]
    label_hr: Mapped[str]
    label_sr_latn: Mapped[str]
    label_sr_cyrl: Mapped[str]
    label_en: Mapped[str]


class Institution(Base):
    """A partner institution of the municipality's referral chain (police station, school, court, ...)."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    name_cyrl: Mapped[str] = mapped_column(default="")
    search_key: Mapped[str] = mapped_column(search_string(255), index=True)
    sector: Mapped[str] = mapped_column(String(40), index=True)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    contact_person: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(LONG_TEXT, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
