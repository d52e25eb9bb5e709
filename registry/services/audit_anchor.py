"""The audit chain anchored outside the database: heads recorded by backups and by checkpoint files.

A hash chain alone proves only that the events agree with each other: whoever can write the database can delete
the newest events, or change one and recompute every link after it.  So the chain's head (how many events, and the
newest link) is written down outside the database: beside every backup (``<backup>.chain.json``) and in checkpoint
files (``registry audit checkpoint -o FILE``, kept by the supervisor or printed as a one-page seal; a copy stays in
the backups folder).  ``verify_anchors`` then checks that the register still holds, at each recorded count, the
link recorded: any change, deletion or insertion among those events, and any loss of the newest ones, shows.
Events added after the newest anchor are covered by the chain alone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from registry.models import AuditEvent, Case, Person
from registry.services.audit import ChainCheck, verify_chain
from registry.services.backup_catalog import backups_folder
from registry.services.dates import format_datetime
from registry.services.errors import RegistryError
from registry.services.private_files import write_private

KIND = "centre-case-registry/audit-head"
SIDECAR_SUFFIX = ".chain.json"
CHECKPOINT_MARK = "-checkpoint-"


class CheckpointUnreadable(RegistryError):
    """A checkpoint file that is missing, not a checkpoint, or damaged."""

    key = "audit.checkpoint_unreadable"


@dataclass(frozen=True)
class Anchor:
    """The chain's head as it was at ``taken_at``: ``events`` events, the newest with link ``head``."""

    register: str
    events: int
    head: str
    taken_at: dt.datetime
    #: where it was found, for messages: a backup's or checkpoint's file name
    source: str = ""
    kind: str = "backup"  # or "checkpoint"

    def to_json(self) -> str:
        return json.dumps(
            {
                "kind": KIND,
                "register": self.register,
                "events": self.events,
                "head": self.head,
                "taken_at": self.taken_at.isoformat(),
                "anchor": self.kind,
            },
            indent=1,
        )


@dataclass(frozen=True)
class Finding:
    """Something wrong (or to know) about the register's chain: an i18n key and its values."""

    key: str
    values: dict[str, object]
    #: False for what is explained, not a sign of tampering (an anchor taken before a restore)
    alarm: bool = True


@dataclass(frozen=True)
class Verdict:
    check: ChainCheck
    anchors: list[Anchor]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return self.check.ok and not any(finding.alarm for finding in self.findings)


def register_name(engine: Engine) -> str:
    """How backups name the register: the SQLite file's stem, or ``<host>-<database>`` for a server."""
    from registry.db import sqlite_path

    path = sqlite_path(str(engine.url)) if engine.dialect.name == "sqlite" else None
    if path is not None:
        return path.stem
    from registry.services.server_backup import server_stem

    return server_stem(engine.url)


def current_head(session: Session, register: str, *, kind: str = "backup") -> Anchor:
    """The chain's head now (read in the caller's transaction)."""
    count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    head = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or "0" * 64
    return Anchor(register, count, head, dt.datetime.now(dt.UTC).replace(microsecond=0), kind=kind)


def write_sidecar(backup: Path, anchor: Anchor) -> Path:
    """Record the head beside a backup: ``<backup>.chain.json``."""
    target = backup.with_name(backup.name + SIDECAR_SUFFIX)
    write_private(target, anchor.to_json().encode("utf-8"))
    return target


