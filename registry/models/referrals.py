"""The referral log: every notification and referral between the centre and its partners, both ways."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.models.base import LONG_TEXT, Base, search_string, utcnow
from registry.models.reference import Institution

DIRECTIONS = ("incoming", "outgoing")
CHANNELS = ("phone", "letter", "email", "in_person", "fax", "electronic_system")
REFERRAL_STATUSES = ("draft", "sent", "answered", "cancelled")


class Referral(Base):
    __tablename__ = "referral"
    __table_args__ = (
        CheckConstraint("direction IN ('incoming', 'outgoing')", name="direction"),
        CheckConstraint("status IN ('draft', 'sent', 'answered', 'cancelled')", name="status"),
        Index("ix_referral_status_response_due_at", "status", "response_due_at"),
        # statistics: outgoing referrals by due moment, incoming ones by arrival, each with the columns read
        Index(
            "ix_referral_direction_response_due_at_covering",
            "direction",
            "response_due_at",
            "status",
            "institution_id",
            "response_received_at",
            "sent_at",
        ),
        Index("ix_referral_direction_sent_at_covering", "direction", "sent_at", "institution_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    #: the other side: the sender of an incoming referral, the addressee of an outgoing one
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    sent_at: Mapped[dt.datetime | None]
    registry_number: Mapped[str] = mapped_column(String(60), default="")
    #: the registry number as search compares it (upper case, no spaces; see services.referrals.registry_key)
    registry_key: Mapped[str] = mapped_column(search_string(60), default="", server_default="", index=True)
    reason: Mapped[str] = mapped_column(LONG_TEXT, default="")
    requested_action: Mapped[str] = mapped_column(LONG_TEXT, default="")
    urgency: Mapped[str] = mapped_column(String(20), default="regular")
    contact_person: Mapped[str] = mapped_column(default="")
    response_due_at: Mapped[dt.datetime | None]
    response_received_at: Mapped[dt.datetime | None]
    response_summary: Mapped[str] = mapped_column(LONG_TEXT, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    consent_override_reason: Mapped[str] = mapped_column(LONG_TEXT, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    institution: Mapped[Institution | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
