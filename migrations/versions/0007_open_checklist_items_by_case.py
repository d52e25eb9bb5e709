"""open checklist items by case: a worker's overdue count asks each of their cases in one index seek

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 22:40:00

A partial index of open checklist items on (case_id, due_at); nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_SQLITE = "done_at IS NULL AND not_applicable IS 0"
OPEN_POSTGRESQL = "done_at IS NULL AND not_applicable IS false"


def upgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checklist_item_open_case_id_due_at",
            ["case_id", "due_at"],
            unique=False,
            sqlite_where=sa.text(OPEN_SQLITE),
            postgresql_where=sa.text(OPEN_POSTGRESQL),
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_checklist_item_open_case_id_due_at",
            sqlite_where=sa.text(OPEN_SQLITE),
            postgresql_where=sa.text(OPEN_POSTGRESQL),
        )
