"""Copying a whole register between SQLite (encrypted and plain) and PostgreSQL: every row, verified, all or nothing."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, insert, select, text, update

from registry.db import known_revisions, make_engine, session_factory, transaction
from registry.models import Case, Institution, StatisticsChange
from registry.services.statistics import changes
from registry.services.table_copy import CopyError, CopyProgress, _canonical, copy_register, digests, verify
from tests.helpers import new_case
from tests.registers import Templates, case_count, make_register, new_database, rows, sqlite_url


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("copy-templates"))
    yield made
    made.close()


@pytest.fixture
def databases(templates: Templates, tmp_path: Path) -> Iterator[Callable[..., Engine]]:
    """Makes registers of a kind for this test (filled or empty, at head unless told); all closed after."""
    with ExitStack() as stack:

        def make(kind: str, name: str, *, filled: bool = False, revision: str = "head") -> Engine:
            if revision == "head":
                return make_register(templates, tmp_path, kind, name, filled=filled, stack=stack)
            engine = new_database(sqlite_url(tmp_path / f"{name}.sqlite"), encrypted=True, revision=revision)
            stack.callback(engine.dispose)
            return engine

        yield make


PAIRS = [
    ("encrypted", "postgresql"),
    ("postgresql", "encrypted"),
    ("plain", "postgresql"),
    ("postgresql", "passphrase"),
    ("encrypted", "plain"),
]


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS, ids=[f"{a}-to-{b}" for a, b in PAIRS])
def test_every_table_is_copied_equal_row_by_row(databases, source_kind: str, target_kind: str) -> None:
    source = databases(source_kind, "source", filled=True)
    target = databases(target_kind, "target")
    seen: list[CopyProgress] = []

    report = copy_register(source, target, progress=seen.append, batch_rows=50)

    assert rows(target) == rows(source)
    assert report.counts == {name: d.rows for name, d in digests(source).items()}
    assert report.digests == {name: d.digest for name, d in digests(target).items()}
    assert report.count("case_file") == case_count(source) == 16
    assert seen and seen[-1].done == seen[-1].total == report.rows - report.count("alembic_version")
    assert all(0 < step.table_done <= step.table_rows for step in seen)
    assert verify(source, target).digests == report.digests
    linked = {i.name: i.parent_id for i in session_factory(target)().scalars(select(Institution))}
    assert linked["Područna škola Đurđevik"] is not None
    with target.begin() as connection:  # the statistics' change triggers are back, and mark the next write
        assert changes.present(connection) == set(changes.names())
        connection.execute(delete(StatisticsChange))
        connection.execute(update(Case).values(closure_reason=None))
        assert connection.execute(select(func.count()).select_from(StatisticsChange)).scalar()


def test_the_copied_server_register_takes_new_cases(databases) -> None:
    """PostgreSQL sequences are set past the copied ids: the next case saved on the server gets a fresh id."""
    from registry.services.cases import register_case

    source = databases("encrypted", "source", filled=True)
    target = databases("postgresql", "target")
    copy_register(source, target)
    with transaction(session_factory(target)) as session:
        registered = register_case(session, new_case("Novi", "Predmet"), actor_id=None).case
    with target.connect() as connection:
        ids = connection.execute(select(func.count(), func.count(func.distinct(Case.id)))).one()
    assert registered.id > max(row["id"] for row in rows(source)["case_file"])
    assert ids[0] == ids[1] == 17


def test_a_target_that_holds_data_is_refused_and_kept(databases) -> None:
    source = databases("encrypted", "source", filled=True)
    target = databases("plain", "target", filled=True)
    before = rows(target)
    with pytest.raises(CopyError) as refused:
        copy_register(source, target)
    assert refused.value.key == "copy.target_not_empty"
    assert "već sadrži podatke" in refused.value.message("bs")
    assert rows(target) == before


def test_clear_target_replaces_its_rows_in_the_same_transaction(databases) -> None:
    source = databases("postgresql", "source", filled=True)
    target = databases("plain", "target", filled=True)
    with target.begin() as connection:
        connection.execute(text("DELETE FROM case_lease"))
        connection.execute(text("UPDATE person SET given_name = 'Drugi' WHERE id = 1"))
    assert rows(target) != rows(source)
    copy_register(source, target, clear_target=True)
    assert rows(target) == rows(source)


def test_different_revisions_are_refused(databases) -> None:
    source = databases("plain", "source", filled=True)
    target = databases("encrypted", "target", revision=known_revisions()[-2])
    with pytest.raises(CopyError) as refused:
        copy_register(source, target)
    assert refused.value.key == "copy.revision_differs"
    assert "Ништа није копирано" in refused.value.message("sr-Cyrl")


def test_a_failure_halfway_leaves_the_target_empty(databases) -> None:
    source = databases("encrypted", "source", filled=True)
    target = databases("postgresql", "target")

    def fail_in_cases(step: CopyProgress) -> None:
        if step.table == "case_file":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_register(source, target, progress=fail_in_cases, batch_rows=5)
    assert all(not table_rows for name, table_rows in rows(target).items() if name != "alembic_version")


@pytest.mark.parametrize("kind", ["encrypted", "postgresql"])
def test_saves_made_during_the_copy_are_not_in_it(databases, kind: str) -> None:
    """The source is read in one snapshot: another session's save meanwhile neither fails the copy nor shows."""
    from registry.services.cases import register_case

    source = databases(kind, "source", filled=True)
    before = rows(source)
    target = databases("plain", "target")
    other = make_engine(str(source.url.render_as_string(hide_password=False)))
    saved: list[int] = []

    def save_meanwhile(step: CopyProgress) -> None:
        if step.table in {"person", "case_file"} and len(saved) < 3:
            with transaction(session_factory(other)) as session:
                saved.append(register_case(session, new_case("Usred", "Kopije"), actor_id=None).case.id)

    copy_register(source, target, progress=save_meanwhile, batch_rows=5)
    other.dispose()
    assert len(saved) == 3
    assert rows(target) == before
    assert case_count(source) == case_count(target) + 3


