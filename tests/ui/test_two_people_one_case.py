"""Two people, one case (issue 12, item 5): two editors on two connections to one register (as two PCs would be),
on SQLite and on PostgreSQL.

The second to open a case is told who is editing it and since when, and reads it without editing until the first
leaves it (or its PC goes silent past the lease).  A save that meets the other's newer save asks: keep mine (saved
over theirs, audited), take theirs, or compare field by field, and the register then holds what was chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent, CaseLease, User
from registry.services import cases
from registry.services.case_leases import LEASE_SECONDS
from registry.ui.case_editor import CaseEditorPage
from registry.ui.case_editor.conflict import SaveConflictDialog
from registry.ui.context import AppContext, SignedInUser, load_centre, load_reference
from registry.ui.ops import Ops
from registry.ui.translations import Translations
from tests.ui.conftest import register, type_text


@pytest.fixture
def pc(qapp: QApplication, database_url: str, translations: Translations) -> Iterator[Callable[..., AppContext]]:
    """A signed-in window's context on a connection of its own to the register: another PC."""
    made: list[tuple[Ops, object]] = []

    def build(user: User, language: str = "en") -> AppContext:
        engine = make_engine(database_url)
        sessions = session_factory(engine)
        ops = Ops(sessions)
        made.append((ops, engine))
        lang = translations.apply(language)
        with sessions() as session:
            reference, centre = load_reference(session, lang), load_centre(session)
        return AppContext(
            engine=engine,
            sessions=sessions,
            ops=ops,
            translations=translations,
            language=lang,
            user=SignedInUser.of(user),
            centre=centre,
            reference=reference,
        )

    yield build
    for ops, engine in made:
        ops.shutdown()
        engine.dispose()  # type: ignore[attr-defined]


def _editor(qtbot, ctx: AppContext, case_id: int) -> CaseEditorPage:
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    return editor


def _idle(qtbot, *contexts: AppContext) -> None:
    qtbot.waitUntil(lambda: not any(ctx.ops.busy for ctx in contexts), timeout=10_000)


def _beat(qtbot, editor: CaseEditorPage) -> None:
    """The editor's next heartbeat (its timer fires every 30 s)."""
    editor.lease.beat()
    _idle(qtbot, editor.ctx)


def _silence(sessions: sessionmaker[Session], case_id: int) -> None:
    """The holder's PC went silent (lost the network) longer than a lease lasts."""
    with transaction(sessions) as session:
        session.execute(
            update(CaseLease)
            .where(CaseLease.case_id == case_id)
            .values(renewed_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=LEASE_SECONDS + 5))
        )


def _conflict_dialog(qtbot, editor: CaseEditorPage) -> SaveConflictDialog:
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible(), timeout=10_000)
    assert editor.conflict_dialog is not None
    return editor.conflict_dialog


def _stored(sessions: sessionmaker[Session], case_id: int) -> SimpleNamespace:
    with sessions() as session:
        case = cases.get_case(session, case_id)
        return SimpleNamespace(
            version=case.version,
            plan=case.plan,
            assessment=case.assessment,
            phone=case.child.phone,
            school=case.child.school,
        )


def _conflict_events(sessions: sessionmaker[Session], case_id: int) -> list[dict]:
    with sessions() as session:
        return [
            dict(event.details)
            for event in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.case_id == case_id, AuditEvent.action == "case.save_conflict")
                .order_by(AuditEvent.id)
            )
        ]


