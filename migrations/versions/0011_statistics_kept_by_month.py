"""statistics kept by month: each settled month's figures, and the days whose records changed, marked by triggers

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 07:05:49

Adds ``statistics_month`` (a local month's or day's mergeable figures, filled by the first report that reads it) and
``statistics_change`` (the UTC days touched by every write to a record the figures read), the triggers that mark
those days on cases, people, forms of violence, referrals, checklist items, measures, institutions and protocol
steps (``services.statistics.changes``), and an index of measures by start date holding the columns counted.
Nothing is computed here: the register's months are kept as reports ask for them.  No row changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from registry.models.base import UtcDateTime
from registry.services.statistics import changes

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statistics_change",
        sa.Column("day", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_statistics_change")),
    )
    op.create_table(
        "statistics_month",
        sa.Column("span", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("figures", sa.LargeBinary(), nullable=False),
        sa.Column("computed_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("span", name=op.f("pk_statistics_month")),
    )
    op.create_index("ix_measure_started_on_covering", "measure", ["started_on", "code", "case_id"], unique=False)
    changes.create(op.get_bind())


def downgrade() -> None:
    changes.drop(op.get_bind())
    op.drop_index("ix_measure_started_on_covering", table_name="measure")
    op.drop_table("statistics_month")
    op.drop_table("statistics_change")