def test_json_null_and_sql_null_stay_apart(databases) -> None:
    source = databases("postgresql", "source", filled=True)
    with source.begin() as connection:
        connection.execute(text("UPDATE protocol_step SET deadline_by_urgency = NULL WHERE id = 1"))
        connection.execute(text("UPDATE protocol_step SET deadline_by_urgency = 'null' WHERE id = 2"))
    target = databases("encrypted", "target")
    copy_register(source, target)
    with target.connect() as connection:
        kept = connection.execute(
            text(
                "SELECT deadline_by_urgency IS NULL, deadline_by_urgency FROM protocol_step WHERE id IN (1, 2) "
                "ORDER BY id"
            )
        ).all()
    assert [tuple(row) for row in kept] == [(1, None), (0, "null")]


def test_values_hash_alike_whatever_the_database_returns() -> None:
    """The forms SQLite and PostgreSQL give the same value normalise to one form; different values stay apart."""
    sarajevo = dt.timezone(dt.timedelta(hours=1))
    assert _canonical(dt.datetime(2026, 11, 30, 13, 5, tzinfo=sarajevo)) == _canonical(dt.datetime(2026, 11, 30, 12, 5))
    assert _canonical(decimal.Decimal("1.50")) == _canonical(1.5) != _canonical(decimal.Decimal("1.05"))
    assert _canonical(decimal.Decimal("100")) == _canonical(100)
    assert _canonical(True) != _canonical(1)
    assert _canonical("1") != _canonical(1)
    assert _canonical(memoryview(b"\x00\x01")) == _canonical(b"\x00\x01")
    assert _canonical(dt.date(2026, 1, 2)) != _canonical(dt.datetime(2026, 1, 2))


def test_a_changed_row_is_noticed(databases) -> None:
    source = databases("plain", "source", filled=True)
    target = databases("postgresql", "target")
    copy_register(source, target)
    with target.begin() as connection:
        connection.execute(
            text("UPDATE person SET given_name = given_name || ' ' WHERE id = (SELECT min(id) FROM person)")
        )
    with pytest.raises(CopyError) as differs:
        verify(source, target)
    assert differs.value.params["table"] == "person"
    with target.begin() as connection:
        connection.execute(
            insert(Institution.__table__).values(
                name="X",
                name_cyrl="X",
                search_key="x",
                sector="other",
                municipality="",
                address="",
                phone="",
                email="",
                contact_person="",
                notes="",
                active=True,
                version=1,
            )
        )
    with pytest.raises(CopyError, match="institution"):
        verify(source, target)
