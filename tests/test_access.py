"""Who may see and change what: enforced in the services, traced in the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.cli import main
from registry.db import transaction
from registry.models import AuditEvent
from registry.services.access import AccessDenied, BreakGlassRequired, break_glass
from registry.services.audit_view import audit_events, case_access_history, recent_break_glass
from registry.services.case_records import add_note
from registry.services.cases import close_case, open_case, register_case, request_closure, set_restricted
from registry.services.errors import ValidationError
from registry.services.search import search_cases
from registry.services.users import SignInRefused, UserInput, change_password, create_user, set_active, sign_in
from tests.helpers import new_case


@pytest.fixture
def staff(sessions: sessionmaker[Session]) -> dict[str, int]:
    people = {
        "amra": "worker",
        "jovan": "worker",
        "dragan": "supervisor",
        "mira": "supervisor",
        "admin": "administrator",
        "revizor": "auditor",
    }
    ids = {}
    with transaction(sessions) as session:
        for name, role in people.items():
            ids[name] = create_user(
                session, UserInput(name, name.title(), role, f"{name} lozinka 2026"), actor_id=None
            ).id
    return ids


@pytest.fixture
def amras_case(sessions: sessionmaker[Session], staff: dict[str, int]) -> int:
    with transaction(sessions) as session:
        return register_case(
            session, new_case("Selma", "Kurtović", supervisor_id=staff["dragan"]), actor_id=staff["amra"]
        ).case.id


def test_worker_sees_own_case_and_not_a_colleagues(sessions, staff, amras_case) -> None:
    with transaction(sessions) as session:
        assert open_case(session, amras_case, actor_id=staff["amra"]).child.family_name == "Kurtović"
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["jovan"])
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        add_note(session, amras_case, text="Pokušaj upisa.", actor_id=staff["jovan"])
    with sessions() as session:
        assert [h.case_id for h in search_cases(session, "kurtovic", actor_id=staff["amra"])] == [amras_case]
        assert search_cases(session, "kurtovic", actor_id=staff["jovan"]) == []
        assert len(search_cases(session, "kurtovic", actor_id=staff["mira"])) == 1


def test_administrator_has_no_case_content_and_auditor_only_reads(sessions, staff, amras_case) -> None:
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["admin"])
    with sessions() as session:
        assert search_cases(session, "kurtovic", actor_id=staff["admin"]) == []
    with transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["revizor"])
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        add_note(session, amras_case, text="Revizor ne piše.", actor_id=staff["revizor"])


def test_restricted_case_needs_break_glass_which_leaves_a_trace(sessions, staff, amras_case) -> None:
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        set_restricted(session, amras_case, True, actor_id=staff["amra"])  # only a supervisor restricts
    with transaction(sessions) as session:
        set_restricted(session, amras_case, True, actor_id=staff["dragan"])
    with transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["amra"])  # assigned: no questions
        open_case(session, amras_case, actor_id=staff["dragan"])
    with pytest.raises(BreakGlassRequired) as asked, transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["mira"])
    assert "razlog" in asked.value.message("bs")
    with sessions() as session:
        assert search_cases(session, "kurtovic", actor_id=staff["mira"]) == []
    with pytest.raises(ValidationError), transaction(sessions) as session:
        break_glass(session, staff["mira"], amras_case, "hitno")
    with transaction(sessions) as session:
        break_glass(session, staff["mira"], amras_case, "Dežurna sam, policija traži hitne podatke.")
    with transaction(sessions) as session:
        open_case(session, amras_case, actor_id=staff["mira"])
    with sessions() as session:
        [event] = recent_break_glass(session, actor_id=staff["dragan"])
        assert event.user == "Mira" and "policija" in event.details["reason"]
        history = case_access_history(session, amras_case, actor_id=staff["revizor"])
        assert {(row.user, row.action) for row in history} >= {
            ("Mira", "case.break_glass"),
            ("Mira", "case.view"),
            ("Amra", "case.view"),
            ("Amra", "case.create"),
        }
    with pytest.raises(AccessDenied), sessions() as session:
        audit_events(session, actor_id=staff["amra"])  # workers do not read the audit trail


def test_worker_requests_closure_and_supervisor_approves(sessions, staff, amras_case) -> None:
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        close_case(
            session, amras_case, reason_code="no_grounds", actor_id=staff["amra"], open_steps_reason="Nema osnova."
        )
    with transaction(sessions) as session:
        case = request_closure(
            session,
            amras_case,
            reason_code="no_grounds",
            actor_id=staff["amra"],
            open_steps_reason="Nema osnova za postupanje.",
        )
        assert case.status != "closed" and case.closure_reason == "no_grounds"
    with transaction(sessions) as session:
        case = close_case(session, amras_case, actor_id=staff["dragan"])
        assert case.status == "closed" and case.closure_approved_by_id == staff["dragan"]


def test_deactivated_user_keeps_history_but_cannot_sign_in(sessions, staff, amras_case) -> None:
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        set_active(session, staff["amra"], False, actor_id=staff["dragan"])
    with transaction(sessions) as session:
        set_active(session, staff["amra"], False, actor_id=staff["admin"])
    with pytest.raises(SignInRefused):
        sign_in(sessions, "amra", "amra lozinka 2026")
    with sessions() as session:
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.user_id == staff["amra"]).limit(1))


def test_initial_password_must_be_changed_and_policy_holds(sessions, staff) -> None:
    assert sign_in(sessions, "jovan", "jovan lozinka 2026").must_change_password
    with pytest.raises(ValidationError) as weak:
        change_password(sessions, staff["jovan"], "jovan lozinka 2026", "1111111111111")
    assert "lako pogađa" in weak.value.message("bs")
    change_password(sessions, staff["jovan"], "jovan lozinka 2026", "Nova duga lozinka!")
    assert not sign_in(sessions, "jovan", "Nova duga lozinka!").must_change_password


def test_audit_verify_command_names_the_tampered_event(
    database_url: str, sessions, staff, amras_case, capsys, cli_user
):
    cli_user("revizor", "revizor lozinka 2026")
    assert main(["--db", database_url, "--lang", "en", "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    with transaction(sessions) as session:
        target = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "case.create"))
        session.execute(update(AuditEvent).where(AuditEvent.id == target).values(user_id=staff["jovan"]))
    assert main(["--db", database_url, "--lang", "en", "audit", "verify"]) == 1
    assert f"#{target}" in capsys.readouterr().err
