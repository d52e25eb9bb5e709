"""Finding a child: by name in either script, JMBG, case number, or through the people around the child (a parent's name,
an address, a phone, a referral's registry number); and duplicate checks before creating."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, literal, not_, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from registry.models import Case, HouseholdMember, Person, PersonContactTerm, PersonSearchTerm, Referral
from registry.services.access import (
    CASE_READERS,
    actor,
    closed_cases_of_person,
    require_role,
    visibility,
    visibility_clause,
    whom_to_ask,
)
from registry.services.name_search import (
    also_named,
    driver,
    essential,
    in_range,
    named_people,
    upper_bound,
    word_values,
)
from registry.services.names import fold, phone_digits, registry_key, search_terms
from registry.services.rows import record

_PHONE_LIKE = re.compile(r"^\+?[\d\s()./-]+$")
_RELATED = "related"
_NAMED = "named"
_CASE_NUMBER = re.compile(r"^[A-Za-zА-Яа-я]{1,6}[-/ ]?\d|^\d{1,6}[-/]\d", re.UNICODE)
_DIGITS = re.compile(r"^[\d\s]+$")


@dataclass(frozen=True)
class CaseHit:
    case_id: int
    case_number: str
    given_name: str
    family_name: str
    birth_date: dt.date | None
    jmbg: str | None
    status: str
    #: where the next page starts (opaque to callers)
    cursor: tuple
    #: how the case was found: "child" (the child's name, JMBG or the case number), "household" (a parent's or
    #: household member's name), "address", "phone" (the child's or a household member's), "referral" (the
    #: registry number of a referral)
    found_by: str = "child"


def _query_words(text: str) -> list[str]:
    """The distinct folded words typed (an apostrophe joins: "O'Connor" is one word, as stored)."""
    return list(dict.fromkeys(fold(text).split()))


_COLUMNS = (
    Case.id.label("case_id"),
    Case.number.label("case_number"),
    Person.given_name,
    Person.family_name,
    Person.birth_date,
    Person.jmbg,
    Case.status,
)


# Search runs on every keystroke: each statement shape is built once and executed with new values, which is
# cheaper than building the same SELECT again (SQLAlchemy already caches the compiled SQL, not the objects).
@lru_cache(maxsize=64)
def _jmbg_statement(visibility: str, paged: bool) -> Select:
    stmt = (
        select(*_COLUMNS)
        .join(Person, Person.id == Case.child_id)
        .where(Person.jmbg >= bindparam("lo"), Person.jmbg < bindparam("hi"), visibility_clause(visibility))
    )
    if paged:
        stmt = stmt.where(tuple_(Person.jmbg, Case.id) > tuple_(bindparam("after_key"), bindparam("after_id")))
    return stmt.order_by(Person.jmbg, Case.id).limit(bindparam("limit"))


@lru_cache(maxsize=64)
def _number_statement(visibility: str, paged: bool) -> Select:
    stmt = (
        select(*_COLUMNS)
        .join(Person, Person.id == Case.child_id)
        .where(Case.number >= bindparam("lo"), Case.number < bindparam("hi"), visibility_clause(visibility))
    )
    if paged:
        stmt = stmt.where(Case.number > bindparam("after_key"))
    return stmt.order_by(Case.number).limit(bindparam("limit"))


@lru_cache(maxsize=64)
def _name_statement(visibility: str, other_words: int, paged: bool) -> Select:
    stmt = (
        select(*_COLUMNS, PersonSearchTerm.term, PersonSearchTerm.person_id.label("person_id"))
        .select_from(PersonSearchTerm)
        .join(Person, Person.id == PersonSearchTerm.person_id)
        .join(Case, Case.child_id == Person.id)
        .where(
            PersonSearchTerm.term >= bindparam("lo"),
            PersonSearchTerm.term < bindparam("hi"),
            visibility_clause(visibility),
        )
    )
    stmt = stmt.where(*also_named(PersonSearchTerm.person_id, other_words))
    if paged:
        stmt = stmt.where(
            tuple_(PersonSearchTerm.term, PersonSearchTerm.person_id, Case.id)
            > tuple_(bindparam("after_key"), bindparam("after_person"), bindparam("after_id"))
        )
    return stmt.order_by(PersonSearchTerm.term, PersonSearchTerm.person_id, Case.id).limit(bindparam("limit"))


@lru_cache(maxsize=16)
def _named_statement(visibility: str, paged: bool) -> Select:
    """Cases of the children among the people ``named_people`` found, alphabetically."""
    stmt = (
        select(*_COLUMNS, Person.sort_key)
        .join(Person, Person.id == Case.child_id)
        .where(Person.id.in_(bindparam("named", expanding=True)), visibility_clause(visibility))
    )
    if paged:
        stmt = stmt.where(tuple_(Person.sort_key, Case.id) > tuple_(bindparam("after_key"), bindparam("after_id")))
    return stmt.order_by(Person.sort_key, Case.id).limit(bindparam("limit"))


def search_cases(
    session: Session, text: str, *, limit: int = 50, after: tuple | None = None, actor_id: int | None = None
) -> list[CaseHit]:
    """Cases whose child matches ``text``: digits search JMBGs, ``POS-2026-...`` case numbers, anything else names.

    Every word typed must begin a word of the child's given or family name, folded (č→c, đ→d, dj→d, Cyrillic to
    Latin), so *hodzic*, *Hodžić* and *Хоџић* find the same child.  After the child's own matches come the cases
    found through the people around the child: a parent's or household member's name, an address, a phone number
    (the child's or a member's) and a referral's registry number (``CaseHit.found_by`` says which), each case once.
    Results come in index order (several words: the children alphabetically, see ``name_search.named_people``) and
    page with ``after=hits[-1].cursor``.  With ``actor_id``, only cases that user may see are returned.
    """
    query = text.strip()
    if not query:
        return []
    kind = visibility(session, actor_id)
    params: dict[str, object] = {"limit": limit, "viewer_id": actor_id}
    connection = session.connection()
    # several words: the people whose names have them all, found once for the child's and the household's search
    words = [] if _DIGITS.match(query) else essential(_query_words(query))
    named = named_people(connection, words) if len(words) > 1 else None
    if after and after[0] == _RELATED:
        return _related(connection, query, kind, actor_id, named, skip=after[1], limit=limit)
    hits = _own(connection, query, limit, after, kind, params, named)
    if len(hits) < limit:
        hits += _related(connection, query, kind, actor_id, named, skip=0, limit=limit - len(hits))
    return hits


def _own(
    connection,
    query: str,
    limit: int,
    after: tuple | None,
    kind: str,
    params: dict[str, object],
    named: list[int] | None,
) -> list[CaseHit]:
    """Cases whose child matches: by JMBG (digits), case number, or the child's names."""
    if _DIGITS.match(query):
        digits = "".join(query.split())
        params.update(lo=digits, hi=upper_bound(digits))
        if after:
            params.update(after_key=after[0], after_id=after[1])
        rows = connection.execute(_jmbg_statement(kind, after is not None), params)
        return [record(CaseHit, row, found_by="child", cursor=(row.jmbg, row.case_id)) for row in rows]
    if _CASE_NUMBER.match(query):
        prefix = query.upper()
        params.update(lo=prefix, hi=upper_bound(prefix))
        if after:
            params.update(after_key=after[0])
        hits = [
            record(CaseHit, row, found_by="child", cursor=(row.case_number,))
            for row in connection.execute(_number_statement(kind, after is not None), params)
        ]
        if hits:
            return hits
    if named is not None and (after is None or after[0] == _NAMED):
        params.update(named=named)
        if after:
            params.update(after_key=after[1], after_id=after[2])
        rows = connection.execute(_named_statement(kind, after is not None), params)
        return [record(CaseHit, row, found_by="child", cursor=(_NAMED, row.sort_key, row.case_id)) for row in rows]
    return _by_name(connection, query, limit, after, kind, params)


