"""Versioned cooperation-protocol templates and each case's checklist of the version it started under."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.models.base import LONG_TEXT, Base, utcnow

TRIGGERS = ("report_received", "registered", "plan_approved")  # or "step:<code>"


class ProtocolTemplate(Base):
    """One version of a protocol; a published version is never changed, a new version is added instead."""

    __tablename__ = "protocol_template"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[dict[str, Any]]
    valid_from: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    steps: Mapped[list[ProtocolStep]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="ProtocolStep.number"
    )


class ProtocolStep(Base):
    __tablename__ = "protocol_step"
    __table_args__ = (UniqueConstraint("template_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("protocol_template.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    title: Mapped[dict[str, Any]]
    lead_sectors: Mapped[list[str]] = mapped_column(default=list)
    notified_sectors: Mapped[list[str]] = mapped_column(default=list)
    trigger: Mapped[str] = mapped_column(String(80))
    deadline_hours: Mapped[int | None] = mapped_column(Integer)
    deadline_by_urgency: Mapped[dict[str, Any] | None]
    repeat_every_days: Mapped[int | None] = mapped_column(Integer)
    legal_basis: Mapped[dict[str, Any]] = mapped_column(default=dict)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)

    template: Mapped[ProtocolTemplate] = relationship(back_populates="steps")


class ChecklistItem(Base):
    """One step of a case's checklist; recurring steps get one item per occurrence."""

    __tablename__ = "checklist_item"
    __table_args__ = (
        UniqueConstraint("case_id", "step_id", "occurrence"),
        # overdue lists walk only open items: done ones (most of a large register) are not in this index
        Index(
            "ix_checklist_item_open_due_at",
            "due_at",
            sqlite_where=text("done_at IS NULL AND not_applicable IS 0"),
            postgresql_where=text("done_at IS NULL AND not_applicable IS false"),
        ),
        # "has this case a late open step?" in one seek: a worker's overdue count asks it of each of their cases
        Index(
            "ix_checklist_item_open_case_id_due_at",
            "case_id",
            "due_at",
            sqlite_where=text("done_at IS NULL AND not_applicable IS 0"),
            postgresql_where=text("done_at IS NULL AND not_applicable IS false"),
        ),
        # items by due moment with every column the statistics' step compliance reads (it never reads the rows)
        Index(
            "ix_checklist_item_due_at_covering",
            "due_at",
            "not_applicable",
            "step_id",
            "occurrence",
            "done_at",
            "case_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    step_id: Mapped[int] = mapped_column(ForeignKey("protocol_step.id"), index=True)
    occurrence: Mapped[int] = mapped_column(Integer, default=1)
    due_at: Mapped[dt.datetime | None]
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    not_applicable_reason: Mapped[str] = mapped_column(LONG_TEXT, default="")
    note: Mapped[str] = mapped_column(LONG_TEXT, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    step: Mapped[ProtocolStep] = relationship()

    __mapper_args__ = {"version_id_col": version}
