"""Migration 0010 adds each person's pairs of name words set-based (one self-join of the words already indexed): what
it writes must be exactly what the services write when a person is saved (``names.name_terms``), for every kind of
name staff type: Cyrillic, Ð, apostrophes and hyphens, one word, several given names, and words so long that a pair
is cut at the stored 100 characters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from registry.db import make_engine, upgrade
from registry.services.names import name_terms, search_terms
from tests.conftest import scratch_pg_database
from tests.schema_fixtures import FIXTURES, load

PEOPLE = [  # given, family
    ("Nada", "Kovačević"),
    ("Ana Marija", "Kovač-Perić"),
    ("Мирослав", "Хоџић"),
    ("Ðorđe", "O'Connor-Ðurić"),
    ("Lejla" + "a" * 50, "Čolić" + "ć" * 55),  # words so long that their pair is cut at 100 characters
    ("Senad", "Senad"),  # one word twice: no pair
    ("Amina", "Hodžić"),
    ("Nadalina" + "n" * 45, "Kovačević"),  # one long word beside a short one: its pairs are not cut
]


@pytest.fixture(params=["sqlite", "postgresql"])
def at_0009(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A register at 0009 holding the saved fixture, its people given the names above and their words as 0009
    indexed them."""
    if request.param == "sqlite":
        yield from _prepared(f"sqlite:///{tmp_path / 'register.sqlite'}")
        return
    with scratch_pg_database("registry_0010") as (_name, url):
        yield from _prepared(url)


def _prepared(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    upgrade(engine, revision="0009")
    load(engine, json.loads((FIXTURES / "0009.json").read_text(encoding="utf-8")))
    with engine.begin() as connection:
        ids = connection.execute(text("SELECT id FROM person ORDER BY id")).scalars().all()
        assert len(ids) == len(PEOPLE)
        connection.execute(text("DELETE FROM person_search_term"))
        for person_id, (given, family) in zip(ids, PEOPLE, strict=True):
            connection.execute(
                text("UPDATE person SET given_name = :g, family_name = :f WHERE id = :id"),
                {"g": given, "f": family, "id": person_id},
            )
            for term in dict.fromkeys(term[:100] for term in search_terms(given, family)):
                connection.execute(
                    text("INSERT INTO person_search_term (term, person_id) VALUES (:t, :id)"),
                    {"t": term, "id": person_id},
                )
    yield engine
    engine.dispose()


def _terms(engine: Engine) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    with engine.connect() as connection:
        for term, person_id in connection.execute(text("SELECT term, person_id FROM person_search_term")):
            found.setdefault(person_id, set()).add(term)
    return found


def test_upgrade_writes_the_terms_the_services_write(at_0009: Engine) -> None:
    upgrade(at_0009, backup=lambda _engine, _state: None, revision="0010")
    with at_0009.connect() as connection:
        people = connection.execute(text("SELECT id, given_name, family_name FROM person ORDER BY id")).all()
    terms = _terms(at_0009)
    for person in people:
        assert terms[person.id] == set(name_terms(person.given_name, person.family_name)), person
    assert "~nada kovacevic" in terms[people[0].id] and "~kovacevic nada" in terms[people[0].id]
    assert terms[people[5].id] == {"senad"}
    assert max(len(term) for term in terms[people[4].id]) == 100
    indexes = {index["name"]: index["column_names"] for index in inspect(at_0009).get_indexes("person_search_term")}
    assert indexes["ix_person_search_term_person_id"] == ["person_id", "term"]
    keys = inspect(at_0009).get_foreign_keys("person_search_term")
    assert [(key["referred_table"], key["constrained_columns"]) for key in keys] == [("person", ["person_id"])]
    assert inspect(at_0009).get_pk_constraint("person_search_term")["constrained_columns"] == ["term", "person_id"]


def test_downgrade_takes_the_pairs_away(at_0009: Engine) -> None:
    from alembic import command

    from registry.db import alembic_config

    before = _terms(at_0009)
    upgrade(at_0009, backup=lambda _engine, _state: None, revision="0010")
    with at_0009.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    assert _terms(at_0009) == before
    indexes = {index["name"]: index["column_names"] for index in inspect(at_0009).get_indexes("person_search_term")}
    assert indexes["ix_person_search_term_person_id"] == ["person_id"]


def test_upgrade_of_an_empty_register(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'register.sqlite'}")
    upgrade(engine, revision="0009")
    upgrade(engine, backup=lambda _engine, _state: None, revision="0010")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM person_search_term")).scalar() == 0
    engine.dispose()
