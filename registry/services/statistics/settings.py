"""What a municipality decides about its statistics: age bands, the suppression threshold, the period presets.

They come from the optional ``[statistics]`` table of the municipality profile (``resources/profiles/<code>.toml``);
without it the defaults of DOMAIN.md apply (the Agency for Statistics' bands and a threshold of 5)::

    [statistics]
    suppression_threshold = 5
    age_bands = [[0, 6], [7, 14], [15, 16], [17, 18]]     # inclusive years at the report date
    presets = ["month", "quarter", "half_year", "year"]
    first_contact_hours = { immediate = 24, urgent = 72, regular = 168 }
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Centre
from registry.services.profiles import ProfileError, UnknownProfile, load_profile

PRESETS: tuple[str, ...] = ("month", "quarter", "half_year", "year")
UNKNOWN = "unknown"
DEFAULT_BANDS: tuple[tuple[int, int], ...] = ((0, 6), (7, 14), (15, 16), (17, 18))
#: the urgency bands of regional practice: first contact within 24 hours, 3 days, 7 days
DEFAULT_FIRST_CONTACT_HOURS = {"immediate": 24, "urgent": 72, "regular": 168}


@dataclass(frozen=True)
class StatisticsSettings:
    suppression_threshold: int = 5
    age_bands: tuple[tuple[int, int], ...] = DEFAULT_BANDS
    presets: tuple[str, ...] = PRESETS
    first_contact_hours: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_FIRST_CONTACT_HOURS))

    @property
    def band_codes(self) -> tuple[str, ...]:
        """``0-6``, ``7-14``, ... and ``unknown`` last (no birth date, or an age outside every band)."""
        return (*(f"{low}-{high}" for low, high in self.age_bands), UNKNOWN)

    def band_of(self, age: int | None) -> str:
        if age is not None:
            for low, high in self.age_bands:
                if low <= age <= high:
                    return f"{low}-{high}"
        return UNKNOWN


def parse_settings(data: dict[str, Any], path: Path | str = "(profile)") -> StatisticsSettings:
    """The ``[statistics]`` table of a profile, checked; ProfileError names the field that is wrong."""
    known = {"suppression_threshold", "age_bands", "presets", "first_contact_hours"}
    unknown = set(data) - known
    if unknown:
        raise ProfileError(path, f"statistics.{sorted(unknown)[0]}", f"unknown key (known: {', '.join(sorted(known))})")
    threshold = data.get("suppression_threshold", 5)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or not 1 <= threshold <= 100:
        raise ProfileError(path, "statistics.suppression_threshold", "must be a whole number from 1 to 100")
    bands_data = data.get("age_bands", [list(band) for band in DEFAULT_BANDS])
    bands: list[tuple[int, int]] = []
    for number, band in enumerate(bands_data if isinstance(bands_data, list) else [None]):
        where = f"statistics.age_bands[{number}]"
        if (
            not isinstance(band, list)
            or len(band) != 2
            or not all(isinstance(v, int) for v in band)
            or not 0 <= band[0] <= band[1] <= 30
        ):
            raise ProfileError(path, where, "each band is [first year, last year], e.g. [7, 14]")
        if bands and band[0] != bands[-1][1] + 1:
            raise ProfileError(path, where, "bands must follow one another without gaps or overlaps")
        bands.append((band[0], band[1]))
    if not bands:
        raise ProfileError(path, "statistics.age_bands", "at least one band is needed")
    presets = data.get("presets", list(PRESETS))
    if not isinstance(presets, list) or not presets or any(p not in PRESETS for p in presets):
        raise ProfileError(path, "statistics.presets", f"a list drawn from {', '.join(PRESETS)}")
    hours = data.get("first_contact_hours", DEFAULT_FIRST_CONTACT_HOURS)
    if (
        not isinstance(hours, dict)
        or set(hours) != set(DEFAULT_FIRST_CONTACT_HOURS)
        or not all(isinstance(v, int) and v > 0 for v in hours.values())
    ):
        raise ProfileError(path, "statistics.first_contact_hours", "hours for immediate, urgent and regular")
    return StatisticsSettings(threshold, tuple(bands), tuple(presets), dict(hours))


@lru_cache(maxsize=32)
def _profile_settings(code: str) -> StatisticsSettings:
    try:
        path = load_profile(code).path
    except UnknownProfile:
        return StatisticsSettings()  # a register made from a profile this build does not ship: the defaults
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return parse_settings(data.get("statistics", {}), path)


def settings_for(session: Session) -> StatisticsSettings:
    """The settings of the centre's municipality profile (the defaults when it says nothing)."""
    code = session.scalar(select(Centre.profile_code).limit(1))
    return _profile_settings(code) if code else StatisticsSettings()
