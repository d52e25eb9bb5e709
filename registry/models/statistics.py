"""What the statistics keep between reports: settled months' and days' figures, and the days whose records changed.

``StatisticsMonth`` holds a local calendar month's (or, until the month is settled, a local day's) mergeable
figures (counts and 0.1-day histograms, see ``services.statistics.figures``), computed once they can no longer
change by time passing alone.
``StatisticsChange`` is written by database triggers (``services.statistics.changes``) on every write to a record
the figures read, whatever wrote it (the services, an import, a restore, a server move, a migration, SQL by hand):
a month with a changed day near it is not used, and computed again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.models.base import Base, utcnow


class StatisticsMonth(Base):
    __tablename__ = "statistics_month"

    #: the local calendar month as YYYYMM, or a local day as YYYYMMDD
    span: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: what the figures were computed under (format, first-contact bands); another one is not used
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: the month's figures: zlib-compressed JSON
    figures: Mapped[bytes] = mapped_column(LargeBinary)
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class StatisticsChange(Base):
    __tablename__ = "statistics_change"

    #: a UTC calendar day (YYYYMMDD) a changed record's moments fell on; 0: every day (a protocol step or an
    #: institution's sector changed)
    day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: how many writes marked it: raised by every write, so that a report that read the day before a write it
    #: did not see cannot clear the mark (PostgreSQL refuses its delete instead)
    changes: Mapped[int] = mapped_column(Integer, default=1)