def _by_name(
    connection, text: str, limit: int, after: tuple | None, kind: str, params: dict[str, object]
) -> list[CaseHit]:
    """A walk of one word's range of the name index (the other words checked against sets), in index order."""
    words = essential(_query_words(text))
    if not words or (after and after[0] == _NAMED):  # more than a page of people matched when paging began
        return []
    first, others = driver(connection, words)
    params.update(word_values(first, others))
    hits: list[CaseHit] = []
    seen: set[int] = set()
    cursor = after
    while True:
        # a child whose given and family name both match comes twice; read a little more than a page
        wanted = params["limit"] = limit - len(hits) + 8
        if cursor:
            params.update(after_key=cursor[0], after_person=cursor[1], after_id=cursor[2])
        rows = connection.execute(_name_statement(kind, len(others), cursor is not None), params).all()
        for row in rows:
            cursor = (row.term, row.person_id, row.case_id)
            if row.case_id in seen:
                continue
            seen.add(row.case_id)
            hits.append(record(CaseHit, row, found_by="child", cursor=cursor))
            if len(hits) == limit:
                return hits
        if len(rows) < wanted:
            return hits


# ---- the people around the child ---------------------------------------------------------------------------
# Like the child's own search, each statement shape is built once (lru_cache) and run with new values: building
# these joins afresh on every keystroke cost more than running them.
_CHILD = aliased(Person, name="child")
_MEMBER = aliased(Person, name="member")


