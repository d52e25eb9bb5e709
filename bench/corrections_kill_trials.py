"""kill -9 in the middle of corrections, many times, counted; and two processes correcting the same records at once.

    python bench/corrections_kill_trials.py [--trials 40] [--writers 2]

A child process corrects a note (a new text each time), reopens and closes a protocol step, and corrects a
household member's phone, one transaction each, as fast as it can, until it is killed with SIGKILL at a random
moment. After every kill the register must pass ``PRAGMA integrity_check`` and ``audit verify``, and every record
must read exactly what its newest audit event says it became (no change without its audit event, no audit event
without its change). Then ``--writers`` processes correct the same records at once: every correction either
lands with its event or is refused (a stale version or a busy register), and the same checks hold. Prints the
counts and writes JSON beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORKER = r"""
import sys, datetime as dt
from registry.db import make_engine, session_factory, transaction
from registry.services import case_records, protocols
from registry.services.errors import RegistryError
from registry.models import ChecklistItem
url, note_id, item_id, member_id, tag, rounds = sys.argv[1], *map(int, sys.argv[2:5]), sys.argv[5], int(sys.argv[6])
sessions = session_factory(make_engine(url))
done = refused = 0
for n in range(rounds):
    try:
        with transaction(sessions) as session:
            case_records.update_note(session, note_id, case_records.NoteChanges(text=f"{tag} {n}"), actor_id=None)
        with transaction(sessions) as session:
            item = session.get(ChecklistItem, item_id)
            if item.done_at is None:
                protocols.complete_step(session, item_id, actor_id=None, note=f"{tag} {n}",
                                        expected_version=item.version)
            else:
                protocols.reopen_step(session, item_id, reason=f"{tag} {n}", actor_id=None,
                                      expected_version=item.version)
        with transaction(sessions) as session:
            case_records.update_household_member(session, member_id, case_records.HouseholdChanges(
                person=case_records.PersonChanges(phone=f"061 {n:06d}")), actor_id=None)
        done += 1
    except RegistryError:
        refused += 1
    except Exception as error:  # a busy register (two writers on SQLite) is a refusal, not damage
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        refused += 1
print(done, refused)
"""


def prepare(url: str) -> tuple[int, int, int]:
    """A register with one case, its note, a household member and its checklist."""
    from sqlalchemy import select

    from registry.db import make_engine, session_factory, transaction, upgrade
    from registry.models import ChecklistItem
    from registry.services import case_records
    from registry.services.cases import register_case
    from registry.services.people import PersonInput
    from registry.services.setup import initialise
    from tests.helpers import new_case

    engine = make_engine(url)
    upgrade(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, "tesanj")
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        note_id = case_records.add_note(session, case_id, text="start", actor_id=None).id
        member_id = case_records.add_household_member(
            session, case_id, PersonInput("Nada", "Hodžić"), role="mother", actor_id=None
        ).id
        item_id = session.scalars(
            select(ChecklistItem.id).where(ChecklistItem.case_id == case_id).order_by(ChecklistItem.id)
        ).first()
    engine.dispose()
    return note_id, item_id, member_id


def check(url: str, note_id: int, item_id: int, member_id: int) -> dict[str, bool]:
    """Integrity, the audit chain, and each record as its newest audit event says it became."""
    from sqlalchemy import select, text

    from registry.db import make_engine, session_factory
    from registry.models import AuditEvent, CaseNote, ChecklistItem, HouseholdMember
    from registry.services.audit import verify_chain

    engine = make_engine(url)
    with session_factory(engine)() as session:
        integrity = session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        chain = verify_chain(session).ok

        def newest(entity: str, record_id: int, field: str) -> object:
            for details in session.scalars(
                select(AuditEvent.details)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == record_id)
                .order_by(AuditEvent.id.desc())
            ):
                if field in (details or {}).get("changes", {}):
                    return details["changes"][field][1]
            return None

        note = session.get_one(CaseNote, note_id).text == newest("case_note", note_id, "text")
        item = session.get_one(ChecklistItem, item_id)
        step = (item.done_at is None) == (newest("checklist_item", item_id, "done_at") is None)
        member = session.get_one(HouseholdMember, member_id)
        phone = member.person.phone == (newest("household_member", member_id, "phone") or "")
    engine.dispose()
    return {
        "integrity": integrity,
        "chain": chain,
        "note_matches_audit": note,
        "step_matches_audit": step,
        "phone_matches_audit": phone,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--json", default=str(ROOT / "bench" / "corrections_kill_trials.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="corrections-kill-"))
    os.environ["REGISTRY_DATA_DIR"] = str(work / "data")
    url = f"sqlite:///{work / 'r.sqlite'}"
    ids = prepare(url)
    rng = random.Random(14)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: dict[str, dict[str, int]] = {
        "kill": {"trials": 0, "killed": 0, "exited": 0, "failed_checks": 0},
        "concurrent": {
            "runs": 0,
            "writers": args.writers,
            "corrections_landed": 0,
            "refused": 0,
            "crashed": 0,
            "failed_checks": 0,
        },
    }
    for trial in range(args.trials):
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER, url, *map(str, ids), f"kill{trial}", "100000"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.0, 3.0))  # the imports take about a second; then corrections run
        killed = process.poll() is None
        if killed:
            process.send_signal(signal.SIGKILL)
        process.wait()
        results["kill"]["trials"] += 1
        results["kill"]["killed" if killed else "exited"] += 1
        checks = check(url, *ids)
        if not all(checks.values()):
            results["kill"]["failed_checks"] += 1
            print("trial", trial, checks)
    for run in range(5):
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, url, *map(str, ids), f"w{run}.{n}", "40"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(args.writers)
        ]
        for process in processes:
            out, err = process.communicate()
            if process.returncode:
                results["concurrent"]["crashed"] += 1
                print(err[-6000:] if not results["concurrent"]["crashed"] - 1 else err.strip().splitlines()[-1])
                continue
            landed, refused = map(int, out.split())
            results["concurrent"]["corrections_landed"] += landed
            results["concurrent"]["refused"] += refused
        results["concurrent"]["runs"] += 1
        checks = check(url, *ids)
        if not all(checks.values()):
            results["concurrent"]["failed_checks"] += 1
            print("run", run, checks)
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=2))
    Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
