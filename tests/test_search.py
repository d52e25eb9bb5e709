"""Finding children by name in either script, by JMBG and by case number; duplicate warnings before creating."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.services.cases import register_case
from registry.services.jmbg import make_jmbg
from registry.services.search import find_duplicates, search_cases
from tests.helpers import new_case


@pytest.fixture
def registered(sessions: sessionmaker[Session]) -> dict[str, str]:
    """A few children, one typed in Cyrillic, and the case number each got."""
    children = [
        ("Amina", "Hodžić", make_jmbg(dt.date(2015, 3, 14), "F", region=17)),
        ("Мирослав", "Хоџић", make_jmbg(dt.date(2011, 7, 2), "M", region=10)),
        ("Đorđe", "Đurđević", ""),
        ("Lejla", "Čolić", make_jmbg(dt.date(2016, 1, 30), "F", region=18)),
        ("Ana Marija", "Kovač-Perić", ""),
    ]
    numbers = {}
    for given, family, jmbg in children:
        with transaction(sessions) as session:
            case = register_case(
                session, new_case(given, family, jmbg=jmbg, birth_date=None if jmbg else "01.01.2012.", sex=None),
                actor_id=None,
            ).case
            numbers[f"{given} {family}"] = case.number
            numbers[f"{given} {family} jmbg"] = jmbg
    return numbers


@pytest.mark.parametrize("query", ["hodzic", "Hodžić", "Хоџић", "Hodzić", "HODZ", "hodžic"])
def test_every_spelling_finds_both_scripts(session: Session, registered: dict[str, str], query: str) -> None:
    names = {(hit.given_name, hit.family_name) for hit in search_cases(session, query)}
    assert names == {("Amina", "Hodžić"), ("Мирослав", "Хоџић")}


@pytest.mark.parametrize("query", ["djurdjevic", "Đurđević", "durdevic", "Ђурђевић", "dorde"])
def test_dj_and_d_with_stroke_match(session: Session, registered: dict[str, str], query: str) -> None:
    assert [hit.family_name for hit in search_cases(session, query)] == ["Đurđević"]


def test_given_and_family_name_together_in_any_order(session: Session, registered: dict[str, str]) -> None:
    assert [h.given_name for h in search_cases(session, "miroslav hodzic")] == ["Мирослав"]
    assert [h.given_name for h in search_cases(session, "hodzic mir")] == ["Мирослав"]
    assert [h.family_name for h in search_cases(session, "marija peric")] == ["Kovač-Perić"]
    assert search_cases(session, "amina colic") == []


def test_jmbg_and_case_number(session: Session, registered: dict[str, str]) -> None:
    jmbg = registered["Lejla Čolić jmbg"]
    assert [h.family_name for h in search_cases(session, jmbg)] == ["Čolić"]
    assert [h.family_name for h in search_cases(session, jmbg[:7])] == ["Čolić"]
    number = registered["Lejla Čolić"]
    assert [h.case_number for h in search_cases(session, number)] == [number]
    assert [h.case_number for h in search_cases(session, number.lower())] == [number]


def test_paging_continues_where_the_first_page_ended(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for index in range(7):
            register_case(session, new_case(f"Dijete{index}", "Begić"), actor_id=None)
    with sessions() as session:
        first = search_cases(session, "begic", limit=4)
        rest = search_cases(session, "begic", limit=4, after=first[-1].cursor)
    assert len(first) == 4 and len(rest) == 3
    assert {h.case_id for h in first}.isdisjoint({h.case_id for h in rest})


def test_sql_looking_input_is_just_text(session: Session, registered: dict[str, str]) -> None:
    assert search_cases(session, "'; DELETE FROM person; --") == []
    assert search_cases(session, "%") == []
    assert len(search_cases(session, "hodzic")) == 2


def test_duplicate_candidates_before_creating(session: Session, registered: dict[str, str]) -> None:
    same_jmbg = find_duplicates(session, given_name="Amra", family_name="Hodžić", jmbg=registered["Amina Hodžić jmbg"])
    assert same_jmbg[0].reason == "jmbg" and same_jmbg[0].given_name == "Amina"
    assert same_jmbg[0].case_numbers == (registered["Amina Hodžić"],)

    same_name = find_duplicates(session, given_name="Miroslav", family_name="Hodzic", birth_date=dt.date(2011, 7, 2))
    assert [(c.given_name, c.reason) for c in same_name] == [("Мирослав", "name_and_birth_date")]

    typo = find_duplicates(session, given_name="Lejla", family_name="Colic", birth_date=dt.date(2016, 1, 30))
    assert typo and typo[0].family_name == "Čolić"
    close = find_duplicates(session, given_name="Leila", family_name="Čolić", birth_date=dt.date(2016, 1, 30))
    assert close and close[0].reason == "similar_name"

    assert find_duplicates(session, given_name="Petar", family_name="Marković", birth_date=dt.date(2010, 1, 1)) == []