def test_the_second_reads_who_is_editing_and_edits_once_the_first_leaves(
    qtbot, pc, sessions, worker, supervisor
) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    first = _editor(qtbot, pc(worker), case_id)
    assert not first.lease_notice.isVisibleTo(first) and first.child.given_name.isEnabled()
    second = _editor(qtbot, pc(supervisor), case_id)
    notice = second.lease_notice.text()
    assert second.lease_notice.isVisibleTo(second)
    assert "Being edited by Amra Hadžić" in notice and " since " in notice, notice
    # the second can read it all, but not change the case's fields
    assert second.child.given_name.text() == "Amina"
    assert not second.child.given_name.isEnabled() and not second.save_button.isEnabled()
    assert not second.planning.plan.isEnabled()
    _beat(qtbot, first)  # the first's heartbeat keeps it; it is never told about itself
    assert first.lease.state is not None and first.lease.state.mine and not first.lease_notice.isVisibleTo(first)
    first.hide()  # the first goes to another page (or closes the window): the case is given back
    _idle(qtbot, first.ctx)
    _beat(qtbot, second)
    _idle(qtbot, second.ctx)
    assert not second.lease_notice.isVisibleTo(second)
    assert second.child.given_name.isEnabled() and second.save_button.isEnabled()
    assert "you can edit it" in second.banner.text()
    first.show()  # back on the case: now the first one reads, and is told who has it
    _idle(qtbot, first.ctx)
    assert "Being edited by Драган Јовић" in first.lease_notice.text()
    assert not first.child.given_name.isEnabled()


def test_a_silent_pc_loses_the_case_after_the_lease_and_a_second_window_of_the_same_user_is_told(
    qtbot, pc, sessions, worker, supervisor
) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    first = _editor(qtbot, pc(worker), case_id)
    window = _editor(qtbot, pc(worker), case_id)  # the same user, a second window
    assert "You have this case open in another window" in window.lease_notice.text()
    assert not window.child.given_name.isEnabled()
    window.hide()
    second = _editor(qtbot, pc(supervisor), case_id)
    assert not second.child.given_name.isEnabled()
    first.lease.timer.stop()  # the first PC loses the network: no more heartbeats
    _beat(qtbot, second)
    assert not second.child.given_name.isEnabled()  # not yet: the lease has not lapsed
    _silence(sessions, case_id)
    _beat(qtbot, second)  # now it takes the case over
    assert second.child.given_name.isEnabled() and not second.lease_notice.isVisibleTo(second)
    _beat(qtbot, first)  # the first PC is back: it learns who has the case now
    assert "Драган Јовић" in first.lease_notice.text() and not first.child.given_name.isEnabled()


def _two_saves(
    qtbot, pc, sessions, worker, supervisor, *, mine: dict[str, str], theirs: dict[str, str]
) -> tuple[int, CaseEditorPage]:
    """The worker edits; her PC goes silent; the supervisor takes the case over and saves first; then she
    saves: her save meets theirs."""
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    editor = _editor(qtbot, pc(worker), case_id)
    editor.lease.timer.stop()
    for name, text in mine.items():
        widget = editor.form.widget(name)
        widget.clear()  # type: ignore[union-attr]
        type_text(widget, text)  # type: ignore[arg-type]
    _silence(sessions, case_id)
    other = _editor(qtbot, pc(supervisor), case_id)
    assert other.child.given_name.isEnabled()
    for name, text in theirs.items():
        widget = other.form.widget(name)
        widget.clear()  # type: ignore[union-attr]
        type_text(widget, text)  # type: ignore[arg-type]
    other.save_button.click()
    _idle(qtbot, other.ctx)
    assert other.banner.text() == "Saved."
    editor.save_button.click()
    return case_id, editor


def test_keep_mine_saves_over_theirs_keeps_their_other_fields_and_is_audited(
    qtbot, pc, sessions, worker, supervisor
) -> None:
    case_id, editor = _two_saves(
        qtbot,
        pc,
        sessions,
        worker,
        supervisor,
        mine={"plan": "Savjetovanje jednom sedmično.", "phone": "061 111 222"},
        theirs={"plan": "Smještaj kod bake.", "school": "OŠ Vrbanja"},
    )
    dialog = _conflict_dialog(qtbot, editor)
    assert "You both changed: Protection plan." in dialog.detail.text()
    assert editor.planning.plan.toPlainText() == "Savjetovanje jednom sedmično." and editor.dirty
    version_before = _stored(sessions, case_id).version
    dialog.keep_mine.click()
    _idle(qtbot, editor.ctx)
    assert editor.banner.text() == "Saved." and not editor.dirty
    stored = _stored(sessions, case_id)
    assert stored.plan == "Savjetovanje jednom sedmično." and stored.phone == "061 111 222"
    assert stored.school == "OŠ Vrbanja"  # theirs, where I changed nothing
    assert stored.version == version_before + 1
    assert _conflict_events(sessions, case_id) == [
        {
            "resolution": "keep_mine",
            "over_version": version_before,
            "kept_mine": ["phone", "plan"],
            "kept_theirs": ["school"],
        }
    ]


