"""People: validation (JMBG fills date of birth and sex), partial updates, and the search keys kept in step with the
names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from registry.models import Person, PersonContactTerm, PersonSearchTerm
from registry.services.changes import UNSET, Check, Diff, Maybe, apply_changes, checked, given
from registry.services.errors import Problem, Problems
from registry.services.jmbg import InvalidJmbg, birth_date_and_sex_mismatch, normalise_jmbg, parse_jmbg
from registry.services.names import contact_terms, fold, name_terms, sort_key
from registry.services.validation import LINE_MAX, NAME_MAX, TEXT_MAX, check_code, check_past_date, clean_text


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
class PersonChanges:
    """The fields of a person to change (a partial update): UNSET keeps the stored value."""

    given_name: Maybe[str] = UNSET
    family_name: Maybe[str] = UNSET
    jmbg: Maybe[str] = UNSET
    birth_date: Maybe[dt.date | str | None] = UNSET
    sex: Maybe[str | None] = UNSET
    address: Maybe[str] = UNSET
    municipality: Maybe[str] = UNSET
    phone: Maybe[str] = UNSET
    citizenship: Maybe[str] = UNSET
    has_disability: Maybe[bool] = UNSET
    disability_note: Maybe[str] = UNSET
    school: Maybe[str] = UNSET
    school_grade: Maybe[str] = UNSET
    notes: Maybe[str] = UNSET


#: the fields a person's form may change, in the order of the form
PERSON_FIELDS: tuple[str, ...] = tuple(item.name for item in fields(PersonChanges))


@dataclass
class CleanPerson:
    values: dict[str, object]
    warnings: list[Problem] = field(default_factory=list)


def _checks(prefix: str) -> dict[str, Check]:
    """One check per field; the JMBG is checked with the date of birth and sex by ``_agree_with_jmbg``."""

    def text(
        name: str, max_length: int = LINE_MAX, *, label: str = "", required: bool = False, multiline: bool = False
    ) -> Check:
        return lambda value, problems: clean_text(
            value, prefix + (label or name), problems, max_length=max_length, required=required, multiline=multiline
        )

    return {
        "given_name": text("given_name", NAME_MAX, required=True),
        "family_name": text("family_name", NAME_MAX, required=True),
        "jmbg": lambda value, _problems: normalise_jmbg(value or ""),
        "birth_date": lambda value, problems: check_past_date(value, prefix + "birth_date", problems),
        "sex": lambda value, problems: check_code(value, ("M", "F"), prefix + "sex", problems, required=False),
        "address": text("address"),
        "municipality": text("municipality", 120, label="address"),
        "phone": text("phone", 60),
        "citizenship": text("citizenship", 60),
        "has_disability": lambda value, _problems: bool(value),
        "disability_note": text("disability_note", TEXT_MAX, multiline=True),
        "school": text("school"),
        "school_grade": text("school_grade", 20, label="school"),
        "notes": text("notes", TEXT_MAX, multiline=True),
    }


def _agree_with_jmbg(
    jmbg: str, birth_date: dt.date | None, sex: str | None, problems: Problems, prefix: str
) -> tuple[str | None, dt.date | None, str | None, list[Problem]]:
    """A valid JMBG fills in a missing date of birth and sex, and a disagreeing one is a warning; an invalid JMBG
    is a problem. Returns the JMBG to store (None for none), the date of birth and sex, and the warnings."""
    if not jmbg:
        return None, birth_date, sex, []
    try:
        info = parse_jmbg(jmbg)
    except InvalidJmbg as error:
        for problem in error.problems:
            problems.add(prefix + "jmbg", problem.code, **problem.params)
        return None, birth_date, sex, []
    warnings = [
        Problem(prefix + name, f"jmbg.mismatch_{name}") for name in birth_date_and_sex_mismatch(jmbg, birth_date, sex)
    ]
    return jmbg, birth_date or info.birth_date, sex or info.sex, warnings


def clean_person(data: PersonInput, problems: Problems, *, prefix: str = "") -> CleanPerson:
    """Check a new person's fields; a valid JMBG fills in a missing date of birth and sex, a disagreeing one warns."""
    values = checked({name: getattr(data, name) for name in PERSON_FIELDS}, _checks(prefix), problems)
    jmbg, birth_date, sex, warnings = _agree_with_jmbg(
        str(values["jmbg"]),
        values["birth_date"],  # type: ignore[arg-type]
        values["sex"],  # type: ignore[arg-type]
        problems,
        prefix,
    )
    values.update(jmbg=jmbg, birth_date=birth_date, sex=sex)
    return CleanPerson(values, warnings)


def clean_person_changes(
    person: Person, changes: PersonChanges, problems: Problems, *, prefix: str = ""
) -> CleanPerson:
    """Check only the fields given. When the JMBG, date of birth or sex is among them, the three are checked
    together (stored values standing in for those not given), and a new JMBG fills in a missing date and sex."""
    values = checked(given(changes), _checks(prefix), problems)
    warnings: list[Problem] = []
    if values.keys() & {"jmbg", "birth_date", "sex"}:
        jmbg = values.get("jmbg", person.jmbg or "")
        stored, birth_date, sex, warnings = _agree_with_jmbg(
            str(jmbg),
            values.get("birth_date", person.birth_date),  # type: ignore[arg-type]
            values.get("sex", person.sex),  # type: ignore[arg-type]
            problems if "jmbg" in values else Problems(),
            prefix,  # a stored JMBG is not judged again
        )
        if "jmbg" in values:
            values["jmbg"] = stored
        for name, value in (("birth_date", birth_date), ("sex", sex)):
            if name in values or ("jmbg" in values and value != getattr(person, name)):
                values[name] = value  # as given, or filled in from the JMBG where left empty
    return CleanPerson(values, warnings)


def apply_person(person: Person, values: dict[str, object]) -> None:
    for name, value in values.items():
        setattr(person, name, value)
    person.search_key = fold(f"{person.family_name} {person.given_name}")
    person.sort_key = sort_key(f"{person.family_name} {person.given_name}")[:420]


def store_search_terms(session: Session, person: Person) -> None:
    """Replace the person's indexed name words; the person must have an id (flush first)."""
    session.execute(delete(PersonSearchTerm).where(PersonSearchTerm.person_id == person.id))
    terms = name_terms(person.given_name, person.family_name)
    if terms:
        session.execute(insert(PersonSearchTerm), [{"term": term, "person_id": person.id} for term in terms])


def store_contact_terms(session: Session, person: Person) -> None:
    """Replace the person's indexed address words and phone digits; the person must have an id (flush first)."""
    session.execute(delete(PersonContactTerm).where(PersonContactTerm.person_id == person.id))
    rows = contact_terms(person.address or "", person.phone or "")
    if rows:
        session.execute(
            insert(PersonContactTerm), [{"kind": kind, "term": term, "person_id": person.id} for kind, term in rows]
        )


def create_person(session: Session, values: dict[str, object]) -> Person:
    person = Person()
    apply_person(person, values)
    session.add(person)
    session.flush()
    store_search_terms(session, person)
    store_contact_terms(session, person)
    return person


def update_person(session: Session, person: Person, values: dict[str, object]) -> Diff:
    """Write the checked values that differ from the stored ones (names also renew the search keys); what changed."""
    diff = apply_changes(person, values)
    if diff.keys() & {"given_name", "family_name"}:
        apply_person(person, {})
        session.flush()
        store_search_terms(session, person)
    if diff.keys() & {"address", "phone"}:
        session.flush()
        store_contact_terms(session, person)
    return diff
