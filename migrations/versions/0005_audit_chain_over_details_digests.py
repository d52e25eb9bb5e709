"""audit chain over details digests: retention can erase an event's details and the chain still verifies

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 21:20:00

Each audit event gets the SHA-256 of its details (``details_digest``) and a ``redacted`` flag; the chain's links
are recomputed over the digest instead of the details.  Before re-chaining, the old chain is verified as the
previous program did, and the outcome (events, old head, intact or the first broken event) is appended as a chained
``audit.chain_upgraded`` event: re-chaining never hides tampering done before the upgrade, because
``audit verify`` reports a break recorded there.  The links are computed here, not imported from the program, so
later changes to the program cannot change what this revision did.
"""

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
BATCH = 2000


def _sha(payload: Any) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _aware(moment: Any) -> dt.datetime:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _fields(row: Any, prev: str) -> dict[str, Any]:
    return {
        "prev": prev,
        "at": _aware(row.at).isoformat(),
        "user": row.user_id,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "case": row.case_id,
    }


def _details(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str) else (value or {})


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("details_digest", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false()))
    connection = op.get_bind()
    events = sa.table(
        "audit_event",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("user_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("details", sa.JSON),
        sa.column("details_digest", sa.String),
        sa.column("redacted", sa.Boolean),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    old_prev, new_prev, count, first_broken, last_id = GENESIS, GENESIS, 0, None, 0
    while True:
        rows = connection.execute(
            sa.select(events).where(events.c.id > last_id).order_by(events.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        changes = []
        for row in rows:
            count += 1
            details = _details(row.details)
            old = _sha({**_fields(row, old_prev), "details": details})
            if first_broken is None and (row.prev_hash != old_prev or row.hash != old):
                first_broken = row.id
            old_prev = row.hash
            digest = _sha(details)
            link = _sha({**_fields(row, new_prev), "details": digest})
            changes.append({"row_id": row.id, "digest": digest, "prev": new_prev, "link": link})
            new_prev = link
        connection.execute(
            events.update()
            .where(events.c.id == sa.bindparam("row_id"))
            .values(details_digest=sa.bindparam("digest"), prev_hash=sa.bindparam("prev"), hash=sa.bindparam("link")),
            changes,
        )
        last_id = rows[-1].id
    if count == 0:
        return  # a new register: nothing was chained the old way
    details = {
        "events": count,
        "old_head": old_prev,
        "old_intact": first_broken is None,
        "old_first_broken_id": first_broken,
    }
    marker = {
        "at": dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
        "user_id": None,
        "action": "audit.chain_upgraded",
        "entity": "",
        "entity_id": None,
        "case_id": None,
    }
    digest = _sha(details)
    link = _sha(
        {
            "prev": new_prev,
            "at": _aware(marker["at"]).isoformat(),
            "user": None,
            "action": marker["action"],
            "entity": "",
            "entity_id": None,
            "case": None,
            "details": digest,
        }
    )
    connection.execute(
        events.insert().values(
            **marker, details=details, details_digest=digest, redacted=False, prev_hash=new_prev, hash=link
        )
    )


def downgrade() -> None:
    """The columns go; the links stay over the digests (the old program would report them as broken)."""
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("redacted")
        batch.drop_column("details_digest")
