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
                session,
                new_case(given, family, jmbg=jmbg, birth_date=None if jmbg else "01.01.2012.", sex=None),
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


# ---- the people around the child: parents, addresses, phones, referral numbers ---------------------------------
@pytest.fixture
def families(sessions: sessionmaker[Session]) -> dict[str, str]:
    """Children whose parents, address, phone and referrals staff remember better than the child's name."""
    from sqlalchemy import select

    from registry.models import Institution
    from registry.services.cases import HouseholdInput
    from registry.services.people import PersonInput
    from registry.services.referrals import ReferralInput, log_referral

    numbers: dict[str, str] = {}
    with transaction(sessions) as session:
        mother = PersonInput("Fatima", "Mujkanović", address="Ulica Branilaca Sarajeva 12", phone="+387 61 234 567")
        father = PersonInput("Сеад", "Бећировић", phone="033/445-667")
        case = register_case(
            session,
            new_case(
                "Tarik", "Bećirović", household=[HouseholdInput(mother, "mother"), HouseholdInput(father, "father")]
            ),
            actor_id=None,
        ).case
        numbers["Tarik"] = case.number
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        log_referral(
            session,
            ReferralInput(
                case.id,
                "incoming",
                police,
                "letter",
                registry_number="09-02/3-04-1-4471/26",
                sent_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
            ),
            actor_id=None,
        )
        other = register_case(session, new_case("Ðurđa", "Ðukić"), actor_id=None).case
        numbers["Ðurđa"] = other.number
        irish = register_case(session, new_case("Sean", "O'Connor"), actor_id=None).case
        numbers["Sean"] = irish.number
    return numbers


@pytest.mark.parametrize(
    "query", ["Fatima", "mujkanovic", "Мујкановић Фатима", "Fatima Mujkan", "Sead", "Бећировић Сеад"]
)
def test_a_parents_name_finds_the_child(session: Session, families: dict[str, str], query: str) -> None:
    hits = search_cases(session, query)
    assert [h.case_number for h in hits] == [families["Tarik"]]
    assert hits[0].given_name == "Tarik"  # the child's row, not the parent's
    assert hits[0].found_by in {"household", "child"}


def test_a_parent_and_child_sharing_a_name_are_listed_once(session: Session, families: dict[str, str]) -> None:
    hits = search_cases(session, "Bećirović")
    assert [(h.case_number, h.found_by) for h in hits] == [(families["Tarik"], "child")]


@pytest.mark.parametrize("query", ["Branilaca", "branilaca sarajeva 12", "Бранилаца Сарајева"])
def test_an_address_finds_the_family(session: Session, families: dict[str, str], query: str) -> None:
    hits = search_cases(session, query)
    assert [(h.case_number, h.found_by) for h in hits] == [(families["Tarik"], "address")]


@pytest.mark.parametrize("query", ["061 234 567", "061234567", "+387 61 234 567", "033/445-667", "033 445"])
def test_a_phone_number_finds_the_family(session: Session, families: dict[str, str], query: str) -> None:
    hits = search_cases(session, query)
    assert [(h.case_number, h.found_by) for h in hits] == [(families["Tarik"], "phone")]


@pytest.mark.parametrize("query", ["09-02/3-04-1-4471/26", "09-02/3-04-1-4471", " 09-02/3-04-1-4471/26 "])
def test_a_referrals_registry_number_finds_the_case(session: Session, families: dict[str, str], query: str) -> None:
    hits = search_cases(session, query)
    assert [(h.case_number, h.found_by) for h in hits] == [(families["Tarik"], "referral")]


@pytest.mark.parametrize("query", ["Đukić", "Ðukić", "Djukic", "dukic", "Ђукић", "ÐURÐA", "Durda Dukic"])
def test_names_written_with_eth_are_found_however_typed(session: Session, families: dict[str, str], query: str) -> None:
    assert [h.case_number for h in search_cases(session, query)] == [families["Ðurđa"]]


@pytest.mark.parametrize("query", ["OConnor", "O'Connor", "O’Connor", "Connor", "O Connor Sean", "oconn"])
def test_apostrophe_names_are_found_however_typed(session: Session, families: dict[str, str], query: str) -> None:
    assert [h.case_number for h in search_cases(session, query)] == [families["Sean"]]


def test_related_hits_respect_who_may_see_the_case(
    sessions: sessionmaker[Session], families: dict[str, str], worker
) -> None:
    with sessions() as session:
        assert search_cases(session, "Fatima", actor_id=worker.id) == []  # not her case
        assert search_cases(session, "061 234 567", actor_id=worker.id) == []


def test_related_hits_page_on_after_the_childs_own(sessions: sessionmaker[Session]) -> None:
    from registry.services.cases import HouseholdInput
    from registry.services.people import PersonInput

    with transaction(sessions) as session:
        for index in range(5):
            register_case(session, new_case("Selma", f"Kovač{chr(97 + index)}"), actor_id=None)
            register_case(
                session,
                new_case(
                    "Emir", f"Zec{chr(97 + index)}", household=[HouseholdInput(PersonInput("Selma", "Zec"), "mother")]
                ),
                actor_id=None,
            )
    with sessions() as session:
        seen, after = [], None
        while True:
            page = search_cases(session, "Selma", limit=3, after=after)
            seen += page
            if len(page) < 3:
                break
            after = page[-1].cursor
    assert [h.found_by for h in seen] == ["child"] * 5 + ["household"] * 5
    assert len({h.case_id for h in seen}) == 10
