"""The municipality's institution directory: who the centre sends referrals to and receives them from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Institution
from registry.services import audit, lookups
from registry.services.errors import NotFound, Problems, StaleRecord
from registry.services.names import fold
from registry.services.validation import TEXT_MAX, check_code, clean_text


@dataclass
class InstitutionInput:
    name: str
    sector: str
    name_cyrl: str = ""
    municipality: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    notes: str = ""
    active: bool = True


def _clean(session: Session, data: InstitutionInput) -> dict[str, object]:
    problems = Problems()
    values: dict[str, object] = {
        "name": clean_text(data.name, "name", problems, required=True),
        "name_cyrl": clean_text(data.name_cyrl, "name", problems),
        "sector": check_code(data.sector, lookups.codes(session, "sector"), "sector", problems),
        "municipality": clean_text(data.municipality, "address", problems, max_length=120),
        "address": clean_text(data.address, "address", problems),
        "phone": clean_text(data.phone, "phone", problems, max_length=60),
        "email": clean_text(data.email, "phone", problems, max_length=120),
        "contact_person": clean_text(data.contact_person, "reporter_name", problems),
        "notes": clean_text(data.notes, "notes", problems, max_length=TEXT_MAX, multiline=True),
        "active": bool(data.active),
    }
    problems.raise_if_any()
    values["search_key"] = fold(f"{values['name']} {values['name_cyrl']}")[:255]
    return values


def create_institution(session: Session, data: InstitutionInput, *, actor_id: int | None) -> Institution:
    institution = Institution(**_clean(session, data))
    session.add(institution)
    session.flush()
    audit.record(session, "institution.create", user_id=actor_id, entity="institution", entity_id=institution.id)
    return institution


def update_institution(
    session: Session, institution_id: int, data: InstitutionInput, *, expected_version: int, actor_id: int | None
) -> Institution:
    institution = session.get(Institution, institution_id)
    if institution is None:
        raise NotFound(what="institution", value=institution_id)
    if institution.version != expected_version:
        raise StaleRecord(what=institution.name)
    for name, value in _clean(session, data).items():
        setattr(institution, name, value)
    session.flush()
    audit.record(session, "institution.update", user_id=actor_id, entity="institution", entity_id=institution.id)
    return institution


def list_institutions(
    session: Session, *, sector: str | None = None, text: str = "", active_only: bool = True
) -> list[Institution]:
    query = select(Institution).order_by(Institution.sector, Institution.name)
    if sector:
        query = query.where(Institution.sector == sector)
    if active_only:
        query = query.where(Institution.active.is_(True))
    folded = fold(text)
    if folded:
        query = query.where(Institution.search_key.like(f"%{folded}%"))
    return list(session.scalars(query))
