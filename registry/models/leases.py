"""Who has a case open for editing right now, across PCs: a lease kept alive by a heartbeat."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import Base


class CaseLease(Base):
    """One row per case being edited: the holder renews it while the case is open; a lease not renewed for
    ``services.case_leases.LEASE_SECONDS`` has expired (the PC crashed or lost the network) and may be taken."""

    __tablename__ = "case_lease"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    workstation: Mapped[str] = mapped_column(String(100))
    acquired_at: Mapped[dt.datetime]
    renewed_at: Mapped[dt.datetime]