def write_checkpoint(anchor: Anchor, target: Path, folder: Path | None = None) -> Path:
    """Write the checkpoint file, and a copy in the backups folder so that later checks find it by themselves."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, anchor.to_json().encode("utf-8"))
    where = backups_folder(folder)
    where.mkdir(parents=True, exist_ok=True)
    stamp = anchor.taken_at.strftime("%Y%m%d-%H%M%S")
    copy = where / f"{anchor.register}{CHECKPOINT_MARK}{stamp}{SIDECAR_SUFFIX}"
    write_private(copy, anchor.to_json().encode("utf-8"))
    return copy


def read_anchor(path: Path, kind: str = "checkpoint") -> Anchor:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != KIND:
            raise ValueError("not a checkpoint")
        head = str(data["head"])
        if len(head) != 64 or int(data["events"]) < 0:
            raise ValueError("damaged")
        taken = dt.datetime.fromisoformat(data["taken_at"])
        return Anchor(
            str(data["register"]),
            int(data["events"]),
            head,
            taken if taken.tzinfo else taken.replace(tzinfo=dt.UTC),
            path.name,
            str(data.get("anchor", kind)),
        )
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise CheckpointUnreadable(file=str(path)) from error


def recorded_anchors(register: str, folder: Path | None = None) -> list[Anchor]:
    """Every head recorded in the backups folder for this register (beside backups and checkpoint copies)."""
    where = backups_folder(folder)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.glob(f"{register}-*{SIDECAR_SUFFIX}")):
        try:
            anchor = read_anchor(path, "checkpoint" if CHECKPOINT_MARK in path.name else "backup")
            found.append(replace(anchor, source=path.name.removesuffix(SIDECAR_SUFFIX)))
        except CheckpointUnreadable:
            continue  # a damaged sidecar is no evidence either way
    return [anchor for anchor in found if anchor.register == register]


def _last_restore(session: Session) -> dt.datetime | None:
    return session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.action == "restore"))


def verify_anchors(session: Session, register: str, anchors: list[Anchor]) -> Verdict:
    """Check the chain, then every anchor against it; what is wrong is named in findings.

    An anchor taken before the register was restored from an older backup describes a chain the restore replaced:
    it is reported as explained, not as tampering.
    """
    ours = [anchor for anchor in anchors if anchor.register == register]
    findings = [
        Finding("audit.anchor.other_register", {"file": anchor.source, "register": anchor.register})
        for anchor in anchors
        if anchor.register != register
    ]
    check = verify_chain(session, {anchor.events for anchor in ours if anchor.events > 0})
    restored = _last_restore(session)
    for anchor in sorted(ours, key=lambda a: a.taken_at):
        values: dict[str, object] = {
            "source": anchor.source,
            "when": format_datetime(anchor.taken_at),
            "expected": anchor.events,
            "events": check.events,
        }
        if anchor.events == 0 or (not check.ok and anchor.events >= check.events):
            continue  # a broken chain is reported as such first
        if anchor.events > check.events:
            problem = "audit.anchor.missing_events"
        elif check.ok and check.links.get(anchor.events) != anchor.head:
            problem = "audit.anchor.changed"
        else:
            continue
        if restored is not None and anchor.taken_at <= restored:
            findings.append(
                Finding("audit.anchor.before_restore", {**values, "restored": format_datetime(restored)}, alarm=False)
            )
        else:
            findings.append(Finding(problem, values))
    if check.events == 0:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        if cases:
            findings.append(Finding("audit.emptied", {"cases": cases}))
    findings += _erased_outside_retention(session)
    if check.backdated is not None:
        event, at, before = check.backdated
        findings.append(
            Finding("audit.backdated", {"event": event, "at": format_datetime(at), "before": format_datetime(before)})
        )
    return Verdict(check, ours, findings)


def _erased_outside_retention(session: Session) -> list[Finding]:
    """Details may be erased only by retention, of anonymised cases and people: any other erasure is named."""
    erased = (
        select(AuditEvent.id)
        .outerjoin(Case, Case.id == AuditEvent.case_id)
        .outerjoin(Person, (AuditEvent.entity == "person") & (Person.id == AuditEvent.entity_id))
        .where(AuditEvent.redacted.is_(True), Case.anonymised_at.is_(None), Person.anonymised.isnot(True))
        .order_by(AuditEvent.id)
        .limit(1)
    )
    first = session.scalar(erased)
    return [Finding("audit.erased_outside_retention", {"event": first})] if first is not None else []
