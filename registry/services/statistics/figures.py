"""A stretch of days' figures in a form that adds up: counts, and lengths of time as 0.1-day histograms.

Every table of a report is built from one ``Figures``: collected live over a period (``collect``), or added up
from kept months and live days (``cache``).  Both give the same tables because every part adds: counts add, and
a median or 90th percentile is a nearest rank (of n values, the p-th percentile is the ceil(p·n)-th smallest)
shown to 0.1 day, so the histogram of the
lengths rounded to 0.1 day gives exactly the rounded nearest rank of the lengths themselves (rounding keeps their
order).  Where a length is also bucketed (stages: ≤ 30, 31-90, 91-180, > 180 days) the bucket is taken from the
length itself and kept beside it, so a length of 30.04 days stays in its 31-90 bucket.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from typing import Any

#: every part, each a count per key (a tuple)
PARTS = (
    "sex_age",  # (sex, age in whole years or None)
    "source",  # (referral source,)
    "urgency_risk",  # (urgency, risk level)
    "disability",  # ("yes" | "no",)
    "earlier",  # ("yes" | "no",)
    "violence",  # (form, sex, age)
    "first_contact",  # (urgency, outcome)
    "first_contact_days",  # (urgency, days to first contact)
    "new_problems",  # (case id, no sex, no birth date, born after the report): one per case
    "closed_reasons",  # (closure reason,)
    "closed_problems",  # (case id, no reason, born after the report): one per case
    "measures",  # (measure code,)
    "stages",  # (stage, days, bucket)
    "referrals",  # (institution id, outcome)
    "referral_days",  # (institution id, days from sending to the answer)
    "steps",  # (step id, outcome)
    "step_days",  # (step id, days from the trigger to done)
    "incoming",  # (sender's sector, outcome)
    "incoming_days",  # (sender's sector, days the centre took)
)


class Figures:
    """The parts of ``PARTS``, each a ``Counter`` of keys; ``add`` sums another's into this one."""

    def __init__(self) -> None:
        self.parts: dict[str, Counter[tuple[Any, ...]]] = {name: Counter() for name in PARTS}

    def __getitem__(self, name: str) -> Counter[tuple[Any, ...]]:
        return self.parts[name]

    def add(self, other: Figures) -> None:
        for name, counts in other.parts.items():
            self.parts[name].update(counts)

    def to_bytes(self) -> bytes:
        plain = {name: [[*key, count] for key, count in counts.items()] for name, counts in self.parts.items()}
        return zlib.compress(json.dumps(plain, separators=(",", ":")).encode("utf-8"), 6)

    def add_bytes(self, data: bytes) -> None:
        """Add kept figures (``to_bytes``) straight in: a year's 33 kept spans cost half as much as made into
        ``Figures`` first and then added."""
        for name, rows in json.loads(zlib.decompress(data)).items():
            counts = self.parts.get(name)
            if counts is None:  # a part this version no longer has
                continue
            for row in rows:
                counts[tuple(row[:-1])] += row[-1]

    @classmethod
    def from_bytes(cls, data: bytes) -> Figures:
        figures = cls()
        figures.add_bytes(data)
        return figures

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Figures) and all(+self.parts[name] == +other.parts[name] for name in PARTS)

    __hash__ = None  # type: ignore[assignment]


def tenth(days: Any) -> float:
    """A length in days as shown and kept: to 0.1 day."""
    return round(float(days), 1)


def ranks(histogram: dict[Any, int]) -> tuple[int, float | None, float | None]:
    """Count, median and 90th percentile (nearest rank: the (n + 1) // 2-th and (9n + 9) // 10-th smallest of n)
    of a histogram value → count; None, None when empty."""
    n = sum(histogram.values())
    if not n:
        return 0, None, None
    wanted = [(n + 1) // 2, (n * 9 + 9) // 10]
    found: list[float] = []
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        while len(found) < len(wanted) and seen >= wanted[len(found)]:
            found.append(value)
        if len(found) == len(wanted):
            break
    return n, found[0], found[1]


def histograms(counts: Counter[tuple[Any, ...]]) -> dict[Any, Counter[Any]]:
    """``(key, value)`` counts as one histogram per key."""
    out: dict[Any, Counter[Any]] = {}
    for (key, value), count in counts.items():
        out.setdefault(key, Counter())[value] += count
    return out
