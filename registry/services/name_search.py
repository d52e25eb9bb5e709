"""Finding people by the words of their names, fast whichever words are typed.

A person is indexed under each folded word of their names and each ordered pair of two of them
(``names.name_terms``).  One word walks that word's range of the index in order, and a page is full after 50
entries.  Several words used to walk the range of one word and check the others on every person in it: a mother's
"Nada Kovačević" read 6,000 Kovačević and 4,000 Nada among 200,000 cases, in the child's search, the household's
and the addresses' (20–50 ms); ``named_people`` seeks the pairs "~nada kovačević…" and "~kovačević nada…" and reads
only the 42 people who match.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, Connection, Select, and_, bindparam, func, literal, or_, select
from sqlalchemy.orm import aliased

from registry.models import PersonContactTerm, PersonSearchTerm
from registry.services.names import PAIR_MARK

#: more people than this matching every word, and a search walks the index instead (a page fills quickly then)
NAMED_CAP = 500
#: a word's index range is counted up to this many entries to choose the word that drives a walk
COUNT_CAP = 1000
_TERM_LENGTH = 100


def upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (binary order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def in_range(column, lo: str, hi: str) -> ColumnElement[bool]:
    return and_(column >= bindparam(lo), column < bindparam(hi))


def essential(words: list[str]) -> list[str]:
    """The words typed without those that begin another one ("hod hodzic" asks no more than "hodzic"): what is
    left can only be matched by different words of a name."""
    return [word for word in words if not any(other != word and other.startswith(word) for other in words)]


def also_named(person_id, others: int) -> list[ColumnElement[bool]]:
    """The person has a name word beginning with each other word typed (values ``lo{i}``/``hi{i}``).

    Each is an uncorrelated ``IN`` over the term index, which the database reads once into a set; the ``+ 0``
    keeps SQLite walking the driving word's range in index order (given the bare column, it drove the search by
    the set and sorted afterwards: 23 ms instead of 1.7 ms).  Checking the words on the person's row instead
    fetched a row for every entry of the driving word's range."""
    conditions = []
    for index in range(others):
        term = aliased(PersonSearchTerm, name=f"also_named{index}")
        named = select(term.person_id).where(in_range(term.term, f"lo{index}", f"hi{index}"))
        conditions.append((person_id + 0).in_(named))
    return conditions


@lru_cache(maxsize=16)
def _counts_statement(contact: str | None, words: int) -> Select:
    counted = []
    for index in range(words):
        if contact is None:
            inner = select(literal(1)).where(in_range(PersonSearchTerm.term, f"lo{index}", f"hi{index}"))
        else:
            inner = select(literal(1)).where(
                PersonContactTerm.kind == contact, in_range(PersonContactTerm.term, f"lo{index}", f"hi{index}")
            )
        counted.append(select(func.count()).select_from(inner.limit(COUNT_CAP).subquery()).scalar_subquery())
    return select(*counted)


def driver(connection: Connection, words: list[str], contact: str | None = None) -> tuple[str, list[str]]:
    """The word whose range in the term index (names, or ``contact`` terms) is smallest, and the other words.

    A walk reads that range and checks the others against a set, so its cost is the size of the ranges: a rare
    given name beside a common surname walks the given name (an address word no address has: nothing at all).
    Ranges are counted up to ``COUNT_CAP``; the longest word among equals."""
    if len(words) == 1:
        return words[0], []
    counts = connection.execute(_counts_statement(contact, len(words)), range_values(words)).one()
    chosen = min(zip(counts, words, strict=True), key=lambda pair: (pair[0], -len(pair[1])))[1]
    return chosen, [word for word in words if word != chosen]


def range_values(words: list[str]) -> dict[str, object]:
    """Values of ``also_named`` (and of the counts): ``lo{i}``/``hi{i}`` for each word."""
    values: dict[str, object] = {f"lo{i}": word for i, word in enumerate(words)}
    values.update({f"hi{i}": upper_bound(word) for i, word in enumerate(words)})
    return values


