"""Dates and times as BiH offices write them (``23.11.2026.``) and the centre's local time zone."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Sarajevo")
_LOCAL_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(value: str) -> dt.date:
    """Parse ``23.11.2026.`` (trailing dot optional) or ISO ``2026-11-23``; ValueError if neither or impossible."""
    match = _LOCAL_DATE.match(value)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    raise ValueError(value)


def parse_datetime(value: str) -> dt.datetime:
    """A date (taken as local midnight), a local ``23.11.2026. 14:30`` or an ISO timestamp; returned aware."""
    text = value.strip()
    local = re.match(r"^(\d{1,2}\.\s*\d{1,2}\.\s*\d{4}\.?)\s+(\d{1,2}):(\d{2})$", text)
    if local:
        day = parse_date(local.group(1))
        return dt.datetime.combine(day, dt.time(int(local.group(2)), int(local.group(3))), LOCAL_TZ)
    try:
        return dt.datetime.combine(parse_date(text), dt.time(0, 0), LOCAL_TZ)
    except ValueError:
        parsed = dt.datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=LOCAL_TZ)


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(LOCAL_TZ).date()
    return f"{value.day:02d}.{value.month:02d}.{value.year}."


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(LOCAL_TZ)
    return f"{format_date(local)} {local.hour:02d}:{local.minute:02d}"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def local_today() -> dt.date:
    return dt.datetime.now(LOCAL_TZ).date()


def age_on(birth_date: dt.date, day: dt.date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
