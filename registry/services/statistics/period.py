"""A reporting period: whole days in the centre's time zone, and the moments in UTC that bound it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from registry.services.dates import LOCAL_TZ

_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}


@dataclass(frozen=True)
class Period:
    """From the first to the last day, both included, as the centre's calendar has them."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the period ends before it starts")

    @property
    def start(self) -> dt.datetime:
        """The first moment of the period (local midnight), aware UTC."""
        return local_midnight(self.first)

    @property
    def end(self) -> dt.datetime:
        """The first moment after the period, aware UTC (periods are half-open: start ≤ t < end)."""
        return local_midnight(self.last + dt.timedelta(days=1))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every calendar month the period touches, in order."""
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def as_dict(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), LOCAL_TZ).astimezone(dt.UTC)


def preset(kind: str, on: dt.date) -> Period:
    """The month, quarter, half-year or year (``kind``) that contains the day ``on``."""
    months = _MONTHS[kind]
    first_month = (on.month - 1) // months * months + 1
    first = dt.date(on.year, first_month, 1)
    return Period(first, _add_months(first, months) - dt.timedelta(days=1))


def previous(kind: str, period: Period) -> Period:
    """The preset period of ``kind`` before the one that starts ``period``."""
    return preset(kind, period.first - dt.timedelta(days=1))


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def utc_offsets(start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime | None, int]]:
    """The centre's UTC offset (seconds) over [start, end): ``[(until, offset), ...]``, the last ``until`` None.

    Lets SQL turn a stored UTC moment into a local date with one CASE over at most a few DST changes a year,
    exactly, on SQLite (which has no time-zone data) and PostgreSQL alike.
    """

    def offset(moment: dt.datetime) -> int:
        return int(moment.astimezone(LOCAL_TZ).utcoffset().total_seconds())  # type: ignore[union-attr]

    changes: list[tuple[dt.datetime | None, int]] = []
    current = offset(start)
    moment = start.replace(minute=0, second=0, microsecond=0)
    day = dt.timedelta(days=1)
    while moment < end:
        following = moment + day
        if offset(following) != current:
            hour = moment
            while offset(hour) == current:  # the change falls within this day: find its hour
                hour += dt.timedelta(hours=1)
            changes.append((hour, current))
            current = offset(hour)
            moment = hour
            continue
        moment = following
    changes.append((None, current))
    return changes
