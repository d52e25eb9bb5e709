"""The full export hands a register over: exported, imported into an empty register and exported again, every
row of every table is the same (encrypted SQLite first, then plain, then PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from registry.cli import main
from registry.db import make_engine, session_factory, transaction
from registry.models import (
    Case,
    CaseConference,
    CaseNote,
    CaseStatusChange,
    CaseViolenceForm,
    CaseWorker,
    ChecklistItem,
    Consent,
    HouseholdMember,
    Incident,
    Institution,
    Measure,
    Person,
    ProtocolStep,
    ProtocolTemplate,
    Referral,
    User,
)
from registry.services import cases as case_service
from registry.services.demo import DEMO_PASSWORD, seed_demo
from tests.conftest import scratch_pg_database
from tests.test_printing_fixtures import rich_case, staff

#: bookkeeping a new register keeps for itself (row versions, when a row was last touched)
BOOKKEEPING = {"id", "version", "updated_at", "created_at", "assigned_at"}
TABLES = (
    Case,
    HouseholdMember,
    Referral,
    ChecklistItem,
    CaseNote,
    Measure,
    Incident,
    CaseConference,
    Consent,
    CaseStatusChange,
    CaseViolenceForm,
    CaseWorker,
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["encrypted", "plain", "postgresql"])
def two_registers(request: pytest.FixtureRequest, tmp_path: Path, capsys) -> Iterator[tuple[str, str]]:
    """A source register and an empty one of the same kind."""
    if request.param == "postgresql":
        template = request.getfixturevalue("pg_template")
        with (
            scratch_pg_database("export_a", template) as (_a, a_url),
            scratch_pg_database("export_b", template) as (_b, b_url),
        ):
            yield a_url, b_url
        return
    urls = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / f'{name}.sqlite'}"
        flags = [] if request.param == "encrypted" else ["--unencrypted"]
        assert run(capsys, "--db", url, *flags, "init", "--profile", "novi-grad-sarajevo")[0] == 0
        urls.append(url)
    yield urls[0], urls[1]


def _fill(url: str) -> None:
    engine = make_engine(url)
    sessions = session_factory(engine)
    with sessions() as session:  # the demo commits in batches of its own
        seed_demo(session, cases=25, seed=7)
    with transaction(sessions) as session:
        people = staff(session)
        built = rich_case(session, people, note_count=2, serial=3)
        case = session.get_one(Case, built.case_id)
        case.restricted = True
        case.child.notes = "Bilješka o djetetu;=cmd|' /C calc'!A0"  # stays text in the workbook
        later = rich_case(session, people, given="Ана", family="Јовић", serial=5, note_count=0)
        case_service.request_closure(
            session,
            later.case_id,
            reason_code="goals_met",
            actor_id=people.worker_id,
            open_steps_reason="Koraci obavljeni na papiru",
        )
        case_service.close_case(session, later.case_id, actor_id=people.supervisor_id)
    engine.dispose()


def canonical(url: str) -> dict[str, list[tuple]]:
    """Every row of every case table, sorted, with ids replaced by what they stand for (case number, user name,
    institution name, step code, a person's names and JMBG), bookkeeping columns left out."""
    engine = make_engine(url)
    with session_factory(engine)() as session:
        names = _names(session)
        out = {}
        for model in TABLES:
            columns = [c for c in inspect(model).columns if c.key not in BOOKKEEPING]
            rows = []
            for row in session.execute(select(*columns)):
                rows.append(
                    tuple(sorted((c.key, _resolve(c.key, value, names)) for c, value in zip(columns, row, strict=True)))
                )
            out[model.__tablename__] = sorted(rows, key=repr)
    engine.dispose()
    return out


def _names(session: Session) -> dict[str, dict]:
    people = {
        p.id: (
            p.given_name,
            p.family_name,
            p.jmbg,
            p.birth_date,
            p.sex,
            p.address,
            p.municipality,
            p.phone,
            p.citizenship,
            p.has_disability,
            p.disability_note,
            p.school,
            p.school_grade,
            p.notes,
            p.birth_date_approximate,
            p.search_key,
            p.sort_key,
        )
        for p in session.scalars(select(Person))
    }
    return {
        "case": dict(session.execute(select(Case.id, Case.number)).all()),
        "user": dict(session.execute(select(User.id, User.username)).all()),
        "institution": dict(session.execute(select(Institution.id, Institution.name)).all()),
        "step": dict(session.execute(select(ProtocolStep.id, ProtocolStep.code)).all()),
        "template": {t.id: (t.code, t.version) for t in session.scalars(select(ProtocolTemplate))},
        "person": people,
    }


def _resolve(key: str, value: object, names: dict[str, dict]) -> object:
    if value is None:
        return None
    if key == "case_id":
        return names["case"][value]
    if key in ("child_id", "person_id", "alleged_perpetrator_id", "given_by_person_id"):
        return names["person"][value]
    if key.endswith("_institution_id") or key == "institution_id":
        return names["institution"][value]
    if key == "step_id":
        return names["step"][value]
    if key == "protocol_template_id":
        return names["template"][value]
    if key.endswith("_by_id") or key in ("lead_worker_id", "supervisor_id", "author_id", "user_id"):
        return names["user"][value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    out = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames if name != "about"}
    book.close()
    return out


def test_the_full_export_imports_back_into_an_empty_register_identically(
    two_registers: tuple[str, str], tmp_path: Path, capsys, cli_user
) -> None:
    source, target = two_registers
    _fill(source)
    cli_user("edin.hasanovic", DEMO_PASSWORD)  # the handover is the administrator's (the target has no accounts)
    first = tmp_path / "handover.xlsx"
    code, _, err = run(capsys, "--db", source, "--lang", "en", "export", "register", "-o", str(first))
    assert code == 0, err
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    code, out, err = run(
        capsys, "--db", target, "--lang", "en", "import", "cases", str(first), "--create-missing-users"
    )
    assert code == 0, err
    second = tmp_path / "again.xlsx"
    assert run(capsys, "--db", target, "export", "register", "-o", str(second))[0] == 0

    before, after = canonical(source), canonical(target)
    for table, rows in before.items():
        assert len(rows) > 0 or table in ("case_worker",), table
        for old, new in zip(rows, after[table], strict=True):  # row by row, every field
            assert new == old, (table, [(a, b) for a, b in zip(old, new, strict=True) if a != b])
    a, b = _sheets(first), _sheets(second)
    for name, rows in a.items():
        if name == "users":  # accounts come in inactive, without a password
            continue
        assert b[name] == rows, name

    with session_factory(make_engine(target))() as session:  # the accounts it added cannot sign in
        added = session.scalars(select(User).where(User.password_hash.startswith("!"))).all()
        assert added and not any(user.active for user in added)
    code, out, _ = run(capsys, "--db", target, "--lang", "en", "import", "cases", str(first))
    assert code == 0 and "Cases imported: 0" in out  # the same handover twice changes nothing
    assert canonical(target) == after