def _excluded(mode: str, words: int, number: bool) -> ColumnElement[bool]:
    """The case was already found through its child, so it is not listed again among related hits: its JMBG starts
    with the digits typed (``mode`` "digits"), or every word typed begins a word of its name (and ``number``: the
    case number starts with the text)."""
    if mode == "digits":
        jmbg = func.coalesce(_CHILD.jmbg, "")  # NOT of a NULL comparison would drop the row
        return and_(jmbg >= bindparam("jlo"), jmbg < bindparam("jhi"))
    if mode == "named":  # the people named_people found
        found: ColumnElement[bool] = _CHILD.id.in_(bindparam("excluded", expanding=True))
    elif not words:
        return literal(False)
    else:
        found = and_(*[(literal(" ") + _CHILD.search_key).like(bindparam(f"x{index}")) for index in range(words)])
    if number:
        found = or_(found, and_(Case.number >= bindparam("nlo"), Case.number < bindparam("nhi")))
    return found


def _finished(stmt: Select, kind: str, exclusion: tuple[str, int, bool]) -> Select:
    return stmt.where(visibility_clause(kind), not_(_excluded(*exclusion))).limit(bindparam("limit"))


def _case_ids() -> Select:
    return select(Case.id).join(_CHILD, _CHILD.id == Case.child_id)


@lru_cache(maxsize=64)
def _member_statement(kind: str, others: int, exclusion: tuple[str, int, bool]) -> Select:
    stmt = (
        _case_ids()
        .join(HouseholdMember, HouseholdMember.case_id == Case.id)
        .join(_MEMBER, _MEMBER.id == HouseholdMember.person_id)
        .join(PersonSearchTerm, PersonSearchTerm.person_id == _MEMBER.id)
        .where(in_range(PersonSearchTerm.term, "lo", "hi"), *also_named(PersonSearchTerm.person_id, others))
        .order_by(PersonSearchTerm.term, PersonSearchTerm.person_id, Case.id)
    )
    return _finished(stmt, kind, exclusion)


@lru_cache(maxsize=64)
def _named_member_statement(kind: str, exclusion: tuple[str, int, bool]) -> Select:
    stmt = (
        _case_ids()
        .join(HouseholdMember, HouseholdMember.case_id == Case.id)
        .where(HouseholdMember.person_id.in_(bindparam("named", expanding=True)))
        .order_by(Case.id)
    )
    return _finished(stmt, kind, exclusion)


@lru_cache(maxsize=64)
def _contact_statement(
    kind: str, contact: str, others: int, as_member: bool, exclusion: tuple[str, int, bool]
) -> Select:
    """Cases of the people with an address word (and the other words) or a phone: as the child or a member."""
    conditions = [PersonContactTerm.kind == contact, in_range(PersonContactTerm.term, "lo", "hi")]
    for index in range(others):  # as in also_named: a set read once, not the other word's range for every row
        also = aliased(PersonContactTerm, name=f"also{index}")
        conditions.append(
            (PersonContactTerm.person_id + 0).in_(
                select(also.person_id).where(also.kind == contact, in_range(also.term, f"lo{index}", f"hi{index}"))
            )
        )
    if as_member:
        stmt = (
            _case_ids()
            .join(HouseholdMember, HouseholdMember.case_id == Case.id)
            .join(PersonContactTerm, PersonContactTerm.person_id == HouseholdMember.person_id)
        )
    else:
        stmt = _case_ids().join(PersonContactTerm, PersonContactTerm.person_id == Case.child_id)
    stmt = stmt.where(*conditions).order_by(PersonContactTerm.term, PersonContactTerm.person_id, Case.id)
    return _finished(stmt, kind, exclusion)


