"""People: validation (JMBG fills date of birth and sex), and the search keys kept in step with the names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from registry.models import Person, PersonSearchTerm
from registry.services.errors import Problem, Problems
from registry.services.jmbg import InvalidJmbg, birth_date_and_sex_mismatch, normalise_jmbg, parse_jmbg
from registry.services.names import fold, search_terms, sort_key
from registry.services.validation import NAME_MAX, TEXT_MAX, check_code, check_past_date, clean_text


@dataclass
class PersonInput:
    """What a form or an import row says about a person; strings as typed, nothing trusted yet."""

    given_name: str
    family_name: str
    jmbg: str = ""
    birth_date: dt.date | str | None = None
    sex: str | None = None
    address: str = ""
    municipality: str = ""
    phone: str = ""
    citizenship: str = ""
    has_disability: bool = False
    disability_note: str = ""
    school: str = ""
    school_grade: str = ""
    notes: str = ""


@dataclass
class CleanPerson:
    values: dict[str, object]
    warnings: list[Problem] = field(default_factory=list)


def clean_person(data: PersonInput, problems: Problems, *, prefix: str = "") -> CleanPerson:
    """Check a person's fields; a valid JMBG fills in a missing date of birth and sex, a disagreeing one warns."""
    values: dict[str, object] = {
        "given_name": clean_text(data.given_name, prefix + "given_name", problems, max_length=NAME_MAX, required=True),
        "family_name": clean_text(data.family_name, prefix + "family_name", problems, max_length=NAME_MAX, required=True),
        "address": clean_text(data.address, prefix + "address", problems),
        "municipality": clean_text(data.municipality, prefix + "address", problems, max_length=120),
        "phone": clean_text(data.phone, prefix + "phone", problems, max_length=60),
        "citizenship": clean_text(data.citizenship, prefix + "citizenship", problems, max_length=60),
        "has_disability": bool(data.has_disability),
        "disability_note": clean_text(
            data.disability_note, prefix + "disability_note", problems, max_length=TEXT_MAX, multiline=True
        ),
        "school": clean_text(data.school, prefix + "school", problems),
        "school_grade": clean_text(data.school_grade, prefix + "school", problems, max_length=20),
        "notes": clean_text(data.notes, prefix + "notes", problems, max_length=TEXT_MAX, multiline=True),
    }
    birth_date = check_past_date(data.birth_date, prefix + "birth_date", problems)
    sex = check_code(data.sex, ("M", "F"), prefix + "sex", problems, required=False)
    warnings: list[Problem] = []
    jmbg = normalise_jmbg(data.jmbg or "")
    if jmbg:
        try:
            info = parse_jmbg(jmbg)
        except InvalidJmbg as error:
            for problem in error.problems:
                problems.add(prefix + "jmbg", problem.code, **problem.params)
            jmbg = ""
        else:
            for name in birth_date_and_sex_mismatch(jmbg, birth_date, sex):
                warnings.append(Problem(prefix + name, f"jmbg.mismatch_{name}"))
            birth_date = birth_date or info.birth_date
            sex = sex or info.sex
    values.update(jmbg=jmbg or None, birth_date=birth_date, sex=sex)
    return CleanPerson(values, warnings)


def apply_person(person: Person, values: dict[str, object]) -> None:
    for name, value in values.items():
        setattr(person, name, value)
    person.search_key = fold(f"{person.family_name} {person.given_name}")
    person.sort_key = sort_key(f"{person.family_name} {person.given_name}")[:420]


def store_search_terms(session: Session, person: Person) -> None:
    """Replace the person's indexed name words; the person must have an id (flush first)."""
    session.execute(delete(PersonSearchTerm).where(PersonSearchTerm.person_id == person.id))
    terms = search_terms(person.given_name, person.family_name)
    if terms:
        session.execute(insert(PersonSearchTerm), [{"term": term[:100], "person_id": person.id} for term in terms])


def create_person(session: Session, values: dict[str, object]) -> Person:
    person = Person()
    apply_person(person, values)
    session.add(person)
    session.flush()
    store_search_terms(session, person)
    return person


def update_person(session: Session, person: Person, values: dict[str, object]) -> None:
    names_changed = (values.get("given_name"), values.get("family_name")) != (person.given_name, person.family_name)
    apply_person(person, values)
    session.flush()
    if names_changed:
        store_search_terms(session, person)