def word_values(first: str, others: list[str]) -> dict[str, object]:
    """Values of a walk of ``first``'s range (``lo``/``hi``) checking ``others`` (``lo{i}``/``hi{i}``)."""
    return {"lo": first, "hi": upper_bound(first), **range_values(others)}


@lru_cache(maxsize=8)
def _pair_statement(others: int) -> Select:
    """People with a pair in [lo, hi) or [lo2, hi2): one word exactly, another beginning with the other word."""
    pairs = or_(in_range(PersonSearchTerm.term, "lo", "hi"), in_range(PersonSearchTerm.term, "lo2", "hi2"))
    return (
        select(PersonSearchTerm.person_id)
        .where(pairs, *also_named(PersonSearchTerm.person_id, others))
        .limit(bindparam("limit"))
    )


@lru_cache(maxsize=8)
def _longer_statement(others: int) -> Select:
    """People with a word longer than word ``a`` that begins with it, and such a word for ``b``: ``a``'s range is
    the smaller one, walked, and for each of its people their own words are looked at for ``b``."""
    walked, other = PersonSearchTerm, aliased(PersonSearchTerm, name="other")
    return (
        select(walked.person_id)
        .where(
            walked.term > bindparam("a"),
            walked.term < bindparam("a_hi"),
            select(other.person_id)
            .where(other.person_id == walked.person_id, other.term > bindparam("b"), other.term < bindparam("b_hi"))
            .exists(),
            *also_named(walked.person_id, others),
        )
        .limit(bindparam("limit"))
    )


@lru_cache(maxsize=1)
def _longer_counts() -> Select:
    counted = []
    for name in ("a", "b"):
        inner = (
            select(literal(1))
            .where(PersonSearchTerm.term > bindparam(name), PersonSearchTerm.term < bindparam(f"{name}_hi"))
            .limit(COUNT_CAP)
        )
        counted.append(select(func.count()).select_from(inner.subquery()).scalar_subquery())
    return select(*counted)


def named_people(connection: Connection, words: list[str]) -> list[int] | None:
    """The people with a name word beginning with each of ``words`` (two or more, folded), by id; None when there
    are more than ``NAMED_CAP`` (or the words are too long for the pairs), so the caller walks the index instead.

    For two words a and b, a person's matching words are either exactly a, exactly b, or both longer: the pairs
    "~a b…" and "~b a…" find the first two kinds with one seek each, and the few people whose words only begin
    with both (say "nada kovač" for Nadalina Kovačević) are walked from the smaller of the two ranges of longer
    words.  Further words are checked against sets (``also_named``)."""
    words = essential(words)
    if len(words) < 2:
        return None
    first, second, *others = sorted(words, key=len, reverse=True)
    if len(PAIR_MARK) + len(first) + 1 + len(second) >= _TERM_LENGTH:
        return None
    pair, reverse = f"{PAIR_MARK}{first} {second}", f"{PAIR_MARK}{second} {first}"
    values = {
        "lo": pair,
        "hi": upper_bound(pair),
        "lo2": reverse,
        "hi2": upper_bound(reverse),
        "limit": 2 * NAMED_CAP + 1,
        **range_values(others),
    }  # a person matching both ways comes twice
    found = set(connection.execute(_pair_statement(len(others)), values).scalars())
    if len(found) > NAMED_CAP:
        return None
    longer = {"a": first, "a_hi": upper_bound(first), "b": second, "b_hi": upper_bound(second)}
    count_a, count_b = connection.execute(_longer_counts(), longer).one()
    if min(count_a, count_b) >= COUNT_CAP:
        return None
    if count_b < count_a:  # walk the smaller range, look at each of its people's own words for the other
        longer = {"a": second, "a_hi": upper_bound(second), "b": first, "b_hi": upper_bound(first)}
    values = {**longer, "limit": NAMED_CAP + 1, **range_values(others)}
    found.update(connection.execute(_longer_statement(len(others)), values).scalars())
    return None if len(found) > NAMED_CAP else sorted(found)