@lru_cache(maxsize=64)
def _referral_statement(kind: str, exclusion: tuple[str, int, bool]) -> Select:
    stmt = (
        _case_ids()
        .join(Referral, Referral.case_id == Case.id)
        .where(in_range(Referral.registry_key, "lo", "hi"))
        .order_by(Referral.registry_key, Case.id)
    )
    return _finished(stmt, kind, exclusion)


def _sources(
    connection, query: str, kind: str, named: list[int] | None
) -> tuple[dict[str, object], list[tuple[str, Select, dict[str, object]]]]:
    """The exclusion's values, and per way of finding a case: its statement and values, in the order tried."""
    words = essential(_query_words(query))
    digits_mode = bool(_DIGITS.match(query))
    number = bool(_CASE_NUMBER.match(query)) and not digits_mode
    mode = "digits" if digits_mode else "named" if named is not None else "words"
    exclusion = (mode, len(words) if mode == "words" else 0, number)
    common: dict[str, object] = {}
    if digits_mode:
        typed = "".join(query.split())
        common.update(jlo=typed, jhi=upper_bound(typed))
    else:
        if named is not None:
            common.update(excluded=named)
        else:
            common.update({f"x{i}": f"% {word}%" for i, word in enumerate(words)})
        if number:
            common.update(nlo=query.upper(), nhi=upper_bound(query.upper()))
    sources: list[tuple[str, Select, dict[str, object]]] = []
    if words and not digits_mode:
        if named is not None:
            if named:
                sources.append(("household", _named_member_statement(kind, exclusion), {"named": named}))
        else:
            first, others = driver(connection, words)
            sources.append(("household", _member_statement(kind, len(others), exclusion), word_values(first, others)))
        first, others = driver(connection, words, "address")
        for as_member in (False, True):
            sources.append(
                (
                    "address",
                    _contact_statement(kind, "address", len(others), as_member, exclusion),
                    word_values(first, others),
                )
            )
    phone = phone_digits(query)
    if _PHONE_LIKE.match(query) and len(phone) >= 3:
        for as_member in (False, True):
            sources.append(
                (
                    "phone",
                    _contact_statement(kind, "phone", 0, as_member, exclusion),
                    {"lo": phone, "hi": upper_bound(phone)},
                )
            )
    key = registry_key(query)
    if any(ch.isdigit() for ch in key):
        sources.append(("referral", _referral_statement(kind, exclusion), {"lo": key, "hi": upper_bound(key)}))
    return common, sources


def _related(
    connection, query: str, kind: str, actor_id: int | None, named: list[int] | None, *, skip: int, limit: int
) -> list[CaseHit]:
    """Cases found through the people around the child (see ``search_cases``), from the ``skip``-th on."""
    wanted = skip + limit
    found: dict[int, str] = {}
    common, sources = _sources(connection, query, kind, named)
    for found_by, statement, values in sources:
        batch = wanted + 8
        while len(found) < wanted:
            rows = connection.execute(statement, {**common, **values, "viewer_id": actor_id, "limit": batch})
            ids = rows.scalars().all()
            fresh = [case_id for case_id in ids if case_id not in found]
            for case_id in fresh[: wanted - len(found)]:
                found[case_id] = found_by
            if len(ids) < batch:
                break
            batch *= 4  # many rows were the same case: read further
        if len(found) >= wanted:
            break
    page = list(found)[skip:wanted]
    if not page:
        return []
    rows = {row[0]: row for row in connection.execute(_hit_rows(), {"ids": page})}
    return [
        record(CaseHit, rows[case_id], cursor=(_RELATED, skip + index + 1), found_by=found[case_id])
        for index, case_id in enumerate(page)
        if case_id in rows
    ]


