"""Several words typed: the people found through the pairs of name words are exactly those with a name word beginning
with each word typed, whatever is typed (whole names, beginnings, either order, scripts, apostrophes), and the
children come page by page in alphabetical order."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, Person
from registry.services.cases import register_case
from registry.services.name_search import essential, named_people
from registry.services.names import fold, search_terms
from registry.services.search import search_cases
from tests.helpers import new_case

PEOPLE = [
    ("Nada", "Kovačević"),
    ("Nadalina", "Kovačević"),
    ("Nada", "Kovač"),
    ("Kovač", "Nada"),
    ("Ana Marija", "Kovač-Perić"),
    ("Sean", "O'Connor"),
    ("Ðurđa", "Ðukić"),
    ("Мирослав", "Хоџић"),
    ("Amina", "Hodžić"),
    ("Nadira", "Nadarević"),
    ("Ana", "Anić"),
]
QUERIES = [
    "nada kovacevic",
    "Kovačević Nada",
    "nad kov",
    "nada kov",
    "nadal kovacevic",
    "kovac nada",
    "hod hodzic amina",
    "ana marija peric",
    "marija ana",
    "o connor sean",
    "connor o",
    "Ђурђа Djukic",
    "miroslav hodzic",
    "kova nad",
    "a k",
    "nad nada",
    "ana an",
    "ani ana",
    "n n",
    "sean kovac",
    "zzz nada",
]


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> dict[int, tuple[str, str]]:
    with transaction(sessions) as session:
        for given, family in PEOPLE:
            register_case(session, new_case(given, family), actor_id=None)
    with sessions() as session:
        return {
            pid: (given, family)
            for pid, given, family in session.execute(select(Person.id, Person.given_name, Person.family_name))
        }


@pytest.mark.parametrize("query", QUERIES)
def test_the_people_found_are_exactly_those_whose_words_begin_with_the_typed_ones(
    session: Session, people: dict[int, tuple[str, str]], query: str
) -> None:
    words = list(dict.fromkeys(fold(query).split()))
    expected = sorted(
        pid
        for pid, (given, family) in people.items()
        if all(any(term.startswith(word) for term in search_terms(given, family)) for word in words)
    )
    found = named_people(session.connection(), essential(words))
    if len(essential(words)) < 2:  # one word left ("nad nada" asks for "nada"): a walk of its range does it
        assert found is None
        found = sorted(
            {
                person_id
                for (person_id,) in session.execute(
                    select(Case.child_id).where(Case.id.in_([hit.case_id for hit in search_cases(session, query)]))
                )
            }
        )
    assert found == expected, (query, [people[pid] for pid in found or []], [people[pid] for pid in expected])


def test_the_words_that_begin_another_typed_word_ask_nothing_more() -> None:
    assert essential(["hod", "hodzic", "amina"]) == ["hodzic", "amina"]
    assert essential(["ana", "an", "anic"]) == ["ana", "anic"]  # "an" begins both; "ana" does not begin "anic"


def test_children_found_by_two_words_page_alphabetically(sessions: sessionmaker[Session]) -> None:
    from registry.services.cases import HouseholdInput
    from registry.services.people import PersonInput

    with transaction(sessions) as session:
        for letter in "gcaefbd":
            register_case(session, new_case("Selma", f"Begić{letter}"), actor_id=None)
        mother = HouseholdInput(PersonInput("Selma", "Begićevac"), "mother")
        register_case(session, new_case("Emir", "Zec", household=[mother]), actor_id=None)
    with sessions() as session:
        seen, after = [], None
        while True:
            page = search_cases(session, "selma begic", limit=3, after=after)
            seen += page
            if len(page) < 3:
                break
            after = page[-1].cursor
        numbers = {case_id: number for case_id, number in session.execute(select(Case.id, Case.number))}
    assert [h.family_name for h in seen] == [f"Begić{letter}" for letter in "abcdefg"] + ["Zec"]
    assert [h.found_by for h in seen] == ["child"] * 7 + ["household"]
    assert len({numbers[h.case_id] for h in seen}) == 8


def test_a_parent_renamed_through_the_service_is_found_by_the_new_name_only(sessions: sessionmaker[Session]) -> None:
    """A household member's correction renews their pairs of name words: "Nada Kovačević" becomes "Vesna
    Babić"; the pair search finds the case by the new name, the old one (whole words or beginnings) finds nothing."""
    from registry.models import HouseholdMember, PersonSearchTerm
    from registry.services.case_records import HouseholdChanges, add_household_member, update_household_member
    from registry.services.people import PersonChanges, PersonInput

    with transaction(sessions) as session:
        case = register_case(session, new_case("Emir", "Zec"), actor_id=None)
        member = add_household_member(
            session, case.case.id, PersonInput("Nada", "Kovačević"), role="mother", actor_id=None
        )
        case_id, member_id, person_id = case.case.id, member.id, member.person_id
    with sessions() as session:
        assert [hit.case_id for hit in search_cases(session, "nada kovacevic")] == [case_id]
    with transaction(sessions) as session:
        update_household_member(
            session,
            member_id,
            HouseholdChanges(person=PersonChanges(given_name="Vesna", family_name="Babić")),
            actor_id=None,
        )
    with sessions() as session:
        assert session.get(HouseholdMember, member_id).person_id == person_id
        terms = set(session.scalars(select(PersonSearchTerm.term).where(PersonSearchTerm.person_id == person_id)))
        assert terms == {"vesna", "babic", "~vesna babic", "~babic vesna"}
        for query in ("vesna babic", "Babić Vesna", "ves bab"):
            hits = search_cases(session, query)
            assert [(hit.case_id, hit.found_by) for hit in hits] == [(case_id, "household")], query
        for query in ("nada kovacevic", "Kovačević Nada", "nada kov"):
            assert search_cases(session, query) == [], query
