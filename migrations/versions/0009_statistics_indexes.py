"""statistics indexes: each report's period is an index range holding the columns it reads

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 00:44:08

Covering indexes of cases by report, closure, assessment and plan approval; of outgoing referrals by due moment
and incoming ones by arrival; of checklist items by due moment (replacing the plain one on ``due_at``); a child's
cases by report (replacing the plain one on ``child_id``); two partial indexes of the cases whose own dates are out
of order.  No row changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the same text as ``registry.models.cases.DATES_OUT_OF_ORDER`` at this revision
DATES_OUT_OF_ORDER = (
    "registered_at < report_received_at OR first_contact_at < report_received_at"
    " OR assessment_done_at < report_received_at OR plan_approved_at < assessment_done_at"
    " OR closed_at < report_received_at"
)
CASE_INDEXES = {
    "ix_case_file_report_received_at_covering": [
        "report_received_at",
        "urgency",
        "first_contact_at",
        "closed_at",
        "child_id",
        "referral_source",
        "risk_level",
    ],
    "ix_case_file_closed_at_covering": [
        "closed_at",
        "closure_reason",
        "report_received_at",
        "plan_approved_at",
        "child_id",
    ],
    "ix_case_file_assessment_done_at_report_received_at": ["assessment_done_at", "report_received_at"],
    "ix_case_file_plan_approved_at_assessment_done_at": ["plan_approved_at", "assessment_done_at"],
    "ix_case_file_child_id_report_received_at": ["child_id", "report_received_at"],
}
PARTIAL_CASE_INDEXES = {
    "ix_case_file_dates_out_of_order_report": ["report_received_at"],
    "ix_case_file_dates_out_of_order_closed": ["closed_at"],
}
REFERRAL_INDEXES = {
    "ix_referral_direction_response_due_at_covering": [
        "direction",
        "response_due_at",
        "status",
        "institution_id",
        "response_received_at",
        "sent_at",
    ],
    "ix_referral_direction_sent_at_covering": ["direction", "sent_at", "institution_id", "case_id"],
}
ITEM_INDEX = "ix_checklist_item_due_at_covering"
ITEM_COLUMNS = ["due_at", "not_applicable", "step_id", "occurrence", "done_at", "case_id"]


def _partial() -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(DATES_OUT_OF_ORDER), "postgresql_where": sa.text(DATES_OUT_OF_ORDER)}


def upgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        for name, columns in CASE_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
        for name, columns in PARTIAL_CASE_INDEXES.items():
            batch_op.create_index(name, columns, unique=False, **_partial())
        batch_op.drop_index("ix_case_file_child_id")  # the prefix of (child_id, report_received_at)

    with op.batch_alter_table("referral", schema=None) as batch_op:
        for name, columns in REFERRAL_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)

    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(ITEM_INDEX, ITEM_COLUMNS, unique=False)
        batch_op.drop_index("ix_checklist_item_due_at")  # the prefix of the covering index


def downgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_item_due_at", ["due_at"], unique=False)
        batch_op.drop_index(ITEM_INDEX)

    with op.batch_alter_table("referral", schema=None) as batch_op:
        for name in REFERRAL_INDEXES:
            batch_op.drop_index(name)

    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index("ix_case_file_child_id", ["child_id"], unique=False)
        for name in PARTIAL_CASE_INDEXES:
            batch_op.drop_index(name, **_partial())
        for name in CASE_INDEXES:
            batch_op.drop_index(name)
