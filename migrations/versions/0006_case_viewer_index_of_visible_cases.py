"""case viewer: the per-user index of visible cases

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 21:40:00

One row per (user, case) the user is assigned to (lead, supervisor, co-worker, or creator of a case with no lead),
filled here from the cases as they are; from now on the services keep it.  A worker's lists and counts then read
an index range instead of testing every case.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_viewer",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_viewer_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_case_viewer_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "case_id", name=op.f("pk_case_viewer")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_case_viewer_case_id"), "case_viewer", ["case_id"], unique=False)
    cases = sa.table(
        "case_file",
        sa.column("id", sa.Integer),
        sa.column("lead_worker_id", sa.Integer),
        sa.column("supervisor_id", sa.Integer),
        sa.column("created_by_id", sa.Integer),
    )
    workers = sa.table("case_worker", sa.column("case_id", sa.Integer), sa.column("user_id", sa.Integer))
    viewers = sa.table("case_viewer", sa.column("user_id", sa.Integer), sa.column("case_id", sa.Integer))
    rows = sa.union(
        sa.select(cases.c.lead_worker_id.label("user_id"), cases.c.id.label("case_id")).where(
            cases.c.lead_worker_id.is_not(None)
        ),
        sa.select(cases.c.supervisor_id, cases.c.id).where(cases.c.supervisor_id.is_not(None)),
        sa.select(cases.c.created_by_id, cases.c.id).where(
            cases.c.lead_worker_id.is_(None), cases.c.created_by_id.is_not(None)
        ),
        sa.select(workers.c.user_id, workers.c.case_id),
    ).subquery()
    op.get_bind().execute(
        viewers.insert().from_select(["user_id", "case_id"], sa.select(rows.c.user_id, rows.c.case_id))
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_case_viewer_case_id"), table_name="case_viewer")
    op.drop_table("case_viewer")
