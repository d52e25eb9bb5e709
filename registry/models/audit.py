"""The append-only audit trail; each event carries the hash of the one before it and the digest of its details."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import Base, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None]
    case_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: SHA-256 of the details as recorded: the chain covers this, so the details can be erased (retention)
    details_digest: Mapped[str] = mapped_column(String(64))
    redacted: Mapped[bool] = mapped_column(default=False)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
