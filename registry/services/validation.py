"""Field checks shared by every service: trimmed text within limits, known codes, sane dates."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection

from registry.services.dates import format_date, local_today, parse_date
from registry.services.errors import Problems

NAME_MAX = 100
LINE_MAX = 255
TEXT_MAX = 20_000
EARLIEST_DATE = dt.date(1900, 1, 1)


def _has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in value)


def clean_text(
    value: str | None,
    field: str,
    problems: Problems,
    *,
    max_length: int = LINE_MAX,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """The value trimmed and NFC-normalised; problems recorded for missing, over-long or control-laden input."""
    text = unicodedata.normalize("NFC", (value or "")).strip()
    if not multiline:
        text = " ".join(text.split())
    if required and not text:
        problems.add(field, "value.required")
    elif len(text) > max_length:
        problems.add(field, "value.too_long", max=max_length, length=len(text))
    elif _has_control_characters(text):
        problems.add(field, "value.control_characters")
    return text


def check_code(
    value: str | None, allowed: Collection[str], field: str, problems: Problems, *, required: bool = True
) -> str | None:
    """A code from a fixed list or lookup; unknown codes are reported with the list of allowed ones."""
    code = (value or "").strip()
    if not code:
        if required:
            problems.add(field, "value.required")
        return None
    if code not in allowed:
        problems.add(field, "value.unknown_code", value=code[:60], allowed=", ".join(sorted(allowed)))
        return None
    return code


def check_past_date(
    value: dt.date | str | None, field: str, problems: Problems, *, required: bool = False, today: dt.date | None = None
) -> dt.date | None:
    """A date that is real, not in the future and not before 1900; text is parsed as 23.11.2026. or ISO."""
    if value is None or value == "":
        if required:
            problems.add(field, "value.required")
        return None
    if isinstance(value, str):
        text = value
        try:
            value = parse_date(text)
        except ValueError:
            problems.add(field, "value.bad_date", value=text.strip()[:40])
            return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if value > (today or local_today()):
        problems.add(field, "value.future_date", value=format_date(value))
        return None
    if value < EARLIEST_DATE:
        problems.add(field, "value.date_too_early", value=format_date(value), earliest=format_date(EARLIEST_DATE))
        return None
    return value


def check_past_moment(
    value: dt.datetime | None, field: str, problems: Problems, *, required: bool = False, now: dt.datetime | None = None
) -> dt.datetime | None:
    """An aware moment not in the future (a minute's clock skew allowed)."""
    if value is None:
        if required:
            problems.add(field, "value.required")
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    limit = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(minutes=1)
    if value > limit:
        problems.add(field, "value.future_date", value=format_date(value))
        return None
    if value.date() < EARLIEST_DATE:
        problems.add(field, "value.date_too_early", value=format_date(value), earliest=format_date(EARLIEST_DATE))
        return None
    return value
