"""Who sees which case without breaking the glass, kept as rows so that a worker's lists and counts are an index
range instead of an OR over every case (lead, supervisor, co-worker, creator of a case with no lead)."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import Base


class CaseViewer(Base):
    """One row per (user, case) the user is assigned to; maintained by ``services.visibility``."""

    __tablename__ = "case_viewer"
    __table_args__ = {"sqlite_with_rowid": False}

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True, index=True)