def test_take_theirs_shows_their_version_and_writes_nothing(qtbot, pc, sessions, worker, supervisor) -> None:
    case_id, editor = _two_saves(
        qtbot, pc, sessions, worker, supervisor, mine={"plan": "Moj plan."}, theirs={"plan": "Njihov plan."}
    )
    before = _stored(sessions, case_id).version
    _conflict_dialog(qtbot, editor).take_theirs.click()
    _idle(qtbot, editor.ctx)
    assert editor.planning.plan.toPlainText() == "Njihov plan." and not editor.dirty
    assert "their version" in editor.banner.text()
    assert _stored(sessions, case_id).version == before and not _conflict_events(sessions, case_id)


def test_compare_field_by_field_saves_the_chosen_value_of_each_field(qtbot, pc, sessions, worker, supervisor) -> None:
    case_id, editor = _two_saves(
        qtbot,
        pc,
        sessions,
        worker,
        supervisor,
        mine={"plan": "Moj plan.", "assessment": "Moja procjena.", "phone": "062 000"},
        theirs={"plan": "Njihov plan.", "assessment": "Njihova procjena."},
    )
    dialog = _conflict_dialog(qtbot, editor)
    dialog.compare.click()
    table = dialog.table
    rows = {
        table.item(row, 0).text(): (table.cellWidget(row, 1).text(), table.cellWidget(row, 2).text())
        for row in range(table.rowCount())
    }
    assert rows == {
        "Phone": ("(empty)", "062 000"),
        "Assessment": ("Njihova procjena.", "Moja procjena."),
        "Protection plan": ("Njihov plan.", "Moj plan."),
    }
    assert dialog.choices() == {"phone": "mine", "assessment": "mine", "plan": "mine"}  # proposed: the changer
    dialog.choose("plan", "theirs")
    dialog.save_choices.click()
    _idle(qtbot, editor.ctx)
    stored = _stored(sessions, case_id)
    assert (stored.plan, stored.assessment, stored.phone) == ("Njihov plan.", "Moja procjena.", "062 000")
    assert editor.planning.plan.toPlainText() == "Njihov plan." and not editor.dirty
    assert _conflict_events(sessions, case_id)[0]["kept_mine"] == ["assessment", "phone"]


def test_closing_the_question_keeps_the_input_and_save_asks_again(qtbot, pc, sessions, worker, supervisor) -> None:
    case_id, editor = _two_saves(
        qtbot, pc, sessions, worker, supervisor, mine={"plan": "Moj plan."}, theirs={"plan": "Njihov plan."}
    )
    _conflict_dialog(qtbot, editor).reject()
    qtbot.waitUntil(lambda: editor.conflict_dialog is None or not editor.conflict_dialog.isVisible())
    assert editor.planning.plan.toPlainText() == "Moj plan." and editor.dirty
    editor.save_button.click()  # never a silent save over theirs
    _conflict_dialog(qtbot, editor)
    assert _stored(sessions, case_id).plan == "Njihov plan."


def test_the_dialog_in_cyrillic(qtbot, pc, sessions, worker, supervisor) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    editor = _editor(qtbot, pc(worker, "sr-Cyrl"), case_id)
    second = _editor(qtbot, pc(supervisor, "sr-Cyrl"), case_id)
    assert "Amra Hadžić" in second.lease_notice.text() and "Being edited" not in second.lease_notice.text()
    assert editor.lease.state is not None and editor.lease.state.mine
