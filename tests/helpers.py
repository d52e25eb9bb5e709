"""Small builders shared by tests: a valid new case with sensible defaults."""

from __future__ import annotations

import datetime as dt

from registry.services.cases import NewCase
from registry.services.people import PersonInput


def new_case(
    given: str = "Amina",
    family: str = "Hodžić",
    *,
    jmbg: str = "",
    birth_date: dt.date | str | None = dt.date(2015, 3, 14),
    sex: str | None = "F",
    hours_ago: float = 2,
    urgency: str = "urgent",
    **overrides: object,
) -> NewCase:
    values: dict[str, object] = {
        "child": PersonInput(given, family, jmbg=jmbg, birth_date=birth_date, sex=sex),
        "report_received_at": dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours_ago),
        "referral_source": "school",
        "urgency": urgency,
        "risk_level": "medium",
        "violence_forms": ["physical", "neglect"],
    }
    values.update(overrides)
    return NewCase(**values)  # type: ignore[arg-type]
