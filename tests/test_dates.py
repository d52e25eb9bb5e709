"""Dates as BiH offices write them: 23.11.2026. in and out, ISO accepted, impossible dates refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registry.services.dates import LOCAL_TZ, format_date, format_datetime, parse_date, parse_datetime


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_local_format_round_trips(day: dt.date) -> None:
    text = format_date(day)
    assert text.endswith(".") and text.count(".") == 3
    assert parse_date(text) == day
    assert parse_date(text.rstrip(".")) == day
    assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize("text", ["31.02.2015.", "00.01.2015.", "1.13.2015.", "2015-02-30", "23/11/2026", "jučer", ""])
def test_impossible_or_foreign_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_times_are_local_to_sarajevo_and_shown_that_way() -> None:
    moment = parse_datetime("23.11.2026. 14:30")
    assert moment.tzinfo is not None and moment.astimezone(LOCAL_TZ).hour == 14
    assert format_datetime(moment.astimezone(dt.UTC)) == "23.11.2026. 14:30"
    summer = parse_datetime("2026-07-01T08:00")
    assert summer.utcoffset() == dt.timedelta(hours=2)
    assert format_date(dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)) == "01.01.2027."
