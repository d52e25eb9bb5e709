"""Tampering with the audit trail is detected: the chain, and its heads recorded outside the database.

Each kind of tampering is tried on a register whose head was checkpointed (a copy in the backups folder and the
supervisor's own file): editing the database directly, with the chain recomputed as a forger with this program's
code would.  What cannot be detected (an event appended after the newest anchor, dated plausibly) is in the README.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.cli import main
from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent
from registry.services import audit
from registry.services.audit_anchor import (
    current_head,
    read_anchor,
    recorded_anchors,
    register_name,
    verify_anchors,
    write_checkpoint,
)
from registry.services.cases import register_case
from tests.helpers import new_case


def _recompute(session: Session) -> None:
    """What a forger does after an edit: every digest and link recomputed from the first event on."""
    prev = audit.GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if not event.redacted:
            event.details_digest = audit.details_digest(event.details)
        event.prev_hash = prev
        event.hash = prev = audit.link_hash(prev, event)
    session.flush()


def _ids(session: Session) -> list[int]:
    return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def _delete_newest(session: Session) -> None:
    session.execute(delete(AuditEvent).where(AuditEvent.id.in_(_ids(session)[-3:])))


def _delete_all(session: Session) -> None:
    session.execute(delete(AuditEvent))


def _change_middle(session: Session) -> None:
    middle = _ids(session)[len(_ids(session)) // 2]
    session.execute(update(AuditEvent).where(AuditEvent.id == middle).values(action="case.view"))


def _change_middle_recompute(session: Session) -> None:
    _change_middle(session)
    _recompute(session)


def _change_details_recompute(session: Session) -> None:
    middle = _ids(session)[len(_ids(session)) // 2]
    session.execute(update(AuditEvent).where(AuditEvent.id == middle).values(details={"number": "99-9/26"}))
    _recompute(session)


def _change_time_recompute(session: Session) -> None:
    middle = session.get(AuditEvent, _ids(session)[len(_ids(session)) // 2])
    assert middle is not None
    middle.at = middle.at - dt.timedelta(minutes=5)
    _recompute(session)


def _delete_middle_recompute(session: Session) -> None:
    session.execute(delete(AuditEvent).where(AuditEvent.id == _ids(session)[len(_ids(session)) // 2]))
    _recompute(session)


def _insert_middle_recompute(session: Session) -> None:
    ids = _ids(session)
    middle = ids[len(ids) // 2]
    for later in reversed(ids[ids.index(middle) + 1 :]):  # make room: every later event one id up
        session.execute(update(AuditEvent).where(AuditEvent.id == later).values(id=later + 1))
    before = session.get(AuditEvent, middle)
    assert before is not None
    session.add(
        AuditEvent(
            id=middle + 1,
            at=before.at,
            user_id=None,
            action="case.view",
            entity="case",
            entity_id=before.case_id,
            case_id=before.case_id,
            details={},
            details_digest="",
            redacted=False,
            prev_hash="",
            hash="",
        )
    )
    session.flush()
    _recompute(session)


def _append_backdated_recompute(session: Session) -> None:
    newest = session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    assert newest is not None
    session.add(
        AuditEvent(
            at=newest.at - dt.timedelta(days=20),
            user_id=None,
            action="case.break_glass",
            entity="case",
            entity_id=newest.case_id,
            case_id=newest.case_id,
            details={"reason": "naknadno upisano"},
            details_digest="",
            redacted=False,
            prev_hash="",
            hash="",
        )
    )
    session.flush()
    _recompute(session)


def _erase_details(session: Session) -> None:
    """Pretending retention on a case that is not anonymised (the chain stays whole: only details go)."""
    target = session.scalar(select(func.min(AuditEvent.id)).where(AuditEvent.case_id.is_not(None)))
    session.execute(update(AuditEvent).where(AuditEvent.id == target).values(details={}, redacted=True))


TAMPERINGS: dict[str, tuple[Callable[[Session], None], str]] = {
    "delete the newest events": (_delete_newest, "audit.anchor.missing_events"),
    "delete every event": (_delete_all, "audit.anchor.missing_events"),
    "change a middle event": (_change_middle, "broken"),
    "change a middle event, recompute the chain": (_change_middle_recompute, "audit.anchor.changed"),
    "change a middle event's details, recompute": (_change_details_recompute, "audit.anchor.changed"),
    "change a middle event's time, recompute": (_change_time_recompute, "audit.anchor.changed"),
    "delete a middle event, recompute": (_delete_middle_recompute, "audit.anchor.missing_events"),
    "insert a forged middle event, recompute": (_insert_middle_recompute, "audit.anchor.changed"),
    "append a backdated forged event, recompute": (_append_backdated_recompute, "audit.backdated"),
    "erase a live case's event details": (_erase_details, "audit.erased_outside_retention"),
}


def _checkpointed(sessions: sessionmaker[Session], tmp_path: Path) -> tuple[str, Path]:
    with transaction(sessions) as session:
        for index in range(4):
            register_case(session, new_case(family=f"Pečat{index}"), actor_id=None)
    register = register_name(sessions.kw["bind"])
    with sessions() as session:
        anchor = current_head(session, register, kind="checkpoint")
    kept = tmp_path / "supervisor" / "pecat.json"
    write_checkpoint(anchor, kept)
    return register, kept


def _verdict(sessions: sessionmaker[Session], register: str, *checkpoints: Path):
    anchors = [*recorded_anchors(register), *(read_anchor(path) for path in checkpoints)]
    with sessions() as session:
        return verify_anchors(session, register, anchors)


def test_an_untouched_register_verifies_against_its_checkpoint(sessions, tmp_path: Path) -> None:
    register, kept = _checkpointed(sessions, tmp_path)
    with transaction(sessions) as session:  # work goes on after the checkpoint
        register_case(session, new_case(family="Poslije"), actor_id=None)
    verdict = _verdict(sessions, register, kept)
    assert verdict.ok and verdict.findings == [] and len(verdict.anchors) == 2


@pytest.mark.parametrize("kind", list(TAMPERINGS))
def test_each_kind_of_tampering_is_detected(kind: str, sessions, tmp_path: Path) -> None:
    register, kept = _checkpointed(sessions, tmp_path)
    tamper, expected = TAMPERINGS[kind]
    with transaction(sessions) as session:
        tamper(session)
    verdict = _verdict(sessions, register, kept)
    found = {finding.key for finding in verdict.findings if finding.alarm}
    if not verdict.check.ok:
        found.add(verdict.check.problem)
    assert not verdict.ok and expected in found, (kind, found)


def test_tampering_is_detected_by_the_supervisors_file_alone(sessions, tmp_path: Path, isolated_data_dir: Path) -> None:
    """The forger also deleted the copies in the backups folder: the checkpoint kept elsewhere still tells."""
    register, kept = _checkpointed(sessions, tmp_path)
    with transaction(sessions) as session:
        _change_middle_recompute(session)
    for copy in (isolated_data_dir / "backups").glob("*.chain.json"):
        copy.unlink()
    assert _verdict(sessions, register).ok  # nothing left to compare with...
    assert not _verdict(sessions, register, kept).ok  # ...but the supervisor's file


def test_backups_record_the_head_and_a_restore_is_not_taken_for_tampering(sessions, tmp_path: Path) -> None:
    from registry.services.backup_runs import run_backup

    engine = sessions.kw["bind"]
    with transaction(sessions) as session:
        register_case(session, new_case(family="Kopija"), actor_id=None)
    result = run_backup(engine, sessions)
    sidecar = json.loads(Path(f"{result.path}.chain.json").read_text(encoding="utf-8"))
    with sessions() as session:
        count = session.scalar(select(func.count()).select_from(AuditEvent))
    assert sidecar["events"] == count - 1  # the head before the backup's own event
    assert _verdict(sessions, register_name(engine)).ok
    with transaction(sessions) as session:
        _delete_newest(session)
    assert not _verdict(sessions, register_name(engine)).ok
    with transaction(sessions) as session:  # a restore of an older backup is recorded as such
        audit.record(session, "restore", user_id=None, details={"file": "older.sqlite", "cases": 1})
    verdict = _verdict(sessions, register_name(engine))
    assert verdict.ok and [f.key for f in verdict.findings] == ["audit.anchor.before_restore"]


def test_checkpoint_and_verify_on_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:
    """Encrypted register: checkpoint file and printed seal; then a deletion is named in Bosnian and English."""
    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", "lozinka za test pečata")
    url = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    assert main(["--db", url, "init", "--profile", "gacko"]) == 0
    engine = make_engine(url)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        for index in range(3):
            register_case(session, new_case(family=f"Pečat{index}"), actor_id=None)
    capsys.readouterr()
    kept = tmp_path / "pecat" / "revizija.json"
    assert main(["--db", url, "--lang", "bs", "audit", "checkpoint", "-o", str(kept)]) == 0
    said = capsys.readouterr().out
    head = json.loads(kept.read_text(encoding="utf-8"))["head"]
    assert str(kept) in said and head in said
    seal = PdfReader(io.BytesIO(kept.with_suffix(".pdf").read_bytes()))
    text = " ".join(seal.pages[0].extract_text().split())
    assert len(seal.pages) == 1 and "PEČAT REVIZIJSKOG TRAGA" in text and head[:8] in text
    assert main(["--db", url, "--lang", "en", "audit", "verify", "--checkpoint", str(kept)]) == 0
    assert "intact" in capsys.readouterr().out
    with transaction(sessions) as session:
        _delete_newest(session)
    engine.dispose()
    assert main(["--db", url, "--lang", "bs", "audit", "verify", "--checkpoint", str(kept)]) == 1
    out, err = capsys.readouterr()
    assert "Nedostaju događaji revizijskog traga" in err and "Traceback" not in out + err
    bad = tmp_path / "not-a-checkpoint.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["--db", url, "--lang", "en", "audit", "verify", "--checkpoint", str(bad)]) == 1
    assert "is not an audit trail checkpoint" in capsys.readouterr().err
    assert os.environ.get("REGISTRY_DB_PASSPHRASE")