@lru_cache(maxsize=1)
def _hit_rows() -> Select:
    return (
        select(*_COLUMNS).join(Person, Person.id == Case.child_id).where(Case.id.in_(bindparam("ids", expanding=True)))
    )


@dataclass(frozen=True)
class DuplicateCandidate:
    """A possible match. In a restricted case the user may not open, only ``restricted`` and ``ask`` (whom to
    ask) are given: no id, name, JMBG, date of birth or case number."""

    person_id: int | None
    given_name: str
    family_name: str
    birth_date: dt.date | None
    jmbg: str | None
    case_numbers: tuple[str, ...]
    #: "jmbg", "name_and_birth_date" or "similar_name"
    reason: str
    score: float
    restricted: bool = False
    ask: str = ""


def find_duplicates(
    session: Session,
    *,
    given_name: str,
    family_name: str,
    birth_date: dt.date | None = None,
    jmbg: str | None = None,
    limit: int = 20,
    actor_id: int | None = None,
) -> list[DuplicateCandidate]:
    """People already registered who may be the child being entered, the strongest match first.

    A match in a restricted case ``actor_id`` may not open says only that it exists and whom to ask.
    """
    if actor(session, actor_id) is not None:
        require_role(session, actor_id, *CASE_READERS)  # an administrator sees no children
    wanted = fold(f"{family_name} {given_name}")
    found: dict[int, DuplicateCandidate] = {}

    def consider(person: Person, reason: str, score: float) -> None:
        current = found.get(person.id)
        if current is None or current.score < score:
            found[person.id] = DuplicateCandidate(
                person.id, person.given_name, person.family_name, person.birth_date, person.jmbg, (), reason, score
            )

    jmbg_digits = "".join((jmbg or "").split())
    if jmbg_digits:
        for person in session.scalars(select(Person).where(Person.jmbg == jmbg_digits).limit(limit)):
            consider(person, "jmbg", 1.0)
    conditions = []
    if birth_date is not None:
        conditions.append(Person.birth_date == birth_date)
    family_words = search_terms(family_name)
    if family_words:
        same_family = select(PersonSearchTerm.person_id).where(PersonSearchTerm.term.in_(family_words))
        conditions.append(Person.id.in_(same_family))
    if wanted and conditions:
        for person in session.scalars(select(Person).where(or_(*conditions)).limit(2000)):
            similarity = SequenceMatcher(None, wanted, person.search_key).ratio()
            same_day = birth_date is not None and person.birth_date == birth_date
            if person.search_key == wanted and same_day:
                consider(person, "name_and_birth_date", 0.95)
            elif similarity >= 0.85 and (same_day or birth_date is None or person.birth_date is None):
                consider(person, "similar_name", round(similarity * 0.9, 3))
            elif similarity >= 0.75 and same_day:
                consider(person, "similar_name", round(similarity * 0.8, 3))
    ranked = sorted(found.values(), key=lambda c: (-c.score, c.family_name, c.given_name))[:limit]
    if not ranked:
        return []
    numbers: dict[int, list[str]] = {}
    rows = session.execute(
        select(Case.child_id, Case.number).where(Case.child_id.in_([c.person_id for c in ranked])).order_by(Case.number)
    )
    for child_id, number in rows:
        numbers.setdefault(child_id, []).append(number)
    shown = []
    for c in ranked:
        assert c.person_id is not None
        closed = closed_cases_of_person(session, actor_id, c.person_id)
        if closed:
            shown.append(
                DuplicateCandidate(
                    None, "", "", None, None, (), c.reason, c.score, restricted=True, ask=whom_to_ask(session, closed)
                )
            )
        else:
            shown.append(
                DuplicateCandidate(
                    c.person_id,
                    c.given_name,
                    c.family_name,
                    c.birth_date,
                    c.jmbg,
                    tuple(numbers.get(c.person_id, ())),
                    c.reason,
                    c.score,
                )
            )
    return shown


__all__ = ["CaseHit", "DuplicateCandidate", "find_duplicates", "search_cases"]
