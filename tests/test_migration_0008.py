"""Migration 0008 fills the new search keys set-based (SQL for most rows, Python for each distinct value once): what
it writes must be exactly what the services write when a person or a referral is saved, for every kind of text
staff type: shared and Cyrillic addresses, phones with +387/00387 and several numbers, registry numbers in lower
case, with tabs or non-ASCII letters, names with Ð, apostrophes and hyphens."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from registry.db import make_engine, upgrade
from registry.services.names import contact_terms, fold, registry_key, search_terms, sort_key
from tests.conftest import scratch_pg_database
from tests.schema_fixtures import FIXTURES, load

PEOPLE = [  # given, family, address, phone
    ("Amina", "Hodžić", "Kasima Efendije Dobrače 113", "+387 61 123 456"),
    ("Senad", "Hodžić", "Kasima Efendije Dobrače 113", "061/123-457; 033 222 333"),
    ("Мирослав", "Хоџић", "Улица Бранилаца Сарајева 5", "00387 62 111 222 ili 065 333 444"),
    ("Ðorđe", "O'Connor-Ðurić", "   ", "12"),
    ("Ana", "Hodžić–Marić", "Ðure Ðakovića 7b, Tuzla", ""),
    ("Senad", "D’Angelo", "", "062 111 222"),
    ("Lejla", "Čolić", "", ""),
    ("Senad", "Čolić", "ulica b.b.", "033/222-333"),
]
NUMBERS = ["02-35-0/26", "up-i 12/26", "Ž-SA-05 3829/23", "02\t35 1/26"]


@pytest.fixture(params=["sqlite", "postgresql"])
def at_0007(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A register at 0007 holding the saved fixture, its people and referrals given the texts above."""
    if request.param == "sqlite":
        yield from _prepared(f"sqlite:///{tmp_path / 'register.sqlite'}")
        return
    with scratch_pg_database("registry_0008") as (_name, url):
        yield from _prepared(url)


def _prepared(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    upgrade(engine, revision="0007")
    load(engine, json.loads((FIXTURES / "0007.json").read_text(encoding="utf-8")))
    with engine.begin() as connection:
        ids = connection.execute(text("SELECT id FROM person ORDER BY id")).scalars().all()
        assert len(ids) == len(PEOPLE)
        for person_id, (given, family, address, phone) in zip(ids, PEOPLE, strict=True):
            connection.execute(
                text("UPDATE person SET given_name = :g, family_name = :f, address = :a, phone = :p WHERE id = :id"),
                {"g": given, "f": family, "a": address, "p": phone, "id": person_id},
            )
        referrals = connection.execute(text("SELECT id FROM referral ORDER BY id")).scalars().all()
        for referral_id, number in zip(referrals, NUMBERS, strict=True):
            connection.execute(
                text("UPDATE referral SET registry_number = :n WHERE id = :id"), {"n": number, "id": referral_id}
            )
    yield engine
    engine.dispose()


def test_upgrade_writes_the_keys_the_services_write(at_0007: Engine) -> None:
    upgrade(at_0007, backup=lambda _engine, _state: None, revision="0008")
    with at_0007.connect() as connection:
        people = connection.execute(
            text("SELECT id, given_name, family_name, address, phone, search_key, sort_key FROM person ORDER BY id")
        ).all()
        contacts = {
            tuple(row) for row in connection.execute(text("SELECT kind, term, person_id FROM person_contact_term"))
        }
        terms = {tuple(row) for row in connection.execute(text("SELECT term, person_id FROM person_search_term"))}
        keys = connection.execute(text("SELECT registry_number, registry_key FROM referral ORDER BY id")).all()

    assert contacts == {
        (kind, term, person.id) for person in people for kind, term in contact_terms(person.address, person.phone)
    }
    assert ("phone", "061123456", people[0].id) in contacts and ("address", "branilaca", people[2].id) in contacts
    assert ("address", "dure", people[4].id) in contacts  # Ð folds like Đ
    for person in people:
        assert person.search_key == fold(f"{person.family_name} {person.given_name}")
        assert person.sort_key == sort_key(f"{person.family_name} {person.given_name}")[:420]
    for person in people[3:6]:  # the names this revision folds anew
        assert {term for term, person_id in terms if person_id == person.id} == set(
            search_terms(person.given_name, person.family_name)
        )
    assert [key for _number, key in keys] == [registry_key(number) for number, _key in keys]
    assert [key for _number, key in keys] == ["02-35-0/26", "UP-I12/26", "Ž-SA-053829/23", "02351/26"]


def test_upgrade_of_a_register_without_contacts_or_numbers(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'register.sqlite'}")
    upgrade(engine, revision="0007")
    upgrade(engine, backup=lambda _engine, _state: None, revision="0008")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM person_contact_term")).scalar() == 0
    engine.dispose()
